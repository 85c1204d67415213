//! Street addresses (US/UK/CA/AU/IN layouts), PO boxes, UK and Canadian
//! postcodes, and ZIP codes given as where someone lives.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::cues::Cue;
use super::numbers::standalone;
use super::search::find_if;
use super::text::{Cand, Doc};
use super::Kind;

const SUFFIX: &str = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Cres|Close|Grove|Gardens|Square|Sq|Trail|Trl|Loop|Pike|Row|Mews|Rise|Parade|Esplanade|Marg|Nagar)";
const STATES: &str = r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|ACT|NT|SA|WA|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)";

/// ZIP, ZIP+4, AU 4-digit, UK and Canadian postcodes at the end of an address.
const POSTAL: &str = r"(?:\d{6}|\d{5}(?:-\d{4})?|\d{4}(?-u:\b)|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s\d[A-Z]\d)";

fn street_regex(flags: &str, word: &str) -> Regex {
    let re = format!(
        r"{flags}(?-u:\b)\d{{1,6}}[A-Za-z]?,?\s+(?:{word}|\d+(?:st|nd|rd|th))(?:\s+{word}){{0,3}}\s+{SUFFIX}(?-u:\b)\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\.?\s*#?\s*[A-Za-z0-9-]+)?(?:(?:,\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,2}})?(?:,?\s+(?-i:{STATES})(?-u:\b)(?:,?\s+{POSTAL})?|,?\s+{POSTAL}))?"
    );
    constant_regex(&re)
}

/// Street names must be capitalised unless the whole post is lowercase.
static STREET: LazyLock<Regex> = LazyLock::new(|| street_regex("", r"[A-Z][A-Za-z'.-]+"));
static STREET_LOWER: LazyLock<Regex> = LazyLock::new(|| street_regex("(?i)", r"[a-z][a-z'.-]+"));
static PO_BOX: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?i)(?-u:\b)P\.?\s?O\.?\s+Box\s+\d+"));
/// UK postcode ("LS6 2AB", "SW1A 1AA"); the inward part never ends in a
/// dose unit so "B12 2MG" is not read as one.
static UK_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?-u:\b)"));
static CA_POSTAL: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?i)(?-u:\b)[ABCEGHJ-NPRSTVXY]\d[A-Z]\s\d[A-Z]\d(?-u:\b)"));
static ZIP: LazyLock<Regex> = LazyLock::new(|| constant_regex(r"(?-u:\b)\d{5}(?:-\d{4})?(?-u:\b)"));
static STATE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(&format!(r"(?:^|[\s,]){STATES},?\s*$")));

/// Words that cannot be part of a street name ("at 2 pm Dr Lee").
const NOT_STREET: &[&str] = &[
    "am", "pm", "mg", "ml", "units", "days", "weeks", "hours", "minutes", "times", "of", "and",
    "the", "to",
];

/// Runs the address, postcode and ZIP detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    let street = if doc.all_lower {
        &*STREET_LOWER
    } else {
        &*STREET
    };
    for m in find_if(doc.gates.street(), street, doc.text) {
        let words = doc.lower[m.start()..m.end()]
            .split_whitespace()
            .skip(1)
            .take(2)
            .collect::<Vec<_>>();
        if words.iter().any(|w| NOT_STREET.contains(w)) {
            continue;
        }
        let end = m.start() + m.as_str().trim_end_matches([',', ' ']).len();
        out.push(Cand::new(
            Kind::Address,
            m.start(),
            end,
            0.85,
            "street-address",
        ));
    }
    for m in find_if(doc.gates.po_box(), &PO_BOX, doc.text) {
        out.push(Cand::new(Kind::Address, m.start(), m.end(), 0.85, "po-box"));
    }
    for m in find_if(doc.gates.postcode(), &UK_POSTCODE, doc.text) {
        if !m.as_str().ends_with("MG") && !m.as_str().ends_with("ML") {
            out.push(Cand::new(
                Kind::Address,
                m.start(),
                m.end(),
                0.8,
                "uk-postcode",
            ));
        }
    }
    for m in find_if(doc.gates.postcode(), &CA_POSTAL, doc.text) {
        out.push(Cand::new(
            Kind::Address,
            m.start(),
            m.end(),
            0.8,
            "ca-postal-code",
        ));
    }
    zips(doc, out);
}

/// Words just before a bare 5-digit number that make it a place.
const ZIP_BEFORE: &[&str] = &[
    "near", "in", "around", "of", "zip", "zipcode", "code", "postal", "live", "area", "outside",
    "nearby",
];
const ZIP_AFTER: &[&str] = &["zip", "zipcode", "area", "postal"];

/// ZIPs after a state, a place cue ("near", "anyone in", "miles of") or a
/// zip cue. Bare five-digit numbers (steps, copies/mL, counts) never count.
fn zips(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.zip(), &ZIP, doc.text) {
        let (s, e) = (m.start(), m.end());
        if !standalone(doc.text, s, e) || doc.text[..s].ends_with(['$', '#']) {
            continue;
        }
        let i = doc.word_index_at(s);
        let prev = if i > 0 { doc.word(i - 1) } else { "" };
        let prev2 = if i > 1 { doc.word(i - 2) } else { "" };
        let next = if i + 1 < doc.words.len() {
            doc.word(i + 1)
        } else {
            ""
        };
        let from = super::text::floor_boundary(doc.text, s.saturating_sub(20));
        let state = STATE_BEFORE.is_match(&doc.text[from..s]);
        let zip_cue = doc.nearest_cue(s, e, &[Cue::Zip], 3, 1).is_some();
        let mut score: f32 = if m.as_str().len() == 10 { 0.45 } else { 0.2 };
        if state || zip_cue || ZIP_AFTER.contains(&next) {
            score = 0.85;
        } else if ZIP_BEFORE.contains(&prev) {
            score += 0.5;
        }
        if is_measure_word(next)
            || prev == "of" && prev2 != "miles" && prev2 != "mi" && prev2 != "km"
        {
            score = score.min(0.2);
        }
        out.push(Cand::new(Kind::Zip, s, e, score, "zip"));
    }
}

fn is_measure_word(w: &str) -> bool {
    [
        "steps", "copies", "cells", "units", "mg", "ml", "iu", "calories", "people", "patients",
        "members", "dollars", "words", "times", "feet", "ft", "meters", "m",
    ]
    .contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::{scan, Kind, DEFAULT_THRESHOLD};

    fn held(text: &str) -> Vec<(Kind, String)> {
        scan(text)
            .into_iter()
            .filter(|f| f.score >= DEFAULT_THRESHOLD)
            .map(|f| {
                (
                    f.kind,
                    text.chars().skip(f.start).take(f.end - f.start).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn addresses_and_zips() {
        let table: &[(&str, Kind, &str)] = &[
            (
                "Our address for cards is 3583 Grant St, she would love",
                Kind::Address,
                "3583 Grant St",
            ),
            (
                "at 445 Meadow Ct, Columbus, OH 38214 instead",
                Kind::Address,
                "445 Meadow Ct, Columbus, OH 38214",
            ),
            (
                "we're at 2010 Jackson Ct Apt. 659 behind",
                Kind::Address,
                "2010 Jackson Ct Apt. 659",
            ),
            (
                "send it to 12 Acacia Avenue, Leeds LS6 2AB thanks",
                Kind::Address,
                "12 Acacia Avenue, Leeds LS6 2AB",
            ),
            ("postcode is SW1A 1AA if needed", Kind::Address, "SW1A 1AA"),
            (
                "I'm in Ottawa, K1A 0B6 is my postal code",
                Kind::Address,
                "K1A 0B6",
            ),
            (
                "we moved to 7 Smith Street, Fitzroy VIC 3065 last year",
                Kind::Address,
                "7 Smith Street, Fitzroy VIC 3065",
            ),
            (
                "home health comes to 4198 main street every tuesday",
                Kind::Address,
                "4198 main street",
            ),
            (
                "Looking for a geriatrician near 85909, any recs?",
                Kind::Zip,
                "85909",
            ),
            ("Anyone in 63183? Would love", Kind::Zip, "63183"),
            (
                "We live in the 15627-0206 zip code and",
                Kind::Zip,
                "15627-0206",
            ),
            ("providers within 25 miles of 36721.", Kind::Zip, "36721"),
            ("I'm in Boise, ID 83702 now", Kind::Zip, "83702"),
        ];
        for (text, kind, span) in table {
            assert_eq!(held(text), vec![(*kind, span.to_string())], "{text}");
        }
    }

    #[test]
    fn not_addresses() {
        for text in [
            "walked 12991 steps, then 10000 steps",
            "B12 was 159 so I'm on shots, B12 2MG tabs",
            "appointment at 2 pm dr office said fine",
            "Stage T2N0M0, BK at 3853 copies, 45000 people",
            "Calprotectin went from 11810 to 130",
        ] {
            assert!(held(text).is_empty(), "{text}: {:?}", held(text));
        }
    }
}
