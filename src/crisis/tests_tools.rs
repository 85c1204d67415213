//! Tuning aids, not tests (ignored by default): print what the detector sees, and where
//! the time goes. They read local files named by environment variables and print only
//! to the terminal of whoever runs them.

use super::assess;

/// Tuning aid, not a test: `cargo test explain -- --ignored --nocapture` prints the
/// normalised text and the surviving cues of each line of `$CRISIS_EXPLAIN` (a text file).
#[test]
#[ignore]
fn explain() {
    let path = std::env::var("CRISIS_EXPLAIN").unwrap_or_else(|_| "/tmp/cc/explain.txt".into());
    let input = std::fs::read_to_string(path).unwrap_or_default();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        // A literal "\n" in a line stands for a line break of the post.
        let post = line.replace("\\n", "\n");
        let line = post.as_str();
        let norm = super::normalize::Norm::new(line);
        println!("\n== {}", norm.text);
        for h in super::scan::find_hits(&norm) {
            let who = if h.other { "other" } else { "self" };
            println!(
                "   {:?}/{:?}/{} s{}: {}",
                h.kind,
                h.strength,
                who,
                h.sentence,
                &norm.text[h.start..h.end]
            );
        }
        let a = assess("", line);
        println!(
            "   => {} method={} subject={}",
            a.level.as_str(),
            a.method_detail,
            a.subject.as_str()
        );
    }
}

/// Tuning aid: where the time goes, on `$CRISIS_PERF` (JSON Lines with "text").
#[test]
#[ignore]
fn perf_breakdown() {
    use std::time::Instant;
    let path = std::env::var("CRISIS_PERF").unwrap_or_else(|_| "/tmp/cc/perf.jsonl".into());
    let texts: Vec<String> = std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .take(3000)
        .collect();
    let all = super::cue::cues();
    let t = Instant::now();
    let norms: Vec<_> = texts
        .iter()
        .map(|t| super::normalize::Norm::new(t))
        .collect();
    println!("normalise {:?}", t.elapsed());
    let t = Instant::now();
    let mut slow: Vec<(u128, usize)> = (0..all.regexes.len())
        .map(|i| {
            let t = Instant::now();
            for n in &norms {
                let _ = all.regexes[i].find_iter(&n.text).count();
            }
            (t.elapsed().as_micros(), i)
        })
        .collect();
    println!("every regex {:?}", t.elapsed());
    slow.sort_unstable_by(|a, b| b.cmp(a));
    for (us, i) in slow.iter().take(12) {
        println!(
            "  {us}us  {:?} {}",
            all.defs[*i].kind,
            &all.defs[*i].pattern.chars().take(90).collect::<String>()
        );
    }
    let t = Instant::now();
    for n in &norms {
        let _ = super::scan::find_hits(n);
    }
    println!("find_hits {:?}", t.elapsed());
}
