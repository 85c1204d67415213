//! A small linear model over the normalised text: hashed word unigrams and bigrams (within a
//! clause), one weight per bucket and level, softmax over the four levels. Trained by
//! `bench/crisis/train.py` on posts the project generated and wrote itself (never on a
//! held-out set); the weights are `data/model.bin`.
//!
//! It only ever raises a post the rules call `none`, above a high threshold, and never a post
//! in which a guard (negation, the past, clinical, news, grief, jokes, ordinary reasons,
//! end of life, accidents) cancelled a cue: the rules keep the last word on those.
//!
//! File layout (little-endian): `CCLM`, bits (u8), three zero bytes, four f32 biases, four
//! f32 scales, then `2^bits` buckets of four i8 weights (none, self_harm, ideation, imminent).

use std::sync::OnceLock;

use super::Level;

static DATA: &[u8] = include_bytes!("data/model.bin");

/// The number of hash bits of the training features (the shipped file must match).
pub(super) const BITS: u32 = 15;

/// The levels in the order of the model's outputs.
pub(super) const LEVELS: [Level; 4] = [
    Level::None,
    Level::SelfHarm,
    Level::Ideation,
    Level::Imminent,
];

/// A post the rules call `none` is raised only when the model gives the crisis levels
/// together at least this probability. Chosen with `bench/crisis/loso.py` (each hand-written
/// set scored by a model trained without it): 0.8 kept false alerts at about 1 %, and every
/// step above it lost crisis posts.
pub(super) const RAISE_AT: f32 = 0.8;

pub(super) struct Model {
    bits: u32,
    bias: [f32; 4],
    scale: [f32; 4],
    weights: &'static [u8],
}

fn f32_at(data: &[u8], at: usize) -> Option<f32> {
    let b: [u8; 4] = data.get(at..at + 4)?.try_into().ok()?;
    Some(f32::from_le_bytes(b))
}

pub(super) fn parse(data: &'static [u8]) -> Option<Model> {
    if data.get(..4)? != b"CCLM" {
        return None;
    }
    let bits = u32::from(*data.get(4)?);
    if !(8..=24).contains(&bits) {
        return None;
    }
    let floats: Option<Vec<f32>> = (0..8).map(|i| f32_at(data, 8 + 4 * i)).collect();
    let floats = floats?;
    let bias: [f32; 4] = std::array::from_fn(|i| floats[i]);
    let scale: [f32; 4] = std::array::from_fn(|i| floats[4 + i]);
    let weights = data.get(40..)?;
    (weights.len() == 4usize << bits).then_some(Model {
        bits,
        bias,
        scale,
        weights,
    })
}

/// The shipped model, or `None` if its file is malformed (then nothing is ever raised).
pub(super) fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| parse(DATA)).as_ref()
}

/// 32-bit FNV-1a of the parts, one after another.
fn fnv1a(parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for part in parts {
        for &b in *part {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// The buckets of the features of normalised text `text` (sorted, each once): every word
/// (`u` + word) and every pair of neighbouring words in a clause (`b` + first + space + second).
pub(super) fn features(text: &str, bits: u32) -> Vec<u32> {
    let mask = (1u32 << bits) - 1;
    let fold = |h: u32| (h ^ (h >> 16)) & mask;
    let mut out = Vec::with_capacity(text.len() / 3);
    let mut prev: Option<&str> = None;
    for word in text.split(' ') {
        if word.is_empty() || word == "." || word == "," {
            prev = None;
            continue;
        }
        out.push(fold(fnv1a(&[b"u", word.as_bytes()])));
        if let Some(p) = prev {
            out.push(fold(fnv1a(&[b"b", p.as_bytes(), b" ", word.as_bytes()])));
        }
        prev = Some(word);
    }
    out.sort_unstable();
    out.dedup();
    out
}

impl Model {
    pub(super) fn bits(&self) -> u32 {
        self.bits
    }

    /// The four raw scores (logits) of a set of buckets.
    fn logits(&self, buckets: &[u32]) -> [f32; 4] {
        let mut sum = [0i32; 4];
        for &b in buckets {
            let at = 4 * b as usize;
            if let Some(w) = self.weights.get(at..at + 4) {
                for (s, &x) in sum.iter_mut().zip(w) {
                    *s += i32::from(i8::from_le_bytes([x]));
                }
            }
        }
        let n = (buckets.len().max(1) as f32).sqrt();
        std::array::from_fn(|i| self.bias[i] + self.scale[i] * sum[i] as f32 / n)
    }

    /// The probabilities of the four levels (in the order of [`LEVELS`]).
    pub(super) fn probabilities(&self, buckets: &[u32]) -> [f32; 4] {
        let z = self.logits(buckets);
        let top = z.iter().copied().fold(f32::MIN, f32::max);
        let e = z.map(|v| (v - top).exp());
        let total: f32 = e.iter().sum();
        e.map(|v| v / total)
    }

    /// How much more a set of buckets speaks for any crisis level than for `none`: used to
    /// find the sentence that decided a raise.
    pub(super) fn crisis_weight(&self, buckets: &[u32]) -> f32 {
        let z = self.logits(buckets);
        z[1].max(z[2]).max(z[3]) - z[0]
    }
}

/// What the model says about a post the rules call `none`: the level it raises it to, if any.
pub(super) fn raise(p: &[f32; 4]) -> Option<Level> {
    if 1.0 - p[0] < RAISE_AT {
        return None;
    }
    let best = (1..4).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(2);
    Some(LEVELS[best])
}
