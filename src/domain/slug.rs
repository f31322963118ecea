//! The address of a statement: `/s/{slug}`.

use std::fmt;

/// Longest slug accepted.
pub const MAX_LEN: usize = 80;

/// Lower-case ASCII letters and digits in words joined by single hyphens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Option<Slug> {
        let s = input.trim();
        let ok = !s.is_empty()
            && s.len() <= MAX_LEN
            && s.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        ok.then(|| Slug(s.to_string()))
    }

    /// A slug suggested from a title ("Acción Solidaria: 5 años" →
    /// "accion-solidaria-5-anos"), cut at a word boundary.
    pub fn suggest(title: &str) -> Option<Slug> {
        let full = slug::slugify(title);
        let mut out = String::new();
        for word in full.split('-').filter(|w| !w.is_empty()) {
            if out.len() + word.len() + 1 > MAX_LEN {
                break;
            }
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(word);
        }
        Slug::parse(&out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_clean_slugs() {
        assert!(Slug::parse("xiamen-2025").is_some());
        for bad in [
            "",
            "Xiamen",
            "a--b",
            "-a",
            "a-",
            "a b",
            "a/b",
            "é",
            &"a".repeat(81),
        ] {
            assert!(Slug::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn suggests_from_titles() {
        assert_eq!(
            Slug::suggest("Acción Solidaria: 5 años").unwrap().as_str(),
            "accion-solidaria-5-anos"
        );
        assert_eq!(
            Slug::suggest("Fifth anniversary of the “Xiamen gathering” crackdown")
                .unwrap()
                .as_str(),
            "fifth-anniversary-of-the-xiamen-gathering-crackdown"
        );
        assert!(Slug::suggest("!!!").is_none());
        assert!(Slug::suggest(&"word ".repeat(40)).unwrap().as_str().len() <= MAX_LEN);
    }
}
