//! Property tests: `assess` never panics, and every span lies on character boundaries.

use proptest::prelude::*;

use super::{assess, Span};

fn spans_are_sound(spans: &[Span], text: &str) -> bool {
    spans.iter().all(|s| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    }) && spans.windows(2).all(|w| w[0].end <= w[1].start)
}

/// Text mixing crisis words, punctuation, emoji and multi-byte letters, so that matches
/// (and their spans) actually happen next to awkward characters.
fn crisis_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "i want to die",
        "kill myself",
        "tonight",
        "goodbye everyone",
        "😂",
        "💙",
        "é",
        "İ",
        "ß",
        "’",
        "'",
        ".",
        ",",
        "\n",
        " ",
        "the bridge",
        "pills i saved",
        "cut again",
        "my son says he",
        "lol",
        "ñ",
        "日本",
        "\u{200d}",
        "self-harm",
        "…",
        "not",
        "never",
        "2nite",
        "u",
        "kms",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn assess_never_panics_and_spans_are_on_char_boundaries(title in any::<String>(), text in any::<String>()) {
        let a = assess(&title, &text);
        prop_assert!(spans_are_sound(&a.spans, &text));
        prop_assert!(spans_are_sound(&a.title_spans, &title));
    }

    #[test]
    fn spans_hold_on_crisis_soup(title in crisis_soup(), text in crisis_soup()) {
        let a = assess(&title, &text);
        prop_assert!(spans_are_sound(&a.spans, &text));
        prop_assert!(spans_are_sound(&a.title_spans, &title));
        prop_assert!(!a.method_detail || a.is_crisis());
    }
}
