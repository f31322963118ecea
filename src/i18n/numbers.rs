//! Numbers as readers write them: figures grouped by the language's
//! rules ("1,001", "1 001", "1.001"), inside Fluent messages too, and
//! counts in words where a speller is known to be right.

use fluent_templates::fluent_bundle::memoizer::MemoizerKind;
use fluent_templates::fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use num_bigint::BigInt;

/// A decimal formatter for one language, kept by Fluent's memoizer.
pub struct Grouped(DecimalFormatter);

impl intl_memoizer::Memoizable for Grouped {
    type Args = ();
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = super::icu_locale(&lang.to_string()).ok_or(())?;
        DecimalFormatter::try_new(locale.into(), Default::default())
            .map(Grouped)
            .map_err(|_| ())
    }
}

/// Fluent's formatter for numbers: whole numbers grouped as the bundle's
/// language writes them (plural selection still sees the number).
pub fn format_number<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0 || n.value.abs() > 1e15 {
        return None;
    }
    let whole = n.value as i64;
    memoizer
        .with_try_get_threadsafe::<Grouped, _, _>((), |g| {
            g.0.format(&Decimal::from(whole)).to_string()
        })
        .ok()
}

/// `n` in figures as a reader of `lang` writes them.
pub fn figures(n: i64, lang: &str) -> String {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static ALL: OnceLock<HashMap<&'static str, DecimalFormatter>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        super::SUPPORTED
            .iter()
            .filter_map(|lang| {
                let locale = super::icu_locale(lang)?;
                let f = DecimalFormatter::try_new(locale.into(), Default::default()).ok()?;
                Some((*lang, f))
            })
            .collect()
    });
    match all.get(lang) {
        Some(f) => f.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

/// A count of organisations or people in words ("thirty-four",
/// "vingt-et-une", "veintiuna"), or in figures for languages with no
/// speller whose output is checked here, and past a million (where the
/// agreement rules below would not hold): never wrong words.
pub fn in_words(n: i64, lang: &str) -> String {
    spelled(n, lang).unwrap_or_else(|| figures(n, lang))
}

fn spelled(n: i64, lang: &str) -> Option<String> {
    if !(0..1_000_000).contains(&n) || !matches!(lang, "en" | "fr" | "es") {
        return None;
    }
    let speller = num2words2_core::get_lang_by_key(lang)?;
    let words = speller.to_cardinal(&BigInt::from(n)).ok()?;
    // The speller writes the masculine; the nouns counted here are
    // feminine in French and Spanish ("organisation", "organización",
    // "persona"), and below a million only the endings agree.
    Some(match lang {
        "fr" => feminine_fr(&words),
        "es" => feminine_es(&words),
        _ => words,
    })
}

/// "vingt-et-un" → "vingt-et-une", "un" → "une": French cardinals agree
/// in their last "un" only.
fn feminine_fr(words: &str) -> String {
    match words.strip_suffix("un") {
        Some(head) if head.is_empty() || head.ends_with(['-', ' ']) => format!("{head}une"),
        _ => words.to_string(),
    }
}

/// "uno" → "una", "veintiuno" → "veintiuna", "veintiún mil" → "veintiuna
/// mil", "doscientos" → "doscientas": Spanish hundreds agree as well.
fn feminine_es(words: &str) -> String {
    words
        .split(' ')
        .map(|w| {
            if let Some(head) = w.strip_suffix("ientos") {
                format!("{head}ientas")
            } else if w == "uno" || w == "un" {
                "una".to_string()
            } else if w == "veintiuno" || w == "veintiún" {
                "veintiuna".to_string()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_words_in_english_french_and_spanish() {
        let cases: &[(i64, &str, &str, &str)] = &[
            (1, "one", "une", "una"),
            (21, "twenty-one", "vingt-et-une", "veintiuna"),
            (34, "thirty-four", "trente-quatre", "treinta y cuatro"),
            (100, "one hundred", "cent", "cien"),
            (1_001, "one thousand and one", "mille une", "mil una"),
            (81, "eighty-one", "quatre-vingt-une", "ochenta y una"),
            (200, "two hundred", "deux cents", "doscientas"),
            (
                21_000,
                "twenty-one thousand",
                "vingt-et-un mille",
                "veintiuna mil",
            ),
        ];
        for (n, en, fr, es) in cases {
            assert_eq!(in_words(*n, "en"), *en);
            assert_eq!(in_words(*n, "fr"), *fr);
            assert_eq!(in_words(*n, "es"), *es);
        }
    }

    #[test]
    fn languages_without_a_checked_speller_get_figures() {
        assert_eq!(in_words(34, "ar"), "34");
        assert_eq!(in_words(1_001, "ru"), "1\u{a0}001");
        assert_eq!(in_words(21, "zh-Hans"), "21");
        assert_eq!(in_words(2_000_000, "en"), "2,000,000");
        assert_eq!(figures(10_001, "fr"), "10\u{202f}001");
        assert_eq!(figures(10_001, "es"), "10.001");
        assert_eq!(figures(10_001, "ar"), "10,001");
    }
}
