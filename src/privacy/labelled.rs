//! Tokens read through the cue right before them: licence plates ("plate
//! GHE 9828", "reg YK19 UHT", "car number MH 12 AB 1234") and device serials
//! ("S/N QXRTPLMV", "transmitter ID 8G4K2P"), which may have few or no digits,
//! so the code regex (three digits at least) never sees them. Plus the plate
//! shapes distinctive enough to need no cue (current UK and Indian plates).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::allowlist;
use super::codes::compact;
use super::cues::{Cue, CueHit};
use super::name_lists::COMMON_LOWER;
use super::names::NAME_WORDS;
use super::search::{digit_anchored, find_if};
use super::text::{Cand, Doc};
use super::Kind;

/// Plate after its cue: up to four short groups.
static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"^(?i:[\s:#,(.]|(?-u:\b)(?:number|no|is|was|reads|says|of|it's|its)(?-u:\b)\.?)*([A-Za-z0-9]{1,10}(?:[ \-][A-Za-z0-9]{1,4}){0,3})(?-u:\b)",
    )
});
/// Serial after its cue: one token, dashes inside allowed.
static SERIAL: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"^(?i:[\s:#,(=.]|(?-u:\b)(?:number|no|nr|num|id|is|was|reads|says|shows|of|it's|its|code)(?-u:\b)\.?)*([A-Za-z0-9][A-Za-z0-9\-]{3,30}[A-Za-z0-9])(?-u:\b)",
    )
});
/// Current UK plates ("YK19 UHT") and Indian plates ("MH 12 AB 1234"), in
/// capitals: shapes that ordinary text does not take.
static PLATE_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?-u:\b)(?:[A-Z]{2}(?:0[2-9]|[1-7]\d) ?[A-Z]{3}|(?:AP|AR|AS|BR|CG|CH|DL|GA|GJ|HP|HR|JH|JK|KA|KL|MH|ML|MN|MP|MZ|NL|OD|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB) ?\d{1,2} ?[A-Z]{1,3} ?\d{4})(?-u:\b)",
    )
});

/// Irish plates: year (two or three digits), county letters, number ("192-G-4417").
static IRISH_PLATE: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?-u:\b)\d{2,3}-(?:CE|CN|CW|DL|KE|KK|KY|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|TN|TS|WD|WH|WX|WW|C|D|G|L|T|W)-\d{1,6}(?-u:\b)",
    )
});

/// Singapore plates: S and two letters, three or four digits, and a check letter that
/// proves the reading ("SJK 4127 R").
static SG_PLATE: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)S([A-Z]{2}) ?(\d{3,4}) ?([A-Z])(?-u:\b)"));

/// UK prefix ("N881 GLT") and suffix ("ABC 123D") plates, and US/CA/AU
/// letter-digit plates ("7ABC123", "CBKT 412"): shapes that drug codes and
/// lab names also take, so they need a vehicle word in their sentence.
static PLATE_IN_CAR_TALK: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?-u:\b)(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z]|\d[A-Z]{3}\d{3}|[A-Z]{3,4}-?\d{3,4})(?-u:\b)",
    )
});

/// Words that put a plate-shaped token in a sentence about a vehicle.
#[rustfmt::skip]
const VEHICLE_WORDS: &[&str] = &[
    "car", "cars", "van", "vehicle", "truck", "ute", "suv", "minivan", "motor", "parked",
    "parking", "towed", "clamped", "scraped", "reversed", "jeep",
    "sedan", "hatchback", "motorbike", "scooter", "taxi", "cab",
];

/// Ordinary words that can follow a serial cue ("serial number is on the
/// back"): never a serial.
#[rustfmt::skip]
const NOT_SERIAL: &[&str] = &[
    "number", "numbers", "sticker", "label", "card", "back", "bottom", "side", "box", "device",
    "printed", "written", "listed", "located", "missing", "there", "their", "where", "which",
    "please", "thanks", "because", "should", "recall", "recalled", "affected", "somewhere",
    "anyone", "starts", "ending", "matches", "different", "changed", "doesn't", "inside",
    "underneath", "battery", "instead", "registered", "warranty", "company", "manufacturer",
    "hidden", "unclear", "blurry", "smudged", "faded", "unreadable", "rubbed", "illegible",
];

/// Runs the plate and serial readers.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for hit in &doc.cues {
        match hit.cue {
            Cue::Plate => plate_after(doc, hit, out),
            Cue::Device => serial_after(doc, hit, out),
            _ => {}
        }
    }
    plates_in_car_talk(doc, out);
    national_plates(doc, out);
    for m in find_if(doc.gates.letter_digit(), &PLATE_SHAPE, doc.text) {
        out.push(Cand::new(
            Kind::Vehicle,
            m.start(),
            m.end(),
            0.6,
            "plate-shape",
        ));
    }
}

/// Irish plates by their county letters, Singapore plates by their check letter.
fn national_plates(doc: &Doc, out: &mut Vec<Cand>) {
    if !doc.gates.code() {
        return;
    }
    for m in IRISH_PLATE.find_iter(doc.text) {
        out.push(Cand::new(
            Kind::Vehicle,
            m.start(),
            m.end(),
            0.75,
            "irish-plate",
        ));
    }
    for c in SG_PLATE.captures_iter(doc.text) {
        let Some(whole) = c.get(0) else { continue };
        if singapore_check_letter(&c[1], &c[2]) == c[3].chars().next() {
            out.push(Cand::new(
                Kind::Vehicle,
                whole.start(),
                whole.end(),
                0.85,
                "sg-plate",
            ));
        }
    }
}

/// The check letter of a Singapore plate: the two prefix letters (A = 1) and the digits
/// padded to four, weighted 9 4 5 4 3 2, the sum modulo 19 read in a fixed alphabet.
fn singapore_check_letter(letters: &str, digits: &str) -> Option<char> {
    const WEIGHTS: [u32; 6] = [9, 4, 5, 4, 3, 2];
    const ALPHABET: &[u8] = b"AZYXUTSRPMLKJHGEDCB";
    let padded = format!("{digits:0>4}");
    let values = letters
        .bytes()
        .map(|b| u32::from(b - b'A' + 1))
        .chain(padded.bytes().map(|b| u32::from(b - b'0')));
    let sum: u32 = values.zip(WEIGHTS).map(|(v, w)| v * w).sum();
    ALPHABET.get((sum % 19) as usize).map(|&b| char::from(b))
}

/// Plate shapes in a sentence that names a vehicle within eight words.
fn plates_in_car_talk(doc: &Doc, out: &mut Vec<Cand>) {
    let lead = |c: char| c.is_ascii_uppercase() || c == ' ' || c == '-';
    for m in digit_anchored(&PLATE_IN_CAR_TALK, doc.text, doc.gates.exotic, lead) {
        if !named_model_or_service(m.as_str()) && in_car_talk(doc, m.start(), m.end()) {
            out.push(Cand::new(
                Kind::Vehicle,
                m.start(),
                m.end(),
                0.7,
                "plate-car-talk",
            ));
        }
    }
}

/// "BMW 320", "NHS 111": a make with its model, or a service with its
/// public number, not a plate.
fn named_model_or_service(token: &str) -> bool {
    const NAMES: &[&str] = &[
        "BMW", "NHS", "ICU", "GMC", "AMC", "MRI", "CPR", "EMS", "DVLA", "DMV", "RAV", "MG", "AMG",
        "GTI", "KIA", "SUV", "UTE",
    ];
    let letters: String = token.chars().take_while(char::is_ascii_uppercase).collect();
    let digits: String = token.chars().filter(char::is_ascii_digit).collect();
    NAMES.contains(&letters.as_str()) || allowlist::is_public_number(&digits)
}

/// A vehicle word within eight words of `s..e`, with no sentence break.
fn in_car_talk(doc: &Doc, s: usize, e: usize) -> bool {
    let (first, last) = (doc.word_index_at(s), doc.word_index_at(e));
    let lo = first.saturating_sub(8);
    let hi = (last + 8).min(doc.words.len());
    (lo..hi).any(|k| {
        let w = &doc.words[k];
        let between = if w.end <= s {
            (w.end, s)
        } else {
            (e, w.start.max(e))
        };
        VEHICLE_WORDS.contains(&doc.word(k)) && !doc.has_break(between.0, between.1)
    })
}

fn plate_after(doc: &Doc, hit: &CueHit, out: &mut Vec<Cand>) {
    let rest = &doc.text[hit.end..];
    let Some(c) = PLATE.captures(rest).and_then(|c| c.get(1)) else {
        return;
    };
    let (s, e) = trim_plate(doc, hit.end + c.start(), hit.end + c.end());
    let Some(s) = skip_leading_words(doc.text, s, e) else {
        return;
    };
    let a = compact(&doc.text[s..e]);
    let digits = a.bytes().filter(u8::is_ascii_digit).count();
    if (4..=10).contains(&a.len()) && digits >= 1 && digits < a.len()
        || (5..=7).contains(&a.len()) && digits == a.len()
    {
        out.push(Cand::new(Kind::Vehicle, s, e, 0.85, "plate-cue"));
    }
}

/// "plate shows ABC 123", "Registration opens at 9am": ordinary words
/// (a listed common word, or five letters or more) before the plate are
/// skipped; returns where the plate starts, or None when only words are
/// left or a group is a clock time ("9am"), which no plate is.
fn skip_leading_words(text: &str, mut s: usize, e: usize) -> Option<usize> {
    let clock = |g: &str| {
        let g = g.to_ascii_lowercase();
        let digits = g.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && matches!(&g[digits..], "am" | "pm")
    };
    if text[s..e].split([' ', '-']).any(clock) {
        return None;
    }
    while let Some(sp) = text[s..e].find([' ', '-']) {
        let first = &text[s..s + sp];
        let lower = first.to_ascii_lowercase();
        let letters = !first.is_empty() && first.bytes().all(|b| b.is_ascii_alphabetic());
        if !(letters && (first.len() >= 5 || COMMON_LOWER.contains(&lower.as_str()))) {
            return Some(s);
        }
        s += sp + 1;
    }
    let last = text[s..e].to_ascii_lowercase();
    let wordy = last.len() >= 5 && last.bytes().all(|b| b.is_ascii_alphabetic());
    (!wordy && !COMMON_LOWER.contains(&last.as_str())).then_some(s)
}

/// Drops trailing groups that are ordinary lowercase words ("ABC 123 last").
/// In an all-lowercase post a short group ("319 elk") is still plate.
fn trim_plate(doc: &Doc, s: usize, mut e: usize) -> (usize, usize) {
    let text = doc.text;
    while let Some(sp) = text[s..e].rfind([' ', '-']) {
        let tail = &text[s + sp + 1..e];
        let letters = !tail.chars().any(|c| c.is_ascii_digit());
        let function = matches!(
            tail,
            "on" | "the"
                | "in"
                | "at"
                | "of"
                | "is"
                | "and"
                | "to"
                | "for"
                | "with"
                | "a"
                | "an"
                | "my"
                | "our"
                | "by"
                | "if"
                | "or"
                | "so"
        );
        let wordy = if doc.all_lower {
            letters && tail.len() > 3 || function
        } else {
            tail.chars().all(|c| c.is_ascii_lowercase()) || tail.len() > 4 && letters
        };
        if !wordy {
            break;
        }
        e = s + sp;
    }
    (s, e)
}

fn serial_after(doc: &Doc, hit: &CueHit, out: &mut Vec<Cand>) {
    let rest = &doc.text[hit.end..];
    let next = SERIAL.captures(rest).and_then(|c| c.get(1));
    let next = next.map(|c| (hit.end + c.start(), hit.end + c.end()));
    let fits = |&(s, e): &(usize, usize)| {
        let token = &doc.text[s..e];
        serial_like(doc, token) || unlike_a_word(token)
    };
    if let Some((s, e)) = next.filter(fits) {
        out.push(Cand::new(Kind::Device, s, e, 0.85, "serial-token"));
    } else if let Some((s, e)) = later_serial(doc, hit) {
        out.push(Cand::new(Kind::Device, s, e, 0.8, "serial-later"));
    }
}

/// "The S/N on the back of the pump is PKKIRKBN": the serial comes a few
/// words after its cue, after "is", "reads" or a colon, in the same sentence.
fn later_serial(doc: &Doc, hit: &CueHit) -> Option<(usize, usize)> {
    let first = hit.last_word + 1;
    for k in first + 1..(first + 9).min(doc.words.len()) {
        let w = &doc.words[k];
        if doc.has_break(hit.end, w.start) {
            return None;
        }
        let gap = &doc.text[doc.words[k - 1].end..w.start];
        let told = matches!(doc.word(k - 1), "is" | "reads" | "says" | "was" | "shows")
            || gap.contains([':', '#', '=']);
        let token = &doc.text[w.start..w.end];
        let measure = super::codes::followed_by_unit(doc, w.end);
        if told && !measure && (serial_like(doc, token) || unlike_a_word(token)) {
            return Some((w.start, w.end));
        }
    }
    None
}

/// Whether a token after a serial cue is an identifier rather than a word:
/// letters and digits mixed, mixed case, or letter pairs that English words
/// do not have ("xv", "qx", "bh"): random letters are full of them.
fn serial_like(doc: &Doc, token: &str) -> bool {
    let n = token.chars().filter(char::is_ascii_alphanumeric).count();
    let digits = token.bytes().filter(u8::is_ascii_digit).count();
    let lower = token.to_ascii_lowercase();
    if !(5..=24).contains(&n)
        || NOT_SERIAL.contains(&lower.as_str())
        || super::codes::dose_like(&lower)
    {
        return false;
    }
    if digits > 0 {
        return true;
    }
    if n < 6 {
        return false;
    }
    let has_lower = token.bytes().any(|b| b.is_ascii_lowercase());
    let inner_caps = token.bytes().skip(1).any(|b| b.is_ascii_uppercase());
    // Capitals only, in a post that is not shouting: one odd pair will do.
    let (lowers, uppers) = doc.text.bytes().fold((0, 0), |(l, u), b| {
        (
            l + usize::from(b.is_ascii_lowercase()),
            u + usize::from(b.is_ascii_uppercase()),
        )
    });
    let capitals = !has_lower && lowers > uppers.saturating_sub(n);
    let odd = odd_pairs(lower.as_bytes());
    (inner_caps && has_lower && !doc.all_lower) || odd >= 2 || capitals && odd >= 1
}

/// Right after a serial cue ("S/N qezoun", "serial RYVIHYHEYA") people
/// write the serial itself, so a letters-only token counts unless it reads
/// as an English word: a listed common word or a word ending.
fn unlike_a_word(token: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ing", "ed", "ly", "tion", "ment", "ness", "able", "ible", "ers", "ies", "ous", "ful",
        "less", "ism", "ist", "ity", "ive", "ize", "ise", "al", "er", "es", "s",
    ];
    let w = token.to_ascii_lowercase();
    w.len() >= 6
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !ENDINGS.iter().any(|end| w.ends_with(end))
        && !NOT_SERIAL.contains(&w.as_str())
        && !COMMON_LOWER.contains(&w.as_str())
        && !NAME_WORDS.contains(w.as_str())
}

/// Consonant pairs that are rare inside English words.
fn odd_pairs(w: &[u8]) -> usize {
    const COMMON: &[&[u8; 2]] = &[
        b"th", b"sh", b"ch", b"st", b"nd", b"ng", b"nt", b"rs", b"ll", b"ss", b"tr", b"pr", b"br",
        b"cr", b"dr", b"gr", b"fr", b"pl", b"bl", b"cl", b"fl", b"gl", b"sl", b"sc", b"sk", b"sm",
        b"sn", b"sp", b"sw", b"wh", b"ck", b"ct", b"ft", b"lt", b"mp", b"nk", b"ns", b"pt", b"rd",
        b"rk", b"rm", b"rn", b"rt", b"ld", b"lf", b"lk", b"lm", b"ls", b"ts", b"ps", b"ds", b"gh",
        b"ph", b"wr", b"kn", b"rb", b"rg", b"rl", b"rp", b"lp", b"lv", b"mb", b"nc", b"nf", b"tt",
        b"pp", b"mm", b"nn", b"rr", b"ff", b"dd", b"gg", b"cc", b"bb", b"rc", b"rv", b"nl",
    ];
    let vowel = |c: u8| b"aeiouy".contains(&c);
    w.windows(2)
        .filter(|p| !vowel(p[0]) && !vowel(p[1]) && !COMMON.iter().any(|c| c[..] == p[..]))
        .count()
}

#[cfg(test)]
mod tests {
    use super::super::Kind;

    use super::super::held as kinds;

    #[test]
    fn serials_and_plates_without_digits() {
        let table: &[(&str, Kind, &str)] = &[
            (
                "Pump S/N QXRTPLMV is in the batch",
                Kind::Device,
                "QXRTPLMV",
            ),
            (
                "transmitter id tyqxbhyy won't pair",
                Kind::Device,
                "tyqxbhyy",
            ),
            (
                "hearing aid serial #xVBrQU9ETM, lost",
                Kind::Device,
                "xVBrQU9ETM",
            ),
            ("Transmitter ID 8KLQ4Z stopped", Kind::Device, "8KLQ4Z"),
            (
                "Anyone seen a Honda, reg YK19 UHT?",
                Kind::Vehicle,
                "YK19 UHT",
            ),
            (
                "Car number MH 12 AB 1234, white",
                Kind::Vehicle,
                "MH 12 AB 1234",
            ),
        ];
        for (text, kind, span) in table {
            assert!(
                kinds(text).contains(&(*kind, span.to_string())),
                "{text}: {:?}",
                kinds(text)
            );
        }
        for text in [
            "the serial number is on the back of the pump",
            "serial killers documentary kept me up",
            "my S/N sticker rubbed off",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }
}
