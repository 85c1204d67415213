//! Finds the cues in a normalised post, applies their context conditions and guards,
//! and says who each one is about.

use super::cue::{cues, CompiledCtx, Ctx, Cues, Kind, Strength, Who};
use super::guards::{judge, Verdict, Window};
use super::normalize::Norm;
use super::person::about_someone_else;

/// One cue that survived its guards.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pub kind: Kind,
    pub strength: Strength,
    /// About someone other than the author.
    pub other: bool,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// Byte range in the normalised text.
    pub start: usize,
    pub end: usize,
}

/// Byte ranges of the sentences of normalised text (separated by " . ").
pub(super) fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(" .") {
        out.push((start, at));
        start = (at + 3).min(text.len());
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// All cues found in `norm`, in no particular order.
#[cfg(test)]
pub(super) fn find_hits(norm: &Norm) -> Vec<Hit> {
    find_hits_guarded(norm).hits
}

/// What the cues of a post came to.
pub(super) struct Found {
    /// The cues that survived.
    pub hits: Vec<Hit>,
    /// How many matches a guard cancelled.
    pub guarded: usize,
    /// The sentences in which a crisis cue matched a lookalike ("end it with my boyfriend",
    /// "jumping off the diving board"): the model must not act on them.
    pub lookalikes: Vec<usize>,
}

/// All cues found in `norm`, how many matches a guard cancelled (negation, the past,
/// clinical talk ...): the model may raise a post only when no guard spoke; and the
/// sentences where a cue met a lookalike.
pub(super) fn find_hits_guarded(norm: &Norm) -> Found {
    let text = norm.text.as_str();
    let bounds = sentences(text);
    let all = cues();
    let mut hits = Vec::new();
    let mut guarded = 0;
    let mut lookalikes = Vec::new();
    for index in 0..all.defs.len() {
        for m in all.regexes[index].find_iter(text) {
            match examine(all, index, text, &bounds, m.start(), m.end()) {
                Examined::Hit(hit) => hits.push(hit),
                Examined::Guarded => guarded += 1,
                Examined::Lookalike(sentence) => lookalikes.push(sentence),
                Examined::OutOfContext => {}
            }
        }
    }
    lookalikes.sort_unstable();
    lookalikes.dedup();
    Found {
        hits,
        guarded,
        lookalikes,
    }
}

/// What became of one match.
enum Examined {
    Hit(Hit),
    /// A context condition of the cue does not hold (the cue does not apply).
    OutOfContext,
    /// A crisis cue's "not before / not after / not in the match" condition failed: the
    /// match is a lookalike, in this sentence.
    Lookalike(usize),
    /// A guard cancelled it.
    Guarded,
}

fn sentence_of(bounds: &[(usize, usize)], at: usize) -> usize {
    bounds
        .partition_point(|&(_, end)| end < at)
        .min(bounds.len().saturating_sub(1))
}

/// The sentence of a match, as a byte range widened to hold the whole match.
fn sentence_range(
    bounds: &[(usize, usize)],
    sentence: usize,
    text: &str,
    start: usize,
    end: usize,
) -> (usize, usize) {
    let (s_start, s_end) = bounds.get(sentence).copied().unwrap_or((0, text.len()));
    (s_start.min(start), s_end.max(end).min(text.len()))
}

/// One match: its context conditions, its guards, its person.
fn examine(
    all: &Cues,
    index: usize,
    text: &str,
    bounds: &[(usize, usize)],
    start: usize,
    end: usize,
) -> Examined {
    let def = &all.defs[index];
    let sentence = sentence_of(bounds, start);
    let (s_start, s_end) = sentence_range(bounds, sentence, text, start, end);
    let window = Window {
        sentence: &text[s_start..s_end],
        prefix: text[s_start..start].trim_end(),
        matched: &text[start..end],
        suffix: text[end..s_end].trim_start(),
        next: bounds.get(sentence + 1).map_or("", |&(a, b)| &text[a..b]),
        prev: sentence
            .checked_sub(1)
            .and_then(|i| bounds.get(i))
            .map_or("", |&(a, b)| &text[a..b]),
        post: text,
    };
    if !all.contexts[index]
        .iter()
        .all(|c| context_holds(c, &window))
    {
        // A "not before / not after / not in the match" condition names a lookalike ("end it
        // with my boyfriend", "jumping off the diving board"): the model must not overrule it
        // in that sentence. A missing "need" condition is just no match.
        let lookalike = all.contexts[index].iter().any(|c| {
            matches!(
                c.ctx,
                Ctx::NotBefore(_) | Ctx::NotAfter(_) | Ctx::NotInMatch(_)
            ) && !context_holds(c, &window)
        });
        return if lookalike && def.kind != Kind::Time && def.kind != Kind::Method {
            Examined::Lookalike(sentence)
        } else {
            Examined::OutOfContext
        };
    }
    let kind = match (judge(def.guards, &window), def.kind) {
        (Verdict::Drop, _) => return Examined::Guarded,
        (Verdict::Conditional, Kind::Intent) => Kind::Ideation,
        (_, kind) => kind,
    };
    let other = match def.who {
        Who::Other => true,
        Who::Infer => about_someone_else(text, s_start, start, end),
    };
    Examined::Hit(Hit {
        kind,
        strength: def.strength,
        other,
        sentence,
        start,
        end,
    })
}

fn context_holds(c: &CompiledCtx, w: &Window) -> bool {
    match c.ctx {
        Ctx::NeedBefore(_) => c.regex.is_match(w.prefix),
        Ctx::NotBefore(_) => !c.regex.is_match(w.prefix),
        Ctx::NeedAfter(_) => c.regex.is_match(w.suffix),
        Ctx::NotAfter(_) => !c.regex.is_match(w.suffix),
        Ctx::NeedSentence(_) => c.regex.is_match(&w.region()),
        Ctx::NotInMatch(_) => !c.regex.is_match(w.matched),
        Ctx::NeedAround(_) => {
            c.regex.is_match(w.sentence) || c.regex.is_match(w.prev) || c.regex.is_match(w.next)
        }
        Ctx::NeedPost(_) => c.regex.is_match(w.post),
    }
}
