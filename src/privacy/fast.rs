//! Cheap hashing for the word sets. Keys are short, trusted, compile-time
//! words, so SipHash's protection against chosen-key flooding buys nothing
//! and costs most of the lookup time; this is the Fx multiply-rotate hash.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type Fx = BuildHasherDefault<FxHasher>;
pub(crate) type WordSet = HashSet<&'static str, Fx>;

/// A set of the given words (built once, inside a `LazyLock`).
pub(crate) fn set_of(words: &[&'static str]) -> WordSet {
    words.iter().copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_lookup() {
        let s = set_of(&["alpha", "a-very-long-word-here", ""]);
        assert!(s.contains("alpha") && s.contains("a-very-long-word-here") && s.contains(""));
        assert!(!s.contains("alph") && !s.contains("alphab"));
    }
}
