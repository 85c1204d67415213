//! What an edit changes, word by word, for the moderator who reviews it.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

#[derive(Serialize, Debug, PartialEq)]
pub struct DiffPart {
    /// "same", "added" or "removed".
    pub kind: &'static str,
    pub text: String,
}

/// The words of `after` against `before`; runs of one kind are joined.
pub fn words(before: &str, after: &str) -> Vec<DiffPart> {
    let diff = TextDiff::from_words(before, after);
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "same",
            ChangeTag::Insert => "added",
            ChangeTag::Delete => "removed",
        };
        match parts.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => parts.push(DiffPart {
                kind,
                text: change.value().to_string(),
            }),
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_words_an_edit_added_and_removed() {
        let parts = words("call me after six", "call me at 415 555 0199 after six");
        let added: Vec<&str> = parts
            .iter()
            .filter(|p| p.kind == "added")
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(added.concat().trim(), "at 415 555 0199");
        assert!(parts.iter().all(|p| p.kind != "removed"));
        let removed = words("one two", "one");
        assert!(removed
            .iter()
            .any(|p| p.kind == "removed" && p.text.contains("two")));
    }
}
