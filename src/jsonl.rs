//! The JSON Lines stream of the scan commands (`privacy-scan`, `crisis-scan`): one object per
//! line in, one answer per line out, in order. A line that cannot be answered gets
//! `{"line", "id", "error"}` in its place and the stream goes on; blank lines are skipped.

use std::io::{self, BufRead, Write};

use serde::Serialize;
use serde_json::Value;

/// The longest input line accepted (a post is far shorter).
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// What a run of [`answer_lines`] wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanSummary {
    /// Lines answered with a decision.
    pub decisions: usize,
    /// Lines answered with an error object.
    pub errors: usize,
}

#[derive(Serialize)]
struct LineError<'a> {
    line: usize,
    id: &'a Value,
    error: String,
}

/// Reads each line as a JSON object and writes what `answer` makes of it (given the line's
/// `id`, or null, and the whole object); an `Err` is written as the line's error.
pub fn answer_lines<T: Serialize>(
    mut input: impl BufRead,
    mut output: impl Write,
    mut answer: impl FnMut(&Value, &Value) -> Result<T, String>,
) -> io::Result<ScanSummary> {
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
            Line::Bytes(bytes) => parse(&bytes).and_then(|object| {
                let id = object.get("id").cloned().unwrap_or(Value::Null);
                answer(&id, &object).map_err(|error| (id, error))
            }),
        };
        match outcome {
            Ok(decision) => {
                serde_json::to_writer(&mut output, &decision).map_err(io::Error::other)?;
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

/// The string field `name` of a line's object, or the line's error.
pub fn string_field<'a>(object: &'a Value, name: &str) -> Result<&'a str, String> {
    object
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("missing string field \"{name}\""))
}

fn parse(bytes: &[u8]) -> Result<Value, (Value, String)> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| (Value::Null, "line is not valid UTF-8".to_string()))?;
    serde_json::from_str(text).map_err(|e| (Value::Null, format!("not JSON: {e}")))
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
