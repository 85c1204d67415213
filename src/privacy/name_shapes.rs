//! Third-round name structure (issue 13): where a name sits and how its
//! words are shaped, for names the lists do not have.
//!
//! - a sign-off word and a comma or line break before it, with more text
//!   after ("Cheers, Bronwyn Tuckett (carer for my dad)");
//! - a bracket right after a relation or role word ("Mum (Eileen
//!   Scrivener, DOB ...)", "the physio (Hamish McTavish)");
//! - a role apposition after it ("Keziah Mwangi-Otieno, the stoma nurse",
//!   "... Carmen Miller? She's a rheumatologist"), or "here" when the run
//!   carries some evidence of being a name;
//! - a media phrase after it marks a public figure ("... talking about
//!   lupus on TV");
//! - surname shapes: Mc-/Fitz-/O'- openings, patronymic and national
//!   endings (-sen, -son, -ski, -wicz, -enko, -poulos, ...), and the open
//!   syllables of Māori and Pacific surnames, used only for a lowercase
//!   word after a cued given name or a lowercase title.

use super::fast::{set_of, WordSet};
use super::name_lists::COMMON_LOWER;
use super::names::{norm_word, FIRST, FUNCTION_SET, LAST, NAME_WORDS, STOP_SET};
use super::text::Doc;
use std::sync::LazyLock;

/// Last words of sign-offs ("Kind regards,", "Yours faithfully,", "Ngā mihi,").
#[rustfmt::skip]
const SIGN_OFF_WORDS: &[&str] = &[
    "cheers", "thanks", "thx", "regards", "love", "best", "wishes", "sincerely", "faithfully",
    "truly", "warmly", "blessings", "hugs", "care", "ta", "xx", "xxx", "x", "xo", "xoxo", "mihi",
    "namaste", "bless", "respectfully", "gratefully", "fondly", "gratitude", "peace",
];

/// Words naming a care role, the head of an apposition after a name.
#[rustfmt::skip]
static ROLE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    set_of(&[
        "nurse", "doctor", "gp", "surgeon", "consultant", "registrar", "physio",
        "physiotherapist", "dietitian", "dietician", "therapist", "psychologist", "psychiatrist",
        "counsellor", "counselor", "worker", "pharmacist", "midwife", "educator", "specialist",
        "oncologist", "neurologist", "cardiologist", "rheumatologist", "urologist",
        "nephrologist", "gastroenterologist", "endocrinologist", "dermatologist",
        "haematologist", "hematologist", "pulmonologist", "geriatrician", "paediatrician",
        "pediatrician", "radiologist", "anaesthetist", "anesthesiologist", "sonographer",
        "receptionist", "coordinator", "navigator", "manager", "chaplain", "carer", "caregiver",
        "aide", "dentist", "optometrist", "audiologist", "podiatrist", "chiropractor",
        "osteopath", "paramedic", "obgyn", "endo", "rheumy", "neuro", "nephro", "cardio", "gyno",
        "psych", "clinician", "practitioner", "hygienist", "technician", "tech", "volunteer",
        "advocate", "liaison", "doula", "ot", "slp", "np", "rn", "md", "hcp", "provider",
        "matron", "sister", "health visitor", "visitor", "case manager", "social worker",
    ])
});

/// Laughs and ordinary words that fit the open-syllable shape.
const NOT_SHAPED: &[&str] = &[
    "potato", "tomato", "salami", "hahaha", "hehehe", "kimono", "hawaii", "manila", "maori",
    "pakeha", "whanau", "kainga", "marae", "aroha", "kapai", "kiaora", "lasagna", "hurrah",
];

/// -son and -sen words that are not surnames.
const NOT_SON: &[&str] = &[
    "lesson",
    "reason",
    "season",
    "person",
    "poison",
    "prison",
    "comparison",
    "crimson",
    "mason",
    "bison",
    "treason",
    "liaison",
    "venison",
    "garrison",
    "jettison",
    "parson",
    "damson",
    "grandson",
    "stepson",
    "godson",
    "unison",
    "caisson",
    "arson",
    "chosen",
    "loosen",
    "worsen",
    "unchosen",
    "caparison",
    "foison",
];

/// The sign-off word right before word i, then a comma or a line break.
pub(crate) fn signoff_before(doc: &Doc, i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let gap = &doc.text[doc.words[k].end..doc.words[i].start];
    gap.contains([',', '\n'])
        && gap
            .chars()
            .all(|c| matches!(c, ',' | '\n' | ' ' | '\r' | '!' | '.'))
        && SIGN_OFF_WORDS.contains(&doc.word(k))
}

/// A bracket right before word i that follows a relation or role word:
/// "Mum (Eileen Scrivener", "the physio (Hamish".
pub(crate) fn bracket_after_person(doc: &Doc, i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let gap = &doc.text[doc.words[k].end..doc.words[i].start];
    if gap.trim_matches(' ') != "(" {
        return false;
    }
    let w = doc.word(k);
    let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
    super::name_cues::STRONG_SET.contains(w)
        || ROLE_WORDS.contains(w)
        || doc
            .cues
            .iter()
            .any(|h| h.cue == super::cues::Cue::Person && h.last_word == k)
}

/// A role apposition after a name ending at byte e: ", the stoma nurse",
/// ", our social worker", " (the physio)", "? She's a urologist".
pub(crate) fn role_after(doc: &Doc, e: usize) -> bool {
    let rest = &doc.lower[e..];
    const OPEN: &[&str] = &[
        ", the ",
        ", our ",
        ", my ",
        ", a ",
        ", an ",
        " (the ",
        " (our ",
        " (my ",
        " - the ",
        " - our ",
        ", who is a ",
        ", who is our ",
        ", who is my ",
    ];
    const TOLD: &[&str] = &[
        "? she's a",
        "? he's a",
        "? she is a",
        "? he is a",
        ". she's a",
        ". he's a",
        ". she is a",
        ". he is a",
        "? she’s a",
        "? he’s a",
        ". she’s a",
        ". he’s a",
        "? they're a",
        "? she's an",
        "? he's an",
        ". she's an",
        ". he's an",
    ];
    let tail = OPEN.iter().chain(TOLD).find_map(|o| rest.strip_prefix(o));
    let Some(tail) = tail else {
        return false;
    };
    tail.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| ROLE_WORDS.contains(w))
}

/// " here" after a name that carries some evidence ("Benedikt
/// Aschenbrenner here"): "Long Covid here" and "Type 2 Diabetic here" do not.
pub(crate) fn here_after(doc: &Doc, s: usize, e: usize) -> bool {
    let rest = &doc.lower[e..];
    rest.strip_prefix(" here")
        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
        && name_evidence(doc, s, e)
}

/// "... talking about lupus", "... on TV": a public figure, not a member's
/// contact.
pub(crate) fn media_after(doc: &Doc, e: usize) -> bool {
    let mut rest = &doc.lower[e..];
    // "Ngaio Marsh-Whitby talking about ...": past the rest of a hyphenated name.
    while let Some(r) = rest.strip_prefix('-') {
        rest = r.trim_start_matches(|c: char| c.is_alphabetic());
    }
    let rest = rest.trim_start_matches("'s").trim_start_matches("’s");
    const MEDIA: &[&str] = &[
        " talking about",
        " talks about",
        " talked about",
        " spoke about",
        " speaking about",
        " speaks about",
        " on tv",
        " on telly",
        " on the telly",
        " on the tv",
        " on the box",
        " on the radio",
        " on the news",
        " in the news",
        " said on",
        " wrote about",
        " opened up about",
        " went public",
        " going public",
    ];
    MEDIA.iter().any(|m| rest.starts_with(m))
}

/// Some word of the run s..e is a listed given name or surname that is not
/// also an ordinary word, is surname-shaped, or the run holds a hyphen,
/// an apostrophe inside a word or a letter outside ASCII.
pub(crate) fn name_evidence(doc: &Doc, s: usize, e: usize) -> bool {
    let text = &doc.text[s..e];
    if text.contains('-') || text.contains('\'') || !text.is_ascii() {
        return true;
    }
    let (a, b) = (doc.word_index_at(s), doc.word_index_at(e));
    (a..b.min(doc.words.len())).any(|k| {
        let l = norm_word(doc, k);
        let l = l.as_ref();
        (FIRST.contains(l) || LAST.contains(l))
            && !NAME_WORDS.contains(l)
            && !FUNCTION_SET.contains(l)
            && !STOP_SET.contains(l)
            || surname_shaped(&doc.text[doc.words[k].start..doc.words[k].end])
    })
}

/// A word shaped like a surname that the lists may lack: Mc-, Fitz- and
/// O'- openings, patronymic and national endings, or the open syllables of
/// Māori and Pacific surnames ("whatuira", "faleafa").
pub(crate) fn surname_shaped(raw: &str) -> bool {
    let lower = folded(raw);
    let w = lower.as_str();
    if let Some(rest) = w.strip_prefix("o'").or(w.strip_prefix("o’")) {
        return rest.len() >= 3 && rest.chars().all(|c| c.is_ascii_alphabetic());
    }
    if !plain_word(w) || w.len() < 5 {
        return false;
    }
    if w.starts_with("mc") && w.len() >= 5 || w.starts_with("fitz") && w.len() >= 7 {
        return true;
    }
    // Yoruba and Igbo openings ("Oluwaseyi", "Chukwuemeka", "Nwachukwu").
    if ["oluwa", "chukwu", "nwach", "okonkw"]
        .iter()
        .any(|p| w.starts_with(p))
        && w.len() >= 7
    {
        return true;
    }
    if ending_shaped(w) {
        return true;
    }
    w.len() >= 6 && open_syllables(w) && !w.ends_with('e') && !NOT_SHAPED.contains(&w)
}

/// Patronymic and national surname endings (-ski, -wicz, -enko, -poulos, -sen, ...) on a
/// lowercase, accent-folded word of six letters or more.
fn ending_shaped(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ski", "ska", "sky", "wicz", "czyk", "czak", "enko", "chuk", "poulos", "poulou", "akis",
        "idis", "escu", "ovic", "evic", "ovich", "evich", "sson", "stein", "baum", "mann", "berg",
        "ishvili", "adze", "oglu", "zadeh", "yan", "nen", "endran", "amanian", "swamy", "murthy",
        "moorthy", "krishnan", "nathan", "sundaram", "lingam", "appan", "raman", "rajan",
    ];
    if w.len() < 6 {
        return false;
    }
    if ENDINGS.iter().any(|x| w.ends_with(x)) && w != "iceberg" {
        return true;
    }
    (w.ends_with("sen") || w.len() >= 7 && w.ends_with("son")) && !NOT_SON.contains(&w)
}

/// A capitalised word with a national surname ending ("Wiśniewska", "Kowalczyk") that is
/// no ordinary word.
pub(crate) fn national_ending(raw: &str) -> bool {
    let lower = folded(raw);
    plain_word(&lower) && ending_shaped(&lower)
}

/// `raw` in lowercase with its accents folded ("Wiśniewska" -> "wisniewska").
fn folded(raw: &str) -> String {
    raw.chars()
        .flat_map(char::to_lowercase)
        .map(super::name_norm::fold_accent)
        .collect()
}

/// ASCII letters only, and neither an ordinary, a name-like nor a function word.
fn plain_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_alphabetic())
        && !COMMON_LOWER.contains(&w)
        && !NAME_WORDS.contains(w)
        && !FUNCTION_SET.contains(w)
}

/// Every syllable open, consonants only from the Māori and Pacific sets
/// (h k m n p r t w, wh, ng, and f g l s v): "tamihana", "leaupepe".
fn open_syllables(w: &str) -> bool {
    let b = w.as_bytes();
    let (mut i, mut syllables) = (0, 0);
    while i < b.len() {
        if b[i..].starts_with(b"wh") || b[i..].starts_with(b"ng") {
            i += 2;
        } else if b"hkmnprtwfglsv".contains(&b[i]) {
            i += 1;
        }
        if i >= b.len() || !b"aeiou".contains(&b[i]) {
            return false;
        }
        while i < b.len() && b"aeiou".contains(&b[i]) {
            i += 1;
        }
        syllables += 1;
    }
    syllables >= 3
}
