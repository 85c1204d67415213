//! Combines the cues of a post into a level, a method flag and a subject.
//! Imminence needs intent plus something that makes it concrete (a time, a plan, means,
//! a goodbye); a lone weak cue ("I have a plan", "thanks for everything") decides nothing.

use super::cue::{Kind, Strength};
use super::scan::Hit;
use super::Level;

/// The outcome for one post, before spans are mapped back to the original text.
pub(super) struct Decision {
    pub level: Level,
    pub method: bool,
    pub other: bool,
    /// The hits that decided it.
    pub deciding: Vec<Hit>,
    /// The method cues tied to a crisis cue (whatever the level): they make a post the
    /// model raises a method post too.
    pub methods: Vec<Hit>,
}

/// The cues of one person (the author, or the people written about), plus every time cue.
struct Group<'a> {
    hits: Vec<&'a Hit>,
    /// Whether this is the group of the people written about.
    other: bool,
}

impl Group<'_> {
    fn any(&self, kind: Kind) -> bool {
        self.hits.iter().any(|h| h.kind == kind)
    }

    fn strong(&self, kind: Kind) -> bool {
        self.hits
            .iter()
            .any(|h| h.kind == kind && h.strength == Strength::Strong)
    }

    /// Hits of `kind` and `strength` over distinct spans: two cues matching the same words
    /// are one piece of evidence.
    fn count(&self, kind: Kind, strength: Strength) -> usize {
        let mut spans: Vec<(usize, usize)> = self
            .hits
            .iter()
            .filter(|h| h.kind == kind && h.strength == strength)
            .map(|h| (h.start, h.end))
            .collect();
        spans.sort_unstable();
        spans.dedup();
        spans.len()
    }

    /// Whether a hit of `kind` shares its sentence with a time cue.
    fn timed(&self, kind: Kind) -> bool {
        self.beside(kind, Kind::Time)
    }

    /// Whether a hit of `kind` has a time cue in its sentence or the next ("Everything is
    /// in place. Tomorrow morning.").
    fn timed_soon_after(&self, kind: Kind) -> bool {
        self.hits.iter().filter(|h| h.kind == kind).any(|h| {
            self.hits.iter().any(|t| {
                t.kind == Kind::Time && (t.sentence == h.sentence || t.sentence == h.sentence + 1)
            })
        })
    }

    /// Whether a hit of kind `a` shares its sentence with one of kind `b`.
    fn beside(&self, a: Kind, b: Kind) -> bool {
        self.hits.iter().filter(|h| h.kind == a).any(|h| {
            self.hits
                .iter()
                .any(|o| o.kind == b && o.sentence == h.sentence)
        })
    }

    /// A strong method cue of this group's own person (not one shared from the other group).
    fn own_strong_method(&self) -> bool {
        self.hits.iter().any(|h| {
            h.kind == Kind::Method && h.strength == Strength::Strong && h.other == self.other
        })
    }

    fn method(&self) -> bool {
        self.any(Kind::Method) || self.any(Kind::MethodActing)
    }

    fn level(&self) -> Level {
        if self.imminent() {
            Level::Imminent
        } else if self.ideation() {
            Level::Ideation
        } else if self.strong(Kind::SelfHarm) || self.count(Kind::SelfHarm, Strength::Weak) >= 2 {
            Level::SelfHarm
        } else {
            Level::None
        }
    }

    fn imminent(&self) -> bool {
        use Kind::*;
        let weak_final = self.count(Finality, Strength::Weak);
        let concrete = self.any(Ideation)
            || self.any(IntentVague)
            || self.any(Decision)
            || self.method()
            || self.any(ContactLost)
            || self.any(Underway);
        self.strong(Underway)
            || self.any(MethodActing)
            || self.any(Intent)
            || self.strong(Finality)
            || self.strong(Decision)
            || weak_final >= 2
            || (weak_final >= 1 && (concrete || self.timed(Finality)))
            || (self.any(Decision)
                && (self.timed_soon_after(Decision)
                    || self.any(IntentVague)
                    || self.strong(Ideation)
                    || self.method()
                    || self.any(ContactLost)))
            || (self.any(IntentVague)
                && self.timed(IntentVague)
                && (self.any(Ideation) || self.method() || self.any(ContactLost)))
            || (self.any(IntentVague)
                && (self.own_strong_method() || self.beside(IntentVague, Method)))
            || (self.method()
                && self.timed(Method)
                && (self.any(IntentVague) || self.any(Ideation) || self.own_strong_method()))
            || (self.any(Underway)
                && (self.any(Ideation)
                    || self.any(Finality)
                    || self.any(Decision)
                    || self.any(IntentVague)
                    || self.any(ContactLost)))
    }

    fn ideation(&self) -> bool {
        use Kind::*;
        let weak = self.count(Ideation, Strength::Weak);
        self.strong(Ideation)
            || weak >= 2
            || (weak >= 1
                && (self.method()
                    || self.any(Finality)
                    || self.any(Decision)
                    || self.any(SelfHarm)
                    || self.any(IntentVague)))
    }
}

fn group(hits: &[Hit], other: bool) -> Group<'_> {
    let shared = |h: &Hit| matches!(h.kind, Kind::Time | Kind::Method);
    Group {
        hits: hits
            .iter()
            .filter(|h| shared(h) || h.other == other)
            .collect(),
        other,
    }
}

/// Whether a method cue is tied to the crisis: it names method and means together, or a
/// crisis cue of the post sits within `reach` sentences of it.
fn method_tied(hits: &[Hit], method: &Hit, reach: usize) -> bool {
    method.strength == Strength::Strong
        || hits.iter().any(|h| {
            !matches!(h.kind, Kind::Time | Kind::Method | Kind::SelfHarm)
                && h.sentence.abs_diff(method.sentence) <= reach
        })
}

/// How far from a crisis cue a means may be named and still be its method: the sentence
/// beside it, or two away in an imminent post, whose means are often set out first ("Got a
/// rope today. It's in the shed. Tonight I'm going to use it.").
fn method_reach(level: Level) -> usize {
    match level {
        Level::Imminent => 2,
        _ => 1,
    }
}

/// Decides a post from its hits.
pub(super) fn decide(hits: &[Hit]) -> Decision {
    let author = group(hits, false);
    let someone = group(hits, true);
    let (level_a, level_o) = (author.level(), someone.level());
    let other = level_o > level_a;
    let (level, chosen) = if other {
        (level_o, &someone)
    } else {
        (level_a, &author)
    };
    let methods: Vec<&Hit> = hits
        .iter()
        .filter(|h| {
            matches!(h.kind, Kind::Method | Kind::MethodActing)
                && method_tied(hits, h, method_reach(level))
        })
        .collect();
    let method = matches!(level, Level::Imminent | Level::Ideation) && !methods.is_empty();
    let mut deciding: Vec<Hit> = Vec::new();
    if level != Level::None {
        let keep = |h: &&&Hit| match h.kind {
            Kind::Time => level == Level::Imminent,
            Kind::Method | Kind::MethodActing => method,
            _ => true,
        };
        deciding.extend(chosen.hits.iter().filter(keep).map(|h| **h));
        if method {
            deciding.extend(methods.iter().map(|h| **h));
        }
    }
    Decision {
        level,
        method,
        other: other && level != Level::None,
        deciding,
        methods: methods.into_iter().copied().collect(),
    }
}
