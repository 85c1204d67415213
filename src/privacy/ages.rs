//! Ages of 90 or more. People mention them in passing: "my nan (94)",
//! "Grandad, aged 91,", "she'll be 96 in June", "dad turns 90", "a 97 y/o".
//! One regex finds the numbers 90-119 (and "ninety-two", "a hundred"); the
//! words around each decide whether it is a person's age. The span is the
//! number only.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::cues::Cue;
use super::fast::{set_of, WordSet};
use super::search::find_if;
use super::text::{Cand, Doc};
use super::Kind;

static AGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)(?-u:\b)(?:9\d|1[01]\d|ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?-u:\b)",
    )
});

/// An age glued to its unit or ordinal: "93yo", "94yrs", "95th birthday". The
/// number alone is the span; an ordinal counts only before a birthday.
static GLUED_AGE: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?i)(?-u:\b)(9\d|1[01]\d)(yo|yrs|yr|th|st|nd|rd)(?-u:\b)"));

/// People whose age is given: relatives, pronouns, and care words, in the
/// voices of the forum (UK "nan", Indian "dadi", Filipino "lola", Māori "koro").
#[rustfmt::skip]
static PERSON: LazyLock<WordSet> = LazyLock::new(|| {
    set_of(&[
        "mom", "mum", "mam", "mother", "ma", "mama", "mommy", "dad", "father", "da", "papa", "pa",
        "grandma", "grandmother", "grandpa", "grandfather", "nan", "nana", "nanna", "nanny",
        "gran", "granny", "grandad", "granddad", "grandpop", "gramps", "poppa", "pop", "pops",
        "poppop", "grandmom", "grandmum", "great-grandma", "great-grandmother", "great-grandpa",
        "great-grandfather", "great-aunt", "great-uncle", "aunt", "auntie", "aunty", "uncle",
        "husband", "hubby", "wife", "partner", "neighbour", "neighbor", "friend", "patient",
        "resident", "client", "sister", "brother", "cousin", "mil", "fil", "mother-in-law",
        "father-in-law", "he", "she", "who", "she'll", "he'll", "lola", "lolo", "koro", "kuia",
        "gogo", "nonna", "nonno", "oma", "opa", "abuela", "abuelo", "abuelita", "babcia",
        "dziadek", "dadi", "nani", "dada", "ammamma", "ajji", "thatha", "paati", "bubbe", "zayde",
        "yiayia", "papou", "granddaughter", "grandson", "great-grandmother's", "mum's", "dad's",
        "lady", "gentleman", "man", "woman", "veteran", "aunty's", "gran's", "nan's", "grandma's",
        "grandpa's", "mom's", "father's", "mother's", "husband's", "wife's", "he's", "she's",
        "popo", "gunggung", "nainai", "yeye", "mamaw", "papaw", "memaw", "meemaw", "amma", "appa",
        "ammachi", "achan", "nanay", "tatay", "bibi", "babu", "shosho",
    ])
});

/// Words that may stand between a person and the age ("dad is now 93").
#[rustfmt::skip]
const LINK: &[&str] = &[
    "is", "was", "now", "be", "will", "just", "almost", "nearly", "only", "still", "aged", "age",
    "turned", "turns", "turning", "and", "recently", "who's", "whos", "s", "being", "a",
];

/// Units and measures after a number: a dose, a reading, a duration.
#[rustfmt::skip]
const UNIT_AFTER: &[&str] = &[
    "%", "°", "mg", "mcg", "lb", "kg", "bpm", "min", "degree", "pound", "percent", "mmhg", "/",
    "mmol", "ml", "unit", "day", "week", "month", "hour", "hr", "sec", "step", "cm", "mm", "km",
    "mile", "time", "beat", "point", "kcal", "cal", "g ", "f ", "c ", "mph", "x ", "yard", "foot",
    "feet", "meter", "metre", "second", "pill", "tablet", "dollar", "$", "rupee", "page",
];

/// Readings before a number that make it a measurement ("pulse 98").
#[rustfmt::skip]
const MEASURE_BEFORE: &[&str] = &[
    "sats", "sat", "sugar", "sugars", "glucose", "bg", "bs", "score", "scored", "spo2", "o2",
    "rate", "hr", "pulse", "bp", "weight", "fev1", "egfr", "temp", "temperature", "reading",
    "level", "a1c", "iq", "ward", "room", "bed", "bus", "route", "highway", "floor", "level",
    "gate", "platform", "number", "no", "test", "exam", "over", "under", "than",
];

/// Runs the age detector.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.age(), &AGE_NUMBER, doc.text) {
        let (s, e) = (m.start(), m.end());
        let glued = doc.text[..s].ends_with(['.', ',', '/', '-', '$', '#', '£', '€'])
            && doc.text[..s]
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit());
        if glued || unit_after(doc, e) || measured(doc, s) {
            continue;
        }
        if years_old_after(doc, e)
            || cued_before(doc, s, e)
            || person_before(doc, s, e)
            || person_before_clause(doc, s)
            || has_years(doc, s, e)
        {
            out.push(Cand::new(Kind::AgeOver89, s, e, 0.85, "age-over-89"));
        }
    }
    glued(doc, out);
}

/// "93yo", "a 94yrs old man", "her 95th birthday": the regex above needs a word
/// boundary after the number, which these forms do not have.
fn glued(doc: &Doc, out: &mut Vec<Cand>) {
    if !doc.gates.age() {
        return;
    }
    for c in GLUED_AGE.captures_iter(doc.text) {
        let (Some(number), Some(suffix)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let ordinal = matches!(
            suffix.as_str().to_ascii_lowercase().as_str(),
            "th" | "st" | "nd" | "rd"
        );
        if ordinal && !birthday_after(doc, suffix.end()) {
            continue;
        }
        out.push(Cand::new(
            Kind::AgeOver89,
            number.start(),
            number.end(),
            0.85,
            "age-over-89",
        ));
    }
}

fn birthday_after(doc: &Doc, e: usize) -> bool {
    let after = doc.lower[e..].trim_start();
    ["birthday", "bday", "b'day", "b-day"]
        .iter()
        .any(|b| after.starts_with(b))
}

fn unit_after(doc: &Doc, e: usize) -> bool {
    let after = doc.lower[e..].trim_start_matches([' ', '-']);
    UNIT_AFTER.iter().any(|u| after.starts_with(u))
        && !after.starts_with("years")
        && !after.starts_with("yrs")
}

fn measured(doc: &Doc, s: usize) -> bool {
    let i = doc.word_index_at(s);
    (i.saturating_sub(2)..i).any(|k| MEASURE_BEFORE.contains(&doc.word(k)))
}

/// "95 years old", "95-year-old", "95 yrs of age", "95 y/o", "95yo",
/// "95 years young", "95th birthday".
fn years_old_after(doc: &Doc, e: usize) -> bool {
    let after = doc.lower[e..].trim_start_matches([' ', '-']);
    let after = after
        .strip_prefix("th ")
        .or(after.strip_prefix("st "))
        .unwrap_or(after);
    if after.starts_with("birthday") || after.starts_with("bday") || after.starts_with("b'day") {
        return true;
    }
    for short in ["yo", "y/o", "y.o", "yr old", "yrs", "yr-old"] {
        if after.starts_with(short) && !after[short.len()..].starts_with(char::is_alphanumeric) {
            return true;
        }
    }
    let Some(rest) = ["years", "year", "yr"]
        .iter()
        .find_map(|y| after.strip_prefix(y))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '-']);
    rest.starts_with("old") || rest.starts_with("of age") || rest.starts_with("young")
}

/// An age cue right before ("turned 93", "aged 91", "turnde 95"), or
/// "I'm 92", or "at 95, she ...".
fn cued_before(doc: &Doc, s: usize, e: usize) -> bool {
    let i = doc.word_index_at(s);
    let word = |back: usize| i.checked_sub(back).map_or("", |k| doc.word(k));
    let cue_at = |k: usize| {
        doc.cues
            .iter()
            .any(|h| h.cue == Cue::Age && h.last_word + 1 == k)
    };
    let hedge = matches!(word(1), "just" | "now" | "nearly" | "almost");
    if cue_at(i) || hedge && cue_at(i - 1) {
        return true;
    }
    if matches!(word(1), "i'm" | "i’m" | "im") || word(2) == "i" && word(1) == "am" {
        return true;
    }
    let hit = |k: usize| matches!(word(k), "reached" | "hit");
    hit(1) && PERSON.contains(word(2))
        || hit(1) && hedge_word(word(2)) && PERSON.contains(word(3))
        || word(1) == "at" && person_follows(doc, e)
}

fn hedge_word(w: &str) -> bool {
    matches!(w, "just" | "now" | "finally" | "recently")
}

/// Non-native "my grandfather has 93 years", "nonna she have 95 years": a
/// person, "has/have/had", the number and "years", not "years of history".
fn has_years(doc: &Doc, s: usize, e: usize) -> bool {
    // Words are letter runs: word i is the first after the number.
    let i = doc.word_index_at(s);
    let word = |back: usize| i.checked_sub(back).map_or("", |k| doc.word(k));
    let after = doc.lower[e..].trim_start();
    let Some(rest) = ["years", "yrs"].iter().find_map(|y| after.strip_prefix(y)) else {
        return false;
    };
    let next = rest
        .trim_start_matches([' ', ','])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(
        next,
        "of" | "ago" | "since" | "experience" | "history" | "in" | "on" | "with"
    ) {
        return false;
    }
    matches!(word(1), "has" | "have" | "had")
        && (2..=3).any(|b| {
            i.checked_sub(b).is_some_and(|k| {
                PERSON.contains(doc.word(k)) && !doc.has_break(doc.words[k].end, s)
            })
        })
}

/// "At 95, she ...", "at 97 she's ...": a person right after the number.
/// Word k ends a relation or role cue found by the typo-tolerant cue
/// lookup ("great-gandfather", "grandmther").
fn misspelt_relation(doc: &Doc, k: usize) -> bool {
    doc.cues
        .iter()
        .any(|h| h.cue == Cue::Person && h.last_word == k)
}

fn person_follows(doc: &Doc, e: usize) -> bool {
    let rest = doc.lower[e..].trim_start_matches([' ', ',']);
    let next = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    PERSON.contains(next) || matches!(next, "i" | "my" | "they" | "we")
}

/// "My nan, bless her heart, is 96": a person, a clause between commas, a
/// linking word, the age.
fn person_before_clause(doc: &Doc, s: usize) -> bool {
    let i = doc.word_index_at(s);
    let Some(link) = i.checked_sub(1) else {
        return false;
    };
    let comma_after = |k: usize| doc.text[doc.words[k].end..doc.words[k + 1].start].contains(',');
    if !LINK.contains(&doc.word(link)) || link == 0 || !comma_after(link - 1) {
        return false;
    }
    (link.saturating_sub(9)..link - 1).rev().any(|p| {
        comma_after(p) && PERSON.contains(doc.word(p)) && !doc.has_break(doc.words[p].end, s)
    })
}

/// The last word of "mother-in-law", "in-laws", split into letter runs.
fn in_law(doc: &Doc, k: usize) -> bool {
    matches!(doc.word(k), "law" | "laws") && k > 0 && doc.word(k - 1) == "in"
}

/// A person word before the age, joined by linking words, a comma or a
/// bracket: "Dad is 99", "my nan (94)", "Nana, now 93,", "she'll be 90",
/// or with the person's name between: "Aunty Flo is 102".
fn person_before(doc: &Doc, s: usize, e: usize) -> bool {
    let i = doc.word_index_at(s);
    let bracket =
        doc.text[..s].trim_end().ends_with('(') && doc.text[e..].trim_start().starts_with(')');
    for k in (i.saturating_sub(6)..i).rev() {
        if is_person(doc, k) {
            return !doc.has_break(doc.words[k].end, s);
        }
        if !(LINK.contains(&doc.word(k)) || bracket && k + 1 == i || named(doc, k, i)) {
            return false;
        }
    }
    false
}

fn is_person(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    PERSON.contains(w)
        || w.ends_with("'s") && PERSON.contains(&w[..w.len() - 2])
        || in_law(doc, k)
        || misspelt_relation(doc, k)
}

/// Word k is part of a name that follows a person word and runs up to the
/// age at word i ("my nan margaret o'sullivan (91)").
fn named(doc: &Doc, k: usize, i: usize) -> bool {
    (k.saturating_sub(3)..k)
        .rev()
        .find(|&p| is_person(doc, p))
        .is_some_and(|p| {
            super::name_shapes::name_evidence(doc, doc.words[p + 1].start, doc.words[i - 1].end)
        })
}

#[cfg(test)]
mod tests {
    use super::super::Kind;

    fn ages(text: &str) -> Vec<String> {
        super::super::held(text)
            .into_iter()
            .filter(|(kind, _)| *kind == Kind::AgeOver89)
            .map(|(_, words)| words)
            .collect()
    }

    #[test]
    fn ages_said_in_passing() {
        let table: &[(&str, &str)] = &[
            ("My nan (94) just came home", "94"),
            ("Grandad, aged 91, is on the list", "91"),
            ("She'll be 96 in June", "96"),
            ("Nana, now 93, still makes soup", "93"),
            ("My daughter tures 94 on Sunday", "94"),
            ("My father is 92 years of age", "92"),
            ("Our 95-year-old neighbour fell", "95"),
            ("Mum's 97 y/o and sharp", "97"),
            ("my koro is 93 and just got a pacemaker", "93"),
            ("gogo turned ninety-one in hospital", "ninety-one"),
            ("At 95, she still drives", "95"),
            ("I'm 92 and keeping my salt", "92"),
            ("my great-gandfather, 94, got a phone", "94"),
            ("my grandmther is 96 this year", "96"),
            ("Nan had her 95th birthday on the ward", "95"),
            ("grandad is 93yo and sharp", "93"),
            ("Dad, 94yrs, still drives", "94"),
            ("At ninety four my uncle still swims", "ninety four"),
            ("My mother-in-law, now 96, moved in", "96"),
            ("my mamaw is 97 and still cans tomatoes", "97"),
            ("Grandpa's fixing to turn 95 in April", "95"),
        ];
        for (text, want) in table {
            assert_eq!(ages(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn numbers_that_are_not_ages() {
        for text in [
            "The infusion takes 90 minutes",
            "95% of patients respond",
            "I lost 92 lbs since the surgery",
            "Got a 90-day supply",
            "Sats were 96% and pulse 98",
            "We're on ward 94",
            "She scored 97 on the hearing test",
            "Turned the thermostat to 90 degrees",
            "dad's sugar was 98 this morning",
            "I'm 45 and dad is 89",
            "Ward 4 celebrated its 95th anniversary",
            "Flat 92nd street clinic is closed",
            "took the 93rd dose today",
            "My in-laws live 90 miles away",
            "Turn to page 94 of the leaflet",
        ] {
            assert!(ages(text).is_empty(), "{text}: {:?}", ages(text));
        }
    }
}
