//! Person names without an NER model: cue phrases ("my name is", "Dr.",
//! "my husband", sign-offs, "X here") around capitalised word pairs, and
//! First+Last pairs found in public-domain name lists.

use std::sync::LazyLock;

use super::allowlist::{MEDIA_WORDS, ORG_NAMES, ORG_WORDS, PUBLIC_FIGURES};
use super::cue_lookup::osa_distance;
use super::fast::{set_of, WordSet};
use super::name_cues::{cue_after, cue_before, ends_post, loose_cue_before, phrase_cue, titled};
use super::name_lists::{FUNCTION_WORDS, NOT_DOCTORS, NOT_FIRST, PLACES, PLACE_SECOND, STOP};
pub(crate) use super::name_norm::norm_word;
use super::text::{Cand, Doc};
use super::Kind;

fn load(lists: &[&'static str]) -> WordSet {
    lists
        .iter()
        .flat_map(|l| l.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

pub(crate) static FIRST: LazyLock<WordSet> = LazyLock::new(|| {
    load(&[
        include_str!("data/first_names.txt"),
        include_str!("data/extra_first_names.txt"),
        include_str!("data/world_first_names.txt"),
    ])
});
pub(crate) static LAST: LazyLock<WordSet> = LazyLock::new(|| {
    load(&[
        include_str!("data/surnames.txt"),
        include_str!("data/extra_surnames.txt"),
        include_str!("data/world_surnames.txt"),
    ])
});
/// Names that are also ordinary English words ("Will", "Hope", "Strong").
pub(crate) static NAME_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| load(&[include_str!("data/name_words.txt")]));

pub(crate) static STOP_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(STOP));
static PLACE_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(PLACES));
static NOT_FIRST_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(NOT_FIRST));
pub(crate) static FUNCTION_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(FUNCTION_WORDS));
/// Runs the name detector over consecutive word pairs.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.words.len();
    for i in 0..n {
        title_surname(doc, i, out);
        super::name_runs::detect_at(doc, i, || cue_before(doc, i).0, || phrase_cue(doc, i), out);
        if i + 1 >= n {
            break;
        }
        let mut j = i + 1;
        let w1 = word_text(doc, i);
        if is_initial(doc, j) && j + 1 < n {
            j += 1; // "Mary J. Blige": skip the middle initial
        }
        if !only_space_between(doc, i, j) {
            continue;
        }
        if let Some(score) = pair_score(doc, i, j, w1) {
            let (s, e) = (doc.words[i].start, strip_possessive(doc, j));
            out.push(Cand::new(Kind::Name, s, e, score, "name-pair"));
        }
    }
}

fn word_text<'a>(doc: &Doc<'a>, i: usize) -> &'a str {
    &doc.text[doc.words[i].start..doc.words[i].end]
}

/// "J." between two names.
fn is_initial(doc: &Doc, j: usize) -> bool {
    let w = word_text(doc, j);
    w.chars().count() == 1
        && w.chars().all(char::is_uppercase)
        && doc.text[doc.words[j].end..].starts_with('.')
}

/// Words i..=j are separated only by spaces (and the initial's dot).
fn only_space_between(doc: &Doc, i: usize, j: usize) -> bool {
    (i..j).all(|k| {
        let gap = &doc.text[doc.words[k].end..doc.words[k + 1].start];
        !gap.is_empty()
            && gap.chars().all(|c| c == ' ' || c == '.')
            && gap.matches('.').count() <= usize::from(k > i)
    })
}

fn strip_possessive(doc: &Doc, j: usize) -> usize {
    let w = &doc.words[j];
    let t = &doc.text[w.start..w.end];
    if t.ends_with("'s") || t.ends_with("’s") {
        w.end
            - t.chars()
                .last()
                .map_or(0, |_| if t.ends_with("'s") { 2 } else { 4 })
    } else {
        w.end
    }
}

/// Capitalised like a name: uppercase first letter, some lowercase after.
fn is_cap(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
}

/// Scores words i and j as First Last. Set lookups come first and the
/// context checks (cue phrases, organisations) only for surviving pairs.
fn pair_score(doc: &Doc, i: usize, j: usize, w1: &str) -> Option<f32> {
    let w2 = word_text(doc, j);
    let caps = is_cap(w1) && is_cap(w2);
    // Cheap rejections first: most word pairs in a post are neither
    // capitalised nor start with a listed first name.
    if !caps && !FIRST.contains(doc.word(i)) {
        return None;
    }
    let (l1, l2) = (norm_word(doc, i), norm_word(doc, j));
    let (l1, l2) = (l1.as_ref(), l2.as_ref());
    if STOP_SET.contains(l1) || STOP_SET.contains(l2) || NOT_FIRST_SET.contains(l1) {
        return None;
    }
    // "In India", "At Mercy": a function word or a place is not a name part.
    if FUNCTION_SET.contains(l1) || PLACE_SET.contains(l2) {
        return None;
    }
    let first = FIRST.contains(l1);
    let last_ok = LAST.contains(l2) && !FUNCTION_SET.contains(l2);
    let listed = first && (last_ok || FIRST.contains(l2) && !FUNCTION_SET.contains(l2));
    let (wordy1, wordy2) = (NAME_WORDS.contains(l1), NAME_WORDS.contains(l2));
    let wordy = wordy1 || wordy2;
    // Lowercase "i'm douglas cox": a non-word first name plus any listed
    // surname that is not a function word.
    let lower_ok = first && !wordy1 && last_ok;
    if !caps && (!listed || wordy) && !lower_ok {
        return None;
    }
    // "Agnieszka Wiśniewska", "Wiśniewska Agnieszka": a listed given name beside a word
    // with a national surname ending, in either order.
    let shaped = caps
        && !wordy
        && (first && super::name_shapes::national_ending(word_text(doc, j))
            || FIRST.contains(l2) && super::name_shapes::national_ending(w1));
    let score = cued_score(doc, i, j, caps, listed, wordy, lower_ok)
        .or_else(|| (caps && listed).then(|| uncued_score(doc, i, wordy1, wordy2)))
        .or_else(|| shaped.then_some(0.7))?;
    (!is_org(doc, i, j, l1, l2)).then_some(score)
}

/// The score of a pair given the cues around it, if a cue applies.
fn cued_score(
    doc: &Doc,
    i: usize,
    j: usize,
    caps: bool,
    listed: bool,
    wordy: bool,
    lower_ok: bool,
) -> Option<f32> {
    let (strong, weak) = cue_before(doc, i);
    let cued = strong
        || cue_after(doc, j)
        || ends_post(doc, i, j)
        || loose_cue_before(doc, i, doc.words[i].start, doc.words[j].end);
    if cued && caps {
        // After a title ("Dr. Harjit King") two capitalised words are a name
        // even when one of them is also a word.
        Some(if listed || !wordy || titled(doc, i) {
            0.9
        } else {
            0.45
        })
    } else if cued && (listed && !wordy || lower_ok) {
        Some(0.8)
    } else if weak && caps && listed {
        Some(if wordy { 0.45 } else { 0.8 })
    } else if weak && caps && !wordy && one_listed(doc, i, j) && !bullet_before(doc, i) {
        // "see Jaden Hoffman", "ask for Priya Raghunathan": a listed surname
        // or given name beside an unlisted one.
        Some(0.6)
    } else {
        None
    }
}

/// A dash or list bullet right before word i (a weak cue only for listed pairs).
fn bullet_before(doc: &Doc, i: usize) -> bool {
    doc.text[..doc.words[i].start]
        .trim_end()
        .ends_with(['-', '—', '–', '~', '*'])
}

/// One of the pair is listed in its place and the other is no organisation
/// word: a listed surname that is not also a given name, or a listed given
/// name before an unlisted surname.
fn one_listed(doc: &Doc, i: usize, j: usize) -> bool {
    let (l1, l2) = (norm_word(doc, i), norm_word(doc, j));
    let given_first = FIRST.contains(l1.as_ref())
        && !LAST.contains(l2.as_ref())
        && !FIRST.contains(l2.as_ref())
        && !ORG_WORDS.contains(&l2.as_ref());
    surname_only(doc, j) || given_first
}

/// The second word is a listed surname that is not also a given name or a
/// function word.
fn surname_only(doc: &Doc, j: usize) -> bool {
    let l = norm_word(doc, j);
    LAST.contains(l.as_ref()) && !FIRST.contains(l.as_ref()) && !FUNCTION_SET.contains(l.as_ref())
}

/// A listed, capitalised First Last pair with no cue. A surname that is also
/// a word ("Katherine Young") is still a name; a first name that is a word
/// ("Will", "Hope") is only trusted mid-sentence, where capitals mean names.
fn uncued_score(doc: &Doc, i: usize, wordy1: bool, wordy2: bool) -> f32 {
    let sentence_start = doc.text[..doc.words[i].start]
        .trim_end_matches([' ', '-', '*', '>', '"', '(', '—'])
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | ')'));
    match (wordy1, wordy2) {
        (false, _) => 0.6,
        (true, false) if !sentence_start => 0.55,
        _ => 0.35,
    }
}

/// Organisation or eponym: listed org names, or an org word right after.
fn is_org(doc: &Doc, i: usize, j: usize, l1: &str, l2: &str) -> bool {
    let pair = format!("{l1} {l2}");
    let known = |o: &&str| o.starts_with(&pair) || o.ends_with(&pair) || pair.starts_with(o);
    if ORG_NAMES.iter().any(known) || PUBLIC_FIGURES.iter().any(known) {
        return true;
    }
    let before = doc.lower[..doc.words[i].start].trim_end();
    if before.ends_with("st.") || before.ends_with("saint") || before.ends_with(" st") {
        return true;
    }
    // "the John Radcliffe", "at the Royal Alfred": a hospital, not a person;
    // "Sir Charles Gairdner", "Dame Cicely Saunders": a namesake or a public figure.
    let last_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(last_word, "the" | "sir" | "dame" | "lord" | "saint")
        || NOT_FIRST_SET.contains(last_word)
    {
        return true;
    }
    if PLACE_SECOND.contains(&l2) {
        return true;
    }
    let word_at = |k: usize, words: &[&str]| {
        k < doc.words.len() && words.contains(&doc.word(k)) && only_space_between(doc, k - 1, k)
    };
    // "Kenya Red Cross", "the Turkish Red Crescent".
    if l2 == "red" && word_at(j + 1, &["cross", "crescent"]) {
        return true;
    }
    // "Hospital Albert Einstein", "Clinica ...": the institution word first.
    if i > 0 && is_cap(word_text(doc, i - 1)) && ORG_WORDS.contains(&doc.word(i - 1)) {
        return true;
    }
    // "Chris Hani Baragwanath casualty": a third name word, then a place of care (not a
    // disease: "Shane Brown Kawasaki disease" is a sign-off before a post).
    let third_name = j + 1 < doc.words.len()
        && is_cap(word_text(doc, j + 1))
        && only_space_between(doc, j, j + 1);
    let org_after = word_at(j + 1, ORG_WORDS) || third_name && word_at(j + 2, PLACES_OF_CARE);
    org_after || public_work_after(doc, j) || super::name_shapes::media_after(doc, doc.words[j].end)
}

/// Words after a hospital's name that say it is one.
const PLACES_OF_CARE: &[&str] = &[
    "hospital",
    "casualty",
    "clinic",
    "centre",
    "center",
    "hospice",
    "infirmary",
    "institute",
];

/// "Gabor Maté's book", "Sanjay Gupta's documentary": a possessive name
/// followed by a published work is a public figure.
pub(crate) fn public_work_after(doc: &Doc, j: usize) -> bool {
    let w = doc.word(j);
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    possessive && doc.words.get(j + 1).is_some() && MEDIA_WORDS.contains(&doc.word(j + 1))
}

/// "Dr. Raman", "Dr Smith's office": title plus one listed surname.
fn title_surname(doc: &Doc, i: usize, out: &mut Vec<Cand>) {
    if i == 0
        || !matches!(
            doc.word(i - 1),
            "dr" | "doctor" | "prof" | "professor" | "mr" | "mrs" | "ms"
        )
    {
        return;
    }
    let w = word_text(doc, i);
    let next_cap = i + 1 < doc.words.len()
        && is_cap(word_text(doc, i + 1))
        && only_space_between(doc, i, i + 1);
    // "Dr Chris van Tulleken": a particle and a capitalised word follow, so
    // the run rule judges the whole name (public figures included).
    let particle_next = i + 2 < doc.words.len()
        && super::name_runs::PARTICLE_SET.contains(doc.word(i + 1))
        && is_cap(word_text(doc, i + 2));
    if particle_next {
        return;
    }
    if !next_cap && lower_title_surname(doc, i) {
        out.push(Cand::new(
            Kind::Name,
            doc.words[i].start,
            strip_possessive(doc, i),
            0.6,
            "lower-title-surname",
        ));
        return;
    }
    if next_cap || !is_cap(w) {
        return;
    }
    let l = norm_word(doc, i);
    let famous = |d: &&str| {
        *d == l.as_ref() || d.len() >= 5 && osa_distance(l.as_bytes(), d.as_bytes(), 1) <= 1
    };
    // "Dr Karl on the radio": a broadcaster known by a title and one name.
    if STOP_SET.contains(l.as_ref())
        || NOT_DOCTORS.iter().any(famous)
        || ORG_WORDS.contains(&l.as_ref())
        || super::name_shapes::media_after(doc, strip_possessive(doc, i))
    {
        return;
    }
    // "Dr Obi", "Mr Nakamura": a surname missing from the lists still
    // follows a title, unless it is an ordinary word ("Dr Feelgood").
    let (score, why) = if LAST.contains(l.as_ref()) {
        (0.6, "title-surname")
    } else if unlisted_surname_ok(doc, i, &l) {
        (0.55, "title-unlisted-surname")
    } else {
        return;
    };
    out.push(Cand::new(
        Kind::Name,
        doc.words[i].start,
        strip_possessive(doc, i),
        score,
        why,
    ));
}

/// "dr. halvorsen", "seeing dr okonkwo": a lowercase title (not "ms", the
/// disease) and a lowercase word that is a listed surname and no ordinary
/// word, or is shaped like a surname. "dr appt", "dr said", "dr google" stay.
fn lower_title_surname(doc: &Doc, i: usize) -> bool {
    let title = word_text(doc, i - 1);
    let w = word_text(doc, i);
    if doc.word(i - 1) == "ms"
        || !title.starts_with(char::is_lowercase)
        || !w.starts_with(char::is_lowercase)
        || !w.chars().all(|c| c.is_alphabetic() || c == '\'')
        || !matches!(
            &doc.text[doc.words[i - 1].end..doc.words[i].start],
            " " | ". "
        )
    {
        return false;
    }
    let l = norm_word(doc, i);
    let l = l.as_ref();
    let ordinary = NAME_WORDS.contains(l)
        || FUNCTION_SET.contains(l)
        || STOP_SET.contains(l)
        || super::name_lists::COMMON_LOWER.contains(&l)
        || NOT_DOCTORS.contains(&l);
    let listed = LAST.contains(l) && l.len() >= 3;
    // "dr gabor maté's book": a name pair follows, which the pair and run
    // rules judge (public figures included).
    let pair_follows = doc.words.get(i + 1).is_some_and(|_| {
        let n = norm_word(doc, i + 1);
        &doc.text[doc.words[i].end..doc.words[i + 1].start] == " "
            && (LAST.contains(n.as_ref()) || FIRST.contains(n.as_ref()))
            && !FUNCTION_SET.contains(n.as_ref())
            && !NAME_WORDS.contains(n.as_ref())
    });
    let public =
        public_work_after(doc, i) || i + 1 < doc.words.len() && public_work_after(doc, i + 1);
    !ordinary && !pair_follows && !public && (listed || super::name_shapes::surname_shaped(w))
}

/// A title and an unlisted capitalised word: "MS Society" is the disease's
/// charity and "Dr Feelgood" a word, so the title must be written as a
/// title and the word must not be an ordinary or organisation word.
fn unlisted_surname_ok(doc: &Doc, i: usize, l: &str) -> bool {
    let title = word_text(doc, i - 1);
    let shouting = title.len() > 1 && title.chars().all(|c| c.is_ascii_uppercase());
    !shouting
        && !NAME_WORDS.contains(l)
        && !ORG_WORDS.contains(&l)
        && !PLACE_SECOND.contains(&l)
        && l.len() >= 3
        && word_text(doc, i).chars().all(char::is_alphabetic)
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
