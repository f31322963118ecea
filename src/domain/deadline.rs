//! Deadlines: an instant stored in UTC, entered and shown in the
//! statement's IANA time zone.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The form format of `<input type="datetime-local">`.
pub const INPUT_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Why a deadline could not be read, as translation keys.
#[derive(Debug, PartialEq, Eq)]
pub enum DeadlineError {
    BadFormat,
    UnknownZone,
    /// The local time falls in a daylight-saving gap (clocks jumped over it).
    Skipped,
}

impl DeadlineError {
    pub fn key(&self) -> &'static str {
        match self {
            DeadlineError::BadFormat => "deadline-bad-format",
            DeadlineError::UnknownZone => "timezone-unknown",
            DeadlineError::Skipped => "deadline-skipped",
        }
    }
}

pub fn parse_zone(name: &str) -> Result<Tz, DeadlineError> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| DeadlineError::UnknownZone)
}

/// Reads `YYYY-MM-DDTHH:MM` as a wall-clock time in `zone`. When the
/// clocks go back and the time happens twice, the later instant is taken:
/// a deadline never closes before the time a reader of either could mean.
pub fn parse_local(input: &str, zone: Tz) -> Result<NaiveDateTime, DeadlineError> {
    let input = input.trim();
    let local = NaiveDateTime::parse_from_str(input, INPUT_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(input, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| DeadlineError::BadFormat)?;
    let instant = match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(_, later) => later,
        LocalResult::None => return Err(DeadlineError::Skipped),
    };
    Ok(instant.with_timezone(&Utc).naive_utc())
}

/// The stored instant as the form shows it in `zone`.
pub fn to_input(utc: NaiveDateTime, zone: Tz) -> String {
    in_zone(utc, zone).format(INPUT_FORMAT).to_string()
}

pub fn in_zone(utc: NaiveDateTime, zone: Tz) -> DateTime<Tz> {
    Utc.from_utc_datetime(&utc).with_timezone(&zone)
}

/// "Zurich" for Europe/Zurich, "Buenos Aires" for America/Argentina/Buenos_Aires.
pub fn zone_label(zone: Tz) -> String {
    let name = zone.name();
    if !name.contains('/') {
        return name.to_string();
    }
    name.rsplit('/').next().unwrap_or(name).replace('_', " ")
}

/// "Friday 7 February 2025, 23:59 Zurich Time", "vendredi 7 février 2025,
/// 23:59 heure : Zurich": the date, the clock time and the zone's place
/// in the interface language `lang`, as CLDR writes them (ICU4X).
pub fn describe(utc: NaiveDateTime, zone: Tz, lang: &str) -> String {
    let local = in_zone(utc, zone);
    dates::format(&local, zone, lang).unwrap_or_else(|| {
        // A zone CLDR does not know: the clock time and the zone's name.
        format!("{} ({})", local.format("%Y-%m-%d %H:%M"), zone.name())
    })
}

mod dates {
    use std::collections::HashMap;
    use std::sync::OnceLock;

    use chrono::DateTime;
    use chrono_tz::Tz;
    use icu_datetime::fieldsets::{self, zone, Combo};
    use icu_datetime::input::ZonedDateTime;
    use icu_datetime::DateTimeFormatter;
    use icu_time::zone::IanaParser;

    type Formatter = DateTimeFormatter<Combo<fieldsets::YMDET, zone::Location>>;
    type PlainFormatter = DateTimeFormatter<fieldsets::YMDET>;

    fn locale(lang: &str) -> Option<icu_locale_core::Locale> {
        crate::i18n::icu_locale(lang)
    }

    /// One formatter per interface language, made once.
    fn kept<F: Send + Sync + 'static>(
        cell: &'static OnceLock<HashMap<&'static str, F>>,
        lang: &str,
        make: impl Fn(icu_locale_core::Locale) -> Option<F>,
    ) -> Option<&'static F> {
        let all = cell.get_or_init(|| {
            crate::i18n::SUPPORTED
                .iter()
                .filter_map(|lang| Some((*lang, make(locale(lang)?)?)))
                .collect()
        });
        all.get(lang).or_else(|| all.get(crate::i18n::DEFAULT_LANG))
    }

    fn with_zone(lang: &str) -> Option<&'static Formatter> {
        static ALL: OnceLock<HashMap<&'static str, Formatter>> = OnceLock::new();
        kept(&ALL, lang, |locale| {
            let fields = fieldsets::YMDE::long()
                .with_time_hm()
                .with_zone(zone::Location);
            DateTimeFormatter::try_new(locale.into(), fields).ok()
        })
    }

    fn plain(lang: &str) -> Option<&'static PlainFormatter> {
        static ALL: OnceLock<HashMap<&'static str, PlainFormatter>> = OnceLock::new();
        kept(&ALL, lang, |locale| {
            DateTimeFormatter::try_new(locale.into(), fieldsets::YMDE::long().with_time_hm()).ok()
        })
    }

    fn day(lang: &str) -> Option<&'static DateTimeFormatter<fieldsets::YMD>> {
        static ALL: OnceLock<HashMap<&'static str, DateTimeFormatter<fieldsets::YMD>>> =
            OnceLock::new();
        kept(&ALL, lang, |locale| {
            DateTimeFormatter::try_new(locale.into(), fieldsets::YMD::long()).ok()
        })
    }

    pub fn format_day(local: &DateTime<Tz>, lang: &str) -> Option<String> {
        let f = day(lang)?;
        let text = local.format("%Y-%m-%dT00:00").to_string();
        let dt = icu_datetime::input::DateTime::try_from_str(&text, f.calendar()).ok()?;
        Some(f.format(&dt).to_string())
    }

    fn month_day(lang: &str) -> Option<&'static DateTimeFormatter<fieldsets::MD>> {
        static ALL: OnceLock<HashMap<&'static str, DateTimeFormatter<fieldsets::MD>>> =
            OnceLock::new();
        kept(&ALL, lang, |locale| {
            DateTimeFormatter::try_new(locale.into(), fieldsets::MD::medium()).ok()
        })
    }

    pub fn format_month_day(day: chrono::NaiveDate, lang: &str) -> Option<String> {
        let f = month_day(lang)?;
        let text = day.format("%Y-%m-%dT00:00").to_string();
        let dt = icu_datetime::input::DateTime::try_from_str(&text, f.calendar()).ok()?;
        Some(f.format(&dt).to_string())
    }

    pub fn format(local: &DateTime<Tz>, zone: Tz, lang: &str) -> Option<String> {
        let text = format!("{}[{}]", local.format("%Y-%m-%dT%H:%M"), zone.name());
        if matches!(zone, Tz::UTC | Tz::Etc__UTC | Tz::GMT | Tz::Etc__GMT) {
            // CLDR calls it "GMT+00:00"; everyone reads "UTC".
            let f = plain(lang)?;
            let dt = icu_datetime::input::DateTime::try_from_str(&text, f.calendar()).ok()?;
            return Some(format!("{} UTC", f.format(&dt)));
        }
        let f = with_zone(lang)?;
        let zoned =
            ZonedDateTime::try_location_only_from_str(&text, f.calendar(), IanaParser::new())
                .ok()?;
        Some(f.format(&zoned).to_string())
    }
}

/// "7 February 2025", "7 février 2025": the day in `zone`, in the
/// interface language `lang` (CLDR, ICU4X).
pub fn describe_day(utc: NaiveDateTime, zone: Tz, lang: &str) -> String {
    let local = in_zone(utc, zone);
    dates::format_day(&local, lang).unwrap_or_else(|| local.format("%Y-%m-%d").to_string())
}

/// "7 Feb", "7 févr.": a calendar day without its year, short, for the
/// axes of charts.
pub fn short_day(day: chrono::NaiveDate, lang: &str) -> String {
    dates::format_month_day(day, lang).unwrap_or_else(|| day.format("%m-%d").to_string())
}

/// "2025-02-07 22:59 UTC".
pub fn describe_utc(utc: NaiveDateTime) -> String {
    utc.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// RFC 3339 in UTC.
pub fn rfc3339(utc: NaiveDateTime) -> String {
    Utc.from_utc_datetime(&utc)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Every IANA zone name, for the form's list.
pub fn zone_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect();
    names.sort_unstable();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zurich() -> Tz {
        parse_zone("Europe/Zurich").unwrap()
    }

    #[test]
    fn round_trips_in_winter_and_summer() {
        let winter = parse_local("2025-02-07T23:59", zurich()).unwrap();
        assert_eq!(describe_utc(winter), "2025-02-07 22:59 UTC");
        assert_eq!(short_day(winter.date(), "en"), "7 Feb");
        assert_eq!(short_day(winter.date(), "fr"), "7 févr.");
        assert_eq!(to_input(winter, zurich()), "2025-02-07T23:59");
        assert_eq!(
            describe(winter, zurich(), "en"),
            "Friday, 7 February 2025 at 23:59 Switzerland Time"
        );
        let summer = parse_local("2025-07-01T12:00", zurich()).unwrap();
        assert_eq!(describe_utc(summer), "2025-07-01 10:00 UTC");
        assert_eq!(to_input(summer, zurich()), "2025-07-01T12:00");
    }

    #[test]
    fn dates_read_in_every_interface_language() {
        let t = parse_local("2025-02-10T09:30", zurich()).unwrap();
        for (lang, want) in [
            ("fr", "lundi 10 février 2025"),
            ("es", "lunes, 10 de febrero de 2025"),
            ("ar", "10 فبراير 2025"),
            ("ru", "10 февраля 2025"),
            ("zh-Hans", "2025年2月10日"),
        ] {
            let text = describe(t, zurich(), lang);
            assert!(text.contains(want), "{lang}: {text}");
            assert!(
                text.contains("9:30") || text.contains("09:30"),
                "{lang}: {text}"
            );
            assert!(
                !text.contains("February") && !text.contains("Monday"),
                "{lang}: {text}"
            );
        }
        let utc = describe(t, parse_zone("UTC").unwrap(), "en");
        assert_eq!(utc, "Monday, 10 February 2025 at 08:30 UTC");
    }

    #[test]
    fn days_read_in_the_readers_language() {
        let t = parse_local("2025-02-10T00:30", zurich()).unwrap();
        assert_eq!(describe_day(t, zurich(), "en"), "10 February 2025");
        assert_eq!(describe_day(t, zurich(), "fr"), "10 février 2025");
        // The day as the statement's zone sees it, not UTC's (9 February).
        assert_eq!(
            describe_day(t, parse_zone("UTC").unwrap(), "en"),
            "9 February 2025"
        );
    }

    #[test]
    fn daylight_saving_gaps_and_overlaps() {
        // 30 March 2025: 02:00 → 03:00 in Zurich; 02:30 does not exist.
        assert_eq!(
            parse_local("2025-03-30T02:30", zurich()),
            Err(DeadlineError::Skipped)
        );
        // 26 October 2025: 02:30 happens twice; the later one (01:30 UTC) counts.
        let t = parse_local("2025-10-26T02:30", zurich()).unwrap();
        assert_eq!(describe_utc(t), "2025-10-26 01:30 UTC");
        assert_eq!(to_input(t, zurich()), "2025-10-26T02:30");
    }

    #[test]
    fn rejects_bad_input() {
        assert_eq!(
            parse_local("7/2/2025", zurich()),
            Err(DeadlineError::BadFormat)
        );
        assert_eq!(parse_zone("Mars/Olympus"), Err(DeadlineError::UnknownZone));
        assert_eq!(
            zone_label(parse_zone("America/Argentina/Buenos_Aires").unwrap()),
            "Buenos Aires"
        );
        let utc = describe(
            parse_local("2025-01-01T00:00", Tz::UTC).unwrap(),
            Tz::UTC,
            "en",
        );
        assert_eq!(utc, "Wednesday, 1 January 2025 at 00:00 UTC");
    }
}
