//! Markdown rendering on arbitrary UTF-8: it must not panic, and whatever the
//! source says (raw HTML, odd links, nesting), no script element survives.
#![no_main]

use carecircle::markdown::render;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let html = render(source);
    assert!(
        !html.to_ascii_lowercase().contains("<script"),
        "script in output: {html}"
    );
});
