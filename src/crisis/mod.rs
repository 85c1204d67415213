//! Crisis-language detector for forum posts: pure functions, no I/O, no database.
//!
//! `assess` reads a post's title and text and says whether its author (or someone they
//! write about) may be at risk of suicide or self-harm, following the labels of
//! `../shared/crisis-corpus/README.md`:
//!
//! - `Imminent`: intent plus a plan, means, a time, a goodbye or an attempt under way;
//! - `Ideation`: current thoughts of suicide or of wanting to be dead;
//! - `SelfHarm`: current or very recent self-injury;
//! - `None`: everything else, including idioms, jokes with a trivial cause, clinical talk,
//!   recovery stories, grief, awareness posts, end-of-life planning and lookalikes.
//!
//! How: the text is normalised (lowercase, apostrophes dropped, texting spellings and
//! contractions rewritten, typos in crisis words repaired, sentences and clauses marked,
//! every byte mapped back to the original). Hand-written cues (regexes over the normalised
//! text) each say one thing: a wish to be dead, a goodbye, a time, a method. Guards cancel
//! a cue when it is negated, in the past, clinical or news talk, grief, a joke, explained
//! by an ordinary reason, end-of-life planning or an accident. The surviving cues of the
//! author and of the people written about are combined separately into a level.
//! A post the rules call `none`, in which no guard cancelled anything, may still be raised
//! by a small linear model shipped in `data/model.bin` (see `model.rs`), only above a high
//! threshold.
//!
//! The level is health data: staff only. Nothing here logs or keeps post text.

mod cue;
mod cues_harm;
mod cues_ideation;
mod cues_imminent;
mod cues_method;
mod decide;
mod guard_words;
mod guards;
mod jsonl;
mod lexicon;
mod macros;
mod model;
mod normalize;
mod person;
#[cfg(test)]
mod props;
mod scan;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_model;
#[cfg(test)]
mod tests_negatives;
#[cfg(test)]
mod tests_round4;
#[cfg(test)]
mod tests_round5;
#[cfg(test)]
mod tests_round6;
#[cfg(test)]
mod tests_round7;
#[cfg(test)]
mod tests_round8;
#[cfg(test)]
mod tests_round9;
#[cfg(test)]
mod tests_tools;
mod typo;
mod window;

use serde::Serialize;

pub use jsonl::{features_jsonl, scan_jsonl, ScanSummary, MAX_LINE_BYTES};

/// How urgent a post is; ordered so that `Imminent` is the highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    None,
    SelfHarm,
    Ideation,
    Imminent,
}

impl Level {
    /// `"none"`, `"self_harm"`, `"ideation"` or `"imminent"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::SelfHarm => "self_harm",
            Level::Ideation => "ideation",
            Level::Imminent => "imminent",
        }
    }
}

/// Who is at risk: the author, or someone the author writes about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Subject {
    /// The author (`"self"`).
    #[serde(rename = "self")]
    SelfAuthor,
    /// Someone else: a relative, a friend (`"other"`).
    #[serde(rename = "other")]
    Other,
}

impl Subject {
    /// `"self"` or `"other"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Subject::SelfAuthor => "self",
            Subject::Other => "other",
        }
    }
}

/// A byte range `start..end` of the string it refers to, always on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What the detector makes of one post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The most urgent level found.
    pub level: Level,
    /// A concrete method with means at hand: hide the post from other readers until a
    /// moderator acts. Only ever true with `Imminent` or `Ideation`.
    pub method_detail: bool,
    /// Who is at risk. `SelfAuthor` when `level` is `None` (there is no one).
    pub subject: Subject,
    /// The passages of the text (the body) that decided the level, for moderators only:
    /// byte ranges into the `text` argument of [`assess`], sorted and not overlapping.
    pub spans: Vec<Span>,
    /// The same for the `title` argument of [`assess`].
    pub title_spans: Vec<Span>,
}

impl Assessment {
    /// Whether the post is at any crisis level (the author sees crisis lines).
    pub fn is_crisis(&self) -> bool {
        self.level != Level::None
    }
}

/// Assesses a post: its title (may be empty) and its text. Both are read together, as
/// `title`, a paragraph break, then `text`; spans come back separately for each, as byte
/// ranges into the string they belong to (`spans` into `text`, `title_spans` into `title`).
pub fn assess(title: &str, text: &str) -> Assessment {
    let joined;
    let (combined, body_at) = if title.is_empty() {
        (text, 0)
    } else {
        joined = format!("{title}\n\n{text}");
        (joined.as_str(), title.len() + 2)
    };
    let norm = normalize::Norm::new(combined);
    let found = scan::find_hits_guarded(&norm);
    let (hits, guarded) = (&found.hits, found.guarded);
    let decision = decide::decide(hits);
    let mut outcome = Outcome {
        level: decision.level,
        method: decision.method,
        other: decision.other,
        ranges: decision.deciding.iter().map(|h| (h.start, h.end)).collect(),
    };
    if model_may_speak(decision.level, guarded) {
        if let Some(raised) = model_raise(&norm, hits, &decision, &found.lookalikes) {
            outcome = raised;
        }
    }
    let mut ranges: Vec<(usize, usize)> = outcome
        .ranges
        .iter()
        .filter_map(|&(s, e)| norm.original_span(s, e))
        .collect();
    ranges.sort_unstable();
    let (title_spans, spans) = split_spans(merge(ranges), title.len(), body_at);
    Assessment {
        level: outcome.level,
        method_detail: outcome.method,
        subject: if outcome.other {
            Subject::Other
        } else {
            Subject::SelfAuthor
        },
        spans,
        title_spans,
    }
}

/// The model is asked only about a post the rules call `none` and in which no guard
/// cancelled a cue: it never overrides negation, the past, clinical talk and the like.
fn model_may_speak(rules: Level, guarded: usize) -> bool {
    rules == Level::None && guarded == 0
}

/// A decision with its deciding ranges in the normalised text.
struct Outcome {
    level: Level,
    method: bool,
    other: bool,
    ranges: Vec<(usize, usize)>,
}

/// The model's say on a post the rules call `none`: a level when it is sure enough, with
/// the sentence that weighed most as its span, method detail when the rules found a method
/// tied to a crisis cue, and "someone else" when every crisis cue found was about someone else.
fn model_raise(
    norm: &normalize::Norm,
    hits: &[scan::Hit],
    decision: &decide::Decision,
    lookalikes: &[usize],
) -> Option<Outcome> {
    let m = model::model()?;
    let level = model::raise(&m.probabilities(&model::features(&norm.text, m.bits())))?;
    let sentences = scan::sentences(&norm.text);
    let (best, _) = sentences
        .iter()
        .enumerate()
        .map(|(i, &(s, e))| {
            (
                i,
                m.crisis_weight(&model::features(&norm.text[s..e], m.bits())),
            )
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    if sentence_vetoed(&norm.text, &sentences, best) || lookalikes.contains(&best) {
        return None;
    }
    // A method the rules found is tied to the crisis when a crisis cue sits beside it; the
    // sentence the model leaned on counts as such a cue ("Walked to the railway line ...
    // I'm going back after dark").
    let beside_best: Vec<&scan::Hit> = hits
        .iter()
        .filter(|h| h.kind == cue::Kind::Method && h.sentence.abs_diff(best) <= 1)
        .collect();
    let method = matches!(level, Level::Imminent | Level::Ideation)
        && (!decision.methods.is_empty() || !beside_best.is_empty());
    let (s, e) = sentences[best];
    let mut ranges = vec![(s, e)];
    if method {
        ranges.extend(decision.methods.iter().map(|h| (h.start, h.end)));
        ranges.extend(beside_best.iter().map(|h| (h.start, h.end)));
    }
    let (mut about_other, mut about_self) = (false, false);
    for h in hits
        .iter()
        .filter(|h| !matches!(h.kind, cue::Kind::Time | cue::Kind::Method))
    {
        if h.other {
            about_other = true;
        } else {
            about_self = true;
        }
    }
    if !about_other && !about_self {
        about_other = person::about_someone_else(&norm.text, s, s, e);
    }
    Some(Outcome {
        level,
        method,
        other: about_other && !about_self,
        ranges,
    })
}

/// Whether sentence `i` of the normalised text is one the model must not act on (see
/// `guards::model_veto`), read with the sentence before it.
fn sentence_vetoed(text: &str, sentences: &[(usize, usize)], i: usize) -> bool {
    let (s, e) = sentences[i];
    let before = i
        .checked_sub(1)
        .map_or("", |j| &text[sentences[j].0..sentences[j].1]);
    guards::model_veto(&text[s..e], before)
}

/// What the model is trained on, for one post: its feature buckets and what the rules
/// found. Written by `carecircle crisis-features` for `bench/crisis/train.py`; no text.
#[doc(hidden)]
#[derive(Debug, Serialize)]
pub struct TrainingRow {
    /// Feature buckets of the normalised text (sorted, each once).
    pub f: Vec<u32>,
    /// The level of the rules alone.
    pub rules: &'static str,
    /// Whether the rules found method detail.
    pub method: bool,
    /// Whether the rules' level is about someone else.
    pub other: bool,
    /// Matches a guard cancelled.
    pub guarded: usize,
    /// Whether a method cue is tied to a crisis cue.
    pub tied: bool,
    /// Non-time, non-method cues about the author and about someone else.
    pub self_hits: usize,
    pub other_hits: usize,
    /// Per sentence: its feature buckets, and whether the model must not act on it.
    pub sentences: Vec<(Vec<u32>, bool)>,
}

/// The training row of a post (see [`TrainingRow`]).
#[doc(hidden)]
pub fn training_row(title: &str, text: &str) -> TrainingRow {
    let combined = if title.is_empty() {
        text.to_string()
    } else {
        format!("{title}\n\n{text}")
    };
    let norm = normalize::Norm::new(&combined);
    let found = scan::find_hits_guarded(&norm);
    let (hits, guarded) = (found.hits, found.guarded);
    let decision = decide::decide(&hits);
    let bounds = scan::sentences(&norm.text);
    let counted = |other: bool| {
        hits.iter()
            .filter(|h| h.other == other && !matches!(h.kind, cue::Kind::Time | cue::Kind::Method))
            .count()
    };
    TrainingRow {
        f: model::features(&norm.text, model::BITS),
        rules: decision.level.as_str(),
        method: decision.method,
        other: decision.other,
        guarded,
        tied: !decision.methods.is_empty(),
        self_hits: counted(false),
        other_hits: counted(true),
        sentences: (0..bounds.len())
            .map(|i| {
                let (s, e) = bounds[i];
                (
                    model::features(&norm.text[s..e], model::BITS),
                    sentence_vetoed(&norm.text, &bounds, i) || found.lookalikes.contains(&i),
                )
            })
            .collect(),
    }
}

/// Merges sorted, possibly overlapping ranges.
fn merge(ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Splits ranges of `title + "\n\n" + text` into title spans and body spans.
fn split_spans(
    ranges: Vec<(usize, usize)>,
    title_len: usize,
    body_at: usize,
) -> (Vec<Span>, Vec<Span>) {
    let (mut title, mut body) = (Vec::new(), Vec::new());
    for (s, e) in ranges {
        if body_at > 0 && s < title_len {
            title.push(Span {
                start: s,
                end: e.min(title_len),
            });
        }
        if e > body_at {
            let start = s.max(body_at) - body_at;
            body.push(Span {
                start,
                end: e - body_at,
            });
        }
    }
    (title, body)
}
