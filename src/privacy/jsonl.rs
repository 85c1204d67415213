//! JSON Lines batch interface: `{"id", "text"}` in, decisions out.

use std::io::{self, BufRead, Write};

use serde::Serialize;
use serde_json::Value;

use super::{scan, should_hold, Finding};

#[derive(Serialize)]
struct Decision<'a> {
    id: &'a Value,
    hold: bool,
    findings: Vec<&'a Finding>,
}

/// Reads JSON Lines `{"id": <any json>, "text": "..."}` and writes, in the
/// same order, one line `{"id", "hold", "findings": [{"kind","start","end","score"}]}`.
/// Only findings with `score >= threshold` are written; blank lines are
/// skipped. A malformed line yields `InvalidData` naming its line number.
pub fn scan_jsonl(input: impl BufRead, mut output: impl Write, threshold: f32) -> io::Result<()> {
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |msg: String| {
            io::Error::new(io::ErrorKind::InvalidData, format!("line {}: {msg}", n + 1))
        };
        let v: Value = serde_json::from_str(&line).map_err(|e| bad(e.to_string()))?;
        let text = v
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("missing string field \"text\"".into()))?;
        let findings = scan(text);
        let kept: Vec<&Finding> = findings.iter().filter(|f| f.score >= threshold).collect();
        let d = Decision {
            id: v.get("id").unwrap_or(&Value::Null),
            hold: should_hold(&findings, threshold),
            findings: kept,
        };
        serde_json::to_writer(&mut output, &d).map_err(io::Error::other)?;
        output.write_all(b"\n")?;
    }
    output.flush()
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

    #[test]
    fn malformed_line_reports_line_number() {
        let err = run("{\"id\":1,\"text\":\"ok\"}\n{not json\n").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = run("{\"id\":1}\n").unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
