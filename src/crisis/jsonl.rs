//! JSON Lines batch interface: `{"id", "text"}` (and optionally `"title"`) in, decisions out.

use std::io::{self, BufRead, Write};

use serde::Serialize;
use serde_json::Value;

use super::assess;

#[derive(Serialize)]
struct Decision<'a> {
    id: &'a Value,
    level: &'static str,
    method_detail: bool,
    /// `"self"`, `"other"`, or `"none"` when the level is `"none"` (as in the corpus).
    subject: &'static str,
}

/// A line that could not be assessed: reported in place, and the stream goes on.
#[derive(Serialize)]
struct LineError<'a> {
    line: usize,
    id: &'a Value,
    error: String,
}

/// The longest input line accepted (a post is far shorter).
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// What a run of [`scan_jsonl`] wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanSummary {
    /// Lines answered with a decision.
    pub decisions: usize,
    /// Lines answered with an error object.
    pub errors: usize,
}

/// Reads JSON Lines `{"id": <any json>, "text": "...", "title": "..." (optional)}` and writes,
/// in the same order, one line `{"id", "level", "method_detail", "subject"}` per post.
/// Blank lines are skipped. A line that is not valid UTF-8, not JSON, lacks a string `text`
/// or is longer than `MAX_LINE_BYTES` gets `{"line", "id", "error"}` instead, and the
/// stream goes on. Post text is never written out.
pub fn scan_jsonl(mut input: impl BufRead, mut output: impl Write) -> io::Result<ScanSummary> {
    let mut summary = ScanSummary::default();
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
            Ok(post) => {
                write_decision(&mut output, &post)?;
                summary.decisions += 1;
            }
            Err((id, error)) => {
                let line = LineError {
                    line: number,
                    id: &id,
                    error,
                };
                serde_json::to_writer(&mut output, &line).map_err(io::Error::other)?;
                summary.errors += 1;
            }
        }
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(summary)
}

struct Post {
    id: Value,
    title: String,
    text: String,
}

fn write_decision(output: &mut impl Write, post: &Post) -> io::Result<()> {
    let a = assess(&post.title, &post.text);
    let decision = Decision {
        id: &post.id,
        level: a.level.as_str(),
        method_detail: a.method_detail,
        subject: if a.is_crisis() {
            a.subject.as_str()
        } else {
            "none"
        },
    };
    serde_json::to_writer(output, &decision).map_err(io::Error::other)
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

fn parse(bytes: &[u8]) -> Result<Post, (Value, String)> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| (Value::Null, "line is not valid UTF-8".to_string()))?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    let title = match value.get("title") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(t)) => t.clone(),
        Some(_) => return Err((id, "field \"title\" is not a string".to_string())),
    };
    match value.get("text").and_then(Value::as_str) {
        Some(text) => Ok(Post {
            id,
            title,
            text: text.to_string(),
        }),
        None => Err((id, "missing string field \"text\"".to_string())),
    }
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
