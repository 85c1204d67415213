//! Repairs one-letter typos in crisis vocabulary ("suicde", "tonihgt", "goodybe").

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cue::cues;
use super::lexicon::{keep_as_typed, TYPO_TARGETS};
use super::{guard_words, macros};

/// Every word the cue and guard patterns spell out: a word the rules know is never a typo
/// ("think" is not a slip for "thinks", "shaving" not one for "saving").
fn known_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut sources: Vec<String> = Vec::new();
        for def in &cues().defs {
            sources.push(macros::expand(def.pattern));
            for ctx in def.context {
                sources.push(ctx.pattern().to_string());
            }
        }
        sources.extend(guard_words::ALL.iter().map(|s| s.to_string()));
        sources
            .iter()
            .flat_map(|s| {
                s.split(|c: char| !c.is_ascii_lowercase())
                    .filter(|w| w.len() >= 3)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    })
}

fn is_known(token: &str) -> bool {
    keep_as_typed(token) || known_words().contains(token)
}

/// The crisis word `token` is most likely a mistyping of, if any: same first letter,
/// one insertion, deletion, substitution or swap of neighbours away.
pub(super) fn repair(token: &str) -> Option<&'static str> {
    if let Some(short) = undouble(token)
        .or_else(|| short_slip(token))
        .or_else(|| dropped_g(token))
    {
        return Some(short);
    }
    if token.len() < 5 || !token.bytes().all(|b| b.is_ascii_lowercase()) || is_known(token) {
        return None;
    }
    let first = token.as_bytes()[0];
    TYPO_TARGETS
        .iter()
        .copied()
        .filter(|t| t.len() >= 6 && t.as_bytes()[0] == first)
        .filter(|t| t.len().abs_diff(token.len()) <= 1 && *t != token)
        .find(|t| within_one_edit(token.as_bytes(), t.as_bytes()))
}

/// Short crisis words typed with a letter doubled ("notte", "kiill", "pilll").
const SHORT_TARGETS: &[&str] = &[
    "note", "notes", "pills", "kill", "die", "dead", "gun", "cut", "cuts", "burn", "hurt", "harm",
    "end", "life", "plan", "alive", "exist", "ready", "done", "gone", "today", "over", "date",
    "sorry", "reach", "mark", "marks", "kms", "meds", "note", "here", "there", "make", "wake",
    "take", "rang",
];

/// Four- and five-letter crisis words with one letter swapped, dropped or wrong ("kil",
/// "kull", "plils"), and the real words they must not swallow.
const SHORT_SLIPS: &[(&str, &[&str])] = &[
    (
        "kill",
        &["kiln", "kilt", "kilo", "kids", "kilns", "kiwi", "skill"],
    ),
    ("pills", &["pulls", "polls", "pill", "pillow"]),
    ("alive", &["alike", "aline", "olive"]),
    ("suicide", &[]),
];

fn short_slip(token: &str) -> Option<&'static str> {
    if !(3..=6).contains(&token.len())
        || !token.bytes().all(|b| b.is_ascii_lowercase())
        || is_known(token)
    {
        return None;
    }
    let first = token.as_bytes()[0];
    SHORT_SLIPS
        .iter()
        .find(|(t, keep)| {
            t.as_bytes()[0] == first
                && !keep.contains(&token)
                && within_one_edit(token.as_bytes(), t.as_bytes())
        })
        .map(|(t, _)| *t)
}

/// An -ing word the rules know, typed without its g ("postin", "comin", "stoppin").
fn dropped_g(token: &str) -> Option<&'static str> {
    if token.len() < 5 || !token.ends_with("in") || is_known(token) {
        return None;
    }
    known_words()
        .get(format!("{token}g").as_str())
        .map(String::as_str)
}

fn undouble(token: &str) -> Option<&'static str> {
    let bytes = token.as_bytes();
    if bytes.len() < 4 || !token.bytes().all(|b| b.is_ascii_lowercase()) || is_known(token) {
        return None;
    }
    (1..bytes.len())
        .filter(|&i| bytes[i] == bytes[i - 1])
        .find_map(|i| {
            let candidate = [&token[..i], &token[i + 1..]].concat();
            SHORT_TARGETS.iter().copied().find(|t| *t == candidate)
        })
}

/// Optimal-string-alignment distance of at most one, without building a table.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => false,
        (x, y) if x == y => {
            ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (x, y) if x == y + 1 => ra[1..] == *rb,
        (x, y) if y == x + 1 => *ra == rb[1..],
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_common_slips_and_leaves_real_words() {
        assert_eq!(repair("suicde"), Some("suicide"));
        assert_eq!(repair("tonihgt"), Some("tonight"));
        assert_eq!(repair("goodbyee"), Some("goodbye"));
        assert_eq!(repair("myslef"), Some("myself"));
        assert_eq!(repair("saying"), None);
        assert_eq!(repair("fridge"), None);
        assert_eq!(repair("tonight"), None);
        assert_eq!(repair("pils"), Some("pills"));
        assert_eq!(repair("pulls"), None);
        assert_eq!(repair("notte"), Some("note"));
        assert_eq!(repair("good"), None);
        assert_eq!(repair("think"), None);
        assert_eq!(repair("kull"), Some("kill"));
        assert_eq!(repair("kilt"), None);
        assert_eq!(repair("shaving"), None);
    }
}
