//! Property tests: whatever the input, `scan` does not panic and returns
//! findings that are in bounds, non-empty and sorted. The same properties
//! as the cargo-fuzz target `fuzz/fuzz_targets/scanner.rs`, with a bounded
//! number of cases so `cargo test` stays fast on machines without nightly.

use proptest::prelude::*;

use super::{scan, should_hold, DEFAULT_THRESHOLD};

fn check(text: &str) -> Result<(), TestCaseError> {
    let n = text.chars().count();
    let findings = scan(text);
    for f in &findings {
        prop_assert!(f.start < f.end && f.end <= n, "{f:?} in {n} chars");
        prop_assert!((0.0..=1.0).contains(&f.score));
    }
    for w in findings.windows(2) {
        prop_assert!(w[0].start <= w[1].start && w[0].end <= w[1].start, "{w:?}");
    }
    let _ = should_hold(&findings, DEFAULT_THRESHOLD);
    Ok(())
}

/// Pieces that reach deep into the detectors: cue words, digit groups,
/// separators, emails, months, titles, multi-byte letters and digits.
pub(super) fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("MRN ".to_string()),
        Just("call me at ".to_string()),
        Just("Dr. ".to_string()),
        Just("my husband ".to_string()),
        Just("born ".to_string()),
        Just("@gmail dot com ".to_string()),
        Just("March ".to_string()),
        Just(" St, ".to_string()),
        Just("’s ".to_string()),
        "[0-9]{1,6}",
        "[-./() +:#]{1,3}",
        "[A-Z][a-z]{2,8} ",
        "[a-zéíóú'’-]{1,8} ",
        "[\u{0660}-\u{0669}\u{ff10}-\u{ff19}ſK😀\u{a0}\n]{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn post_like_text(pieces in prop::collection::vec(piece(), 0..40)) {
        check(&pieces.concat())?;
    }
}
