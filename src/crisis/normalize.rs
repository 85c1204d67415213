//! Normalised text: lowercase words separated by single spaces, apostrophes dropped,
//! texting spellings and contractions rewritten, typos in crisis words repaired,
//! `.` between sentences and `,` between clauses. Every byte remembers where in the
//! original it came from, so a match maps back to a span of the post.

use super::{lexicon, typo};

/// A post after normalisation.
pub(super) struct Norm {
    /// The normalised text (ASCII punctuation, words in lowercase).
    pub text: String,
    /// For every byte of `text`, the original byte range it was made from.
    origin: Vec<(usize, usize)>,
}

/// What a character does to the word stream.
enum Class {
    Word,
    Joiner,
    Sentence,
    Clause,
    Laugh,
    Space,
}

/// Sad faces: beside them a skull is despair, not "I'm dead (laughing)".
const SAD_FACES: &[char] = &[
    '\u{1f61e}',
    '\u{1f622}',
    '\u{1f62d}',
    '\u{1f614}',
    '\u{1f97a}',
    '\u{1f494}',
    '\u{1fae0}',
    '\u{1f629}',
    '\u{1f62b}',
    '\u{2639}',
];

fn classify(c: char, sad: bool) -> Class {
    match c {
        '\u{1f480}' if sad => Class::Space,
        c if c.is_alphanumeric() => Class::Word,
        '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => Class::Joiner,
        '.' | '!' | '?' | ';' | '\n' | '\u{2026}' | '\u{2022}' => Class::Sentence,
        ',' | ':' | '\u{2014}' | '\u{2013}' | '(' | ')' => Class::Clause,
        '\u{1f602}' | '\u{1f923}' | '\u{1f480}' => Class::Laugh,
        _ => Class::Space,
    }
}

impl Norm {
    /// Normalises `original`.
    pub fn new(original: &str) -> Norm {
        let mut b = Builder {
            out: Norm {
                text: String::with_capacity(original.len() + 16),
                origin: Vec::with_capacity(original.len() + 16),
            },
            word: String::new(),
            word_start: 0,
            word_end: 0,
            word_capital: false,
            word_apostrophe: false,
        };
        let sad = original.contains(SAD_FACES);
        for (at, c) in original.char_indices() {
            let end = at + c.len_utf8();
            match classify(c, sad) {
                Class::Word => b.push_char(c, at, end),
                Class::Joiner if !b.word.is_empty() => {
                    b.word_end = end;
                    b.word_apostrophe = true;
                }
                Class::Sentence => b.mark(".", at, end),
                Class::Clause => b.mark(",", at, end),
                Class::Laugh => b.laugh(at, end),
                Class::Joiner | Class::Space => b.flush(),
            }
        }
        b.flush();
        b.out
    }

    /// The original byte range of normalised bytes `start..end` (spaces at the edges trimmed).
    pub fn original_span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let (mut s, mut e) = (start, end.min(bytes.len()));
        while s < e && bytes[s] == b' ' {
            s += 1;
        }
        while e > s && bytes[e - 1] == b' ' {
            e -= 1;
        }
        (s < e).then(|| (self.origin[s].0, self.origin[e - 1].1))
    }
}

struct Builder {
    out: Norm,
    word: String,
    word_start: usize,
    word_end: usize,
    /// Whether the current word began with a capital letter.
    word_capital: bool,
    /// Whether an apostrophe joined the current word ("he'll", not "hell").
    word_apostrophe: bool,
}

/// Contractions that, their apostrophe dropped, spell another word: rewritten only when
/// the apostrophe was typed ("he'll be gone", "hell of a week").
const CONTRACTED: &[(&str, &str)] = &[
    ("hell", "he will"),
    ("shell", "she will"),
    ("well", "we will"),
    ("were", "we are"),
    ("wed", "we would"),
    ("shed", "she would"),
];

/// Words that, capitalised after a word with no punctuation between, start a new sentence
/// in run-on posts ("the queue is killing me lol My boyfriend rang ...").
const STARTERS: &[&str] = &[
    "my", "the", "has", "does", "anyone", "thanks", "thank", "we", "our", "this", "sorry",
    "anyway", "hope", "hi", "hello", "sleep", "he", "she", "they", "his", "her",
];

impl Builder {
    fn push_char(&mut self, c: char, at: usize, end: usize) {
        if self.word.is_empty() {
            self.word_start = at;
            self.word_capital = c.is_uppercase();
        }
        self.word.extend(c.to_lowercase());
        self.word_end = end;
    }

    /// Ends the current word: rewrites it, repairs it, and writes it out.
    fn flush(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let word = std::mem::take(&mut self.word);
        let (start, end) = (self.word_start, self.word_end);
        if self.word_capital && self.after_run_on(&word) {
            self.emit(".", start, start);
        }
        let contracted = std::mem::take(&mut self.word_apostrophe)
            .then(|| CONTRACTED.iter().find(|(w, _)| *w == word).map(|(_, c)| *c))
            .flatten();
        let canonical = contracted
            .or_else(|| lexicon::rewrite(&word))
            .or_else(|| typo::repair(&word));
        match canonical {
            Some(words) => self.emit(words, start, end),
            None => self.emit(&word, start, end),
        }
    }

    /// Whether a capitalised `word` starts a sentence nobody punctuated: after a laugh,
    /// or a sentence-starting word after an ordinary word.
    fn after_run_on(&self, word: &str) -> bool {
        let text = &self.out.text;
        if text.is_empty() || text.ends_with(" .") || text.ends_with(" ,") {
            return false;
        }
        let last = text.rsplit(' ').next().unwrap_or("");
        last == "lol" || (STARTERS.contains(&word) && last != "i" && last.len() > 1)
    }

    /// A laughing emoji reads as "lol" in its sentence; at a sentence start it belongs to
    /// the sentence before, whose end mark is already out, so it is dropped.
    fn laugh(&mut self, at: usize, end: usize) {
        self.flush();
        if !self.out.text.is_empty() && !self.out.text.ends_with(" .") {
            self.emit("lol", at, end);
        }
    }

    /// A sentence or clause mark; repeated marks collapse, a sentence mark wins over a clause.
    fn mark(&mut self, mark: &str, at: usize, end: usize) {
        self.flush();
        let text = &mut self.out.text;
        if text.ends_with(" .") || text.is_empty() {
            return;
        }
        if mark == "." && text.ends_with(" ,") {
            text.truncate(text.len() - 1);
            self.out.origin.truncate(text.len());
            text.push('.');
            self.out.origin.push((at, end));
            return;
        }
        if text.ends_with(" ,") {
            return;
        }
        self.emit(mark, at, end);
    }

    fn emit(&mut self, words: &str, start: usize, end: usize) {
        let out = &mut self.out;
        if !out.text.is_empty() {
            let gap = out.origin.last().map_or((start, start), |&(_, e)| (e, e));
            out.text.push(' ');
            out.origin.push(gap);
        }
        out.text.push_str(words);
        out.origin
            .extend(std::iter::repeat_n((start, end), words.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_texting_and_keeps_offsets() {
        let original = "Honestly?? i cant do this anymore, gonna end it 2nite 😂";
        let norm = Norm::new(original);
        assert_eq!(
            norm.text,
            "honestly . i can not do this anymore , going to end it tonight lol"
        );
        let at = norm.text.find("tonight").unwrap_or(0);
        let (s, e) = norm
            .original_span(at, at + "tonight".len())
            .unwrap_or((0, 0));
        assert_eq!(&original[s..e], "2nite");
    }

    #[test]
    fn joins_apostrophes_and_splits_hyphens() {
        let norm = Norm::new("I’m done with self-harm.\n\nShe's OK");
        assert_eq!(norm.text, "i am done with self harm . she is okay");
    }

    #[test]
    fn unpunctuated_sentences_are_cut_after_a_laugh_or_before_a_capitalised_starter() {
        let norm = Norm::new("the queue is killing me lol My sister rang");
        assert_eq!(norm.text, "the queue is killing me lol . my sister rang");
        let norm = Norm::new("joints hated it The clinic rang and I said no");
        assert_eq!(norm.text, "joints hated it . the clinic rang and i said no");
        let norm = Norm::new("I think I will");
        assert_eq!(norm.text, "i think i will");
    }

    #[test]
    fn multibyte_letters_stay_words() {
        let norm = Norm::new("Café naïve İstanbul");
        assert!(norm.text.starts_with("café naïve"));
    }
}
