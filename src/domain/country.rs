//! Countries: ISO 3166-1 alpha-2 codes (from the keshvar crate's data),
//! plus "International" and "Regional".

use std::collections::HashMap;
use std::sync::OnceLock;

use keshvar::{Alpha2, CountryIterator};

use crate::web::i18n;

/// Code for an organisation working internationally.
pub const INTERNATIONAL: &str = "INT";
/// Code for an organisation working across a region.
pub const REGIONAL: &str = "REG";

/// English names of every country, built once.
fn names() -> &'static HashMap<String, String> {
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

/// The name to show: "Japan", "International".
pub fn name(code: &str, lang: &str) -> String {
    match code {
        INTERNATIONAL => i18n::t(lang, "country-international"),
        REGIONAL => i18n::t(lang, "country-regional"),
        _ => names()
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string()),
    }
}

/// Every choice for a form, sorted by name, special codes first.
pub fn choices(lang: &str) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = names()
        .iter()
        .map(|(c, n)| (c.clone(), n.clone()))
        .collect();
    list.sort_by(|a, b| {
        crate::domain::text::match_key(&a.1).cmp(&crate::domain::text::match_key(&b.1))
    });
    let mut out = vec![
        (INTERNATIONAL.to_string(), name(INTERNATIONAL, lang)),
        (REGIONAL.to_string(), name(REGIONAL, lang)),
    ];
    out.extend(list);
    out
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

    #[test]
    fn names_are_the_common_english_ones() {
        assert_eq!(name("GB", "en"), "United Kingdom");
        assert_eq!(name("TW", "en"), "Taiwan");
        assert_eq!(name("JP", "en"), "Japan");
        assert_eq!(name("INT", "en"), "International");
        let choices = choices("en");
        assert!(choices.len() > 240);
        assert_eq!(choices[0].0, "INT");
    }
}
