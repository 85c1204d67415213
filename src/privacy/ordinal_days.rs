//! A day of the month written as a bare ordinal after an event cue: "surgery
//! on the 22nd", "appt tues 12th", "my c-section is on the 2nd of this
//! month". The month is the current or next one, so the day is a date tied
//! to the person. Read from the word tokens, so no regex gate is involved.

use super::cues::Cue;
use super::text::{Cand, Doc};
use super::Kind;

/// Words that may stand right before the ordinal.
#[rustfmt::skip]
const BEFORE_DAY: &[&str] = &[
    "the", "on", "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu",
    "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
];

/// Words that may follow the day without making it a count ("the 2nd day").
#[rustfmt::skip]
const AFTER_DAY: &[&str] = &["at", "and", "so", "but", "i", "we", "then", "or", "from", "in"];

/// Words after "of" that keep it a date ("the 14th of this month").
#[rustfmt::skip]
const OF_MONTH: &[&str] = &["this", "next", "that", "the", "month"];

/// Pushes each cued ordinal day.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for i in 1..doc.words.len() {
        if is_ordinal_day(doc.word(i))
            && BEFORE_DAY.contains(&doc.word(i - 1))
            && ends_as_date(doc, i)
        {
            let w = &doc.words[i];
            let cued = doc
                .nearest_cue(doc.words[i - 1].start, w.end, &[Cue::Event], 4, 0)
                .is_some();
            if cued {
                out.push(Cand::new(
                    Kind::Date,
                    w.start,
                    w.end,
                    0.7,
                    "ordinal-day-cue",
                ));
            }
        }
    }
}

/// "1st" .. "31st": one or two digits and an ordinal suffix.
fn is_ordinal_day(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &w[digits..];
    (1..=2).contains(&digits)
        && matches!(suffix, "st" | "nd" | "rd" | "th")
        && w[..digits]
            .parse::<u32>()
            .is_ok_and(|d| (1..=31).contains(&d))
}

/// The ordinal is not a count of something: nothing follows in its
/// sentence, or a word that does not make it a count.
fn ends_as_date(doc: &Doc, i: usize) -> bool {
    let Some(next) = doc.words.get(i + 1) else {
        return true;
    };
    let gap = &doc.text[doc.words[i].end..next.start];
    if gap.contains([',', '.', '!', '?', ';', ')', '\n', '-', '(']) {
        return true;
    }
    let w = doc.word(i + 1);
    if w == "of" {
        return doc
            .words
            .get(i + 2)
            .is_some_and(|_| OF_MONTH.contains(&doc.word(i + 2)));
    }
    AFTER_DAY.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::Kind;

    fn dates(text: &str) -> Vec<String> {
        super::super::held(text)
            .into_iter()
            .filter(|(kind, _)| *kind == Kind::Date)
            .map(|(_, words)| words)
            .collect()
    }

    #[test]
    fn cued_ordinal_days_are_dates() {
        assert_eq!(dates("Surgery on the 22nd, scared."), ["22nd"]);
        assert_eq!(dates("appt tues 12th at 9"), ["12th"]);
        assert_eq!(dates("my c-section is on the 2nd"), ["2nd"]);
        assert_eq!(dates("surgery on the 14th of this month"), ["14th"]);
    }

    #[test]
    fn counts_and_uncued_ordinals_are_not() {
        assert!(dates("on the 2nd day after surgery I could walk").is_empty());
        assert!(dates("surgery was on the 14th floor").is_empty());
        assert!(dates("by the 3rd cycle my hair was gone").is_empty());
        assert!(dates("we meet on the 3rd").is_empty());
        assert!(dates("my surgery is on the 2nd of many").is_empty());
    }
}
