//! Label-cued codes (MRN, member ID, account, licence, serial, plate, NHS,
//! SIN, ...) plus self-validating shapes that need no cue: VIN, MBI, DEA.
//! Plates and serials after their cue, IP addresses and IBANs have their
//! own modules, run from here.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::allowlist;
use super::checksums;
use super::cues::Cue;
use super::numbers::standalone;
use super::search::{digit_anchored, no_lead};
use super::text::{floor_boundary, Cand, Doc};
use super::Kind;

/// Alphanumeric groups that each contain a digit, joined by a single space
/// or dash ("9EV8-G57-FH14", "518 657 4260", "W512893350").
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[ \-‐–\u{a0}][A-Za-z0-9]*\d[A-Za-z0-9]*)*(?:-[A-Z]{1,3}(?-u:\b))?",
    )
});
/// Digits typed one by one with a separator ("2 - 1 - 5 - 1 - 9", "7.7.0.1"):
/// the code regex joins groups by one space or dash only.
static SPACED: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"\d(?:(?:\s?[.\-]\s?|\s)\d){5,18}"));

/// Every cue that can label a code.
const CODE_CUES: &[Cue] = &[
    Cue::Ssn,
    Cue::Sin,
    Cue::Nhs,
    Cue::NatId,
    Cue::Mrn,
    Cue::Plan,
    Cue::Account,
    Cue::Card,
    Cue::License,
    Cue::Dea,
    Cue::Npi,
    Cue::Vin,
    Cue::Device,
    Cue::Plate,
    Cue::Phone,
    Cue::Fax,
    Cue::Zip,
];

/// Words right after a number that make it a measurement, not an id.
#[rustfmt::skip]
const UNIT_WORDS: &[&str] = &[
    "mg", "mcg", "ml", "units", "unit", "iu", "lbs", "lb", "kg", "steps", "step", "copies",
    "cells", "bpm", "minutes", "mins", "hours", "hrs", "days", "weeks", "months", "years", "mmol",
    "ppb", "miles", "km", "calories", "kcal", "g", "pounds", "percent", "times", "pills",
    "tablets", "doses",
];

/// Runs the code detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    let codes = if doc.gates.code() {
        digit_anchored(&CODE, doc.text, doc.gates.exotic, |c| {
            c.is_ascii_alphanumeric()
        })
    } else {
        Vec::new()
    };
    for m in codes {
        if standalone(doc.text, m.start(), m.end()) {
            code(doc, m.start(), m.end(), out);
        }
    }
    let spaced = if doc.gates.code() {
        digit_anchored(&SPACED, doc.text, doc.gates.exotic, no_lead)
    } else {
        Vec::new()
    };
    for m in spaced {
        if standalone(doc.text, m.start(), m.end()) {
            code(doc, m.start(), m.end(), out);
        }
    }
    super::labelled::detect(doc, out);
    super::ips::detect(doc, out);
    super::banking::detect(doc, out);
}

/// The identifier's characters without separators, uppercased.
pub(crate) fn compact(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Classifies one code candidate by its shape and the nearest fitting cue.
fn code(doc: &Doc, s: usize, e: usize, out: &mut Vec<Cand>) {
    let a = compact(&doc.text[s..e]);
    let digits = a.bytes().filter(u8::is_ascii_digit).count();
    // A VIN may have as few as one digit; its check digit vouches for it.
    let vin = a.len() == 17 && checksums::vin(&a);
    if a.len() < 5
        || digits < 3 && !vin
        || followed_by_unit(doc, e)
        || dose_like(&doc.lower[s..e])
        || allowlist::is_public_number(&a)
    {
        return;
    }
    if let Some((kind, score, why)) = self_validating(&a) {
        out.push(Cand::new(kind, s, e, score, why));
    }
    if sort_code_and_account(&doc.text[s..e]) {
        out.push(Cand::new(Kind::Account, s, e, 0.7, "sort-code-account"));
    }
    let mut hits: Vec<(Cue, usize)> = CODE_CUES
        .iter()
        .filter_map(|c| doc.nearest_cue(s, e, &[*c], 8, 3))
        .collect();
    hits.sort_by_key(|h| h.1);
    for (cue, dist) in hits {
        if let Some((kind, score, why)) = by_cue(cue, &a, digits) {
            let penalty = if dist > 4 { 0.1 } else { 0.0 };
            let toll_free = matches!(kind, Kind::Phone) && toll_free_digits(&a);
            // A helpline named nearer than the phone cue: a public number.
            let public = matches!(kind, Kind::Phone)
                && doc
                    .nearest_cue(s, e, &[Cue::Public], 6, 2)
                    .is_some_and(|(_, d)| d <= dist + 1);
            // Organisations' numbers (1300/1800, 0300/0800) are not personal
            // phones or NHS numbers.
            let organisation = matches!(kind, Kind::Phone | Kind::NationalId)
                && allowlist::is_organisation_number(&a, false);
            // A failed checksum is only worth a hold with its cue close by.
            let unchecked_far = score <= 0.55 && dist >= 3;
            let score = if toll_free || public || organisation {
                0.3
            } else if unchecked_far {
                0.4
            } else {
                score - penalty
            };
            out.push(Cand::new(kind, s, e, score, why));
            return;
        }
    }
    if let Some((kind, score, why)) = far_cue(doc, s, &a, digits) {
        out.push(Cand::new(kind, s, e, score, why));
    }
}

/// Kinds whose cue may name the record a sentence or a clause before its value is given
/// ("The form wants my late father's social insurance number. It is ...").
const FAR_KINDS: &[Kind] = &[
    Kind::NationalId,
    Kind::License,
    Kind::HealthPlanId,
    Kind::Mrn,
    Kind::Device,
    Kind::CreditCard,
];
/// Words that hand over a value announced earlier: "... it is", "the new one reads".
const HANDING_OVER: &[&str] = &["is", "reads", "says", "shows", "was", "with", "its", "it's"];

/// Numbers that are not a person's, named between a far cue and a value ("the serial is
/// faded but the lot number is ..."): the value is theirs, not the cue's.
const OTHER_NUMBERS: &[&str] = &[
    "lot",
    "batch",
    "ref",
    "reference",
    "order",
    "invoice",
    "model",
    "version",
    "receipt",
    "ticket",
    "case",
    "claim",
    "tracking",
    "booking",
    "room",
    "bed",
    "extension",
    "ext",
];

/// A cue up to `FAR_WORDS` words back for a value the cue's format fits: across one sentence
/// break when the value's own check digit vouches for the kind ("... his social insurance
/// number. It is ..."), within its sentence when "is" or "reads" hands it over with no other
/// number between. Never past a word for another kind of number. Weaker than a cue beside
/// the value.
fn far_cue(doc: &Doc, s: usize, a: &str, digits: usize) -> Option<(Kind, f32, &'static str)> {
    const FAR_WORDS: usize = 20;
    let first = doc.word_index_at(s);
    // The nearest cue whose format the value fits ("my OHIP card ... reads": OHIP, not card).
    let (hit, breaks, (kind, score, why)) = doc
        .cues
        .iter()
        .rev()
        .filter(|h| h.end <= s && CODE_CUES.contains(&h.cue))
        .take_while(|h| first.saturating_sub(h.last_word + 1) <= FAR_WORDS)
        .map(|h| (h, breaks_between(doc, h.end, s)))
        .filter(|&(_, breaks)| breaks <= 1)
        .find_map(|(h, breaks)| by_cue(h.cue, a, digits).map(|r| (h, breaks, r)))?;
    let checked = score >= 0.95;
    let handed_over = (first > 0 && HANDING_OVER.contains(&doc.word(first - 1)))
        || doc.text[..s].trim_end().ends_with(':');
    let nothing_between = !doc.text[hit.end..s].bytes().any(|b| b.is_ascii_digit());
    let same_sentence = breaks == 0;
    let other_number = (hit.last_word + 1..first).any(|k| OTHER_NUMBERS.contains(&doc.word(k)));
    let fits = checked || same_sentence && handed_over && nothing_between;
    (FAR_KINDS.contains(&kind) && fits && !other_number).then_some((
        kind,
        if checked { 0.8 } else { 0.65 },
        why,
    ))
}

/// Sentence or paragraph breaks in `text[a..b]`.
fn breaks_between(doc: &Doc, a: usize, b: usize) -> usize {
    doc.text[a..b]
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '?' | '!' | '\n')
                && doc.has_break(a + i, floor_boundary(doc.text, (a + i + 3).min(b)))
        })
        .count()
}

/// A UK sort code and an account number typed together ("20-32-06 12345678").
fn sort_code_and_account(raw: &str) -> bool {
    let groups: Vec<usize> = raw
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .map(str::len)
        .collect();
    groups == [2, 2, 2, 8] && raw.contains('-')
}

/// 1-800-style numbers: helplines and businesses, not a person's phone.
fn toll_free_digits(a: &str) -> bool {
    let d = a.strip_prefix('1').filter(|r| r.len() == 10).unwrap_or(a);
    d.len() == 10 && allowlist::is_toll_free(&d[..3])
}

pub(crate) fn followed_by_unit(doc: &Doc, e: usize) -> bool {
    let i = doc.word_index_at(e);
    i < doc.words.len() && doc.words[i].start - e <= 2 && UNIT_WORDS.contains(&doc.word(i))
}

/// "500mg", "2.5ml": a dose glued to its unit (printed on a pharmacy sticker), not an id.
pub(crate) fn dose_like(lower: &str) -> bool {
    let unit = lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    unit.len() < lower.len()
        && matches!(
            unit,
            "mg" | "mcg" | "ml" | "g" | "iu" | "units" | "kg" | "mmol" | "mg/ml"
        )
}

/// Shapes strong enough on their own: VIN check digit, MBI layout, DEA
/// checksum (weaker: 1 in 10 random letter-digit strings pass).
fn self_validating(a: &str) -> Option<(Kind, f32, &'static str)> {
    let letters = a.bytes().any(|b| b.is_ascii_alphabetic());
    if a.len() == 17 && letters && checksums::vin(a) {
        return Some((Kind::Vehicle, 0.95, "vin-check"));
    }
    if checksums::mbi(a) {
        return Some((Kind::HealthPlanId, 0.9, "mbi-layout"));
    }
    if checksums::dea(a) {
        return Some((Kind::License, 0.55, "dea-check"));
    }
    None
}

/// The reading a cue gives a code, if the code fits that cue's format.
fn by_cue(cue: Cue, a: &str, digits: usize) -> Option<(Kind, f32, &'static str)> {
    let all_digits = digits == a.len();
    let n = a.len();
    let r = match cue {
        Cue::Ssn if all_digits && n == 9 => (
            Kind::Ssn,
            if checksums::ssn(a) { 0.95 } else { 0.55 },
            "ssn-cue",
        ),
        Cue::Sin if all_digits && n == 9 => (
            Kind::NationalId,
            if checksums::luhn(a) { 0.95 } else { 0.55 },
            "sin-cue",
        ),
        Cue::Nhs if all_digits && n == 10 => (
            Kind::NationalId,
            if checksums::nhs(a) { 0.95 } else { 0.55 },
            "nhs-cue",
        ),
        Cue::NatId if (6..=14).contains(&n) && digits >= 5 => {
            (Kind::NationalId, 0.85, "national-id-cue")
        }
        Cue::Mrn if (5..=20).contains(&n) && digits >= 4 => (Kind::Mrn, 0.9, "mrn-cue"),
        Cue::Plan if (6..=20).contains(&n) && digits >= 4 => (Kind::HealthPlanId, 0.9, "plan-cue"),
        Cue::Account if (6..=34).contains(&n) && digits >= 5 => (Kind::Account, 0.9, "account-cue"),
        Cue::Card if all_digits && (13..=19).contains(&n) => (
            Kind::CreditCard,
            if checksums::luhn(a) { 0.95 } else { 0.55 },
            "card-cue",
        ),
        Cue::Dea if n == 9 => (
            Kind::License,
            if checksums::dea(a) { 0.95 } else { 0.6 },
            "dea-cue",
        ),
        Cue::Npi if all_digits && n == 10 => (
            Kind::License,
            if checksums::npi(a) { 0.95 } else { 0.6 },
            "npi-cue",
        ),
        Cue::License if (5..=20).contains(&n) && digits >= 4 => {
            (Kind::License, 0.85, "licence-cue")
        }
        Cue::Vin if n == 17 => (Kind::Vehicle, 0.85, "vin-cue"),
        Cue::Device if (5..=24).contains(&n) && digits >= 3 => (Kind::Device, 0.85, "serial-cue"),
        Cue::Plate if (4..=8).contains(&n) => (Kind::Vehicle, 0.85, "plate-cue"),
        Cue::Phone if all_digits && (10..=13).contains(&n) => {
            (Kind::Phone, 0.8, "phone-cue-digits")
        }
        Cue::Fax if all_digits && (10..=13).contains(&n) => (Kind::Fax, 0.8, "fax-cue-digits"),
        Cue::Zip if all_digits && (n == 5 || n == 6 || n == 9) => (Kind::Zip, 0.85, "zip-cue"),
        _ => return None,
    };
    Some(r)
}

#[cfg(test)]
#[path = "codes_tests.rs"]
mod tests;
