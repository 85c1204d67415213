//! The text around a match that the guards read: its sentence, the words before and after,
//! and the clauses around it (run-on posts are cut at ten words each side).

/// The text around one match, all within its sentence except `next`.
pub(super) struct Window<'a> {
    pub sentence: &'a str,
    pub prefix: &'a str,
    pub matched: &'a str,
    pub suffix: &'a str,
    pub next: &'a str,
    /// The sentence before the match's sentence ("" at the start).
    pub prev: &'a str,
    /// The whole normalised post.
    pub post: &'a str,
}

/// Words that end a clause, so a guard word in another clause of a run-on sentence
/// ("my late husband used to do it and my goodbye messages are written") does not count.
const CLAUSE_ENDS: &[&str] = &[",", "and", "but"];
/// Words that open a clause of their own after "and".
const SUBJECTS: &[&str] = &[
    "i", "he", "she", "they", "we", "you", "it", "my", "his", "her", "their", "our", "the", "now",
    "then", "this", "that", "everyone", "nobody", "someone", "there", "here", "so",
];
/// The most words a guard region reaches on either side of a match.
const REGION_WORDS: usize = 10;

impl Window<'_> {
    /// The clause before the match (with the clause before it, when only a comma
    /// separates them: "years ago , i ..."), as far as the match.
    pub(super) fn clause_before(&self) -> String {
        let before: Vec<&str> = self.prefix.split(' ').filter(|w| !w.is_empty()).collect();
        let first_of_match = self
            .matched
            .split(' ')
            .find(|w| !w.is_empty())
            .unwrap_or("");
        // "used to hide food and hurt myself": a habit's "and" with no subject after it goes
        // on with the clause before it.
        let continues = |i: usize| {
            let next = before.get(i + 1).copied().unwrap_or(first_of_match);
            let clause_start = before[..i]
                .iter()
                .rposition(|w| CLAUSE_ENDS.contains(w))
                .map_or(0, |j| j + 1);
            before[i] == "and"
                && !SUBJECTS.contains(&next)
                && before[clause_start..i]
                    .windows(2)
                    .any(|p| p == ["used", "to"])
        };
        let cut = (0..before.len())
            .rev()
            .find(|&i| CLAUSE_ENDS.contains(&before[i]) && !continues(i));
        let from = match cut {
            Some(i) if before[i] == "," => before[..i]
                .iter()
                .rposition(|w| CLAUSE_ENDS.contains(w))
                .map_or(0, |j| j + 1),
            Some(i) => i + 1,
            None => 0,
        };
        // At most ten words: run-on posts have no punctuation to stop at.
        before[from.max(before.len().saturating_sub(REGION_WORDS))..].join(" ")
    }

    /// The match with the clauses around it: see `clause_before` and `clauses_after`.
    pub(super) fn region(&self) -> String {
        [
            self.clause_before().as_str(),
            self.matched,
            &clauses_after(self.suffix).join(" "),
        ]
        .join(" ")
    }

    /// The rest of the sentence up to two clauses on, for reasons given after a comma
    /// ("i have made my decision , i am going ahead with the surgery").
    pub(super) fn following(&self) -> String {
        let mut ends = 0;
        self.suffix
            .split(' ')
            .take_while(|w| {
                ends += usize::from(CLAUSE_ENDS.contains(w));
                ends < 2
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The first clause of the next sentence, where a reason is often given
    /// ("This is my last post. Moving to the transplant group!").
    pub(super) fn next_clause(&self) -> String {
        self.next
            .split(' ')
            .take_while(|w| !CLAUSE_ENDS.contains(w))
            .take(14)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Up to `n` words on each side of the match, with the match.
    pub(super) fn near(&self, n: usize) -> String {
        let before: Vec<&str> = self.prefix.split(' ').rev().take(n).collect();
        let after: Vec<&str> = self.suffix.split(' ').take(n).collect();
        let mut out: Vec<&str> = before.into_iter().rev().collect();
        out.push(self.matched);
        out.extend(after);
        out.join(" ")
    }
}

/// The words after a match up to the end of its clause, and the next clause too when only
/// a comma separates them ("i tried to kill myself , years ago now").
fn clauses_after(suffix: &str) -> Vec<&str> {
    let words: Vec<&str> = suffix.split(' ').filter(|w| !w.is_empty()).collect();
    let starts_clause = |i: usize| {
        let next = words.get(i + 1).copied().unwrap_or("");
        matches!(words[i], "," | "but")
            || (words[i] == "and"
                && matches!(
                    next,
                    "i" | "my"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "the"
                        | "it"
                        | "his"
                        | "her"
                        | "our"
                ))
    };
    let first = (0..words.len())
        .find(|&i| starts_clause(i))
        .unwrap_or(words.len());
    if words.get(first) != Some(&",") {
        return words[..first.min(REGION_WORDS)].to_vec();
    }
    let second = (first + 2..words.len())
        .find(|&i| starts_clause(i))
        .unwrap_or(words.len());
    words[..second.min(REGION_WORDS)].to_vec()
}
