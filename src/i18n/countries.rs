//! Country names in the interface languages (CLDR's, from the keshvar
//! crate), plus "International" and "Regional".

use std::collections::HashMap;
use std::sync::OnceLock;

use keshvar::CountryIterator;

/// Code for an organisation working internationally.
pub const INTERNATIONAL: &str = "INT";
/// Code for an organisation working across a region.
pub const REGIONAL: &str = "REG";

/// The names of every country by code in an interface language (English
/// where CLDR has none), built once per language (the names of `INT` and
/// `REG` are messages: see `i18n::country_name`).
pub fn names(lang: &str) -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<&'static str, HashMap<String, String>>> = OnceLock::new();
    let all = NAMES.get_or_init(|| {
        super::SUPPORTED
            .iter()
            .map(|lang| (*lang, names_in(lang)))
            .collect()
    });
    all.get(lang)
        .or_else(|| all.get(super::DEFAULT_LANG))
        .unwrap_or_else(|| no_names())
}

fn no_names() -> &'static HashMap<String, String> {
    static EMPTY: OnceLock<HashMap<String, String>> = OnceLock::new();
    EMPTY.get_or_init(HashMap::new)
}

fn names_in(lang: &str) -> HashMap<String, String> {
    // keshvar keys its translations as CLDR does: Simplified Chinese is `zh_CN`.
    let keys: &[&str] = match lang {
        "zh-Hans" => &["zh_CN", "zh"],
        "en" => &["en"],
        other => &[other, "en"],
    };
    CountryIterator::new()
        .map(|c| {
            let code = c.alpha2().to_string();
            let translations = c.translations();
            let name = keys
                .iter()
                .find_map(|k| translations.get(k))
                .map(|s| s.to_string())
                .unwrap_or_else(|| c.iso_short_name().to_string());
            (code, name)
        })
        .collect()
}

/// The name of a country code to show: "Japan", "International".
pub fn country_name(code: &str, lang: &str) -> String {
    match code {
        INTERNATIONAL => super::t(lang, "country-international"),
        REGIONAL => super::t(lang, "country-regional"),
        _ => names(lang)
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string()),
    }
}

/// "Name (Country)" in the reader's language, or the name alone.
pub fn name_with_country(name: &str, country_code: Option<&str>, lang: &str) -> String {
    match country_code {
        Some(c) => format!("{name} ({})", country_name(c, lang)),
        None => name.to_string(),
    }
}

/// Every country choice for a form, sorted by name as a reader of `lang`
/// expects, special codes first.
pub fn country_choices(lang: &str) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = names(lang)
        .iter()
        .map(|(c, n)| (c.clone(), n.clone()))
        .collect();
    super::sort_names(&mut list, lang, |(_, name)| name.as_str());
    let mut out = vec![
        (INTERNATIONAL.to_string(), country_name(INTERNATIONAL, lang)),
        (REGIONAL.to_string(), country_name(REGIONAL, lang)),
    ];
    out.extend(list);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_in_every_interface_language() {
        assert_eq!(names("en")["CH"], "Switzerland");
        assert_eq!(names("fr")["CH"], "Suisse");
        assert_eq!(names("es")["JP"], "Japón");
        assert_eq!(names("ar")["EG"], "مصر");
        assert_eq!(names("ru")["FR"], "Франция");
        assert_eq!(names("zh-Hans")["CN"], "中国");
        assert_eq!(names("xx")["CH"], "Switzerland");
    }

    #[test]
    fn country_names_are_the_common_english_ones() {
        assert_eq!(country_name("GB", "en"), "United Kingdom");
        assert_eq!(country_name("TW", "en"), "Taiwan");
        assert_eq!(country_name("JP", "en"), "Japan");
        assert_eq!(country_name("INT", "en"), "International");
        let choices = country_choices("en");
        assert!(choices.len() > 240);
        assert_eq!(choices[0].0, "INT");
    }
}
