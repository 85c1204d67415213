//! Tests of the cue vocabulary and its typo-tolerant lookup.
use super::super::cue_lookup::*;
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
    // The band must agree with the full table on every small case.
    let words: [&[u8]; 8] = [
        b"record", b"recrod", b"recodr", b"rcord", b"records", b"abc", b"ba", b"patient",
    ];
    for x in words {
        for y in words {
            for cap in 1..=2 {
                let full = full_osa(x, y);
                assert_eq!(osa_distance(x, y, cap), full.min(cap + 1), "{x:?} {y:?}");
            }
        }
    }
}

/// The lookup before it was indexed: every word of a near length, in
/// order, keeping the first closest one.
fn brute_canonical(v: &Vocab, w: &str) -> Option<u16> {
    if let Some(id) = v.ids.get(w) {
        return Some(*id);
    }
    let (n, wb) = (w.len(), w.as_bytes());
    if n < 4 || !w.is_ascii() || NEVER_FUZZY.contains(&w) {
        return None;
    }
    let mut ids: Vec<u16> = (0..v.words.len() as u16).collect();
    ids.sort_by_key(|&id| (v.words[id as usize].len(), id));
    let mut best: Option<(usize, u16)> = None;
    for id in ids {
        let cb = v.words[id as usize].as_bytes();
        let m = cb.len();
        if m < 4 || m + 2 < n || m > n + 2 || wb[0] != cb[0] && wb[n - 1] != cb[m - 1] {
            continue;
        }
        if n == 4 && !four_letter_ok(wb, cb) {
            continue;
        }
        if v.person_only[id as usize] && wb[0] != cb[0] || other_word_form(wb, cb) {
            continue;
        }
        let allowed = if m >= 7 && wb[0] == cb[0] { 2 } else { 1 };
        let d = full_osa(wb, cb);
        if d <= allowed && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, id));
        }
    }
    best.map(|(_, id)| id)
}

#[test]
fn indexed_lookup_matches_brute_force() {
    let v = &*VOCAB;
    let mut probes: Vec<String> = Vec::new();
    for w in &v.words {
        let b = w.as_bytes();
        for i in 0..b.len() {
            let mut d = b.to_vec();
            d.remove(i);
            probes.push(String::from_utf8(d).unwrap());
            for c in [b'x', b'e', b'a', b's'] {
                let mut s = b.to_vec();
                s[i] = c;
                probes.push(String::from_utf8(s.clone()).unwrap());
                s.insert(i, c);
                probes.push(String::from_utf8(s).unwrap());
            }
            if i + 1 < b.len() {
                let mut t = b.to_vec();
                t.swap(i, i + 1);
                probes.push(String::from_utf8(t).unwrap());
            }
        }
        probes.push(format!("x{w}"));
        probes.push(format!("{w}ed"));
    }
    for w in probes {
        assert_eq!(canonical(v, &w), brute_canonical(v, &w), "{w}");
    }
}

fn full_osa(a: &[u8], b: &[u8]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}
