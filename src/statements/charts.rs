//! Two charts on a statement's workspace page: sign-ons per day and by
//! country, as inline SVG drawn on the server (no JavaScript).
//!
//! Written by hand rather than with a plotting crate: two bar charts are
//! a few rectangles in a template, while plotters would bring a large
//! dependency tree and font handling for that.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use serde::Serialize;

use crate::db::schema::signatures as sg;
use crate::db::DbConnection;
use crate::per_backend;

/// One bar: label, value, and geometry in the SVG's coordinates.
#[derive(Debug, Serialize)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    pub bars: Vec<Bar>,
    pub max: i64,
    pub width: f64,
    pub height: f64,
}

#[derive(QueryableByName)]
struct DayCount {
    #[diesel(sql_type = Text)]
    day: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Statuses whose sign-ons are charted (everything actually received).
const COUNTED: [&str; 4] = crate::signatures::ACTIVE_TEXT;

/// Sign-ons per calendar day (UTC), the last 60 days that had any.
pub fn per_day(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Chart> {
    // The one query that differs by backend: turning an instant into a day.
    let sqlite = "SELECT date(created_at) AS day, COUNT(*) AS n FROM signatures
        WHERE statement_id = ? AND status IN ('unconfirmed', 'pending', 'approved', 'review') GROUP BY day ORDER BY day DESC LIMIT 60";
    let postgres = "SELECT to_char(created_at, 'YYYY-MM-DD') AS day, COUNT(*) AS n FROM signatures
        WHERE statement_id = $1 AND status IN ('unconfirmed', 'pending', 'approved', 'review') GROUP BY day ORDER BY day DESC LIMIT 60";
    let mut rows: Vec<DayCount> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(sqlite)
            .bind::<Text, _>(statement_id)
            .load(c)?,
        DbConnection::Postgres(c) => diesel::sql_query(postgres)
            .bind::<Text, _>(statement_id)
            .load(c)?,
    };
    rows.reverse();
    Ok(columns(rows.into_iter().map(|r| (r.day, r.n)).collect()))
}

/// Sign-ons by country, the 15 most frequent.
pub fn by_country(conn: &mut DbConnection, statement_id: &str, lang: &str) -> QueryResult<Chart> {
    let rows: Vec<(Option<String>, i64)> = per_backend!(conn, |c| sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq_any(COUNTED))
        .group_by(sg::country)
        .select((sg::country, diesel::dsl::count_star()))
        .load(c))?;
    let mut rows: Vec<(String, i64)> = rows
        .into_iter()
        .map(|(c, n)| {
            (
                c.map(|c| crate::i18n::country_name(&c, lang))
                    .unwrap_or_else(|| "—".into()),
                n,
            )
        })
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(15);
    Ok(rows_chart(rows))
}

const W: f64 = 640.0;
const H: f64 = 160.0;

fn columns(data: Vec<(String, i64)>) -> Chart {
    let max = data.iter().map(|d| d.1).max().unwrap_or(0).max(1);
    let slot = if data.is_empty() {
        W
    } else {
        W / data.len() as f64
    };
    let bars = data
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let height = (value as f64 / max as f64) * (H - 4.0);
            Bar {
                label,
                value,
                x: i as f64 * slot + 1.0,
                y: H - height,
                width: (slot - 2.0).max(1.0),
                height,
            }
        })
        .collect();
    Chart {
        bars,
        max,
        width: W,
        height: H,
    }
}

fn rows_chart(data: Vec<(String, i64)>) -> Chart {
    let max = data.iter().map(|d| d.1).max().unwrap_or(0).max(1);
    let row = 22.0;
    let label_w = 200.0;
    let bars = data
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let width = (value as f64 / max as f64) * (W - label_w - 50.0);
            Bar {
                label,
                value,
                x: label_w,
                y: i as f64 * row,
                width: width.max(1.0),
                height: row - 6.0,
            }
        })
        .collect::<Vec<_>>();
    let height = (bars.len() as f64 * row).max(row);
    Chart {
        bars,
        max,
        width: W,
        height,
    }
}
