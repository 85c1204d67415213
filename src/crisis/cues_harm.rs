//! Self-harm cues: current or very recent self-injury, urges acted on, relapse.

use super::cue::{cue, Ctx::*, CueDef, Kind::SelfHarm as H, Strength::*};
use super::guards::{ACCIDENT, DEFAULT as D};

const HARM: u16 = D | ACCIDENT;
/// Nouns that follow a noun use of "self harm" in forms, news and training.
const NOT_AN_ACT: &str = r"^(?:risk|history|form|forms|question|questions|screening|assessment|policy|awareness|training|leaflet|services|team|support|group|scars|admissions|rates|in (?:teenagers|young people|the news)|prevention|research|study|charity|nurse|clinic)\b";
/// What makes hitting, scratching or burning one's own body deliberate.
const ON_PURPOSE: &str = r"\b(?:on purpose|deliberately|intentionally|to cope|to feel|to punish|to stop|to calm|to release|to numb|to distract|to get through|so (?:i|he|she|they) (?:can |could )?(?:feel|stop|cope)|until (?:it|they|i|he|she|the|my|his|her) (?:\w+ )?(?:bleed|bleeds|bled|bruise|bruises|bruised|swell|swelled|swelled up|marks?|raw|broke)|raw|when (?:i|he|she|they) (?:get|gets|feel|feels|am|is|are) (?:\w+ )?(?:upset|angry|overwhelmed|stressed|anxious|frustrated|numb|low|sad|panicky|panicking|bad)|when (?:the pain|it|everything|things|the anxiety|the noise) (?:\w+ )?(?:gets?|is|are|hits|spikes|flares)|during (?:panic|flares?|attacks|the headaches|meltdowns|arguments)|again|every (?:day|night|time)|most (?:days|nights)|(?:two|three|four|five|several|a few|many|\d+) times (?:this|last|a|in a) (?:week|night|day|month)|twice (?:this|last|a|in a) (?:week|night|day|month)|whenever|with (?:my|his|her) fists|against the wall|over and over|so hard|hiding|long sleeves|nobody is looking|no one is looking|self harm|urge|feel something|only thing that|makes the|where (?:nobody|no one|noone) (?:will|would|can|could) (?:see|notice|look)|for the first time in (?:years|months|ages|a long time)|(?:done|did) it (?:again|twice|more|since)|went (?:purple|black|blue|red raw))\b";

/// Narrower than `ON_PURPOSE`, for acts that are also routine (a finger-prick test, every day).
const DELIBERATE: &str = r"\b(?:on purpose|deliberately|intentionally|to feel (?:it|something|the pain)|to punish|to cope|to numb|to calm (?:down|myself)|more than (?:i|he|she|they) (?:need|needs|needed)|nothing to do with (?:testing|my sugars|the test))\b";

/// Marks with an ordinary cause: "the marks from the cannula".
const MARKS_OF_CARE: &str = r"^(?:from|after|of) (?:the |my |his |her |all the )?(?:cannulas?|drips?|iv|ivs|blood|injections?|needles?|jabs|surgery|op|operation|eczema|rash|sunburn|bruising|fall|sensor|pump|insulin)\b";

pub(super) const CUES: &[CueDef] = &[
    // burning one's own skin with a cigarette or a lighter
    cue(H, Strong, HARM, r"\b(?:putting|put|puts|stubbing|stubbed|stubs|pressing|pressed|holding|held) (?:a |her |his |my |their |lit )?(?:cigarettes?|cigs?|fags?|lighters?|matches|lit matches) (?:out )?(?:on|against|to) (?:my|his|her|their) (?:own )?(?:arms?|legs?|skin|hands?|wrists?|thighs?|body|stomach)\b"),
    cue(H, Strong, D, r"\b(?:i|he|she|they|been|have|has|started|start|keep|keeps|kept|am|is|are|was|still) {ADV}(?:self harming|self harmed|self harm)\b")
        .ctx(&[NotAfter(NOT_AN_ACT)]),
    cue(H, Strong, D, r"\bself harm(?:ing)? (?:is|has|was|came|has come|have been|had been|keeps) {ADV}(?:back|getting worse|worse|out of control|bad again|creeping back|every day|daily|happening again)\b"),
    cue(H, Strong, D, r"\bself harm (?:was|had been|is) in (?:my|the|his|her) past (?:, )?but (?:it is|it has|it s|now it is) (?:back|come back|returned)"),
    cue(H, Strong, D, r"\b(?:my|his|her|their) self harm (?:is|has been|has|keeps) {ADV}(?:getting|got|gotten|worse|back|bad|out of control)"),
    cue(H, Strong, D, r"\b(?:relapsed|relapse|relapsing|slipped up|slip up)\b {G4}(?:self harm|cutting|cut|hurting {REFL}|burning {REFL})|\b(?:relapsed|relapse) (?:with|into|on) (?:self harm|cutting)\b|\bself harm relapse\b"),
    cue(H, Strong, D, r"\b(?:gave|give|giving|given) in to (?:the |my |his |her )?(?:urges?|temptation) (?:to )?(?:self harm|cut|hurt|burn|harm|hit|scratch)"),
    cue(H, Weak, D, r"\b(?:gave|give|giving|given) in to (?:the |my |his |her )?urges\b"),
    cue(H, Strong, D, r"\b(?:urges?|need) to (?:self harm|cut|hurt {REFL}|harm {REFL}|burn {REFL}) {G4}(?:back|strong|bad|won|came|getting|again|acted|gave in|unbearable|overwhelming)"),
    cue(H, Weak, D, r"\b(?:urges?|urge) to (?:self harm|cut|hurt {REFL}|harm {REFL}|burn {REFL})\b|\bself harm urges?\b"),
    cue(H, Strong, D, r"\bacted on (?:them|it|the urges?|my urges?|the urge)\b")
        .ctx(&[NeedSentence(r"\b(?:urge|urges|self harm|cut|hurt)\b")]),
    cue(H, Strong, HARM, r"\b(?:cut|cutting|cuts|burn|burned|burnt|burning|burns|hit|hitting|hits|punch|punched|punching|punches|hurt|hurting|hurts|harm|harmed|harming|harms|scratch|scratched|scratching|bit|bite|biting|bites|bruise|bruised|bruising|slap|slapped|slapping|carve|carved|carving|stab|stabbed|stabbing|beat|beating|strangle|choke|choking) {REFL}\b")
        .ctx(&[NotBefore(r"\b(?:nearly|almost|could have|might|would never|never)$"), NotAfter(r"^(?:a (?:slice|piece|bit|wedge|chunk|sandwich)|some (?:cake|bread|cheese|slack)|shaving|cooking|chopping|by accident|accidentally|on (?:a|the) (?:tin|can|glass|knife|oven|stove|iron|kettle|pan)|opening|in the (?:kitchen|garden)|falling|lifting|at the gym|playing)\b")]),
    cue(H, Strong, HARM, r"\b(?:cut|cutting|burn|burned|burnt|burning|hit|hitting|punch|punched|punching|scratch|scratched|scratching|bit|bite|biting|bash|bashed|bashing|bang|banged|banging|carve|carved|carving|pick|picked|picking|slap|slapped|slapping|pinch|pinching|pull|pulled|pulling|tear|tearing|tore|rip|ripping|ripped|dig|digging) (?:at )?(?:my|his|her|their) (?:own )?(?:arms?|forearms?|legs?|wrists?|thighs?|shins?|calf|calves|skin|stomach|belly|tummy|hands?|head|face|hips?|body|chest|knuckles|fists?)\b")
        .ctx(&[NeedSentence(ON_PURPOSE)]),
    cue(H, Strong, HARM, r"\b(?:punch|punched|punching|punches|hit|hitting|hits|bang|banged|banging|bangs|bash|bashed|bashing|smash|smashed|smashing|kick|kicked|kicking) (?:my |his |her |their )?(?:head |fists? |hands? )?(?:against |on |into |in )?(?:the |a )?(?:walls?|door|doors|floor|mirror)\b")
        .ctx(&[NeedSentence(r"\b(?:until|over and over|again|when|knuckles|bled|bleed|swell|swelled|helps|to feel|every|whenever|bruise|so hard)\b")]),
    cue(H, Strong, HARM, r"\b(?:i|he|she|they) (?:have |has |had )?(?:just )?(?:cut|burned|burnt) (?:again|tonight|last night|yesterday|today|this (?:morning|week|evening|afternoon)|earlier|after|when|because|before|twice|once|a few times|every|most)\b"),
    cue(H, Strong, HARM, r"\b(?:and|then|so|slipped|slipped up and|relapsed and) (?:cut|burned|burnt|hurt myself|self harmed) (?:again|tonight|last night|yesterday|today)\b"),
    cue(H, Strong, HARM, r"\b(?:started|start|starting|began|begun|been|keep|keeps|kept|back to|am|is|was|are|stop|quit) cutting\b")
        .ctx(&[NotAfter(r"^(?:back|down|out|the|my|his|her|a|an|some|it|them|me|him|us|you|up|off|corners|carbs|sugar|gluten|costs|hair|grass|meat|salt|caffeine|calories|portions|ties|through|in|into|onions|vegetables|veg|coupons|class|school)\b")]),
    cue(H, Strong, HARM, r"\b(?:fresh|new|recent|more) (?:cuts|marks|burns|wounds|scratches|scars|cigarette burns) (?:on|all over|up and down|across) (?:my|his|her|their|the) (?:\w+ )?(?:arms?|legs?|wrists?|thighs?|stomach|body|skin|hands?)"),
    cue(H, Strong, HARM, r"\b(?:found|saw|noticed|seen|spotted|showed me|see) (?:the |some |fresh |new |more )?(?:cuts|marks|burns|scratches|wounds) on (?:my|his|her|their) \w+"),
    cue(H, Strong, HARM, r"\b(?:has|have|been|keeps?|kept|started|start) {ADV}(?:been )?(?:cutting|burning|hitting|scratching|biting|punching|hurting|bruising|carving|stabbing) (?:at )?(?:my|his|her|their) (?:own )?(?:arms?|legs?|wrists?|thighs?|skin|stomach|hands?|body|face|head)\b"),
    cue(H, Strong, HARM, r"\b(?:cut|cutting|slit|slitting|slashed|slashing) (?:my|his|her|their) (?:own )?(?:wrists?|thighs?)\b|\b(?:slit|slitting|slashed|slashing|slash) (?:my|his|her|their) (?:own )?arms?\b"),
    cue(H, Strong, HARM, r"\b(?:scratch|scratching|scratched|pick|picking|picked|dig|digging) (?:at )?(?:myself |my skin |it |himself |herself )?(?:until|till|til) (?:i|it|they|he|she) (?:bleed|bled|bleeds)\b"),
    cue(H, Strong, D, r"\b(?:hiding|hide|hid|cover|covering|covered) (?:it|them|the (?:marks|cuts|scars|burns)|my (?:arms|legs|wrists)) (?:with|under|in) (?:long sleeves|sleeves|a hoodie|hoodies|jumpers|bandages|plasters|makeup)|\b(?:hiding|hide|hid) (?:the )?(?:marks|cuts|burns)\b|\brunning out of (?:ways|places) to hide (?:it|them)\b")
        .ctx(&[NotAfter(MARKS_OF_CARE)]),
    cue(H, Strong, D, r"\b(?:my|his|her) (?:arms|legs|wrists|thighs) (?:are|is) (?:a mess|covered|cut up|in a state) (?:again|in (?:fresh |new )?(?:cuts|marks|scratches|burns))|\b(?:my|his|her) (?:arms|legs|wrists|thighs) (?:are|is) covered in (?:fresh|new) \w+"),
    cue(H, Weak, D, r"\b(?:urges?|urge) (?:is|are|has been|have been|came|come|coming|keep|keeps) {ADV}(?:back|strong|really strong|bad|so bad|overwhelming|loud|louder|getting stronger|winning|won)\b"),
    cue(H, Weak, D, r"\b(?:weeks?|months?|days?|years?) clean (?:, )?(?:gone|ruined|broken|over|down the drain)\b|\bafter (?:\w+ )?(?:weeks?|months?|days?|years?) clean\b"),
    cue(H, Weak, D | ACCIDENT, r"\b(?:might|going to|scared i will|afraid i will|worried i will|worried i might|scared i might|afraid i might|want to|wanna) {ADV}(?:hurt|harm|cut|burn) {REFL}\b"),

    // a lancet or a needle turned on oneself: "stabbing my fingers with the lancet on purpose"
    // (no accident guard: the lancet is named in it, and the act is said to be deliberate)
    cue(H, Strong, D, r"\b(?:stab|stabs|stabbing|stabbed|jab|jabs|jabbing|jabbed|prick|pricks|pricking|pricked|poke|poking|poked|dig|digging|dug) (?:at )?(?:my|his|her|their) (?:own )?(?:fingers?|fingertips?|thumbs?|toes?|hands?|arms?|legs?|thighs?|skin)\b")
        .ctx(&[NeedSentence(DELIBERATE)]),
    // a blade or a lighter used on one's own body
    cue(H, Strong, HARM, r"\b(?:using|used|use|uses|took|take|taking|takes) (?:a |the |my |his |her )?(?:blade|blades|razor|razors|razor blade|sharpener blade|lighter) (?:on|to|against|across) (?:my|his|her|their) (?:own )?(?:\w+ )?(?:arms?|legs?|wrists?|thighs?|skin|stomach|body|hips?)\b")
        .ctx(&[NeedSentence(r"\b(?:again|on purpose|deliberately|to cope|to feel|where (?:no one|nobody|noone) (?:sees|can see|looks)|hiding|hide|urges?|every (?:day|night)|times (?:this|last|a) (?:week|night|day|month))\b")]),
    // the blade at hand beside an urge: two weak cues decide
    cue(H, Weak, D, r"\b(?:the |a |my )?(?:blade|blades|razor|razors) (?:is |are )?(?:right )?(?:next to|beside|in front of|in) (?:me|my hand)\b"),
    // dropped subjects ("Cut again last night.")
    cue(H, Strong, HARM, r"\b(?:cut|burned|burnt|self harmed|hurt myself|scratched myself|hit myself) (?:again|tonight|last night|yesterday|today|this (?:morning|week|evening|afternoon)|earlier|twice)\b")
        .ctx(&[NeedBefore(r"(?:^|,|\band|\bjust|, just|, and)$"), NotAfter(r"^(?:by|at (?:the|a)|in the (?:sun|garden|kitchen)|on (?:the|a)|from|my hair|hair|shaving|cooking)\b")]),
    // a relapse, with self-harm named in its sentence or the next
    cue(H, Strong, D, r"\b(?:relapsed|relapse|relapsing|slipped up|slip up)\b")
        .ctx(&[NeedAround(r"\b(?:self harm\w*|cutting|cut (?:myself|again|my|tonight|last night)|hurt(?:ing)? myself|burn(?:ed|t|ing)? myself|harm(?:ing)? myself)\b"), NotAfter(r"^(?:with|on|into) (?:my|the|drinking|alcohol|smoking|crohns|colitis|flare|ms|lupus|cancer|diet|sugar)\b")]),
    // marks on someone's body, said to be deliberate or repeated
    cue(H, Strong, HARM, r"\b(?:with|has|have|had|got|there are|there were|saw|found|noticed|seen|spotted) (?:new |fresh |more |some |the )?(?:cuts|burns|scratches|marks|wounds) (?:on|all over|up and down|across) (?:my|his|her|their) (?:\w+ )?(?:arms?|legs?|wrists?|thighs?|stomach|skin|hands?)\b")
        .ctx(&[NeedAround(r"\b(?:again|on purpose|deliberately|does it|did it|doing it|admit\w*|hiding|hides|hid|self harm\w*|when (?:things|it|school|life|everything|he|she|they)|to cope|every (?:day|night|week))\b")]),
    // covering fresh marks, and "did it again" beside self-harm words: weak cues, two decide
    cue(H, Weak, D, r"\b(?:long sleeves|sleeves|a hoodie|hoodies|jumpers?|long trousers|jeans|leggings) (?:[^ .]+ ){0,8}(?:because of|to hide|to cover|hiding|covering|so (?:no one|nobody|noone) (?:sees|can see|notices)) (?:the |my |his |her |all the )?(?:fresh |new )?(?:marks|cuts|burns)\b")
        .ctx(&[NotAfter(MARKS_OF_CARE)]),
    cue(H, Weak, D, r"\b(?:did|done|doing|do) it again\b")
        .ctx(&[NeedAround(r"\b(?:marks|cuts|cut|cutting|burns|sleeves|blade|razor|self harm\w*|urges?)\b")]),
];
