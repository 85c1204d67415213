//! Placeholders shared by the cue patterns, so each table reads as phrases, not regex noise.
//! Patterns run on normalised text: lowercase words, single spaces, `.` and `,` as words.

/// A reflexive pronoun of any person.
const REFL: &str = "(?:myself|himself|herself|themselves|themself|ourselves|my self)";
/// Adverbs and hedges that may sit inside a phrase ("i just really want to ...").
const ADV: &str = "(?:(?:really|just|honestly|seriously|actually|literally|kind of|sort of|lowkey|so|truly|\
still|sometimes|often|genuinely|legit|fr|tbh|ngl|definitely|also|even|already|finally|only|simply|totally|\
completely|pretty|quite|very|a bit|a little|all|always|constantly|probably|secretly|quietly|now|kind|sorta|\
almost|basically|mostly|half|badly|desperately|fucking|bloody|then|ever) )*";
/// Verbs of killing oneself, bare form and -ing form.
const KILL: &str = "(?:kill|killing|top|topping|off|offing|unalive|unaliving|hang|hanging|end|ending|finish|finishing|do away with|doing away with)";
/// Future, planned or decided action ("going to", "have decided to", "will").
const FUT: &str = "(?:going to|about to|planning to|plan to|plans to|intend to|intends to|intending to|\
decided to|ready to|will|shall|ill|gonna|want to finally|finally going to|getting ready to|preparing to|\
threatening to|threatened to|threatens to|threaten to)";
/// A day of the week.
const DAY: &str = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)";
/// Medicines that can be saved up.
const PILLS: &str = "(?:pills|pill|tablets|tablet|meds|medication|medications|medicine|medicines|painkillers|\
pain killers|pain meds|pain pills|sleeping pills|sleeping tablets|sleepers|insulin|opioids|oxy|oxys|oxycodone|codeine|tramadol|morphine|\
prescriptions|antidepressants|tabs|pain medication|heart pills|stash|gabapentin|pregabalin|amitriptyline|diazepam|zopiclone|paracetamol|acetaminophen|\
insulin pens|pens)";
/// Heights and places named as a method.
const PLACE: &str = "(?:bridge|overpass|flyover|viaduct|cliff|cliffs|cliff edge|roof|rooftop|top floor|ledge|\
balcony|car park roof|parking garage|multi storey|multistorey|tall building|tower block|block of flats|high building|dam|quarry|footbridge)";
/// Railways named as a method.
const TRAIN: &str =
    "(?:train|trains|railway|railway line|railroad|rail line|train line|tracks|train tracks|\
railway tracks|railroad tracks|level crossing|platform|metro line|tube line)";
/// Water named as a place to walk or drive to (a quarry is in `PLACE`, beside which it is used).
const WATER: &str = "(?:river|canal|sea|lake|loch|reservoir|estuary|harbour|harbor|weir)";
/// Firearms.
const GUN: &str = "(?:gun|guns|rifle|rifles|shotgun|shotguns|pistol|pistols|firearm|firearms|handgun|handguns|revolver|revolvers)";
/// Someone other than the author, as a word.
const PERSON: &str = "(?:he|she|they|son|daughter|mum|mother|dad|father|husband|wife|partner|brother|sister|\
friend|mate|boyfriend|girlfriend|nan|gran|grandma|grandpa|grandad|granddad|grandson|granddaughter|aunt|uncle|\
cousin|niece|nephew|teenager|teen|kid|child|roommate|flatmate|housemate|colleague|neighbour|neighbor|fiance|\
fiancee|bestie|spouse|boy|girl|papa|mama)";
/// A time soon: the moment a stated intention is for.
const TIME: &str = "(?:tonight|tomorrow(?: night| morning| evening)?|today(?: evening| night)?|the morn|later today|later tonight|this evening|\
this afternoon|this morning|this week|next week|(?:on |this |next |by |after |before |until |come )?{DAY}(?: night| morning| evening| afternoon)?|\
(?:at |by )?(?:the )?end of (?:the|this) week|in the morning|by (?:the )?morning|by tomorrow|before (?:the )?morning|\
in a few hours|in an hour|within the hour|right now|after tonight|after dark|(?:when|once) it (?:is|gets) dark|\
in a (?:minute|moment|min|sec|second|few minutes)|in (?:five|ten|a few|\\d+) (?:minutes|mins)|\
(?:as )?soon as (?:it is|its|it gets) dark|(?:as )?soon as the (?:light|sun) (?:goes|sets|is down|is gone)|this time tomorrow|once (?:\\w+ ){1,4}(?:is |are )?(?:asleep|in bed|out|gone|away|at work|leaves|left|goes|go to sleep|goes to sleep|go to bed|goes to bed|quiet|empty|home)|\
when (?:\\w+ ){1,4}(?:is |are )?(?:asleep|in bed|out|gone|away|at work|leaves|goes|go to sleep|goes to sleep|go to bed|goes to bed)|\
after (?:my|the|his|her) (?:shift|scan|appointment|work|school run|party|birthday|kids|children|exams?|results)|\
after (?:work|school|dinner|everyone|the kids|they leave|he leaves|she leaves)|\
after (?:my|the) \\w+ (?:leaves|goes|is asleep|goes out|goes to (?:bed|sleep|work))|\
before (?:my|the|his|her) (?:next )?(?:appointment|scan|review|session|cycle|birthday|holidays?|christmas)|\
(?:the )?(?:house|flat|place) (?:is )?(?:empty|to myself)|(?:house|flat|place) to myself|in the next (?:few )?(?:hours|days)|\
before (?:the )?holidays are over|when my \\w+ goes away|\
before (?:anyone|everyone|the kids|they|he|she) (?:wakes?|gets?) up|\
while (?:everyone|the kids|they|he|she|my \\w+) (?:is |are )?(?:sleeps?|sleeping|asleep|at work|out))";

/// Expands the placeholders of a cue pattern into a regex.
pub(super) fn expand(pattern: &str) -> String {
    let mut out = pattern.to_string();
    // TIME contains {DAY}, so it goes first.
    for (key, value) in [
        ("{TIME}", TIME),
        ("{DAY}", DAY),
        ("{REFL}", REFL),
        ("{ADV}", ADV),
        ("{KILL}", KILL),
        ("{FUT}", FUT),
        ("{PILLS}", PILLS),
        ("{PLACE}", PLACE),
        ("{TRAIN}", TRAIN),
        ("{GUN}", GUN),
        ("{WATER}", WATER),
        ("{PERSON}", PERSON),
        ("{G1}", "(?:[^ .,]+ )?"),
        ("{G2}", "(?:[^ .,]+ ){0,2}"),
        ("{G3}", "(?:[^ .,]+ ){0,3}"),
        ("{G4}", "(?:[^ .,]+ ){0,4}"),
        ("{G6}", "(?:[^ .,]+ ){0,6}"),
        ("{G8}", "(?:[^ .,]+ ){0,8}"),
    ] {
        out = out.replace(key, value);
    }
    // ASCII word boundaries: normalised words are separated by spaces, and a Unicode `\b`
    // keeps the fast DFA engines from running.
    out.replace("\\b", "(?-u:\\b)")
}
