//! Method cues: a concrete method with means the person has or can reach, named in the
//! plainest words (saved-up tablets, a bridge, the railway, a height, a gun in the house,
//! stopping treatment in secret). Strong cues name method and means together; weak ones
//! are a means mentioned, which counts only next to a crisis cue.

use super::cue::{cue, Ctx::*, CueDef, Kind::*, Strength::*};
use super::guards::{BENIGN, DEFAULT as D, EOL, JOKE, SUPPLY};

const M: u16 = D | SUPPLY;
/// Saying a treatment is stopped in secret or in order to die.
const IN_SECRET: &str = r"\b(?:secret|secretly|without telling|not telling|not told|have not told|(?:telling|told|tell) (?:my|his|her|the) (?:\w+ ){1,2}(?:that )?(?:i am going|i still go|i go|he still goes|she still goes|the nurse comes|i am still|i have been going|it is going fine)|told nobody|told no one|nobody knows|no one knows|on purpose|deliberately|so (?:i|it|that i|he|she) (?:can|will|would|could) (?:die|end|be over|finally)|want (?:it|this|everything) (?:to end|over|to be over)|let (?:it|nature|the disease|the illness|my body) (?:happen|take|win|do)|and wait|hoping (?:it|i)|to die|until i die|so i die|not going back|instead of taking them|told (?:the|my|his|her) (?:\w+ )?(?:unit|clinic|team|nurses?|doctor|gp|consultant|hospital|center|centre|staff|surgery) (?:that )?(?:i|he|she) \w+|quietly|let (?:it|everything|it all) (?:finish|end|be over|stop)|letting (?:it|everything|it all) (?:finish|end|be over|stop|happen)|so that it (?:would|will|could) (?:all )?be over|so (?:that )?(?:it|it all|everything) (?:just )?(?:stops|ends|is over|would stop|would end|will stop|will end) (?:[.,]|$)|so (?:that )?(?:it all|everything) (?:just )?(?:stops|ends|is over)|waiting (?:to (?:go|die|pass)|for (?:the end|death|it to (?:end|be over)))|(?:do not|does not|did not) want (?:nobody|anybody|anyone|no one) (?:stopping|to stop)|(?:does not|do not|did not) know(?: and| yet| about (?:it|this))|and (?:just )?(?:finish|die|end it|be gone|never wake up|never waking up|not wake up))\b|\b(?:does not|do not|did not) know(?: [.,]|$)";

/// The care team as the ones who might stop a treatment ("scared they'll stop the meds").
const STOPPED_BY_CLINICIANS: &str = r"\b(?:they|the team|the doctors?|doctors|the gp|my gp|(?:the|my|his|her) (?:consultant|doctor|nurses?|specialist|team|psychiatrist|renal team)) (?:will|would|might|may|could|can|want to|wants to|are going to|is going to|will have to|would have to)$";
/// Thinking of going off the side or over the edge: of a height, when one is named nearby.
pub(super) const GOING_OFF_THE_SIDE: &str = r"\b(?:think|thinks|thinking|thought|imagine|imagining|picture|picturing|urge to|want to) (?:about |of )?(?:just )?(?:going|driving|steering|swerving|jumping|stepping|go|drive|steer|swerve|jump|step) (?:off|over) the (?:side|edge|railings?|barrier)\b";
/// A height or a railway named, for a jump in the sentence or the one beside it.
pub(super) const A_HEIGHT: &str = r"\b(?:{PLACE}|{TRAIN}|up there|edge|top of (?:the|a) \w+|top (?:level|floor|deck|storey|story) of (?:the|a) (?:\w+ )?\w+)\b";
/// A train or the traffic named near "in front of it".
pub(super) const TRAIN_OR_TRAFFIC: &str =
    r"\b(?:{TRAIN}|express|tube|tram|bus|buses|lorry|lorries|truck|trucks|traffic)\b";
/// After "jump": jumping on a train, into the pool, the queue, through hoops.
const JUMP_NOT_A_FALL: &str = r"^(?:on|in|at|into|the|through|for|up|around|ship|start|queue|ahead|back|out of bed|rope|for joy)\b";
/// After "I'm jumping": as `JUMP_NOT_A_FALL`, but "in a minute" is a time.
const JUMP_NOT_NOW: &str = r"^(?:on|in(?:$| (?:the|to|my|our|an|with|too|here|there|on|a (?:pool|lake|river|puddle|car|taxi|cab|queue)))|into|at|the|through|for|up|around|ship|start|queue|ahead|back|out of bed|rope|for joy|with|over|about|all over)\b";
/// After "take them all": medicine taken as prescribed.
const TAKEN_AS_MEANT: &str = r"^(?:with|in the morning|at (?:night|breakfast|bedtime|the same time)|every|each|daily|twice|once a|on time|as prescribed|to (?:the|a) (?:chemist|pharmacy)|back)\b";

pub(super) const CUES: &[CueDef] = &[
    // tablets saved up
    cue(Method, Strong, M, r"\b(?:saved|saving|save|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|kept back|keeping back|keep back|put aside|putting aside|putting away|been keeping|been collecting|collected|collecting|collect|stored|storing|stored up|gathered|gathering|hiding|hidden|hid|holding back|held back|holding onto|held onto|kept hold of|not taking) (?:up )?{G3}{PILLS}\b"),
    cue(Method, Strong, M, r"\b{PILLS} (?:that )?(?:i have|i have been|i had|i had been|i was|he was|she was|they were|he has|she has|he has been|she has been|he is|she is|i am|they are|i|he|she|they have|they) {ADV}(?:been )?(?:saving|saved|keeping|kept|hoarding|hoarded|stockpiling|stockpiled|collecting|collected|stored up|stored|storing|hiding|hid|squirrelling|putting aside|stashing|stashed|kept back|held back|saved up)\b"),
    // "been putting my pain tablets aside", "put my tablets by"
    cue(Method, Strong, M, r"\b(?:put|putting|been putting|set|setting|laid|laying) (?:my |his |her |the |all my |some of my )?{G2}{PILLS} (?:aside|by)\b"),
    // telegraphic: "Tablets saved. Taking them now." (not "the tablets saved my life")
    cue(Method, Strong, M, r"\b{PILLS} saved\b").ctx(&[NotAfter(r"^(?:my|his|her|their|our|me|him|us|them|the|a|lives?)\b")]),
    cue(Method, Strong, M, r"\b{PILLS} (?:saved up|stored up|kept back|put aside|stockpiled|hoarded|hidden|stashed|tucked away|squirrelled away|squirreled away)\b|\b(?:got|have|had) (?:the |my |all (?:the|my) )?{PILLS} (?:together|saved|saved up|ready|out|lined up|in front of me)\b|\bkept (?:every|all (?:the|my)) (?:pill|tablet|{PILLS})"),
    cue(Method, Strong, M, r"\b(?:take|taking|swallow|swallowing) (?:them all|all of them|every one of them|every last one|all (?:my|of my|the|his|her) {PILLS}|the lot|everything i have|the whole (?:box|bottle|lot)|every (?:pill|tablet|single pill))\b|\boverdos\w* on (?:my|his|her|the) \w+"),
    cue(Method, Weak, M, r"\b(?:screenshot|photo|picture|pic) of (?:the |his |her |my |some |all )?{PILLS}\b|\b(?:screenshot|photo|picture|pic) of (?:a |the |that )?(?:\w+ )?(?:{PLACE}|{TRAIN})\b|\b(?:overdose|overdosing)\b|\b(?:all|the whole|a whole) (?:of )?(?:my|his|her|their|the) {PILLS}\b"),
    cue(Method, Weak, M, r"\b(?:stash|stockpile|hoard|supply|collection|box|bag|drawer|bottle|pile) (?:of )?(?:(?:old|my|his|her|all|the|[a-z]+s) ){0,3}{PILLS}|\b{PILLS} (?:are |is )?{ADV}(?:right )?(?:here|there|in front of me|on the table|out|ready|in (?:the|my|a|his|her) (?:\w+ )?(?:drawer|bag|cupboard|pocket|hand|bedside|box|tin|cabinet))\b"),
    // the medicine laid out ("the tablets from the hospital are lined up in front of me")
    cue(Method, Weak, M, r"\b{PILLS} (?:[^ .,]+ ){0,4}(?:are|is) (?:all )?(?:lined up|laid out|counted out|set out|in front of me|on the table in front of me)\b")
        .ctx(&[NotAfter(r"\b(?:dosette|organi[sz]er|blister|pill ?box|webster|for the week|for (?:the|my) (?:week|trip|holiday))\b")]),
    // the car in the garage, named beside a crisis cue
    cue(Method, Weak, D, r"\b(?:the|my|his|her) cars? (?:is )?in the (?:closed |locked )?(?:garage|shed)\b|\b(?:have|got) (?:the|my) car in the (?:closed |locked )?(?:garage|shed)\b")
        .ctx(&[NotAfter(r"^(?:for|at|being|getting|with|needs?|until)\b")]),
    // heights and railways
    cue(Method, Strong, D, r"\b(?:jump|jumping|jumped|leap|leaping|step|stepping|throw (?:my|him|her)self|throwing (?:my|him|her)self|fall|falling|drop|dropping|go over|going over) (?:off|from|in front of|under|onto|over) (?:the |a |that |this )?(?:\w+ )?(?:{PLACE}|{TRAIN}|edge)\b|\bjump(?:ing)? (?:off|from)\b|\b(?:in front of|under) (?:a|the) (?:train|trains|bus|buses|lorry|lorries|truck|trucks)\b|\b(?:go|going) off (?:the |a |that |this )?(?:edge|cliff|cliffs|cliff edge|roof|rooftop|ledge|bridge|balcony)\b"),
    cue(Method, Strong, D | BENIGN, r"\b(?:picked|chosen|found|know|knows|decided on|settled on) (?:the |a |which |my )?(?:bridge|building|cliff|cliffs|train|height|tracks|method|overpass|roof)\b|\b(?:picked|chosen|decided on|settled on) (?:the |a |my )?(?:\w+ )?(?:{PLACE}|{TRAIN}|height|spot)\b")
        .ctx(&[NotAfter(r"^(?:for (?:the|a|my|our) (?:trip|journey|holiday|commute|visit)|to (?:get|go|travel|visit)|ticket|pass|station car park)\b")]),
    cue(Method, Weak, D, r"\b(?:on|at|to|near|by|from|off|over|onto|under|top of|edge of|which|about|past|across|cross|crossing) (?:the |a |that |this |my |our )?(?:top of the |top floor of the |top of a )?(?:\w+ )?(?:{PLACE}|{TRAIN})\b"),
    cue(Method, Weak, D, r"\b(?:the |that |this )?(?:{PLACE}|{TRAIN}) (?:is|was|are) (?:at the end of|near|by|on the way|close to|right)"),
    cue(Method, Weak, D, r"\b(?:the train|the platform|the tracks)\b|\b(?:at|on|to|from) the top of (?:the|a) \w+|\btop of (?:my|our|his|her|the|a|that|this) (?:\w+ )?(?:block|building|flats|tower|car park|stairwell)\b"),
    // walking or driving to water, a height or the railway
    cue(Method, Weak, D, r"\b(?:walk|walking|walked|go|going|went|head|heading|headed|drive|driving|drove|on my way|on (?:his|her) way) (?:down |out |back |up )?(?:to|towards) (?:the )?(?:\w+ )?(?:{WATER}|{PLACE}|{TRAIN})\b")
        .ctx(&[NotAfter(r"^(?:station|club|cafe|café|path|walk|view|pub|bar|restaurant|hotel|museum|centre|center|side|front|for (?:a|the|my|our) (?:walk|swim|picnic|holiday|day|trip|dip|paddle))\b")]),
    // stepping out as the train comes: a fall in front of it, said another way
    cue(Method, Strong, D, r"\b(?:step|stepping|stepped|walk|walking|jump|jumping) out (?:in front of|onto|as|when) (?:the |a )?(?:train|trains|tracks|traffic|bus|buses|lorry|lorries|truck|trucks)\b"),
    // "walking out in front of it" once the train or the traffic is named nearby
    cue(Method, Strong, D, r"\b(?:step|steps|stepping|stepped|walk|walks|walking|walked|jump|jumping|throw {REFL}|throwing {REFL}) (?:out )?in front of (?:it|one|them)\b")
        .ctx(&[NeedAround(TRAIN_OR_TRAFFIC)]),
    // "every time I drive over it I think about going off the side", a height named nearby
    cue(Method, Strong, D | JOKE, GOING_OFF_THE_SIDE).ctx(&[NeedAround(A_HEIGHT)]),
    // the means and the wish in one phrase: "using my insulin to just not wake up"
    cue(Method, Strong, M, r"\b(?:use|using|used|take|taking|took) (?:all )?(?:of )?(?:my|his|her|the|their) (?:\w+ )?(?:insulin|{PILLS}) to {ADV}(?:not wake up|never wake up|die|end it|end (?:my|his|her|their) life|sleep forever|go to sleep forever|kill {REFL}|be gone|not be here)\b")
        .ctx(&[NotAfter(r"^(?:with|feeling|in (?:a|the)|high|low|hypo|hungry|sweaty|too|during|at)\b")]),
    // firearms
    cue(Method, Weak, D, r"\b{GUN}\b"),
    // a gun taken out of where it is kept, not for the range, the season or a clean
    cue(Method, Strong, D, r"\b(?:got|get|gets|getting|taken|took|takes|taking|pulled|pulls|has|had) (?:(?:his|her|my|their|the|a|dads|mums|fathers) ){1,2}{GUN} out\b|\b{GUN} (?:is |was )?out of (?:the |its |his |her )?(?:cabinet|safe|cupboard|case|locker|wardrobe)\b")
        .ctx(&[NotAfter(r"\b(?:clean|cleaning|range|hunt|hunting|season|deer|clay|clays|rabbits?|ducks?|pheasants?|shooting club|gun club|licen[cs]e|inspection|police check)\b"), NotBefore(r"\b(?:hunting|shooting|range|season|clean|cleaning|licen[cs]e)\b")]),
    cue(Method, Strong, D, r"\b(?:use|using|used) (?:(?:the|his|her|my|dads|mums|fathers|a|that|our) ){0,2}{GUN}|\b{GUN} (?:is )?(?:still )?(?:up |down |out )?(?:in|in the) (?:the |my |his |her |our )?(?:\w+ )?(?:house|home|closet|cupboard|drawer|truck|car|garage|safe|bedroom|shed|attic|loft|wardrobe|nightstand|bedside|dresser|glovebox|glove box|cabinet|locker)|\b(?:my|his|her) (?:late )?(?:\w+ s |dads |fathers |husbands |wifes )?{GUN} is\b"),
    // hanging, water, vehicles
    cue(Method, Strong, D, r"\b(?:hang|hanging|hanged) {REFL}\b|\bnoose\b"),
    cue(Method, Weak, D, r"\bropes?\b").ctx(&[NotBefore(r"\b(?:skipping|jump|tow|climbing|washing)$")]),
    cue(Method, Strong, D, r"\b(?:walk|walking|wade|wading|drive|driving|swim|swimming|throw (?:my|him|her)self) (?:into|out into|out to|off into) (?:the )?(?:sea|river|lake|water|ocean|canal)\b|\bdrown(?:ing)? {REFL}\b"),
    cue(Method, Strong, D, r"\b(?:swerv\w*|steer\w*|driv\w*|crash\w*|veer\w*|plough\w*|plow\w*|(?:yank\w*|jerk\w*|turn\w*) the wheel) (?:(?:the|my|his|her|our) (?:car|truck|van|ute) |it )?(?:into|off|over) (?:a |the |an |some |oncoming )?(?:tree|wall|road|river|lake|sea|lorry|truck|traffic|oncoming|barrier|bridge|cliff|edge|motorway|highway|pole|train|bus)\b|\bcrash(?:ing)? (?:the|my) car on purpose\b"),
    // stopping treatment to die
    cue(MethodActing, Strong, D | EOL, r"\b(?:i|{PERSON}) (?:have |has |had |am |is )?{ADV}(?:stopped|quit|skipped|been skipping|been stopping|stopping|missed|been missing|given up|not been taking|not been going to|not been to|not gone to|stopped attending|not turning up to|not showing up to|been hiding|stopped going to|stopped going for|stopped coming for|not been going for|stopped taking|not taking|not taken|skipping|refusing) (?:going to |going for |taking |attending |my |all my |all of my |the |his |her )*(?:(?:[^ .,]+ ){1,3}and (?:my |his |her |the )?(?:other )?)?(?:[^ .,]+ )?(?:dialysis|sessions|transplant meds|transplant medication|anti rejection \w+|immunosuppressants?|tacrolimus|insulin|treatment|meds|medication|tablets|pills|chemo|infusions?)\b")
        .ctx(&[NeedAround(IN_SECRET)]),
    // dropped subject: "Stopped my insulin on purpose four days ago."
    cue(MethodActing, Strong, D | EOL, r"(?:^|\. )(?:have |had )?(?:stopped|quit|skipped|not taken|not been taking|stopped taking|stopped going to|stopped going for|not been going to|not been going for) (?:my |all my |the |any of my )?(?:[^ .,]+ )?(?:dialysis|anti rejection \w+|immunosuppressants?|tacrolimus|insulin|transplant (?:meds|medication|tablets)|chemo)\b")
        .ctx(&[NeedAround(IN_SECRET)]),
    cue(MethodActing, Strong, D | EOL, r"\b(?:without|off|not on|no) (?:my|his|her|any|the) (?:[^ .,]+ )?(?:dialysis|anti rejection \w+|immunosuppressants?|tacrolimus|insulin|transplant (?:meds|medication|tablets|pills))\b")
        .ctx(&[NeedAround(IN_SECRET)]),
    cue(Method, Strong, D | EOL, r"\b(?:stop|stopping|stopped|quit|quitting|skip|skipping|skipped|not taking|come off|coming off|not turning up (?:to|for)|not turn up (?:to|for)|not showing up (?:to|for)|not show up (?:to|for)) (?:going to |coming to |coming for |going for |taking |attending |my |all my |the |his |her )*(?:dialysis|sessions|transplant meds|transplant medication|anti rejection \w+|immunosuppressants?|tacrolimus|insulin|treatment|meds|medication|chemo)\b")
        .ctx(&[NeedAround(IN_SECRET), NotBefore(STOPPED_BY_CLINICIANS)]),
    // a jump, or thoughts of jumping, with the place named in its sentence or the one beside
    // it ("Drove out to the bridge. Going back up there after dark to jump.")
    cue(Method, Strong, D | JOKE, r"\b(?:(?:to|and|then|gonna|going to|will|ill|about to) jump|(?:about|of) jumping)\b")
        .ctx(&[NeedAround(A_HEIGHT), NotAfter(JUMP_NOT_A_FALL)]),
    // "throwing myself off it", the height named in the sentence or the one beside it
    cue(Method, Strong, D | JOKE, r"\b(?:jump|jumping|jumped|throw {REFL}|throwing {REFL}|threw {REFL}|step|stepping) off (?:it|there)\b")
        .ctx(&[NeedAround(A_HEIGHT)]),
    // "I'm jumping in a minute" with a height named in the post: the present for the near
    // future; "in" is then a time, not a pool
    cue(Method, Strong, D | JOKE, r"\b(?:i am|he is|she is|they are) {ADV}jumping\b")
        .ctx(&[NeedPost(A_HEIGHT), NotAfter(JUMP_NOT_NOW)]),
    // the medicine and taking all of it, in one sentence ("my old oxy ... taking it all")
    cue(Method, Strong, M, r"\b{PILLS} (?:[^ .]+ ){0,16}(?:take|taking|swallow|swallowing) (?:it all|them all|all of (?:it|them)|the lot)\b")
        .ctx(&[NotAfter(TAKEN_AS_MEANT)]),
];
