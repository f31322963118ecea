//! Importing signatures collected elsewhere (by email, on paper) from a CSV
//! file with the header `name,country,qualifier,kind,title,email` (any of
//! these columns, `name` required). Every row is checked first; the import
//! then goes in whole or not at all.

use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::audit;
use crate::db::schema::{signatures as sg, statements};
use crate::db::{is_unique_violation, new_id, now, write_tx, DbConnection};
use crate::domain::text::TextError;
use crate::domain::{country, signatory};
use crate::error::AppError;
use crate::per_backend;
use crate::signatures::org_key;
use crate::signatures::{Listing, SignatureStatus, SignerKind};
use crate::statements::{queries as statement_queries, Status};

/// The columns an import may have.
pub const COLUMNS: [&str; 6] = ["name", "country", "qualifier", "kind", "title", "email"];
/// Rows inserted per statement.
const BATCH: usize = 500;

/// A checked row, ready to store.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// Line in the file (the header is line 1).
    pub line: usize,
    pub name: String,
    pub country: Option<String>,
    pub qualifier: String,
    pub kind: SignerKind,
    pub title: String,
    pub email: Option<String>,
}

/// A problem, with the line it is on (1 is the header).
#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

fn problem(line: usize, message: impl Into<String>) -> Problem {
    Problem {
        line,
        message: message.into(),
    }
}

/// Reads and checks a whole file; any problem refuses it.
pub fn parse(data: &[u8]) -> Result<Vec<Row>, Vec<Problem>> {
    let data = data.strip_prefix("\u{feff}".as_bytes()).unwrap_or(data);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::None)
        .from_reader(data);
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_lowercase()).collect(),
        Err(e) => {
            return Err(vec![problem(
                1,
                format!("the header row cannot be read: {e}"),
            )])
        }
    };
    let unknown: Vec<&String> = headers
        .iter()
        .filter(|h| !COLUMNS.contains(&h.as_str()))
        .collect();
    if !unknown.is_empty() {
        let list = unknown
            .iter()
            .map(|h| format!("\"{h}\""))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(vec![problem(
            1,
            format!(
                "unknown column {list}: the columns are {}",
                COLUMNS.join(",")
            ),
        )]);
    }
    if !headers.iter().any(|h| h == "name") {
        return Err(vec![problem(
            1,
            "the header row must have a \"name\" column",
        )]);
    }
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (c_name, c_country, c_qualifier, c_kind, c_title, c_email) = (
        col("name"),
        col("country"),
        col("qualifier"),
        col("kind"),
        col("title"),
        col("email"),
    );
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut seen_keys = std::collections::HashMap::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(problem(line, format!("cannot be read: {e}")));
                continue;
            }
        };
        let get = |c: Option<usize>| c.and_then(|i| record.get(i)).unwrap_or("").to_string();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.iter().any(crate::web::edge::has_forbidden) {
            problems.push(problem(line, "holds control characters"));
            continue;
        }
        let kind = match get(c_kind).trim().to_lowercase().as_str() {
            "" | "organisation" | "organization" => SignerKind::Organisation,
            "individual" => SignerKind::Individual,
            other => {
                problems.push(problem(
                    line,
                    format!("kind \"{other}\" must be organisation or individual"),
                ));
                continue;
            }
        };
        let country = match get(c_country).trim() {
            "" => None,
            c => match country::parse(c) {
                Some(c) => Some(c),
                None => {
                    problems.push(problem(
                        line,
                        format!("\"{c}\" is not an ISO 3166 country code (or INT, REG)"),
                    ));
                    continue;
                }
            },
        };
        let organisation = kind == SignerKind::Organisation;
        let name = match signatory::name(&get(c_name), organisation) {
            Ok(n) => n,
            Err(TextError::NoLetters) => {
                problems.push(problem(
                    line,
                    "the name must contain letters, not only digits, punctuation or invisible characters",
                ));
                continue;
            }
            Err(TextError::Link) => {
                problems.push(problem(
                    line,
                    "the name must not contain a web or email address",
                ));
                continue;
            }
            Err(_) => {
                let max = if organisation {
                    signatory::ORGANISATION_NAME_MAX
                } else {
                    signatory::PERSON_NAME_MAX
                };
                problems.push(problem(
                    line,
                    format!("the name must have 2 to {max} characters, without control characters"),
                ));
                continue;
            }
        };
        let (qualifier, title) = match (
            signatory::qualifier(&get(c_qualifier)),
            signatory::title(&get(c_title)),
        ) {
            (Ok(q), Ok(t)) => (q, t),
            (Err(TextError::Link), _) | (_, Err(TextError::Link)) => {
                problems.push(problem(
                    line,
                    "the qualifier or title must not contain a web or email address",
                ));
                continue;
            }
            _ => {
                problems.push(problem(
                    line,
                    "the qualifier or title is too long or has control characters",
                ));
                continue;
            }
        };
        let email = match get(c_email).trim() {
            "" => None,
            e if crate::domain::email::is_valid(e) => Some(e.to_string()),
            e => {
                problems.push(problem(line, format!("\"{e}\" is not an email address")));
                continue;
            }
        };
        let keys = [
            (kind == SignerKind::Organisation).then(|| org_key(&name, country.as_deref())),
            email
                .as_ref()
                .map(|e| format!("email:{}", e.to_lowercase())),
        ];
        for key in keys.into_iter().flatten() {
            if let Some(first) = seen_keys.insert(key, line) {
                problems.push(problem(line, format!("the same signatory as line {first}")));
            }
        }
        rows.push(Row {
            line,
            name,
            country,
            qualifier,
            kind,
            title,
            email,
        });
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(problem(1, "the file has no rows"));
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// Why rows could not be stored.
#[derive(Debug)]
pub enum Refused {
    Problems(Vec<Problem>),
    Statement(&'static str),
    Db(AppError),
}

impl From<diesel::result::Error> for Refused {
    fn from(e: diesel::result::Error) -> Self {
        Refused::Db(e.into())
    }
}

/// Stores checked rows as approved signatures, all or nothing.
pub fn commit(
    conn: &mut DbConnection,
    statement_id: &str,
    rows: &[Row],
    actor: Option<&str>,
) -> Result<usize, Refused> {
    write_tx(conn, |conn| {
        let s = statement_queries::find_by_id(conn, statement_id)?
            .ok_or(Refused::Statement("unknown statement"))?;
        if matches!(s.status_at(now()), Status::Published | Status::Archived) {
            return Err(Refused::Statement(
                "the statement is published; its list no longer changes",
            ));
        }
        let t = now();
        for batch in rows.chunks(BATCH) {
            let clashes = already_there(conn, statement_id, batch)?;
            if !clashes.is_empty() {
                return Err(Refused::Problems(clashes));
            }
            let values: Vec<_> = batch
                .iter()
                .map(|r| {
                    (
                        sg::id.eq(new_id()),
                        sg::statement_id.eq(statement_id),
                        sg::kind.eq(r.kind),
                        sg::name.eq(r.name.clone()),
                        sg::title.eq(r.title.clone()),
                        sg::country.eq(r.country.clone()),
                        sg::qualifier.eq(r.qualifier.clone()),
                        sg::email.eq(r.email.clone()),
                        sg::listing.eq(Listing::Public),
                        sg::status.eq(SignatureStatus::Approved),
                        sg::name_key.eq((r.kind == SignerKind::Organisation)
                            .then(|| org_key(&r.name, r.country.as_deref()))),
                        sg::email_key.eq(r.email.as_ref().map(|e| e.to_lowercase())),
                        sg::language.eq(s.language.clone()),
                        sg::source.eq("import"),
                        sg::created_at.eq(t),
                        sg::updated_at.eq(t),
                        sg::decided_at.eq(Some(t)),
                    )
                })
                .collect();
            let inserted = per_backend!(conn, |c| diesel::insert_into(sg::table)
                .values(&values)
                .execute(c));
            if let Err(e) = inserted {
                if is_unique_violation(&e) {
                    // Someone signed the same name meanwhile.
                    return Err(Refused::Problems(vec![problem(
                        0,
                        "some rows were signed meanwhile; check the list and try again",
                    )]));
                }
                return Err(e.into());
            }
        }
        audit::record(
            conn,
            actor,
            "signature.import",
            Some(statement_id),
            json!({"rows": rows.len()}),
        )?;
        diesel::update(statements::table.find(statement_id))
            .set(statements::updated_at.eq(t))
            .execute(conn)?;
        Ok(rows.len())
    })
}

/// The rows of a batch that collide with signatures already on the list
/// (for the message; the unique indexes remain what refuses them).
fn already_there(
    conn: &mut DbConnection,
    statement_id: &str,
    batch: &[Row],
) -> QueryResult<Vec<Problem>> {
    let name_keys: Vec<String> = batch
        .iter()
        .filter(|r| r.kind == SignerKind::Organisation)
        .map(|r| org_key(&r.name, r.country.as_deref()))
        .collect();
    let emails: Vec<String> = batch
        .iter()
        .filter_map(|r| r.email.as_ref().map(|e| e.to_lowercase()))
        .collect();
    let taken: Vec<(Option<String>, Option<String>)> = sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq_any(crate::signatures::LIVE_TEXT))
        .filter(
            sg::name_key
                .eq_any(&name_keys)
                .or(sg::email_key.eq_any(&emails)),
        )
        .select((sg::name_key, sg::email_key))
        .load(conn)?;
    Ok(batch
        .iter()
        .filter(|r| {
            let key = (r.kind == SignerKind::Organisation)
                .then(|| org_key(&r.name, r.country.as_deref()));
            let email = r.email.as_ref().map(|e| e.to_lowercase());
            taken
                .iter()
                .any(|(k, e)| (k.is_some() && *k == key) || (e.is_some() && *e == email))
        })
        .map(|r| problem(r.line, format!("{} is already on the list", r.name)))
        .collect())
}
