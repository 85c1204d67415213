//! The two screenings of a post before it is saved: the privacy filter (which spans hold it,
//! and in which field) and the crisis detector (whether its author, or someone they write
//! about, may be at risk).

use serde::{Deserialize, Serialize};

use crate::{crisis, privacy};

/// The part of a post a finding lies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Body,
    /// A tip's list of references.
    References,
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
    pub crisis: Option<CrisisFinding>,
}

impl Screening {
    /// Whether the privacy filter holds the post for a moderator.
    pub fn holds(&self) -> bool {
        !self.findings.is_empty()
    }

    /// Whether the post must wait for a moderator before readers see it: an identifier, or
    /// a crisis post that names a method with the means at hand (kept from other readers).
    pub fn waits(&self) -> bool {
        self.holds() || self.crisis.as_ref().is_some_and(|c| c.method_detail)
    }

    /// The crisis finding as stored with the revision; empty when there is none.
    pub fn crisis_json(&self) -> String {
        self.crisis
            .as_ref()
            .and_then(|c| serde_json::to_string(c).ok())
            .unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.findings).unwrap_or_else(|_| "[]".into())
    }

    /// The distinct kinds found, for the audit log ("PHONE,NAME"): kinds only, no values.
    pub fn kinds(&self) -> String {
        kinds_of(&self.findings)
    }
}

/// Scans the title (for an opening post) and the body; keeps the privacy findings that reach
/// the hold threshold, and what the crisis detector found.
pub fn screen(title: Option<&str>, body: &str, threshold: f32) -> Screening {
    let mut findings = Vec::new();
    if let Some(title) = title {
        findings.extend(scan_field(Field::Title, title, threshold));
    }
    findings.extend(scan_field(Field::Body, body, threshold));
    Screening {
        findings,
        crisis: crisis_screen(title, body),
    }
}

/// What the crisis detector found in a revision, as stored with it. The level is health
/// data: staff only, never in emails, logs, feeds or profiles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CrisisFinding {
    /// "imminent", "ideation" or "self_harm".
    pub level: String,
    /// A method named with the means at hand: other readers do not see the post until a
    /// moderator acts.
    pub method_detail: bool,
    /// "self" (the author) or "other" (someone the author writes about).
    pub subject: String,
    /// The passages that decided it, in characters per field, for moderators.
    pub spans: Vec<Passage>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    pub field: Field,
    pub start: usize,
    pub end: usize,
}

impl CrisisFinding {
    pub fn parse(json: &str) -> Option<CrisisFinding> {
        serde_json::from_str(json).ok()
    }

    /// The spans as findings, so the queue highlights them like privacy findings.
    pub fn as_findings(&self) -> Vec<StoredFinding> {
        self.spans
            .iter()
            .map(|p| StoredFinding {
                field: p.field,
                kind: "CRISIS".into(),
                start: p.start,
                end: p.end,
                score: 1.0,
            })
            .collect()
    }

    pub fn about_someone_else(&self) -> bool {
        self.subject == crisis::Subject::Other.as_str()
    }
}

/// Runs the crisis detector; None when the post is at no crisis level.
pub fn crisis_screen(title: Option<&str>, body: &str) -> Option<CrisisFinding> {
    let title_text = title.unwrap_or_default();
    let found = crisis::assess(title_text, body);
    if !found.is_crisis() {
        return None;
    }
    let passage = |field, text: &str, span: &crisis::Span| Passage {
        field,
        start: text[..span.start].chars().count(),
        end: text[..span.end].chars().count(),
    };
    let mut spans: Vec<Passage> = found
        .title_spans
        .iter()
        .map(|s| passage(Field::Title, title_text, s))
        .collect();
    spans.extend(found.spans.iter().map(|s| passage(Field::Body, body, s)));
    Some(CrisisFinding {
        level: found.level.as_str().into(),
        method_detail: found.method_detail,
        subject: found.subject.as_str().into(),
        spans,
    })
}

/// A tip: its title, text and references (a reference can carry a personal page or a name).
pub fn screen_tip(title: &str, body: &str, references: &str, threshold: f32) -> Screening {
    let mut found = screen(Some(title), body, threshold);
    found
        .findings
        .extend(scan_field(Field::References, references, threshold));
    found.crisis = None;
    found
}

/// The identifier kinds in a text that is shown to someone but never held (staff text, a
/// community's description, a report note): its writer is warned and confirms.
pub fn kinds_in(text: &str, threshold: f32) -> Vec<String> {
    let found: Vec<StoredFinding> = scan_field(Field::Body, text, threshold).collect();
    distinct_kinds(found.iter().map(|f| f.kind.as_str()))
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
        "CRISIS" => "words that suggest someone may be at risk",
        _ => "personal information",
    }
}

/// What the author sees before posting: the rendered text, any passages that would hold it,
/// and, when the text suggests someone may be at risk, the support panel (never the level).
#[derive(Debug, Serialize)]
pub struct Preview {
    pub html: String,
    pub title: Vec<Segment>,
    pub body: Vec<Segment>,
    pub kinds: Vec<String>,
    pub holds: bool,
    pub support: Option<Support>,
}

/// Which support panel the author sees: for themselves or for someone they are worried
/// about, and whether a moderator will look at the post before others read it.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Support {
    pub for_someone_else: bool,
    pub held: bool,
}

impl Support {
    pub fn of(finding: &CrisisFinding) -> Support {
        Support {
            for_someone_else: finding.about_someone_else(),
            held: finding.method_detail,
        }
    }
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
        support: screening.crisis.as_ref().map(Support::of),
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
