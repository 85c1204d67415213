//! IPv4 and IPv6 addresses, validated by parsing. Four-part version strings
//! ("firmware 4.12.0.7", "after the update to 5.2.0.1") parse as IPv4 too,
//! so a version word a few words before, or a `v` glued on, rules one out.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::cue_lookup::osa_distance;
use super::search::find_if;
use super::text::{Cand, Doc};
use super::Kind;

static IPV4: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?-u:\b)\d{1,3}(?:\.\d{1,3}){3}(?-u:\b)"));
static IPV6: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}"));

/// Words that announce a software version.
#[rustfmt::skip]
const VERSION_WORDS: &[&str] = &[
    "version", "versions", "ver", "v", "build", "firmware", "update", "updated", "updates",
    "upgrade", "upgraded", "software", "release", "released", "ios", "android", "os", "patch",
    "driver", "bios", "windows", "macos", "rev", "revision",
];

/// Runs the IP detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.ipv4(), &IPV4, doc.text) {
        let after = &doc.text[m.end()..];
        let extends =
            after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit());
        let glued_v = doc.lower[..m.start()].ends_with('v');
        if !extends
            && !glued_v
            && !versioned(doc, m.start())
            && m.as_str().parse::<Ipv4Addr>().is_ok()
        {
            out.push(Cand::new(Kind::Ip, m.start(), m.end(), 0.9, "ipv4"));
        }
    }
    for m in find_if(doc.gates.ipv6(), &IPV6, doc.text) {
        let s = m.as_str();
        let groups = s.split(':').filter(|g| !g.is_empty()).count();
        if (groups >= 4 || s.contains("::") && groups >= 2) && s.parse::<Ipv6Addr>().is_ok() {
            out.push(Cand::new(Kind::Ip, m.start(), m.end(), 0.9, "ipv6"));
        }
    }
}

/// A version word (or a typo of one) among the six words before `start`
/// ("firmware went from 2.1.0.5 to 2.1.0.6"),
/// in the same sentence.
fn versioned(doc: &Doc, start: usize) -> bool {
    let i = doc.word_index_at(start);
    // Digit tokens (an earlier "2.1.0.5") do not count towards the window.
    let words: Vec<usize> = (0..i)
        .rev()
        .filter(|&k| !doc.word(k).starts_with(|c: char| c.is_ascii_digit()))
        .take(6)
        .collect();
    let ip_cue = words
        .iter()
        .take(4)
        .any(|&k| matches!(doc.word(k), "ip" | "ipv4" | "address"));
    !ip_cue
        && words.into_iter().any(|k| {
            let w = doc.word(k);
            let near = |v: &&str| {
                *v == w || v.len() >= 5 && osa_distance(w.as_bytes(), v.as_bytes(), 1) <= 1
            };
            VERSION_WORDS.iter().any(near) && !doc.has_break(doc.words[k].end, start)
        })
}

#[cfg(test)]
mod tests {
    use super::super::{scan, Kind, DEFAULT_THRESHOLD};

    fn ips(text: &str) -> usize {
        scan(text)
            .iter()
            .filter(|f| f.score >= DEFAULT_THRESHOLD && f.kind == Kind::Ip)
            .count()
    }

    #[test]
    fn addresses_but_not_versions() {
        assert_eq!(
            ips("The hospital wifi gave me 66.130.11.33 and blocked it"),
            1
        );
        assert_eq!(ips("Support asked for my IP address, it's 10.0.0.12"), 1);
        for text in [
            "My pump firmware is 4.12.0.7 now",
            "after the update to 5.2.0.1 the CGM app keeps logging me out",
            "updated the dexcom app to vrsion 1.8.2.4 and it crashed",
            "Omnipod app v3.2.1.12 finally fixed it",
            "The portal says builld 2.3.14.1 at the bottom",
        ] {
            assert_eq!(ips(text), 0, "{text}");
        }
    }
}
