//! Table tests of names read as runs after a cue.
use super::super::Kind;

fn names(text: &str) -> Vec<String> {
    super::super::held(text)
        .into_iter()
        .filter(|(kind, _)| *kind == Kind::Name)
        .map(|(_, words)| words)
        .collect()
}

#[test]
fn runs_after_cues() {
    let table: &[(&str, &str)] = &[
        ("my dad, R. Chatterjee, is home", "R. Chatterjee"),
        (
            "My husband J. Whitfield-Smith is in ICU",
            "J. Whitfield-Smith",
        ),
        ("A nurse called Thandiwe Mokoena stayed", "Thandiwe Mokoena"),
        ("Cheers all, Siobhan Ní Bhriain", "Siobhan Ní Bhriain"),
        ("We saw Dr. van der Berg's team", "van der Berg"),
        (
            "Our carer Maria José Fernandes helps",
            "Maria José Fernandes",
        ),
        (
            "my husband j. whitfield-smith is in icu",
            "j. whitfield-smith",
        ),
        (
            "my boyfriend diego ramírez has been a rock",
            "diego ramírez",
        ),
    ];
    for (text, want) in table {
        assert_eq!(names(text), vec![want.to_string()], "{text}");
    }
}

#[test]
fn no_runs_without_names() {
    for text in [
        "My GP said the MRI was fine.",
        "My oncologist Mayo Clinic referred me.",
        "Thanks to Johns Hopkins Hospital for everything.",
        "my dad, a retired teacher, is home",
        "I called ICU Monday Morning.",
        "my husband really likes the new nurse",
        "my dad will be home soon",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}
