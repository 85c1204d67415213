//! The privacy filter applied to a post: which spans hold it, and in which field.

use serde::{Deserialize, Serialize};

use crate::privacy;

/// The part of a post a finding lies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Body,
}

/// A finding as stored with the post: its place and kind, never the identifier's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredFinding {
    pub field: Field,
    pub kind: String,
    /// Offsets in characters (Unicode scalar values) into the field's text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub score: f32,
}

/// The outcome of scanning a post before it is saved.
#[derive(Debug, Default)]
pub struct Screening {
    pub findings: Vec<StoredFinding>,
}

impl Screening {
    /// Whether the post must wait for a moderator.
    pub fn holds(&self) -> bool {
        !self.findings.is_empty()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.findings).unwrap_or_else(|_| "[]".into())
    }

    /// The distinct kinds found, for the audit log ("PHONE,NAME"): kinds only, no values.
    pub fn kinds(&self) -> String {
        kinds_of(&self.findings)
    }
}

/// Scans the title (for an opening post) and the body; keeps what reaches the hold threshold.
pub fn screen(title: Option<&str>, body: &str, threshold: f32) -> Screening {
    let mut findings = Vec::new();
    if let Some(title) = title {
        findings.extend(scan_field(Field::Title, title, threshold));
    }
    findings.extend(scan_field(Field::Body, body, threshold));
    Screening { findings }
}

fn scan_field(field: Field, text: &str, threshold: f32) -> impl Iterator<Item = StoredFinding> {
    privacy::scan(text)
        .into_iter()
        .filter(move |f| f.score >= threshold)
        .map(move |f| StoredFinding {
            field,
            kind: f.kind.as_str().to_string(),
            start: f.start,
            end: f.end,
            score: f.score,
        })
}

/// Plain words for a kind, shown to authors and moderators beside a highlighted passage.
pub fn describe(kind: &str) -> &'static str {
    match kind {
        "NAME" => "a person's name",
        "ADDRESS" => "a street address",
        "ZIP" => "a ZIP or postal code",
        "DATE" => "a date tied to a person (birth, admission, surgery, appointment)",
        "AGE_OVER_89" => "an age over 89",
        "PHONE" => "a phone number",
        "FAX" => "a fax number",
        "EMAIL" => "an email address",
        "SSN" => "a Social Security number",
        "MRN" => "a medical record number",
        "HEALTH_PLAN_ID" => "a health plan or insurance member number",
        "ACCOUNT" => "an account number",
        "CREDIT_CARD" => "a payment card number",
        "LICENSE" => "a licence or registration number",
        "VEHICLE" => "a vehicle number or plate",
        "DEVICE" => "a medical device serial number",
        "URL" => "a personal web address",
        "IP" => "an IP address",
        "NATIONAL_ID" => "a national ID number",
        _ => "personal information",
    }
}

/// What the author sees before posting: the rendered text and any passages that would hold it.
#[derive(Debug, Serialize)]
pub struct Preview {
    pub html: String,
    pub title: Vec<Segment>,
    pub body: Vec<Segment>,
    pub kinds: Vec<String>,
    pub holds: bool,
}

pub fn preview(title: Option<&str>, body: &str, threshold: f32) -> Preview {
    let screening = screen(title, body, threshold);
    let kinds = distinct_kinds(screening.findings.iter().map(|f| f.kind.as_str()));
    Preview {
        html: crate::markdown::render(body),
        title: title
            .map(|t| segments(t, &screening.findings, Field::Title))
            .unwrap_or_default(),
        body: segments(body, &screening.findings, Field::Body),
        holds: screening.holds(),
        kinds,
    }
}

pub fn parse_findings(json: &str) -> Vec<StoredFinding> {
    serde_json::from_str(json).unwrap_or_default()
}

/// Each kind once, in a stable order.
pub fn distinct_kinds<'a>(kinds: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut kinds: Vec<String> = kinds.map(str::to_string).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}

pub fn kinds_of(findings: &[StoredFinding]) -> String {
    distinct_kinds(findings.iter().map(|f| f.kind.as_str())).join(",")
}

/// A run of text, marked with a kind where the filter found an identifier; templates escape it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Segment {
    pub text: String,
    pub kind: Option<String>,
}

/// Splits a field's text into plain and flagged segments for highlighting.
pub fn segments(text: &str, findings: &[StoredFinding], field: Field) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans: Vec<&StoredFinding> = findings.iter().filter(|f| f.field == field).collect();
    spans.sort_by_key(|f| (f.start, f.end));
    let mut out = Vec::new();
    let mut at = 0;
    for span in spans {
        let (start, end) = (
            span.start.max(at).min(chars.len()),
            span.end.min(chars.len()),
        );
        if start >= end {
            continue;
        }
        if start > at {
            out.push(Segment {
                text: chars[at..start].iter().collect(),
                kind: None,
            });
        }
        out.push(Segment {
            text: chars[start..end].iter().collect(),
            kind: Some(span.kind.clone()),
        });
        at = end;
    }
    if at < chars.len() {
        out.push(Segment {
            text: chars[at..].iter().collect(),
            kind: None,
        });
    }
    out
}

/// Replaces the chosen spans of a field with `[removed: KIND]`, from the end so offsets stay valid.
pub fn redact(text: &str, findings: &[&StoredFinding], field: Field) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let mut spans: Vec<&&StoredFinding> = findings.iter().filter(|f| f.field == field).collect();
    spans.sort_by_key(|f| std::cmp::Reverse(f.start));
    let mut last_start = usize::MAX;
    for span in spans {
        let end = span.end.min(chars.len()).min(last_start);
        if span.start >= end {
            continue;
        }
        let marker: Vec<char> = format!("[removed: {}]", span.kind).chars().collect();
        chars.splice(span.start..end, marker);
        last_start = span.start;
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(field: Field, kind: &str, start: usize, end: usize) -> StoredFinding {
        StoredFinding {
            field,
            kind: kind.into(),
            start,
            end,
            score: 0.9,
        }
    }

    #[test]
    fn a_phone_number_holds_a_post_and_dose_talk_does_not() {
        let held = screen(
            Some("Question"),
            "call me at 555-867-5309 tonight",
            privacy::DEFAULT_THRESHOLD,
        );
        let clean = screen(
            Some("Metformin"),
            "I take 500 mg twice a day, A1C 7.2%",
            privacy::DEFAULT_THRESHOLD,
        );
        assert!(held.holds());
        assert_eq!(held.kinds(), "PHONE");
        assert!(!clean.holds(), "{:?}", clean.findings);
    }

    #[test]
    fn segments_mark_spans_counted_in_characters() {
        let text = "é 🙂 ring 555";
        let spans = [finding(Field::Body, "PHONE", 9, 12)];
        let parts = segments(text, &spans, Field::Body);
        assert_eq!(parts.len(), 2);
        assert_eq!(
            parts[1],
            Segment {
                text: "555".into(),
                kind: Some("PHONE".into())
            }
        );
    }

    #[test]
    fn redaction_replaces_only_the_chosen_spans() {
        let text = "Dr. Ann Lee at 555-867-5309";
        let name = finding(Field::Body, "NAME", 4, 11);
        let phone = finding(Field::Body, "PHONE", 15, 27);
        assert_eq!(
            redact(text, &[&name, &phone], Field::Body),
            "Dr. [removed: NAME] at [removed: PHONE]"
        );
        assert_eq!(
            redact(text, &[&phone], Field::Body),
            "Dr. Ann Lee at [removed: PHONE]"
        );
        assert_eq!(redact(text, &[&phone], Field::Title), text);
    }
}
