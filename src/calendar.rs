//! Unix seconds as UTC calendar text (civil-from-days, proleptic Gregorian).

/// "2026-11-21 23:43 UTC".
pub fn minute(unix: i64) -> String {
    let (y, m, d, secs) = split(unix);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60
    )
}

/// "2026-11-21".
pub fn day(unix: i64) -> String {
    let (y, m, d, _) = split(unix);
    format!("{y:04}-{m:02}-{d:02}")
}

/// "2026-11-21T23:43:00Z", for feeds.
pub fn rfc3339(unix: i64) -> String {
    let (y, m, d, secs) = split(unix);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// A length of time as people say it: "under a minute", "42 min", "3 h 5 min", "2 days 4 h".
pub fn span(seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    match (days, hours, mins) {
        (0, 0, 0) => "under a minute".into(),
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (1, 0, _) => "1 day".into(),
        (1, h, _) => format!("1 day {h} h"),
        (d, 0, _) => format!("{d} days"),
        (d, h, _) => format!("{d} days {h} h"),
    }
}

/// The first second (UTC) of a "2026-11-21" day; None for anything else.
pub fn parse_day(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    let valid = (1970..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
    let unix = valid.then(|| days_from_civil(y, m, d) * 86_400)?;
    // 2026-02-31 is no day: it would come back as another.
    (day(unix) == format!("{y:04}-{m:02}-{d:02}")).then_some(unix)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn split(unix: i64) -> (i64, i64, i64, i64) {
    let (y, m, d) = civil_from_days(unix.div_euclid(86_400));
    (y, m, d, unix.rem_euclid(86_400))
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_as_people_say_them() {
        assert_eq!(span(-5), "under a minute");
        assert_eq!(span(59), "under a minute");
        assert_eq!(span(42 * 60 + 10), "42 min");
        assert_eq!(span(3 * 3600), "3 h");
        assert_eq!(span(3 * 3600 + 5 * 60), "3 h 5 min");
        assert_eq!(span(86_400 + 30), "1 day");
        assert_eq!(span(2 * 86_400 + 4 * 3600 + 59 * 60), "2 days 4 h");
    }

    #[test]
    fn days_read_back_as_the_day_they_name() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(
            parse_day("2026-12-01").map(day).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(
            parse_day("2024-02-29").map(day).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(parse_day("2026-02-31"), None);
        assert_eq!(parse_day("2026-13-01"), None);
        assert_eq!(parse_day("yesterday"), None);
        assert_eq!(parse_day(""), None);
    }

    #[test]
    fn formats_unix_seconds_as_utc() {
        assert_eq!(minute(0), "1970-01-01 00:00 UTC");
        assert_eq!(minute(1_795_304_580), "2026-11-21 23:43 UTC");
        assert_eq!(minute(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(day(1_795_304_580), "2026-11-21");
        assert_eq!(rfc3339(1_795_304_585), "2026-11-21T23:43:05Z");
    }
}
