//! What a signatory's fields may hold: one set of rules for the public
//! form, coordinators' corrections and CSV import.

use super::text::{self, TextError};

/// Shortest name, in characters.
pub const NAME_MIN: usize = 2;
/// Longest organisation name.
pub const ORGANISATION_NAME_MAX: usize = 300;
/// Longest name of a person (an individual signer, a contact person).
pub const PERSON_NAME_MAX: usize = 200;
/// Longest title or affiliation ("Professor of Law, University X").
pub const TITLE_MAX: usize = 300;
/// Longest qualifier ("within the framework of …").
pub const QUALIFIER_MAX: usize = 500;
/// Longest website address.
pub const WEBSITE_MAX: usize = 500;
/// Longest message to the coordinators.
pub const MESSAGE_MAX: usize = 2_000;

/// The public name of an organisation or a person.
pub fn name(input: &str, organisation: bool) -> Result<String, TextError> {
    let max = if organisation {
        ORGANISATION_NAME_MAX
    } else {
        PERSON_NAME_MAX
    };
    text::one_line(input, NAME_MIN, max, true)
}

/// The (private) contact person of an organisation.
pub fn contact_name(input: &str) -> Result<String, TextError> {
    text::one_line(input, NAME_MIN, PERSON_NAME_MAX, true)
}

/// An individual's title or affiliation; may be empty.
pub fn title(input: &str) -> Result<String, TextError> {
    text::one_line(input, 0, TITLE_MAX, false)
}

/// A qualifier shown after the name; may be empty.
pub fn qualifier(input: &str) -> Result<String, TextError> {
    text::one_line(input, 0, QUALIFIER_MAX, false)
}

/// A private message of several lines; may be empty.
pub fn message(input: &str) -> Result<String, TextError> {
    text::multi_line(input, MESSAGE_MAX)
}

/// A website address that is not http(s) with a host.
#[derive(Debug)]
pub struct BadWebsite;

/// A website address: http or https with a host, or nothing.
pub fn website(input: &str) -> Result<String, BadWebsite> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    let with_scheme = if s.contains("://") {
        s.to_string()
    } else {
        format!("https://{s}")
    };
    match url::Url::parse(&with_scheme) {
        Ok(u)
            if (u.scheme() == "http" || u.scheme() == "https")
                && u.host_str().is_some_and(|h| h.contains('.'))
                && with_scheme.len() <= WEBSITE_MAX =>
        {
            Ok(u.to_string())
        }
        _ => Err(BadWebsite),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_have_one_limit_everywhere() {
        assert!(name(&"a".repeat(200), false).is_ok());
        assert_eq!(name(&"a".repeat(201), false), Err(TextError::TooLong));
        assert!(name(&"a".repeat(300), true).is_ok());
        assert_eq!(name(&"a".repeat(301), true), Err(TextError::TooLong));
        assert_eq!(name("A", true), Err(TextError::TooShort));
    }

    #[test]
    fn websites_are_http_with_a_host() {
        assert_eq!(website("hrichina.org").unwrap(), "https://hrichina.org/");
        assert!(website("javascript:alert(1)").is_err());
        assert!(website("https://localhost").is_err());
        assert_eq!(website("  ").unwrap(), "");
    }
}
