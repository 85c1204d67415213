//! ZIP codes and postcodes given as where someone lives or is: after a
//! state, a zip or postcode cue, or a place phrase ("near 85909", "moved to
//! 02139", "relocating from 79615", "within 10 km of M4C 1B5", "we're in
//! 4067"). Bare numbers never count (steps, copies/mL, counts).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::address::STATES;
use super::cues::{Cue, CueHit};
use super::numbers::standalone;
use super::search::find_if;
use super::text::{floor_boundary, Cand, Doc};
use super::Kind;

static ZIP: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"(?-u:\b)\d{5}(?:-\d{4})?(?-u:\b)"));
static STATE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(&format!(r"(?:^|[\s,]){STATES},?\s*$")));
/// What a place or postcode cue may announce, right after it: an Indian PIN,
/// an Australian postcode, a UK or Canadian postcode in any casing.
static AFTER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)^(?:\s|:|,|\bthe\b|\bis\b|\bcode\b|\barea\b|\bof\b)*(\d{6}|\d{4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)(?-u:\b)",
    )
});

/// An Irish Eircode: a routing key (a letter and two digits, or D6W) and a four-character
/// unique identifier from the same restricted letters, mixing letters and digits. The shape
/// is specific enough to be its own cue.
static EIRCODE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"(?i)(?-u:\b)(?:[ACDEFHKNPRTVWXY]\d\d|D6W) ?([0-9ACDEFHKNPRTVWXY]{4})(?-u:\b)")
});

/// Words just before a bare 5-digit number that make it a place.
const ZIP_BEFORE: &[&str] = &[
    "near", "in", "around", "of", "zip", "zipcode", "code", "postal", "live", "area", "outside",
    "nearby",
];
/// Verbs of a move, and of a trip, before "from A to B".
const MOVING: &[&str] = &[
    "moving",
    "moved",
    "move",
    "relocating",
    "relocated",
    "relocate",
];
const TRAVELLING: &[&str] = &[
    "driving",
    "drove",
    "drive",
    "commute",
    "commuting",
    "travelling",
    "traveling",
    "travel",
];
const ZIP_AFTER: &[&str] = &["zip", "zipcode", "area", "postal", "postcode"];

/// Runs the ZIP and cued-postcode detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.zip(), &ZIP, doc.text) {
        let (s, e) = (m.start(), m.end());
        if standalone(doc.text, s, e) && !doc.text[..s].ends_with(['$', '#']) {
            out.push(Cand::new(Kind::Zip, s, e, zip_score(doc, s, e), "zip"));
        }
    }
    for hit in &doc.cues {
        if matches!(hit.cue, Cue::Place | Cue::Zip) {
            after_cue(doc, hit, out);
        }
    }
    if !doc.gates.postcode() {
        return;
    }
    for c in EIRCODE.captures_iter(doc.text) {
        let (Some(whole), Some(unique)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let unique = unique.as_str();
        let mixed = unique.bytes().any(|b| b.is_ascii_digit())
            && unique.bytes().any(|b| b.is_ascii_alphabetic());
        if mixed {
            out.push(Cand::new(
                Kind::Zip,
                whole.start(),
                whole.end(),
                0.8,
                "eircode",
            ));
        }
    }
}

/// A five-digit number's score as a ZIP, from the words around it.
fn zip_score(doc: &Doc, s: usize, e: usize) -> f32 {
    let i = doc.word_index_at(s);
    let word = |k: Option<usize>| {
        k.filter(|&k| k < doc.words.len())
            .map_or("", |k| doc.word(k))
    };
    let (prev, prev2, prev3, next) = (
        word(i.checked_sub(1)),
        word(i.checked_sub(2)),
        word(i.checked_sub(3)),
        word(Some(i + 1)),
    );
    let from = floor_boundary(doc.text, s.saturating_sub(20));
    let state = STATE_BEFORE.is_match(&doc.text[from..s]);
    let zip_cue = doc.nearest_cue(s, e, &[Cue::Zip], 3, 1).is_some();
    let place_cue = doc.nearest_cue(s, e, &[Cue::Place], 1, 0).is_some();
    let mut score: f32 = if e - s == 10 { 0.45 } else { 0.2 };
    if state || zip_cue || ZIP_AFTER.contains(&next) {
        score = 0.85;
    } else if place_cue {
        score = 0.8;
    } else if prev == "code" && !matches!(prev2, "zip" | "postal" | "post" | "pin") {
        // "billing code 99214", "CPT code 97110": a procedure code.
    } else if ZIP_BEFORE.contains(&prev) {
        score += 0.5;
    }
    // "north of 55401", "20 minutes outside of 46201": a direction phrase.
    let direction = matches!(
        prev2,
        "outside"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "inside"
    );
    if prev == "of" && direction {
        score = score.max(0.75);
    }
    // "moving from 02115 to 98109": the second place of a move (not "viral
    // load went from 45000 to 20000").
    let five = |w: &str| w.len() == 5 && w.bytes().all(|b| b.is_ascii_digit());
    // The verb right before "from", or a mover with the person moved between ("moving Mom
    // from 37604 to 28803").
    let four_back = word(i.checked_sub(4));
    let moving = MOVING.contains(&four_back)
        || TRAVELLING.contains(&four_back)
        || MOVING.contains(&word(i.checked_sub(5)));
    if prev == "to" && five(prev2) && prev3 == "from" && moving {
        score = score.max(0.8);
    }
    let distance = matches!(
        prev2,
        "miles" | "mi" | "km" | "kms" | "kilometres" | "kilometers" | "minutes" | "mins" | "hours"
    );
    if prev == "from" && distance {
        score = score.max(0.8); // "15 miles from 29471"
    }
    if is_measure_word(next) || prev == "of" && !distance && !direction {
        score = score.min(0.2);
    }
    score
}

/// A postcode or PIN right after a place or postcode cue. Four digits are
/// an Australian postcode only when they are not a year.
fn after_cue(doc: &Doc, hit: &CueHit, out: &mut Vec<Cand>) {
    let Some(c) = AFTER_CUE
        .captures(&doc.text[hit.end..])
        .and_then(|c| c.get(1))
    else {
        return;
    };
    let (s, e) = (hit.end + c.start(), hit.end + c.end());
    let v = c.as_str();
    if !standalone(doc.text, s, e) || doc.has_break(hit.end, s) {
        return;
    }
    let digits = v.bytes().all(|b| b.is_ascii_digit());
    let year = v.len() == 4 && v.parse::<u32>().is_ok_and(|y| (1900..=2039).contains(&y));
    let next = doc.lower[e..].trim_start();
    // "near 4000 people", "around 1500 a month": a lone place word before
    // bare digits is too weak; "moved to", "we're in" and postcode cues are not.
    // Six digits (an Indian PIN) follow a lone "near" too; four (Australian)
    // need the phrase.
    let phrase = hit.cue == Cue::Zip || hit.last_word > hit.first_word || v.len() == 6;
    let measured = is_measure_word(next.split(' ').next().unwrap_or(""));
    // "PIN 411052" is an Indian postcode; "my PIN is 1234" is a card's.
    let pin = matches!(doc.word(hit.first_word), "pin" | "pincode");
    if pin && v.len() != 6 {
        return;
    }
    if digits && (!phrase || measured || year && hit.cue == Cue::Place) {
        return;
    }
    let score = if hit.cue == Cue::Zip || !digits {
        0.8
    } else {
        0.7
    };
    out.push(Cand::new(Kind::Zip, s, e, score, "postcode-cue"));
}

fn is_measure_word(w: &str) -> bool {
    [
        "steps", "copies", "cells", "units", "mg", "ml", "iu", "calories", "people", "patients",
        "members", "dollars", "words", "times", "feet", "ft", "meters", "m", "km", "miles", "pm",
        "am", "hours", "days", "rupees", "rs", "kg", "lbs",
    ]
    .contains(&w)
}
