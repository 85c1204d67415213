//! The typo-tolerant lookup of a word in the cue vocabulary: exact ids
//! first, then the closest cue word within one or two edits, found through
//! (length, letter) buckets, a letter-set filter and a banded edit distance,
//! and remembered per thread.

use std::cell::RefCell;
use std::collections::HashMap;

use super::cues::Vocab;
use super::fast::Fx;

/// Common words one edit away from a cue word that must stay themselves
/// ("cared" is not "card", "turn" is not "turns").
pub(crate) const NEVER_FUZZY: &[&str] = &[
    "cared", "cares", "turn", "bored", "dues", "ages", "sing", "plat", "rang", "numbers", "nice",
    "care", "fell", "members", "career", "finance", "fiend", "teaches", "bother",
];

thread_local! {
    /// Typo lookups already made on this thread: posts share most of their
    /// words, and the edit-distance search is the costly part of a scan.
    static MEMO: RefCell<HashMap<Box<str>, Option<u16>, Fx>> = RefCell::new(HashMap::default());
}

/// Words remembered at most, per thread; the memo is emptied when full.
const MEMO_CAP: usize = 1 << 16;

/// `canonical`, with the typo-tolerant search of longer words remembered.
pub(crate) fn remembered(v: &Vocab, w: &str) -> Option<u16> {
    if let Some(id) = v.ids.get(w) {
        return Some(*id);
    }
    if w.len() < 4 {
        return None;
    }
    MEMO.with(|memo| {
        if let Some(hit) = memo.borrow().get(w) {
            return *hit;
        }
        let found = canonical(v, w);
        let mut memo = memo.borrow_mut();
        if memo.len() >= MEMO_CAP {
            memo.clear();
        }
        memo.insert(w.into(), found);
        found
    })
}

/// Maps a word to a cue-vocabulary id, tolerating typos: one edit (two for
/// cue words of 7+ letters with the same first letter).
pub(crate) fn canonical(v: &Vocab, w: &str) -> Option<u16> {
    if let Some(id) = v.ids.get(w) {
        return Some(*id);
    }
    let n = w.len();
    if n < 4 || !w.is_ascii() || n >= 32 || NEVER_FUZZY.contains(&w) {
        return None;
    }
    let wb = w.as_bytes();
    let wm = letter_mask(wb);
    // The winner is the closest word, ties going to the shorter word and
    // then to the earlier one in PHRASES.
    let mut best: Option<(usize, usize, u16)> = None;
    for len in n.saturating_sub(2).max(4)..=n + 2 {
        for &id in v.by_first.get(len, wb[0]) {
            consider(v, wb, wm, id, &mut best);
        }
    }
    first_letter_edits(v, wb, |id| consider(v, wb, wm, id, &mut best));
    best.map(|(_, _, id)| id)
}

/// Calls `f` with the words one edit away from `wb` with that edit at the
/// front: a changed, added or dropped first letter, or the first two
/// letters swapped. A single edit that changes the first letter is always
/// one of these, so four lookups replace a scan of every word with the same
/// last letter.
fn first_letter_edits(v: &Vocab, wb: &[u8], mut f: impl FnMut(u16)) {
    let (w, rest) = (ascii(wb), ascii(&wb[1..]));
    for tail in [v.tails.get(rest), v.tails.get(w)].into_iter().flatten() {
        tail.iter().for_each(|&id| f(id));
    }
    if let Some(&id) = v.ids.get(rest) {
        f(id);
    }
    let mut swapped = [0u8; 32];
    swapped[..wb.len()].copy_from_slice(wb);
    swapped.swap(0, 1);
    if let Some(&id) = v.ids.get(ascii(&swapped[..wb.len()])) {
        f(id);
    }
}

fn ascii(b: &[u8]) -> &str {
    std::str::from_utf8(b).unwrap_or_default()
}

/// Keeps `id` in `best` when it is within the allowed edits of `wb` and
/// closer (or as close and shorter, or earlier) than the best so far.
fn consider(v: &Vocab, wb: &[u8], wm: u32, id: u16, best: &mut Option<(usize, usize, u16)>) {
    let cb = v.words[id as usize].as_bytes();
    let (n, m) = (wb.len(), cb.len());
    // Four-letter words: a four-letter cue with one letter added ("texxt"),
    // a five-letter cue with one dropped ("pate"), or a four-letter cue with
    // two letters swapped ("hsop", "crad").
    if m < 4 || m.abs_diff(n) > 2 || n == 4 && !four_letter_ok(wb, cb) {
        return;
    }
    // One edit leaves the first or the last letter in place.
    let same_first = wb[0] == cb[0];
    if !same_first && v.person_only[id as usize] {
        return;
    }
    if !same_first && wb[n - 1] != cb[m - 1] {
        return;
    }
    if other_word_form(wb, cb) {
        return;
    }
    let allowed = if m >= 7 && same_first { 2 } else { 1 };
    // Each edit adds or drops at most one letter from the set of letters
    // used, so most words are rejected here without the distance table.
    if (wm ^ v.masks[id as usize]).count_ones() > 2 * allowed as u32 {
        return;
    }
    let d = osa_distance(wb, cb, allowed);
    if d <= allowed && best.is_none_or(|b| (d, m, id) < b) {
        *best = Some((d, m, id));
    }
}

/// "worked" is no slip for "worker": the same stem with an -ed or -ly ending is another
/// word, not a typo of the cue.
pub(crate) fn other_word_form(wb: &[u8], cb: &[u8]) -> bool {
    let n = wb.len();
    n == cb.len()
        && n >= 5
        && wb[..n - 2] == cb[..n - 2]
        && (wb.ends_with(b"ed") || wb.ends_with(b"ly"))
}

/// The edits a four-letter word may have from a cue word: a dropped letter
/// of a five-letter cue (same first letter), or two letters swapped.
pub(crate) fn four_letter_ok(wb: &[u8], cb: &[u8]) -> bool {
    match cb.len() {
        5 => wb[0] == cb[0],
        4 => {
            let (mut x, mut y) = ([0u8; 4], [0u8; 4]);
            x.copy_from_slice(&wb[..4]);
            y.copy_from_slice(&cb[..4]);
            x.sort_unstable();
            y.sort_unstable();
            x == y && wb != cb
        }
        _ => false,
    }
}

/// Bit i set when the word contains letter `a + i` (other bytes share bit 26).
pub(crate) fn letter_mask(w: &[u8]) -> u32 {
    w.iter().fold(0, |m, &b| {
        m | if b.is_ascii_lowercase() {
            1 << (b - b'a')
        } else {
            1 << 26
        }
    })
}

/// Optimal-string-alignment distance (edits plus adjacent transpositions),
/// returning `cap + 1` early once the distance is known to exceed `cap`.
/// Only the diagonal band of width `cap` is filled: cells further out can
/// never be within `cap`, and this runs for most long words of a post.
/// Three stack rows: cue words are short, longer inputs count as no match.
pub(crate) fn osa_distance(a: &[u8], b: &[u8], cap: usize) -> usize {
    const MAX: usize = 31;
    const FAR: u8 = u8::MAX / 2;
    if a.len().abs_diff(b.len()) > cap || a.len() > MAX || b.len() > MAX {
        return cap + 1;
    }
    let w = b.len() + 1;
    let (mut pp, mut prev) = ([FAR; MAX + 1], [FAR; MAX + 1]);
    for (j, p) in prev.iter_mut().enumerate().take(w.min(cap + 1)) {
        *p = j as u8;
    }
    for i in 1..=a.len() {
        let mut cur = [FAR; MAX + 1];
        if i <= cap {
            cur[0] = i as u8;
        }
        let mut row_min = cur[0];
        for j in i.saturating_sub(cap).max(1)..w.min(i + cap + 1) {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut x = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                x = x.min(pp[j - 2] + 1);
            }
            cur[j] = x.min(FAR);
            row_min = row_min.min(x);
        }
        if usize::from(row_min) > cap {
            return cap + 1;
        }
        pp = prev;
        prev = cur;
    }
    usize::from(prev[b.len()]).min(cap + 1)
}
