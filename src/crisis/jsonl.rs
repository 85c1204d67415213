//! JSON Lines batch interface: `{"id", "text"}` (and optionally `"title"`) in, decisions out.

use std::io::{self, BufRead, Write};

use serde::Serialize;
use serde_json::Value;

use crate::jsonl::{answer_lines, string_field};
pub use crate::jsonl::{ScanSummary, MAX_LINE_BYTES};

use super::{assess, training_row};

#[derive(Serialize)]
struct Decision {
    id: Value,
    level: &'static str,
    method_detail: bool,
    /// `"self"`, `"other"`, or `"none"` when the level is `"none"` (as in the corpus).
    subject: &'static str,
}

/// Reads JSON Lines `{"id": <any json>, "text": "...", "title": "..." (optional)}` and writes,
/// in the same order, one line `{"id", "level", "method_detail", "subject"}` per post.
/// Blank lines are skipped. A line that is not valid UTF-8, not JSON, lacks a string `text`
/// or is longer than `MAX_LINE_BYTES` gets `{"line", "id", "error"}` instead, and the
/// stream goes on. Post text is never written out.
pub fn scan_jsonl(input: impl BufRead, output: impl Write) -> io::Result<ScanSummary> {
    answer_lines(input, output, |id, post| {
        let title = match post.get("title") {
            None | Some(Value::Null) => "",
            Some(Value::String(t)) => t,
            Some(_) => return Err("field \"title\" is not a string".to_string()),
        };
        let a = assess(title, string_field(post, "text")?);
        Ok(Decision {
            id: id.clone(),
            level: a.level.as_str(),
            method_detail: a.method_detail,
            subject: if a.is_crisis() {
                a.subject.as_str()
            } else {
                "none"
            },
        })
    })
}

/// Training aid: reads the same JSON Lines as [`scan_jsonl`] and writes, in order,
/// `{"id", "f", "rules", ...}` per post (see [`super::TrainingRow`]): feature buckets and what
/// the rules found, never the text.
pub fn features_jsonl(input: impl BufRead, output: impl Write) -> io::Result<ScanSummary> {
    answer_lines(input, output, |id, post| {
        let title = match post.get("title") {
            Some(Value::String(t)) => t.as_str(),
            _ => "",
        };
        let row = training_row(title, string_field(post, "text")?);
        let mut v = serde_json::to_value(row).map_err(|e| e.to_string())?;
        if let Some(map) = v.as_object_mut() {
            map.insert("id".to_string(), id.clone());
        }
        Ok(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8]) -> (Vec<Value>, ScanSummary) {
        let mut out = Vec::new();
        let summary = scan_jsonl(input, &mut out).unwrap();
        let lines = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (lines, summary)
    }

    #[test]
    fn a_bad_line_in_the_middle_gets_an_error_and_the_stream_goes_on() {
        let mut input = b"{\"id\":1,\"text\":\"My sugars were fine today.\"}\n{not json\n".to_vec();
        input.extend_from_slice(b"{\"id\":3}\n{\"id\":4,\"text\":\"\xff\xfe\"}\n\n");
        input.extend_from_slice(
            b"{\"id\":5,\"title\":\"tonight\",\"text\":\"I am going to end my life tonight.\"}\n",
        );
        input.extend_from_slice(b"{\"id\":6,\"text\":\"my son says he wants to die\"}");
        let (lines, summary) = run(&input);
        assert_eq!(
            summary,
            ScanSummary {
                decisions: 3,
                errors: 3
            }
        );
        assert_eq!(lines.len(), 6);
        assert_eq!(
            (lines[0]["id"].clone(), lines[0]["level"].clone()),
            (Value::from(1), Value::from("none"))
        );
        assert_eq!(lines[0]["subject"], "none");
        assert_eq!(lines[1]["line"], 2);
        assert!(lines[1]["error"].as_str().unwrap().contains("not JSON"));
        assert_eq!(lines[2]["id"], 3);
        assert!(lines[2]["error"].as_str().unwrap().contains("text"));
        assert!(lines[3]["error"].as_str().unwrap().contains("UTF-8"));
        assert_eq!(lines[4]["level"], "imminent");
        assert_eq!(lines[4]["subject"], "self");
        assert_eq!(lines[4]["method_detail"], false);
        assert_eq!(
            (lines[5]["level"].clone(), lines[5]["subject"].clone()),
            (Value::from("ideation"), Value::from("other"))
        );
        assert!(lines.iter().all(|l| l.get("text").is_none()));
    }

    #[test]
    fn an_over_long_line_is_refused_without_stopping() {
        let mut input = format!(
            "{{\"id\":1,\"text\":\"{}\"}}\n",
            "a".repeat(MAX_LINE_BYTES + 10)
        )
        .into_bytes();
        input.extend_from_slice(b"{\"id\":2,\"text\":\"fine\"}\n");
        let (lines, _) = run(&input);
        assert!(lines[0]["error"].as_str().unwrap().contains("longer than"));
        assert_eq!(lines[1]["id"], 2);
    }
}
