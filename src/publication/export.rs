//! Exports of a statement's signatures: CSV (opens correctly in Excel and
//! LibreOffice: UTF-8 with BOM, formula-like cells neutralised), JSON and
//! plain text. Coordinator exports stream from the database page by page,
//! so memory stays flat whatever the size of the list.

use std::borrow::Cow;

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::HttpResponse;
use diesel::prelude::*;
use serde_json::json;

use crate::db::schema::signatures as sg;
use crate::db::{DbConnection, DbPool};
use crate::domain::deadline;
use crate::error::AppError;
use crate::signatures::Signature;

use super::final_list::FinalList;
use crate::signatures::{Listing, SignatureStatus};

/// Rows read per query while streaming.
const CHUNK: i64 = 1_000;
const BOM: &str = "\u{feff}";

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Txt,
}

impl Format {
    pub fn parse(ext: &str) -> Option<Format> {
        match ext {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "txt" => Some(Format::Txt),
            _ => None,
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Txt => "text/plain; charset=utf-8",
        }
    }
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

fn csv_row(fields: &[&str]) -> Result<Vec<u8>, AppError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(fields.iter().map(|f| neutralise(f).into_owned()))
        .map_err(AppError::internal)?;
    w.into_inner().map_err(AppError::internal)
}

/// Columns of the coordinator CSV, every field.
pub const FULL_COLUMNS: [&str; 17] = [
    "id",
    "status",
    "kind",
    "name",
    "title",
    "country",
    "qualifier",
    "listing",
    "contact_name",
    "email",
    "website",
    "message",
    "language",
    "source",
    "created_at",
    "confirmed_at",
    "duplicate_of",
];

#[derive(Queryable, Selectable)]
#[diesel(table_name = sg)]
struct FullRow {
    id: String,
    status: String,
    kind: String,
    name: String,
    title: String,
    country: Option<String>,
    qualifier: String,
    listing: String,
    contact_name: String,
    email: Option<String>,
    website: String,
    message: String,
    language: String,
    source: String,
    created_at: chrono::NaiveDateTime,
    confirmed_at: Option<chrono::NaiveDateTime>,
    duplicate_of: Option<String>,
}

impl FullRow {
    fn values(&self) -> [String; 17] {
        [
            self.id.clone(),
            self.status.clone(),
            self.kind.clone(),
            self.name.clone(),
            self.title.clone(),
            self.country.clone().unwrap_or_default(),
            self.qualifier.clone(),
            self.listing.clone(),
            self.contact_name.clone(),
            self.email.clone().unwrap_or_default(),
            self.website.clone(),
            self.message.clone(),
            self.language.clone(),
            self.source.clone(),
            deadline::rfc3339(self.created_at),
            self.confirmed_at.map(deadline::rfc3339).unwrap_or_default(),
            self.duplicate_of.clone().unwrap_or_default(),
        ]
    }
}

fn page(conn: &mut DbConnection, statement_id: &str, after: &str) -> QueryResult<Vec<FullRow>> {
    sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::id.gt(after))
        .order(sg::id.asc())
        .limit(CHUNK)
        .select(FullRow::as_select())
        .load(conn)
}

/// Streams every signature of a statement with every field.
pub fn stream_full(
    pool: DbPool,
    statement_id: String,
    format: Format,
    filename: String,
) -> HttpResponse {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    tokio::task::spawn_blocking(move || {
        let send = |b: Vec<u8>| tx.blocking_send(Ok(Bytes::from(b))).is_ok();
        let fail = |e: String| {
            tracing::error!(error = %e, "export failed");
            // Cutting the stream short tells the client the file is incomplete.
            let _ = tx.blocking_send(Err(std::io::Error::other("export failed")));
        };
        let mut conn = match pool.get() {
            Ok(c) => c,
            Err(e) => return fail(e.to_string()),
        };
        let head: Vec<u8> = match format {
            Format::Csv => {
                let mut h = BOM.as_bytes().to_vec();
                h.extend(csv_row(&FULL_COLUMNS).unwrap_or_default());
                h
            }
            Format::Json => b"[".to_vec(),
            Format::Txt => Vec::new(),
        };
        if !send(head) {
            return;
        }
        let mut after = String::new();
        let mut first = true;
        loop {
            let rows = match page(&mut conn, &statement_id, &after) {
                Ok(r) => r,
                Err(e) => return fail(e.to_string()),
            };
            let Some(last) = rows.last() else { break };
            after = last.id.clone();
            let mut chunk = Vec::with_capacity(rows.len() * 200);
            // One CSV writer per chunk, not per row.
            let mut csv_out = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(Vec::with_capacity(rows.len() * 200));
            for r in &rows {
                let v = r.values();
                match format {
                    Format::Csv => {
                        if let Err(e) = csv_out
                            .write_record(v.iter().map(|f| neutralise(f).into_owned().into_bytes()))
                        {
                            return fail(e.to_string());
                        }
                    }
                    Format::Json => {
                        if !first {
                            chunk.push(b',');
                        }
                        let obj: serde_json::Map<String, serde_json::Value> = FULL_COLUMNS
                            .iter()
                            .zip(v.iter())
                            .map(|(k, val)| (k.to_string(), json!(val)))
                            .collect();
                        chunk.extend(serde_json::to_vec(&obj).unwrap_or_default());
                    }
                    Format::Txt => {
                        let line = match &r.country {
                            Some(c) => format!(
                                "{} ({})\t{}\t{}\n",
                                r.name,
                                crate::i18n::country_name(c, "en"),
                                r.status,
                                r.email.clone().unwrap_or_default()
                            ),
                            None => format!(
                                "{}\t{}\t{}\n",
                                r.name,
                                r.status,
                                r.email.clone().unwrap_or_default()
                            ),
                        };
                        chunk.extend(line.into_bytes());
                    }
                }
                first = false;
            }
            if format == Format::Csv {
                match csv_out.into_inner() {
                    Ok(bytes) => chunk = bytes,
                    Err(e) => return fail(e.to_string()),
                }
            }
            if !send(chunk) {
                return;
            }
            if (rows.len() as i64) < CHUNK {
                break;
            }
        }
        if format == Format::Json {
            send(b"]".to_vec());
        }
    });
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, format.content_type()))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .streaming(body)
}

/// Public columns: what the published list shows, nothing private.
pub const PUBLIC_COLUMNS: [&str; 6] = [
    "name",
    "country",
    "country_name",
    "qualifier",
    "kind",
    "title",
];

/// The published list in its final order, public fields only.
pub fn public_body(list: &FinalList, format: Format) -> Result<Vec<u8>, AppError> {
    let entries = list.groups.iter().flat_map(|g| g.entries.iter());
    match format {
        Format::Csv => {
            let mut out = BOM.as_bytes().to_vec();
            out.extend(csv_row(&PUBLIC_COLUMNS)?);
            for e in entries {
                out.extend(csv_row(&[
                    &e.name,
                    e.country.as_deref().unwrap_or(""),
                    e.country_name.as_deref().unwrap_or(""),
                    &e.qualifier,
                    e.kind.as_str(),
                    &e.title,
                ])?);
            }
            Ok(out)
        }
        Format::Json => serde_json::to_vec(&json!({
            "signatories": entries.map(|e| json!({"name": e.name, "country": e.country, "country_name": e.country_name, "qualifier": e.qualifier, "kind": e.kind, "title": e.title})).collect::<Vec<_>>(),
            "anonymous_count": list.anonymous,
            "signatory_count": list.named as i64 + list.anonymous,
        }))
        .map_err(AppError::internal),
        Format::Txt => {
            let mut out = String::new();
            for g in &list.groups {
                if let Some(label) = &g.label {
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    out.push_str(label);
                    out.push('\n');
                }
                for e in &g.entries {
                    out.push_str(&e.display);
                    out.push('\n');
                }
            }
            if let Some(a) = &list.anonymous_text {
                out.push_str(a);
                out.push('\n');
            }
            Ok(out.into_bytes())
        }
    }
}

/// A finished public export as a response.
pub fn public_response(body: Vec<u8>, format: Format, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, format.content_type()))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{filename}\""),
        ))
        .body(body)
}

/// Approved signatures of a statement (named), and anonymous counts:
/// (named, anonymous, anonymous organisations).
pub fn approved(
    conn: &mut DbConnection,
    statement_id: &str,
) -> QueryResult<(Vec<Signature>, i64, i64)> {
    let named: Vec<Signature> = sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq(SignatureStatus::Approved))
        .filter(sg::listing.eq(Listing::Public))
        .select(Signature::as_select())
        .load(conn)?;
    let anon: Vec<(String, i64)> = sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq(SignatureStatus::Approved))
        .filter(sg::listing.eq(Listing::Anonymous))
        .group_by(sg::kind)
        .select((sg::kind, diesel::dsl::count_star()))
        .load(conn)?;
    let anonymous = anon.iter().map(|(_, n)| n).sum();
    let orgs = anon
        .iter()
        .filter(|(k, _)| k == "organisation")
        .map(|(_, n)| n)
        .sum();
    Ok((named, anonymous, orgs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+41 22 000"), "'+41 22 000");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Amnesty International"), "Amnesty International");
        assert_eq!(
            neutralise("LUNGTA – Active for Tibet"),
            "LUNGTA – Active for Tibet"
        );
    }
}
