//! Translation: every user-facing string is looked up here. Fluent files
//! live under `locales/<lang>/`; English is the fallback.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
pub use fluent_templates::LanguageIdentifier;
use fluent_templates::{static_loader, Loader};

pub mod countries;
mod numbers;
pub use countries::{country_choices, country_name, name_with_country};
pub use numbers::{figures, in_words};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| {
            // Placeables (names, numbers) are isolated from the text around
            // them where it runs right to left, so "Front Line Defenders"
            // or "34" inside Arabic keep their order and punctuation.
            let rtl = bundle
                .locales
                .first()
                .is_some_and(|l| direction(&l.to_string()) == "rtl");
            bundle.set_use_isolating(rtl);
            bundle.set_formatter(Some(numbers::format_number));
        },
    };
}

/// Languages the interface is translated into: the six UN languages.
pub const SUPPORTED: &[&str] = &["en", "fr", "es", "ar", "ru", "zh-Hans"];

/// Each interface language by its own name, for the language switcher.
pub const ENDONYMS: &[(&str, &str)] = &[
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("zh-Hans", "中文"),
];

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

/// The languages of an `Accept-Language` header, most wanted first.
pub fn accepted(header: Option<&str>) -> Vec<LanguageIdentifier> {
    let Some(header) = header else {
        return Vec::new();
    };
    // fluent-langneg reads the tags in the order given; the q-values
    // (RFC 9110 §12.5.4) decide that order, and q=0 means "not this".
    // A browser sends a handful; past ten, the rest are not read.
    let mut weighted: Vec<(f32, &str)> = header
        .split(',')
        .take(10)
        .map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q, tag)
        })
        .filter(|(q, tag)| *q > 0.0 && !tag.is_empty())
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let tags: Vec<&str> = weighted.into_iter().map(|(_, tag)| tag).collect();
    fluent_langneg::accepted_languages::parse(&tags.join(","))
}

/// The best of `available` for someone who wants `requested` (in order),
/// as Fluent negotiates (`zh-CN` finds `zh-Hans`, `fr-CH` finds `fr`);
/// `None` when nothing fits.
pub fn best_of<'a>(requested: &[LanguageIdentifier], available: &[&'a str]) -> Option<&'a str> {
    let ids: Vec<LanguageIdentifier> = available.iter().map(|l| lang_id(l)).collect();
    let found = fluent_langneg::negotiate_languages(
        requested,
        &ids,
        None,
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let first = found.first()?;
    ids.iter().position(|id| id == *first).map(|i| available[i])
}

/// The interface language for a language tag (`fr-CA` → `fr`, `zh` →
/// `zh-Hans`), if the interface speaks it.
pub fn supported(tag: &str) -> Option<&'static str> {
    let id: LanguageIdentifier = tag.trim().parse().ok()?;
    best_of(&[id], SUPPORTED)
}

/// Picks the best interface language from an `Accept-Language` header.
pub fn negotiate(accept_language: Option<&str>) -> &'static str {
    best_of(&accepted(accept_language), SUPPORTED).unwrap_or(DEFAULT_LANG)
}

/// The locale CLDR formats an interface language's dates and numbers in:
/// British English as the messages are written, Western digits in Arabic
/// as United Nations documents use them.
pub fn icu_locale(lang: &str) -> Option<icu_locale_core::Locale> {
    let tag = match lang {
        "en" => "en-GB",
        "ar" => "ar-u-nu-latn",
        other => other,
    };
    tag.parse().ok()
}

/// `rtl` for languages written right to left (Arabic, Farsi …), else `ltr`
/// (from CLDR's likely scripts).
pub fn direction(lang: &str) -> &'static str {
    use icu_locale::LocaleDirectionality;
    let locale: icu_locale_core::LanguageIdentifier = match lang.parse() {
        Ok(l) => l,
        Err(_) => return "ltr",
    };
    if LocaleDirectionality::new_extended().is_right_to_left(&locale) {
        "rtl"
    } else {
        "ltr"
    }
}

/// A collator for a language, falling back to the root order.
pub fn collator(language: &str) -> Option<icu_collator::CollatorBorrowed<'static>> {
    let locale: icu_locale_core::Locale =
        language.parse().unwrap_or(icu_locale_core::Locale::UNKNOWN);
    icu_collator::Collator::try_new(
        locale.into(),
        icu_collator::options::CollatorOptions::default(),
    )
    .ok()
}

/// Sorts names as a reader of `language` expects ("Acción" under A).
pub fn sort_names<T>(items: &mut [T], language: &str, name: impl Fn(&T) -> &str) {
    match collator(language) {
        Some(c) => items.sort_by(|a, b| {
            c.compare(name(a), name(b))
                .then_with(|| name(a).cmp(name(b)))
        }),
        None => items.sort_by(|a, b| name(a).cmp(name(b))),
    }
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
        assert_eq!(negotiate(Some("de-CH, fr;q=0.8, en;q=0.5")), "fr");
        assert_eq!(negotiate(Some("fr-CA")), "fr");
        assert_eq!(negotiate(Some("es-419,es;q=0.9")), "es");
        assert_eq!(negotiate(Some("ar-EG")), "ar");
        assert_eq!(negotiate(Some("ru-RU")), "ru");
        assert_eq!(negotiate(Some("zh-CN,zh;q=0.9")), "zh-Hans");
        assert_eq!(negotiate(Some("zh")), "zh-Hans");
        assert_eq!(negotiate(Some("en;q=0.1, ar;q=0.9")), "ar");
        assert_eq!(supported("ZH-hans"), Some("zh-Hans"));
        assert_eq!(supported("de"), None);
        assert_eq!(supported("junk junk"), None);
    }

    #[test]
    fn knows_which_way_languages_are_written() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("fa"), "rtl");
        assert_eq!(direction("en"), "ltr");
        assert_eq!(direction("zh-Hans"), "ltr");
        assert_eq!(direction("%%"), "ltr");
    }
}
