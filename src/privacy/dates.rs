//! Calendar dates tied to a person (birth, admission, surgery, due date)
//! and ages of 90 or more. Years alone, months alone, weekdays and relative
//! dates are never findings; day+month without a year needs an event cue.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::cues::Cue;
use super::search::{captures_if, digit_anchored_captures, no_lead};
use super::text::{Cand, Doc};
use super::Kind;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// "March 21", "Sept. 3rd, 2022", "21 March 2022", "the 14th of March".
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(&format!(
        r"(?i)(?-u:\b)({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(,?\s+(?:\d{{4}}|'\d{{2}})(?-u:\b))?"
    ))
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})(?-u:\b)\.?(,?\s+\d{{4}}(?-u:\b))?"
    ))
});
/// 04/12/1961, 8/6/22, 12.03.2021, 2024-07-22.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?-u:\b)(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})(?-u:\b)|(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)",
    )
});
/// 3/14 with no year: only next to an event cue.
static SHORT: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)(\d{1,2})/(\d{1,2})(?-u:\b)"));

const AGE: &str = r"(9\d|1[01]\d|ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred(?:\s+and\s+\w+)?)";
static AGES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(r"(?i)(?-u:\b){AGE}(?:\s*-\s*|\s+)(?:years?|yrs?|yr)(?:\s*-\s*|\s+)old(?-u:\b)"),
        format!(r"(?i)(?-u:\b){AGE}\s*(?:yo|y/o|y\.o\.)(?:(?-u:\b)|\s|$)"),
        format!(r"(?i)(?-u:\b)(?:aged?|age:)\s*{AGE}(?-u:\b)"),
        format!(r"(?i)(?-u:\b){AGE}(?:st|nd|rd|th)?\s+birthday(?-u:\b)"),
        format!(r"(?i)(?-u:\b)(?:turned|turns|turning|reached|hit)\s+{AGE}(?-u:\b)"),
        format!(r"(?i)(?-u:\b)(?:i'm|i’m|i\s+am)\s+(?:now\s+)?{AGE}(?-u:\b)"),
        format!(r"(?i)(?-u:\b)at\s+{AGE},?\s+(?:she|he|i|my|mom|mum|dad|they)(?-u:\b)"),
        format!(r"(?i)(?-u:\b)(?:mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|nan|nana|nanna|gran|granny|grandad|granddad|papa|husband|wife|aunt|uncle|he|she|who|patient|neighbou?r|friend|sister|brother|mil|fil)(?:'s|’s|\s+is|\s+was|\s+will\s+be)\s+(?:now\s+|almost\s+|nearly\s+)?{AGE}(?-u:\b)"),
    ]
    .iter()
    .map(|r| constant_regex(r))
    .collect()
});

/// Runs the date and age detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for m in captures_if(doc.gates.month_date(), &MONTH_FIRST, doc.text) {
        let (Some(all), Some(day)) = (m.get(0), m.get(2)) else {
            continue;
        };
        if valid_day(day.as_str()) && !is_modal_may(doc, &m) {
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
    numeric(doc, out);
    ages(doc, out);
}

fn valid_day(d: &str) -> bool {
    d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// "I may 2x my dose": lowercase "may" without a following ordinal or year is
/// the verb, not the month.
fn is_modal_may(doc: &Doc, m: &regex::Captures) -> bool {
    let Some(mon) = m.get(1) else { return false };
    mon.as_str() == "may" && m.get(3).is_none() && !doc.all_lower
}

const PUBLIC_DATE_WORDS: &[&str] = &[
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

/// Full dates are strong; day+month alone needs an event cue nearby.
fn push_date(doc: &Doc, s: usize, e: usize, has_year: bool, out: &mut Vec<Cand>) {
    let cue = doc.nearest_cue(s, e, &[Cue::Event], 10, 4);
    // News and study dates ("the FDA approved it on July 6, 2023") are
    // public, not about the poster.
    if cue.is_none() && doc.window_has(s.saturating_sub(60), s, PUBLIC_DATE_WORDS) {
        out.push(Cand::new(Kind::Date, s, e, 0.3, "public-date"));
        return;
    }
    let score = match (has_year, cue.is_some()) {
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
        let ok = if let (Some(a), Some(s1), Some(b), Some(s2)) =
            (c.get(1), c.get(2), c.get(3), c.get(4))
        {
            s1.as_str() == s2.as_str() && plausible_dm(a.as_str(), b.as_str())
        } else {
            c.get(7)
                .zip(c.get(8))
                .is_some_and(|(mo, d)| plausible_dm(mo.as_str(), d.as_str()))
        };
        if ok {
            push_date(doc, all.start(), all.end(), true, out);
        }
    }
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

/// Either month/day or day/month reading is a real calendar date.
fn plausible_dm(a: &str, b: &str) -> bool {
    let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
        return false;
    };
    let md = (1..=12).contains(&a) && (1..=31).contains(&b);
    let dm = (1..=12).contains(&b) && (1..=31).contains(&a);
    md || dm
}

/// Ages of 90+; the span is the number (or number words) only.
fn ages(doc: &Doc, out: &mut Vec<Cand>) {
    for re in AGES.iter() {
        for c in captures_if(doc.gates.age(), re, doc.text) {
            let Some(n) = c.get(1) else { continue };
            let after = doc.lower[n.end()..].trim_start();
            let unit = [
                "%", "°", "mg", "lb", "kg", "bpm", "min", "degree", "pound", "percent", "mmhg", "/",
            ]
            .iter()
            .any(|u| after.starts_with(u));
            if !unit {
                out.push(Cand::new(
                    Kind::AgeOver89,
                    n.start(),
                    n.end(),
                    0.85,
                    "age-over-89",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{scan, Kind, DEFAULT_THRESHOLD};

    fn held(text: &str) -> Vec<(Kind, String)> {
        scan(text)
            .into_iter()
            .filter(|f| f.score >= DEFAULT_THRESHOLD)
            .map(|f| {
                (
                    f.kind,
                    text.chars().skip(f.start).take(f.end - f.start).collect(),
                )
            })
            .collect()
    }

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
        ] {
            assert!(held(text).is_empty(), "{text}: {:?}", held(text));
        }
    }
}
