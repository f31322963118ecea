//! The charts of a statement's workspace page: confirmed sign-ons over
//! time (cumulative, with the deadline marked), per day, and by country.
//! Inline SVG computed here and drawn by the template; each chart has a
//! table beside it for screen readers.
//!
//! Geometry is written by hand rather than with a plotting crate: a line,
//! some rectangles and a few labels, while plotters would bring a large
//! dependency tree and its own font handling for that.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use serde::Serialize;

use crate::db::schema::signatures as sg;
use crate::db::DbConnection;
use crate::domain::deadline;
use crate::per_backend;

/// Confirmed sign-ons, the ones charted: their signers answered the email
/// (or a coordinator imported them). Unconfirmed ones are counted apart.
const CONFIRMED: [&str; 3] = ["pending", "approved", "review"];

/// At most this many days are drawn (the most recent).
const MAX_DAYS: i64 = 366;
/// At least this many days are drawn.
const MIN_DAYS: i64 = 7;
/// The axis runs on to a deadline at most this many days away.
const DEADLINE_REACH: i64 = 60;
/// Countries named in the chart; the rest are summed as "others".
const TOP_COUNTRIES: usize = 15;

/// The time charts' drawing box (viewBox units) and plot margins.
const W: f64 = 600.0;
const H: f64 = 220.0;
const LEFT: f64 = 60.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

#[derive(Debug, Serialize)]
pub struct Tick {
    pub at: f64,
    pub label: String,
    /// Left out on narrow screens, where only the ends and middle fit.
    pub minor: bool,
}

#[derive(Debug, Serialize)]
pub struct Column {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub label: String,
    pub value: i64,
}

/// One day of the table that stands for the time charts.
#[derive(Debug, Serialize)]
pub struct Day {
    pub label: String,
    pub count: i64,
    pub total: i64,
}

#[derive(Debug, Serialize)]
pub struct TimeCharts {
    pub width: f64,
    pub height: f64,
    pub plot: Plot,
    /// The cumulative line's points ("x,y x,y …") and the area below it.
    pub line: String,
    pub area: String,
    pub columns: Vec<Column>,
    pub x_ticks: Vec<Tick>,
    pub total_ticks: Vec<Tick>,
    pub day_ticks: Vec<Tick>,
    pub deadline_x: Option<f64>,
    pub days: Vec<Day>,
    pub busiest: i64,
}

#[derive(Debug, Serialize)]
pub struct Plot {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// Where the axes' labels go.
    pub tick_x: f64,
    pub label_y: f64,
}

#[derive(Debug, Serialize)]
pub struct CountryBar {
    pub label: String,
    pub value: i64,
    pub text_y: f64,
    pub bar_y: f64,
    pub width: f64,
    pub value_x: f64,
}

#[derive(Debug, Serialize)]
pub struct CountryChart {
    pub width: f64,
    pub height: f64,
    pub bars: Vec<CountryBar>,
}

#[derive(QueryableByName)]
struct DayCount {
    #[diesel(sql_type = Text)]
    day: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Confirmed sign-ons per calendar day (UTC), oldest first.
fn per_day(conn: &mut DbConnection, statement_id: &str) -> QueryResult<Vec<(NaiveDate, i64)>> {
    // The one query that differs by backend: turning an instant into a day.
    let sqlite = "SELECT date(created_at) AS day, COUNT(*) AS n FROM signatures
        WHERE statement_id = ? AND status IN ('pending', 'approved', 'review') GROUP BY day ORDER BY day";
    let postgres = "SELECT to_char(created_at, 'YYYY-MM-DD') AS day, COUNT(*) AS n FROM signatures
        WHERE statement_id = $1 AND status IN ('pending', 'approved', 'review') GROUP BY day ORDER BY day";
    let rows: Vec<DayCount> = match conn {
        DbConnection::Sqlite(c) => diesel::sql_query(sqlite)
            .bind::<Text, _>(statement_id)
            .load(c)?,
        DbConnection::Postgres(c) => diesel::sql_query(postgres)
            .bind::<Text, _>(statement_id)
            .load(c)?,
    };
    Ok(rows
        .into_iter()
        .filter_map(|r| Some((NaiveDate::parse_from_str(&r.day, "%Y-%m-%d").ok()?, r.n)))
        .collect())
}

/// Drawing coordinates to a tenth of a unit: finer is invisible.
fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// 1, 2, 5, 10, 20, 50… : the smallest such number at least `n`.
fn nice_ceiling(n: i64) -> i64 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if step * m >= n {
                return step * m;
            }
        }
        step *= 10;
    }
}

/// Up to six days to label among `n`, a fixed number of days apart from
/// the first, and the last (in place of the one before it when they
/// would crowd).
fn tick_days(n: usize) -> Vec<usize> {
    if n <= 1 {
        return vec![0];
    }
    let step = (n - 1).div_ceil(5);
    let mut out: Vec<usize> = (0..n).step_by(step).collect();
    let last = n - 1;
    if out.last() != Some(&last) {
        if last - out[out.len() - 1] < step && out.len() > 1 {
            out.pop();
        }
        out.push(last);
    }
    out
}

fn y_ticks(max: i64, y_of: impl Fn(i64) -> f64) -> Vec<Tick> {
    let mut values = vec![0, max / 2, max];
    values.dedup();
    values
        .into_iter()
        .map(|v| Tick {
            at: y_of(v),
            label: v.to_string(),
            minor: false,
        })
        .collect()
}

/// The time charts, or `None` before the first confirmed sign-on.
pub fn over_time(
    conn: &mut DbConnection,
    statement_id: &str,
    deadline_at: Option<NaiveDateTime>,
    today: NaiveDate,
    lang: &str,
) -> QueryResult<Option<TimeCharts>> {
    let counts = per_day(conn, statement_id)?;
    let (Some(first), Some(last)) = (counts.first(), counts.last()) else {
        return Ok(None);
    };
    let deadline_day = deadline_at.map(|d| d.date());
    let mut end = last.0.max(today.min(deadline_day.unwrap_or(today)));
    if let Some(d) = deadline_day {
        if d > end && (d - end).num_days() <= DEADLINE_REACH {
            end = d;
        }
    }
    // At least a week on the axis: one day alone would be one wide block.
    let start = first
        .0
        .max(end - Duration::days(MAX_DAYS - 1))
        .min(end - Duration::days(MIN_DAYS - 1));
    let n = ((end - start).num_days() + 1) as usize;
    // Sign-ons before the window still count in the running total.
    let mut total: i64 = counts.iter().filter(|(d, _)| *d < start).map(|c| c.1).sum();
    let mut days = Vec::with_capacity(n);
    let mut by_day = counts.iter().filter(|(d, _)| *d >= start).peekable();
    for i in 0..n {
        let day = start + Duration::days(i as i64);
        let count = match by_day.peek() {
            Some((d, c)) if *d == day => {
                by_day.next();
                *c
            }
            _ => 0,
        };
        total += count;
        days.push((day, count, total));
    }
    // Days after today have no total yet: the line stops at today.
    let known = days
        .iter()
        .filter(|(d, _, _)| *d <= today.max(last.0))
        .count();
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let slot = plot_w / n as f64;
    let x_of = |i: usize| tenth(LEFT + slot * (i as f64 + 0.5));
    let top_total = nice_ceiling(total.max(1));
    let busiest = days.iter().map(|d| d.1).max().unwrap_or(0);
    let top_day = nice_ceiling(busiest.max(1));
    let y_total = |v: i64| tenth(TOP + plot_h * (1.0 - v as f64 / top_total as f64));
    let y_day = |v: i64| tenth(TOP + plot_h * (1.0 - v as f64 / top_day as f64));
    let points: Vec<String> = days[..known]
        .iter()
        .enumerate()
        .map(|(i, d)| format!("{:.1},{:.1}", x_of(i), y_total(d.2)))
        .collect();
    let line = points.join(" ");
    let area = format!(
        "{:.1},{:.1} {} {:.1},{:.1}",
        x_of(0),
        TOP + plot_h,
        line,
        x_of(known.saturating_sub(1)),
        TOP + plot_h
    );
    let label = |d: NaiveDate| deadline::short_day(d, lang);
    let columns = days
        .iter()
        .enumerate()
        .filter(|(_, d)| d.1 > 0)
        .map(|(i, d)| {
            let y = y_day(d.1);
            Column {
                x: tenth(LEFT + slot * i as f64 + slot * 0.1),
                y,
                width: tenth((slot * 0.8).max(0.5)),
                height: tenth(TOP + plot_h - y),
                label: label(d.0),
                value: d.1,
            }
        })
        .collect();
    let ticks = tick_days(n);
    let middle = ticks.get(ticks.len() / 2).copied();
    let x_ticks = ticks
        .iter()
        .map(|&i| Tick {
            at: x_of(i),
            label: label(days[i].0),
            minor: i != 0 && i != n - 1 && Some(i) != middle,
        })
        .collect();
    let deadline_x = deadline_day
        .filter(|d| *d >= start && *d <= end)
        .map(|d| x_of((d - start).num_days() as usize));
    Ok(Some(TimeCharts {
        width: W,
        height: H,
        plot: Plot {
            left: LEFT,
            right: W - RIGHT,
            top: TOP,
            bottom: TOP + plot_h,
            tick_x: LEFT - 8.0,
            label_y: TOP + plot_h + 22.0,
        },
        line,
        area,
        columns,
        x_ticks,
        total_ticks: y_ticks(top_total, y_total),
        day_ticks: y_ticks(top_day, y_day),
        deadline_x,
        days: days[..known]
            .iter()
            .filter(|d| d.1 > 0)
            .map(|d| Day {
                label: deadline::short_day(d.0, lang),
                count: d.1,
                total: d.2,
            })
            .collect(),
        busiest,
    }))
}

/// Confirmed sign-ons by country: the most frequent, then the others
/// summed, then those without a country.
pub fn by_country(
    conn: &mut DbConnection,
    statement_id: &str,
    lang: &str,
    others: &str,
    no_country: &str,
) -> QueryResult<CountryChart> {
    let rows: Vec<(Option<String>, i64)> = per_backend!(conn, |c| sg::table
        .filter(sg::statement_id.eq(statement_id))
        .filter(sg::status.eq_any(CONFIRMED))
        .group_by(sg::country)
        .select((sg::country, diesel::dsl::count_star()))
        .load(c))?;
    let without: i64 = rows.iter().filter(|r| r.0.is_none()).map(|r| r.1).sum();
    let mut named: Vec<(String, i64)> = rows
        .into_iter()
        .filter_map(|(c, n)| Some((crate::i18n::country_name(&c?, lang), n)))
        .collect();
    named.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let rest: i64 = named.iter().skip(TOP_COUNTRIES).map(|r| r.1).sum();
    named.truncate(TOP_COUNTRIES);
    if rest > 0 {
        named.push((others.to_string(), rest));
    }
    if without > 0 {
        named.push((no_country.to_string(), without));
    }
    Ok(country_bars(named))
}

/// Bars with their label above them, so that names keep a readable size
/// at a phone's width.
const ROW_W: f64 = 360.0;
const ROW_H: f64 = 40.0;

fn country_bars(data: Vec<(String, i64)>) -> CountryChart {
    let max = data.iter().map(|d| d.1).max().unwrap_or(0).max(1);
    let room = ROW_W - 48.0;
    let bars: Vec<CountryBar> = data
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let width = tenth((value as f64 / max as f64 * room).max(2.0));
            CountryBar {
                label,
                value,
                text_y: i as f64 * ROW_H + 15.0,
                bar_y: i as f64 * ROW_H + 21.0,
                width,
                value_x: tenth(width + 6.0),
            }
        })
        .collect();
    CountryChart {
        width: ROW_W,
        height: (bars.len() as f64 * ROW_H).max(ROW_H),
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ceilings_and_ticks() {
        assert_eq!(nice_ceiling(1), 1);
        assert_eq!(nice_ceiling(3), 5);
        assert_eq!(nice_ceiling(34), 50);
        assert_eq!(nice_ceiling(101), 200);
        assert_eq!(tick_days(1), vec![0]);
        assert_eq!(tick_days(2), vec![0, 1]);
        assert_eq!(tick_days(11), vec![0, 2, 4, 6, 8, 10]);
        assert_eq!(tick_days(4), vec![0, 1, 2, 3]);
        assert_eq!(tick_days(7), vec![0, 2, 4, 6]);
        assert_eq!(tick_days(8), vec![0, 2, 4, 7]);
        assert_eq!(tick_days(366), vec![0, 73, 146, 219, 292, 365]);
    }
}
