//! The final list: approved, named signatures in the collation order of
//! the statement's language, grouped as the coordinator chose, with the
//! count in words and figures derived from the data.

use std::cmp::Ordering;

use serde::Serialize;

use crate::i18n::{self, collator, sort_names, Var};
use crate::signatures::Signature;
use crate::signatures::SignerKind;
use crate::statements::Grouping;

/// One line of the list.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    pub name: String,
    pub country: Option<String>,
    pub country_name: Option<String>,
    pub kind: SignerKind,
    pub title: String,
    pub qualifier: String,
    /// "Name (Country), title, qualifier".
    pub display: String,
    /// "title, qualifier" (shown apart from the name, each isolated for
    /// right-to-left pages).
    pub extra: String,
}

/// A heading and its entries (one unnamed group when not grouped).
#[derive(Clone, Debug, Serialize)]
pub struct Group {
    pub label: Option<String>,
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FinalList {
    pub groups: Vec<Group>,
    pub named: usize,
    pub anonymous: i64,
    pub organisations: usize,
    pub individuals: usize,
    /// "Thirty-three organisations (33)" or similar, from the data.
    pub count_text: String,
    /// "and 3 organisations that asked not to be named", if any.
    pub anonymous_text: Option<String>,
}

fn entry(sig: &Signature, lang: &str) -> Entry {
    let country_name = sig
        .country
        .as_deref()
        .map(|c| crate::i18n::country_name(c, lang));
    let mut display = match &country_name {
        Some(c) => format!("{} ({c})", sig.name),
        None => sig.name.clone(),
    };
    let mut extra = Vec::new();
    if sig.kind == SignerKind::Individual && !sig.title.is_empty() {
        extra.push(sig.title.as_str());
    }
    if !sig.qualifier.is_empty() {
        extra.push(sig.qualifier.as_str());
    }
    let extra = extra.join(", ");
    if !extra.is_empty() {
        display.push_str(", ");
        display.push_str(&extra);
    }
    Entry {
        name: sig.name.clone(),
        country: sig.country.clone(),
        country_name,
        kind: sig.kind,
        title: sig.title.clone(),
        qualifier: sig.qualifier.clone(),
        display,
        extra,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Builds the list from approved named signatures (any order) and the
/// number of approved anonymous ones.
pub fn build(
    mut named: Vec<Signature>,
    anonymous: i64,
    anonymous_orgs: i64,
    grouping: Grouping,
    language: &str,
    lang: &str,
) -> FinalList {
    sort_names(&mut named, language, |s| s.name.as_str());
    let entries: Vec<Entry> = named.iter().map(|s| entry(s, lang)).collect();
    let organisations = entries
        .iter()
        .filter(|e| e.kind == SignerKind::Organisation)
        .count();
    let individuals = entries.len() - organisations;
    let groups = match grouping {
        Grouping::Kind => [
            (SignerKind::Organisation, "group-organisations"),
            (SignerKind::Individual, "group-individuals"),
        ]
        .iter()
        .map(|(kind, key)| Group {
            label: Some(i18n::t(lang, key)),
            entries: entries
                .iter()
                .filter(|e| e.kind == *kind)
                .cloned()
                .collect(),
        })
        .filter(|g| !g.entries.is_empty())
        .collect(),
        Grouping::Country => {
            let mut labels: Vec<(String, Option<String>)> = Vec::new();
            for e in &entries {
                let label = e
                    .country_name
                    .clone()
                    .unwrap_or_else(|| i18n::t(lang, "group-no-country"));
                if !labels.iter().any(|(l, _)| *l == label) {
                    labels.push((label, e.country.clone()));
                }
            }
            // Countries in the reader's order; entries without one last.
            let coll = collator(language);
            labels.sort_by(|a, b| match (&a.1, &b.1) {
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                _ => match &coll {
                    Some(c) => c.compare(&a.0, &b.0),
                    None => a.0.cmp(&b.0),
                },
            });
            labels
                .into_iter()
                .map(|(label, code)| Group {
                    entries: entries
                        .iter()
                        .filter(|e| e.country == code)
                        .cloned()
                        .collect(),
                    label: Some(label),
                })
                .collect()
        }
        Grouping::None => vec![Group {
            label: None,
            entries,
        }],
    };
    let total_orgs = organisations as i64 + anonymous_orgs;
    let total_people = individuals as i64 + (anonymous - anonymous_orgs);
    let mut parts = Vec::new();
    if total_orgs > 0 {
        parts.push(i18n::t_vars(
            lang,
            "count-organisations",
            &[
                ("n", Var::Num(total_orgs)),
                ("words", Var::Text(i18n::in_words(total_orgs, lang))),
            ],
        ));
    }
    if total_people > 0 {
        parts.push(i18n::t_vars(
            lang,
            "count-individuals",
            &[
                ("n", Var::Num(total_people)),
                ("words", Var::Text(i18n::in_words(total_people, lang))),
            ],
        ));
    }
    let count_text = if parts.is_empty() {
        i18n::t(lang, "count-none")
    } else {
        let text = match parts.as_slice() {
            [one] => one.clone(),
            [organisations, individuals, ..] => i18n::t_vars(
                lang,
                "count-both",
                &[
                    ("organisations", Var::Text(organisations.clone())),
                    ("individuals", Var::Text(individuals.clone())),
                ],
            ),
            [] => String::new(),
        };
        capitalise(&text)
    };
    let anonymous_text = (anonymous > 0).then(|| {
        let key = if anonymous_orgs == anonymous {
            "count-anonymous-organisations"
        } else {
            "count-anonymous"
        };
        i18n::t_vars(lang, key, &[("n", Var::Num(anonymous))])
    });
    FinalList {
        named: named.len(),
        groups,
        anonymous,
        organisations,
        individuals,
        count_text,
        anonymous_text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_and_english_collation_put_accents_with_their_letter() {
        let mut names = vec![
            "Zeta",
            "Acción Solidaria",
            "Amnesty International",
            "CADAL",
            "Ácrata",
            "amnistía",
        ];
        sort_names(&mut names, "es", |s| s);
        assert_eq!(
            names,
            vec![
                "Acción Solidaria",
                "Ácrata",
                "Amnesty International",
                "amnistía",
                "CADAL",
                "Zeta"
            ]
        );
        let mut names = vec!["Émile", "Eve", "Zoe", "Ébène"];
        sort_names(&mut names, "en", |s| s);
        assert_eq!(names, vec!["Ébène", "Émile", "Eve", "Zoe"]);
    }
}
