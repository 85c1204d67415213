//! Word lists for normalisation: texting spellings, contractions without apostrophes,
//! the crisis vocabulary that typo correction may repair, and words naming a person.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Token → canonical words. Contractions arrive without their apostrophe ("dont"), so one
/// table covers "don't" and "dont" alike, and the patterns are written
/// once, against the canonical form.
#[rustfmt::skip]
const REWRITES: &[(&str, &str)] = &[
    ("im", "i am"), ("iam", "i am"), ("ive", "i have"), ("id", "i would"), ("dont", "do not"),
    ("doesnt", "does not"), ("didnt", "did not"), ("cant", "can not"), ("cannot", "can not"),
    ("wont", "will not"), ("wouldnt", "would not"), ("couldnt", "could not"),
    ("shouldnt", "should not"), ("isnt", "is not"), ("arent", "are not"), ("wasnt", "was not"),
    ("werent", "were not"), ("havent", "have not"), ("hasnt", "has not"), ("hadnt", "had not"),
    ("aint", "am not"), ("hes", "he is"), ("shes", "she is"), ("theyre", "they are"),
    ("youre", "you are"), ("thats", "that is"), ("its", "it is"), ("whats", "what is"),
    ("theres", "there is"), ("itll", "it will"), ("itd", "it would"), ("hed", "he would"),
    ("theyd", "they would"), ("youd", "you would"), ("theyll", "they will"), ("youll", "you will"),
    ("weve", "we have"), ("theyve", "they have"), ("youve", "you have"), ("wouldve", "would have"),
    ("couldve", "could have"), ("shouldve", "should have"), ("everyones", "everyone is"),
    ("nobodys", "nobody is"), ("tonights", "tonight is"), ("todays", "today is"),
    ("tomorrows", "tomorrow is"), ("everythings", "everything is"), ("lifes", "life is"),
    ("whos", "who is"), ("heres", "here is"), ("wheres", "where is"), ("hows", "how is"),
    ("nothings", "nothing is"), ("noones", "no one is"), ("noone", "no one"), ("gonna", "going to"),
    ("gunna", "going to"), ("finna", "going to"), ("wanna", "want to"), ("wana", "want to"),
    ("gotta", "got to"), ("tryna", "trying to"), ("goin", "going"), ("doin", "doing"),
    ("gannin", "going"), ("ganna", "going to"), ("divvent", "do not"), ("dinnae", "do not"),
    ("cannit", "can not"), ("canna", "can not"), ("neet", "tonight"), ("agian", "again"),
    ("agin", "again"), ("agen", "again"), ("takin", "taking"), ("endin", "ending"),
    ("u", "you"), ("ya", "you"), ("ur", "your"),
    ("r", "are"), ("n", "and"), ("y", "why"), ("cuz", "because"), ("coz", "because"),
    ("cos", "because"), ("bc", "because"), ("bcuz", "because"), ("becuz", "because"),
    ("becos", "because"), ("tho", "though"), ("thru", "through"), ("rn", "right now"),
    ("tn", "tonight"), ("tonite", "tonight"), ("2nite", "tonight"), ("2night", "tonight"),
    ("tonght", "tonight"), ("tmrw", "tomorrow"), ("tmr", "tomorrow"), ("tmrow", "tomorrow"),
    ("tmw", "tomorrow"), ("tomoz", "tomorrow"), ("tomorow", "tomorrow"), ("tommorow", "tomorrow"),
    ("tommorrow", "tomorrow"), ("2moro", "tomorrow"), ("2morrow", "tomorrow"), ("2mrw", "tomorrow"),
    ("tomo", "tomorrow"), ("wknd", "weekend"), ("wkend", "weekend"), ("arvo", "afternoon"),
    ("abt", "about"), ("bout", "about"), ("smth", "something"), ("sth", "something"),
    ("nothin", "nothing"), ("ppl", "people"), ("pls", "please"), ("plz", "please"),
    ("rly", "really"), ("rlly", "really"), ("k", "okay"), ("ok", "okay"), ("idk", "i do not know"),
    ("wud", "would"), ("cud", "could"), ("shud", "should"), ("b4", "before"), ("l8r", "later"),
    ("4ever", "forever"), ("luv", "love"), ("alot", "a lot"), ("selfharm", "self harm"),
    ("sh", "self harm"), ("shd", "self harmed"), ("shing", "self harming"), ("anymore", "anymore"),
    ("lmao", "lol"), ("lmfao", "lol"), ("rofl", "lol"), ("haha", "lol"), ("hahaha", "lol"),
    ("hahahaha", "lol"), ("hehe", "lol"), ("lolol", "lol"), ("xd", "lol"), ("jks", "jk"),
    ("jking", "jk"), ("kidding", "jk"), ("mum", "mum"), ("mom", "mum"), ("mam", "mum"),
    ("unalive", "unalive"), ("unaliving", "unaliving"), ("kys", "kys"), ("od", "overdose"),
    ("odd", "odd"), ("overdosing", "overdosing"), ("gf", "girlfriend"), ("bf", "boyfriend"),
    ("hubby", "husband"), ("dh", "husband"), ("dd", "daughter"), ("ds", "son"), ("cya", "see you"),
    ("gn", "good night"), ("thx", "thanks"), ("ty", "thanks"), ("ily", "i love you"),
    ("tbh", "tbh"), ("ngl", "ngl"), ("kinda", "kind of"), ("sorta", "sort of"), ("outta", "out of"),
    ("lotta", "lot of"), ("dunno", "do not know"), ("lemme", "let me"), ("gimme", "give me"),
    ("wtf", "wtf"), ("ded", "dead"), ("wuld", "would"), ("woud", "would"), ("nite", "night"),
    ("skool", "school"), ("sry", "sorry"), ("srry", "sorry"), ("soz", "sorry"), ("nvm", "never mind"),
    ("istg", "i swear"), ("fml", "fml"), ("prolly", "probably"),
    ("cannae", "can not"), ("dae", "do"), ("anymair", "anymore"), ("telt", "told"),
    ("masel", "myself"), ("masell", "myself"), ("hissel", "himself"), ("hersel", "herself"),
    ("tae", "to"), ("gaun", "going"), ("oot", "out"), ("awa", "away"), ("nae", "not"),
    ("mih", "my"), ("doh", "do not"), ("allyuh", "you all"), ("wnat", "want"), ("watn", "want"),
    ("bcos", "because"), ("cus", "because"), ("wen", "when"), ("aout", "about"), ("bakc", "back"), ("abotu", "about"), ("baout", "about"),
];

/// Crisis vocabulary a typo may hide ("suicde", "tonihgt", "goodybe"). Only tokens of five
/// letters or more are repaired, to words of six or more, keeping the first letter: short
/// words are too close to each other to repair safely.
#[rustfmt::skip]
pub(super) const TYPO_TARGETS: &[&str] = &[
    "suicide", "suicidal", "myself", "himself", "herself", "themselves", "tonight", "tomorrow",
    "goodbye", "goodbyes", "anymore", "unalive", "unaliving", "weekend", "everyone", "everybody",
    "anyone", "asleep", "tablets", "painkillers", "stockpiling", "stockpiled", "hoarding", "bridge",
    "railway", "decided", "decision", "written", "letters", "thinking", "thoughts", "better",
    "without", "burden", "disappear", "existing", "forever", "cutting", "burning", "hurting",
    "harming", "purpose", "relapsed", "deliberately", "scratching", "punching", "hitting",
    "anymore", "anything", "nobody", "someone", "wanted", "planned", "tracks", "platform",
    "sleeping", "alive", "stopping", "medication", "having", "talking", "saving", "waking", "taking", "living", "ending",
    "killing", "burned", "burnt", "scratched", "punched", "harmed", "hurting", "stabbed",
    "bleeding", "bruised", "cutting", "himself", "thinks", "wishes", "wished", "wishing", "answer",
    "answering", "reach", "sorry", "morning", "friday", "saturday", "sunday", "monday", "tuesday",
    "wednesday", "thursday", "everything", "thought", "wouldnt", "because", "really", "honestly",
    "people", "already", "ready", "things", "someone", "please", "around", "message", "messages",
    "scheduled", "account", "appointment", "husband", "daughter", "brother", "sister", "mother",
    "father", "girlfriend", "boyfriend", "partner",
];

/// Real words one letter away from a typo target: never "repaired".
#[rustfmt::skip]
pub(super) const TYPO_KEEP: &[&str] = &[
    "loving", "hunting", "hurling", "burying", "bride", "bridle", "tricks", "trucks", "tracts",
    "letter", "setters", "bitter", "butter", "batter", "witter", "sending", "bending", "lending",
    "mending", "tending", "fending", "ending", "saving", "raving", "having", "waving", "caving",
    "paving", "moving", "giving", "diving", "liking", "biting", "citing", "siting", "living",
    "hating", "dating", "eating", "rating", "mating", "taking", "making", "baking", "waking",
    "talking", "walking", "stalking", "ready", "reads", "really", "realty", "thinks", "thinking",
    "things", "thing", "though", "through", "thorough", "thought", "tough", "better", "betters",
    "bettor", "setter", "wetter", "written", "bitten", "rotten", "gotten", "smitten", "kitten",
    "willing", "filling", "killing", "billing", "milling", "thrilling", "pilling", "spilling",
    "cutting", "putting", "gutting", "jutting", "burning", "turning", "churning", "hurting",
    "harming", "warming", "farming", "charming", "hitting", "sitting", "fitting", "knitting",
    "quitting", "splitting", "witting", "pitting", "weekends", "hoarding", "boarding", "hoarded",
    "rewarding", "forward", "forwards", "sleeping", "sweeping", "weeping", "steeping", "keeping",
    "peeping", "relapse", "relapses", "relaxed", "planed", "planted", "planner", "wander", "wanted",
    "wanter", "panted", "punching", "bunching", "lunching", "munching", "hunching", "crunching",
    "scratchy", "stopping", "shopping", "stomping", "stooping", "swapping", "dropping", "strapping",
    "stepping", "purposes", "porpoise", "deliberate", "desired", "derided", "decoded", "deluded",
    "divided", "decider", "decide", "decides", "aside", "anyhow", "anyway", "anyways", "anytime",
    "asleep", "around", "arouse", "aground", "burdens", "border", "murder", "without", "within",
    "withheld", "disappears", "existing", "exiting", "exciting", "expiring", "thoughts", "sought",
    "messages", "massage", "massages", "message", "passage", "morning", "mourning", "warning",
    "moaning", "please", "pleased", "pleases", "police", "people", "peoples", "platforms", "alive",
    "alike", "aline", "olive", "forever", "foreveer", "friday", "fridays", "monday", "mondays",
    "sunday", "sundays", "medications", "meditation", "husbands", "daughters", "brothers",
    "sisters", "mothers", "fathers", "partners", "mother", "bother", "brother", "smother", "father",
    "farther", "further", "feather", "leather", "weather", "wither", "whither", "tablet", "tables",
    "tabled", "sunday", "someone", "somehow", "tonight", "tonights", "tracks", "track", "tracked",
    "racks", "cracks", "stacks", "snacks", "account", "accounts", "amount", "already", "alreadt",
    "really", "realm", "railways", "because", "becomes", "became", "bemuse", "suicide", "saying",
    "hurtling", "burping", "lining", "wading", "waxing", "brothel", "wasted", "waited", "thanking",
    "litters", "hinting", "thinning", "wishes", "answer", "sawing", "taxing", "taping", "tasking",
    "shaving", "slaving", "craving", "sending", "suicides", "myself", "himself", "herself",
    "themselves", "goodbye", "goodbyes", "killing", "living", "ending", "waking", "taking",
    "things", "honest", "honesty", "written", "letters", "decided", "decision", "decisions",
    "platform", "painkiller", "painkillers", "scheduled", "appointment", "appointments",
    "girlfriend", "boyfriend", "partner", "anything", "nothing", "everything", "everyone",
    "everybody", "anyone", "nobody", "someone", "cutting", "burning", "harming", "hurting",
    "punching", "scratching", "hitting", "stopping", "wanted", "planned", "relapsed", "purpose",
    "medication", "weekend", "tablets", "saving", "hoarding", "bridge", "railway", "thinking",
    "thought", "burden", "disappear", "stockpiling", "stockpiled", "unalive", "unaliving",
    "suicidal", "tomorrow", "anymore", "deliberately", "sleeping",
];

/// Nouns that name someone other than the author ("my son", "my best mate").
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "son", "daughter", "mum", "mother", "dad", "father", "husband", "wife", "partner", "brother",
    "sister", "friend", "mate", "boyfriend", "girlfriend", "nan", "nana", "gran", "granny",
    "grandma", "grandmother", "grandpa", "grandad", "granddad", "grandfather", "grandson",
    "granddaughter", "aunt", "auntie", "uncle", "cousin", "niece", "nephew", "teenager", "teen",
    "kid", "child", "stepson", "stepdaughter", "stepdad", "stepmum", "roommate", "flatmate",
    "housemate", "colleague", "coworker", "neighbour", "neighbor", "fiance", "fiancee", "bestie",
    "pal", "bro", "sis", "classmate", "student", "patient", "client", "spouse", "wifey", "boy",
    "girl", "lad", "grandchild", "grandkid", "mil", "fil", "sibling", "flatmates", "bestfriend",
    "papa", "mama", "ma", "pa", "baba", "amma", "appa", "didi", "bhaiya",
];

fn build<'a>(pairs: &[(&'a str, &'a str)]) -> HashMap<&'a str, &'a str> {
    pairs.iter().copied().collect()
}

/// The canonical words for a token, when the token is a known texting or contracted form.
pub(super) fn rewrite(token: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| build(REWRITES)).get(token).copied()
}

/// Whether a token names a person other than the author ("son", "sons", "mum's" → "mums").
pub(super) fn is_person_noun(token: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| PERSON_NOUNS.iter().copied().collect());
    set.contains(token)
        || token
            .strip_suffix('s')
            .is_some_and(|stem| set.contains(stem))
}

/// Whether a token is a word the typo repair must leave alone.
pub(super) fn keep_as_typed(token: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| TYPO_KEEP.iter().copied().collect())
        .contains(token)
}
