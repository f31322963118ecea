//! Email addresses, the one set of rules for every form and import.

/// The form in which addresses are stored and compared.
pub fn normalise(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plausible email address (the `validator` crate's rules), at most 254
/// characters.
pub fn is_valid(email: &str) -> bool {
    use validator::ValidateEmail;
    email.len() <= 254 && email.validate_email()
}

/// `text` with every email address in it replaced by `[address]`, for
/// logs: mail servers quote the recipient in their errors.
pub fn redact(text: &str) -> String {
    let local = |c: char| c.is_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || c == '.' || c == '-';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let start = rest[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| local(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let after = &rest[at + 1..];
        let end = at + 1 + after.find(|c: char| !domain(c)).unwrap_or(after.len());
        if start < at && end > at + 1 {
            out.push_str(&rest[..start]);
            out.push_str("[address]");
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_addresses_pass() {
        assert!(is_valid("contact@hrichina.org"));
        assert!(!is_valid("not an address"));
        assert!(!is_valid(&format!("{}@example.org", "a".repeat(250))));
        assert_eq!(normalise("  Contact@HRIC.org "), "contact@hric.org");
    }

    #[test]
    fn addresses_are_redacted_from_errors() {
        assert_eq!(
            redact("permanent error (550): 5.1.1 <Jane.Doe+x@mail.example.org>: Recipient address rejected"),
            "permanent error (550): 5.1.1 <[address]>: Recipient address rejected"
        );
        assert_eq!(
            redact("a@b and c@d.e, @alone"),
            "[address] and [address], @alone"
        );
        assert_eq!(redact("no address here"), "no address here");
        assert_eq!(redact("trailing@"), "trailing@");
    }
}
