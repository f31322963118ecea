//! Translation: every user-facing string is looked up here. Fluent files
//! live under `locales/<lang>/`; English is the fallback.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Languages the interface is translated into.
pub const SUPPORTED: &[&str] = &["en"];

/// The default language.
pub const DEFAULT_LANG: &str = "en";

fn lang_id(lang: &str) -> LanguageIdentifier {
    lang.parse()
        .unwrap_or_else(|_| DEFAULT_LANG.parse().unwrap_or_default())
}

/// Looks a message up; a missing key shows as itself so it is noticed.
pub fn t(lang: &str, key: &str) -> String {
    LOCALES
        .try_lookup(&lang_id(lang), key)
        .unwrap_or_else(|| key.to_string())
}

/// Looks a message up with arguments (numbers stay numbers for plurals).
pub fn t_args(lang: &str, key: &str, args: &HashMap<Cow<'static, str>, FluentValue<'_>>) -> String {
    LOCALES
        .try_lookup_with_args(&lang_id(lang), key, args)
        .unwrap_or_else(|| key.to_string())
}

/// Looks a message up with named arguments: numbers (for plurals) or text.
pub fn t_vars(lang: &str, key: &str, vars: &[(&'static str, Var)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = vars
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Var::Num(n) => FluentValue::from(*n),
                Var::Text(s) => FluentValue::from(s.clone()),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect();
    t_args(lang, key, &args)
}

/// An argument of a translated message.
#[derive(Clone, Debug)]
pub enum Var {
    Num(i64),
    Text(String),
}

/// Picks the best supported language from an `Accept-Language` header.
pub fn negotiate(accept_language: Option<&str>) -> &'static str {
    let Some(header) = accept_language else {
        return DEFAULT_LANG;
    };
    let mut choices: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((q, tag))
        })
        .collect();
    choices.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (_, tag) in choices {
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        if let Some(found) = SUPPORTED.iter().find(|l| **l == primary) {
            return found;
        }
    }
    DEFAULT_LANG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_english_and_falls_back() {
        assert_eq!(t("en", "app-name"), "undersigned");
        assert_eq!(t("xx", "app-name"), "undersigned");
        assert_eq!(t("en", "no-such-key"), "no-such-key");
    }

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(negotiate(None), "en");
        assert_eq!(negotiate(Some("de-CH, en;q=0.5")), "en");
        assert_eq!(negotiate(Some("*")), "en");
    }
}

/// The name of a country code to show: "Japan", "International".
pub fn country_name(code: &str, lang: &str) -> String {
    use crate::domain::country::{names, INTERNATIONAL, REGIONAL};
    match code {
        INTERNATIONAL => t(lang, "country-international"),
        REGIONAL => t(lang, "country-regional"),
        _ => names()
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

/// Every country choice for a form, sorted by name, special codes first.
pub fn country_choices(lang: &str) -> Vec<(String, String)> {
    use crate::domain::country::{names, INTERNATIONAL, REGIONAL};
    use crate::domain::text::match_key;
    let mut list: Vec<(String, String)> = names()
        .iter()
        .map(|(c, n)| (c.clone(), n.clone()))
        .collect();
    list.sort_by_cached_key(|(_, name)| match_key(name));
    let mut out = vec![
        (INTERNATIONAL.to_string(), country_name(INTERNATIONAL, lang)),
        (REGIONAL.to_string(), country_name(REGIONAL, lang)),
    ];
    out.extend(list);
    out
}

#[cfg(test)]
mod country_tests {
    use super::*;

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
