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
mod normalize;
mod person;
#[cfg(test)]
mod props;
mod scan;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_negatives;
#[cfg(test)]
mod tests_tools;
mod typo;
mod window;

use serde::Serialize;

pub use jsonl::{scan_jsonl, ScanSummary, MAX_LINE_BYTES};

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
    let decision = decide::decide(&scan::find_hits(&norm));
    let mut ranges: Vec<(usize, usize)> = decision
        .deciding
        .iter()
        .filter_map(|h| norm.original_span(h.start, h.end))
        .collect();
    ranges.sort_unstable();
    let (title_spans, spans) = split_spans(merge(ranges), title.len(), body_at);
    Assessment {
        level: decision.level,
        method_detail: decision.method,
        subject: if decision.other {
            Subject::Other
        } else {
            Subject::SelfAuthor
        },
        spans,
        title_spans,
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
