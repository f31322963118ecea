//! A statement's language versions (docs/SPEC.md §6): the original text
//! is the statement's own; each other version has its title, summary,
//! body and note. A version added once signing had opened is marked as a
//! translation: people signed the text as it was.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::db::now;
use crate::db::schema::statement_translations as tr;
use crate::db::DbConnection;

use super::Statement;

/// One language version besides the original.
#[derive(Clone, Debug, Queryable, Selectable, Serialize)]
#[diesel(table_name = tr)]
pub struct Version {
    pub statement_id: String,
    pub language: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub note: String,
    pub updated_at: NaiveDateTime,
    pub added_after_opening: bool,
}

/// The text of a version as a coordinator types it.
#[derive(Clone, Debug, Default, serde::Deserialize, Serialize)]
pub struct VersionText {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub note: String,
}

/// Every version of a statement besides the original, by language code.
pub fn list(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Vec<Version>> {
    tr::table
        .filter(tr::statement_id.eq(statement_id))
        .order(tr::language.asc())
        .select(Version::as_select())
        .load(conn)
}

/// Every version of these statements (for the feed).
pub fn list_for(conn: &mut DbConnection, statement_ids: &[String]) -> QueryResult<Vec<Version>> {
    tr::table
        .filter(tr::statement_id.eq_any(statement_ids))
        .order((tr::statement_id.asc(), tr::language.asc()))
        .select(Version::as_select())
        .load(conn)
}

/// Stores a version (new or changed); `added_after_opening` only counts
/// for a new one.
pub fn save(
    conn: &mut DbConnection,
    statement_id: &str,
    language: &str,
    text: &VersionText,
    added_after_opening: bool,
) -> QueryResult<()> {
    let t = now();
    let changed = diesel::update(
        tr::table
            .filter(tr::statement_id.eq(statement_id))
            .filter(tr::language.eq(language)),
    )
    .set((
        tr::title.eq(&text.title),
        tr::summary.eq(&text.summary),
        tr::body.eq(&text.body),
        tr::note.eq(&text.note),
        tr::updated_at.eq(t),
    ))
    .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(tr::table)
            .values((
                tr::statement_id.eq(statement_id),
                tr::language.eq(language),
                tr::title.eq(&text.title),
                tr::summary.eq(&text.summary),
                tr::body.eq(&text.body),
                tr::note.eq(&text.note),
                tr::updated_at.eq(t),
                tr::added_after_opening.eq(added_after_opening),
            ))
            .execute(conn)?;
    }
    // Pages kept in memory and their validators follow the statement's
    // last change.
    diesel::update(crate::db::schema::statements::table.find(statement_id))
        .set(crate::db::schema::statements::updated_at.eq(t))
        .execute(conn)?;
    Ok(())
}

/// Deletes a version.
pub fn delete(conn: &mut DbConnection, statement_id: &str, language: &str) -> QueryResult<usize> {
    let n = diesel::delete(
        tr::table
            .filter(tr::statement_id.eq(statement_id))
            .filter(tr::language.eq(language)),
    )
    .execute(conn)?;
    diesel::update(crate::db::schema::statements::table.find(statement_id))
        .set(crate::db::schema::statements::updated_at.eq(now()))
        .execute(conn)?;
    Ok(n)
}

impl Statement {
    /// The statement as read in `version`: its text and language.
    pub fn in_version(&self, version: &Version) -> Statement {
        let mut s = self.clone();
        s.title = version.title.clone();
        s.summary = version.summary.clone();
        s.body = version.body.clone();
        s.note = version.note.clone();
        s.language = version.language.clone();
        s
    }
}

/// The languages a statement can be read in, the original first.
pub fn languages(s: &Statement, versions: &[Version]) -> Vec<String> {
    std::iter::once(s.language.clone())
        .chain(versions.iter().map(|v| v.language.clone()))
        .collect()
}

/// The version among `languages` (original first) for someone who
/// prefers `wanted` (in order), and the interface language to frame it
/// in: the version's own when the reader wanted it and the interface
/// speaks it, else the reader's (an English-only statement read by
/// someone who chose French is framed in French); the original when no
/// version fits.
pub fn choose<'a>(
    languages: &'a [String],
    wanted: &[crate::i18n::LanguageIdentifier],
) -> (&'a str, &'static str) {
    use crate::i18n::{best_of, supported, DEFAULT_LANG, SUPPORTED};
    let codes: Vec<&str> = languages.iter().map(String::as_str).collect();
    let readers = best_of(wanted, SUPPORTED);
    match best_of(wanted, &codes) {
        Some(version) => (
            version,
            supported(version).or(readers).unwrap_or(DEFAULT_LANG),
        ),
        None => {
            let original = codes.first().copied().unwrap_or(DEFAULT_LANG);
            (
                original,
                readers
                    .or_else(|| supported(original))
                    .unwrap_or(DEFAULT_LANG),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(tags: &[&str]) -> Vec<crate::i18n::LanguageIdentifier> {
        tags.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn chooses_the_readers_version_or_the_original() {
        let langs: Vec<String> = ["en", "fr", "ar", "zh"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(choose(&langs, &ids(&["fr-CH", "en"])), ("fr", "fr"));
        assert_eq!(choose(&langs, &ids(&["de", "ar"])), ("ar", "ar"));
        assert_eq!(choose(&langs, &ids(&["zh-Hans"])), ("zh", "zh-Hans"));
        assert_eq!(choose(&langs, &ids(&["de"])), ("en", "en"));
        assert_eq!(choose(&langs, &[]), ("en", "en"));
        // Only in English, read by someone who wants Russian.
        let english: Vec<String> = vec!["en".into()];
        assert_eq!(choose(&english, &ids(&["ru"])), ("en", "ru"));
        // A German version framed in the reader's other language.
        let german: Vec<String> = vec!["fr".into(), "de".into()];
        assert_eq!(choose(&german, &ids(&["de", "es"])), ("de", "es"));
        assert_eq!(choose(&german, &ids(&["de"])), ("de", "en"));
        assert_eq!(choose(&german, &[]), ("fr", "fr"));
    }
}
