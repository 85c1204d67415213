//! Regex searches that skip text which cannot match: a closed gate skips
//! the regex entirely, and digit-anchored searches jump between digits.
//! Both return exactly the matches of a plain `find_iter`/`captures_iter`.

use std::iter::Flatten;
use std::option;

use regex::{CaptureMatches, Captures, Match, Matches, Regex};

/// `re`'s matches in `text`, or none when its gate is closed.
pub(crate) fn find_if<'r, 'h>(
    open: bool,
    re: &'r Regex,
    text: &'h str,
) -> Flatten<option::IntoIter<Matches<'r, 'h>>> {
    open.then(|| re.find_iter(text)).into_iter().flatten()
}

/// `re`'s captures in `text`, or none when its gate is closed.
pub(crate) fn captures_if<'r, 'h>(
    open: bool,
    re: &'r Regex,
    text: &'h str,
) -> Flatten<option::IntoIter<CaptureMatches<'r, 'h>>> {
    open.then(|| re.captures_iter(text)).into_iter().flatten()
}

/// `re`'s matches in `text`, for a regex whose every match contains an
/// ASCII digit and whose text before its first digit uses only characters
/// for which `lead` holds. Such a match can only start in the `lead` run
/// just before a digit, so the search jumps from digit to digit instead of
/// running the regex over all the prose between numbers; the matches are
/// exactly those of `find_iter`. Texts with non-ASCII digits (`\d` is
/// Unicode) take the plain path.
pub(crate) fn digit_anchored<'h>(
    re: &Regex,
    text: &'h str,
    exotic: bool,
    lead: fn(char) -> bool,
) -> Vec<Match<'h>> {
    if exotic {
        return re.find_iter(text).collect();
    }
    digit_jumps(text, lead, |at| re.find_at(text, at).map(|m| (m, m.end())))
}

/// `digit_anchored` with capture groups.
pub(crate) fn digit_anchored_captures<'h>(
    re: &Regex,
    text: &'h str,
    exotic: bool,
    lead: fn(char) -> bool,
) -> Vec<Captures<'h>> {
    if exotic {
        return re.captures_iter(text).collect();
    }
    digit_jumps(text, lead, |at| {
        let c = re.captures_at(text, at)?;
        let end = c.get(0)?.end();
        Some((c, end))
    })
}

/// Runs `search` from the start of the `lead` run before each digit that
/// is not inside an earlier result; `search` returns a result and its end.
fn digit_jumps<T>(
    text: &str,
    lead: fn(char) -> bool,
    mut search: impl FnMut(usize) -> Option<(T, usize)>,
) -> Vec<T> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(d) = bytes[pos..].iter().position(u8::is_ascii_digit) {
        let digit = pos + d;
        let start = text[pos..digit]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| lead(c))
            .last()
            .map_or(digit, |(i, _)| pos + i);
        let Some((item, end)) = search(start) else {
            break;
        };
        pos = end.max(digit + 1);
        out.push(item);
    }
    out
}

/// A `lead` for regexes that start with their first digit.
pub(crate) fn no_lead(_: char) -> bool {
    false
}
