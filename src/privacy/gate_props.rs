//! The gates are exact: a scan with every regex gate open (and every
//! digit-anchored search run as a plain search) finds exactly what the gated
//! scan finds, on random text, on post-like text built from detector pieces,
//! and on corpus posts (the labelled dev corpus when it is checked out beside
//! the repository, and the posts of `voices_tests`), each also in lower and
//! upper case.

use proptest::prelude::*;

use super::props::piece;
use super::voices_tests::{MUST_HOLD, MUST_NOT_HOLD};
use super::{scan, scan_ungated};

fn same(text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        scan(text),
        scan_ungated(text),
        "gated and ungated scans differ"
    );
    Ok(())
}

/// Extra shapes the newer detectors read: IBANs, plates, serials, spaced
/// digits, slashed phones, ages, postcodes, versions.
fn shape() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("GB82 WEST 1234 5698 7654 32 ".to_string()),
        Just("reg YK19 UHT ".to_string()),
        Just("S/N QXRTPLMV ".to_string()),
        Just("4 1 5 5 5 5 0 1 2 3 ".to_string()),
        Just("415/555-0123 ".to_string()),
        Just("my nan (94) ".to_string()),
        Just("moved to M4C 1B5 ".to_string()),
        Just("firmware 4.12.0.7 ".to_string()),
        Just("House No. 12, ".to_string()),
        Just(", M.".to_string()),
        Just("Dr K.B.".to_string()),
        Just(" c/o T".to_string()),
        Just("my husband j.".to_string()),
        "[A-Z]{2}[0-9]{2} ?[A-Z]{3}",
        "[0-9](?:[ .-][0-9]){6,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn gated_equals_ungated_on_random_text(text in any::<String>()) {
        same(&text)?;
    }

    #[test]
    fn gated_equals_ungated_on_post_like_text(
        pieces in prop::collection::vec(prop_oneof![piece(), shape()], 0..40)
    ) {
        same(&pieces.concat())?;
    }
}

/// Posts of the dev corpus, of any JSON Lines files named in
/// `PRIVACY_GATE_CORPUS` (colon-separated, e.g. the bench/privacy corpora),
/// and of `voices_tests`.
fn corpus_posts() -> Vec<String> {
    let dev = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/privacy-corpus/dev.jsonl"
    );
    let extra = std::env::var("PRIVACY_GATE_CORPUS").unwrap_or_default();
    let mut posts: Vec<String> = std::iter::once(dev)
        .chain(extra.split(':').filter(|p| !p.is_empty()))
        .flat_map(|path| {
            std::fs::read_to_string(path)
                .unwrap_or_default()
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    posts.extend(MUST_HOLD.iter().chain(MUST_NOT_HOLD).map(|s| s.to_string()));
    posts
}

#[test]
fn gated_equals_ungated_on_corpus_posts() {
    for post in corpus_posts() {
        for text in [post.clone(), post.to_lowercase(), post.to_uppercase()] {
            assert_eq!(
                scan(&text),
                scan_ungated(&text),
                "gated and ungated scans differ"
            );
        }
    }
}
