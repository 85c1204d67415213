//! Names after a strong cue, read as a run of name-shaped words rather
//! than a listed First+Last pair, so names missing from the lists are found
//! in the places where a name is expected: "my GP Dr Nkechi Okafor",
//! "my dad, R. Chatterjee", "a nurse called Thandiwe Mokoena",
//! "Siobhan Ní Bhriain", "J. Whitfield-Smith", "Dr. van der Berg".

use std::sync::LazyLock;

use super::allowlist::{ORG_NAMES, ORG_WORDS, PUBLIC_FIGURES};
use super::fast::{set_of, WordSet};
use super::name_lists::{BEFORE, NOT_DOCTORS, NOT_FIRST, PLACE_SECOND, STOP, TITLES};
use super::names::{norm_word, FIRST, FUNCTION_SET, LAST, NAME_WORDS, STOP_SET};
use super::text::{Cand, Doc};
use super::Kind;

/// Lowercase surname particles that may sit inside a name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "binti",
    "ben", "al", "el", "ní", "ó", "ua", "mac", "nic", "ter", "ten", "dos", "das", "st",
];

/// Capitalised words that end a run: they are not part of a person's name.
static NOT_NAME: LazyLock<WordSet> = LazyLock::new(|| {
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
static PARTICLE_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(PARTICLES));
/// The last word of every strong cue phrase ("my name is" -> "is").
static CUE_TAIL: LazyLock<WordSet> = LazyLock::new(|| {
    let mut s = set_of(&["called", "named"]);
    s.extend(BEFORE.iter().chain(TITLES).filter_map(|p| {
        let last = p
            .split_whitespace()
            .next_back()?
            .trim_end_matches(['.', ',']);
        (!last.is_empty()).then_some(last)
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
        // "Whitfield-Smith": a hyphen between capitalised words joins them.
        while k + 1 < doc.words.len() && gap(k) == "-" && classify(doc, k + 1) == Some(Part::Word) {
            k += 1;
        }
        end = doc.words[k].end;
        let g = gap(k);
        if k + 1 >= doc.words.len() || !(g == " " || initial && g == ". ") {
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
        return doc.text[doc.words[k].end..]
            .starts_with('.')
            .then_some(Part::Initial);
    }
    // "Ní", "Ó" and "McAllister" count; "ICU", "MRI" (all capitals) do not.
    (rest.chars().any(char::is_lowercase) && !w.chars().any(|c| c.is_ascii_digit()))
        .then_some(Part::Word)
}

/// Organisations and public figures ("Johns Hopkins", "Michael J Fox"),
/// and runs followed by an organisation word ("Sandra Lee Foundation").
fn is_known_non_person(doc: &Doc, s: usize, e: usize) -> bool {
    let k = doc.word_index_at(e);
    if k < doc.words.len() && doc.words[k].start - e <= 1 && ORG_WORDS.contains(&doc.word(k)) {
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

fn trim_possessive(text: &str, end: usize) -> usize {
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

/// The lowercase form of a run: "my husband j. whitfield-smith", "dr
/// mehmet yilmaz". Without capitals only the lists can tell a name from a
/// word, so every part must be a listed name, an initial or a particle,
/// the last a listed surname, and none an ordinary English word.
fn lower_run(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let listed = |k: usize, set: &WordSet| {
        let l = norm_word(doc, k);
        set.contains(l.as_ref())
            && !NAME_WORDS.contains(l.as_ref())
            && !FUNCTION_SET.contains(l.as_ref())
            && !STOP_SET.contains(l.as_ref())
    };
    let (mut k, mut last_ok, mut parts, mut end) = (i, false, 0, 0);
    while k < doc.words.len() && parts < 4 {
        let initial =
            doc.word(k).chars().count() == 1 && doc.text[doc.words[k].end..].starts_with(". ");
        let particle = PARTICLE_SET.contains(doc.word(k)) && parts > 0;
        let mut surname = listed(k, &LAST);
        // "whitfield-smith": each part of a hyphenated surname is listed.
        while k + 1 < doc.words.len() && &doc.text[doc.words[k].end..doc.words[k + 1].start] == "-"
        {
            k += 1;
            surname &= LAST.contains(norm_word(doc, k).as_ref());
        }
        if !(initial || particle || surname || listed(k, &FIRST)) {
            break;
        }
        (parts, last_ok, end) = (parts + 1, surname, doc.words[k].end);
        let gap = doc
            .words
            .get(k + 1)
            .map_or("", |w| &doc.text[doc.words[k].end..w.start]);
        if !(gap == " " || initial && gap == ". ") || !last_ok && parts >= 3 {
            break;
        }
        k += 1;
    }
    (parts >= 2 && last_ok).then(|| (doc.words[i].start, trim_possessive(doc.text, end)))
}

/// Runs the cued-run rule for word i when `strong()` says a person's name
/// is expected there, or when the run closes the post after a comma or dash.
pub(crate) fn detect_at(doc: &Doc, i: usize, strong: impl FnOnce() -> bool, out: &mut Vec<Cand>) {
    // Every cue ends in a word of CUE_TAIL or in punctuation or a line
    // break right before the run: test that first, as this runs per word.
    let prev_end = i.checked_sub(1).map_or(0, |k| doc.words[k].end);
    let gap = &doc.text[prev_end..doc.words[i].start];
    let maybe_cued = gap.contains([',', '-', '—', '–', '~', '\n'])
        || i > 0 && CUE_TAIL.contains(doc.word(i - 1));
    if !maybe_cued {
        return;
    }
    let w = &doc.text[doc.words[i].start..];
    let span = if w.starts_with(char::is_uppercase) || PARTICLE_SET.contains(doc.word(i)) {
        run(doc, i)
    } else if w.starts_with(char::is_lowercase) {
        lower_run(doc, i)
    } else {
        None
    };
    let Some((s, e)) = span else { return };
    if is_known_non_person(doc, s, e) {
        return;
    }
    let lead = doc.text[..s].trim_end_matches([' ', '\n']);
    let closing = doc.text[e..].chars().all(|c| !c.is_alphanumeric())
        && lead.ends_with([',', '-', '—', '–', '~']);
    if closing || introduced(doc, i) || strong() {
        out.push(Cand::new(Kind::Name, s, e, 0.8, "cued-name-run"));
    }
}

#[cfg(test)]
mod tests {
    use super::super::{scan, Kind, DEFAULT_THRESHOLD};

    fn names(text: &str) -> Vec<String> {
        scan(text)
            .into_iter()
            .filter(|f| f.score >= DEFAULT_THRESHOLD && f.kind == Kind::Name)
            .map(|f| text.chars().skip(f.start).take(f.end - f.start).collect())
            .collect()
    }

    #[test]
    fn runs_after_cues() {
        let table: &[(&str, &str)] = &[
            ("my dad, R. Chatterjee, is home", "R. Chatterjee"),
            (
                "My husband J. Whitfield-Smith is in ICU",
                "J. Whitfield-Smith",
            ),
            ("A nurse called Thandiwe Mokoena stayed", "Thandiwe Mokoena"),
            ("Cheers all, Siobhan Ní Bhriain", "Siobhan Ní Bhriain"),
            ("We saw Dr. van der Berg's team", "van der Berg"),
            (
                "Our carer Maria José Fernandes helps",
                "Maria José Fernandes",
            ),
            (
                "my husband j. whitfield-smith is in icu",
                "j. whitfield-smith",
            ),
            (
                "my boyfriend diego ramírez has been a rock",
                "diego ramírez",
            ),
        ];
        for (text, want) in table {
            assert_eq!(names(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn no_runs_without_names() {
        for text in [
            "My GP said the MRI was fine.",
            "My oncologist Mayo Clinic referred me.",
            "Thanks to Johns Hopkins Hospital for everything.",
            "my dad, a retired teacher, is home",
            "I called ICU Monday Morning.",
            "my husband really likes the new nurse",
            "my dad will be home soon",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }
}
