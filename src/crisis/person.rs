//! Who a cue is about: the author, or someone the author writes about ("my son says he ...").

use super::lexicon::is_person_noun;

/// What one word says about the person.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Author,
    Someone,
    Unknown,
}

fn mark(word: &str) -> Mark {
    match word {
        "i" | "me" | "myself" => Mark::Author,
        "he" | "she" | "they" | "him" | "his" | "her" | "them" | "their" | "hers" | "himself"
        | "herself" | "themselves" | "themself" => Mark::Someone,
        w if is_person_noun(w) => Mark::Someone,
        _ => Mark::Unknown,
    }
}

/// Whether the match `text[start..end]`, in the sentence starting at `sentence_start`,
/// is about someone other than the author. A reflexive in the match decides; then the first
/// person word in the match ("my" counts as the author unless a person noun follows it);
/// then the nearest person word before it in the sentence; otherwise the author.
pub(super) fn about_someone_else(
    text: &str,
    sentence_start: usize,
    start: usize,
    end: usize,
) -> bool {
    let matched: Vec<&str> = text[start..end].split(' ').collect();
    if let Some(reflexive) = matched
        .iter()
        .find(|w| w.ends_with("self") || w.ends_with("selves"))
    {
        return *reflexive != "myself" && *reflexive != "self";
    }
    if let Some(found) = first_in_match(&matched) {
        return found == Mark::Someone;
    }
    let before: Vec<&str> = text[sentence_start..start].split(' ').collect();
    (0..before.len())
        .rev()
        .filter(|&i| !(before[i] == "me" && i > 0 && SENT_TO_ME.contains(&before[i - 1])))
        .map(|i| mark(before[i]))
        .find(|m| *m != Mark::Unknown)
        .is_some_and(|m| m == Mark::Someone)
}

/// Verbs after which "me" is who a message was sent to, not who is at risk ("Mum texted me
/// an hour ago: sorry, love you all").
const SENT_TO_ME: &[&str] = &[
    "texted",
    "messaged",
    "rang",
    "called",
    "phoned",
    "emailed",
    "told",
    "sent",
    "wrote",
    "asked",
    "begged",
    "warned",
    "showed",
    "whatsapped",
    "dmd",
];

/// Words after which a person is an object ("passwords for my dad"), not the one at risk.
const OBJECT_BEFORE: &[&str] = &[
    "for", "to", "with", "from", "by", "at", "about", "told", "asked", "tell",
];

/// Verbs after which "them" is the medicine ("think about taking them"), not a person.
const TAKE: &[&str] = &[
    "take",
    "taking",
    "took",
    "swallow",
    "swallowing",
    "use",
    "using",
];

/// Words that start a time clause inside a match.
const TIME_CLAUSE: &[&str] = &["when", "once", "after", "before", "while", "until", "till"];

fn first_in_match(words: &[&str]) -> Option<Mark> {
    let mut skip_next = false;
    for (i, word) in words.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        // "it ends when my husband goes away": the time clause names someone else, not the
        // person at risk.
        if i > 0 && TIME_CLAUSE.contains(word) {
            return None;
        }
        let object = i > 0 && OBJECT_BEFORE.contains(&words[i - 1]);
        if *word == "my" {
            let next = words.get(i + 1).copied().unwrap_or("");
            if object && is_person_noun(next) {
                skip_next = true;
                continue;
            }
            return Some(if is_person_noun(next) {
                Mark::Someone
            } else {
                Mark::Author
            });
        }
        let m = mark(word);
        let taken = *word == "them" && i > 0 && TAKE.contains(&words[i - 1]);
        if (object || taken) && m == Mark::Someone {
            continue;
        }
        if m != Mark::Unknown {
            return Some(m);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn other(text: &str, cue: &str) -> bool {
        let start = text.find(cue).unwrap_or(0);
        about_someone_else(text, 0, start, start + cue.len())
    }

    #[test]
    fn reads_the_person_from_the_match_then_the_sentence() {
        assert!(other("my son says he wants to die", "wants to die"));
        assert!(!other("i told my mum i want to die", "want to die"));
        assert!(other(
            "found fresh cuts on my daughters arms",
            "fresh cuts on my daughters arms"
        ));
        assert!(!other(
            "fresh cuts on my arms again",
            "fresh cuts on my arms"
        ));
        assert!(other(
            "she is going to kill herself",
            "going to kill herself"
        ));
        assert!(!other(
            "everyone would be better off without me",
            "better off without me"
        ));
        assert!(!other("goodbye everyone", "goodbye everyone"));
    }
}
