//! The privacy scanner on arbitrary UTF-8: it must not panic, and every
//! finding must lie inside the text (char offsets), be non-empty, and come
//! in order without overlapping the next one.
#![no_main]

use carecircle::privacy::{scan, should_hold, DEFAULT_THRESHOLD};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let chars = text.chars().count();
    let findings = scan(text);
    for f in &findings {
        assert!(f.start < f.end && f.end <= chars, "{f:?} outside {chars} chars");
    }
    for pair in findings.windows(2) {
        assert!(pair[0].start <= pair[1].start, "unsorted: {pair:?}");
        assert!(pair[0].end <= pair[1].start, "overlapping: {pair:?}");
    }
    let _ = should_hold(&findings, DEFAULT_THRESHOLD);
});
