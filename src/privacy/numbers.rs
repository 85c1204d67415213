//! Shape rules for phone and fax numbers (US/CA, UK, IE, AU, IN and any
//! `+CC` number), dashed SSNs and payment cards. Cue-driven readings of bare
//! digit runs (NHS, SIN, MRN, ...) live in `codes`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::allowlist;
use super::checksums;
use super::cues::Cue;
use super::phone_shapes::phone_base;
use super::search::{digit_anchored, find_if};
use super::text::{Cand, Doc};
use super::Kind;

/// Digit groups joined by single separators, with optional `+CC` and
/// `(area)`. Unicode dashes count as separators.
static DIGIT_RUN: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?:\+\s?\d{1,3}[ .\-‐‑–—\u{a0}\u{202f}]?)?(?:\(\d{1,5}\)[ .\-‐‑–—\u{a0}\u{202f}]?)?\d{1,19}(?:(?:[ .\-‐‑–—\u{a0}\u{202f}]|\s-\s)\d{1,19}){0,15}",
    )
});

/// North American "area/exchange-line" ("415/555-0123", "(415)/555 0123").
static AREA_SLASH: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"\(?\d{3}\)?/\d{3}[-. ]?\d{4}"));

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
        card_shape(doc, m.start(), m.end(), &run, out);
    }
    area_slash(doc, out);
    spelled(doc, out);
}

/// "415/555-0123": the slash form of a North American number. The general
/// digit run stops at a slash (dates, fractions, doses), so this shape has its
/// own pattern; it is read as a formatted number.
fn area_slash(doc: &Doc, out: &mut Vec<Cand>) {
    let found = if doc.gates.slash() {
        digit_anchored(&AREA_SLASH, doc.text, doc.gates.exotic, |c| c == '(')
    } else {
        Vec::new()
    };
    for m in found {
        let (s, e) = (m.start(), m.end());
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '/');
        if glued(doc.text[..s].chars().next_back()) || glued(doc.text[e..].chars().next()) {
            continue;
        }
        let mut run = split_run(m.as_str());
        run.paren = true;
        run.groups = vec![3, 3, 4];
        phone(doc, s, e, &run, out);
    }
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
        && (!text[..s].ends_with(['.', '/', ':']) || after_label_colon(&text[..s]))
        && !text[e..].starts_with('/')
}

/// "MRN:44-8821-3", "fax:2125550148": a colon right after a word of two or
/// more letters is a label's, not part of a time, ratio or IPv6 address.
fn after_label_colon(before: &str) -> bool {
    let Some(head) = before.strip_suffix(':') else {
        return false;
    };
    let letters = head
        .chars()
        .rev()
        .take_while(char::is_ascii_alphabetic)
        .count();
    let prev = head.chars().rev().nth(letters);
    letters >= 2 && !prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == ':')
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
    let score = phone_base(run);
    if score == 0.0 {
        return;
    }
    let (kind, score) = cued_phone(doc, s, e, run, score);
    out.push(Cand::new(kind, s, e, score.min(0.95), "phone-shape"));
}

/// The kind and score of a phone-shaped run after its cues: a phone or fax
/// cue raises it, a nearer cue for another identifier lowers it, and
/// toll-free, helpline and organisation numbers stay below the hold line.
fn cued_phone(doc: &Doc, s: usize, e: usize, run: &Run, mut score: f32) -> (Kind, f32) {
    let n = run.digits.len();
    let area = if n == 11 && run.digits.starts_with('1') {
        &run.digits[1..4]
    } else {
        &run.digits[..3]
    };
    let phone_cue = doc.nearest_cue(s, e, &[Cue::Phone, Cue::Fax], 6, 4);
    let public_cue = doc.nearest_cue(s, e, &[Cue::Public], 6, 2);
    let other_cue = doc.nearest_cue(s, e, OTHER_ID_CUES, 6, 2);
    let mut kind = Kind::Phone;
    if let Some((cue, dist)) = phone_cue {
        if other_cue.is_none_or(|(_, od)| od >= dist) {
            score += 0.35;
            if cue == Cue::Fax {
                kind = Kind::Fax;
            }
        }
    } else if let Some((cue, _)) = sentence_phone_cue(doc, s, e) {
        // "Fax the referral letter and the discharge summary to ...": the
        // cue opens a longer sentence; it counts for less.
        if other_cue.is_none() {
            score += 0.2;
            if cue == Cue::Fax {
                kind = Kind::Fax;
            }
        }
    }
    if other_cue.is_some_and(|(_, od)| phone_cue.is_none_or(|(_, pd)| od < pd)) {
        score -= 0.4;
    }
    let public = public_cue.is_some_and(|(_, d)| phone_cue.is_none_or(|(_, pd)| d <= pd + 1));
    let toll_free = !run.plus && (n == 10 || n == 11) && allowlist::is_toll_free(area);
    // An Indian STD code and an 8-digit line ("033-24567890") is a
    // landline, not a UK 03xx organisation number (written 4-3-4).
    let indian_landline = run.groups == [3, 8];
    let organisation = allowlist::is_organisation_number(&run.digits, run.plus) && !indian_landline;
    if kind != Kind::Fax && (toll_free || public || organisation) {
        score = score.min(0.3);
    }
    (kind, score)
}

/// A phone or fax cue further back in the same sentence (7 to 14 words).
fn sentence_phone_cue(doc: &Doc, s: usize, e: usize) -> Option<(Cue, usize)> {
    doc.nearest_cue(s, e, &[Cue::Phone, Cue::Fax], 14, 0)
}

/// `ddd-dd-dddd` with one consistent separator and valid SSN ranges.
fn ssn_shape(s: usize, e: usize, run: &Run, out: &mut Vec<Cand>) {
    if run.groups != [3, 2, 4]
        || run.seps.len() != 2
        || run.seps[0] != run.seps[1]
        || !matches!(run.seps[0], '-' | ' ' | '.')
        || !checksums::ssn(&run.digits)
    {
        return;
    }
    let score = if run.seps[0] == '-' { 0.75 } else { 0.55 };
    out.push(Cand::new(Kind::Ssn, s, e, score, "ssn-shape"));
}

/// Words that make a long number an order or a reference, not a card.
const ORDER_WORDS: &[&str] = &[
    "order",
    "tracking",
    "confirmation",
    "reference",
    "ref",
    "invoice",
    "receipt",
    "ticket",
    "booking",
    "parcel",
    "shipment",
    "claim",
    "case",
];

/// 13-19 digits with a valid issuer prefix and Luhn check.
fn card_shape(doc: &Doc, s: usize, e: usize, run: &Run, out: &mut Vec<Cand>) {
    let g = run.groups.as_slice();
    let layout = g.len() == 1
        || g.iter().all(|x| *x == 4)
        || g == [4, 6, 5]
        || g == [4, 6, 4]
        || g == [8, 8];
    if layout && checksums::card(&run.digits) {
        out.push(Cand::new(Kind::CreditCard, s, e, 0.9, "card-luhn-iin"));
    } else if run.digits.len() == 16
        && checksums::luhn(&run.digits)
        && !doc.window_has(s.saturating_sub(40), s, ORDER_WORDS)
    {
        // Sixteen digits that pass Luhn carry their own proof even from an
        // issuer the prefix table lacks; typed as four fours, all the more.
        let score = if g == [4, 4, 4, 4] { 0.65 } else { 0.5 };
        out.push(Cand::new(Kind::CreditCard, s, e, score, "card-luhn"));
    }
}

#[cfg(test)]
#[path = "numbers_tests.rs"]
mod tests;
