//! Cues around a candidate name: phrases before it ("my husband", "Dr.",
//! "c/o", sign-offs), misspelt relation and role words ("husand", "carre"),
//! phrases after it ("... here", ", MD"), and its place in the post (a
//! signature line, the last words after a comma or dash).

use std::sync::LazyLock;

use super::cues::Cue;
use super::fast::{set_of, WordSet};
use super::name_lists::{AFTER, BEFORE, TITLES, WEAK_BEFORE};
use super::text::Doc;

/// Strong cue phrases (titles included) and weak ones, looked up by the
/// suffixes of the text before a name that start at a word boundary.
pub(crate) static STRONG_SET: LazyLock<WordSet> = LazyLock::new(|| {
    let mut s = set_of(BEFORE);
    s.extend(TITLES.iter().copied());
    s
});
pub(crate) static WEAK_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(WEAK_BEFORE));

/// (strong cue, weak cue) in the text just before word i: a listed phrase
/// that ends there and starts at a word boundary.
pub(crate) fn cue_before(doc: &Doc, i: usize) -> (bool, bool) {
    let s = doc.words[i].start;
    let from = super::text::floor_boundary(doc.text, s.saturating_sub(30));
    let before = doc.lower[from..s]
        .trim_end_matches([' ', ',', ':', '\n'])
        .trim_end();
    let mut phrases = before
        .char_indices()
        .filter(|&(p, _)| {
            before[..p]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|(p, _)| &before[p..]);
    let weak = phrases.clone().any(|p| WEAK_SET.contains(p));
    let strong = !weak && phrases.any(|p| STRONG_SET.contains(p))
        || line_signature(doc, i)
        || misspelt_role_before(doc, i);
    (strong, weak)
}

/// A sign-off with a comma or a bracket after a relation or role word
/// before word i ("Cheers, Bronwyn", "Mum (Eileen"): looser than a phrase
/// cue ("Cheers, Happy Friday", "Mum (Stage Four"), so what follows must
/// also carry some evidence of being a name.
pub(crate) fn loose_cue_before(doc: &Doc, i: usize, s: usize, e: usize) -> bool {
    (super::name_shapes::signoff_before(doc, i) || super::name_shapes::bracket_after_person(doc, i))
        && super::name_shapes::name_evidence(doc, s, e)
}

/// A cue phrase (not a line position) right before word i: "my husband",
/// "Dr.", "c/o", or a misspelling of a relation or role word.
pub(crate) fn phrase_cue(doc: &Doc, i: usize) -> bool {
    let s = doc.words[i].start;
    let from = super::text::floor_boundary(doc.text, s.saturating_sub(30));
    let before = doc.lower[from..s]
        .trim_end_matches([' ', ',', ':', '\n'])
        .trim_end();
    let starts = before.char_indices().filter(|&(p, _)| {
        before[..p]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    });
    let mut phrases = starts.map(|(p, _)| &before[p..]);
    phrases.any(|p| STRONG_SET.contains(p) && !WEAK_SET.contains(p)) || misspelt_role_before(doc, i)
}

/// "my husand", "mum's carre": a relation or role cue (found by the cue
/// lookup, misspellings included) right before word i, at most a comma between.
pub(crate) fn misspelt_role_before(doc: &Doc, i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let gap = &doc.text[doc.words[k].end..doc.words[i].start];
    let at = doc.cues.partition_point(|h| h.last_word < k);
    matches!(gap.trim_matches(' '), "" | ",")
        && doc
            .cues
            .get(at)
            .is_some_and(|h| h.cue == Cue::Person && h.last_word == k)
}

/// A name alone on the last line (or after a dash at the end of a post).
fn line_signature(doc: &Doc, i: usize) -> bool {
    let s = doc.words[i].start;
    let line_start = doc.text[..s].rfind('\n').map_or(0, |p| p + 1);
    let lead = doc.text[line_start..s].trim();
    let rest = doc.text[s..]
        .find('\n')
        .map_or(&doc.text[s..], |p| &doc.text[s..s + p]);
    let short_line = rest.split_whitespace().count() <= 3;
    let last_line = !doc.text[s..].contains('\n') || doc.text[s..].trim_end().find('\n').is_none();
    (lead.is_empty() || matches!(lead, "-" | "—" | "–" | "~"))
        && short_line
        && last_line
        && line_start > 0
}

/// "..., Margaret O'Neill" or "- Linda Cunningham" as the last words.
pub(crate) fn ends_post(doc: &Doc, i: usize, j: usize) -> bool {
    let tail = &doc.text[doc.words[j].end..];
    let closing = tail.chars().all(|c| !c.is_alphanumeric());
    let lead = doc.text[..doc.words[i].start].trim_end_matches(' ');
    closing && (lead.ends_with(',') || lead.ends_with(['-', '—', '–', '~']))
}

pub(crate) fn cue_after(doc: &Doc, j: usize) -> bool {
    let e = doc.words[j].end;
    let rest = &doc.lower[e..];
    super::name_shapes::role_after(doc, e)
        || AFTER.iter().any(|a| {
            rest.starts_with(a)
                && rest[a.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() || a.ends_with(' '))
        })
}

/// A title right before word i ("Dr. Harjit King").
pub(crate) fn titled(doc: &Doc, i: usize) -> bool {
    i > 0
        && matches!(
            doc.word(i - 1),
            "dr" | "doctor" | "prof" | "professor" | "mr" | "mrs" | "ms" | "nurse"
        )
}
