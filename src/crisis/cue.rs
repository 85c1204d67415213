//! Cues: patterns over normalised text that each say one thing about a post
//! (a wish to be dead, a goodbye, a time, a method ...), with the guards that may cancel them.

use regex::Regex;
use std::sync::OnceLock;

use super::{cues_harm, cues_ideation, cues_imminent, cues_method, macros};
use crate::pattern::constant_regex;

/// What a cue says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Thoughts of suicide or of wanting to be dead.
    Ideation,
    /// A stated intention to end one's life.
    Intent,
    /// "do it", "go through with it": intent only when something else in the post says what.
    IntentVague,
    /// A goodbye or a final arrangement.
    Finality,
    /// A decision, a plan, a date picked.
    Decision,
    /// An attempt already under way.
    Underway,
    /// Current or very recent self-injury.
    SelfHarm,
    /// A concrete method, with means at hand.
    Method,
    /// A method being carried out now (stopping dialysis in secret): method and under way.
    MethodActing,
    /// Someone at risk cannot be reached.
    ContactLost,
    /// A time soon ("tonight", "once the kids are asleep").
    Time,
}

/// Whether a cue decides on its own or needs another cue in the post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Strength {
    Weak,
    Strong,
}

/// Who the cue is about, when the pattern itself settles it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Who {
    Infer,
    Other,
}

/// A context condition: a pattern searched in the sentence before the match (trimmed, so
/// `...$` means "right before"), after it (`^...` means "right after"), or anywhere in it.
#[derive(Debug, Clone, Copy)]
pub(super) enum Ctx {
    NeedBefore(&'static str),
    NotBefore(&'static str),
    NeedAfter(&'static str),
    NotAfter(&'static str),
    NeedSentence(&'static str),
    /// Searched in the match's sentence and the sentences just before and after it.
    NeedAround(&'static str),
    /// Searched in the whole post (a place named a few sentences before "I'm jumping").
    NeedPost(&'static str),
    /// Not found in the match itself (for cues with a gap of any words).
    NotInMatch(&'static str),
}

/// One cue of a table.
#[derive(Debug, Clone, Copy)]
pub(super) struct CueDef {
    pub kind: Kind,
    pub strength: Strength,
    pub who: Who,
    pub guards: u16,
    pub pattern: &'static str,
    pub context: &'static [Ctx],
}

/// A cue with the default person inference and no context conditions.
pub(super) const fn cue(
    kind: Kind,
    strength: Strength,
    guards: u16,
    pattern: &'static str,
) -> CueDef {
    CueDef {
        kind,
        strength,
        who: Who::Infer,
        guards,
        pattern,
        context: &[],
    }
}

impl CueDef {
    /// The same cue, always about someone else.
    pub(super) const fn other(self) -> CueDef {
        CueDef {
            who: Who::Other,
            ..self
        }
    }

    /// The same cue, with context conditions.
    pub(super) const fn ctx(self, context: &'static [Ctx]) -> CueDef {
        CueDef { context, ..self }
    }
}

/// A context condition compiled.
pub(super) struct CompiledCtx {
    pub ctx: Ctx,
    pub regex: Regex,
}

/// All cue tables compiled once.
pub(super) struct Cues {
    pub defs: Vec<CueDef>,
    pub regexes: Vec<Regex>,
    pub contexts: Vec<Vec<CompiledCtx>>,
}

impl Ctx {
    /// The pattern the condition searches for.
    pub(super) fn pattern(self) -> &'static str {
        let (Ctx::NeedBefore(p)
        | Ctx::NotBefore(p)
        | Ctx::NeedAfter(p)
        | Ctx::NotAfter(p)
        | Ctx::NeedSentence(p)
        | Ctx::NeedAround(p)
        | Ctx::NeedPost(p)
        | Ctx::NotInMatch(p)) = self;
        p
    }
}

fn compile_ctx(ctx: Ctx) -> CompiledCtx {
    CompiledCtx {
        ctx,
        regex: constant_regex(&macros::expand(ctx.pattern())),
    }
}

/// The compiled cue tables, built on first use.
pub(super) fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let defs: Vec<CueDef> = [
            cues_ideation::CUES,
            cues_imminent::CUES,
            cues_harm::CUES,
            cues_method::CUES,
        ]
        .concat();
        let expanded: Vec<String> = defs.iter().map(|d| macros::expand(d.pattern)).collect();
        // One regex per cue, not a RegexSet: each has a literal prefilter and runs in
        // microseconds, where the union of them all is many times slower.
        let regexes = expanded.iter().map(|p| constant_regex(p)).collect();
        let contexts = defs
            .iter()
            .map(|d| d.context.iter().map(|&c| compile_ctx(c)).collect())
            .collect();
        Cues {
            defs,
            regexes,
            contexts,
        }
    })
}
