//! The model's file, its features, and how it may (and may not) change a decision.

use super::model::{self, features, BITS, LEVELS, RAISE_AT};
use super::{assess, normalize::Norm, scan, Level};

#[test]
fn the_shipped_model_file_is_well_formed_and_uses_the_training_bits() {
    let m = model::model().expect("data/model.bin parses");
    assert_eq!(m.bits(), BITS);
    assert_eq!(LEVELS[0], Level::None);
}

#[test]
fn features_are_words_and_neighbours_within_a_clause_each_once() {
    let f = features("i want to die , ok . ok", BITS);
    // Words i, want, to, die, ok (ok twice, counted once) and pairs i-want, want-to, to-die;
    // no pair across the comma or the full stop.
    let mut words_only = features("i . want . to . die . ok", BITS);
    words_only.sort_unstable();
    assert!(words_only.iter().all(|b| f.contains(b)));
    assert_eq!(f.len(), 5 + 3);
    assert!(f.windows(2).all(|w| w[0] < w[1]));
    assert!(f.iter().all(|&b| b < 1 << BITS));
    assert!(features("", BITS).is_empty());
}

#[test]
fn a_word_feature_is_fnv1a_of_u_and_the_word_folded_to_the_bits() {
    // The weights in data/model.bin are indexed by exactly this; `carecircle crisis-features`
    // writes the same buckets for bench/crisis/train.py, so a change here needs retraining.
    let mut h: u32 = 0x811c_9dc5;
    for &b in b"udie" {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    assert_eq!(
        features("die", BITS),
        vec![(h ^ (h >> 16)) & ((1 << BITS) - 1)]
    );
}

#[test]
fn probabilities_are_a_distribution_and_raise_needs_the_threshold() {
    let m = model::model().expect("model");
    let p = m.probabilities(&features("my sugars were fine today", BITS));
    assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    assert!(p.iter().all(|&x| (0.0..=1.0).contains(&x)));
    let below = [1.0 - RAISE_AT + 0.01, RAISE_AT - 0.01, 0.0, 0.0];
    assert_eq!(model::raise(&below), None);
    let above = [1.0 - RAISE_AT - 0.01, 0.0, 0.0, RAISE_AT + 0.01];
    assert_eq!(model::raise(&above), Some(Level::Imminent));
    let harm = [0.0, 0.8, 0.15, 0.05];
    assert_eq!(model::raise(&harm), Some(Level::SelfHarm));
}

#[test]
fn a_post_the_model_knows_nothing_about_leans_to_none() {
    // Trained without reweighting the levels, the prior follows the training posts, most of
    // them not crises (reweighted to equal shares it was 0.83 for `none`).
    let m = model::model().expect("model");
    let prior = m.probabilities(&[]);
    assert!(prior[0] > 0.9, "prior {prior:?}");
    assert_eq!(model::raise(&prior), None);
}

#[test]
fn a_malformed_model_file_is_refused() {
    assert!(model::parse(b"CCLM").is_none());
    assert!(model::parse(b"XXXX\x0f\0\0\0").is_none());
    let mut short = b"CCLM\x0f\0\0\0".to_vec();
    short.extend_from_slice(&[0; 32]);
    short.extend_from_slice(&[0; 100]);
    assert!(model::parse(Box::leak(short.into_boxed_slice())).is_none());
}

#[test]
fn the_model_is_asked_only_when_the_rules_say_none_and_no_guard_spoke() {
    assert!(super::model_may_speak(Level::None, 0));
    assert!(!super::model_may_speak(Level::None, 1));
    assert!(!super::model_may_speak(Level::Ideation, 0));
    assert!(!super::model_may_speak(Level::Imminent, 0));
}

#[test]
fn the_veto_keeps_the_model_off_absent_past_and_clinical_sentences() {
    let veto = |s: &str, before: &str| {
        super::guards::model_veto(&Norm::new(s).text, &Norm::new(before).text)
    };
    assert!(veto("I would never hurt myself", ""));
    assert!(veto("I've had none, but I'm keeping an eye out", ""));
    assert!(veto("Years ago I wished I didn't exist", ""));
    assert!(veto("The leaflet says some people feel that way", ""));
    assert!(!veto("Every day now I wish I didn't exist", ""));
    // "no plan" is what makes ideation ideation, and a self-harm post may say "not suicidal".
    assert!(!veto(
        "I keep thinking about it, no plan, just the thought",
        ""
    ));
    assert!(!veto("I carved into my leg again, not suicidal", ""));
}

#[test]
fn the_model_raises_posts_the_rules_miss_with_the_sentence_that_decided() {
    let text = "My sugars were up and down all week. I carved into my arm again last night. The clinic rang about my bloods.";
    let norm = Norm::new(text);
    assert!(
        scan::find_hits(&norm).is_empty(),
        "the rules alone say none"
    );
    let a = assess("", text);
    assert_eq!(a.level, Level::SelfHarm);
    assert_eq!(a.spans.len(), 1);
    let span = &text[a.spans[0].start..a.spans[0].end];
    assert!(span.contains("carved into my arm"), "{span}");
    assert!(
        !span.contains("sugars") && !span.contains("clinic"),
        "{span}"
    );

    let a = assess("", "my wife posted that tonight is her last night");
    assert_eq!(
        (a.level, a.subject),
        (Level::Imminent, super::Subject::Other)
    );
    let a = assess("", "every day now i wish i didnt exist");
    assert_eq!(a.level, Level::Ideation);
    assert!(!a.method_detail);
}

#[test]
fn the_model_leaves_everyday_uses_of_crisis_words_alone() {
    for text in [
        "I carved a pumpkin with my grandson last night, great fun.",
        "My sister posted that tonight is her last night in Sydney before she flies home.",
        "Ten years ago i wished i didnt exist. Now I run marathons.",
        "The leaflet says some people wish they didnt exist on this drug.",
        "I would never hurt myself. The pain clinic is slow though.",
    ] {
        assert_eq!(assess("", text).level, Level::None, "{text}");
    }
    // A guarded half does not silence a second sentence the model reads as a crisis.
    let a = assess(
        "",
        "I would never hurt myself. I wish i didnt exist some days though, every day now.",
    );
    assert_eq!(a.level, Level::Ideation);
}
