//! Cleaning text typed into public forms: Unicode NFC, trimmed, inner
//! whitespace collapsed, no control or bidirectional-override characters.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Why a text was refused, as translation keys.
#[derive(Debug, PartialEq, Eq)]
pub enum TextError {
    Required,
    TooShort,
    TooLong,
    Forbidden,
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
    let n = collapsed.chars().count();
    if n < min {
        return Err(TextError::TooShort);
    }
    if n > max {
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

/// The form of a name used to spot duplicates: accents, case, punctuation
/// and spacing do not count ("Acción  Solidaria" = "accion solidaria").
pub fn match_key(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
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
}
