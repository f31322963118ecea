//! Countries: ISO 3166-1 alpha-2 codes (from the keshvar crate's data),
//! plus "International" and "Regional".

use std::collections::HashMap;
use std::sync::OnceLock;

use keshvar::{Alpha2, CountryIterator};

/// Code for an organisation working internationally.
pub const INTERNATIONAL: &str = "INT";
/// Code for an organisation working across a region.
pub const REGIONAL: &str = "REG";

/// English names of every country by code, built once (the names of
/// `INT` and `REG` are messages: see `i18n::country_name`).
pub fn names() -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        CountryIterator::new()
            .map(|c| {
                let code = c.alpha2().to_string();
                let name = c
                    .translations()
                    .get("en")
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| c.iso_short_name().to_string());
                (code, name)
            })
            .collect()
    })
}

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
