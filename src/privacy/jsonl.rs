//! JSON Lines batch interface: `{"id", "text"}` in, decisions out.

use std::io::{self, BufRead, Write};

use serde::Serialize;
use serde_json::Value;

#[cfg(test)]
use crate::jsonl::MAX_LINE_BYTES;
use crate::jsonl::{answer_lines, string_field};

use super::{scan, should_hold, Finding};

#[derive(Serialize)]
struct Decision {
    id: Value,
    hold: bool,
    findings: Vec<Finding>,
}

/// Reads JSON Lines `{"id": <any json>, "text": "..."}` and writes, in the
/// same order, one line `{"id", "hold", "findings": [{"kind","start","end","score"}]}`.
/// Only findings with `score >= threshold` are written; blank lines are skipped.
/// A line that is not valid UTF-8, not JSON, lacks a string `text` or is longer than
/// `MAX_LINE_BYTES` gets `{"line", "id", "error"}` instead, and scanning continues.
pub fn scan_jsonl(input: impl BufRead, output: impl Write, threshold: f32) -> io::Result<()> {
    answer_lines(input, output, |id, post| {
        let findings = scan(string_field(post, "text")?);
        let hold = should_hold(&findings, threshold);
        Ok(Decision {
            id: id.clone(),
            hold,
            findings: findings
                .into_iter()
                .filter(|f| f.score >= threshold)
                .collect(),
        })
    })
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> io::Result<String> {
        let mut out = Vec::new();
        scan_jsonl(input.as_bytes(), &mut out, 0.5)?;
        Ok(String::from_utf8(out).expect("utf8"))
    }

    #[test]
    fn writes_decisions_in_order() {
        let out = run("{\"id\": 7, \"text\": \"Call me at (376) 369-9368\"}\n\n{\"id\": \"b\", \"text\": \"A1C 7.2%\"}\n").unwrap();
        let lines: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["id"], 7);
        assert_eq!(lines[0]["hold"], true);
        assert_eq!(lines[0]["findings"][0]["kind"], "PHONE");
        assert_eq!(lines[0]["findings"][0]["start"], 11);
        assert_eq!(lines[0]["findings"][0]["end"], 25);
        assert!(lines[0]["findings"][0].get("reason").is_none());
        assert_eq!(lines[1]["id"], "b");
        assert_eq!(lines[1]["hold"], false);
        assert_eq!(lines[1]["findings"].as_array().unwrap().len(), 0);
    }

    fn run_bytes(input: &[u8]) -> Vec<Value> {
        let mut out = Vec::new();
        scan_jsonl(input, &mut out, 0.5).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    #[test]
    fn bad_lines_get_an_error_in_place_and_the_stream_goes_on() {
        let mut input = b"{not json\n{\"id\":1}\n".to_vec();
        input.extend_from_slice(b"{\"id\":2,\"text\":\"\xff\xfe\"}\n");
        input.extend_from_slice(
            b"{\"id\":3,\"text\":\"call me at 555-867-5309\"}\n{\"id\":4,\"text\":\"\"}",
        );
        let lines = run_bytes(&input);
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0]["line"], 1);
        assert!(lines[0]["error"].as_str().unwrap().contains("not JSON"));
        assert_eq!(lines[1]["id"], 1);
        assert!(lines[1]["error"].as_str().unwrap().contains("text"));
        assert!(lines[2]["error"].as_str().unwrap().contains("UTF-8"));
        assert_eq!(
            (lines[3]["id"].clone(), lines[3]["hold"].clone()),
            (Value::from(3), Value::from(true))
        );
        assert_eq!(
            (lines[4]["id"].clone(), lines[4]["hold"].clone()),
            (Value::from(4), Value::from(false))
        );
    }

    #[test]
    fn an_over_long_line_is_refused_without_stopping() {
        let mut input = format!(
            "{{\"id\":1,\"text\":\"{}\"}}\n",
            "a".repeat(MAX_LINE_BYTES + 10)
        )
        .into_bytes();
        input.extend_from_slice(b"{\"id\":2,\"text\":\"fine\"}\n");
        let lines = run_bytes(&input);
        assert!(lines[0]["error"].as_str().unwrap().contains("longer than"));
        assert_eq!(lines[1]["id"], 2);
    }
}
