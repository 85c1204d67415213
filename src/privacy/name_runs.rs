//! Names after a strong cue, read as a run of name-shaped words rather
//! than a listed First+Last pair, so names missing from the lists are found
//! in the places where a name is expected: "my GP Dr Nkechi Okafor",
//! "my dad, R. Chatterjee", "a nurse called Thandiwe Mokoena",
//! "Siobhan Ní Bhriain", "J. Whitfield-Smith", "Dr. van der Berg".

use std::sync::LazyLock;

use super::allowlist::{ORG_NAMES, ORG_WORDS, PUBLIC_FIGURES};
use super::fast::{set_of, WordSet};
use super::name_lists::{BEFORE, NOT_DOCTORS, NOT_FIRST, PLACE_SECOND, STOP, TITLES};
use super::text::{Cand, Doc};
use super::Kind;

/// Lowercase surname particles that may sit inside a name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "binti",
    "ben", "al", "el", "ní", "ó", "ua", "mac", "nic", "ap", "ter", "ten", "dos", "das", "st",
];

/// Capitalised words that end a run: they are not part of a person's name.
pub(crate) static NOT_NAME: LazyLock<WordSet> = LazyLock::new(|| {
    let mut s = set_of(STOP);
    for l in [ORG_WORDS, PLACE_SECOND, NOT_FIRST, NOT_DOCTORS] {
        s.extend(l.iter().copied());
    }
    s.extend([
        "i", "im", "i'm", "icu", "ed", "er", "a&e", "nhs", "gp", "md", "rn", "np", "the", "and",
        "or", "but", "so", "he", "she", "they", "we", "it", "his", "her", "our", "their", "my",
        "this", "that", "is", "was", "at", "in", "on", "for", "to", "from", "with", "x", "ok",
    ]);
    s
});
pub(crate) static PARTICLE_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(PARTICLES));
/// The last word of every strong cue phrase ("my name is" -> "is").
static CUE_TAIL: LazyLock<WordSet> = LazyLock::new(|| {
    let mut s = set_of(&["called", "named"]);
    // The last word as the tokenizer sees it: "c/o" ends in the word "o".
    s.extend(BEFORE.iter().chain(TITLES).filter_map(|p| {
        let last = p
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .rfind(|w| !w.is_empty())?;
        Some(last)
    }));
    s
});

/// A word shape inside a name run.
#[derive(PartialEq)]
enum Part {
    Word,
    Initial,
    Particle,
}

/// Words i.. that read as a name: capitalised words, initials with a dot
/// and lowercase particles, joined by single spaces (a hyphen or an
/// apostrophe stays inside a word: O'Brien, Whitfield-Smith).
/// Returns the byte span when it holds a surname: at least two parts, the
/// last a capitalised word.
fn run(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let gap = |k: usize| {
        let next = doc.words.get(k + 1).map_or(doc.text.len(), |w| w.start);
        &doc.text[doc.words[k].end..next]
    };
    let mut parts: Vec<Part> = Vec::new();
    let (mut k, mut end) = (i, doc.words[i].start);
    while k < doc.words.len() && parts.len() < 5 {
        let Some(part) = classify(doc, k) else { break };
        let initial = part == Part::Initial;
        parts.push(part);
        // "Whitfield-Smith", "Ji-yeon": a hyphen joins a word to a
        // capitalised or lowercase continuation.
        while k + 1 < doc.words.len() && gap(k) == "-" && !initial && joins(doc, k + 1) {
            k += 1;
        }
        end = doc.words[k].end;
        let g = gap(k);
        // "K.B. Bose": initials may follow each other without a space.
        let initials = initial
            && g == "."
            && k + 1 < doc.words.len()
            && classify(doc, k + 1) == Some(Part::Initial);
        if k + 1 >= doc.words.len() || !(g == " " || initial && g == ". " || initials) {
            break;
        }
        k += 1;
    }
    while parts.last().is_some_and(|p| *p != Part::Word) {
        parts.pop();
    }
    let first_ok = parts.first().is_some_and(|p| *p != Part::Particle) || i > 0;
    (parts.len() >= 2 && first_ok).then(|| (doc.words[i].start, trim_possessive(doc.text, end)))
}

/// The shape of word k, or None when it cannot be part of a name.
fn classify(doc: &Doc, k: usize) -> Option<Part> {
    let w = &doc.text[doc.words[k].start..doc.words[k].end];
    let lower = doc.word(k);
    let mut cs = w.chars();
    let first = cs.next()?;
    if PARTICLE_SET.contains(lower) && first.is_lowercase() {
        return Some(Part::Particle);
    }
    if !first.is_uppercase() || NOT_NAME.contains(lower.trim_end_matches("'s")) {
        return None;
    }
    let rest = cs.as_str();
    if rest.is_empty() {
        // "R. Chatterjee", and "T Costa" without the dot (not "I").
        let after = &doc.text[doc.words[k].end..];
        let bare = first != 'I'
            && after.starts_with(' ')
            && doc.words.get(k + 1).is_some_and(|w| {
                w.start == doc.words[k].end + 1
                    && doc.text[w.start..].starts_with(char::is_uppercase)
            });
        return (after.starts_with('.') || bare).then_some(Part::Initial);
    }
    // "Ní", "Ó" and "McAllister" count; "ICU", "MRI" (all capitals) do not.
    (rest.chars().any(char::is_lowercase) && !w.chars().any(|c| c.is_ascii_digit()))
        .then_some(Part::Word)
}

/// A word that may follow a hyphen inside a name part: capitalised
/// ("Smith" in Whitfield-Smith) or lowercase letters ("yeon" in Ji-yeon).
fn joins(doc: &Doc, k: usize) -> bool {
    classify(doc, k) == Some(Part::Word)
        || doc.text[doc.words[k].start..doc.words[k].end]
            .chars()
            .all(char::is_lowercase)
}

/// Organisations and public figures ("Johns Hopkins", "Michael J Fox"),
/// and runs followed by an organisation word ("Sandra Lee Foundation").
fn is_known_non_person(doc: &Doc, s: usize, e: usize) -> bool {
    let before = doc.lower[..s].trim_end();
    if before == "the" || before.ends_with(" the") {
        return true; // "the John Radcliffe": hospitals go by their founder's name
    }
    let k = doc.word_index_at(e);
    if k < doc.words.len() && doc.words[k].start - e <= 1 && ORG_WORDS.contains(&doc.word(k)) {
        return true;
    }
    // The run's last word, possessive: "Dr Gabor Maté's book".
    if doc.word_index_at(e) > 0 && super::names::public_work_after(doc, doc.word_index_at(e) - 1) {
        return true;
    }
    if super::name_shapes::media_after(doc, e) {
        return true;
    }
    let key: String = doc.lower[s..e]
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    ORG_NAMES
        .iter()
        .chain(PUBLIC_FIGURES)
        .any(|o| o.contains(&key) || key.contains(o))
}

pub(crate) fn trim_possessive(text: &str, end: usize) -> usize {
    let t = &text[..end];
    end - t.strip_suffix("'s").map_or(0, |_| 2) - t.strip_suffix("’s").map_or(0, |_| 4)
}

/// "a nurse called X", "a lovely GP named X", "someone called X": the
/// introduction of a person, with the article at most four words back.
pub(crate) fn introduced(doc: &Doc, i: usize) -> bool {
    let word = |back: usize| i.checked_sub(back).map_or("", |k| doc.word(k));
    matches!(word(1), "called" | "named")
        && (2..=5).any(|b| matches!(word(b), "a" | "an" | "someone" | "somebody"))
        && !doc.has_break(doc.words[i.saturating_sub(5)].start, doc.words[i].start)
}

/// Runs the cued-run rule for word i when `strong()` says a person's name
/// is expected there, or when the run closes the post after a comma or dash.
/// `phrase()` is the stricter cue (a phrase, not a line position) that lets
/// a lowercase run start with an unlisted given name.
pub(crate) fn detect_at(
    doc: &Doc,
    i: usize,
    strong: impl FnOnce() -> bool,
    phrase: impl FnOnce() -> bool,
    out: &mut Vec<Cand>,
) {
    // Every cue ends in a word of CUE_TAIL or in punctuation or a line
    // break right before the run: test that first, as this runs per word.
    let prev_end = i.checked_sub(1).map_or(0, |k| doc.words[k].end);
    let gap = &doc.text[prev_end..doc.words[i].start];
    let maybe_cued = gap.contains([',', '-', '—', '–', '~', '\n', '('])
        || i > 0 && CUE_TAIL.contains(doc.word(i - 1))
        || super::name_cues::misspelt_role_before(doc, i);
    if !maybe_cued {
        after_cued(doc, i, out);
        return;
    }
    let w = &doc.text[doc.words[i].start..];
    let lowercase = w.starts_with(char::is_lowercase) && !PARTICLE_SET.contains(doc.word(i));
    let span = if lowercase {
        super::name_lower::lower_run(doc, i, false)
    } else if w.starts_with(char::is_uppercase) || PARTICLE_SET.contains(doc.word(i)) {
        run(doc, i)
    } else {
        None
    };
    let lead = |s: usize| doc.text[..s].trim_end_matches([' ', '\n']);
    let closing = |s: usize, e: usize| {
        doc.text[e..].chars().all(|c| !c.is_alphanumeric())
            && lead(s).ends_with([',', '-', '—', '–', '~'])
    };
    let found = match span {
        Some((s, e))
            if closing(s, e)
                || introduced(doc, i)
                || strong()
                || super::name_cues::loose_cue_before(doc, i, s, e) =>
        {
            Some((s, e))
        }
        Some((s, e)) if after_cue(doc, s, e) => Some((s, e)),
        // Lowercase: with a strong cue, an unlisted given name may start the run.
        None if lowercase && phrase() => super::name_lower::lower_run(doc, i, true)
            .or_else(|| super::name_lower::signed_off(doc, i)),
        _ => None,
    };
    if let Some((s, e)) = found.filter(|&(s, e)| !is_known_non_person(doc, s, e)) {
        out.push(Cand::new(Kind::Name, s, e, 0.8, "cued-name-run"));
    }
}

/// A cue after the run: a role apposition (", the stoma nurse", "? She's a
/// urologist") or " here" with some evidence of a name.
fn after_cue(doc: &Doc, s: usize, e: usize) -> bool {
    super::name_shapes::role_after(doc, e) || super::name_shapes::here_after(doc, s, e)
}

/// A capitalised run with no cue before it, named by a cue after it.
fn after_cued(doc: &Doc, i: usize, out: &mut Vec<Cand>) {
    let starts_cap = |k: usize| doc.text[doc.words[k].start..].starts_with(char::is_uppercase);
    if i + 1 >= doc.words.len() || !starts_cap(i) || !starts_cap(i + 1) {
        return;
    }
    if let Some((s, e)) = run(doc, i) {
        if after_cue(doc, s, e) && !is_known_non_person(doc, s, e) {
            out.push(Cand::new(Kind::Name, s, e, 0.8, "name-run-cue-after"));
        }
    }
}

#[cfg(test)]
#[path = "name_runs_tests.rs"]
mod tests;
