//! Label-cued codes (MRN, member ID, account, licence, serial, plate, NHS,
//! SIN, ...) plus self-validating shapes that need no cue: VIN, MBI, DEA,
//! and IP addresses.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::allowlist;
use super::checksums;
use super::cues::Cue;
use super::numbers::standalone;
use super::search::{digit_anchored, find_if};
use super::text::{Cand, Doc};
use super::Kind;

/// Alphanumeric groups that each contain a digit, joined by a single space
/// or dash ("9EV8-G57-FH14", "518 657 4260", "W512893350").
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[ \-‐–\u{a0}][A-Za-z0-9]*\d[A-Za-z0-9]*)*(?:-[A-Z]{1,3}(?-u:\b))?",
    )
});
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)\d{1,3}(?:\.\d{1,3}){3}(?-u:\b)"));
static IPV6: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}"));
/// Plate after its cue: up to three short groups.
static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"^(?i:[\s:#,(]|(?-u:\b)(?:number|no|is|was|reads|says|of|it's|its)(?-u:\b)\.?)*([A-Za-z0-9]{1,8}(?:[ \-][A-Za-z0-9]{1,4}){0,2})(?-u:\b)",
    )
});

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
    plates(doc, out);
    ips(doc, out);
}

/// The identifier's characters without separators, uppercased.
fn compact(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Classifies one code candidate by its shape and the nearest fitting cue.
fn code(doc: &Doc, s: usize, e: usize, out: &mut Vec<Cand>) {
    let a = compact(&doc.text[s..e]);
    let digits = a.bytes().filter(u8::is_ascii_digit).count();
    if a.len() < 5 || digits < 3 || followed_by_unit(doc, e) || allowlist::is_public_number(&a) {
        return;
    }
    if let Some((kind, score, why)) = self_validating(&a) {
        out.push(Cand::new(kind, s, e, score, why));
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
            let score = if toll_free { 0.3 } else { score - penalty };
            out.push(Cand::new(kind, s, e, score, why));
            return;
        }
    }
}

/// 1-800-style numbers: helplines and businesses, not a person's phone.
fn toll_free_digits(a: &str) -> bool {
    let d = a.strip_prefix('1').filter(|r| r.len() == 10).unwrap_or(a);
    d.len() == 10 && allowlist::is_toll_free(&d[..3])
}

fn followed_by_unit(doc: &Doc, e: usize) -> bool {
    let i = doc.word_index_at(e);
    i < doc.words.len() && doc.words[i].start - e <= 2 && UNIT_WORDS.contains(&doc.word(i))
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

/// Licence plates right after a plate cue ("plate GHE 9828", "rego 1AB2CD").
fn plates(doc: &Doc, out: &mut Vec<Cand>) {
    for hit in doc.cues.iter().filter(|h| h.cue == Cue::Plate) {
        let rest = &doc.text[hit.end..];
        let Some(c) = PLATE.captures(rest).and_then(|c| c.get(1)) else {
            continue;
        };
        let (s, e) = trim_plate(doc.text, hit.end + c.start(), hit.end + c.end());
        let a = compact(&doc.text[s..e]);
        let digits = a.bytes().filter(u8::is_ascii_digit).count();
        if (4..=8).contains(&a.len()) && digits >= 1 && digits < a.len()
            || (5..=7).contains(&a.len()) && digits == a.len()
        {
            out.push(Cand::new(Kind::Vehicle, s, e, 0.85, "plate-cue"));
        }
    }
}

/// Drops trailing groups that are ordinary lowercase words ("ABC 123 last").
fn trim_plate(text: &str, s: usize, mut e: usize) -> (usize, usize) {
    while let Some(sp) = text[s..e].rfind([' ', '-']) {
        let tail = &text[s + sp + 1..e];
        let wordy = tail.chars().all(|c| c.is_ascii_lowercase())
            || tail.len() > 4 && !tail.chars().any(|c| c.is_ascii_digit());
        if !wordy {
            break;
        }
        e = s + sp;
    }
    (s, e)
}

/// IPv4/IPv6 addresses, validated by parsing; version strings are skipped.
fn ips(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.ipv4(), &IPV4, doc.text) {
        let before = doc.lower[..m.start()].trim_end();
        let versiony =
            before.ends_with('v') || before.ends_with("version") || before.ends_with("build");
        let extends = doc.text[m.end()..].starts_with('.')
            && doc.text[m.end()..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit());
        if !versiony && !extends && m.as_str().parse::<Ipv4Addr>().is_ok() {
            out.push(Cand::new(Kind::Ip, m.start(), m.end(), 0.9, "ipv4"));
        }
    }
    for m in find_if(doc.gates.ipv6(), &IPV6, doc.text) {
        let s = m.as_str();
        let groups = s.split(':').filter(|g| !g.is_empty()).count();
        if (groups >= 4 || s.contains("::") && groups >= 2) && s.parse::<Ipv6Addr>().is_ok() {
            out.push(Cand::new(Kind::Ip, m.start(), m.end(), 0.9, "ipv6"));
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
    fn cued_codes() {
        let table: &[(&str, Kind, &str)] = &[
            ("Wristband says MRN 7749115 and", Kind::Mrn, "7749115"),
            ("Patiet ID 01604887 is on every page", Kind::Mrn, "01604887"),
            (
                "Insurance card says member ID CZE349314364 but",
                Kind::HealthPlanId,
                "CZE349314364",
            ),
            (
                "My Medicare number is 9EV8-G57-FH14 and",
                Kind::HealthPlanId,
                "9EV8-G57-FH14",
            ),
            (
                "Acct # 7126-3505-75 on the bill",
                Kind::Account,
                "7126-3505-75",
            ),
            (
                "My NHS number is 943 476 5919 and",
                Kind::NationalId,
                "943 476 5919",
            ),
            (
                "my SIN 046 454 286 is on the form",
                Kind::NationalId,
                "046 454 286",
            ),
            ("Her NPI is 1234567893 if you", Kind::License, "1234567893"),
            (
                "My doctor's DEA number is AB1234563 on",
                Kind::License,
                "AB1234563",
            ),
            (
                "the pharmacy wanted my driver's license, Y8416255, to",
                Kind::License,
                "Y8416255",
            ),
            (
                "My pump serial number is NG8323324H and",
                Kind::Device,
                "NG8323324H",
            ),
            (
                "wheelchair van, VIN 1HGCM82633A004352, message me",
                Kind::Vehicle,
                "1HGCM82633A004352",
            ),
            (
                "placard for my car, plate GHE 9828, finally",
                Kind::Vehicle,
                "GHE 9828",
            ),
            ("my rego is 1AB 2CD", Kind::Vehicle, "1AB 2CD"),
            (
                "my OHIP health card 1234-567-890-AB",
                Kind::HealthPlanId,
                "1234-567-890-AB",
            ),
            (
                "router shows 66.130.11.33 as my IP",
                Kind::Ip,
                "66.130.11.33",
            ),
            (
                "IPv6 2001:db8:85a3::8a2e:370:7334 today",
                Kind::Ip,
                "2001:db8:85a3::8a2e:370:7334",
            ),
            (
                "my aadhaar 2345 6789 0123 was asked",
                Kind::NationalId,
                "2345 6789 0123",
            ),
        ];
        for (text, kind, span) in table {
            assert_eq!(held(text), vec![(*kind, span.to_string())], "{text}");
        }
    }

    #[test]
    fn not_codes() {
        for text in [
            "Billing code says K50.90, is that the same?",
            "My insurance covers 18 sessions and 10000 steps",
            "Updated to version 1.2.3.4 of the app",
            "Meeting at 12:30:45 today",
            "Dexcom G7 and Omnipod 5 on my Medicare plan",
            "Walked 12991 steps, policy says 30 days",
        ] {
            assert!(held(text).is_empty(), "{text}: {:?}", held(text));
        }
    }
}
