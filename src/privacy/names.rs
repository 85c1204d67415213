//! Person names without an NER model: cue phrases ("my name is", "Dr.",
//! "my husband", sign-offs, "X here") around capitalised word pairs, and
//! First+Last pairs found in public-domain name lists.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::allowlist::{ORG_NAMES, ORG_WORDS, PUBLIC_FIGURES};
use super::name_lists::{
    AFTER, BEFORE, FUNCTION_WORDS, NOT_DOCTORS, NOT_FIRST, PLACE_SECOND, STOP, TITLES, WEAK_BEFORE,
};
use super::text::{Cand, Doc};
use super::Kind;

fn load(lists: &[&'static str]) -> HashSet<&'static str> {
    lists
        .iter()
        .flat_map(|l| l.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

static FIRST: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    load(&[
        include_str!("data/first_names.txt"),
        include_str!("data/extra_first_names.txt"),
    ])
});
static LAST: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    load(&[
        include_str!("data/surnames.txt"),
        include_str!("data/extra_surnames.txt"),
    ])
});
/// Names that are also ordinary English words ("Will", "Hope", "Strong").
static NAME_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| load(&[include_str!("data/name_words.txt")]));

static STOP_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| STOP.iter().copied().collect());

/// Runs the name detector over consecutive word pairs.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.words.len();
    for i in 0..n {
        title_surname(doc, i, out);
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

/// Lowercase list key: possessive and inner apostrophes removed (O'Neill).
fn norm(w: &str) -> String {
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    w.chars()
        .filter(|c| *c != '\'' && *c != '’')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Scores words i and j as First Last.
fn pair_score(doc: &Doc, i: usize, j: usize, w1: &str) -> Option<f32> {
    let w2 = word_text(doc, j);
    let caps = is_cap(w1) && is_cap(w2);
    // Cheap rejections first: most word pairs in a post are neither
    // capitalised nor start with a listed first name.
    if !caps && !FIRST.contains(doc.word(i)) {
        return None;
    }
    let (l1, l2) = (norm(w1), norm(w2));
    if STOP_SET.contains(l1.as_str())
        || STOP_SET.contains(l2.as_str())
        || NOT_FIRST.contains(&l1.as_str())
        || is_org(doc, i, j, &l1, &l2)
    {
        return None;
    }
    let listed = FIRST.contains(l1.as_str())
        && (LAST.contains(l2.as_str()) || FIRST.contains(l2.as_str()))
        && !FUNCTION_WORDS.contains(&l2.as_str());
    let (wordy1, wordy2) = (
        NAME_WORDS.contains(l1.as_str()),
        NAME_WORDS.contains(l2.as_str()),
    );
    let wordy = wordy1 || wordy2;
    let (strong, weak) = cue_before(doc, i);
    let after = cue_after(doc, j) || ends_post(doc, i, j);
    // Lowercase "i'm douglas cox": a non-word first name plus any listed
    // surname that is not a function word.
    let lower_ok = FIRST.contains(l1.as_str())
        && !NAME_WORDS.contains(l1.as_str())
        && LAST.contains(l2.as_str())
        && !FUNCTION_WORDS.contains(&l2.as_str());
    let score = if (strong || after) && caps {
        if listed || !wordy {
            0.9
        } else {
            0.45
        }
    } else if (strong || after) && (listed && !wordy || lower_ok) {
        0.8
    } else if weak && caps && listed {
        if wordy {
            0.45
        } else {
            0.8
        }
    } else if caps && listed {
        uncued_score(doc, i, wordy1, wordy2)
    } else {
        return None;
    };
    Some(score)
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

/// (strong cue, weak cue) in the text just before word i.
fn cue_before(doc: &Doc, i: usize) -> (bool, bool) {
    let s = doc.words[i].start;
    let from = super::text::floor_boundary(doc.text, s.saturating_sub(30));
    let before = doc.lower[from..s]
        .trim_end_matches([' ', ',', ':', '\n'])
        .trim_end();
    let ends = |c: &&str| {
        before.ends_with(*c)
            && before[..before.len() - c.len()]
                .chars()
                .next_back()
                .is_none_or(|p| !p.is_alphanumeric())
    };
    let weak = WEAK_BEFORE.iter().any(ends);
    let strong =
        !weak && (BEFORE.iter().any(ends) || TITLES.iter().any(ends)) || line_signature(doc, i);
    (strong, weak)
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
fn ends_post(doc: &Doc, i: usize, j: usize) -> bool {
    let tail = &doc.text[doc.words[j].end..];
    let closing = tail.chars().all(|c| !c.is_alphanumeric());
    let lead = doc.text[..doc.words[i].start].trim_end_matches(' ');
    closing && (lead.ends_with(',') || lead.ends_with(['-', '—', '–', '~']))
}

fn cue_after(doc: &Doc, j: usize) -> bool {
    let e = doc.words[j].end;
    let rest = &doc.lower[e..];
    AFTER.iter().any(|a| {
        rest.starts_with(a)
            && rest[a.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() || a.ends_with(' '))
    })
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
    if PLACE_SECOND.contains(&l2) {
        return true;
    }
    let next = j + 1;
    next < doc.words.len()
        && ORG_WORDS.contains(&doc.word(next))
        && only_space_between(doc, j, next)
}

/// "Dr. Raman", "Dr Smith's office": title plus one listed surname.
fn title_surname(doc: &Doc, i: usize, out: &mut Vec<Cand>) {
    if i == 0
        || !TITLES.contains(&doc.word(i - 1))
        || !["dr", "doctor", "prof", "professor", "mr", "mrs", "ms"].contains(&doc.word(i - 1))
    {
        return;
    }
    let w = word_text(doc, i);
    let l = norm(w);
    let next_cap = i + 1 < doc.words.len()
        && is_cap(word_text(doc, i + 1))
        && only_space_between(doc, i, i + 1);
    if next_cap
        || !is_cap(w)
        || STOP_SET.contains(l.as_str())
        || NOT_DOCTORS.contains(&l.as_str())
        || !LAST.contains(l.as_str())
    {
        return;
    }
    out.push(Cand::new(
        Kind::Name,
        doc.words[i].start,
        strip_possessive(doc, i),
        0.6,
        "title-surname",
    ));
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
    fn finds_names() {
        let table: &[(&str, &str)] = &[
            (
                "My endo is Dr. Katherine Griffin at Duke",
                "Katherine Griffin",
            ),
            (
                "My psychiatrist is Dr. Priya Raman at the clinic",
                "Priya Raman",
            ),
            (
                "Hi friends, Stacy Schneider here, long time lurker",
                "Stacy Schneider",
            ),
            (
                "hey everyone! veronica davis here, long time lurker",
                "veronica davis",
            ),
            ("My mom Taylor Strong was just moved", "Taylor Strong"),
            (
                "Thanks again, everyone.\n- Linda Cunningham",
                "Linda Cunningham",
            ),
            (
                "Does anyone here see Kayla Vaughn? She's great",
                "Kayla Vaughn",
            ),
            ("My GP Dr Smith's office called", "Smith"),
            ("Cheers,\nSiobhan Murphy", "Siobhan Murphy"),
            ("Our consultant, Anjali Sharma, was lovely", "Anjali Sharma"),
            (
                "😀 Émilie wrote: my husband Mathieu Tremblay is home",
                "Mathieu Tremblay",
            ),
            (
                "Please keep Katherine Young in your prayers",
                "Katherine Young",
            ),
            ("Our caseworker Mark Brown sorted it", "Mark Brown"),
            ("please pray for my brother-in-law Grace Hill", "Grace Hill"),
        ];
        for (text, want) in table {
            assert_eq!(names(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn not_names() {
        for text in [
            "Diagnosed with Crohn's and Hashimoto's, seen at Johns Hopkins and Mayo Clinic.",
            "Did the Susan G. Komen 3-Day and gave to the Michael J. Fox Foundation.",
            "Got my transplant at Sloan Kettering, then Mount Sinai and Mass General.",
            "Lewy body vs Alzheimer's, how did your neurologist tell?",
            "My husband John says hi. Will Power is a song.",
            "Grace Hospital was fine, and Parkinson's Disease Foundation too.",
            "Taking Humira and Metformin, saw my oncologist on Monday.",
            "Will Smith was on TV. Hope Lodge housed us during treatment.",
            "Mark Twain said it best.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }
}
