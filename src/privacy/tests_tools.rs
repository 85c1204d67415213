//! Tuning aid: what the scanner finds in each line of `$PRIVACY_EXPLAIN`, and why.

/// `PRIVACY_EXPLAIN=file cargo test --lib privacy_explain -- --ignored --nocapture`
#[test]
#[ignore]
fn privacy_explain() {
    let path = std::env::var("PRIVACY_EXPLAIN").unwrap_or_default();
    let input = std::fs::read_to_string(path).unwrap_or_default();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        println!("\n== {line}");
        for f in super::scan(line) {
            let covered: String = line.chars().skip(f.start).take(f.end - f.start).collect();
            println!("   {:?} {:.2} {}: {covered}", f.kind, f.score, f.reason);
        }
    }
}
