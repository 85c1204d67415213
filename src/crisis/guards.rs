//! Guards: the reasons a matching cue does not mean what it seems to (negation, the past,
//! clinical or news talk, grief, a joke with a trivial cause, an ordinary reason, end-of-life
//! planning, an accident). Each cue names the guards that apply to it.

use regex::Regex;
use std::sync::OnceLock;

use crate::pattern::constant_regex;

pub(super) use super::window::Window;

/// "not", "never" just before the cue, with only fillers between.
pub(super) const NEG: u16 = 1;
/// The sentence is about the past ("years ago", "used to", "in recovery"), unless it is back.
pub(super) const PAST: u16 = 2;
/// Clinical questions, forms, leaflets, news, awareness and grief before the cue; "I said no" after.
pub(super) const CLIN: u16 = 4;
/// A joke: laughter with no sign of meaning it, or an idiom ("die of embarrassment").
pub(super) const JOKE: u16 = 8;
/// An ordinary reason nearby: a group move, a trip, surgery, an insurance letter.
pub(super) const BENIGN: u16 = 16;
/// End-of-life planning: hospice, DNR, a decision with the care team.
pub(super) const EOL: u16 = 32;
/// Accidental injury: cooking, shaving, neuropathy, blood draws.
pub(super) const ACCIDENT: u16 = 64;
/// "if ...": a threat on a condition is ideation, not a plan (and a joke if the cause is trivial).
pub(super) const COND: u16 = 128;
/// "rather die than <something trivial>".
pub(super) const THAN: u16 = 256;
/// Saving medicine for an ordinary reason: a shortage, a trip, recycling.
pub(super) const SUPPLY: u16 = 512;
/// The guards nearly every cue takes.
pub(super) const DEFAULT: u16 = NEG | PAST | CLIN;

/// What the guards make of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    Keep,
    Drop,
    /// A conditional threat: count it as ideation.
    Conditional,
}

struct Patterns {
    past: Regex,
    reactivated: Regex,
    clinical_before: Regex,
    answered_no: Regex,
    lied: Regex,
    grief: Regex,
    laughter: Regex,
    serious: Regex,
    idiom_after: Regex,
    trivial_if: Regex,
    conditional: Regex,
    aside_if: Regex,
    life_after_than: Regex,
    benign: Regex,
    benign_next: Regex,
    eol: Regex,
    accident: Regex,
    on_purpose: Regex,
    supply: Regex,
    grave_if: Regex,
    recovered_after: Regex,
    past_wish: Regex,
    past_wish_before: Regex,
    past_next: Regex,
    anniversary: Regex,
    deciding_case: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        past: constant_regex(super::guard_words::PAST),
        reactivated: constant_regex(super::guard_words::REACTIVATED),
        clinical_before: constant_regex(super::guard_words::CLINICAL),
        answered_no: constant_regex(super::guard_words::ANSWERED_NO),
        lied: constant_regex(super::guard_words::LIED),
        grief: constant_regex(super::guard_words::GRIEF),
        laughter: constant_regex(r"\b(?:lol|jk|joking|joke|jokes|drama queen|kidding|lolz|haha\w*|hehe)\b"),
        serious: constant_regex(r"\b(?:not (?:even |really |actually )?(?:joking|jk|kidding|laughing)|not a joke|no joke|(?:i|he|she|they) (?:mean|means|meant) it|seriously|for real|wasnt laughing|(?:i|he|she|they) (?:am|is|are) serious|dead serious|(?:do not|does not|did not) think (?:\w+ ){0,2}(?:is |was |are |were )?(?:joking|kidding)|(?:is|was) not a joke)\b"),
        idiom_after: constant_regex(r"^(?:of (?:embarrassment|boredom|shame|laughter|cringe|happiness|jealousy|envy|thirst|hunger|old age)|laughing|from (?:embarrassment|laughing)|for (?:a|some) (?:coffee|tea|curry|pizza|burger|cheeseburger|drink|nap|sleep|cake|chocolate))")
            ,
        trivial_if: constant_regex(r"\bif (?:i have to|i hear|they make me|i get|i see|one more|another|i am made to|anyone|someone|the|my|i do one more|i sit through|i need to)\b|\b(?:one more|another) \w+"),
        conditional: constant_regex(r"(?:^|[^a-z])if\b"),
        aside_if: constant_regex(r"^if (?:i am (?:being )?honest|i am being real|that makes sense|anyone|you|u |i can|i am honest|im honest|truth be told)"),
        life_after_than: constant_regex(super::guard_words::LIFE_AFTER_THAN),
        benign: constant_regex(super::guard_words::BENIGN),
        benign_next: constant_regex(super::guard_words::BENIGN_NEXT),
        eol: constant_regex(super::guard_words::EOL),
        accident: constant_regex(super::guard_words::ACCIDENT),
        on_purpose: constant_regex(r"\b(?:on purpose|deliberately|intentionally|to cope|to feel|to punish|self harm|urges?|to stop the)\b"),
        supply: constant_regex(super::guard_words::SUPPLY),
        grave_if: constant_regex(super::guard_words::GRAVE_IF),
        recovered_after: constant_regex(super::guard_words::RECOVERED_AFTER),
        past_wish: constant_regex(r"^(?:wanted|wished|was|were|felt|thought|tried|had)\b"),
        past_wish_before: constant_regex(r"\b(?:wanted|wished|was|were|felt|thought|tried|had)(?: to)?\s*$"),
        past_next: constant_regex(super::guard_words::PAST_NEXT),
        anniversary: constant_regex(super::guard_words::ANNIVERSARY),
        deciding_case: constant_regex(r"\bin case (?:she|he|i|they) (?:ever )?(?:decides?|decided|wants?|chooses?)\b"),
    })
}

/// Whether the sentence the model leaned on is about the past (and not back), clinical or
/// news talk, grief or end of life, or says the thought is absent ("I'd never hurt myself",
/// "I've had none"; not "no plan", which is ideation, nor "not suicidal", which a self-harm
/// post may say), or follows a sentence that answered no: the model has no guards of its
/// own, so these keep it quiet.
pub(super) fn model_veto(sentence: &str, before: &str) -> bool {
    static NONE: OnceLock<Regex> = OnceLock::new();
    let none = NONE.get_or_init(|| {
        constant_regex(r"\b(?:would never|will never|never (?:hurt|harm|wanted|felt|had|attempted|tried)|no thoughts|had none|none of (?:that|those))\b")
    });
    static IDIOM: OnceLock<Regex> = OnceLock::new();
    let idiom = IDIOM.get_or_init(|| constant_regex(super::guard_words::MODEL_IDIOM));
    let p = patterns();
    (p.past.is_match(sentence)
        && (!p.reactivated.is_match(sentence) || p.anniversary.is_match(sentence)))
        || (p.laughter.is_match(sentence) && !p.serious.is_match(sentence))
        || idiom.is_match(sentence)
        || idiom.is_match(before)
        || p.clinical_before.is_match(sentence)
        || p.answered_no.is_match(before)
        || p.grief.is_match(sentence)
        || p.eol.is_match(sentence)
        || none.is_match(sentence)
}

/// Applies `guards` to one match.
pub(super) fn judge(guards: u16, w: &Window) -> Verdict {
    if guards == 0 {
        return Verdict::Keep;
    }
    let p = patterns();
    if dropped(guards, p, w) {
        return Verdict::Drop;
    }
    let conditional = guards & COND != 0
        && (p
            .conditional
            .is_match(&condition_clause(w.prefix).replace("if it was not for", ""))
            || (w.suffix.starts_with("if ") && !p.aside_if.is_match(w.suffix)));
    if conditional {
        Verdict::Conditional
    } else {
        Verdict::Keep
    }
}

/// Whether any guard of `guards` cancels the match. The clause region is built once, and
/// only when a guard reads it.
fn dropped(guards: u16, p: &Patterns, w: &Window) -> bool {
    let on = |g: u16| guards & g != 0;
    let region = std::cell::OnceCell::new();
    let region = || region.get_or_init(|| w.region()).as_str();
    let next = std::cell::OnceCell::new();
    let next = || next.get_or_init(|| w.next_clause()).as_str();
    (on(NEG) && negated(w.prefix))
        || (on(PAST)
            && p.past.is_match(region())
            && (!p.reactivated.is_match(region()) || p.anniversary.is_match(region())))
        || (on(PAST)
            && (p.past_wish.is_match(w.matched) || p.past_wish_before.is_match(w.prefix))
            && (p.recovered_after.is_match(w.suffix) || p.past_next.is_match(w.next)))
        || (on(CLIN) && clinical(p, w, region()))
        || (on(JOKE) && joking(p, w))
        || (on(THAN) && trivial_than(p, w.suffix) && !p.serious.is_match(w.sentence))
        || (on(BENIGN)
            && (p.benign.is_match(region())
                || p.benign.is_match(&w.following())
                || p.benign_next.is_match(next())))
        || (on(EOL) && p.eol.is_match(region()))
        || (on(ACCIDENT) && p.accident.is_match(&w.near(8)) && !p.on_purpose.is_match(region()))
        || (on(SUPPLY)
            && (p.supply.is_match(region()) || p.supply.is_match(next()))
            && !p.deciding_case.is_match(region()))
}

fn clinical(p: &Patterns, w: &Window, region: &str) -> bool {
    p.clinical_before.is_match(&w.clause_before())
        || (p.answered_no.is_match(w.suffix) && !p.lied.is_match(w.suffix))
        || p.grief.is_match(region)
}

fn joking(p: &Patterns, w: &Window) -> bool {
    if p.idiom_after.is_match(w.suffix) {
        return true;
    }
    let near = w.near(12);
    let serious = p.serious.is_match(w.sentence) || p.serious.is_match(w.next);
    // A laugh alone in the next sentence ("i'd rather die tbh. lol") is the same laugh.
    let laugh_after = p.laughter.is_match(w.next)
        && w.next
            .split(' ')
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .all(|t| p.laughter.is_match(t));
    let laughing = (p.laughter.is_match(&near) || laugh_after) && !serious;
    let trivial_condition = (p.trivial_if.is_match(w.prefix) || p.trivial_if.is_match(w.suffix))
        && !p.grave_if.is_match(w.sentence);
    laughing || (trivial_condition && p.conditional.is_match(w.sentence) && !serious)
}

/// "rather die than ring the insurer again": the comparison is not with living.
fn trivial_than(p: &Patterns, suffix: &str) -> bool {
    // The comparison may come a few words on: "rather be dead in a ditch than ...".
    let tokens: Vec<&str> = suffix.split(' ').take(4).collect();
    let at = tokens
        .iter()
        .position(|&t| t == "than")
        .or_else(|| (tokens.first() == Some(&"then")).then_some(0))
        .filter(|&i| !tokens[..i].iter().any(|&t| t == "." || t == ","));
    let rest = at.and_then(|i| suffix.splitn(i + 2, ' ').nth(i + 1));
    rest.is_some_and(|rest| !p.life_after_than.is_match(rest))
}

/// The part of `prefix` after its last clause mark.
fn last_clause(prefix: &str) -> &str {
    prefix.rsplit(" , ").next().unwrap_or(prefix)
}

/// The part of `prefix` after its last clause mark or its last "and i am" ("if i did not make
/// it through the operation and i am not going to be alive": the second clause is no condition).
fn condition_clause(prefix: &str) -> &str {
    let clause = last_clause(prefix);
    [" and i am ", " but i am ", " and i "]
        .iter()
        .filter_map(|sep| clause.rfind(sep).map(|at| &clause[at + sep.len()..]))
        .min_by_key(|rest| rest.len())
        .unwrap_or(clause)
}

const NEGATORS: &[&str] = &["not", "never", "no", "nor", "neither", "nobody", "without"];
const FILLERS: &[&str] = &[
    "really",
    "even",
    "just",
    "ever",
    "actually",
    "honestly",
    "seriously",
    "going",
    "to",
    "want",
    "wanting",
    "wanted",
    "be",
    "am",
    "is",
    "are",
    "was",
    "were",
    "have",
    "has",
    "had",
    "been",
    "being",
    "feeling",
    "feel",
    "felt",
    "do",
    "does",
    "did",
    "would",
    "will",
    "could",
    "should",
    "at",
    "all",
    "thinking",
    "think",
    "planning",
    "trying",
    "about",
    "of",
    "that",
    "i",
    "he",
    "she",
    "they",
    "a",
    "so",
    "sure",
    "much",
    "any",
    "currently",
    "right",
    "now",
    "remotely",
    "single",
    "one",
    "in",
    "way",
    "intend",
    "intending",
    "plan",
    "longer",
    "anymore",
    "it",
    "like",
    "literally",
    "necessarily",
    "ever",
    "gonna",
    "wish",
    "saying",
    "say",
    "mean",
    "meant",
    "the",
    "slightest",
    "least",
    "bit",
    "danger",
    "of",
    "having",
    "had",
    "any",
    "talking",
    "talk",
    "talked",
    "mentioned",
    "mentioning",
    "thought",
    "thoughts",
    "had",
    "ideas",
];

/// Whether the clause before a cue ends in a negation ("i am not", "i would never really").
fn negated(prefix: &str) -> bool {
    for token in last_clause(prefix).split(' ').rev().take(7) {
        if NEGATORS.contains(&token) {
            return true;
        }
        if !FILLERS.contains(&token) {
            return false;
        }
    }
    false
}
