//! One pass over a post that records which detector regexes could match at
//! all. Most posts have no '@', no month name, no age over 89 and no street
//! word, so gating each regex on a necessary condition skips most regex
//! passes. Every gate is a condition that any match of its regex implies,
//! so gating never changes the findings, only the time taken.

use std::sync::LazyLock;

use super::fast::Fx;

/// Letter-run words that some regex needs, as bit flags.
const MONTH: u16 = 1;
const BOX: u16 = 1 << 1;
const AT: u16 = 1 << 2;
const DIGIT_WORD: u16 = 1 << 3;
const SUFFIX: u16 = 1 << 4;
const TLD_URL: u16 = 1 << 5;
const TLD_MAIL: u16 = 1 << 6;
const NO: u16 = 1 << 7;

#[rustfmt::skip]
const MONTH_WORDS: &[&str] = &[
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december", "janvier", "fevrier", "avril", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre",
    // the ASCII letter runs of "décembre" and "février"
    "cembre", "vrier",
];

#[rustfmt::skip]
const BOX_WORDS: &[&str] = &[
    "box",
];

#[rustfmt::skip]
const NO_WORDS: &[&str] = &[
    "no",
];

#[rustfmt::skip]
const AT_WORDS: &[&str] = &[
    "at",
];

#[rustfmt::skip]
const DIGIT_WORDS: &[&str] = &[
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

#[rustfmt::skip]
const SUFFIX_WORDS: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
    "dr", "court", "ct", "way", "place", "pl", "terrace", "ter", "parkway", "pkwy", "highway",
    "hwy", "circle", "cir", "crescent", "cres", "close", "grove", "gardens", "square", "sq",
    "trail", "trl", "loop", "pike", "row", "mews", "rise", "parade", "esplanade", "marg", "nagar",
    "cross", "walk", "circuit", "quay", "wynd", "brae", "chase", "vale", "alley", "path",
];

#[rustfmt::skip]
const URL_TLDS: &[&str] = &[
    "com", "org", "net", "io", "me", "co", "uk", "ca", "au", "in", "blog", "page", "site", "info",
    "us", "ly", "gl", "tv", "link", "ee", "app", "social", "nz", "za", "sg", "ph", "ie", "fund",
    "xyz", "online", "life", "fm",
];

#[rustfmt::skip]
const MAIL_TLDS: &[&str] = &[
    "com", "net", "org", "edu", "co", "uk", "ca", "au", "in", "io", "me", "us", "info", "ie", "nz",
    "fm", "de", "za", "sg", "ph",
];

static GATE_WORDS: LazyLock<std::collections::HashMap<&'static str, u16, Fx>> =
    LazyLock::new(|| {
        let mut m = std::collections::HashMap::default();
        for (words, flag) in [
            (MONTH_WORDS, MONTH),
            (BOX_WORDS, BOX),
            (NO_WORDS, NO),
            (AT_WORDS, AT),
            (DIGIT_WORDS, DIGIT_WORD),
            (SUFFIX_WORDS, SUFFIX),
            (URL_TLDS, TLD_URL),
            (MAIL_TLDS, TLD_MAIL),
        ] {
            for w in words {
                *m.entry(*w).or_insert(0) |= flag;
            }
        }
        m
    });

/// Necessary conditions for the detector regexes, computed once per post.
#[derive(Debug, Default, Clone)]
pub(crate) struct Gates {
    /// Unicode digits or letters that case-fold to ASCII (ſ, K) appear: the
    /// byte-level gates below would not see what `\d` or `(?i)` match, so
    /// every gate opens.
    pub exotic: bool,
    pub ascii_digits: usize,
    pub at_sign: bool,
    pub colons: usize,
    /// Digit, one of `/.-`, digit.
    pub digit_sep_digit: usize,
    pub digit_slash_digit: bool,
    pub digit_dot_digit: usize,
    /// An ASCII letter directly followed by a digit (postcodes).
    pub letter_digit: bool,
    /// A maximal run of exactly five ASCII digits (ZIP).
    pub five_digits: bool,
    /// "9x", "10x", "11x" digit runs, or "ninety"/"hundred" (ages).
    pub age_like: bool,
    pub http_or_www: bool,
    words: u16,
    digit_words: usize,
}

impl Gates {
    pub fn new(text: &str, lower: &str) -> Self {
        let mut g = Gates {
            exotic: !text.is_ascii()
                && text.chars().any(|c| {
                    !c.is_ascii() && (c.is_numeric() || c == '\u{17f}' || c == '\u{212a}')
                }),
            at_sign: text.contains('@'),
            http_or_www: lower.contains("http") || lower.contains("www."),
            age_like: lower.contains("ninety") || lower.contains("hundred"),
            ..Gates::default()
        };
        g.scan_bytes(lower.as_bytes());
        g.scan_letter_runs(lower);
        g
    }

    fn scan_bytes(&mut self, b: &[u8]) {
        let mut run = 0usize;
        for (i, &c) in b.iter().enumerate() {
            // Letters and spaces are most of a post: leave them at once.
            if c.is_ascii_lowercase() && !b.get(i + 1).is_some_and(u8::is_ascii_digit) || c == b' '
            {
                continue;
            }
            let next = b.get(i + 1).copied().unwrap_or(0);
            let next2 = b.get(i + 2).copied().unwrap_or(0);
            if c.is_ascii_digit() {
                self.ascii_digits += 1;
                run += 1;
                if !next.is_ascii_digit() {
                    self.end_run(&b[i + 1 - run..=i]);
                    run = 0;
                }
                if matches!(next, b'/' | b'.' | b'-') && next2.is_ascii_digit() {
                    self.digit_sep_digit += 1;
                    self.digit_slash_digit |= next == b'/';
                    self.digit_dot_digit += usize::from(next == b'.');
                }
            } else if c == b':' {
                self.colons += 1;
            } else if c.is_ascii_alphabetic() && next.is_ascii_digit() {
                self.letter_digit = true;
            }
        }
    }

    fn end_run(&mut self, run: &[u8]) {
        self.five_digits |= run.len() == 5;
        self.age_like |= matches!(run, [b'9', _] | [b'1', b'0' | b'1', _]);
    }

    fn scan_letter_runs(&mut self, lower: &str) {
        let b = lower.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_lowercase() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
            let Some(&flags) = GATE_WORDS.get(&lower[start..i]) else {
                continue;
            };
            let mut flags = flags;
            if flags & (TLD_URL | TLD_MAIL) != 0 {
                flags &= !tld_mask(lower, start);
            }
            self.words |= flags;
            self.digit_words += usize::from(flags & DIGIT_WORD != 0);
        }
    }

    fn word(&self, flag: u16) -> bool {
        self.exotic || self.words & flag != 0
    }
    fn digits(&self, n: usize) -> bool {
        self.exotic || self.ascii_digits >= n
    }

    /// An ASCII letter right before a digit (postcodes, plates, IBANs).
    pub fn letter_digit(&self) -> bool {
        self.exotic || self.letter_digit
    }
    /// Digit, slash, digit ("415/555-0123", dates).
    pub fn slash(&self) -> bool {
        self.exotic || self.digit_slash_digit
    }
    /// A gate set with every gate open: the scan it gives is the ungated
    /// scan that the property tests compare against.
    #[cfg(test)]
    pub fn all_open(mut self) -> Self {
        self.exotic = true;
        self
    }
    pub fn email(&self) -> bool {
        self.exotic || self.at_sign
    }
    pub fn spelled_email(&self) -> bool {
        (self.at_sign || self.word(AT)) && self.word(TLD_MAIL)
    }
    pub fn url(&self) -> bool {
        self.exotic || self.http_or_www || self.word(TLD_URL)
    }
    pub fn month_date(&self) -> bool {
        self.word(MONTH) && self.digits(1)
    }
    /// A month name, with or without a digit ("June twelfth").
    pub fn month_word(&self) -> bool {
        self.word(MONTH)
    }
    pub fn numeric_date(&self) -> bool {
        self.exotic || self.digit_sep_digit >= 2
    }
    /// Digit, dot, digit ("14.03").
    pub fn dotted(&self) -> bool {
        self.exotic || self.digit_dot_digit >= 1
    }
    pub fn short_date(&self) -> bool {
        self.exotic || self.digit_slash_digit
    }
    pub fn age(&self) -> bool {
        self.exotic || self.age_like
    }
    pub fn street(&self) -> bool {
        self.word(SUFFIX) && self.digits(1)
    }
    /// "House No. 12" needs the word "no" and a digit.
    pub fn house_no(&self) -> bool {
        self.word(NO) && self.digits(1)
    }
    pub fn po_box(&self) -> bool {
        self.word(BOX) && self.digits(1)
    }
    pub fn postcode(&self) -> bool {
        self.letter_digit()
    }
    pub fn zip(&self) -> bool {
        self.exotic || self.five_digits
    }
    /// Phones need 7 digits, SSNs 9 and cards 13.
    pub fn digit_run(&self) -> bool {
        self.digits(7)
    }
    pub fn spelled_digits(&self) -> bool {
        self.exotic || self.digit_words >= 7
    }
    /// A code candidate needs three digits.
    pub fn code(&self) -> bool {
        self.digits(3)
    }
    pub fn ipv4(&self) -> bool {
        self.exotic || self.digit_dot_digit >= 3
    }
    pub fn ipv6(&self) -> bool {
        self.exotic || self.colons >= 2
    }
}

/// Which TLD flags to drop for the run at `start`: a URL's TLD follows a
/// '.', a spelled email's follows '.' or "dot" ("dot com", "(dot)com").
fn tld_mask(lower: &str, start: usize) -> u16 {
    let before = &lower[..start];
    if before.ends_with('.') {
        return 0;
    }
    let t = before.trim_end();
    let t = t.strip_suffix([')', ']']).unwrap_or(t).trim_end();
    if t.ends_with("dot") {
        TLD_URL
    } else {
        TLD_URL | TLD_MAIL
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gates(s: &str) -> Gates {
        Gates::new(s, &s.to_ascii_lowercase())
    }

    #[test]
    fn gates_open_for_their_shapes() {
        assert!(gates("born March 3").month_date());
        assert!(!gates("born in March").month_date());
        assert!(gates("jane dot doe at gmail dot com").spelled_email());
        assert!(gates("jane(at)gmail(dot)com").spelled_email());
        assert!(!gates("we met at the clinic in town").spelled_email());
        assert!(gates("see example.org/x").url());
        assert!(!gates("in me us co").url());
        assert!(gates("Dad is 95").age() && gates("aged 101").age());
        assert!(!gates("Dad is 85, 1995").age());
        assert!(gates("12 Elm St").street() && gates("zip 12345").zip());
        assert!(gates("1.2.3.4").ipv4() && !gates("1.2.3").ipv4());
        assert!(gates("5/12/2020").numeric_date() && gates("3/14").short_date());
        assert!(
            gates("٣ days").digit_run(),
            "Unicode digits open every gate"
        );
    }
}
