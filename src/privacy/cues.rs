//! Cue words that say what kind of number follows ("MRN", "member ID",
//! "fax", "call me"). Forum posts are full of typos ("Patiet ID", "nuber"),
//! so cue words of four or more letters also match within a small edit
//! distance ("nubmer", "texxt", "pate" for plate).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::cue_lookup::{letter_mask, remembered};
use super::cue_phrases::{NUMBER_ABBREVIATIONS, PHRASES};
use super::fast::Fx;
use super::name_lists::BEFORE;
use super::text::Word;

/// What a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Phone,
    Fax,
    Ssn,
    Sin,
    Nhs,
    NatId,
    Mrn,
    Plan,
    Account,
    Card,
    License,
    Dea,
    Npi,
    Plate,
    Vin,
    Device,
    Zip,
    Email,
    /// A personal event a date can be tied to (birth, surgery, discharge).
    Event,
    /// "turned", "aged": an age follows.
    Age,
    /// A helpline or public service: the number that follows is not personal.
    Public,
    /// "moved to", "live in", "near": a place (ZIP, postcode) follows.
    Place,
    /// A relation or role word ("husband", "consultant"): a name may follow.
    Person,
}

/// A cue found in a post (byte span plus the word indexes it covers).
#[derive(Debug, Clone)]
pub(crate) struct CueHit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
    pub first_word: usize,
    pub last_word: usize,
}

/// Vocabulary: each distinct cue word gets an id; phrases are id sequences.
pub(crate) struct Vocab {
    pub(crate) ids: HashMap<&'static str, u16, Fx>,
    pub(crate) words: Vec<&'static str>,
    /// Which letters each word uses: a cheap reject before the edit distance.
    pub(crate) masks: Vec<u32>,
    /// Words that only name a person (relation and role cues): their typos
    /// must keep the first letter, or "rather" would read as "father" and
    /// "other" as "mother".
    pub(crate) person_only: Vec<bool>,
    /// Word ids by (length, first letter) and (length, last letter), for the
    /// typo-tolerant lookup: a near miss keeps one of its end letters.
    pub(crate) by_first: Buckets,
    /// Word ids by the word without its first letter.
    pub(crate) tails: HashMap<&'static str, Vec<u16>, Fx>,
    pub(crate) phrases: Vec<(Vec<u16>, Cue)>,
    /// Indexes into `phrases` by the id of their first word, longest first.
    pub(crate) starting: Vec<Vec<usize>>,
}

pub(crate) static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut ids: HashMap<&'static str, u16, Fx> = HashMap::default();
    let mut words = Vec::new();
    let mut phrases = Vec::new();
    // Relation and role words of five letters or more from the name cues, so
    // their misspellings ("husand", "carre") are found like any cue word.
    let persons = BEFORE
        .iter()
        .filter(|w| w.len() >= 5 && w.bytes().all(|b| b.is_ascii_lowercase()))
        .map(|w| (std::slice::from_ref(w), Cue::Person));
    for (ws, cue) in PHRASES.iter().copied().chain(persons).chain(abbreviated()) {
        let seq = ws
            .iter()
            .map(|w| {
                *ids.entry(w).or_insert_with(|| {
                    words.push(*w);
                    (words.len() - 1) as u16
                })
            })
            .collect();
        phrases.push((seq, cue));
    }
    // Longest first so the first phrase that matches at a position wins.
    phrases.sort_by_key(|(seq, _): &(Vec<u16>, Cue)| std::cmp::Reverse(seq.len()));
    let mut by_first = Buckets::default();
    let mut tails: HashMap<&'static str, Vec<u16>, Fx> = HashMap::default();
    for (id, w) in words.iter().enumerate() {
        let b = w.as_bytes();
        if let (Some(&f), Some(tail)) = (b.first(), w.get(1..)) {
            by_first.push(b.len(), f, id as u16);
            tails.entry(tail).or_default().push(id as u16);
        }
    }
    let masks = words.iter().map(|w| letter_mask(w.as_bytes())).collect();
    let mut person_only = vec![true; words.len()];
    for (seq, cue) in &phrases {
        if *cue != Cue::Person {
            seq.iter()
                .for_each(|&id| person_only[usize::from(id)] = false);
        }
    }
    let mut starting = vec![Vec::new(); words.len()];
    for (p, (seq, _)) in phrases.iter().enumerate() {
        if let Some(&first) = seq.first() {
            starting[usize::from(first)].push(p);
        }
    }
    Vocab {
        ids,
        words,
        masks,
        person_only,
        by_first,
        tails,
        phrases,
        starting,
    }
});

/// The phrases ending in "number" with "number" written short ("record
/// no", "hospital #"), unless the vocabulary already lists that form.
fn abbreviated() -> impl Iterator<Item = (&'static [&'static str], Cue)> {
    let listed: Vec<&[&str]> = PHRASES.iter().map(|(ws, _)| *ws).collect();
    let mut out: Vec<(&'static [&'static str], Cue)> = Vec::new();
    for (ws, cue) in PHRASES.iter().copied() {
        let Some((&"number", head)) = ws.split_last() else {
            continue;
        };
        if head.is_empty() {
            continue;
        }
        for &short in NUMBER_ABBREVIATIONS {
            let form: Vec<&'static str> = head.iter().copied().chain([short]).collect();
            if !listed.contains(&form.as_slice()) {
                out.push((Vec::leak(form), cue));
            }
        }
    }
    out.into_iter()
}

/// Word ids by (length, letter), in a flat table: the fuzzy lookup runs for
/// most words of a post, so it must not hash.
pub(crate) struct Buckets(Vec<Vec<u16>>);

impl Default for Buckets {
    fn default() -> Self {
        Buckets(vec![Vec::new(); Buckets::LENS * 27])
    }
}

impl Buckets {
    const LENS: usize = 32;
    fn slot(len: usize, byte: u8) -> Option<usize> {
        let letter = if byte.is_ascii_lowercase() {
            usize::from(byte - b'a')
        } else {
            26
        };
        (len < Self::LENS).then_some(len * 27 + letter)
    }
    fn push(&mut self, len: usize, byte: u8, id: u16) {
        if let Some(s) = Self::slot(len, byte) {
            self.0[s].push(id);
        }
    }
    pub(crate) fn get(&self, len: usize, byte: u8) -> &[u16] {
        Self::slot(len, byte).map_or(&[], |s| &self.0[s])
    }
}

/// Each word's cue-vocabulary id, if any. "cell's", "mum's": a possessive
/// cue word is the word itself.
fn canonical_words(v: &Vocab, lower: &str, words: &[Word]) -> Vec<Option<u16>> {
    words
        .iter()
        .map(|w| {
            let word = &lower[w.start..w.end];
            remembered(v, word).or_else(|| {
                let stem = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("’s"))?;
                remembered(v, stem)
            })
        })
        .collect()
}

/// Finds cue phrases in the lowercased text.
pub(crate) fn find(lower: &str, words: &[Word]) -> Vec<CueHit> {
    let v = &*VOCAB;
    let canon = canonical_words(v, lower, words);
    let mut hits = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(first) = canon[i] else {
            i += 1;
            continue;
        };
        let matched = v.starting[usize::from(first)]
            .iter()
            .map(|&p| &v.phrases[p])
            .find(|(seq, _)| {
                i + seq.len() <= words.len()
                    && seq
                        .iter()
                        .enumerate()
                        .all(|(k, id)| canon[i + k] == Some(*id))
            });
        match matched {
            Some((seq, cue)) => {
                let last = i + seq.len() - 1;
                hits.push(CueHit {
                    cue: *cue,
                    start: words[i].start,
                    end: words[last].end,
                    first_word: i,
                    last_word: last,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    hits
}

#[cfg(test)]
#[path = "cues_tests.rs"]
mod tests;
