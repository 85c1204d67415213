//! International bank account numbers. An IBAN carries its own proof (the
//! mod-97 check over the whole number, and a fixed length per country), so
//! it needs no cue word: one in 97 random strings passes the check, and far
//! fewer have the right country and length as well.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::search::find_if;
use super::text::{Cand, Doc};
use super::Kind;

/// Country code, check digits, then groups of four (spaced or not).
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(r"(?i)(?-u:\b)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?-u:\b)")
});

/// IBAN lengths by country (the SEPA area, the UK and a few others).
const LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AT", 20),
    ("BE", 16),
    ("BG", 22),
    ("CH", 21),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("EE", 20),
    ("ES", 24),
    ("FI", 18),
    ("FR", 27),
    ("GB", 22),
    ("GI", 23),
    ("GR", 27),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IS", 26),
    ("IT", 27),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MT", 31),
    ("NL", 18),
    ("NO", 15),
    ("PL", 28),
    ("PT", 25),
    ("RO", 24),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("AE", 23),
    ("SA", 24),
    ("TR", 26),
    ("IL", 23),
    ("PK", 24),
    ("QA", 29),
];

/// Runs the IBAN detector.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    // The regex needs a letter right before a digit (the country code and
    // check digits).
    for m in find_if(doc.gates.letter_digit(), &IBAN, doc.text) {
        if let Some(end) = longest_valid(m.as_str()) {
            let e = m.start() + end;
            out.push(Cand::new(Kind::Account, m.start(), e, 0.9, "iban-mod97"));
        }
    }
}

/// The longest prefix of `s` ending at a group boundary that is a valid
/// IBAN: the regex may run on into the next word ("GB33 BUKB ... then").
fn longest_valid(s: &str) -> Option<usize> {
    let mut ends: Vec<usize> = s.match_indices(' ').map(|(i, _)| i).collect();
    ends.push(s.len());
    ends.into_iter().rev().find(|&e| valid(&s[..e]))
}

/// Country length and the ISO 13616 mod-97 check.
pub(crate) fn valid(s: &str) -> bool {
    let a: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let Some(country) = a.get(..2) else {
        return false;
    };
    let len_ok = LENGTHS.iter().any(|(c, n)| *c == country && *n == a.len());
    len_ok && a.bytes().all(|b| b.is_ascii_alphanumeric()) && mod97(&a) == 1
}

/// The number (letters as 10..35, the first four characters moved to the
/// end) modulo 97, computed digit by digit.
fn mod97(a: &str) -> u32 {
    let (head, tail) = a.split_at(4.min(a.len()));
    tail.bytes().chain(head.bytes()).fold(0u32, |acc, b| {
        let v = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b.to_ascii_uppercase() - b'A') + 10
        };
        if v >= 10 {
            (acc * 100 + v) % 97
        } else {
            (acc * 10 + v) % 97
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_check() {
        assert!(valid("GB82 WEST 1234 5698 7654 32"));
        assert!(valid("DE89370400440532013000"));
        assert!(valid("gb33bukb20201555555555"));
        assert!(!valid("GB82 WEST 1234 5698 7654 33"));
        assert!(!valid("GB82 WEST 1234 5698 7654"));
        assert_eq!(longest_valid("GB82 WEST 1234 5698 7654 32 then"), Some(27));
    }
}
