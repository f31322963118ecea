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
}
