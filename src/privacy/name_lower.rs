//! Names written in lowercase ("my husband j. whitfield-smith", "dr.
//! ximena whitfield", "thanks,\nzoltán kjær"): without capitals only the
//! lists and the cue before tell a name from words.

use super::fast::WordSet;
use super::name_runs::{trim_possessive, NOT_NAME, PARTICLE_SET};
use super::names::{norm_word, FIRST, FUNCTION_SET, LAST, NAME_WORDS, STOP_SET};
use super::text::Doc;

/// The lowercase form of a run: "my husband j. whitfield-smith", "dr
/// mehmet yilmaz". Without capitals only the lists can tell a name from a
/// word, so every part must be a listed name, an initial or a particle,
/// the last a listed surname, and none an ordinary English word.
pub(crate) fn lower_run(doc: &Doc, i: usize, cued: bool) -> Option<(usize, usize)> {
    let (mut k, mut last_ok, mut parts, mut end) = (i, false, 0, 0);
    // "dr patel rajesh": after a cue, a listed surname may come first and a
    // listed given name last.
    let (mut had_surname, mut last_given) = (false, false);
    while k < doc.words.len() && parts < 4 && !contraction(doc.word(k)) {
        let after = &doc.text[doc.words[k].end..];
        let single = doc.word(k).chars().count() == 1 && doc.word(k) != "i";
        let initial = single && (after.starts_with(". ") || after.starts_with(".") && parts == 0)
            || single && cued && parts == 0 && after.starts_with(' ');
        let particle = PARTICLE_SET.contains(doc.word(k)) && parts > 0;
        let mut surname = lower_surname(doc, k, parts, cued);
        // "whitfield-smith", "davis-quintanilla": one listed part is enough.
        while k + 1 < doc.words.len() && &doc.text[doc.words[k].end..doc.words[k + 1].start] == "-"
        {
            k += 1;
            surname |= listed(doc, k, &LAST);
        }
        // After a cue ("dr. ximena whitfield") the given name may be one the
        // lists lack, as long as the surname is listed.
        let given = listed(doc, k, &FIRST)
            || cued && parts == 0 && (plausible_given(doc, k) || wordy_given(doc, k));
        if !(initial || particle || surname || given) {
            break;
        }
        (parts, last_ok, end) = (parts + 1, surname, doc.words[k].end);
        last_given = !surname && listed(doc, k, &FIRST);
        had_surname |= surname && parts == 1 && listed(doc, k, &LAST);
        let next = doc.words.get(k + 1);
        let gap = next.map_or("", |w| &doc.text[doc.words[k].end..w.start]);
        let initials = initial && gap == "." && next.is_some_and(|w| w.end - w.start == 1);
        if !(gap == " " || initial && gap == ". " || initials) || !last_ok && parts >= 3 {
            break;
        }
        k += 1;
    }
    let surname_first = cued && parts == 2 && had_surname && last_given;
    (parts >= 2 && (last_ok || surname_first))
        .then(|| (doc.words[i].start, trim_possessive(doc.text, end)))
}

/// "won't", "they're", "we'll": a verb with its clitic, never part of a name ("o'neill" is).
fn contraction(w: &str) -> bool {
    let w = w.replace('’', "'");
    ["n't", "'re", "'ll", "'ve", "'m", "'d"]
        .iter()
        .any(|c| w.ends_with(c))
}

/// Word k is in `set` and is not also an ordinary, function or stop word.
fn listed(doc: &Doc, k: usize, set: &WordSet) -> bool {
    let l = norm_word(doc, k);
    set.contains(l.as_ref())
        && !NAME_WORDS.contains(l.as_ref())
        && !FUNCTION_SET.contains(l.as_ref())
        && !STOP_SET.contains(l.as_ref())
}

/// Whether word k can end a lowercase run as its surname: a listed surname;
/// after a cue, one that is also a word ("my husband trevon hall"); after a
/// cue and a particle, any name-like word ("seán ó murchú").
fn lower_surname(doc: &Doc, k: usize, parts: usize, cued: bool) -> bool {
    if listed(doc, k, &LAST) {
        return true;
    }
    if !cued || parts == 0 {
        return false;
    }
    let l = norm_word(doc, k);
    let plain = LAST.contains(l.as_ref())
        && !FUNCTION_SET.contains(l.as_ref())
        && !STOP_SET.contains(l.as_ref());
    let after_particle = k > 0 && PARTICLE_SET.contains(doc.word(k - 1));
    let shaped =
        super::name_shapes::surname_shaped(&doc.text[doc.words[k].start..doc.words[k].end]);
    plain || after_particle && plausible_given(doc, k) || shaped && !NOT_NAME.contains(l.as_ref())
}

/// "thanks,\nzoltán kjær": after a sign-off word and a comma or line
/// break, the last two words of the post are a name if both could be one,
/// listed or not.
pub(crate) fn signed_off(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let last = i + 1;
    if last + 1 != doc.words.len() || &doc.text[doc.words[i].end..doc.words[last].start] != " " {
        return None;
    }
    const SIGN_OFFS: &[&str] = &[
        "thanks",
        "thank",
        "love",
        "regards",
        "cheers",
        "hugs",
        "best",
        "sincerely",
        "warmly",
        "blessings",
        "xo",
        "xx",
        "signed",
        "ta",
        "wishes",
    ];
    let after_sign_off = i > 0
        && SIGN_OFFS.contains(&doc.word(i - 1))
        && doc.text[doc.words[i - 1].end..doc.words[i].start].contains([',', '\n']);
    let tail = &doc.text[doc.words[last].end..];
    let name = after_sign_off && plausible_given(doc, i) && plausible_given(doc, last);
    (name && tail.chars().all(|c| !c.is_alphanumeric()))
        .then(|| (doc.words[i].start, doc.words[last].end))
}

/// A listed given name that is also a word ("harry", "rose"), after a cue.
fn wordy_given(doc: &Doc, k: usize) -> bool {
    let w = norm_word(doc, k);
    let w = w.as_ref();
    w.len() >= 3
        && FIRST.contains(w)
        && !NOT_NAME.contains(w)
        && !FUNCTION_SET.contains(w)
        && !super::name_lists::COMMON_LOWER.contains(&w)
}

/// A lowercase word that could be an unlisted given name: letters only, three
/// or more, and none of the ordinary words that follow "my husband".
fn plausible_given(doc: &Doc, k: usize) -> bool {
    let w = norm_word(doc, k);
    let w = w.as_ref();
    w.chars().count() >= 3
        && w.chars().all(char::is_alphabetic)
        && !NOT_NAME.contains(w)
        && !NAME_WORDS.contains(w)
        && !FUNCTION_SET.contains(w)
        && !super::name_lists::COMMON_LOWER.contains(&w)
}
