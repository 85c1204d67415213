//! Shared per-post state: the text, an ASCII-lowercased copy with identical
//! byte offsets, word tokens, cue hits, and byte->char offset conversion.
//! Detectors work in byte offsets (what `regex` returns); `scan` converts to
//! char offsets once at the end.

use super::cues::{self, Cue, CueHit};
use super::gates::Gates;
use super::Kind;

/// A candidate finding in byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cand {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub score: f32,
    pub reason: &'static str,
}

impl Cand {
    pub fn new(kind: Kind, start: usize, end: usize, score: f32, reason: &'static str) -> Self {
        Cand {
            kind,
            start,
            end,
            score,
            reason,
        }
    }
}

/// A word token: a run of letters/digits (apostrophes inside allowed) or a
/// lone `#`, which several cues use ("acct #", "member #").
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
}

/// A post prepared for the detectors.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    /// `text.to_ascii_lowercase()`: same byte offsets as `text`.
    pub lower: String,
    pub words: Vec<Word>,
    pub cues: Vec<CueHit>,
    /// True when the post has no uppercase ASCII letters at all, so
    /// capitalisation cannot be used as evidence.
    pub all_lower: bool,
    /// Which detector regexes can match at all.
    pub gates: Gates,
}

impl<'a> Doc<'a> {
    /// Tokenises `text` and finds its cue words.
    pub fn new(text: &'a str) -> Self {
        let lower = text.to_ascii_lowercase();
        let words = tokenize(text);
        let all_lower = !text.bytes().any(|b| b.is_ascii_uppercase());
        let cues = cues::find(&lower, &words);
        let gates = Gates::new(text, &lower);
        Doc {
            text,
            lower,
            words,
            cues,
            all_lower,
            gates,
        }
    }

    /// The same post with every regex gate open (for the property test that
    /// gating never changes the findings).
    #[cfg(test)]
    pub fn ungated(text: &'a str) -> Self {
        let mut doc = Doc::new(text);
        doc.gates = doc.gates.all_open();
        doc
    }

    /// Converts a byte offset (on a char boundary) to a char offset.
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        self.text[..byte].chars().count()
    }

    /// Index of the first word starting at or after `byte`.
    pub fn word_index_at(&self, byte: usize) -> usize {
        self.words.partition_point(|w| w.start < byte)
    }

    /// The lowercase text of word `i`.
    pub fn word(&self, i: usize) -> &str {
        let w = &self.words[i];
        &self.lower[w.start..w.end]
    }

    /// The nearest cue of one of `wanted` ending before `start` within
    /// `max_words` words, or starting after `end` within `max_after` words.
    /// Returns the cue and its distance in words (after-cues get +2, since
    /// "12345678 is my MRN" is rarer and weaker than "MRN 12345678").
    pub fn nearest_cue(
        &self,
        start: usize,
        end: usize,
        wanted: &[Cue],
        max_words: usize,
        max_after: usize,
    ) -> Option<(Cue, usize)> {
        let first = self.word_index_at(start);
        let last = self.word_index_at(end);
        let mut best: Option<(Cue, usize)> = None;
        for hit in &self.cues {
            if !wanted.contains(&hit.cue) {
                continue;
            }
            let dist = if hit.end <= start {
                let between = first.saturating_sub(hit.last_word + 1);
                if between > max_words || self.has_break(hit.end, start) {
                    continue;
                }
                between
            } else if hit.start >= end {
                let between = hit.first_word.saturating_sub(last);
                if between > max_after || self.has_break(end, hit.start) {
                    continue;
                }
                between + 2
            } else {
                continue;
            };
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((hit.cue, dist));
            }
        }
        best
    }

    /// Is there a paragraph or sentence break in `text[a..b]`? A full stop
    /// only counts when followed by a space and a capital letter, and not
    /// after short abbreviations ("no.", "Dr.", "acct.").
    pub fn has_break(&self, a: usize, b: usize) -> bool {
        let a = a.min(b);
        let seg = &self.text[a..b];
        if seg.contains('\n') || seg.contains('?') || seg.contains('!') {
            return true;
        }
        // The word before a full stop may begin before `a` ("hospital. Ring"
        // when the segment starts at the stop), so look back in the text.
        let all = self.text.as_bytes();
        let bytes = seg.as_bytes();
        for (i, &c) in bytes.iter().enumerate() {
            // In an all-lowercase post a sentence starts in lowercase too.
            let starts = |b: u8| b.is_ascii_uppercase() || self.all_lower && b.is_ascii_lowercase();
            if c == b'.' && i + 2 < bytes.len() && bytes[i + 1] == b' ' && starts(bytes[i + 2]) {
                let word_len = all[..a + i]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                if word_len >= 4 {
                    return true;
                }
            }
        }
        false
    }

    /// Does any of `words` occur (whole word, lowercase) in `lower[a..b]`?
    pub fn window_has(&self, a: usize, b: usize, words: &[&str]) -> bool {
        let a = floor_boundary(self.text, a);
        let b = floor_boundary(self.text, b.min(self.text.len()));
        let i0 = self.word_index_at(a);
        (i0..self.words.len())
            .take_while(|&i| self.words[i].end <= b)
            .any(|i| words.contains(&self.word(i)))
    }
}

/// Largest char boundary <= `i`.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Splits into alphanumeric runs (apostrophes inside a word kept) and `#`.
fn tokenize(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut cur: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner_apos = (c == '\'' || c == '’')
            && cur.is_some()
            && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apos {
            cur.get_or_insert(i);
            continue;
        }
        if let Some(s) = cur.take() {
            words.push(Word { start: s, end: i });
        }
        if c == '#' {
            words.push(Word {
                start: i,
                end: i + 1,
            });
        }
    }
    if let Some(s) = cur {
        words.push(Word {
            start: s,
            end: text.len(),
        });
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_with_apostrophes_and_hash() {
        let d = Doc::new("My doctor's acct # 12, ok");
        let w: Vec<&str> = (0..d.words.len()).map(|i| d.word(i)).collect();
        assert_eq!(w, ["my", "doctor's", "acct", "#", "12", "ok"]);
    }

    #[test]
    fn char_offsets_skip_multibyte() {
        let d = Doc::new("é😀x");
        assert_eq!(d.char_at(0), 0);
        assert_eq!(d.char_at(2), 1);
        assert_eq!(d.char_at(6), 2);
    }

    #[test]
    fn sentence_breaks() {
        let d = Doc::new("serial no. TWF9 then. Next one");
        assert!(!d.has_break(0, 14));
        assert!(d.has_break(0, d.text.len()));
    }
}
