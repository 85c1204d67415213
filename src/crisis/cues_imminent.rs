//! Imminence cues: stated intent, an attempt under way, goodbyes and final arrangements,
//! decisions and plans, a time soon, and (for someone else) being out of reach.

use super::cue::{cue, Ctx::*, CueDef, Kind::*, Strength::*};
use super::cues_method::TRAIN_OR_TRAFFIC;
use super::guards::{BENIGN, COND, DEFAULT as D, EOL, JOKE, SUPPLY};

const INTENT: u16 = D | JOKE | COND;
const FINAL: u16 = D | BENIGN | JOKE;
/// Ending a relationship, a post, a subscription: "end it" with an object is not about a life.
const NOT_A_LIFE: &str = r"^(?:with|between|off with|(?:here|there)(?: [.,]| (?:for|and|then|so|with|now)\b|$)|on a|for (?:now|today|the (?:night|day))|at that|early|after (?:this|that) (?:post|thread|season)|before it starts)\b";

/// Messages set to go out to a group or about an errand are no goodbye.
const NOT_TO_KIN: &str = r"^(?:to (?:the|our|a|all the|all|my) (?:\w+ )?(?:group|team|club|class|members|customers|clients|patients|parents|volunteers|staff|committee|forum|list|newsletter|colleagues|boss|manager|insurer|landlord)|about|reminding|for (?:the|our) (?:group|team|club|meeting|event))\b";

/// Someone's habitual saying, quoted ("he keeps saying 'when I'm gone, the clock is yours'").
const SAYING: &str = r"\b(?:says|said|saying|say|jokes|joked|joking|tells (?:us|me|everyone|the (?:kids|grandkids|family)))(?: that)?$";

pub(super) const CUES: &[CueDef] = &[
    // stated intent
    cue(Intent, Strong, INTENT, r"\b{FUT} {ADV}(?:kill|top|off|unalive|hang|shoot|end|finish) {REFL}\b"),
    cue(Intent, Strong, INTENT, r"\b{FUT} {ADV}(?:end|take|finish) (?:my|his|her|their) (?:own )?life\b"),
    cue(Intent, Strong, INTENT | EOL, r"\b(?:{FUT}|i am|he is|she is) {ADV}(?:end|ending) (?:my|his|her|their) (?:suffering|misery|existence)\b"),
    cue(Finality, Strong, FINAL, r"(?:^|\. )(?:my )?(?:final|last) (?:post|message|words)(?: ever| here| from me)? \."),
    cue(Intent, Strong, INTENT, r"\b(?:i am|he is|she is|they are|i will be|he will be|she will be) {ADV}(?:ending|taking|finishing) (?:my|his|her|their) (?:own )?life\b"),
    cue(Intent, Strong, INTENT, r"\b(?:{FUT}|i am|he is|she is|i will be) {ADV}(?:end|ending|finish|finishing) (?:it all|it|things|everything)\b")
        .ctx(&[NotAfter(NOT_A_LIFE)]),
    cue(Intent, Strong, INTENT, r"\b{FUT} {ADV}(?:kms|unalive(?: {REFL})?|check out for good)\b"),
    cue(Intent, Strong, INTENT, r"\b(?:i am|im|i will be) {ADV}(?:checking out|signing off from life|leaving this world|going to sleep forever) (?:for good |permanently |forever )?{TIME}"),
    cue(Intent, Strong, INTENT, r"\b(?:{TIME}) (?:[^ .,]+ ){0,3}(?:night )?(?:is (?:when|the night|the day) )?(?:i|he|she) {ADV}(?:end|ends|kill|kills|finish|finishes|take|takes|do|does) (?:it all|it|things|my life|his life|her life|{REFL}|my own life)\b")
        .ctx(&[NotAfter(NOT_A_LIFE)]),
    cue(Intent, Strong, INTENT, r"\b(?:i|he|she) {ADV}(?:will not|am not going to|is not going to) (?:be )?(?:alive|breathing) (?:for|by|after|on|to see|next|tomorrow|tonight|much longer|past|anymore|any more|when|at|before|until|till|come|this|in (?:a|an|the)|today|later|right now|once|while)\b"),
    cue(Intent, Strong, INTENT, r"\b(?:i|he|she) (?:have|has) decided (?:that )?(?:i am|he is|she is|i|he|she) (?:not going to|will not) (?:be alive|live|be here|be around)\b"),
    cue(Intent, Strong, INTENT, r"\b(?:planning|planned|plotting) (?:my|his|her) (?:suicide|death|own death)\b"),
    cue(Intent, Strong, INTENT, r"\b(?:came|come|went|gone|drove|driven|walked|headed|heading|have come|am here|got the (?:bus|train)|took the (?:bus|train)) (?:out )?(?:[^ .,]+ ){0,4}to (?:end it|end it all|die|do it|kill {REFL}|end my life|jump|finish it|finish it all|finish things|finish (?:myself|my life)|end things|go through with it)\b")
        .ctx(&[NotInMatch(r"\b(?:want|wants|wanted|wanting|wish|wishing|hoping|needing|trying|thinking|i|he|she|they|comes|came to (?:see|visit))\b")]),
    cue(Intent, Strong, INTENT, r"\b(?:i am|he is|she is|i will be|ill be|he will be|she will be) {ADV}(?:killing|topping|offing|unaliving) {REFL} {G3}{TIME}\b"),
    // "I'm stepping out in front of it", the train or the traffic named nearby
    cue(Intent, Strong, INTENT, r"\b(?:i am|he is|she is|i will be|he will be|she will be) {ADV}(?:stepping|walking|jumping|throwing {REFL}) (?:out )?in front of (?:it|one|them|(?:a|the|an) (?:\w+ )?(?:{TRAIN}|express|tube|tram|bus|lorry|truck|traffic))\b")
        .ctx(&[NeedAround(TRAIN_OR_TRAFFIC)]),
    // letters for the birthdays to come, and "I'm going." with a time
    cue(Finality, Weak, FINAL, r"\b(?:wrote|written|writing|left) (?:her|him|them|my \w+|each of them|the kids|the children) (?:letters|a letter|cards) (?:for|to open on|to read on) (?:every|each|all (?:her|his|their)) (?:birthdays?|christmas\w*|year)\b"),
    cue(Finality, Weak, FINAL, r"(?:^|\. )(?:{TIME} )?(?:[^ .,]+ ){0,4}i am going(?: now)? \."),
    // "she's taking them tonight", of tablets saved up nearby
    cue(Intent, Strong, INTENT, r"\b(?:i am|he is|she is|they are|i will be|he will be|she will be|i will|he will|she will|ill) {ADV}(?:taking|swallowing|take|swallow) (?:them|them all|it all|the lot) {G2}{TIME}")
        .ctx(&[NeedAround(r"\b(?:saved|saving|collect\w*|stockpil\w*|hoard\w*|stash\w*|kept back|keeping back|hiding|hidden|hid|stored|storing|put aside|putting aside)\b")]),
    // "Doing it now." with means named somewhere in the post
    cue(Intent, Strong, INTENT, r"(?:^|\. )(?:i am )?(?:doing it|do it|going to do it|gonna do it) (?:now|right now|tonight)\b")
        .ctx(&[NeedPost(r"\b(?:{PILLS}|{GUN}|rope|car (?:is )?in the garage|{PLACE}|{TRAIN})\b")]),
    // "the night's the night I end it" (Scots "the night" is tonight)
    cue(Intent, Strong, INTENT, r"\bthe (?:night|nights|nicht|nichts|day|days) (?:is )?the (?:night|nicht|day) (?:i|he|she) {ADV}(?:end|ends|kill|kills|finish|finishes|do|does|take|takes) (?:it all|it|things|my life|his life|her life|{REFL})\b")
        .ctx(&[NotAfter(NOT_A_LIFE)]),
    // "I'm going out there to finish myself": the place between the going and the act
    cue(Intent, Strong, INTENT, r"\b(?:i am|he is|she is|i will be|ill be) {ADV}(?:going|heading|off|away) (?:out |up |down |back |over )?(?:there |to the \w+ |to (?:the )?\w+ )?to {ADV}(?:kill|top|off|unalive|hang|shoot|end|finish) (?:{REFL}|my life|his life|her life|it all)\b"),
    cue(IntentVague, Weak, INTENT, r"\b(?:it|this|everything) (?:all )?(?:ends|will end|is ending|happens|will happen|is happening|is going to happen|is over) {TIME}\b"),
    cue(IntentVague, Weak, INTENT, r"\b(?:i am|he is|she is|i will|ill|he will|she will|{FUT}|i plan to|i have decided to|finally) {ADV}(?:do it|go through with it|going through with it|doing it|go ahead with it|act on it|acting on it|use (?:it|them)|using (?:it|them)|take them|take them all|go there|going there|jump|try again|end this|be doing it)\b")
        .ctx(&[NotAfter(r"^(?:again (?:at|next|on)|for (?:the|my|a)|with (?:my|the|a)|at (?:the|my)|in (?:the|a)|on (?:the|my)|right|every|because|the|to (?:the|work|school)|into (?:the )?(?:pool|sea|shower)|on a call|first thing|myself later)\b")]),
    cue(IntentVague, Weak, INTENT | BENIGN, r"\b(?:i am|he is|she is|they are|i will|ill|he will|she will|i|he|she) (?:{FUT} )?(?:go |head |drive |walk |going |heading |driving )?(?:to |down to |out to |up to )?(?:the |that )?(?:bridge|station|cliffs?|tracks|roof|railway|train line|overpass|car park roof|top of the car park|top of the building|river|sea)\b")
        .ctx(&[NotAfter(r"^(?:{TIME} )?(?:to (?:see|watch|meet|take|get|walk|look|photograph|have|pick|catch|drop)|for (?:a|the|some|my|our)|with)\b")]),
    cue(Intent, Strong, INTENT, r"\b(?:ending|finishing) (?:it|it all|things|everything|my life) {TIME}\b")
        .ctx(&[NotBefore(r"\b(?:about|of|considering|consider)$")]),
    // an attempt under way
    cue(Underway, Strong, D, r"\b(?:i|he|she|they) (?:have |has |had |is |am )?{ADV}already (?:taken|took|swallowed|done|started|drunk) (?:something|it|them|the lot|everything|all of (?:them|it|my|his|her)|all (?:my|his|her|the) (?:pills|tablets|meds))\b"),
    cue(Underway, Strong, D, r"\b(?:i|he|she|they) (?:have |has |had |is |am )?(?:taken|took|swallowed) (?:something|the lot|everything|all (?:my|his|her|the) (?:pills|tablets|meds)|an overdose)\b")
        .ctx(&[NeedSentence(r"\b(?:already|ago|just now|waiting|kick in|to work|minutes|an hour|feel (?:calm|sleepy|weird|strange|funny|nothing)|alone when|so someone knows|it is done|happening|wanted someone to know|goodbye|say goodbye|to say)\b"), NotAfter(r"^(?:for|to help|to sleep|from|at|with food)\b")]),
    cue(Underway, Strong, D, r"\b(?:taken|took|swallowed) (?:all|the lot|the whole lot|every one|the whole (?:box|bottle|packet))(?: of)? (?:my |the |his |her )?{PILLS}\b")
        .ctx(&[NotAfter(r"^(?:for (?:today|the day|the week)|this morning|today|with (?:breakfast|food|dinner|lunch)|on time|as prescribed|at once by mistake)")]),
    cue(Underway, Strong, D, r"\b(?:i|he|she|they) (?:have |has |had |is )?(?:just )?(?:overdosed|taken an overdose|took an overdose)\b")
        .ctx(&[NeedSentence(r"\b(?:tonight|just|now|an hour|minutes|ago|this evening|earlier|today|waiting)\b")]),
    cue(Underway, Weak, D, r"\bit (?:has )?already (?:started|begun)\b|\bit is (?:already )?(?:happening|done) now\b|\b(?:i have|i) started and (?:i am|i will) not (?:going to )?stop"),
    // goodbyes
    cue(Finality, Strong, FINAL, r"\bgoodbye (?:everyone|all|guys|world|everybody|friends|forever|for good|cruel world|my friends|all of you|each of you|you all|to (?:everyone|all of you|you all))\b"),
    cue(Finality, Strong, FINAL, r"\b(?:this is|it is|so this is|consider this|take this as|treat this as) (?:my )?(?:final )?goodbye\b|^goodbye \.|\. goodbye \.")
        .ctx(&[NotAfter(r"^to (?:my |the |our |her |his )?(?:old|former|retiring|lovely|favourite|favorite|pump|consultant|doctor|nurse|team|ward|clinic|hospital|house|flat|job|colleagues|school|teacher|oncologist|gp|physio|car|group|surgeon|dog|cat|year|summer|winter|\d+|nurses?|doctors?|staff|carers?|unit|dialysis|renal|care|support|physio team|team|therapist|counsellor|midwife|health visitor|endo|diabetes)")]),
    cue(Finality, Strong, FINAL, r"\b(?:saying|say|said|sending|sent|bid|bidding) (?:my )?(?:final |last )?(?:goodbyes?|farewells?) to (?:everyone|everybody|all of you|you all|you guys|the group|this group|all my friends here|the people (?:i love|who matter|that matter)|those who matter|my (?:family|kids|children|loved ones|friends)|the only people)"),
    cue(Finality, Weak, FINAL, r"\b(?:saying|say|said|sending) (?:my )?(?:final |last )?goodbyes?\b")
        .ctx(&[NotAfter(r"^to (?:my |the |our |her |his )?(?:old|former|retiring|lovely|favourite|favorite|pump|consultant|doctor|nurse|team|ward|clinic|hospital|house|flat|job|colleagues|school|teacher|oncologist|gp|physio|car|group|surgeon|dog|cat|nurses?|doctors?|staff|carers?|unit|dialysis|renal|care|support|physio team|team|therapist|counsellor|midwife|health visitor|endo|diabetes)")]),
    cue(Finality, Strong, FINAL, r"\b(?:{PERSON}) {G4}(?:texted|messaged|rang|rung|rings|called|phoned|emailed|posted|wrote|left|sent|whatsapped|snapchatted|snapped|dmd) {G6}(?:goodbye|good bye|farewell|bye)\b"),
    cue(Finality, Weak, FINAL, r"\b(?:{PERSON}) {G8}(?:said|says|saying|told (?:me|us|everyone)|been saying) {G6}(?:goodbye|good bye|farewell|bye)\b"),
    cue(Finality, Weak, FINAL, r"\b(?:texted|messaged|rang|called|phoned|emailed|posted|wrote|left|sent) {G4}(?:goodbye|good bye|farewell) (?:message|note|text|post|voicemail|letter|video)"),
    cue(Finality, Strong, FINAL, r"\bby the time (?:you|anyone|someone|somebody|people|everyone|my \w+|they|he|she|anybody) (?:reads?|sees?|finds?|gets?|wakes?) (?:this|up|me|home)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:i|he|she|they) (?:would|will|d|might|may) {ADV}(?:already )?(?:be gone|be dead|not be here|not be around|be at peace) by the time (?:you|we|anyone|someone|somebody|people|everyone|my \w+|they|he|she|anybody|you all) (?:read|reads|see|sees|find|finds|open|opens)\b"),
    cue(Finality, Strong, FINAL, r"\bif (?:you|anyone|nobody|no one|people|you guys|you all|anybody) (?:do not |does not |never )?(?:hear|hears|see|sees) from me\b"),
    cue(Finality, Strong, FINAL, r"\b(?:this is|this will be|this is going to be|here is|this one is) (?:my )?(?:last|final) (?:post|message|update|words|goodbye|time (?:posting|writing|here)|thing i (?:post|write|say))\b")
        .ctx(&[NotAfter(r"^(?:in (?:this|the) (?:group|forum|community|thread|sub)|here (?:for a while|until|before)|for (?:a while|now|today|the (?:night|day|week|month|year)|a bit)|of the (?:day|night|year)|on (?:this|the) (?:thread|topic)|before (?:my|the|i)|until|about|on this)")]),
    cue(Finality, Weak, FINAL, r"\bthis (?:one )?is the last\b"),
    cue(Finality, Strong, FINAL, r"\b(?:last|final) time (?:you|anyone|anybody|you all|any of you) (?:will )?(?:hear|hears|see|sees) from me\b"),
    cue(Finality, Strong, FINAL | EOL, r"\b(?:written|wrote|writing|finished|left|leaving|done|got|have|recorded) (?:a |the |my |some |all the |all my |goodbye |final |farewell )*(?:letters?|notes?|cards?|messages?|videos?) (?:to|for) (?:each of|everyone|every one|the kids|the children|my (?:family|kids|children|loved ones|partner|husband|wife|mum|dad|parents|son|daughter|sister|brother|boys|girls|friends|best friend)|the people i love|people i love|them all|you all)"),
    cue(Finality, Strong, FINAL, r"\b(?:the |my |a )?(?:suicide |goodbye |farewell |final )?(?:note|notes|letters?) (?:is |are |all )?(?:written|done|ready|finished|sorted)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:suicide|goodbye|farewell) (?:note|letter|message|video|post|text|email)s?\b"),
    cue(Finality, Strong, FINAL, r"\bfound (?:a |the |his |her |their )?(?:goodbye |suicide |farewell )?(?:note|letter)s? {G6}(?:from|in|on|under|saying|written by|addressed)\b").other(),
    cue(Finality, Weak, FINAL, r"\b(?:note|message|voicemail|text|letter) (?:from (?:my |his |her )?\w+ )?(?:saying|that said|says|to say) (?:sorry|goodbye|he loves|she loves|they love|i love)"),
    cue(Finality, Strong, FINAL, r"\b(?:note|message|voicemail|text|letter) (?:from (?:my |his |her )?\w+ )?(?:saying|that said|says|to say) (?:sorry (?:and|,) )?goodbye\b"),
    cue(Finality, Strong, FINAL, r"\b(?:wrote|written|left) (?:a |the )?note (?:and left it )?(?:on|in|under) (?:the|my|his|her) (?:\w+ )?(?:table|desk|bed|pillow|drawer|door|counter|side) (?:for|where)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:messages?|texts?|emails?|posts?) (?:are |is )?(?:written and )?(?:scheduled|set|timed|queued) (?:to (?:send|go out|post)|for)\b|\b(?:scheduled|set up|queued) (?:some |my |the )?(?:goodbye )?(?:messages?|texts?|emails?|posts?) (?:to (?:send|go out)|for (?:tomorrow|the morning|after))")
        .ctx(&[NotAfter(NOT_TO_KIN)]),
    cue(Finality, Weak, FINAL, r"\b(?:given|giving|gave|give) (?:away )?(?:all )?(?:my|his|her|their) (?:things|stuff|belongings|possessions|games|books|records|jewellery|jewelry|guitar|collection|prized|favourite|favorite|clothes|rings?|watch|pets?|cat|dog)\b"),
    cue(Finality, Weak, FINAL, r"\b(?:{PERSON}) {G6}gave (?:me|us) (?:his|her|their) (?:wedding ring|ring|watch|necklace|guitar|car keys|keys|dog|cat|things|bank card|passwords)\b"),
    cue(Finality, Weak, FINAL | EOL, r"\b(?:sorted|sorting|updated|wrote|written|made|finished|done) (?:out )?(?:my|his|her|their) (?:will|affairs|funeral|passwords|finances)\b|\b(?:my|his|her) (?:will|affairs|funeral plans?) (?:is|are) (?:sorted|done|in order|written|updated|ready)"),
    cue(Finality, Weak, FINAL, r"\b(?:left|written|wrote|sorted|arranged|made) (?:out )?(?:instructions|arrangements|a list|notes?) for (?:my|the|his|her) (?:dogs?|cats?|pets?|kids|children|plants|fish)\b|\b(?:my|the|his|her) (?:dog|cat|pets?|bird|rabbit) (?:is|are|will be) going to (?:my|the|a|his|her) \w+|\b(?:rehomed|rehoming|found a (?:new )?home for|found homes for) (?:my|the|his|her) (?:dog|cat|pets?)\b|\b(?:left|gave|given|written down) (?:my|his|her) passwords\b|\bpasswords (?:for|to) (?:my|the|his|her) \w+"),
    cue(Finality, Weak, FINAL, r"\bso (?:nobody|no one|noone|none of them|my family|my \w+|they|the kids) (?:has|have|will have|would have|needs?|will need) to (?:deal with|clean|sort|worry|pay|find|see)"),
    cue(Finality, Weak, FINAL, r"\b(?:cleaned|cleared|tidied) (?:out )?(?:the house|my room|my flat|my things|everything)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:take|delete|remove|close|shut|deactivate) (?:down )?my (?:account|profile)(?: down)? (?:after|when|once|if) (?:tonight|tomorrow|i am gone|i die|i am dead|i do not|you hear|{TIME})"),
    cue(Finality, Weak, FINAL, r"\b(?:tell|ask) (?:the )?(?:admins?|mods?|moderators?) to (?:delete|remove|take down|close) my account\b"),
    cue(Finality, Weak, FINAL, r"\b(?:deleted|deleting|closed|closing|deactivated) (?:all )?(?:my )?(?:other )?(?:social media|accounts|facebook|instagram|profiles|socials)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:logging|signing|log|sign) (?:off|out) (?:for good|forever|permanently|for the (?:last|final) time)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:i am|i will) not (?:be )?coming back\b")
        .ctx(&[NotAfter(r"^(?:to|here until|after|for|till|until|on)\b")]),
    cue(Finality, Weak, FINAL, r"\b(?:will not|would not|is not going to|never) (?:be )?(?:coming back|come back)\b")
        .ctx(&[NotBefore(r"\b(?:disappear|vanish|run away|leave)(?: and)?$")]),
    // at a height now, said without a verb ("I'm at the cliffs", "Up on the roof.")
    cue(Underway, Weak, D | BENIGN, r"\b(?:i am|he is|she is|they are) (?:at|on) (?:the |a )?(?:top of the )?(?:\w+ )?{PLACE}\b|(?:^|[.,] )(?:up|stood|standing|sat|sitting) (?:on|at) (?:the |a )?(?:top of the )?(?:\w+ )?{PLACE}\b")
        .ctx(&[NotAfter(r"^(?:club|game|table|clinic|cafe|restaurant|hotel|museum|bar|pub|garden|terrace|party|view)\b")]),
    // on the way to a height, water or the railway now
    cue(Underway, Weak, D | BENIGN, r"\b(?:walking|driving|heading|cycling|going|on my way|on (?:his|her) way|on the way) (?:down |up |out |back )?(?:to|towards) (?:the )?(?:\w+ )?(?:{PLACE}|{TRAIN}|{WATER}) (?:right )?now\b"),
    // a message of sorry and love, and a plea not to look
    cue(Finality, Weak, FINAL, r"\bsorry ,? (?:i )?love you (?:all|guys|both|so much|lots|always)\b|\bdo not come looking\b")
        .ctx(&[NeedBefore(r"\b(?:texted|messaged|message|text|note|letter|wrote|written|voicemail|rang|called|said|says|posted)\b")]),
    // taking the medicine soon, where the post names it ("I'm taking them in a few minutes")
    cue(IntentVague, Weak, INTENT, r"\b(?:i am|i will be|i will|ill|{FUT}) {ADV}(?:taking|swallowing) (?:them|the lot)(?: all)?\b")
        .ctx(&[NeedPost(r"\b{PILLS}\b"), NotAfter(r"\b(?:with (?:food|water|tea|milk|breakfast|dinner|lunch|a meal|meals)|as prescribed|in the morning|at (?:night|bedtime|breakfast|tea time)|every|daily|twice|once a|back to|to (?:the|a) (?:chemist|pharmacy))\b")]),
    // a note of sorry and love left for family ("a sorry-and-I-love-you note")
    cue(Finality, Weak, FINAL, r"\b(?:sorry|goodbye|forgive me)(?: and)?(?: i love you| love you)? (?:note|letter|card)s?\b|\b(?:i )?love you (?:note|letter)s?\b"),
    cue(Underway, Weak, D | BENIGN, r"\b(?:i am|he is|she is|they are) (?:standing|sitting|sat|stood|parked|waiting|already|up|out) (?:on |at |by |near |in |on top of |at the top of )?(?:the |a )?(?:top of the )?(?:\w+ )?(?:{PLACE}|{TRAIN}|edge)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:will not|would not|will no longer) be a (?:problem|burden|bother|worry|nuisance) (?:to (?:anyone|you|us|them) )?(?:anymore|any more|any longer|for (?:long|much longer)|after)"),
    cue(Finality, Weak, FINAL, r"\b(?:i am|i will) not (?:be )?(?:going|coming) (?:back )?home\b|\bdo not want to go back down\b|(?:^|\. )(?:i am )?(?:so )?sorry(?: everyone| all| guys| mum| mom| dad)? \."),
    cue(Finality, Strong, FINAL, r"\b(?:there will not be|there is not going to be|there will be no|will not be) (?:a |any )?(?:next|another|more) (?:appointment|time|visit|scan|session|cycle|review|check ?up|birthday|christmas)s?\b"),
    cue(Finality, Strong, FINAL, r"\b(?:do not|no need to|no point|will not need to) (?:bother )?(?:book|booking|schedule|scheduling|make|making|arrange|arranging|rebook|rebooking) (?:my|me|a|the|another|any) (?:in )?(?:for )?(?:(?:my|the) )?(?:next |another |follow up |new |next (?:months?|weeks?) |(?:months?|weeks?) )?(?:appointment|follow up|review|session|visit|scan|clinic|check ?up)"),
    cue(Finality, Weak, FINAL, r"\b(?:will not|would not|will no longer) (?:need|be needing) (?:it|them|any of (?:it|this|them)|my (?:meds|medication|appointments|things|stuff|prescriptions?))\b"),
    cue(Finality, Weak, FINAL, r"\b(?:cancelled|canceled|cancelling|canceling) (?:all )?(?:my|his|her|their) (?:appointments|clinic appointments|visits?|sessions|scans?|prescriptions?|plans|subscriptions)\b"),
    cue(Finality, Strong, FINAL | EOL, r"\b(?:i|he|she) (?:will not|am not going to|is not going to|do not think i will) (?:be )?(?:here|around) (?:by (?:the )?morning|by tomorrow|by the time|after tonight|tomorrow|this time tomorrow|for (?:much )?longer|much longer|anymore|any more|after (?:this|that|the weekend|{DAY}|tonight))"),
    cue(Finality, Weak, FINAL | EOL, r"\b(?:i|he|she) (?:will not|am not going to|is not going to) (?:be )?(?:here|around) (?:for|by|after|on|next|to see|when|past)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:i will|ill|he will|she will|i am going to|he is going to|she is going to) {ADV}be (?:gone|dead) (?:by|before|after|tomorrow|tonight|soon|when|this time|{TIME})")
        .ctx(&[NotAfter(r"^(?:all day|for (?:the|a|two|three|few)|on (?:holiday|a)|to)\b")]),
    cue(Finality, Weak, FINAL, r"\b(?:i will|ill|he will|she will) {ADV}be (?:gone|dead|at peace|free)\b(?: [.,]|$)"),
    cue(Finality, Weak, FINAL, r"\b(?:i am|i have|i have finally) {ADV}(?:made|at) (?:my )?peace with (?:it|dying|my decision|everything|leaving)"),
    cue(Finality, Weak, FINAL, r"\b(?:i am|i have been) {ADV}sorry (?:for everything|to everyone|to all of you|for being a burden|to my family|to everyone i (?:have )?let down)\b|\bsorry for what i am (?:about|going) to do\b"),
    cue(Finality, Weak, FINAL, r"\b(?:saying|said|says|texted|texting|messaged|messaging|rang|called|telling|told) (?:me |us |everyone |the family )?(?:to say |that )?(?:sorry|(?:he|she|they) (?:is|was|are|were) sorry)(?: for everything)?\b").other(),
    cue(Finality, Weak, FINAL, r"\b(?:thank you|thanks) (?:all |everyone |guys )?(?:so much )?for everything\b"),
    cue(Finality, Weak, FINAL, r"\b(?:take care of|look after) (?:each other|my (?:kids|family|children|cat|dog)) for me\b|\btell (?:my|the) \w+ (?:that )?i (?:love|loved) (?:them|him|her)\b"),
    cue(Finality, Strong, FINAL, r"\b(?:after|when|once) (?:i am|i have|im) (?:gone|dead|no longer here|not here)\b")
        .ctx(&[NotBefore(SAYING)]),
    cue(Finality, Strong, FINAL, r"\bthis is (?:my|the) last (?:day|night|afternoon|morning|evening|week|weekend|christmas|birthday)\b"),
    cue(Finality, Weak, FINAL, r"\b{TIME} is it\b|\blocked (?:myself|himself|herself|themselves) in\b|(?:^|\. )it is (?:{TIME}) \.|(?:^|\. )not long now\b|\bthis is it for me\b|\bthanks? (?:you )?(?:all |everyone )?for being (?:kind|there|so kind|here|my friends)\b"),
    cue(Finality, Weak, FINAL, r"\bto (?:look after|take care of|feed|walk) (?:the|my|his|her|our) (?:dog|cat|kids|children|pets?|boys|girls)\b"),
    cue(Finality, Weak, FINAL, r"\b(?:i am|i will) not (?:be )?going back\b")
        .ctx(&[NotAfter(r"^to (?:that|the|this|my) (?:clinic|hospital|gp|doctor|group|job|school|ward|place|surgery|work|office|gym|consultant)")]),
    cue(Finality, Strong, FINAL | EOL, r"\b(?:will not|am not going to|do not plan to|not going to) (?:see|make it to|live to see|be here for) (?:the |another )?(?:morning|tomorrow|sunrise|weekend|next week|new year)\b"),
    cue(Decision, Weak, D, r"\bmade sure of (?:that|it)\b"),
    cue(Decision, Strong, D | BENIGN, r"\b(?:i have|i|he has|she has) {ADV}(?:picked|chosen|set|decided on) (?:{DAY}|tonight|tomorrow)\b")
        .ctx(&[NotAfter(r"^(?:for|to|as|because)\b")]),
    cue(IntentVague, Weak, INTENT, r"(?:^|\. )doing it (?:tonight|tomorrow|after|before|once|when|on|this|at)\b"),
    cue(Finality, Weak, FINAL, r"\b{TIME} is (?:the night|the day|when)\b")
        .ctx(&[NotAfter(r"^(?:(?:i|we) (?:finally )?(?:try|start|get|begin|go|move|meet|see|switch|pick|have|do the|collect)|for (?:a|the|some|my|our)|, (?:(?:my|our|the) )?(?:first|big|finally|wish me luck|fingers crossed))")]),
    cue(Finality, Weak, FINAL, r"\b(?:tonight|today|tomorrow) is the (?:night|day)\b")
        .ctx(&[NotAfter(r"^(?:(?:i|we) (?:finally )?(?:try|start|get|begin|go|move|meet|see|switch|pick|have|do the|collect)|for (?:a|the|some|my|our)|, (?:(?:my|our|the) )?(?:first|big|finally|wish me luck|fingers crossed))")]),
    // decisions and plans
    cue(Decision, Strong, D, r"\b(?:please )?(?:do not|no one|nobody) {ADV}(?:try to |bother (?:trying to )?)?(?:talk me out of it|stop me|look for me|try to find me|come looking for me|call (?:anyone|an ambulance|999|911|the police)|send help|save me|change my mind)\b"),
    cue(Decision, Strong, D, r"\bnothing (?:is going to|will|can|could) (?:stop me|change my mind)|\b(?:no one|nobody|noone) (?:is going to|will|can) (?:stop me|talk me out of it|change my mind)"),
    cue(Decision, Weak, D | BENIGN, r"\b(?:i have|i|he has|she has|he|she) {ADV}(?:made|come to) (?:my|a|the|his|her|this) (?:decision|choice)\b|\bmade up (?:my|his|her) mind\b|\b(?:my|his|her) minds? (?:is )?made up\b|\bdecision (?:is )?made\b"),
    cue(Decision, Weak, D | BENIGN, r"\b(?:i have|i|he has|she has) {ADV}decided\b")
        .ctx(&[NeedAfter(r"^(?:$|[.,]|and (?:i am|it is)|it is|that it is|this|tonight|tomorrow|that i am going|that i will|i am going|i will)")]),
    cue(Decision, Strong, D | BENIGN, r"\b(?:i have|i|he has|she has|he|she) {ADV}(?:set|picked|chosen|decided on|fixed|settled on) (?:a|the|my) (?:date|day|time|night)\b")
        .ctx(&[NotAfter(r"^(?:for|to (?:start|have|go|see|get|move|begin)|of (?:my|the|our))\b")]),
    cue(Decision, Strong, D, r"\bplan and (?:a|the) (?:date|time|day)\b"),
    cue(Decision, Weak, D | BENIGN, r"\b(?:my|the) plan is (?:set|ready|in place|sorted|made|for)\b"),
    cue(Intent, Strong, INTENT | BENIGN, r"\b(?:i am|he is|she is|i will|ill|he will|she will|{FUT}) {ADV}(?:go through with it|going through with it)(?: [^ .,]+){0,3} {TIME}\b"),
    cue(Decision, Weak, D | BENIGN, r"\b(?:i|he|she|they) {ADV}(?:have|has|got|have got|has got|made|worked out|come up with) (?:a|my|his|her|their|the|a whole|a real) {ADV}plan\b")
        .ctx(&[NotAfter(r"^(?:with|for|to (?:taper|manage|reduce|cut|try|get|talk|see|start|stop|go|lose|improve|cope|keep)|of action|b\b|in place|from|at)")]),
    cue(Decision, Weak, D | BENIGN, r"\b(?:i have|i|he has|she has) {ADV}(?:got )?(?:everything|all) (?:i|he|she) (?:need|needs|ned|nede|neeed)\b|\beverything (?:is )?(?:ready|in place|sorted|arranged|prepared|set)\b|\bgot everything (?:ready|together|sorted|in place)\b")
        .ctx(&[NotAfter(r"^(?:for (?:the|my|a|our|his|her)|to (?:start|make|get|cook|bake)|now for|ready for)\b")]),
    cue(Decision, Weak, D | BENIGN | EOL, r"\b(?:i have got|i have|i|he has|she has|got) (?:it )?(?:all )?planned(?: out)?\b"),
    cue(Decision, Weak, D | BENIGN | SUPPLY, r"\b(?:got|have|had|put|with) (?:the |my |all (?:the|my) |his |her )?{PILLS} (?:together|ready|out|lined up|in front of me|out on the table|in my hands?|laid out|set out|counted out)\b|\b{PILLS} (?:are |is )?(?:all )?(?:ready|in front of me|lined up|out on the table|in my hands?)\b|\b(?:got|have|had) (?:it|everything) all (?:ready|sorted|planned|set|in place)\b|\b(?:got|have) it all (?:ready|sorted|planned|set)\b"),
    cue(Decision, Strong, D, r"\bknows? (?:exactly )?(?:when|how|where|which) (?:i am going to|i will|to do it|i am doing it|he is going to|she is going to|it will happen|i would do it|he would do it|she would do it)\b"),
    cue(Decision, Weak, D | EOL, r"\b(?:i am|i feel) {ADV}(?:weirdly |strangely |oddly )?(?:calm|at peace) (?:about it|now|about my decision|with my decision|about (?:the|my) plan)\b|\b(?:i am|i feel) (?:weirdly|strangely|oddly) calm\b")
        .ctx(&[NotBefore(r"\b(?:hospice|palliative|end of life|comfort care|dnr|dnacpr)\b")]),
    // someone at risk is out of reach
    cue(ContactLost, Weak, D, r"\b(?:can not|could not|unable to|can t) (?:reach|get hold of|get through to|contact|find|get in touch with) (?:him|her|them)\b").other(),
    cue(ContactLost, Weak, D, r"\b(?:{PERSON}) (?:is |are |has |have |was )?(?:not|stopped|no longer) (?:answering|picking up|replying|responding|reading)\b|\b(?:{PERSON}) (?:will not|would not|does not|did not|is not|can not|has not|have not) (?:answer|pick up|reply|respond|answered|replied|picked up)\b|\b(?:his|her|their) phone (?:is|was|goes|went|has been) (?:off|switched off|straight to voicemail|dead)\b|\b(?:went|has gone|have gone) (?:quiet|silent|offline|missing)\b|\b(?:do not|does not) know where (?:he|she|they) (?:is|are|went)\b").other(),
    // a time soon
    cue(Time, Strong, 0, r"\b{TIME}\b"),

    // a place picked is a plan ("I've decided on the railway")
    cue(Decision, Weak, D | BENIGN, r"\b(?:picked|chosen|decided on|settled on) (?:the |a |my |which )?(?:\w+ )?(?:{PLACE}|{TRAIN}|height|spot|method)\b")
        .ctx(&[NotAfter(r"^(?:for (?:the|a|my|our) (?:trip|journey|holiday|commute|visit)|to (?:get|go|travel|visit)|ticket|pass|station car park)\b")]),
    // a call to say sorry, to say they love us: a goodbye in other words
    cue(Finality, Weak, FINAL, r"\b(?:{PERSON}) {G4}(?:rang|rung|rings|called|phoned|texted|messaged|wrote|sent a \w+) {G2}(?:to say|saying|to tell (?:me|us)) (?:that )?(?:(?:he|she|they) (?:is|was|are|were|had|has) )?(?:so )?(?:sorry|done|had enough|loves? (?:me|us|the kids|them|you)|love (?:me|us|the kids|them|you))\b").other(),
    // goodbyes said now
    cue(Finality, Strong, FINAL, r"\b(?:saying|say|said|sending) (?:my )?(?:final |last )?(?:goodbyes?|farewells?) (?:now|tonight|today|here|for the last time)\b"),
    // reversed order: the time first ("By Sunday I won't be around.")
    cue(Finality, Strong, FINAL | EOL, r"\b(?:i|he|she) (?:will not|will no longer|am not going to|is not going to|shall not|wont) {ADV}(?:be )?(?:here|around|alive|breathing)\b|\b(?:i|he|she) (?:will|shall|is going to|am going to|go) {ADV}be (?:gone|dead|no more)\b")
        .ctx(&[NeedBefore(r"(?:^|,) ?(?:by |after |from |before |come )?(?:the )?{TIME}(?: [^ .,]+)?$"), NotAfter(r"^(?:for (?:a|the|two|three|few|long)|on (?:holiday|a)|all day|at (?:work|school|the))\b")]),
    // not coming home, in the doubting voice
    cue(Finality, Weak, FINAL, r"\b(?:do not|does not) think (?:(?:i|he|she) (?:will be|am|is|will|would be)|ill be) (?:coming|going|getting|making it) (?:back )?home\b|\b(?:do not|does not) think (?:i|he|she) (?:will|would|am going to) (?:come|get|make it) (?:back )?home\b"),
    // someone at risk is out of reach, more ways
    cue(ContactLost, Weak, D, r"\b(?:nobody|no one|noone|none of us|we|i|they) (?:can|could|has been able to|have been able to|is able to|am able to) (?:get hold of|reach|contact|get through to|find) (?:him|her|them)\b").other(),
    cue(ContactLost, Weak, D, r"\b(?:his|her|their) phones? (?:is |keeps |has been |was )?(?:going|goes|went|gone) (?:straight )?to voicemail\b|\b(?:his|her|their) phones? (?:is |are )?(?:now )?(?:off|switched off|dead)\b|\b(?:hung up|rang off) and (?:will not|would not|is not|has not|does not|did not|wont|stopped) (?:pick(?:ing)? up|answer(?:ing)?|repl(?:y|ying))\b|\b(?:will not|would not|has not|does not|is not|stopped) (?:pick(?:ing)? up|answer(?:ing)?) (?:again|anymore|any more|since)\b")
        .ctx(&[NeedAround(r"\b(?:goodbye|sorry|love (?:you|us|them)|suicid\w*|end(?:ing)? (?:it|his life|her life|things)|kill\w* (?:himself|herself|themselves)|die|dead|note|letter|done)\b")])
        .other(),
    cue(Intent, Strong, INTENT, r"\b{FUT} {ADV}(?:overdose|take an overdose|od)\b")
        .ctx(&[NotAfter(r"^(?:on (?:sugar|chocolate|caffeine|coffee|netflix|tv|cake))\b")]),
    cue(Finality, Strong, FINAL, r"\b(?:my|the) last (?:night|day|hours?|morning|christmas|birthday) (?:on (?:this )?earth|alive|in this world)\b"),
    cue(Finality, Weak, FINAL, r"\b(?:i|he|she) (?:will not|am not going to|is not going to|shall not) (?:be )?(?:wake|waking) up\b")
        .ctx(&[NotAfter(r"^(?:until|till|til|before|in time|early|for|at|on time|when|if|unless|with|from)\b"), NotBefore(r"\b(?:pray|prays|praying|hope|hopes|hoping|wish|wishes|wishing|maybe|perhaps)(?: that)?$")]),
    cue(SelfHarm, Strong, D, r"\bself harm(?:ed|ing)? (?:again|tonight|last night|today|yesterday|this (?:morning|week|evening))\b")
        .ctx(&[NeedBefore(r"(?:^|,)$")]),
    // the future perfect: "by then I'll have ended my life"
    cue(Intent, Strong, INTENT, r"\b(?:i will|ill|i shall|he will|she will) {ADV}have {ADV}(?:ended (?:my|his|her) (?:own )?life|ended it(?: all)?|killed {REFL}|taken (?:my|his|her) (?:own )?life)\b")
        .ctx(&[NotAfter(r"^(?:by now|already|long ago|years ago)\b")]),
    // "by then it'll be done", "by the time they open it I'll be gone"
    cue(Finality, Weak, FINAL, r"\bby (?:then |that time |the time (?:[^ .,]+ ){1,6})(?:, )?(?:it will|itll|it ll|i will|ill|everything will|it will all) (?:all )?(?:be done|be over|be gone|be dead|have gone|not be here|not be around)\b"),
    // messages set to go out later
    cue(Finality, Weak, FINAL, r"\b(?:set|scheduled|timed|queued) (?:up )?(?:my |the |some |an? |a few |a couple of )?(?:emails?|messages?|texts?|posts?|letters?) (?:[^ .,]+ ){0,2}to (?:go out|send|be sent|arrive|post)\b|\b(?:scheduled|timed|queued) (?:up )?(?:my |the |some |an? |a few |a couple of )?(?:emails?|messages?|texts?|letters?) (?:to|for) (?:my|our) \w+")
        .ctx(&[NotAfter(NOT_TO_KIN)]),
    // having taken a quantity of something: weak, it needs a wish to die or a goodbye beside it
    cue(Underway, Weak, D, r"\b(?:took|taken|swallowed) (?:a (?:bunch|load|lot|handful|pile|heap|whole lot)|loads|lots|heaps) of (?:stuff|pills|tablets|meds|something|things|(?:my|his|her) \w+)\b")
        .ctx(&[NotAfter(r"^(?:with (?:breakfast|food|lunch|dinner|water)|this morning|every|each|as prescribed|for (?:the|my|a))\b")]),
];
