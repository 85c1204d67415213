//! Post faces rendered once: the part of a post card that is the same for every viewer (author
//! line, badges, time, edited marker, clinician note, text). A thread page then evaluates only
//! the few per-viewer parts of each card in Tera, instead of some 40 lookups per post.
//!
//! Thread rows in listings are cached the same way (`thread_rows`).
//!
//! A fragment is keyed by everything it shows, so a stale one cannot be served: an edit, a
//! redaction, a new handle or badge is a different key. Old faces are dropped when the cache
//! passes its size.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

use serde::Serialize;
use tera::{Context, Tera};

use crate::error::AppResult;
use crate::views::listing::ThreadRow;
use crate::views::Byline;

/// Fragments kept at most per cache, and their bytes at most; past either it starts over.
const MAX_FRAGMENTS: usize = 4096;
const MAX_BYTES: usize = 8 * 1024 * 1024;

/// What a post's face shows; the same for every viewer.
#[derive(Serialize, Hash, PartialEq, Eq, Clone, Debug, Default)]
pub struct FaceFacts {
    pub id: i64,
    pub byline: Byline,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub helpful: bool,
    pub clinician_note: bool,
    /// The published revision's HTML, when the viewer may see one.
    pub body_html: Option<String>,
}

/// A face as HTML, escaped by Tera: what goes in the card's header, and what follows it.
#[derive(Serialize, Clone, Debug, Default)]
pub struct Face {
    pub head: String,
    pub text: String,
}

/// Rendered fragments by what they show (`K` holds every input of the template).
pub struct FragmentCache<K, F> {
    entries: Mutex<Entries<K, F>>,
}

struct Entries<K, F> {
    by_input: HashMap<K, F>,
    bytes: usize,
}

/// The bytes a fragment and its key hold, roughly (the key about as much as the fragment).
pub trait Weight {
    fn bytes(&self) -> usize;
}

impl Weight for Face {
    fn bytes(&self) -> usize {
        2 * (self.head.len() + self.text.len())
    }
}

impl Weight for String {
    fn bytes(&self) -> usize {
        2 * self.len()
    }
}

impl<K, F> Default for FragmentCache<K, F> {
    fn default() -> Self {
        FragmentCache {
            entries: Mutex::new(Entries {
                by_input: HashMap::new(),
                bytes: 0,
            }),
        }
    }
}

impl<K: Hash + Eq + Clone, F: Clone + Weight> FragmentCache<K, F> {
    /// The fragment of each input, rendered by `render` the first time it is asked for.
    pub fn get_or_render(
        &self,
        inputs: &[&K],
        render: impl Fn(&K) -> AppResult<F>,
    ) -> AppResult<Vec<F>> {
        let mut found: Vec<Option<F>> = match self.entries.lock() {
            Ok(entries) => inputs
                .iter()
                .map(|input| entries.by_input.get(*input).cloned())
                .collect(),
            Err(_) => vec![None; inputs.len()],
        };
        for (slot, input) in found.iter_mut().zip(inputs) {
            if slot.is_none() {
                let fragment = render(input)?;
                if let Ok(mut entries) = self.entries.lock() {
                    entries.insert((*input).clone(), fragment.clone());
                }
                *slot = Some(fragment);
            }
        }
        Ok(found.into_iter().flatten().collect())
    }
}

impl<K: Hash + Eq, F: Weight> Entries<K, F> {
    fn insert(&mut self, input: K, fragment: F) {
        let size = fragment.bytes();
        if self.by_input.len() >= MAX_FRAGMENTS || self.bytes + size > MAX_BYTES {
            self.by_input.clear();
            self.bytes = 0;
        }
        self.bytes += size;
        self.by_input.insert(input, fragment);
    }
}

/// The faces of a page's posts, rendered with `partials/post_head.html` and
/// `partials/post_text.html` when first seen.
pub fn post_faces(
    cache: &FragmentCache<FaceFacts, Face>,
    tera: &Tera,
    clinician_banner: &str,
    posts: &[&FaceFacts],
) -> AppResult<Vec<Face>> {
    cache.get_or_render(posts, |facts| {
        let mut ctx = Context::new();
        ctx.insert("p", facts);
        ctx.insert("clinician_banner", clinician_banner);
        Ok(Face {
            head: render(tera, "partials/post_head.html", &ctx)?,
            text: render(tera, "partials/post_text.html", &ctx)?,
        })
    })
}

fn render(tera: &Tera, template: &str, ctx: &Context) -> AppResult<String> {
    Ok(tera.render(template, ctx).map_err(anyhow::Error::new)?)
}

/// Discussions as listings show them, each rendered with `partials/thread_row.html` when
/// first seen.
pub fn thread_rows(
    cache: &FragmentCache<ThreadRow, String>,
    tera: &Tera,
    rows: &[ThreadRow],
) -> AppResult<Vec<String>> {
    let inputs: Vec<&ThreadRow> = rows.iter().collect();
    cache.get_or_render(&inputs, |row| {
        let mut ctx = Context::new();
        ctx.insert("t", row);
        render(tera, "partials/thread_row.html", &ctx)
    })
}
