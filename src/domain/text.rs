//! Cleaning text typed into public forms: Unicode NFC, trimmed, inner
//! whitespace collapsed, no control or bidirectional-override characters;
//! and the keys that spot the same name written differently.

use icu_properties::props::DefaultIgnorableCodePoint;
use icu_properties::CodePointSetData;
use sha2::{Digest, Sha256};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Why a text was refused, as translation keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    Required,
    TooShort,
    TooLong,
    Forbidden,
    /// A name without a single visible letter (only digits, punctuation
    /// or invisible characters).
    NoLetters,
    /// A web or email address where a name belongs.
    Link,
}

/// Default-ignorable code points (Unicode's Default_Ignorable_Code_Point):
/// zero-width space, joiners and non-joiners, soft hyphen, the Hangul
/// fillers, variation selectors, tags … They show as nothing, or as a blank.
pub fn is_default_ignorable(c: char) -> bool {
    CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
}

/// Whether a text has at least one letter that a reader can see.
pub fn has_letters(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_alphabetic() && !is_default_ignorable(c))
}

/// The number of characters a reader can see (default-ignorable ones aside).
pub fn visible_len(text: &str) -> usize {
    text.chars().filter(|c| !is_default_ignorable(*c)).count()
}

/// Bidirectional embeddings, overrides and isolates: they can make a name
/// display as something else than what it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn forbidden(c: char, multiline: bool) -> bool {
    is_bidi_control(c) || (c.is_control() && !(multiline && (c == '\n' || c == '\t')))
}

/// A one-line text: NFC, trimmed, runs of whitespace made one space,
/// `min..=max` characters. An empty optional field gives `Ok("")`.
pub fn one_line(input: &str, min: usize, max: usize, required: bool) -> Result<String, TextError> {
    let collapsed: String = input
        .nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if collapsed.is_empty() {
        return if required {
            Err(TextError::Required)
        } else {
            Ok(String::new())
        };
    }
    if collapsed.chars().any(|c| forbidden(c, false)) {
        return Err(TextError::Forbidden);
    }
    // Invisible characters do not make a name long enough.
    if visible_len(&collapsed) < min {
        return Err(TextError::TooShort);
    }
    if collapsed.chars().count() > max {
        return Err(TextError::TooLong);
    }
    Ok(collapsed)
}

/// A free text of several lines (a message): NFC, trimmed, line breaks kept.
pub fn multi_line(input: &str, max: usize) -> Result<String, TextError> {
    let text: String = input.replace("\r\n", "\n").nfc().collect();
    let text = text.trim().to_string();
    if text.chars().any(|c| forbidden(c, true)) {
        return Err(TextError::Forbidden);
    }
    if text.chars().count() > max {
        return Err(TextError::TooLong);
    }
    Ok(text)
}

/// The form of a name used to sort and search: accents, case, punctuation
/// and spacing do not count ("Acción  Solidaria" = "accion solidaria").
/// Duplicates are spotted with [`duplicate_key`], which goes further.
pub fn match_key(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The version of [`duplicate_key`]. Keys stored by an older version are
/// recomputed at start-up; raise it whenever the key changes.
pub const DUPLICATE_KEY_VERSION: u32 = 2;

/// Longest key kept whole, in bytes: a longer one keeps its beginning and
/// ends in a hash of the rest (a PostgreSQL index row holds at most some
/// 2,700 bytes, and compatibility forms can expand a 300-character name
/// many times over).
const KEY_MAX: usize = 400;

/// The form of a name used to spot duplicates: two names with the same key
/// read the same. Accents, case, punctuation, spacing and invisible
/// characters do not count, nor do letters of another script (or digits)
/// that look like a Latin letter: "Amnesty International", "AMNESTY
/// INTERNATIONAL", "Аmnesty Internationаl" (Cyrillic а) and "Amnesty\u{200B}
/// International" give one key.
///
/// Look-alikes are those of Unicode's confusable skeletons (UTS #39). The
/// skeleton is taken of the name in capitals, then of the result in small
/// letters, so that a key does not depend on case (a Cyrillic or Greek name
/// in capitals is the same name) and catches both capital look-alikes
/// (Cyrillic Н for H) and small ones ("rn" for "m"). What it cannot catch,
/// as a consequence: a small letter that looks Latin only in small letters
/// (Greek ν for v, Cyrillic г for r), since their capitals differ. And
/// since "I" looks like "l" and case does not count, "i" and "l" are one.
pub fn duplicate_key(name: &str) -> String {
    let plain: String = name
        .nfkd()
        .filter(|c| !is_default_ignorable(*c) && !is_combining_mark(*c))
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    let capitals: String = unicode_security::skeleton(&plain)
        .flat_map(char::to_lowercase)
        .collect();
    let key: String = unicode_security::skeleton(&capitals)
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect();
    bounded(key)
}

fn bounded(key: String) -> String {
    if key.len() <= KEY_MAX {
        return key;
    }
    let digest = hex::encode(Sha256::digest(key.as_bytes()));
    let mut end = KEY_MAX - digest.len() - 1;
    while !key.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}#{digest}", &key[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_normalises() {
        assert_eq!(
            one_line("  Acción \t Solidaria  ", 2, 300, true).unwrap(),
            "Acción Solidaria"
        );
        // Decomposed "é" becomes the composed one.
        assert_eq!(one_line("Cafe\u{301}", 2, 300, true).unwrap(), "Caf\u{e9}");
        assert_eq!(one_line("", 2, 300, true), Err(TextError::Required));
        assert_eq!(one_line("   ", 2, 300, false), Ok(String::new()));
        assert_eq!(one_line("A", 2, 300, true), Err(TextError::TooShort));
        assert_eq!(
            one_line(&"a".repeat(301), 2, 300, true),
            Err(TextError::TooLong)
        );
        assert_eq!(
            one_line("Evil\u{202E}gnp.exe", 2, 300, true),
            Err(TextError::Forbidden)
        );
        assert_eq!(
            one_line("Bell\u{7}", 2, 300, true),
            Err(TextError::Forbidden)
        );
    }

    #[test]
    fn multi_line_keeps_line_breaks() {
        assert_eq!(multi_line(" Hello\r\nworld ", 100).unwrap(), "Hello\nworld");
        assert_eq!(multi_line("x\u{2066}", 100), Err(TextError::Forbidden));
    }

    #[test]
    fn match_keys_ignore_accents_case_and_punctuation() {
        assert_eq!(match_key("Acción Solidaria"), "accion solidaria");
        assert_eq!(match_key("ACCION-SOLIDARIA!"), "accion solidaria");
        assert_eq!(
            match_key("International Bar Association’s Human Rights Institute (IBAHRI)"),
            "international bar association s human rights institute ibahri"
        );
        assert_eq!(match_key("中国人权"), "中国人权");
    }

    #[test]
    fn look_alike_names_have_one_key() {
        let key = duplicate_key("Amnesty International");
        for same in [
            "Аmnesty Internationаl",         // Cyrillic а
            "Amnesty\u{200B} International", // zero-width space
            "AMNESTY INTERNATIONAL",
            "amnesty   international",
            "Amnesty\u{3164}International", // Hangul filler
            "Amnesty\u{115F}\u{1160} International",
            "Am\u{AD}nesty Inter\u{200D}national\u{FE0F}", // soft hyphen, joiner, selector
            "Arnnesty International",                      // rn for m
            "Amnesty lnternational",                       // l for I
            "ΑMNESTY ΙNTERNATIONAL",                       // Greek capitals Alpha, Iota
            "Amnesty-International!",
            "Ａｍｎｅｓｔｙ Ｉｎｔｅｒｎａｔｉｏｎａｌ", // full width
        ] {
            assert_eq!(duplicate_key(same), key, "{same:?}");
        }
        assert_eq!(duplicate_key("НRIC"), duplicate_key("HRIC")); // Cyrillic En
        assert_eq!(duplicate_key("ОМСТ"), duplicate_key("OMCT")); // Cyrillic
        assert_eq!(
            duplicate_key("Acción Solidaria"),
            duplicate_key("ACCION-SOLIDARIA!")
        );
        assert_eq!(duplicate_key("Straße"), duplicate_key("STRASSE"));
    }

    #[test]
    fn duplicate_keys_do_not_depend_on_case_in_any_script() {
        for (a, b) in [
            ("МЕМОРИАЛ", "Мемориал"),
            ("ΔΙΕΘΝΗΣ ΑΜΝΗΣΤΙΑ", "Διεθνής Αμνηστία"),
            ("ՀԵԼՍԻՆԿՅԱՆ ԿՈՄԻՏԵ", "Հելսինկյան կոմիտե"),
            ("INSAN HAKLARI DERNEĞI", "İnsan Hakları Derneği"),
        ] {
            assert_eq!(duplicate_key(a), duplicate_key(b), "{a} / {b}");
        }
        // Every cased letter of the Latin, Greek, Cyrillic and Armenian
        // blocks: its capital and its small letter give one key.
        for c in ('\u{41}'..='\u{24F}').chain('\u{370}'..='\u{58F}') {
            if !c.is_alphabetic() {
                continue;
            }
            let upper: String = c.to_uppercase().collect();
            let lower: String = c.to_lowercase().collect();
            assert_eq!(
                duplicate_key(&upper),
                duplicate_key(&lower),
                "{c} (U+{:04X})",
                c as u32
            );
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        let fixture = include_str!("../../tests/it/fixtures/xiamen-2025-signatories.csv");
        let mut reader = csv::Reader::from_reader(fixture.as_bytes());
        let mut names: Vec<String> = reader
            .records()
            .map(|r| r.expect("fixture row")[0].to_string())
            .collect();
        assert_eq!(names.len(), 33);
        names.extend(
            [
                "Amnistía Internacional",
                "International Tibet Network",
                "Tibet Justice Center",
                "Tibet Solidarity",
                "Human Rights Watch",
                "Human Rights First",
                "中国人权",
                "中国维权律师关注组",
                "Мемориал",
                "Memorial",
            ]
            .map(String::from),
        );
        names.sort();
        names.dedup();
        let mut seen = std::collections::HashMap::new();
        for name in &names {
            if let Some(other) = seen.insert(duplicate_key(name), name) {
                panic!("{name:?} and {other:?} have one key");
            }
        }
    }

    #[test]
    fn long_keys_are_bounded() {
        // U+FDFA expands to 18 letters under compatibility decomposition.
        let long = "\u{FDFA}".repeat(300);
        let key = duplicate_key(&long);
        assert!(key.len() <= KEY_MAX, "{}", key.len());
        assert_eq!(key, duplicate_key(&long));
        assert_ne!(key, duplicate_key(&format!("{long}x")));
        assert!(duplicate_key(&"a".repeat(400)).len() == 400);
    }

    #[test]
    fn invisible_characters_are_not_letters() {
        assert!(has_letters("Amnesty"));
        assert!(has_letters("中国人权"));
        assert!(!has_letters("\u{200B}\u{200B}\u{200B}"));
        assert!(!has_letters("\u{3164}\u{3164}"));
        assert!(!has_letters("2025 -- !!"));
        assert_eq!(visible_len("a\u{200B}\u{200B}"), 1);
        assert_eq!(
            one_line("a\u{200B}", 2, 300, true),
            Err(TextError::TooShort)
        );
    }
}
