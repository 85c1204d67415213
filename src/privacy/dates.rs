//! Calendar dates tied to a person (birth, admission, surgery, due date)
//! and ages of 90 or more. Years alone, months alone, weekdays and relative
//! dates are never findings; day+month without a year needs an event cue.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::cues::Cue;
use super::search::{captures_if, digit_anchored_captures, no_lead};
use super::text::{floor_boundary, Cand, Doc};
use super::Kind;

const MONTH: &str = r"(?:janvier|f[ée]vrier|avril|juin|juillet|aout|septembre|octobre|novembre|d[ée]cembre|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// "March 21", "Sept. 3rd, 2022", "21 March 2022", "the 14th of March".
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(&format!(
        r"(?i)(?-u:\b)({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(,?\s+(?:\d{{4}}|'\d{{2}})(?-u:\b))?"
    ))
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+|a\s+|o['’]\s+)?({MONTH})(?-u:\b)\.?((?:,?\s+|-)(?:\d{{4}}|'\d{{2}})(?-u:\b))?"
    ))
});
/// A day written as an ordinal word.
const ORDINAL: &str = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[\s-]?first)";

/// "June twelfth", "the twenty-first of October", "March the third, 1950".
static SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(&format!(
        r"(?i)(?-u:\b)(?:({MONTH})\.?\s+(?:the\s+)?{ORDINAL}|{ORDINAL}\s+of\s+({MONTH}))(?-u:\b)(,?\s+\d{{4}}(?-u:\b))?"
    ))
});

/// 04/12/1961, 8/6/22, 12.03.2021, 2024-07-22, 1975/02/20, 2025.07.10.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?-u:\b)(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})(?-u:\b)|(?-u:\b)(\d{4})([/.-])(\d{1,2})([/.-])(\d{1,2})(?-u:\b)",
    )
});
/// 14.03 with no year, both parts two digits: only right after an event cue.
static DOTTED_DM: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)(\d{2})\.(\d{2})(?-u:\b)"));
/// 3/14 with no year: only next to an event cue.
static SHORT: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)(\d{1,2})/(\d{1,2})(?-u:\b)"));

/// Runs the date and age detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for m in captures_if(doc.gates.month_date(), &MONTH_FIRST, doc.text) {
        let (Some(all), Some(day)) = (m.get(0), m.get(2)) else {
            continue;
        };
        let month = m.get(1).map_or("", |g| g.as_str());
        if valid_day(day.as_str()) && !is_modal_may(doc, month, m.get(3).is_some()) {
            push_date(doc, all.start(), all.end(), m.get(3).is_some(), out);
        }
    }
    let day_first = if doc.gates.month_date() {
        digit_anchored_captures(&DAY_FIRST, doc.text, doc.gates.exotic, no_lead)
    } else {
        Vec::new()
    };
    for m in day_first {
        let (Some(all), Some(day)) = (m.get(0), m.get(1)) else {
            continue;
        };
        if valid_day(day.as_str()) {
            push_date(doc, all.start(), all.end(), m.get(3).is_some(), out);
        }
    }
    spelled(doc, out);
    numeric(doc, out);
    super::ages::detect(doc, out);
}

/// Spelled days: like day+month, a year or an event cue makes them a finding.
fn spelled(doc: &Doc, out: &mut Vec<Cand>) {
    if !doc.gates.month_word() {
        return;
    }
    for m in SPELLED.captures_iter(doc.text) {
        let Some(all) = m.get(0) else { continue };
        let month = m.get(1).or(m.get(2)).map_or("", |g| g.as_str());
        let has_year = m.get(3).is_some();
        // "I may first ask"
        if !is_modal_may(doc, month, has_year) {
            push_date(doc, all.start(), all.end(), has_year, out);
        }
    }
}

fn valid_day(d: &str) -> bool {
    d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// "I may 2x my dose": lowercase "may" without a following ordinal or year is
/// the verb, not the month.
fn is_modal_may(doc: &Doc, month: &str, has_year: bool) -> bool {
    month == "may" && !has_year && !doc.all_lower
}

const PUBLIC_DATE_WORDS: &[&str] = &[
    "exp",
    "expiry",
    "expires",
    "expire",
    "expired",
    "expiration",
    "lot",
    "batch",
    "fda",
    "approved",
    "approval",
    "published",
    "study",
    "trial",
    "released",
    "announced",
    "news",
    "article",
    "guidelines",
    "law",
    "ema",
    "launched",
    "recall",
    "recalled",
    "webinar",
    "conference",
];

/// A named day, week or month right before the date ("World Kidney Day on 12 March",
/// "Carers Week, 9 June"): a public observance, not the poster's event.
static OBSERVANCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?:\b[A-Z][a-z]+ (?:Day|Week|Month)|(?i:\b(?:awareness|world [a-z]+) (?:day|week|month)))(?:,| on| is on| falls on| is)?\s*$",
    )
});

/// A closure before the date ("the clinic is closed on 25 December"): public,
/// whatever event word is near.
const CLOSURE_WORDS: &[&str] = &["closed", "closes", "closing", "shut"];

/// Words that make the date after an age a birthday ("turned 65 on January 12").
const TURNED: &[&str] = &["turned", "turns", "turning", "turn"];

/// Full dates are strong; day+month alone needs an event cue nearby.
fn push_date(doc: &Doc, s: usize, e: usize, has_year: bool, out: &mut Vec<Cand>) {
    let before = &doc.text[floor_boundary(doc.text, s.saturating_sub(40))..s];
    if doc.window_has(s.saturating_sub(40), s, CLOSURE_WORDS) || OBSERVANCE_BEFORE.is_match(before)
    {
        out.push(Cand::new(Kind::Date, s, e, 0.3, "public-date"));
        return;
    }
    // "I turned 65 on January 12": a birthday.
    let cue = doc.nearest_cue(s, e, &[Cue::Event], 10, 4).is_some()
        || doc.window_has(s.saturating_sub(20), s, TURNED);
    // News and study dates ("the FDA approved it on July 6, 2023") are
    // public, not about the poster.
    if !cue && doc.window_has(s.saturating_sub(60), s, PUBLIC_DATE_WORDS) {
        out.push(Cand::new(Kind::Date, s, e, 0.3, "public-date"));
        return;
    }
    let score = match (has_year, cue) {
        (true, true) => 0.9,
        (true, false) => 0.7,
        (false, true) => 0.8,
        (false, false) => 0.3,
    };
    out.push(Cand::new(
        Kind::Date,
        s,
        e,
        score,
        if has_year { "full-date" } else { "day-month" },
    ));
}

/// Numeric dates with a year; d/m without a year only right after a cue.
fn numeric(doc: &Doc, out: &mut Vec<Cand>) {
    let numeric = if doc.gates.numeric_date() {
        digit_anchored_captures(&NUMERIC, doc.text, doc.gates.exotic, no_lead)
    } else {
        Vec::new()
    };
    for c in numeric {
        let Some(all) = c.get(0) else { continue };
        let same = |x: Option<regex::Match>, y: Option<regex::Match>| {
            x.zip(y).is_some_and(|(x, y)| x.as_str() == y.as_str())
        };
        let ok = if let (Some(a), Some(b)) = (c.get(1), c.get(3)) {
            same(c.get(2), c.get(4)) && plausible_dm(a.as_str(), b.as_str())
        } else {
            same(c.get(7), c.get(9))
                && c.get(8)
                    .zip(c.get(10))
                    .is_some_and(|(mo, d)| plausible_dm(mo.as_str(), d.as_str()))
        };
        if ok && !dotted_run(doc.text, all.start(), all.end()) && !is_version(doc, &c) {
            push_date(doc, all.start(), all.end(), true, out);
        }
    }
    short_dates(doc, out);
    dotted_day_month(doc, out);
    super::ordinal_days::detect(doc, out);
}

/// Words that announce a software or firmware version.
#[rustfmt::skip]
const VERSION_WORDS: &[&str] = &[
    "version", "ver", "v", "firmware", "software", "app", "ios", "android", "update", "updated",
    "build", "release", "patch", "os", "upgrade", "upgraded",
];

/// "Version 4.2.10", "firmware 2.4.11": a dotted number with a two-digit
/// last part right after a version word (two words back at most) and with
/// no event cue is a version, not a date.
fn is_version(doc: &Doc, c: &regex::Captures) -> bool {
    let (Some(all), Some(sep), Some(year)) = (c.get(0), c.get(2), c.get(5)) else {
        return false;
    };
    if sep.as_str() != "." || year.as_str().len() != 2 {
        return false;
    }
    let i = doc.word_index_at(all.start());
    let versioned = (i.saturating_sub(2)..i).any(|k| VERSION_WORDS.contains(&doc.word(k)));
    versioned
        && doc
            .nearest_cue(all.start(), all.end(), &[Cue::Event], 4, 2)
            .is_none()
}

/// d/m without a year ("3/14"), only right after an event cue.
fn short_dates(doc: &Doc, out: &mut Vec<Cand>) {
    let short = if doc.gates.short_date() {
        digit_anchored_captures(&SHORT, doc.text, doc.gates.exotic, no_lead)
    } else {
        Vec::new()
    };
    for m in short {
        let (Some(all), Some(a), Some(b)) = (m.get(0), m.get(1), m.get(2)) else {
            continue;
        };
        let glued =
            doc.text[all.end()..].starts_with('/') || doc.text[..all.start()].ends_with('/');
        if glued || !plausible_dm(a.as_str(), b.as_str()) {
            continue;
        }
        if doc
            .nearest_cue(all.start(), all.end(), &[Cue::Event], 2, 0)
            .is_some()
        {
            out.push(Cand::new(
                Kind::Date,
                all.start(),
                all.end(),
                0.65,
                "short-date-cue",
            ));
        }
    }
}

/// "Colonoscopy booked for 14.03 at 9": a two-digit day and month joined by
/// a dot, day first, one or two words after an event cue. Not part of a
/// longer number, not a time ("at 10.30") or a measure ("14.03 mm").
fn dotted_day_month(doc: &Doc, out: &mut Vec<Cand>) {
    let found = if doc.gates.dotted() {
        digit_anchored_captures(&DOTTED_DM, doc.text, doc.gates.exotic, no_lead)
    } else {
        Vec::new()
    };
    for m in found {
        let (Some(all), Some(d), Some(mo)) = (m.get(0), m.get(1), m.get(2)) else {
            continue;
        };
        let (s, e) = (all.start(), all.end());
        let day_month = d
            .as_str()
            .parse::<u32>()
            .is_ok_and(|d| (1..=31).contains(&d))
            && mo
                .as_str()
                .parse::<u32>()
                .is_ok_and(|m| (1..=12).contains(&m));
        if !day_month || dotted_run(doc.text, s, e) || doc.text[..s].ends_with(['$', '£', '€']) {
            continue;
        }
        let next = doc.lower[e..]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric() && c != '%')
            .next()
            .unwrap_or("");
        let unit = next.starts_with('%')
            || matches!(
                next,
                "mm" | "cm"
                    | "mg"
                    | "ml"
                    | "kg"
                    | "g"
                    | "l"
                    | "mmol"
                    | "units"
                    | "hours"
                    | "hrs"
                    | "am"
                    | "pm"
                    | "h"
                    | "percent"
                    | "x"
            );
        let i = doc.word_index_at(s);
        let clock = i > 0 && matches!(doc.word(i - 1), "at" | "by" | "from" | "until" | "till");
        if unit || clock {
            continue;
        }
        if doc.nearest_cue(s, e, &[Cue::Event], 2, 0).is_some() {
            out.push(Cand::new(Kind::Date, s, e, 0.65, "dotted-day-month-cue"));
        }
    }
}

/// Part of a longer dotted number ("v3.2.1.12", "build 2.3.14.1"): a
/// version, not a date.
fn dotted_run(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].strip_suffix(['.', '/', '-']);
    let after = text[e..].strip_prefix(['.', '/', '-']);
    before.is_some_and(|b| b.ends_with(|c: char| c.is_ascii_alphanumeric()))
        || after.is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
}

/// Either month/day or day/month reading is a real calendar date.
fn plausible_dm(a: &str, b: &str) -> bool {
    let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
        return false;
    };
    let md = (1..=12).contains(&a) && (1..=31).contains(&b);
    let dm = (1..=12).contains(&b) && (1..=31).contains(&a);
    md || dm
}

#[cfg(test)]
mod tests {
    use super::super::Kind;

    use super::super::held;

    #[test]
    fn dates_and_ages() {
        let table: &[(&str, Kind, &str)] = &[
            (
                "My DOB is 02/23/1981 so the pharmacy",
                Kind::Date,
                "02/23/1981",
            ),
            ("born 23/02/1981 in Leeds", Kind::Date, "23/02/1981"),
            (
                "Admitted on 2024-07-22 and finally",
                Kind::Date,
                "2024-07-22",
            ),
            (
                "I was born September 1st, 1992 and this",
                Kind::Date,
                "September 1st, 1992",
            ),
            ("My surgery is on March 21 and I am", Kind::Date, "March 21"),
            (
                "my c-section is booked for the 14th of March",
                Kind::Date,
                "14th of March",
            ),
            ("Dischrage paperwork says 8/6/22, but", Kind::Date, "8/6/22"),
            ("My grandma turned 97 last month", Kind::AgeOver89, "97"),
            (
                "Caring for my 101 year old great aunt",
                Kind::AgeOver89,
                "101",
            ),
            ("At 95 she's still sharp", Kind::AgeOver89, "95"),
            ("Dad is 99 and still insists", Kind::AgeOver89, "99"),
            (
                "Nan is ninety-two and a legend",
                Kind::AgeOver89,
                "ninety-two",
            ),
            ("i'm 91 and still on the forum", Kind::AgeOver89, "91"),
            (
                "Her due date is July ninth, fingers crossed",
                Kind::Date,
                "July ninth",
            ),
            (
                "discharged on the twenty-second of november",
                Kind::Date,
                "twenty-second of november",
            ),
            ("Radiotherapy starts on 6 October", Kind::Date, "6 October"),
            (
                "Mi surgery set fi di 9th a March",
                Kind::Date,
                "9th a March",
            ),
        ];
        for (text, kind, span) in table {
            assert_eq!(held(text), vec![(*kind, span.to_string())], "{text}");
        }
    }

    #[test]
    fn not_dates_or_ages() {
        for text in [
            "Diagnosed in March 2019, three weeks ago, next Tuesday.",
            "BP 140/90, pain 7/10, Symbicort 160/4.5, MoCA 18/30, 24/7 care",
            "Resting heart rate was 96 and SpO2 drops to 94%.",
            "My husband and I are 82 and 66. It was 90°F today.",
            "Stiffness lasts about 92 minutes, I may 2x the dose",
            "I'm 45 and dad is 89.",
            "The FDA approved Leqembi on July 6, 2023 for early Alzheimer's.",
            "I may first ask my GP about it.",
            "The first of March is a long way off, we march first in the parade.",
            "The clinic is closed on 25 December and 1 January.",
        ] {
            assert!(held(text).is_empty(), "{text}: {:?}", held(text));
        }
    }
}
