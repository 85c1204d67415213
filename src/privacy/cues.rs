//! Cue words that say what kind of number follows ("MRN", "member ID",
//! "fax", "call me"). Forum posts are full of typos ("Patiet ID", "nuber"),
//! so longer cue words also match within a small edit distance.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::fast::Fx;
use super::text::Word;

/// What a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Phone,
    Fax,
    Ssn,
    Sin,
    Nhs,
    NatId,
    Mrn,
    Plan,
    Account,
    Card,
    License,
    Dea,
    Npi,
    Plate,
    Vin,
    Device,
    Zip,
    Email,
    /// A personal event a date can be tied to (birth, surgery, discharge).
    Event,
}

/// A cue found in a post (byte span plus the word indexes it covers).
#[derive(Debug, Clone)]
pub(crate) struct CueHit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
    pub first_word: usize,
    pub last_word: usize,
}

/// Cue phrases as word sequences. Longer phrases win over shorter ones at
/// the same position ("health card" is a plan cue, not a payment card).
const PHRASES: &[(&[&str], Cue)] = &[
    (&["call"], Cue::Phone),
    (&["text"], Cue::Phone),
    (&["cell"], Cue::Phone),
    (&["mobile"], Cue::Phone),
    (&["phone"], Cue::Phone),
    (&["tel"], Cue::Phone),
    (&["reach"], Cue::Phone),
    (&["whatsapp"], Cue::Phone),
    (&["ring"], Cue::Phone),
    (&["landline"], Cue::Phone),
    (&["cellphone"], Cue::Phone),
    (&["telephone"], Cue::Phone),
    (&["signal"], Cue::Phone),
    (&["mob"], Cue::Phone),
    (&["contact"], Cue::Phone),
    (&["fax"], Cue::Fax),
    (&["faxed"], Cue::Fax),
    (&["facsimile"], Cue::Fax),
    (&["ssn"], Cue::Ssn),
    (&["social", "security"], Cue::Ssn),
    (&["social"], Cue::Ssn),
    (&["ss", "#"], Cue::Ssn),
    (&["sin"], Cue::Sin),
    (&["social", "insurance"], Cue::Sin),
    (&["nhs"], Cue::Nhs),
    (&["chi", "number"], Cue::Nhs),
    (&["aadhaar"], Cue::NatId),
    (&["aadhar"], Cue::NatId),
    (&["national", "insurance"], Cue::NatId),
    (&["ni", "number"], Cue::NatId),
    (&["passport"], Cue::NatId),
    (&["mrn"], Cue::Mrn),
    (&["medical", "record"], Cue::Mrn),
    (&["record", "number"], Cue::Mrn),
    (&["patient", "id"], Cue::Mrn),
    (&["patient", "number"], Cue::Mrn),
    (&["patient", "#"], Cue::Mrn),
    (&["chart", "number"], Cue::Mrn),
    (&["chart", "#"], Cue::Mrn),
    (&["chart", "id"], Cue::Mrn),
    (&["hospital", "number"], Cue::Mrn),
    (&["hospital", "id"], Cue::Mrn),
    (&["wristband"], Cue::Mrn),
    (&["uhid"], Cue::Mrn),
    (&["case", "number"], Cue::Mrn),
    (&["ur", "number"], Cue::Mrn),
    (&["unit", "number"], Cue::Mrn),
    (&["mr", "#"], Cue::Mrn),
    (&["crn"], Cue::Mrn),
    (&["member"], Cue::Plan),
    (&["policy"], Cue::Plan),
    (&["subscriber"], Cue::Plan),
    (&["medicare"], Cue::Plan),
    (&["medicaid"], Cue::Plan),
    (&["insurance", "id"], Cue::Plan),
    (&["insurance", "number"], Cue::Plan),
    (&["health", "card"], Cue::Plan),
    (&["ohip"], Cue::Plan),
    (&["beneficiary"], Cue::Plan),
    (&["plan", "id"], Cue::Plan),
    (&["group", "number"], Cue::Plan),
    (&["mbi"], Cue::Plan),
    (&["phn"], Cue::Plan),
    (&["care", "card"], Cue::Plan),
    (&["ehic"], Cue::Plan),
    (&["ghic"], Cue::Plan),
    (&["insurance", "card"], Cue::Plan),
    (&["health", "number"], Cue::Plan),
    (&["healthcare", "number"], Cue::Plan),
    (&["account"], Cue::Account),
    (&["acct"], Cue::Account),
    (&["act", "#"], Cue::Account),
    (&["iban"], Cue::Account),
    (&["routing"], Cue::Account),
    (&["hsa"], Cue::Account),
    (&["fsa"], Cue::Account),
    (&["checking"], Cue::Account),
    (&["savings"], Cue::Account),
    (&["sort", "code"], Cue::Account),
    (&["bsb"], Cue::Account),
    (&["a", "c"], Cue::Account),
    (&["card"], Cue::Card),
    (&["visa"], Cue::Card),
    (&["mastercard"], Cue::Card),
    (&["amex"], Cue::Card),
    (&["discover"], Cue::Card),
    (&["debit"], Cue::Card),
    (&["credit"], Cue::Card),
    (&["license"], Cue::License),
    (&["licence"], Cue::License),
    (&["dl"], Cue::License),
    (&["driver's"], Cue::License),
    (&["drivers"], Cue::License),
    (&["driving"], Cue::License),
    (&["dea"], Cue::Dea),
    (&["npi"], Cue::Npi),
    (&["plate"], Cue::Plate),
    (&["plates"], Cue::Plate),
    (&["tag"], Cue::Plate),
    (&["rego"], Cue::Plate),
    (&["registration"], Cue::Plate),
    (&["numberplate"], Cue::Plate),
    (&["reg"], Cue::Plate),
    (&["license", "plate"], Cue::Plate),
    (&["licence", "plate"], Cue::Plate),
    (&["vin"], Cue::Vin),
    (&["serial"], Cue::Device),
    (&["s", "n"], Cue::Device),
    (&["sn"], Cue::Device),
    (&["imei"], Cue::Device),
    (&["transmitter"], Cue::Device),
    (&["udi"], Cue::Device),
    (&["device", "id"], Cue::Device),
    (&["mac", "address"], Cue::Device),
    (&["zip"], Cue::Zip),
    (&["zipcode"], Cue::Zip),
    (&["postal"], Cue::Zip),
    (&["postcode"], Cue::Zip),
    (&["pin", "code"], Cue::Zip),
    (&["pincode"], Cue::Zip),
    (&["email"], Cue::Email),
    (&["e", "mail"], Cue::Email),
    (&["mail"], Cue::Email),
    (&["born"], Cue::Event),
    (&["birth"], Cue::Event),
    (&["birthday"], Cue::Event),
    (&["dob"], Cue::Event),
    (&["d", "o", "b"], Cue::Event),
    (&["admitted"], Cue::Event),
    (&["admission"], Cue::Event),
    (&["discharged"], Cue::Event),
    (&["discharge"], Cue::Event),
    (&["surgery"], Cue::Event),
    (&["operation"], Cue::Event),
    (&["transplant"], Cue::Event),
    (&["diagnosed"], Cue::Event),
    (&["died"], Cue::Event),
    (&["passed"], Cue::Event),
    (&["delivered"], Cue::Event),
    (&["due"], Cue::Event),
    (&["appointment"], Cue::Event),
    (&["appt"], Cue::Event),
    (&["scheduled"], Cue::Event),
    (&["booked"], Cue::Event),
    (&["induction"], Cue::Event),
    (&["induced"], Cue::Event),
    (&["c", "section"], Cue::Event),
    (&["procedure"], Cue::Event),
    (&["biopsy"], Cue::Event),
    (&["hospitalized"], Cue::Event),
    (&["hospitalised"], Cue::Event),
    (&["funeral"], Cue::Event),
    (&["consult"], Cue::Event),
    (&["colonoscopy"], Cue::Event),
    (&["infusion"], Cue::Event),
    (&["mri"], Cue::Event),
    (&["scan"], Cue::Event),
    (&["op"], Cue::Event),
    (&["dx"], Cue::Event),
    (&["admit"], Cue::Event),
    (&["edd"], Cue::Event),
];

/// Vocabulary: each distinct cue word gets an id; phrases are id sequences.
struct Vocab {
    ids: HashMap<&'static str, u16, Fx>,
    words: Vec<&'static str>,
    /// Which letters each word uses: a cheap reject before the edit distance.
    masks: Vec<u32>,
    /// Word ids by (length, first letter) and (length, last letter), for the
    /// typo-tolerant lookup: a near miss keeps one of its end letters.
    by_first: Buckets,
    /// Word ids by the word without its first letter.
    tails: HashMap<&'static str, Vec<u16>, Fx>,
    phrases: Vec<(Vec<u16>, Cue)>,
    /// Indexes into `phrases` by the id of their first word, longest first.
    starting: Vec<Vec<usize>>,
}

static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut ids: HashMap<&'static str, u16, Fx> = HashMap::default();
    let mut words = Vec::new();
    let mut phrases = Vec::new();
    for (ws, cue) in PHRASES {
        let seq = ws
            .iter()
            .map(|w| {
                *ids.entry(w).or_insert_with(|| {
                    words.push(*w);
                    (words.len() - 1) as u16
                })
            })
            .collect();
        phrases.push((seq, *cue));
    }
    // Longest first so the first phrase that matches at a position wins.
    phrases.sort_by_key(|(seq, _): &(Vec<u16>, Cue)| std::cmp::Reverse(seq.len()));
    let mut by_first = Buckets::default();
    let mut tails: HashMap<&'static str, Vec<u16>, Fx> = HashMap::default();
    for (id, w) in words.iter().enumerate() {
        let b = w.as_bytes();
        if let (Some(&f), Some(tail)) = (b.first(), w.get(1..)) {
            by_first.push(b.len(), f, id as u16);
            tails.entry(tail).or_default().push(id as u16);
        }
    }
    let masks = words.iter().map(|w| letter_mask(w.as_bytes())).collect();
    let mut starting = vec![Vec::new(); words.len()];
    for (p, (seq, _)) in phrases.iter().enumerate() {
        if let Some(&first) = seq.first() {
            starting[usize::from(first)].push(p);
        }
    }
    Vocab {
        ids,
        words,
        masks,
        by_first,
        tails,
        phrases,
        starting,
    }
});

/// Word ids by (length, letter), in a flat table: the fuzzy lookup runs for
/// most words of a post, so it must not hash.
struct Buckets(Vec<Vec<u16>>);

impl Default for Buckets {
    fn default() -> Self {
        Buckets(vec![Vec::new(); Buckets::LENS * 27])
    }
}

impl Buckets {
    const LENS: usize = 32;
    fn slot(len: usize, byte: u8) -> Option<usize> {
        let letter = if byte.is_ascii_lowercase() {
            usize::from(byte - b'a')
        } else {
            26
        };
        (len < Self::LENS).then_some(len * 27 + letter)
    }
    fn push(&mut self, len: usize, byte: u8, id: u16) {
        if let Some(s) = Self::slot(len, byte) {
            self.0[s].push(id);
        }
    }
    fn get(&self, len: usize, byte: u8) -> &[u16] {
        Self::slot(len, byte).map_or(&[], |s| &self.0[s])
    }
}

/// Finds cue phrases in the lowercased text.
pub(crate) fn find(lower: &str, words: &[Word]) -> Vec<CueHit> {
    let v = &*VOCAB;
    let canon: Vec<Option<u16>> = words
        .iter()
        .map(|w| canonical(v, &lower[w.start..w.end]))
        .collect();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(first) = canon[i] else {
            i += 1;
            continue;
        };
        let matched = v.starting[usize::from(first)]
            .iter()
            .map(|&p| &v.phrases[p])
            .find(|(seq, _)| {
                i + seq.len() <= words.len()
                    && seq
                        .iter()
                        .enumerate()
                        .all(|(k, id)| canon[i + k] == Some(*id))
            });
        match matched {
            Some((seq, cue)) => {
                let last = i + seq.len() - 1;
                hits.push(CueHit {
                    cue: *cue,
                    start: words[i].start,
                    end: words[last].end,
                    first_word: i,
                    last_word: last,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    hits
}

/// Maps a word to a cue-vocabulary id, tolerating typos in longer words:
/// one edit for 5-6 letters, two for 7+ (with the same first letter).
fn canonical(v: &Vocab, w: &str) -> Option<u16> {
    if let Some(id) = v.ids.get(w) {
        return Some(*id);
    }
    let n = w.len();
    if n < 5 || !w.is_ascii() || n >= 32 {
        return None;
    }
    let wb = w.as_bytes();
    let wm = letter_mask(wb);
    // The winner is the closest word, ties going to the shorter word and
    // then to the earlier one in PHRASES.
    let mut best: Option<(usize, usize, u16)> = None;
    for len in n.saturating_sub(2).max(5)..=n + 2 {
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
    if m < 5 || m.abs_diff(n) > 2 {
        return;
    }
    // One edit leaves the first or the last letter in place.
    let same_first = wb[0] == cb[0];
    if !same_first && wb[n - 1] != cb[m - 1] {
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

/// Bit i set when the word contains letter `a + i` (other bytes share bit 26).
fn letter_mask(w: &[u8]) -> u32 {
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
fn osa_distance(a: &[u8], b: &[u8], cap: usize) -> usize {
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

#[cfg(test)]
#[path = "cues_tests.rs"]
mod tests;
