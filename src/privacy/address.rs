//! Street addresses (US/UK/CA/AU/IN layouts, direction prefixes, unit
//! suffixes, any casing), PO boxes, Indian "House No." forms and UK and
//! Canadian postcodes. ZIPs and postcodes given on their own are in `zips`.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::fast::{set_of, WordSet};
use super::search::{digit_anchored_captures, find_if, no_lead};
use super::text::{Cand, Doc};
use super::Kind;

const SUFFIX: &str = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Cres|Close|Grove|Gardens|Square|Sq|Trail|Trl|Loop|Pike|Row|Mews|Rise|Parade|Esplanade|Marg|Nagar|Cross|Walk|Circuit|Quay|Wynd|Brae|Chase|Vale|Alley|Path)";
pub(crate) const STATES: &str = r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|ACT|NT|SA|WA|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)";

/// ZIP, ZIP+4, AU 4-digit, UK and Canadian postcodes at the end of an address.
const POSTAL: &str = r"(?:\d{6}|\d{5}(?:-\d{4})?|\d{4}(?-u:\b)|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)";

/// Number, optional direction, one to four street words, suffix, unit, and
/// an optional city, state and postcode. Case-insensitive: what casing
/// allows is decided per match in `street_ok`.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[A-Za-z][A-Za-z'.-]+";
    let dir = r"(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?";
    let unit = r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Flat|Rm|Room|Bldg|Floor|Fl|#)\.?\s*#?\s*[A-Za-z0-9-]+)?";
    let tail = format!(
        r"(?:(?:,\s*[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,2}})?(?:,?\s+(?-i:{STATES})(?-u:\b)(?:,?\s+{POSTAL})?|,?\s+{STATES}\s+\d{{5}}(?:-\d{{4}})?(?-u:\b)|,?\s+{POSTAL}))?"
    );
    constant_regex(&format!(
        r"(?i)(?-u:\b)\d{{1,6}}[A-Za-z]?,?\s+{dir}(?:{word}|\d+(?:st|nd|rd|th))(?:\s+{word}){{0,3}}\s+{SUFFIX}(?-u:\b)\.?{unit}{tail}"
    ))
});
static PO_BOX: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?i)(?-u:\b)P\.?\s?O\.?\s+Box\s+\d+"));
/// "House No. 12", "Flat no 4B", "Plot No. 7/2": Indian address openings.
static HOUSE_NO: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?i)(?-u:\b)(?:house|flat|plot|door|h)(?:\.\s*|\s+)no\.?\s*[:#]?\s*\d{1,5}[A-Za-z]?(?:[/-]\d{1,4})?(?-u:\b)",
    )
});
/// "8-3-214/A, Srinivasa Colony", "16-11-740, Dilsukhnagar Main Road": an
/// Indian door number (three or four dash-joined parts, five digits or more
/// or a slash suffix, checked in `door_number`) and a locality ending in a
/// locality word.
static DOOR_NO: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?-u:\b)\d{1,4}(?:-\d{1,4}){2,3}(?:/[A-Za-z0-9]{1,3})?,\s+(?:[A-Z][A-Za-z]+\s+){0,3}(?:Colony|Nagar|Layout|Sector|Enclave|Apartments|Society|Hills|Road|Street|Marg|Cross|Main|Bagh|Vihar|Puram|Halli|Pet|Palya|Gali|Mohalla|Chowk)(?-u:\b)",
    )
});
/// "402-1550 Rue Sherbrooke Ouest, Montréal", "12 Calle del Sol": a house
/// number (with a unit before a dash) and a street type written first, as
/// in French, Spanish and Portuguese, then one to three capitalised words
/// and an optional city. The type must be capitalised.
static PREFIX_STREET: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(
        r"(?-u:\b)\d{1,6}(?:-\d{1,6})?[A-Za-z]?,?\s+(?:Rue|Avenue|Boulevard|Boul\.|Chemin|Calle|Avenida|Rua|Travessa|Carrer)\s+(?:(?:de|du|des|la|le|del|da|do|dos|das|l')\s*)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}(?:,\s*[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)?",
    )
});
/// UK postcode ("LS6 2AB", "SW1A 1AA", "EH105HF"); the inward part never
/// ends in a dose unit so "B12 2MG" is not read as one.
static UK_POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?-u:\b)"));
static CA_POSTAL: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?i)(?-u:\b)[ABCEGHJ-NPRSTVXY]\d[A-Z]\s\d[A-Z]\d(?-u:\b)"));

/// Words that are never part of a street name: times, doses, counts, travel
/// and function words ("at 2 pm Dr Lee", "took the 38 bus down Main Street",
/// "done at 3 with dr patel"), and hospital words ("2 Royal Infirmary").
#[rustfmt::skip]
static NOT_STREET: LazyLock<WordSet> = LazyLock::new(|| {
    set_of(&[
        "am", "pm", "mg", "mcg", "ml", "units", "unit", "days", "day", "weeks", "week", "hours",
        "hour", "hrs", "minutes", "minute", "mins", "min", "times", "time", "of", "and", "the",
        "to", "a", "an", "at", "in", "on", "by", "with", "from", "for", "my", "our", "your", "his",
        "her", "their", "this", "that", "is", "are", "was", "were", "be", "bus", "train", "tram",
        "miles", "mile", "km", "blocks", "block", "steps", "kids", "children", "people",
        "patients", "doses", "pills", "tablets", "years", "year", "months", "month", "cycles",
        "rounds", "sessions", "visits", "more", "less", "than", "over", "under", "into", "down",
        "up", "along", "across", "past", "near", "via", "around", "about", "just", "only", "per",
        "each", "every", "or", "but", "so", "no", "not", "it", "me", "you", "we", "they", "he",
        "she", "i", "hospital", "clinic", "infirmary", "medical", "centre", "center", "ward",
        "floor", "level", "room", "bed", "lbs", "kg", "cups", "glasses", "puffs", "shots",
    ])
});

/// Suffixes that are street words in lowercase too; "close", "way",
/// "place" and "drive" are ordinary words there ("2 kids close by").
#[rustfmt::skip]
const PLAIN_SUFFIX: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "crescent",
    "cres", "terrace", "parkway", "pkwy", "highway", "hwy", "marg", "nagar",
];

/// Runs the address and postcode detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.street(), &STREET, doc.text) {
        if street_ok(doc, m.as_str()) || placed_street(doc, m.start(), m.as_str()) {
            let end = m.start() + m.as_str().trim_end_matches([',', ' ']).len();
            out.push(Cand::new(
                Kind::Address,
                m.start(),
                end,
                0.85,
                "street-address",
            ));
        }
    }
    for m in find_if(doc.gates.po_box(), &PO_BOX, doc.text) {
        out.push(Cand::new(Kind::Address, m.start(), m.end(), 0.85, "po-box"));
    }
    for m in find_if(doc.gates.house_no(), &HOUSE_NO, doc.text) {
        out.push(Cand::new(
            Kind::Address,
            m.start(),
            m.end(),
            0.8,
            "house-number",
        ));
    }
    let prefix_streets = if doc.gates.exotic || doc.gates.ascii_digits > 0 {
        digit_anchored_captures(&PREFIX_STREET, doc.text, doc.gates.exotic, no_lead)
    } else {
        Vec::new()
    };
    for c in prefix_streets {
        if let Some(m) = c.get(0) {
            out.push(Cand::new(
                Kind::Address,
                m.start(),
                m.end(),
                0.8,
                "prefix-street",
            ));
        }
    }
    for m in find_if(doc.gates.numeric_date(), &DOOR_NO, doc.text) {
        let number = m.as_str().split(',').next().unwrap_or("");
        let digits = number.bytes().filter(u8::is_ascii_digit).count();
        if digits >= 5 || number.contains('/') {
            out.push(Cand::new(
                Kind::Address,
                m.start(),
                m.end(),
                0.8,
                "door-number",
            ));
        }
    }
    postcodes(doc, out);
    super::zips::detect(doc, out);
}

/// UK and Canadian postcodes anywhere in the post.
fn postcodes(doc: &Doc, out: &mut Vec<Cand>) {
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
}

/// Street words are names, not prose: none of NOT_STREET, and capitalised
/// as names are, unless the suffix is one that is only a street word
/// ("4198 main street", "39 ne gandhi road").
fn street_ok(doc: &Doc, m: &str) -> bool {
    let mut words: Vec<&str> = m.split_whitespace().skip(1).collect();
    let Some(suffix_at) = words.iter().position(|w| is_suffix(w)) else {
        return false;
    };
    let suffix = words[suffix_at].trim_end_matches(['.', ',']);
    words.truncate(suffix_at);
    let lower = |w: &str| w.to_ascii_lowercase();
    if words
        .iter()
        .any(|w| NOT_STREET.contains(lower(w.trim_end_matches([',', '.'])).as_str()))
    {
        return false;
    }
    // "phase 2 study. Highway 401": a full stop after a word is a sentence
    // break, except in short abbreviations ("Mt.", "St.", "N.").
    if words.iter().any(|w| w.ends_with('.') && w.len() > 4) {
        return false;
    }
    let named = |w: &&str| w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit());
    let capitalised =
        words.iter().all(named) && suffix.starts_with(|c: char| c.is_ascii_uppercase());
    // A unit, a city or a direction after or before the street makes any
    // suffix safe in lowercase ("9637 main ct apt 32b", "575 west sycamore trl").
    let suffix_end = m.find(suffix).map_or(m.len(), |p| p + suffix.len());
    let tail = m[suffix_end..].trim_start_matches(['.', ',', ' ']);
    let direction = words
        .first()
        .is_some_and(|w| DIRECTIONS.contains(&lower(w.trim_end_matches('.')).as_str()));
    capitalised && !doc.all_lower
        || PLAIN_SUFFIX.contains(&lower(suffix).as_str())
        || direction && (lower(suffix) != "dr" || m.split(' ').next().is_some_and(|n| n.len() >= 3))
        || !tail.is_empty()
            && (lower(suffix) != "dr"
                || starts_with_unit(tail)
                || tail.contains(|c: char| c.is_ascii_digit()))
}

/// Words before an address that say a place follows ("our address is",
/// "ship to", "we're at", "she lives at").
#[rustfmt::skip]
const ADDRESS_WORDS: &[&str] = &[
    "address", "addr", "live", "lives", "living", "ship", "send", "sent", "post", "mail",
    "deliver", "delivered", "staying", "stays", "reside", "resides", "we're", "were", "i'm", "im",
    "located",
];

/// Any suffix counts in lowercase when the street is announced as a place
/// in the four words before it, or when the house number has four digits
/// or more ("14388 laurier cross"); the street words must still not be
/// prose (NOT_STREET).
fn placed_street(doc: &Doc, start: usize, m: &str) -> bool {
    let mut words: Vec<&str> = m.split_whitespace().collect();
    let number = words
        .first()
        .map_or(0, |n| n.bytes().take_while(u8::is_ascii_digit).count());
    let Some(suffix_at) = words.iter().position(|w| is_suffix(w)) else {
        return false;
    };
    words.truncate(suffix_at);
    let prose = words.iter().skip(1).any(|w| {
        let bare = w.trim_end_matches([',', '.']).to_ascii_lowercase();
        NOT_STREET.contains(bare.as_str()) || w.ends_with('.') && w.len() > 4
    });
    if prose {
        return false;
    }
    let i = doc.word_index_at(start);
    let announced = (i.saturating_sub(4)..i)
        .any(|k| ADDRESS_WORDS.contains(&doc.word(k)) && !doc.has_break(doc.words[k].end, start));
    announced || number >= 4 && words.len() <= 4
}

fn starts_with_unit(tail: &str) -> bool {
    let t = tail.to_ascii_lowercase();
    [
        "apt",
        "apartment",
        "unit",
        "suite",
        "ste",
        "#",
        "flat",
        "rm",
        "room",
    ]
    .iter()
    .any(|u| t.starts_with(u))
}

#[rustfmt::skip]
const DIRECTIONS: &[&str] = &[
    "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
];

fn is_suffix(w: &str) -> bool {
    static SUFFIXES: LazyLock<WordSet> = LazyLock::new(|| set_of(SUFFIX_WORDS));
    SUFFIXES.contains(w.trim_end_matches(['.', ',']).to_ascii_lowercase().as_str())
}

/// SUFFIX as lowercase words.
#[rustfmt::skip]
const SUFFIX_WORDS: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
    "court", "ct", "way", "place", "pl", "terrace", "ter", "parkway", "pkwy", "highway", "hwy",
    "circle", "cir", "crescent", "cres", "close", "grove", "gardens", "square", "sq", "trail", "trl",
    "loop", "pike", "row", "mews", "rise", "parade", "esplanade", "marg", "nagar", "cross", "walk",
    "circuit", "quay", "wynd", "brae", "chase", "vale", "alley", "path",
];

#[cfg(test)]
#[path = "address_tests.rs"]
mod tests;
