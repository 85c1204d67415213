//! Email addresses (plain and spelled out) and personal web addresses.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern::constant_regex;

use super::address;
use super::allowlist;
use super::cues::Cue;
use super::search::find_if;
use super::text::{Cand, Doc};
use super::Kind;

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| constant_regex(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"));
/// "jane dot doe at gmail dot com", "jane(at)gmail(dot)com", "jane at gmail.com".
static EMAIL_SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(concat!(
        r"(?i)(?-u:\b)[\w+-]+(?:(?:\s*(?:\(dot\)|\[dot\])\s*|\s+dot\s+|[._])[\w+-]+)*",
        r"(?:\s*(?:\(at\)|\[at\]|\{at\})\s*|\s+at\s+|\s*@\s+|\s+@\s*)",
        r"[\w-]+(?:(?:\s*(?:\(dot\)|\[dot\])\s*|\s+dot\s+|\.)[\w-]+)*",
        r"(?:\s*(?:\(dot\)|\[dot\])\s*|\s+dot\s+|\.)",
        r"(?:com|net|org|edu|co\.uk|co|uk|ca|au|in|io|me|us|info|ie|nz|fm|de|za|sg|ph)(?-u:\b)"
    ))
});
static URL: LazyLock<Regex> = LazyLock::new(|| {
    constant_regex(concat!(
        r"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>()\[\]{}'`]+",
        r"|(?-u:\b)(?:[a-z0-9-]+\.)+(?:com|org|net|io|me|co|uk|ca|au|in|blog|page|site|info|us|ly|gl|tv|link|ee|app|social|nz|za|sg|ph|ie|fund|xyz|online|life|fm)(?-u:\b)(?:/[^\s<>()\[\]{}'`]*)?"
    ))
});

/// Webmail providers: "name at gmail dot com" is an email even without the
/// word "email" nearby.
#[rustfmt::skip]
const MAIL_HOSTS: &[&str] = &[
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "icloud", "aol", "comcast", "live",
    "msn", "protonmail", "proton", "me", "mac", "btinternet", "sky", "rediffmail", "bigpond",
    "shaw", "rogers", "sympatico", "ymail", "gmx", "yandex", "zoho", "verizon", "att", "sbcglobal",
    "optonline", "cox", "charter", "earthlink", "mail", "fastmail", "hey", "virginmedia",
    "ntlworld", "eircom", "optusnet", "telus", "videotron", "aim", "rocketmail", "windstream",
    "frontier",
];

/// Platforms whose pages belong to one person: profiles, blogs, fundraisers.
#[rustfmt::skip]
const PERSONAL_SITES: &[&str] = &[
    "facebook.com", "fb.com", "instagram.com", "tiktok.com", "twitter.com", "x.com", "threads.net",
    "linkedin.com", "youtube.com", "reddit.com", "gofundme.com", "gofund.me", "caringbridge.org",
    "mealtrain.com", "lotsahelpinghands.com", "givesendgo.com", "justgiving.com", "spot.fund",
    "fundly.com", "patreon.com", "ko-fi.com", "venmo.com", "paypal.me", "cash.app", "linktr.ee",
    "medium.com", "substack.com", "wordpress.com", "blogspot.com", "tumblr.com", "wixsite.com",
    "squarespace.com", "weebly.com", "github.io", "snapchat.com", "pinterest.com", "flickr.com",
    "strava.com", "bsky.app", "mastodon.social", "ketto.org", "milaap.org", "gogetfunding.com",
    "crowdfunder.co.uk", "chuffed.org", "carecalendar.org", "mycancercircle.net",
    "postmeeting.com",
];

/// Runs the email and URL detectors.
pub(crate) fn detect(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.email(), &EMAIL, doc.text) {
        out.push(Cand::new(Kind::Email, m.start(), m.end(), 0.95, "email"));
    }
    for m in find_if(doc.gates.spelled_email(), &EMAIL_SPELLED, doc.text) {
        if let Some(score) = spelled_email_score(doc, m.start(), m.end()) {
            out.push(Cand::new(
                Kind::Email,
                m.start(),
                m.end(),
                score,
                "email-spelled",
            ));
        }
    }
    urls(doc, out);
    address::detect(doc, out);
}

/// A spelled-out email counts when it uses an obfuscation marker or a
/// webmail host, or when an email cue is near.
fn spelled_email_score(doc: &Doc, s: usize, e: usize) -> Option<f32> {
    let m = &doc.lower[s..e];
    let spaced_at = m.contains(" @") || m.contains("@ ");
    if m.contains('@') && !spaced_at && !m.contains(" dot ") && !m.contains("(dot)") {
        return None; // plain address already found by EMAIL
    }
    let at = [" at ", "(at)", "[at]", "{at}", "@"]
        .iter()
        .filter_map(|a| m.find(a).map(|i| (i, a.len())))
        .min()?;
    let host: String = m[at.0 + at.1..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let marker = m.contains("(at)")
        || m.contains("[at]")
        || m.contains("(dot)")
        || m.contains(" dot ")
        || spaced_at;
    let cue = doc.nearest_cue(s, e, &[Cue::Email], 8, 4).is_some();
    let webmail = MAIL_HOSTS.contains(&host.as_str());
    match (webmail, marker, cue) {
        (true, _, _) | (_, true, true) => Some(0.9),
        (false, true, false) => Some(0.55),
        _ => None,
    }
}

fn urls(doc: &Doc, out: &mut Vec<Cand>) {
    for m in find_if(doc.gates.url(), &URL, doc.text) {
        let s = m.start();
        if doc.text[..s].ends_with(['@', '.']) {
            continue; // the domain of an email, or part of a longer host
        }
        let raw = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '"', '\'', '*', '_']);
        let e = s + raw.len();
        let score = url_score(doc, s, e, &raw.to_ascii_lowercase());
        out.push(Cand::new(Kind::Url, s, e, score, "url"));
    }
}

/// Personal platforms with a path are strong; public organisations are not
/// personal; unknown sites need a possessive cue ("my blog").
fn url_score(doc: &Doc, s: usize, e: usize, url: &str) -> f32 {
    let bare = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let host = bare.split(['/', '?', '#']).next().unwrap_or("");
    let path = bare[host.len()..].trim_matches('/');
    if allowlist::is_public_site(bare) {
        return 0.1;
    }
    let personal = PERSONAL_SITES
        .iter()
        .any(|p| host == *p || host.ends_with(&format!(".{p}")));
    let subdomain_blog = personal
        && PERSONAL_SITES
            .iter()
            .any(|p| host.ends_with(&format!(".{p}")) && !host.starts_with("www."));
    if personal {
        return if path.len() > 1 || subdomain_blog {
            0.9
        } else {
            0.2
        };
    }
    if host.ends_with(".org") || host.ends_with(".org.uk") || host.ends_with(".org.au") {
        return 0.2;
    }
    let cue = doc.window_has(
        s.saturating_sub(40),
        s,
        &[
            "my",
            "our",
            "blog",
            "follow",
            "updates",
            "site",
            "website",
            "page",
            "vlog",
            "journey",
            "story",
            "channel",
            "fundraiser",
            "diary",
        ],
    ) || doc.window_has(e, e + 30, &["my", "our", "blog"]);
    let scheme = url.starts_with("http") || url.starts_with("www.");
    match (cue, scheme) {
        (true, _) => 0.75,
        (false, true) => 0.45,
        (false, false) => 0.3,
    }
}

#[cfg(test)]
mod tests {
    use super::super::Kind;

    use super::super::held;

    #[test]
    fn emails_and_urls() {
        let table: &[(&str, Kind, &str)] = &[
            (
                "Email me at joseph.colon@hotmail.com and I'll",
                Kind::Email,
                "joseph.colon@hotmail.com",
            ),
            (
                "My email is suzanne dot cannon at comcast dot net (spelled out)",
                Kind::Email,
                "suzanne dot cannon at comcast dot net",
            ),
            (
                "write to priya(at)yahoo(dot)co(dot)in please",
                Kind::Email,
                "priya(at)yahoo(dot)co(dot)in",
            ),
            (
                "share our GoFundMe: https://www.gofundme.com/f/help-john-parker now",
                Kind::Url,
                "https://www.gofundme.com/f/help-john-parker",
            ),
            (
                "on [my blog](https://samuelthomas.wordpress.com). At",
                Kind::Url,
                "https://samuelthomas.wordpress.com",
            ),
            (
                "i post updates at facebook.com/donna.johnston.8167 for family",
                Kind::Url,
                "facebook.com/donna.johnston.8167",
            ),
        ];
        for (text, kind, span) in table {
            assert_eq!(held(text), vec![(*kind, span.to_string())], "{text}");
        }
    }

    #[test]
    fn public_sites_not_held() {
        for text in [
            "Good info on crohnscolitisfoundation.org if you're newly diagnosed",
            "Read the [patient guide](https://www.heart.org/en/health-topics/heart-failure) first",
            "see https://clinicaltrials.gov/study/NCT04280705 and cancer.gov",
            "the NHS page www.nhs.uk/conditions/asthma helped, as did facebook.com",
            "I was at home at night, dot the i's",
        ] {
            assert!(held(text).is_empty(), "{text}: {:?}", held(text));
        }
    }
}
