//! Privacy-identifier scanner for forum posts.
//!
//! `scan` finds HIPAA Safe-Harbor style identifiers (names, contact details,
//! record and account numbers, dates tied to a person, ...) with deterministic
//! rules: compiled-once regexes, checksum validation and nearby cue words.
//! Each finding carries a score in 0..=1; a post is held for moderation when
//! any finding reaches the threshold (`should_hold`).

mod address;
mod ages;
mod allowlist;
mod banking;
mod checksums;
mod codes;
mod contact;
mod cue_lookup;
mod cue_phrases;
mod cues;
mod dates;
mod fast;
#[cfg(test)]
mod gate_props;
mod gates;
mod ips;
#[cfg(test)]
mod issue13_tests;
mod jsonl;
mod labelled;
mod name_cues;
mod name_lists;
mod name_lower;
mod name_norm;
mod name_runs;
mod name_shapes;
mod names;
mod numbers;
mod ordinal_days;
mod phone_shapes;
#[cfg(test)]
mod props;
#[cfg(test)]
mod round2_tests;
#[cfg(test)]
mod round3_tests;
#[cfg(test)]
mod round5_tests;
#[cfg(test)]
mod round6_tests;
#[cfg(test)]
mod round7_tests;
mod search;
#[cfg(test)]
mod tests_tools;
mod text;
#[cfg(test)]
mod voices_tests;
mod zips;

use serde::Serialize;

pub use jsonl::scan_jsonl;

/// Identifier kinds, serialised as SCREAMING_SNAKE_CASE (`"AGE_OVER_89"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Kind {
    Name,
    Address,
    Zip,
    Date,
    #[serde(rename = "AGE_OVER_89")]
    AgeOver89,
    Phone,
    Fax,
    Email,
    Ssn,
    Mrn,
    HealthPlanId,
    Account,
    CreditCard,
    License,
    Vehicle,
    Device,
    Url,
    Ip,
    NationalId,
}

impl Kind {
    /// The kind's wire name, identical to its serde serialisation.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "NAME",
            Kind::Address => "ADDRESS",
            Kind::Zip => "ZIP",
            Kind::Date => "DATE",
            Kind::AgeOver89 => "AGE_OVER_89",
            Kind::Phone => "PHONE",
            Kind::Fax => "FAX",
            Kind::Email => "EMAIL",
            Kind::Ssn => "SSN",
            Kind::Mrn => "MRN",
            Kind::HealthPlanId => "HEALTH_PLAN_ID",
            Kind::Account => "ACCOUNT",
            Kind::CreditCard => "CREDIT_CARD",
            Kind::License => "LICENSE",
            Kind::Vehicle => "VEHICLE",
            Kind::Device => "DEVICE",
            Kind::Url => "URL",
            Kind::Ip => "IP",
            Kind::NationalId => "NATIONAL_ID",
        }
    }
}

/// One detected identifier.
///
/// `start`/`end` are Unicode scalar value offsets (as counted by `chars()`),
/// end exclusive, covering the identifier only (not its cue word).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub score: f32,
    /// Short machine-readable explanation of the rule that fired.
    #[serde(skip)]
    pub reason: &'static str,
}

/// Score at or above which a finding causes a post to be held.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// Finds identifiers in `text`, sorted by start; overlapping findings are
/// merged, keeping the highest-scoring kind over their combined span.
pub fn scan(text: &str) -> Vec<Finding> {
    findings(&text::Doc::new(text))
}

/// For table tests: what a scan at the default threshold holds in `text`, each finding's kind
/// with the characters it covers.
#[cfg(test)]
pub(crate) fn held(text: &str) -> Vec<(Kind, String)> {
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

/// The ungated scan: every regex runs over the whole text.
#[cfg(test)]
pub(crate) fn scan_ungated(text: &str) -> Vec<Finding> {
    findings(&text::Doc::ungated(text))
}

fn findings(doc: &text::Doc) -> Vec<Finding> {
    let mut raw: Vec<text::Cand> = Vec::new();
    contact::detect(doc, &mut raw);
    numbers::detect(doc, &mut raw);
    codes::detect(doc, &mut raw);
    dates::detect(doc, &mut raw);
    names::detect(doc, &mut raw);
    let merged = merge(raw);
    merged
        .into_iter()
        .map(|c| Finding {
            kind: c.kind,
            start: doc.char_at(c.start),
            end: doc.char_at(c.end),
            score: c.score.clamp(0.0, 1.0),
            reason: c.reason,
        })
        .collect()
}

/// Whether a 10-digit string is a valid US NPI (check digit over the "80840" prefix).
pub fn valid_npi(digits: &str) -> bool {
    digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()) && checksums::npi(digits)
}

/// True when any finding has `score >= threshold`.
pub fn should_hold(findings: &[Finding], threshold: f32) -> bool {
    findings.iter().any(|f| f.score >= threshold)
}

/// Merges overlapping candidates (byte spans). The winner's kind is the
/// highest-scoring one. Spans of two held-strength readings are united so a
/// finding covers everything flagged there; a weak reading (below the
/// default threshold) never widens a stronger one, and is replaced whole by
/// a stronger overlapping one.
fn merge(mut raw: Vec<text::Cand>) -> Vec<text::Cand> {
    raw.retain(|c| c.score > 0.0 && c.end > c.start);
    raw.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<text::Cand> = Vec::with_capacity(raw.len());
    for c in raw {
        match out.last_mut() {
            Some(last) if c.start < last.end => {
                if c.score > last.score && last.score < DEFAULT_THRESHOLD {
                    *last = c;
                } else if c.score > last.score {
                    last.end = last.end.max(c.end);
                    (last.kind, last.score, last.reason) = (c.kind, c.score, c.reason);
                } else if c.score >= DEFAULT_THRESHOLD {
                    last.end = last.end.max(c.end);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, must be held at the default threshold)
    const CASES: &[(&str, bool)] = &[
        ("Call me at (376) 369-9368 after 6pm.", true),
        ("My NHS number is 943 476 5919 and the GP has it.", true),
        (
            "Took 500 mg Metformin, A1C 7.2%, BP 140/90, pain 7/10.",
            false,
        ),
        (
            "Call 988 or 911, or poison control at 1-800-222-1222.",
            false,
        ),
        (
            "Diagnosed with Crohn's in 2019, seeing my GI at Mayo Clinic next Tuesday.",
            false,
        ),
        ("My mum turned 93 last week 🎂", true),
        ("I'm 45 and my dad is 82.", false),
        (
            "Good info on cancer.gov and diabetes.org, trial NCT04280705.",
            false,
        ),
        // UK, Irish, Canadian, Indian and Australian voices.
        (
            "Hiya, NHS no 943 476 5919 is on my letter. Cheers, Siobhan",
            true,
        ),
        (
            "Ring 111 or the Samaritans on 116 123, or 999 in an emergency.",
            false,
        ),
        ("Nan lives at 14 Rosebery Crescent, Glasgow G12 8QQ.", true),
        (
            "Waited 14 hours in A&E at the Royal London, HbA1c 48 mmol/mol.",
            false,
        ),
        (
            "Moved to Calgary, my SIN is 046 454 286 and Service Canada wants it.",
            true,
        ),
        ("In Canada call 811 for Health Link, eGFR 45 ml/min.", false),
        (
            "You can whatsapp me on +91 98765 43210 for the diet chart.",
            true,
        ),
        (
            "Emergency number in India is 112, ambulance 108, consult was ₹1,200.",
            false,
        ),
        ("G'day, ring me on 0412 345 678 after the footy.", true),
        (
            "Ring 000 if it's an emergency, or Lifeline on 13 11 14.",
            false,
        ),
        ("born 14/03/1987 and diagnosed at 30", true),
        (
            "Started Ozempic 0.25 mg on 1 Jan and lost 4 kg by Feb.",
            false,
        ),
        (
            "My consultant Mr Alistair Hamilton said the scan was clear.",
            true,
        ),
        (
            "Eli Lilly and Novo Nordisk make GLP-1s; Beverly Hills rheum is great.",
            false,
        ),
    ];

    #[test]
    fn hold_decisions() {
        for (text, want) in CASES {
            let f = scan(text);
            assert_eq!(
                should_hold(&f, DEFAULT_THRESHOLD),
                *want,
                "{text:?} -> {f:?}"
            );
        }
    }

    #[test]
    fn offsets_are_chars_after_emoji_and_accents() {
        let text = "😀 Zoë écrit: email me at zoé.x@example.com";
        let f = scan(text);
        let e = f.iter().find(|f| f.kind == Kind::Email).expect("email");
        let got: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(got, "zoé.x@example.com");
    }

    #[test]
    fn kind_names_match_serde() {
        for k in [
            Kind::AgeOver89,
            Kind::HealthPlanId,
            Kind::NationalId,
            Kind::CreditCard,
        ] {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
    }

    #[test]
    fn findings_sorted_and_disjoint() {
        let f = scan("SSN 123-45-6789, phone 212-555-0199, email a.b@gmail.com");
        assert!(f.len() >= 3);
        for w in f.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn merge_keeps_best_kind() {
        let a = text::Cand::new(Kind::Phone, 0, 10, 0.6, "a");
        let b = text::Cand::new(Kind::NationalId, 0, 12, 0.9, "b");
        let m = merge(vec![a, b]);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].kind, m[0].end), (Kind::NationalId, 12));
        let weak = text::Cand::new(Kind::Zip, 0, 20, 0.2, "weak");
        let strong = text::Cand::new(Kind::Phone, 5, 15, 0.9, "strong");
        let m = merge(vec![weak, strong]);
        assert_eq!((m[0].kind, m[0].start, m[0].end), (Kind::Phone, 5, 15));
    }
}
