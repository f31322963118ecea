//! Countries: ISO 3166-1 alpha-2 codes (from the keshvar crate's data),
//! plus "International" and "Regional".

use keshvar::Alpha2;

pub use crate::i18n::countries::{INTERNATIONAL, REGIONAL};

/// Reads a submitted code: an alpha-2 code (any case), `INT`, `REG`.
pub fn parse(input: &str) -> Option<String> {
    let code = input.trim().to_ascii_uppercase();
    if code == INTERNATIONAL || code == REGIONAL {
        return Some(code);
    }
    Alpha2::try_from(code.as_str())
        .ok()
        .map(|a| a.to_string().to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes() {
        assert_eq!(parse("jp").as_deref(), Some("JP"));
        assert_eq!(parse(" TW ").as_deref(), Some("TW"));
        assert_eq!(parse("int").as_deref(), Some("INT"));
        assert_eq!(parse("XX"), None);
        assert_eq!(parse("Japan"), None);
    }
}
