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

/// A line that could not be scanned: reported in place, and the stream goes on.
#[derive(Serialize)]
struct LineError<'a> {
    line: usize,
    id: &'a Value,
    error: String,
}

/// The longest input line accepted (a post is far shorter).
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// Reads JSON Lines `{"id": <any json>, "text": "..."}` and writes, in the
/// same order, one line `{"id", "hold", "findings": [{"kind","start","end","score"}]}`.
/// Only findings with `score >= threshold` are written; blank lines are skipped.
/// A line that is not valid UTF-8, not JSON, lacks a string `text` or is longer than
/// `MAX_LINE_BYTES` gets `{"line", "id", "error"}` instead, and scanning continues.
pub fn scan_jsonl(
    mut input: impl BufRead,
    mut output: impl Write,
    threshold: f32,
) -> io::Result<()> {
    let mut number = 0;
    while let Some(raw) = next_line(&mut input)? {
        number += 1;
        let outcome = match raw {
            Line::TooLong => Err((
                Value::Null,
                format!("line longer than {MAX_LINE_BYTES} bytes"),
            )),
            Line::Bytes(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => continue,
            Line::Bytes(bytes) => parse(&bytes),
        };
        match outcome {
            Ok((id, text)) => {
                let findings = scan(&text);
                let kept: Vec<&Finding> =
                    findings.iter().filter(|f| f.score >= threshold).collect();
                let decision = Decision {
                    id: &id,
                    hold: should_hold(&findings, threshold),
                    findings: kept,
                };
                serde_json::to_writer(&mut output, &decision).map_err(io::Error::other)?;
            }
            Err((id, error)) => {
                serde_json::to_writer(
                    &mut output,
                    &LineError {
                        line: number,
                        id: &id,
                        error,
                    },
                )
                .map_err(io::Error::other)?;
            }
        }
        output.write_all(b"\n")?;
    }
    output.flush()
}

enum Line {
    Bytes(Vec<u8>),
    TooLong,
}

/// The next line without its newline; an over-long line is skipped to its end, not buffered.
fn next_line(input: &mut impl BufRead) -> io::Result<Option<Line>> {
    let mut line = Vec::new();
    let mut too_long = false;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(match (line.is_empty() && !too_long, too_long) {
                (true, _) => None,
                (false, true) => Some(Line::TooLong),
                (false, false) => Some(Line::Bytes(line)),
            });
        }
        let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], i + 1),
            None => (chunk, chunk.len()),
        };
        let ends = done > part.len();
        if !too_long {
            line.extend_from_slice(part);
            if line.len() > MAX_LINE_BYTES {
                too_long = true;
                line = Vec::new();
            }
        }
        input.consume(done);
        if ends {
            return Ok(Some(if too_long {
                Line::TooLong
            } else {
                Line::Bytes(line)
            }));
        }
    }
}

fn parse(bytes: &[u8]) -> Result<(Value, String), (Value, String)> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| (Value::Null, "line is not valid UTF-8".to_string()))?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    match value.get("text").and_then(Value::as_str) {
        Some(text) => Ok((id, text.to_string())),
        None => Err((id, "missing string field \"text\"".to_string())),
    }
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
