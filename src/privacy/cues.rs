//! Cue words that say what kind of number follows ("MRN", "member ID",
//! "fax", "call me"). Forum posts are full of typos ("Patiet ID", "nuber"),
//! so longer cue words also match within a small edit distance.

use std::collections::HashMap;
use std::sync::LazyLock;

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
    ids: HashMap<&'static str, u16>,
    words: Vec<&'static str>,
    /// Word ids by word length, for the typo-tolerant lookup.
    by_len: Vec<Vec<u16>>,
    phrases: Vec<(Vec<u16>, Cue)>,
}

static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut ids: HashMap<&'static str, u16> = HashMap::new();
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
    let mut by_len = vec![Vec::new(); 40];
    for (id, w) in words.iter().enumerate() {
        if let Some(b) = by_len.get_mut(w.len()) {
            b.push(id as u16);
        }
    }
    Vocab {
        ids,
        words,
        by_len,
        phrases,
    }
});

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
        if canon[i].is_none() {
            i += 1;
            continue;
        }
        let matched = v.phrases.iter().find(|(seq, _)| {
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
    if n < 5 || !w.is_ascii() {
        return None;
    }
    let mut best: Option<(usize, u16)> = None;
    let wb = w.as_bytes();
    let lens = n.saturating_sub(2).max(5)..=(n + 2).min(v.by_len.len() - 1);
    for &id in lens.flat_map(|l| v.by_len[l].iter()) {
        let cand = v.words[id as usize];
        let (m, cb) = (cand.len(), cand.as_bytes());
        // One edit leaves the first or the last letter in place.
        let same_first = wb[0] == cb[0];
        if !same_first && wb[n - 1] != cb[m - 1] {
            continue;
        }
        let allowed = if m >= 7 && same_first { 2 } else { 1 };
        let d = osa_distance(w.as_bytes(), cand.as_bytes(), allowed);
        if d <= allowed && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, id));
        }
    }
    best.map(|(_, id)| id)
}

/// Optimal-string-alignment distance (edits plus adjacent transpositions),
/// returning `cap + 1` early once the distance is known to exceed `cap`.
/// Three stack rows: cue words are short, longer inputs count as no match.
fn osa_distance(a: &[u8], b: &[u8], cap: usize) -> usize {
    const MAX: usize = 31;
    if a.len().abs_diff(b.len()) > cap || a.len() > MAX || b.len() > MAX {
        return cap + 1;
    }
    let w = b.len() + 1;
    let (mut pp, mut prev, mut cur) = ([0u8; MAX + 1], [0u8; MAX + 1], [0u8; MAX + 1]);
    for (j, p) in prev.iter_mut().enumerate().take(w) {
        *p = j as u8;
    }
    for i in 1..=a.len() {
        cur[0] = i as u8;
        let mut row_min = i as u8;
        for j in 1..w {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut x = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                x = x.min(pp[j - 2] + 1);
            }
            cur[j] = x;
            row_min = row_min.min(x);
        }
        if usize::from(row_min) > cap {
            return cap + 1;
        }
        pp = prev;
        prev = cur;
    }
    usize::from(prev[b.len()])
}

#[cfg(test)]
mod tests {
    use super::super::text::Doc;
    use super::*;

    fn cues_of(s: &str) -> Vec<Cue> {
        Doc::new(s).cues.iter().map(|h| h.cue).collect()
    }

    #[test]
    fn finds_cues_with_typos() {
        let table: &[(&str, &[Cue])] = &[
            ("Patiet ID 123", &[Cue::Mrn]),
            ("my medical recrod number", &[Cue::Mrn]),
            ("health card 1234", &[Cue::Plan]),
            ("my card number", &[Cue::Card]),
            ("license plate ABC", &[Cue::Plate]),
            ("Acct # 12", &[Cue::Account]),
            ("the weather was nice", &[]),
        ];
        for (s, want) in table {
            assert_eq!(cues_of(s), *want, "{s}");
        }
    }

    #[test]
    fn osa() {
        assert_eq!(osa_distance(b"nuber", b"number", 2), 1);
        assert_eq!(osa_distance(b"recrod", b"record", 2), 1);
        assert_eq!(osa_distance(b"abc", b"xyz", 1), 2);
    }
}
