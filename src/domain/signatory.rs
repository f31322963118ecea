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
    a_name(input, max)
}

/// The (private) contact person of an organisation.
pub fn contact_name(input: &str) -> Result<String, TextError> {
    a_name(input, PERSON_NAME_MAX)
}

/// An individual's title or affiliation; may be empty.
pub fn title(input: &str) -> Result<String, TextError> {
    optional(text::one_line(input, 0, TITLE_MAX, false)?)
}

/// A qualifier shown after the name; may be empty.
pub fn qualifier(input: &str) -> Result<String, TextError> {
    optional(text::one_line(input, 0, QUALIFIER_MAX, false)?)
}

/// A name: at least one visible letter, `NAME_MIN` visible characters, no
/// web or email address.
fn a_name(input: &str, max: usize) -> Result<String, TextError> {
    let name = text::one_line(input, 0, max, true)?;
    if !text::has_letters(&name) {
        return Err(TextError::NoLetters);
    }
    if text::visible_len(&name) < NAME_MIN {
        return Err(TextError::TooShort);
    }
    if contains_link(&name) {
        return Err(TextError::Link);
    }
    Ok(name)
}

/// An optional text: nothing when nothing in it is visible; no web or
/// email address.
fn optional(value: String) -> Result<String, TextError> {
    if text::visible_len(&value) == 0 {
        return Ok(String::new());
    }
    if contains_link(&value) {
        return Err(TextError::Link);
    }
    Ok(value)
}

/// Whether a text holds a web or an email address: a scheme
/// (`https://`, `mailto:`), `www.`, an `@` followed by a domain, or a
/// domain followed by a path (`example.org/x`). Full-width forms,
/// look-alike punctuation and invisible characters do not hide one. A bare
/// domain is allowed: some organisations are named so ("Change.org").
pub fn contains_link(value: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    let plain: String = value
        .nfkc()
        .filter(|c| !text::is_default_ignorable(*c))
        .flat_map(char::to_lowercase)
        .collect();
    let look_alike: String = unicode_security::skeleton(&plain)
        .flat_map(char::to_lowercase)
        .collect();
    has_link(&plain) || has_link(&look_alike)
}

fn has_link(t: &str) -> bool {
    if t.contains("://") {
        return true;
    }
    let starts_word = |at: usize| {
        t[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    for prefix in ["www.", "mailto:", "http:", "https:"] {
        if t.match_indices(prefix).any(|(at, _)| starts_word(at)) {
            return true;
        }
    }
    // An email address, or a handle on a domain: "@" then a domain.
    for (at, _) in t.match_indices('@') {
        let rest = &t[at + 1..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .unwrap_or(rest.len());
        if is_domain(&rest[..end]) {
            return true;
        }
    }
    // A domain with a path.
    t.split_whitespace().any(|word| {
        word.split_once('/').is_some_and(|(host, _)| {
            let host = host.trim_start_matches(|c: char| !c.is_alphanumeric());
            is_domain(host)
        })
    })
}

/// `label.label…tld`: two labels at least, a top-level domain of two
/// letters or more.
fn is_domain(host: &str) -> bool {
    let host = host.trim_end_matches(['.', '-']);
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
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
    fn names_need_visible_letters() {
        for bad in [
            "\u{200B}\u{200B}\u{200B}",
            "\u{3164}\u{3164}",
            "\u{115F}\u{1160}",
            "\u{AD}\u{AD}\u{FE0F}",
            "-- !! --",
            "2025",
            "12 34",
        ] {
            assert_eq!(name(bad, true), Err(TextError::NoLetters), "{bad:?}");
            assert_eq!(name(bad, false), Err(TextError::NoLetters), "{bad:?}");
            assert_eq!(contact_name(bad), Err(TextError::NoLetters), "{bad:?}");
        }
        assert_eq!(name("A\u{200B}", true), Err(TextError::TooShort));
        for good in [
            "The 29 Principles",
            "中国人权",
            "PEN America",
            "Ли Вэй",
            "V-TAG",
        ] {
            assert_eq!(name(good, true).as_deref(), Ok(good));
        }
        // An invisible title or qualifier is no title.
        assert_eq!(title("\u{200B}\u{3164}").as_deref(), Ok(""));
        assert_eq!(qualifier("\u{200B}").as_deref(), Ok(""));
        assert_eq!(title("2nd").as_deref(), Ok("2nd"));
    }

    #[test]
    fn names_hold_no_web_or_email_address() {
        for bad in [
            "Visit https://evil.example",
            "http://x.org",
            "hxxps://evil.example",
            "www.evil.example",
            "Group (www.evil.example)",
            "WWW.EVIL.EXAMPLE",
            "ｗｗｗ．evil．example",
            "Amnesty International <press@amnesty.org>",
            "press@amnesty.org",
            "Follow @amnesty.org",
            "contact＠evil.example",
            "x@\u{200B}evil.example",
            "mailto:someone",
            "evil.example/signup",
            "https∶//evil.example",
        ] {
            assert_eq!(name(bad, true), Err(TextError::Link), "{bad:?}");
            assert_eq!(contact_name(bad), Err(TextError::Link), "{bad:?}");
            assert_eq!(title(bad), Err(TextError::Link), "{bad:?}");
            assert_eq!(qualifier(bad), Err(TextError::Link), "{bad:?}");
        }
        let fixture = include_str!("../../tests/it/fixtures/xiamen-2025-signatories.csv");
        for line in fixture.lines().skip(1) {
            assert!(!contains_link(line), "{line}");
        }
        for good in [
            "Change.org",
            "Mujer@s en Resistencia",
            "@amnesty",
            "Centro de Derechos Humanos Fray Francisco de Vitoria OP, A.C.",
            "CIVICUS: World Alliance for Citizen Participation",
            "Lawyers/Abogados",
            "Human Rights Watch (HRW)",
            "within the framework of the Observatory for the Protection of Human Rights Defenders",
            "Professor of Law, University of Geneva",
        ] {
            assert!(!contains_link(good), "{good:?}");
        }
    }

    #[test]
    fn websites_are_http_with_a_host() {
        assert_eq!(website("hrichina.org").unwrap(), "https://hrichina.org/");
        assert!(website("javascript:alert(1)").is_err());
        assert!(website("https://localhost").is_err());
        assert_eq!(website("  ").unwrap(), "");
    }
}
