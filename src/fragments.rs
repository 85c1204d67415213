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
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tera::{Context, Tera};

use crate::error::AppResult;
use crate::views::listing::ThreadRow;
use crate::views::thread_page::PostCard;
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
    /// The settings the fragments were rendered under (a banner's text): other settings, and
    /// they are all dropped.
    under: String,
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

/// A whole post card that holds nothing for one viewer alone: no form (a form carries the
/// viewer's CSRF token), no badge or note about where the post stands, no text waiting for
/// review, no crisis lines (they follow the viewer's country). It is the same HTML for every
/// viewer who may do the same with the post, so it is rendered once, from nothing but
/// itself. `PostCard::into_shared` says which cards qualify; `PostCard::from_shared` is the
/// card rendered for one.
#[derive(Hash, PartialEq, Eq, Clone, Debug)]
pub struct SharedCard {
    pub facts: FaceFacts,
    pub is_opening: bool,
    pub can_edit: bool,
    pub can_report: bool,
    /// Only on an opening post, whose Delete is a link to a confirmation page.
    pub can_delete: bool,
}

impl Weight for Arc<str> {
    fn bytes(&self) -> usize {
        2 * self.len()
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
                under: String::new(),
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
        self.get_or_render_under("", inputs, render)
    }

    /// As `get_or_render`, for fragments that also show `settings` (the same for every input).
    pub fn get_or_render_under(
        &self,
        settings: &str,
        inputs: &[&K],
        render: impl Fn(&K) -> AppResult<F>,
    ) -> AppResult<Vec<F>> {
        let mut found: Vec<Option<F>> = match self.entries.lock() {
            Ok(mut entries) => {
                entries.settle_under(settings);
                inputs
                    .iter()
                    .map(|input| entries.by_input.get(*input).cloned())
                    .collect()
            }
            Err(_) => vec![None; inputs.len()],
        };
        for (slot, input) in found.iter_mut().zip(inputs) {
            if slot.is_none() {
                let fragment = render(input)?;
                if let Ok(mut entries) = self.entries.lock() {
                    if entries.under == settings {
                        entries.insert((*input).clone(), fragment.clone());
                    }
                }
                *slot = Some(fragment);
            }
        }
        Ok(found.into_iter().flatten().collect())
    }
}

impl<K: Hash + Eq, F: Weight> Entries<K, F> {
    fn settle_under(&mut self, settings: &str) {
        if self.under != settings {
            self.by_input.clear();
            self.bytes = 0;
            self.under = settings.to_string();
        }
    }

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
    cache.get_or_render_under(clinician_banner, posts, |facts| {
        let mut ctx = Context::new();
        ctx.insert("p", facts);
        ctx.insert("clinician_banner", clinician_banner);
        Ok(Face {
            head: render(tera, "partials/post_head.html", &ctx)?,
            text: render(tera, "partials/post_text.html", &ctx)?,
        })
    })
}

/// The cards of a page's posts as one piece of HTML, in their order: shared cards from the
/// cache, the others rendered for this viewer with `viewer_ctx` (their CSRF token, their
/// crisis lines).
pub fn post_cards(
    caches: (
        &FragmentCache<FaceFacts, Face>,
        &FragmentCache<SharedCard, Arc<str>>,
    ),
    tera: &Tera,
    clinician_banner: &str,
    viewer_ctx: &Context,
    posts: Vec<PostCard>,
) -> AppResult<String> {
    let (faces, cards) = caches;
    let pieces: Vec<Result<SharedCard, Box<PostCard>>> =
        posts.into_iter().map(PostCard::into_shared).collect();
    let shared: Vec<&SharedCard> = pieces.iter().filter_map(|p| p.as_ref().ok()).collect();
    let mut shared_html = cards
        .get_or_render_under(clinician_banner, &shared, |key| {
            let face = post_faces(faces, tera, clinician_banner, &[&key.facts])?;
            let card = PostCard::from_shared(key, face.into_iter().next().unwrap_or_default());
            Ok(render_card(tera, &Context::new(), &card)?.into())
        })?
        .into_iter();
    let theirs: Vec<&FaceFacts> = pieces
        .iter()
        .filter_map(|p| p.as_ref().err())
        .map(|card| &card.facts)
        .collect();
    let mut their_faces = post_faces(faces, tera, clinician_banner, &theirs)?.into_iter();
    let mut html = String::new();
    for piece in pieces {
        match piece {
            Ok(_) => html.push_str(&shared_html.next().unwrap_or_default()),
            Err(mut card) => {
                card.face = their_faces.next().unwrap_or_default();
                html.push_str(&render_card(tera, viewer_ctx, &card)?);
            }
        }
    }
    Ok(html)
}

/// One card with `partials/post.html`.
pub fn render_card(tera: &Tera, ctx: &Context, card: &PostCard) -> AppResult<String> {
    let mut ctx = ctx.clone();
    ctx.insert("p", card);
    render(tera, "partials/post.html", &ctx)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::thread_page::StateNote;

    fn viewer(token: &str, line: &str) -> Context {
        let mut ctx = Context::new();
        ctx.insert("csrf_token", token);
        let region = serde_json::json!({"lines": [{"name": line, "how": "call 100"}]});
        ctx.insert("crisis_region", &region);
        ctx
    }

    fn facts(id: i64, has: impl Fn(&str) -> bool) -> FaceFacts {
        FaceFacts {
            id,
            byline: crate::views::Byline {
                handle: format!("member{id}"),
                ..Default::default()
            },
            created_at: 1_700_000_000 + id,
            edited_at: has("edited").then_some(1_700_000_500),
            helpful: has("helpful"),
            clinician_note: has("clinician"),
            body_html: Some(format!("<p>Text of post {id}</p>")),
        }
    }

    /// A card as `thread_page` builds one, with these flags set.
    fn card(id: i64, flags: &[&str]) -> PostCard {
        let has = |f: &str| flags.contains(&f);
        let shared = SharedCard {
            facts: facts(id, has),
            is_opening: has("opening"),
            can_edit: has("edit"),
            can_report: has("report"),
            can_delete: has("delete"),
        };
        let mut card = PostCard::from_shared(&shared, Face::default());
        card.facts = shared.facts;
        card.can_mark_helpful = has("mark");
        card.support_line = has("support");
        card.notes = card.support_line;
        card.state = has("held").then_some(StateNote {
            class: "badge-held",
            text: "Awaiting moderator review",
        });
        card.actions = card.can_edit || card.can_delete || card.can_report || card.can_mark_helpful;
        card
    }

    fn page() -> Vec<PostCard> {
        vec![
            card(1, &["opening", "report"]),
            card(2, &["report", "helpful", "clinician"]),
            card(3, &["edit", "edited"]),
            card(4, &["opening", "edit", "delete"]),
            card(5, &["edit", "delete"]),
            card(6, &["report", "mark"]),
            card(7, &["report", "support"]),
            card(8, &["edit", "held"]),
            card(9, &[]),
        ]
    }

    /// Each card rendered alone for this viewer, as the page showed cards before the cache.
    fn fresh(tera: &Tera, ctx: &Context) -> String {
        let faces = FragmentCache::default();
        page()
            .into_iter()
            .map(|mut card| {
                card.face = post_faces(&faces, tera, "Clinician note", &[&card.facts])
                    .unwrap()
                    .remove(0);
                render_card(tera, ctx, &card).unwrap()
            })
            .collect()
    }

    #[test]
    fn cached_cards_are_what_each_viewer_would_be_rendered_fresh() {
        let tera = crate::render::load_templates().unwrap();
        let caches = (&FragmentCache::default(), &FragmentCache::default());
        let (ana, ben) = (
            viewer("token-of-ana", "Line A"),
            viewer("token-of-ben", "Line B"),
        );
        let for_ana = post_cards(caches, &tera, "Clinician note", &ana, page()).unwrap();
        let for_ben = post_cards(caches, &tera, "Clinician note", &ben, page()).unwrap();

        assert_eq!(for_ana, fresh(&tera, &ana));
        assert_eq!(for_ben, fresh(&tera, &ben));
        assert!(for_ben.contains("token-of-ben") && !for_ben.contains("token-of-ana"));
        assert!(for_ben.contains("Line B") && !for_ben.contains("Line A"));
    }

    #[test]
    fn only_cards_without_forms_notes_or_badges_are_shared() {
        let shared: Vec<i64> = page()
            .into_iter()
            .filter_map(|card| card.into_shared().ok())
            .map(|shared| shared.facts.id)
            .collect();
        assert_eq!(shared, vec![1, 2, 3, 4, 9]);
    }

    #[test]
    fn a_changed_clinician_note_is_not_served_from_the_cache() {
        let tera = crate::render::load_templates().unwrap();
        let caches = (&FragmentCache::default(), &FragmentCache::default());
        let ctx = viewer("token", "Line");
        let cards = || vec![card(2, &["report", "clinician"])];
        let before = post_cards(caches, &tera, "Old note", &ctx, cards()).unwrap();
        let after = post_cards(caches, &tera, "New note", &ctx, cards()).unwrap();
        assert!(before.contains("Old note"));
        assert!(after.contains("New note") && !after.contains("Old note"));
    }
}
