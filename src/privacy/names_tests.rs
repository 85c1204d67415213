//! Table tests of the name detector: names found and look-alikes left alone.
use super::super::Kind;

fn names(text: &str) -> Vec<String> {
    super::super::held(text)
        .into_iter()
        .filter(|(kind, _)| *kind == Kind::Name)
        .map(|(_, words)| words)
        .collect()
}

#[test]
fn finds_names() {
    let table: &[(&str, &str)] = &[
        (
            "My endo is Dr. Katherine Griffin at Duke",
            "Katherine Griffin",
        ),
        (
            "My psychiatrist is Dr. Priya Raman at the clinic",
            "Priya Raman",
        ),
        (
            "Hi friends, Stacy Schneider here, long time lurker",
            "Stacy Schneider",
        ),
        (
            "hey everyone! veronica davis here, long time lurker",
            "veronica davis",
        ),
        ("My mom Taylor Strong was just moved", "Taylor Strong"),
        (
            "Thanks again, everyone.\n- Linda Cunningham",
            "Linda Cunningham",
        ),
        (
            "Does anyone here see Kayla Vaughn? She's great",
            "Kayla Vaughn",
        ),
        ("My GP Dr Smith's office called", "Smith"),
        ("Cheers,\nSiobhan Murphy", "Siobhan Murphy"),
        ("Our consultant, Anjali Sharma, was lovely", "Anjali Sharma"),
        (
            "😀 Émilie wrote: my husband Mathieu Tremblay is home",
            "Mathieu Tremblay",
        ),
        (
            "Please keep Katherine Young in your prayers",
            "Katherine Young",
        ),
        ("Our caseworker Mark Brown sorted it", "Mark Brown"),
        ("please pray for my brother-in-law Grace Hill", "Grace Hill"),
    ];
    for (text, want) in table {
        assert_eq!(names(text), vec![want.to_string()], "{text}");
    }
}

#[test]
fn not_names() {
    for text in [
        "Diagnosed with Crohn's and Hashimoto's, seen at Johns Hopkins and Mayo Clinic.",
        "Did the Susan G. Komen 3-Day and gave to the Michael J. Fox Foundation.",
        "Got my transplant at Sloan Kettering, then Mount Sinai and Mass General.",
        "Lewy body vs Alzheimer's, how did your neurologist tell?",
        "My husband John says hi. Will Power is a song.",
        "Grace Hospital was fine, and Parkinson's Disease Foundation too.",
        "Taking Humira and Metformin, saw my oncologist on Monday.",
        "Will Smith was on TV. Hope Lodge housed us during treatment.",
        "Mark Twain said it best.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}
