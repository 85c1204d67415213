//! Shape rules for phone and fax numbers (US/CA, UK, IE, AU, IN and any
//! `+CC` number), dashed SSNs and payment cards. Cue-driven readings of bare
//! digit runs (NHS, SIN, MRN, ...) live in `codes`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::allowlist;
use super::checksums;
use super::cues::Cue;
use super::search::{digit_anchored, find_if};
use super::text::{Cand, Doc};
use super::Kind;

/// Digit groups joined by single separators, with optional `+CC` and
/// `(area)`. Unicode dashes count as separators.
static DIGIT_RUN: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?:\+\s?\d{1,3}[ .\-‐‑–—\u{a0}\u{202f}]?)?(?:\(\d{1,5}\)[ .\-‐‑–—\u{a0}\u{202f}]?)?\d{1,6}(?:(?:[ .\-‐‑–—\u{a0}\u{202f}]|\s-\s)\d{1,6}){0,7}",
    )
});

/// Seven or more spelled-out digits ("five five five, two one two ...").
static SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    let d = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)";
    constant_regex(&format!(r"(?i)(?-u:\b){d}(?:[\s,.-]+{d}){{6,}}(?-u:\b)"))
});

/// Cues that announce some other kind of number; when one of them is the
/// nearest cue, a phone reading is unlikely.
const OTHER_ID_CUES: &[Cue] = &[
    Cue::Ssn,
    Cue::Sin,
    Cue::Nhs,
    Cue::NatId,
    Cue::Mrn,
    Cue::Plan,
    Cue::Account,
    Cue::Card,
    Cue::License,
    Cue::Npi,
    Cue::Dea,
    Cue::Device,
    Cue::Zip,
];

/// A digit run split into its pieces.
pub(crate) struct Run {
    pub digits: String,
    pub groups: Vec<usize>,
    pub plus: bool,
    pub paren: bool,
    pub seps: Vec<char>,
}

/// Splits a matched digit run into digits, group lengths and separators.
pub(crate) fn split_run(s: &str) -> Run {
    let mut run = Run {
        digits: String::new(),
        groups: Vec::new(),
        plus: s.starts_with('+'),
        paren: s.contains('('),
        seps: Vec::new(),
    };
    let mut cur = 0;
    for c in s.chars() {
        if c.is_ascii_digit() {
            run.digits.push(c);
            cur += 1;
        } else if cur > 0 {
            run.groups.push(cur);
            cur = 0;
            if !c.is_whitespace() || !run.seps.last().is_some_and(|l| l.is_whitespace()) {
                run.seps.push(c);
            }
        }
    }
    if cur > 0 {
        run.groups.push(cur);
    }
    run
}

/// Runs the shape detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    let runs = if doc.gates.digit_run() {
        digit_anchored(&DIGIT_RUN, doc.text, doc.gates.exotic, |c| {
            c == '+' || c == '(' || c.is_whitespace()
        })
    } else {
        Vec::new()
    };
    for m in runs {
        if !standalone(doc.text, m.start(), m.end()) {
            continue;
        }
        let run = split_run(m.as_str());
        phone(doc, m.start(), m.end(), &run, out);
        ssn_shape(m.start(), m.end(), &run, out);
        card_shape(m.start(), m.end(), &run, out);
    }
    spelled(doc, out);
}

/// Spelled-out phone numbers: ten or more digit words, or seven-plus next
/// to a phone cue.
fn spelled(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.spelled_digits(), &SPELLED, doc.text) {
        let n = m
            .as_str()
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .count();
        let cue = doc.nearest_cue(m.start(), m.end(), &[Cue::Phone, Cue::Fax], 6, 3);
        if n >= 10 || cue.is_some() {
            let kind = if cue.is_some_and(|c| c.0 == Cue::Fax) {
                Kind::Fax
            } else {
                Kind::Phone
            };
            out.push(Cand::new(kind, m.start(), m.end(), 0.75, "spelled-digits"));
        }
    }
}

/// The run is not glued to letters or other digits/decimals (so it is not
/// part of a code, a version string or an IP address).
pub(crate) fn standalone(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let dotted = |c: Option<char>, rest: &str| {
        c == Some('.') && rest.chars().nth(1).is_some_and(|d| d.is_ascii_digit())
    };
    !glued(before)
        && !glued(after)
        && !dotted(after, &text[e..])
        && !text[..s].ends_with(['.', '/', ':'])
        && !text[e..].starts_with('/')
}

/// Base plausibility of a digit run as a phone number, before cues.
fn phone_base(run: &Run) -> f32 {
    let d = run.digits.as_str();
    let g = run.groups.as_slice();
    let n = d.len();
    if run.plus {
        let nanp = d.starts_with('1') && n == 11;
        return if nanp || (9..=14).contains(&n) {
            0.85
        } else {
            0.0
        };
    }
    let nanp_formatted = run.paren || g == [3, 3, 4] || g == [1, 3, 3, 4];
    if n == 10 || (n == 11 && d.starts_with('1')) {
        let area = if n == 11 { &d[1..4] } else { &d[..3] };
        if area.starts_with('0') || area.starts_with('1') {
            return intl_national(d, g);
        }
        return if nanp_formatted {
            0.8
        } else {
            intl_national(d, g).max(0.25)
        };
    }
    intl_national(d, g)
}

/// UK, Irish, Australian and Indian national layouts.
fn intl_national(d: &str, g: &[usize]) -> f32 {
    let n = d.len();
    let grouped = g.len() >= 2;
    if n == 11
        && (d.starts_with("07")
            || d.starts_with("01")
            || d.starts_with("02")
            || d.starts_with("03"))
    {
        return if grouped { 0.65 } else { 0.3 };
    }
    if n == 10
        && (d.starts_with("04")
            || d.starts_with("08")
            || d.starts_with("02")
            || d.starts_with("03"))
    {
        return if grouped { 0.6 } else { 0.3 };
    }
    if n == 10 && d.starts_with(['6', '7', '8', '9']) && g == [5, 5] {
        return 0.45;
    }
    if n == 7 && g == [3, 4] {
        return 0.2;
    }
    if (9..=11).contains(&n) && grouped && !g.contains(&1) {
        return 0.15;
    }
    0.0
}

/// Phone/fax reading of a digit run, adjusted by nearby cues.
fn phone(doc: &Doc, s: usize, e: usize, run: &Run, out: &mut Vec<Cand>) {
    let n = run.digits.len();
    if !(7..=15).contains(&n) || allowlist::is_public_number(&run.digits) {
        return;
    }
    if run.seps.iter().filter(|c| **c == '.').count() == 3
        && run.groups.len() == 4
        && run.groups.iter().all(|g| *g <= 3)
    {
        return; // IPv4 shape
    }
    let mut score = phone_base(run);
    if score == 0.0 {
        return;
    }
    let area = if n == 11 && run.digits.starts_with('1') {
        &run.digits[1..4]
    } else {
        &run.digits[..3]
    };
    let phone_cue = doc.nearest_cue(s, e, &[Cue::Phone, Cue::Fax], 6, 4);
    let other_cue = doc.nearest_cue(s, e, OTHER_ID_CUES, 6, 2);
    let mut kind = Kind::Phone;
    if let Some((cue, dist)) = phone_cue {
        let closer_other = other_cue.is_some_and(|(_, od)| od < dist);
        if !closer_other {
            score += 0.35;
            if cue == Cue::Fax {
                kind = Kind::Fax;
            }
        }
    }
    if other_cue.is_some_and(|(_, od)| phone_cue.is_none_or(|(_, pd)| od < pd)) {
        score -= 0.4;
    }
    if !run.plus && (n == 10 || n == 11) && allowlist::is_toll_free(area) && kind != Kind::Fax {
        score = score.min(0.3);
    }
    out.push(Cand::new(kind, s, e, score.min(0.95), "phone-shape"));
}

/// `ddd-dd-dddd` with one consistent separator and valid SSN ranges.
fn ssn_shape(s: usize, e: usize, run: &Run, out: &mut Vec<Cand>) {
    if run.groups != [3, 2, 4]
        || run.seps.len() != 2
        || run.seps[0] != run.seps[1]
        || !checksums::ssn(&run.digits)
    {
        return;
    }
    let score = if run.seps[0] == '-' { 0.75 } else { 0.55 };
    out.push(Cand::new(Kind::Ssn, s, e, score, "ssn-shape"));
}

/// 13-19 digits with a valid issuer prefix and Luhn check.
fn card_shape(s: usize, e: usize, run: &Run, out: &mut Vec<Cand>) {
    let g = run.groups.as_slice();
    let layout = g.len() == 1 || g.iter().all(|x| *x == 4) || g == [4, 6, 5] || g == [4, 6, 4];
    if layout && checksums::card(&run.digits) {
        out.push(Cand::new(Kind::CreditCard, s, e, 0.9, "card-luhn-iin"));
    }
}

#[cfg(test)]
mod tests {
    use super::super::{scan, Kind, DEFAULT_THRESHOLD};

    fn best(text: &str) -> Option<(Kind, String)> {
        scan(text)
            .into_iter()
            .filter(|f| f.score >= DEFAULT_THRESHOLD)
            .map(|f| {
                (
                    f.kind,
                    text.chars().skip(f.start).take(f.end - f.start).collect(),
                )
            })
            .next()
    }

    #[test]
    fn phones_and_faxes() {
        let table: &[(&str, Option<(Kind, &str)>)] = &[
            (
                "Call me at (376) 369-9368 after 6pm",
                Some((Kind::Phone, "(376) 369-9368")),
            ),
            (
                "my cell is 543.396.9988 thanks",
                Some((Kind::Phone, "543.396.9988")),
            ),
            (
                "ring me on 07700 900123 tonight",
                Some((Kind::Phone, "07700 900123")),
            ),
            (
                "my mobile +44 7700 900123",
                Some((Kind::Phone, "+44 7700 900123")),
            ),
            (
                "call my son on +91 98765 43210",
                Some((Kind::Phone, "+91 98765 43210")),
            ),
            (
                "text me 0412 345 678 (Aussie mobile)",
                Some((Kind::Phone, "0412 345 678")),
            ),
            (
                "My work fax is 1-275-402-8299 if easier",
                Some((Kind::Fax, "1-275-402-8299")),
            ),
            ("call me: 5551234567", Some((Kind::Phone, "5551234567"))),
            (
                "my number is five five five, two one two, three four five six",
                Some((
                    Kind::Phone,
                    "five five five, two one two, three four five six",
                )),
            ),
            ("one or two, maybe three or four", None),
            ("poison control is 1-800-222-1222", None),
            ("the nurse line is 1-888-555-0100", None),
            ("BP 140/90, A1C 7.2, 12.5 mg, $13.50", None),
            ("walked 12991 steps and 3,672 more", None),
        ];
        for (text, want) in table {
            let got = best(text);
            let want = want.map(|(k, s)| (k, s.to_string()));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn ssn_and_cards() {
        let table: &[(&str, Option<Kind>)] = &[
            ("form with 424-60-7573 on it", Some(Kind::Ssn)),
            (
                "paid with 4111 1111 1111 1111 today",
                Some(Kind::CreditCard),
            ),
            ("number 666-12-3456 is invalid", None),
            ("order 1234 5678 1234 5670", None),
        ];
        for (text, want) in table {
            assert_eq!(best(text).map(|b| b.0), *want, "{text}");
        }
    }
}
