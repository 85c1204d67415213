//! Ideation cues: current thoughts of suicide or of wanting to be dead (passive, active,
//! burden, euphemism), in the first or the third person.

use super::cue::{cue, Ctx::*, CueDef, Kind::Ideation as I, Strength::*};
use super::cues_method::{A_HEIGHT, GOING_OFF_THE_SIDE};
use super::guards::{CLIN, COND, DEFAULT as D, EOL, JOKE, NEG, PAST, SUPPLY, THAN};

const SOFT: u16 = D | JOKE | EOL | COND;
/// "life" followed by a product: "what is the use of my life insurance".
const LIFE_PRODUCT: &str = r"^(?:insurance|assurance|savings|cover|policy|coach|admin)\b";
/// After "thinking about jumping / taking them all": the pool, the bandwagon, the chemist.
const NOT_A_METHOD_ACT: &str = r"^(?:(?:off|from|into|in|on|onto|over|at) )?(?:the |a |an |that |my |his |her )?(?:[^ .,]+ )?(?:diving|board|pool|boat|jetty|pier|swing|trampoline|bed|sofa|couch|bandwagon|waiting list|list|plane|bike|horse|ladder|chance|queue|joy|hoops|conclusions|ship|shower|back|to (?:the|a) (?:chemist|pharmacy|clinic)|with (?:breakfast|food|water|lunch|dinner)|in the morning|at (?:night|breakfast|bedtime))\b";

/// After a method act thought of: it is for charity or for fun ("the idea of walking into
/// the sea for charity").
const FOR_FUN: &str = r"\b(?:for (?:charity|a charity|fun|a dip|a swim|a laugh)|sponsored|fundraiser|fundraising|dip|swim|paddle|plunge|bungee|skydive|parachute)\b";
/// After "done fighting": an everyday battle, not the illness or life.
const ORDINARY_FIGHT: &str = r"^(?:with )?(?:the|my|our) (?:traffic|queues?|crowds?|insurers?|insurance|council|system|pharmacy|chemist|landlord|paperwork|phone lines?|car park|bus|commute|weather|school|kids|dog|cat|printer|hoover|garden|weeds)\b";

pub(super) const CUES: &[CueDef] = &[
    // wanting to die, in so many words
    cue(I, Strong, SOFT, r"\b(?:want|wants|wanted|wanting|wish|wishing|need|needs) to {ADV}(?:die|be dead|not be alive|not exist|stop existing|cease to exist|not be here anymore|not be around anymore|not wake up|never wake up|disappear forever|disappear for good|sleep forever|go to sleep forever|go to sleep and (?:not|never) wake up|be gone|be gone for good|end it all|end everything|end my life|end (?:his|her|their) life|{KILL} {REFL}|kms|unalive|join (?:my|his|her) late \w+|give up and die|stop living|stop breathing|stop being alive|disappear and never come back|end (?:my|his|her) (?:suffering|misery|existence))\b")
        .ctx(&[NotAfter(r"^(?:of|from|laughing|at home|in (?:my|his|her|a) (?:own )?bed|with dignity|peacefully|surrounded|when|(?:my|your|her|his|the) (?:hair|clothes|jeans|shirt|roots))\b")]),
    cue(I, Weak, SOFT, r"\b(?:want|wants|wanna|wish|wishing) to {ADV}(?:disappear|vanish|give up|not feel anything|stop feeling)\b"),
    cue(I, Strong, D | EOL, r"\b(?:do not|does not|no longer|not) {ADV}(?:want|wants|wish|wishes) to {ADV}(?:be alive|exist|be in this world|survive|see (?:the|another) (?:morning|day|tomorrow|year)|wake up|be here anymore|be around anymore|be here any ?more|be alive any ?more)\b")
        .ctx(&[NotAfter(r"^(?:early|at|for|so|in the night|every|before)\b"), NotBefore(r"\bwould$")]),
    cue(I, Strong, D | EOL, r"\b(?:do not|does not|no longer|not) {ADV}(?:want|wants|wish|wishes) to {ADV}(?:live|go on|carry on|keep going|keep living|be around|continue|be here)\b")
        .ctx(&[NeedAfter(r"^(?:$|[.,]|and |but |anymore|any more|any longer|like this|this way|with (?:this|it)|another|in this (?:body|world|pain)|if|because|i |tbh|ngl|lol|honestly|really)"), NotBefore(r"\bwould$")]),
    cue(I, Strong, D, r"\b(?:never|do not|does not) {ADV}(?:want|wants) to wake up(?: again| anymore| ever)?\b"),
    // passive: not waking up, not making it
    cue(I, Strong, D | EOL, r"\b(?:hope|hoping|hopes|wish|wishing|wishes|pray|praying|prays|would not mind if|would not care if|do not care if|not care if|would be fine if|would be okay if|be relieved if|would not be sad if|fine if|okay if|better if|rather|happy to|glad to|content to|relieved to) {G6}(?:not|never) {ADV}(?:to )?(?:wake|waking|wakes|woke)\b"),
    cue(I, Strong, D, r"\b(?:hope|hoping|hopes|wish|pray|praying|prays) {G4}(?:not|never) (?:to )?(?:see|make it to|live to see|get to see|wake to) (?:the |another )?(?:morning|tomorrow|winter|spring|summer|christmas|next (?:day|week|year|birthday|christmas|scan)|new year|sunrise)"),
    cue(I, Strong, D, r"\b(?:disappointed|gutted|annoyed|upset|sad|angry|devastated|frustrated|sorry) (?:that|when|because) (?:i|he|she) (?:woke|wake|wakes|still wake|am still alive|is still alive|survived|made it through|did not die)"),
    cue(I, Strong, D, r"\b(?:wish|wishes|wished|wishing) {ADV}(?:that )?(?:i|he|she|they) {ADV}(?:was|were|could be|would be|had been) {ADV}(?:dead|gone|never born|not born|not alive)\b"),
    cue(I, Strong, D, r"\b(?:wish|wishes|wished|wishing) {ADV}(?:that )?(?:i|he|she|they) {ADV}(?:had|would have|could have|would) {ADV}(?:never|not) (?:been born|woken up|woke up|wake up|survived|made it|come round|come around)"),
    cue(I, Strong, D, r"\b(?:wish|wishes|wished|wishing) {ADV}(?:i|he|she|they) (?:could|would|might) {ADV}(?:die|disappear forever|stop existing|not wake up|never wake up|fall asleep forever|fall asleep and never|go to sleep and {ADV}(?:not|never) wake|not exist|cease to exist|vanish|not be here|not be alive)"),
    cue(I, Strong, D, r"\b(?:hope|hoping|hopes|wish|wishing|pray|praying|prays|want|wants|wanting) {G4}(?:the |this |my |his |her |good )?(?:cancer|disease|illness|tumou?r|kidney failure|copd|lupus|ms|condition|body|god|lord|something|someone|somebody|death|universe) (?:would |will |to |could |just |might |finally )*(?:hurry up and )?(?:take|takes|kill|kills|finish|finishes|end|ends) (?:me|him|her)\b"),
    cue(I, Strong, D, r"\b(?:hope|hoping|wish|wishing|pray|praying|want) {G2}(?:my|his|her) heart (?:would |will |to |just |could |finally )*(?:stop|stops|give out|gives out|fail|fails)"),
    cue(I, Strong, D, r"\b(?:wish|wishing|hope|hoping|pray) {G2}(?:a|the|some) (?:car|bus|truck|lorry|train|van) (?:would |will |to |could |just )*(?:hit|hits|run (?:me|him|her) over|kill|take) (?:me|him|her)"),
    cue(I, Strong, D, r"\b(?:part of me|some part of me) {ADV}(?:hopes?|wants?|wishes?|would not mind if) {G3}(?:not|never) (?:make it|survive|wake|come out|pull through|come back)"),
    cue(I, Strong, D, r"\b(?:hope|hoping|pray|praying|wish) (?:i|he|she) (?:do not|does not|will not|would not|did not|never) (?:make it|survive|pull through|come out of|wake up from|come round from)"),
    cue(I, Strong, D, r"\b(?:would not|do not|not) {ADV}(?:mind|care) (?:if|whether) (?:i|he|she) (?:died|die|was dead|were dead|did not make it|did not survive|was gone|got hit|passed|do not make it|never woke up|did not wake up|did not come (?:round|back|out of it)|did not pull through|never came round|slipped away)"),
    cue(I, Strong, D, r"\b(?:would not|do not) {ADV}mind (?:dying|being dead|not waking up|if it all ended)"),
    // relief, should one not come through ("a relief if I didn't survive the op")
    cue(I, Strong, D | EOL, r"\b(?:be|feel like|feels like|would be) {ADV}(?:a |such a )?(?:relief|release|blessing|mercy) (?:if|when) (?:i|he|she) (?:did not|do not|does not|never|would not|could not|will not) {ADV}(?:survive|wake|make it|come (?:round|back|out)|pull through)"),
    // an unwanted idea of a method act that keeps coming ("the idea of stepping out ...")
    cue(I, Strong, D, r"\b(?:idea|thought|urge|image|picture|pull) of (?:stepping|jumping|walking|throwing (?:my|him|her)self|falling|driving) (?:out|off|in front|under|onto|into)\b")
        .ctx(&[NotAfter(FOR_FUN)]),
    // burden: better off without me
    cue(I, Strong, D | JOKE, r"\b(?:better|happier|easier|lighter|calmer|freer|fine|relieved|cope better|manage better|do better|be better|richer) (?:off )?(?:without (?:the (?:worry|burden|bother|hassle|cost|stress|trouble|expense|weight|upkeep) of )?me|if i (?:was|were|am) (?:dead|gone|not here|not around|not alive)|if i {ADV}(?:died|carked it|kicked the bucket|snuffed it|popped my clogs|croaked|disappeared|was not around|were not around|did not exist|was not here|were not here|killed myself|ended it|was gone|were gone)|with me (?:dead|gone)|with (?:the|my) (?:life )?insur\w*)\b"),
    cue(I, Strong, D | JOKE, r"\b(?:i|i would|i will|i am|id|d|he|she|he would|she would|shed|they would|would) {ADV}(?:be )?better off (?:gone|not here|not being here|not waking up|not existing|not alive|not around|not being around|not being alive|not living|in the ground|six feet under)\b"),
    cue(I, Strong, D, r"\b(?:had|have had|i have had|sick of|fed up of|fed up with) enough of (?:living|life|being alive|this life|existing)\b|\b(?:had|have had) enough of (?:life|living)\b"),
    cue(I, Strong, D, r"\b(?:death|dying|being dead|not existing|not waking up|not being here) (?:would|will|sounds|seems|feels|could) {ADV}(?:be )?(?:like )?(?:a |such a )?(?:relief|release|mercy|welcome|blessing|peaceful|nice|easier|better|kinder)\b"),
    cue(I, Strong, D, r"\b(?:no one|nobody|noone|no body) would (?:even )?(?:miss|notice|care|mind) (?:me )?(?:if|when) i (?:was|were|died|disappeared|was gone|were gone|did not wake up|killed myself|was dead)\b"),
    cue(I, Strong, D, r"\b(?:life|my life|it|living) (?:is not|is no longer|is not really|does not feel|not) {ADV}worth (?:living|it anymore|it any more|going on)\b"),
    cue(I, Strong, D, r"\b(?:doing|do) (?:everyone|them|my family|the world|my kids|him|her) a favou?r (?:if|by) (?:i )?(?:died|dying|disappeared|disappearing|was gone|killing myself|ending it|not being here)\b"),
    cue(I, Strong, D | EOL, r"\b(?:wish|wished|wishing|wishes) (?:that )?(?:it|everything|this|life|it all|my life|his life|her life) would {ADV}(?:end|stop|be over|come to an end)\b"),
    cue(I, Strong, SOFT, r"\b(?:want|wants|wanna|wanting) to {ADV}end it\b|\b(?:want|wants) out of (?:this life|life|this world|it all)\b")
        .ctx(&[NotAfter(r"^(?:with|between|off|here|there|on a|for (?:now|today)|early|now with)\b")]),
    cue(I, Weak, D, r"\b(?:do not know|not sure) how (?:much )?long(?:er)? (?:i|he|she) can (?:keep going|go on|carry on|do this|hold on|cope|keep this up)\b"),
    cue(I, Strong, D, r"\b(?:i|he|she|they) (?:have |has |had )?(?:been )?(?:am |is |are )?(?:having|have|has|get|gets|getting|had|keep having|keeps having) {ADV}(?:these |those |some )?suicidal (?:thoughts|ideation|feelings|urges)\b"),
    cue(I, Strong, D, r"\b(?:want|wants|wanting) out\b")
        .ctx(&[NeedAfter(r"^(?:$|[.,]|of (?:this|it|life|here|everything|all))")]),
    cue(I, Strong, D | JOKE, r"\b(?:everyone|everybody|they|my family|the kids|people|the world|we) (?:would|will|d) (?:all )?be better off(?: [.,]| now| really|$)"),
    cue(I, Strong, D, r"\b(?:ask|asking|asked|beg|begging|pray|praying|prays) (?:god|the lord|jesus|the universe|him) (?:every night |each night |daily )?to (?:take|let) (?:me|him|her)\b"),
    // "some nights I wish the Lord would get a move on"
    cue(I, Strong, D, r"\b(?:wish|wishes|wishing|pray|praying|prays|hope|hoping) (?:that )?(?:god|the lord|the good lord|jesus|the man upstairs|him upstairs|the almighty) (?:would|will|could) {ADV}(?:get a move on|hurry up|hurry|take me|call me home|come for me|let me go)\b")
        .ctx(&[NotAfter(r"^(?:and|with|on|to)\b")]),
    cue(I, Strong, NEG | CLIN, r"\b(?:i|he|she|id|d) (?:would|will|might|d) (?:have )?(?:killed {REFL}|ended (?:it|my life|things|it all)|been dead|done it|taken my (?:own )?life) (?:by now|already|long ago|years ago|before now)\b"),
    cue(I, Strong, D, r"\b(?:tried|attempted|tries|try) to (?:kill {REFL}|end (?:my|his|her|their) (?:own )?life|take (?:my|his|her|their) (?:own )?life|overdose)\b|\b(?:attempted suicide|made an attempt|suicide attempt)\b")
        .ctx(&[NeedSentence(r"\b(?:last night|yesterday|today|tonight|this (?:morning|week|weekend|evening)|earlier|a few days ago|hours ago|at the weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|just)\b|\b(?:tried|attempted) again\b")]),
    cue(I, Strong, D, r"\b(?:only|just) (?:staying|stay|stayed|still|am|keeping myself) {ADV}(?:alive|here|around|going) (?:for|because of)\b"),
    cue(I, Strong, D, r"\bif (?:i|he|she) (?:got|get|was|were) (?:hit|run over|killed) {G6}(?:would not|do not|not) (?:mind|care)\b|\b(?:would not|do not) (?:mind|care) if (?:a|the) (?:bus|car|truck|lorry|train) (?:hit|hits|ran over|killed) (?:me|him|her)\b"),
    cue(I, Strong, D, r"\b(?:thoughts|mind|head|brain) (?:keep|keeps|kept|always|often|constantly) {ADV}(?:go|going|goes|turn|turning|turns|drift|drifting|drifts|return|returning|returns|come back|coming back) to (?:suicide|death|dying|ending it|ending my life|killing {REFL})\b"),
    cue(I, Strong, D, r"\b(?:do not|does not) (?:care|mind) (?:if|whether) (?:i|he|she) (?:live|lives) or (?:die|dies)\b"),
    cue(I, Strong, D, r"\b(?:death|dying|suicide|killing {REFL}|ending it|ending my life) (?:is|seems|feels like|would be|looks like) (?:the|my) (?:only )?(?:way out|option|answer|escape|solution|choice|way)\b"),
    cue(I, Strong, D, r"\b(?:happier|better off|better) {G4}(?:me|i am|i was) (?:gone|dead|out of the (?:way|picture))\b"),
    cue(I, Weak, D, r"\b(?:i am|i feel) {ADV}(?:done|ready)\b")
        .ctx(&[NeedAfter(r"^(?:$|[.,]|now\b|to go\b|for it\b|with (?:everything|it all|this)\b)")]),
    cue(I, Strong, D, r"\b(?:would|d|i would) {ADV}(?:happily|gladly|willingly) (?:go to sleep and (?:not|never) wake up|die|not wake up|be dead|not exist|never wake up)\b"),
    cue(I, Strong, D | EOL, r"\b(?:pray|praying|prays|wish|wishing|long|longing|hope|hoping) for (?:death|the end|it to end|my death|god to take me|an end)\b"),
    cue(I, Weak, D | EOL, r"\b(?:do not|does not|can not) see (?:myself|himself|herself) (?:living|being (?:here|alive|around)|alive|around|here) (?:much longer|for long|long|past|next|to)\b"),
    cue(I, Strong, D, r"\b(?:part of me|i) {ADV}(?:hopes?|wish(?:es)?|wants?) (?:that )?(?:the |my )?(?:surgery|operation|op|treatment|transplant|chemo|anaesthetic|anesthetic) (?:goes|will go|would go|to go|fails|will fail|would fail|to fail|does not work) ?(?:wrong|badly)?\b"),
    cue(I, Strong, D, r"\b(?:looking at|looked at|reading about|read about|searching for|searched for|researching|looking into) (?:ways to die|how to die|ways to (?:kill {REFL}|end it|end my life)|how to (?:kill {REFL}|end it|end my life)|suicide methods)\b"),
    cue(I, Strong, D, r"\bworld (?:would be|is|will be) {ADV}(?:better|lighter|happier|fine|a better place) without me\b"),
    cue(I, Strong, D | JOKE | THAN, r"\bbetter off dead\b")
        .ctx(&[NotAfter(r"^(?:or (?:[^ .]+ ){0,4})?(?:one|question|item)\b")]),
    cue(I, Strong, D, r"\b(?:better|happier|easier) (?:off )?(?:without (?:him|her|them)|if (?:he|she|they) (?:died|was dead|were dead|was gone|were gone|disappeared|was not around|were not around|did not exist|was not here|were not here|killed (?:himself|herself|themselves)))")
        .ctx(&[NeedBefore(r"\b(?:says|said|saying|told|tells|keeps|thinks|thought|believes|feels|felt|texted|wrote|messaged|admitted|convinced|insists)\b")])
        .other(),
    cue(I, Weak, D, r"\b(?:i am|i feel like|i feel|feeling like|feel like|he is|she is|he feels|she feels) {ADV}(?:a|such a|just a|nothing but a|only a|the) {ADV}(?:burden|waste of space|waste of (?:a |my |his |her )?\w+ (?:kidney|liver|heart|life|lungs?)|waste of oxygen|drain on (?:everyone|my family|them|us))"),
    cue(I, Weak, D, r"\bwaste of (?:my|his|her) \w+ kidney\b"),
    // tired of living, no reason to go on
    cue(I, Strong, D, r"\b(?:tired|sick|exhausted|weary) (?:of|with) {ADV}(?:being alive|living|life|existing|being here|waking up|this life|staying alive)\b"),
    cue(I, Strong, D, r"\b(?:i am|im|he is|she is) {ADV}done with (?:life|living|being alive|existing|this life|it all|everything)\b"),
    cue(I, Weak, D, r"\b(?:tired|sick) of it all\b|\bdone fighting\b|\bso tired of fighting\b|\bcan not fight (?:this|it|anymore|any more)")
        .ctx(&[NotAfter(ORDINARY_FIGHT)]),
    cue(I, Strong, D, r"\b(?:lost|losing|have no|no|without any|not any) (?:the |my |his |her |all |more )?(?:will|wish|desire|reason|want) to (?:live|go on|carry on|keep living)\b|\b(?:do not|does not) (?:wish|desire) to (?:live|go on)\b"),
    cue(I, Strong, D, r"\b(?:no|not a|not any|do not see (?:a|any|the)|can not see (?:a|any|the)|there is no|is no) {ADV}(?:reason|point|purpose) (?:to|in|for me to|of|for) (?:keep |keeping |go |going |carry |carrying |\w+ )?(?:living|live|being alive|be alive|going on|staying alive|stay alive|existing|exist|waking up|wake up|carry on|carrying on|being here|be here|life)\b")
        .ctx(&[NotAfter(r"^(?:holiday|vacation|a |the |with |about |trips?|to the|in the)")]),
    cue(I, Strong, D, r"\bwhat is the (?:point|use) (?:of|in) (?:living|being alive|going on|carrying on|life|my life|existing|staying alive|waking up|being here)\b")
        .ctx(&[NotAfter(LIFE_PRODUCT)]),
    cue(I, Weak, D, r"\bwhat is (?:even )?the point (?:of|in) (?:any of )?(?:this|it|anything|trying|any of it|me)\b|\bwhat is the point anymore\b"),
    cue(I, Strong, D, r"\bwhy (?:am i|is he|is she|are they|i am|he is|she is|they are) {ADV}(?:still )?(?:alive|living|breathing|still here)\b")
        .ctx(&[NotAfter(r"^(?:in|at|on|waiting|so|this|after|when)\b")]),
    cue(I, Strong, D, r"\bwhy (?:am i|i am) (?:even|still) here\b")
        .ctx(&[NotAfter(r"^(?:in|at|on|waiting|so|this|after|when|lol)\b")]),
    cue(I, Strong, D, r"\b(?:it would|it will|would it not|would it|it might|could it|it would just) {ADV}be {ADV}(?:easier|better|a relief|simpler|peaceful|nicer|nice|good|lovely|kinder|best|for the best|more peaceful) (?:for everyone )?(?:to|if i|if he|if she) {ADV}(?:die|died|not exist|did not exist|not be here|was not here|were not here|not be alive|was not alive|not wake up|did not wake up|be dead|was dead|were dead|was gone|were gone|was not around|were not around|not be around|disappear|disappeared|stop existing|end it|ended it|go to sleep forever|not be)\b"),
    cue(I, Strong, D | JOKE | THAN, r"\b(?:would|i would|he would|she would|id|d|shed) {ADV}rather {ADV}(?:die|be dead|not be alive|not exist|not be here|be gone|not wake up|not live|not be around)\b")
        .ctx(&[NotAfter(r"^(?:of|laughing)\b")]),
    cue(I, Weak, D | EOL, r"\b(?:waiting|wait) (?:to die|for (?:death|the end)|for it (?:all )?to (?:end|be over))\b"),
    cue(I, Strong, D, r"\b(?:want|wants|wanting) (?:it|death|the end) to (?:hurry up|come (?:sooner|quicker|faster))"),
    cue(I, Strong, D | EOL, r"\b(?:want|wants|wanting|need|needs) (?:it|it all|everything|all of it|this|life|my life) {ADV}to (?:end|stop|be over|finish)(?: for good| forever| permanently)\b"),
    cue(I, Strong, D | EOL, r"\b(?:want|wants|wanting) (?:it all|everything|all of it|my life|his life|her life) {ADV}to (?:end|stop|be over)\b"),
    cue(I, Weak, D | EOL, r"\b(?:want|wants|wanting) (?:it|this) {ADV}(?:to end|to be over|over with|to stop)\b"),
    cue(I, Strong, D, r"\b(?:brain|head|mind|thoughts|voices?|depression|illness) (?:keeps?|is|are|has been|have been|keep) (?:telling|saying|screaming at|whispering to|begging) (?:me|him|her)? ?(?:to )?(?:end it|kill|die|to die|just die|i should die|that i should (?:die|not be here|end it)|i should end it|i would be better off)"),
    cue(I, Strong, D, r"\b(?:i|he|she) should {ADV}(?:be dead|have died|just die|die|not have woken up)\b"),
    cue(I, Weak, D, r"\b(?:i|he|she) should {ADV}(?:be gone|not be here|not be alive|not exist)\b"),
    // euphemisms
    cue(I, Strong, SOFT, r"\b(?:kms|unaliving|unalived|unalive|topping {REFL}|top {REFL}|off {REFL}|offing {REFL}|end it all|ending it all|end (?:my|his|her) own life|kill {REFL}|killing {REFL}|(?:do|doing|did) away with {REFL})\b")
        .ctx(&[
            NotBefore(r"\b(?:nearly|almost|practically|basically) (?:\w+ )?$|\bcould$"),
            NotAfter(r"^(?:trying|to (?:get|keep|finish|make)|with (?:work|overtime)|working|at (?:work|the gym)|over (?:this|it)|for (?:this|that|nothing)|laughing)\b"),
        ]),
    cue(I, Strong, D, r"\b(?:checking|check|checked) out (?:for good|permanently|early|of (?:life|this world)|forever)\b"),
    cue(I, Strong, D, r"\b(?:i|he|she) (?:will|would|shall|wish to|want to|wish i could|want to just|soon) ?be no more\b|\bi am no more\b|\bsoon i will be no more\b"),
    cue(I, Strong, D, r"\b(?:i am|he is|she is|they are|i have been|he has been|she has been|been|i feel|he feels|she feels|feeling|feel|getting|get|got|becoming|went|go) {ADV}suicidal\b")
        .ctx(&[NotAfter(r"^(?:thoughts? (?:are|is|as) a|ideation (?:is|as) a)")]),
    cue(I, Strong, D, r"\bsuicidal (?:again|lately|recently|these days|right now|at the moment|atm|most days|every day|all the time|tonight|today|this week|since)\b"),
    cue(I, Strong, D, r"\b(?:thoughts|thinking|thought|think|thinks|ideas?|feelings|urges|fantasies|fantasi[sz]ing|fantasi[sz]e|dreaming|obsessing) {ADV}(?:of|about) {ADV}(?:suicide|killing {REFL}|ending (?:it|it all|things|everything|my life|his life|her life|their life|my own life)|taking (?:my|his|her|their) (?:own )?life|not being (?:alive|here|around)|not existing|being dead|unaliving {REFL}|topping {REFL}|kms|hurting {REFL}|harming {REFL}|how (?:i|he|she) would do it|ways to die|not waking up|jumping|stepping off|stepping in front|overdosing|not wanting to (?:live|be alive|be here|exist|wake up|go on)|swerving|crashing (?:the|my|into)|driving (?:into|off)|steering (?:into|off)|walking into|taking (?:all )?(?:my|the|his|her|those) (?:pills|tablets)|taking them all|using (?:it|them|the \w+) on {REFL})\b")
        .ctx(&[NotAfter(r"^(?:prevention|awareness|risk|rates?|statistics|in the news|hotlines?|helplines?|line|with (?:the|my) class)"), NotAfter(NOT_A_METHOD_ACT), NotAfter(FOR_FUN)]),
    cue(I, Weak, D | EOL, r"\b(?:thoughts|thinking|thought|think) (?:of|about) (?:dying|death|my death)\b"),
    cue(I, Strong, D | EOL, r"\b(?:fantasi[sz]\w*|daydream\w*|dreaming|dream|long|longing|yearning) (?:about|of|for) (?:dying|death|being dead|my death|not waking up|the end)\b"),
    cue(I, Strong, D, r"\b(?:think|thinks|thinking|thought|talks|talked|talking|dream|dreaming|fantasi[sz]\w*) about (?:using|taking|swallowing|doing|turning) (?:[^ .,]+ ){1,6}on {REFL}"),
    cue(I, Strong, D, r"\b(?:do not|does not) (?:think|know if) (?:i|he|she) (?:want|wants|wanna) to (?:live|be alive|be here|be around|go on|keep going|carry on|exist)\b"),
    cue(I, Strong, D, r"\b(?:think|thinking|thought|wonder|wondering|imagine|imagining) (?:about )?(?:how|if|whether) (?:i|he|she) (?:could|would|might) {ADV}(?:stop existing|not exist|disappear and|die|not be here|end it|vanish)"),
    cue(I, Strong, D, r"\b(?:talking|talks|talked|talk|going on|joking|jokes|joked|posting|writing|writes|wrote|texting|texted|messaging|mentioning|mentions|mentioned) {ADV}(?:a lot |lots |constantly |again |more )?about (?:suicide|killing {REFL}|ending (?:it|his life|her life|my life|their life|things|it all)|wanting to die|not wanting to (?:live|be here|be alive)|not being here|being dead)")
        .ctx(&[NotAfter(r"^(?:prevention|awareness|risk|rates?|statistics|in the news|at (?:school|work)|in class|with the)")]),
    cue(I, Strong, D, r"\bsuicide (?:is|has been|keeps|was|kept|is always|is never far) {ADV}(?:on my mind|in my head|on his mind|on her mind|creeping|coming back|calling|tempting|appealing|looking like|seeming like|feels like|seems like|in my thoughts)"),
    cue(I, Strong, D, r"\b(?:idea|thought|option|prospect|urge|pull) of (?:suicide|killing {REFL}|ending (?:it|it all|my life|things)|dying|not waking up|not being here|being dead) (?:keeps|is|has been|calms|comforts|soothes|gets|sounds|feels|seems|appeals|becomes|grows|will not|does not|never)"),
    cue(I, Strong, D, r"\bsuicide (?:as|is|seems like|feels like) (?:an|the|my) (?:only )?(?:option|answer|way out|solution)\b"),
    cue(I, Strong, D, r"\b(?:considering|contemplating|pondering|researching|googling|googled|looking up|looked up|searching|searched) (?:suicide|killing {REFL}|ending (?:my|his|her) life|ways to die|how to die|how to kill {REFL}|painless ways|ways to end it|how to end it)\b")
        .ctx(&[NotAfter(r"^(?:prevention|awareness|rates|statistics|risk)")]),
    cue(I, Strong, D, r"\b(?:looking up|looked up|googling|googled|called|calling|rang|ringing|texted|texting|phoned|phoning|messaged) (?:a |the )?(?:suicide|crisis) (?:hotline|helpline|line|number|lines|hotlines|helplines|text line)\b|\b(?:called|calling|rang|ringing|texted|texting|phoned|phoning) (?:the )?(?:samaritans|lifeline|988|crisis team|kids helpline)\b"),
    cue(I, Strong, D, r"\b(?:scared|afraid|frightened|terrified|worried) (?:of )?what (?:i|he|she) (?:might|will|could|may) do(?: to (?:myself|himself|herself))?\b"),
    cue(I, Strong, D | COND, r"\b(?:might|may|could|going to|scared i will|afraid i will|worried i will|worried i might|scared i might|afraid i might) {ADV}(?:do something (?:stupid|drastic|silly|dumb|i can not take back|permanent)|end it|end my life)\b")
        .ctx(&[NotAfter(r"^(?:with|here|now|there|for)\b")]),
    cue(I, Strong, D | JOKE, r"\b(?:feel|feels|feeling|felt) like {ADV}(?:dying|i want to die|i should die|ending it|ending (?:it all|my life|things)|killing {REFL}|giving up on (?:life|living)|i am better off dead|not being here|not existing|disappearing forever)\b")
        .ctx(&[NotAfter(r"^(?:of|after|from|lol)\b")]),
    cue(I, Weak, D, r"\b(?:given|give|giving|gave) up on (?:life|living|everything|myself)\b"),
    cue(I, Weak, D, r"\bcan not {ADV}(?:do|take|handle|cope with|face|bear|stand|deal with|survive) (?:this|it|any of this|it all|life|living|another day) {ADV}(?:anymore|any more|any longer|much longer)\b"),
    cue(I, Weak, D, r"\bcan not {ADV}(?:do|face|take|handle|survive|get through) (?:another|one more) (?:day|night|week)\b|\bcan not do this for another \w+ (?:years|decades)\b"),
    cue(I, Weak, D, r"\bcan not {ADV}(?:go on|keep going|carry on|keep living|live|continue) (?:like this|this way|anymore|any more|any longer|much longer)\b"),
    cue(I, Strong, D, r"\b(?:if it (?:was|were) not for|if not for|were it not for) {G4}(?:i|he|she) (?:would|will|might|d) {ADV}(?:have )?(?:ended (?:it|my life|things)|killed {REFL}|be dead|been dead|be gone|been gone|done it|not be here|gone through with it|taken my (?:own )?life)"),
    cue(I, Strong, D, r"\b(?:the )?only (?:thing|reason|one|person|things) (?:keeping|that keeps|stopping|that stops) (?:me|him|her) (?:alive|here|going|from (?:ending|killing|doing it))|\b(?:only|still) (?:alive|here) (?:because of|for) (?:my|the|his|her)\b"),
    cue(I, Strong, D, r"\blied (?:to (?:the|my|her|his) \w+ )?(?:when|about|that)\b {G6}(?:suicid\w*|killing {REFL}|ending (?:it|my life)|thoughts|self harm|harming {REFL}|wanting to die|want to die)"),
    cue(I, Strong, CLIN, r"\b(?:answered|said|ticked|circled|put|put down) (?:a )?yes (?:to|on|when|for) {G6}(?:question 9|question nine|the last question|phq ?9|suicid\w*|thoughts of|killing {REFL}|harming {REFL}|better off dead|ending)")
        .ctx(&[NotAfter(r"^(?:as a joke|by mistake|by accident)")]),
    cue(I, Weak, D, r"\b(?:think|thinking|thought) about (?:it|doing it|them|using (?:it|them)|taking them|that|going there) {ADV}(?:every (?:day|night)|all the time|constantly|more and more|a lot|most (?:days|nights)|all day|so much|every night)\b"),
    cue(I, Weak, D, r"\b(?:want|wants|ready) to go\b")
        .ctx(&[NeedAfter(r"^(?:$|[.,]|now\b|already\b|for good\b|to (?:heaven|god|be with))")]),
    cue(I, Strong, D, r"\bnot sure (?:i|he|she) (?:want|wants|wanna) to (?:be alive|live|be here|go on|keep going|exist|carry on|keep living|be around|stay alive)\b"),
    cue(I, Strong, D, r"\b(?:do not|does not) know (?:if|whether|why) (?:i|he|she) (?:want|wants|should|would|even) (?:to )?(?:be alive|live|go on|keep going|stay alive|be here|bother living|keep living)\b|\b(?:do not|does not) know why (?:i am|he is|she is) (?:still )?(?:alive|here|living|breathing)\b"),
    cue(I, Strong, D, r"\b(?:only|one) way out (?:i can see |left |for me )?(?:is|would be) (?:to )?(?:not be(?:ing)? here|death|dying|die|suicide|to die|end it|ending it|not existing)"),
    cue(I, Strong, D, r"\bcan not see a future (?:where|in which) (?:i am|i|he is|she is) (?:still )?(?:here|alive|around)\b"),
    cue(I, Weak, D, r"\bcan not see (?:a|any|my) (?:future|way out|way forward)\b"),
    cue(I, Strong, D, r"\b(?:do not|does not) deserve to (?:live|be alive|exist|be here)\b"),
    cue(I, Strong, D, r"\b(?:hate|hating|hates) (?:being alive|existing|still being alive)\b"),
    cue(I, Weak, D, r"\b(?:hate|hating|hates) (?:my life|waking up|living)\b"),
    cue(I, Weak, D, r"\b(?:i|he|she) wish(?:es)? (?:i|he|she) (?:did not|had not|would not|could not|was not|were not)(?: [.,]| and|$)"),
    cue(I, Strong, D, r"\b(?:how|that|and) (?:it|everything|things) (?:would|will|could) (?:all )?(?:be over|end (?:things|it|everything)|stop|be so easy|be easier|all end)\b")
        .ctx(&[NeedBefore(r"\b(?:think|thinking|thought|thoughts|imagine|imagining|picture|wonder|wondering|fantasi\w*|keep|about)\b")]),
    cue(I, Strong, D, r"\bnot suicidal\b[^.]*\. (?:actually|well|ok|okay|but) (?:i am|yes|i think i am)\b"),
    cue(I, Strong, D, r"\bbetter off without (?:a|an) \w+ like me\b|\b(?:cope|do|manage) better (?:with|without) (?:\w+ ){0,3}than with me\b"),

    // "how easy it would be to not be here", in the thinking or picturing voice
    cue(I, Strong, D | JOKE, r"\bhow (?:much )?(?:easy|essy|eazy|easey|easier|easer|nice|nicer|peaceful|simple|simpler|good|lovely|quiet|restful|better|calm|freeing|kind) (?:it|everything|things|life) (?:would|could|will|might) (?:all )?be (?:for everyone )?(?:to|if i|if he|if she) {ADV}(?:die|died|not exist|did not exist|not be here|was not here|were not here|not be alive|was not alive|not wake up|did not wake up|never wake up|be dead|was dead|were dead|was gone|were gone|was not around|were not around|not be around|disappear|disappeared|stop existing|end it|ended it|go to sleep forever|go to sleep and (?:not|never) wake up|fall asleep and (?:not|never) wake up|not be|stop breathing|slip away|let go|kill {REFL}|killed {REFL}|take (?:my|his|her) (?:own )?life)\b")
        .ctx(&[NotAfter(r"^(?:with|between|of (?:the|this) (?:job|group|thread|relationship))\b")]),
    // dropped subjects ("Been having suicidal thoughts since ...")
    cue(I, Strong, D, r"\b(?:having|getting|had|got) {ADV}(?:these |those |some |the |more |a lot of |lots of )?(?:suicidal (?:thoughts|ideation|feelings|urges)|thoughts of (?:suicide|killing {REFL}|ending (?:it|it all|my life|things)|not being here|dying|being dead))\b")
        .ctx(&[NeedBefore(r"(?:^|,|\band)(?: ?(?:been|still|keep|always|now|also))?$")]),
    // a "no" on a screening that was a lie
    cue(I, Strong, D, r"\b(?:said|answered|ticked|told (?:them|her|him|the \w+|my \w+)) (?:no|i was (?:fine|safe|okay|ok|alright))\b (?:[^ .]+ ){0,6}(?:lied|was lying|(?:that|it) (?:was|is) (?:a lie|not true)|was not (?:being )?(?:honest|truthful))\b|\blied (?:to (?:the|my|her|his|them|him) ?\w* )?(?:and said|when (?:she|he|they|the \w+|my \w+) asked|on the (?:form|questionnaire|screening))\b|\b(?:that|it) was a lie\b")
        .ctx(&[NeedAround(r"\b(?:suicid\w*|kill\w* {REFL}|end(?:ing)? (?:it|my life|things)|die|dying|dead|harm\w* {REFL}|hurt\w* {REFL}|safe|self harm|thoughts|alive)\b")]),
    // wanting it over, in the would-like voice
    cue(I, Strong, D | EOL, r"\b(?:would|should) {ADV}(?:very much |so much |much )?(?:like|love|prefer) (?:for )?(?:it all|everything|all of it|my life|life|this life|the whole thing) {ADV}to {ADV}(?:be over|end|stop|finish)\b"),
    cue(I, Weak, D | EOL, r"\b(?:would|should) {ADV}(?:very much |so much |much )?(?:like|love|prefer) (?:for )?(?:it|this) {ADV}to {ADV}(?:be over|end|stop|finish)(?: now| for good| forever| soon)?(?: [.,]|$)"),
    // no way out but dying
    cue(I, Strong, PAST | CLIN, r"\bway out (?:of (?:this|it|here|all this|the pain) )?(?:except|but|other than|apart from|besides|than|except for) (?:by )?(?:dying|death|to die|die|suicide|ending (?:it|things|my life|it all)|killing {REFL}|not being here|not existing)\b"),
    // thinking of taking the saved means: counts only with a method in the post
    cue(I, Weak, D | SUPPLY, r"\b(?:think|thinks|thinking|thought) (?:about|of) (?:taking|using|swallowing) (?:them|it|those|these|that)(?: all)?\b")
        .ctx(&[NotAfter(r"^(?:back|to|off|out|with|in|for|into|along|home|apart|up|down)\b")]),
    // thinking of stopping treatment on purpose
    cue(I, Strong, D | EOL, r"\b(?:think|thinks|thinking|thought|thoughts) (?:about|of) {ADV}(?:stopping|skipping|not taking|coming off|quitting|missing) (?:[^ .,]+ ){1,4}(?:on purpose|deliberately|so (?:it|i|that)|and (?:just )?let(?:ting)? (?:it|nature|the))"),
    // wishing the end would come; letting the illness take one; wanting it to be the end
    cue(I, Strong, D | EOL, r"\b(?:wish|wishes|wishing|wished|hope|hoping|pray|praying|long|longing) (?:for )?(?:that )?the end (?:would|will|to|could|might) {ADV}(?:come|hurry|arrive|be here|get here)\b")
        .ctx(&[NotAfter(r"^(?:\w+ ){0,2}(?:for|to) (?:her|him|them|my|mum|mom|dad|nan|gran|grandad|grandma)\b")]),
    cue(I, Strong, D | EOL, r"\b(?:let|lets|letting) (?:it|this|death|nature|(?:the|my|his|her) (?:cancer|disease|illness|kidneys?|heart|lungs|tumou?r|condition|sickness|ms|copd|lupus|failure|infection|diabetes|sugars)) (?:just )?(?:take|have|claim) (?:me|him|her)\b")
        .ctx(&[NotAfter(r"^(?:to|out|home|for|back|there|along|with|shopping|in|round|around|on|away|through|up|down|into|somewhere)\b")]),
    cue(I, Strong, D, r"\b(?:want|wants|wanting|wanted|hope|hoping|wish|wishing) (?:it|this|that)(?: \w+)? to be the end of (?:me|him|her)\b"),
    // "I'd be lying if I said I don't want to be dead": the negation is denied
    cue(I, Strong, D, r"\blying if i (?:said|say|told you) (?:that )?i (?:do not|did not|never) {ADV}(?:want|wish|think about|think of) (?:to )?(?:be dead|die|dying|not be here|end it|ending it|{KILL} {REFL})\b"),
    // Indian English "thinking to end my life"
    cue(I, Strong, D | COND, r"\b(?:thinking|think|thought|thinks) {ADV}to {ADV}(?:end (?:my|his|her) (?:own )?life|end it all|kill {REFL}|commit suicide|finish (?:my|his|her) life|end (?:myself|everything))\b"),
    // a seizure, a hypo, a crisis wished to be the one that kills
    cue(I, Strong, D, r"\b(?:wish|wishing|hope|hoping|pray|praying) {G8}(?:would|will|could) (?:just )?be the one (?:that|which|to) (?:kills|takes|finishes|kill|take|finish) (?:me|him|her)\b"),
    cue(I, Strong, D, r"\b(?:thinking|think|thought|thoughts) (?:about|bout|of) (?:checking out|clocking out|logging off) (?:for (?:real|good)|permanently|forever)\b"),
    // saving the means "in case" one decides one has had enough
    cue(I, Strong, NEG | CLIN, r"\b(?:in case|if) (?:she|he|i|they) (?:ever )?(?:decides?|decided|wants?|chooses?) (?:that )?(?:she|he|i|they) (?:has |have |s |had |is |am )?(?:had enough|done|finished)\b"),
    // the thought of quitting a treatment that keeps one alive
    cue(I, Strong, D | EOL, r"\b(?:thought|idea|urge|temptation|pull) is (?:to )?(?:just )?(?:quit|stop|skip) (?:the |my )?(?:[^ .,]+ )?(?:dialysis|insulin|anti rejection \w+|immunosuppressants?|tacrolimus|transplant (?:meds|medication|tablets))\b"),
    // picturing the wheel turned off the road
    cue(I, Strong, D, r"\b(?:picture|pictures|picturing|imagine|imagines|imagining|think about|thinking about|thinking of) (?:[^ .,]+ ){0,3}(?:turning|yanking|jerking|swerving) the wheel\b"),
    // the thoughts are back ("the suicidal thoughts have come back this week")
    cue(I, Strong, D, r"\b(?:suicidal (?:thoughts|feelings|urges|ideation)|thoughts (?:of|about) (?:suicide|killing {REFL}|ending (?:it|it all|my life|things)|dying|not being here|being dead)) (?:(?:are|is|have|has|have been|has been|keep|keeps) {ADV}(?:back|coming back|come back|creeping back|getting (?:louder|worse|stronger)|louder|worse|stronger|bad again)|{ADV}(?:came back|come back|coming back|returned|creeping back))\b")
        .ctx(&[NotAfter(r"^(?:in|when|then)\b")]),
    // nothing to live for; wanting to be with someone who has died
    cue(I, Strong, D, r"\b(?:nothing|nothing left|nothing much|not much|no one|nobody|none) (?:left )?(?:to live for|worth living for)\b|\b(?:have|has|got|there is) no (?:reason )?(?:left )?to live\b|\bno(?:thing)? left to live for\b"),
    cue(I, Strong, D, r"\b(?:want|wants|wanting|wish|long|longing|ready|want is|wish is) to (?:be with|join|see) (?:my|his|her) late \w+(?: again)?\b|\bjoin (?:my|his|her) (?:late )?\w+ (?:in heaven|on the other side|up there)\b"),
    // Indian English: "no use of my living"
    cue(I, Strong, D | JOKE, r"\b(?:no|what is the|whats the|what use is the) use (?:of|in) (?:my |me )?(?:living|being alive|staying alive|life)\b")
        .ctx(&[NotAfter(LIFE_PRODUCT)]),
    // picturing one's own funeral with relief (someone else's funeral is grief, not this)
    cue(I, Strong, NEG | PAST | EOL, r"\b(?:picture|picturing|pictured|imagine|imagining|imagined|think about|thinking about|daydream\w* about|dream\w* about) (?:my|his|her) own funeral\b")
        .ctx(&[NeedAround(r"\b(?:relief|relieved|peace|peaceful|calm|happy|nice|better|comfort\w*)\b")]),
    // "I think about my funeral and it feels like relief"
    cue(I, Strong, NEG | PAST | EOL, r"\b(?:picture|picturing|pictured|imagine|imagining|imagined|think about|thinking about|daydream\w* about|dream\w* about) my funeral\b")
        .ctx(&[NeedAround(r"\b(?:relief|relieved|peace|peaceful|comfort\w*)\b")]),
    // thoughts of a method act ("she thinks about driving her car into a tree",
    // "I wonder about jumping off"): ideation, and the method cues of the sentence tie to it
    cue(I, Strong, D | JOKE | COND, r"\b(?:think|thinks|thinking|thought|wonder|wonders|wondering|wondered|picture|pictures|picturing|imagine|imagines|imagining|fantasi[sz]e\w*|daydream\w*) (?:about |of )?(?:[^ .,]+ ){0,3}(?:jumping (?:off|from|in front)|stepping (?:off|in front|out in front)|throwing (?:my|him|her)self (?:off|from|in front|under)|(?:driving|crashing|swerving|steering) (?:[^ .,]+ ){0,3}(?:into|off) (?:a |the |an |oncoming )?(?:tree|wall|river|lake|sea|lorry|truck|traffic|barrier|bridge|cliff|edge|pole|train|bus)|hanging (?:my|him|her)self|drowning (?:my|him|her)self|(?:taking|swallowing) (?:them all|it all|all of (?:them|it)|the lot|all (?:my|his|her|the) \w+))\b")
        .ctx(&[NotAfter(NOT_A_METHOD_ACT)]),
    // "every time I drive over the bridge I think about going off the side"
    cue(I, Strong, D | JOKE | COND, GOING_OFF_THE_SIDE).ctx(&[NeedAround(A_HEIGHT)]),
    // stopping a treatment that keeps one alive, thought of as a way to die ("thinking to
    // stop coming for dialysis and just finish")
    cue(I, Strong, D | EOL | COND, r"\b(?:think|thinks|thinking|thought|considering|tempted|want|wanting|wish|idea of|thought of|thoughts of) (?:about |of |to |that )?(?:(?:i|he|she) (?:should|could|might|would|will) )?(?:just |quietly |secretly )?(?:stop|stopping|quit|quitting|skip|skipping|missing|not turning up|not going|not showing up)(?: coming| going)?(?: to| for)? (?:my |the |all my |his |her )?(?:dialysis|insulin|anti rejection \w+|transplant (?:meds|medication|tablets)|immunosuppressants?|tacrolimus|steroids) (?:anymore |any more )?(?:[^ .]+ ){0,5}(?:and|to|so|so that) (?:(?:i|it|it all|he|she|everything) (?:can |will |would |could )?)?(?:just )?(?:die|finish|end it|ends?|stops|is over|be over|be gone|go|(?:let|letting) (?:it|everything|it all) (?:happen|take me|finish|end|be over)|never wake)\b"),
];
