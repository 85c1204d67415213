//! The word patterns behind the guards (see `guards.rs`), on normalised text.

/// The sentence is about the past or about recovery.
pub(super) const PAST: &str = r"\b(?:years? ago|months ago|decades? ago|a long time ago|long ago|ages ago|when i was (?:a |an |younger|little|(?:in|at) (?:school|college|uni|university|high school)|\d+|\w+teen|twelve|twenty|young|first|a teen|a teenager|a kid|pregnant)|as a (?:teen|teenager|kid|child|student|young)|in my (?:teens|twenties|thirties|20s|30s|youth|early|late)|in the past|back (?:in|when|then)|used to|in recovery|recovered|recovering from|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|some) (?:years?|months?|weeks?|decades?) (?:clean|free|since)|clean (?:for|since)|free (?:of|from) (?:self harm|it|cutting)|since (?:i|my) (?:stopped|attempt|overdose|recovery)|not anymore|that was (?:years|\d+|back|a long time|in|then|before)|in (?:19|20)\d\d|survived (?:an|my|a|the) (?:overdose|attempt|suicide)|survivor|looking back|history of|old scars|healed|when i first|when i was (?:first )?diagnosed|when i got (?:my )?diagnos\w*|after my diagnosis back|(?:back|while|whilst|during) (?:i was )?(?:at|in) (?:uni|college|school|university|high school|sixth form)|long behind me|behind me now|those days|a dark (?:patch|place|time) (?:after|when|in)|i was in a (?:very )?dark place|have not (?:needed|felt|done|had) (?:it|that|them|anything like)|(?:ten|five|two|three|four|six|seven|eight|nine|twelve|twenty|\d+) years (?:since|ago|later|on)|anniversary of my|there (?:was|were) (?:a )?(?:time|times|period|point|few years|stage)|at one point|at the time)\b";

/// A next sentence that dates the one before to the past ("I wanted to die. That was in 2014.").
pub(super) const PAST_NEXT: &str = r"^(?:(?:but|and|well) )?(?:that|this|it) was (?:all )?(?:back )?(?:in (?:19|20)\d\d|(?:\w+ ){0,2}years? ago|years back|a long time ago|ages ago|long ago|before (?:my|the) \w+|(?:\w+ ){0,2}years? back)\b";

/// An anniversary: "ten years ago this week" is the past, not the past come back.
pub(super) const ANNIVERSARY: &str =
    r"\b(?:years?|months?) ago (?:this|today|tonight|last)\b|\banniversary\b";

/// Words in the sentence that say it is happening again now.
pub(super) const REACTIVATED: &str = r"\b(?:again|is back|are back|came back|come back|coming back|back again|relapse\w*|this (?:week|month|morning|evening|year)|last (?:night|week|month)|tonight|yesterday|lately|recently|currently|returned|back this)\b";

/// Clinical, research, news or awareness talk before a cue, or a question put by someone.
pub(super) const CLINICAL: &str = r"\b(?:leaflet|side effects?|warnings?|warned|can cause|may cause|might cause|could cause|risk of|risks|screening|screen|screens|questionnaire|question (?:9|nine)|phq|columbia|assessment|survey|form|forms|consent|study|studies|research|training|course|article|news|documentary|podcast|awareness|prevention|statistics|rates|campaign|fundraiser|charity|talk on|webinar|seminar|lecture|class|textbook|module|essay|thesis|(?:asked|asks|ask|asking|practised asking|practiced asking) (?:me |him |her |us |them |everyone |all of us |each patient |patients |people )?(?:straight out |directly |outright |point blank |gently |straight )?(?:if|whether|about|are you|do you|have you|the (?:suicide|screening|standard|usual|depression|mental health)|questions|those questions)|the one about|question about|questions about|the question|if i (?:ever|have ever|had ever)|(?:asked|asks|ask|asking|question|wanted to know|checked|check|checking) (?:\w+ ){1,4}(?:if|whether)|whether i|any thoughts|ever had|ever felt|ever thought|ever attempted|ever tried|mentions?|listed|says it can|packet|insert|pamphlet|poster|volunteer|volunteers|helpline number|crisis number|works by text|watch for|look out for|monitor for|warning signs|signs of|novel|a book|the book|film|movie|(?:main |the |a )character|script|screenplay|fiction|(?:tv|last|latest|this|that|next|new|an|the|final|first|one|every) episode|episode (?:of|where|when|in which)|tv show|short story|a story|poem|how to (?:respond|react|help|support|talk|reply|answer)|what to (?:say|do) (?:if|when)|if (?:a|your|someone|somebody|anyone) (?:(?:here|on here|else|ever|you know|you love|close to you) )*(?:friend |mate |colleague |student |patient |loved one |family member |child |teen )?(?:ever )?(?:says|tells|mentions|admits|discloses|talks about)|if (?:you|anyone|anybody|any of you) (?:are |is |have |has |ever |have ever |are ever )?(?:having|had|feeling|experiencing|struggling|in crisis|get|getting|feel like|find yourself|thinking about|thinking of)|if (?:you|anyone|anybody|any of you)(?: ever| are ever| do ever)?$|if (?:you|anyone) (?:are |is |ever |get )?(?:worried|concerned|scared|afraid) (?:that )?(?:someone|somebody|a friend|a loved one|your \w+|they|he|she)(?: is| might be| may be| could be)?$)\b";

/// A condition that is no trifle ("if my scan is bad ..."): a threat on it is meant.
pub(super) const GRAVE_IF: &str = r"\bif (?:my|the|his|her) (?:\w+ )?(?:scan|scans|results?|biopsy|bloods?|tests?|cancer|tumou?r|transplant|kidneys?|diagnosis|news|treatment|chemo|surgery|op|operation|appeal|benefits|pip|claim)\b|\bif (?:it|the cancer|the tumou?r) (?:has spread|comes back|is back|spreads|is cancer|is malignant)\b";

/// Said after a past wish, someone is well now ("wanted to kill herself last year but she is in
/// therapy now and doing so much better").
pub(super) const RECOVERED_AFTER: &str = r"^(?:[^.]*? )?but (?:she|he|they|i) (?:is|are|am|s) (?:now )?(?:in therapy|doing (?:so much |much |a lot |way |loads )?better|in a (?:much |far )?better place|getting help|safe|okay|ok|fine|well|recovered|recovering)\b";

/// Sentences the model must leave alone: a saying someone "used to say", someone else
/// "going to kill me" for a trifle, going ahead with an ordinary plan.
pub(super) const MODEL_IDIOM: &str = r"\b(?:check(?:ing|ed|s)? out (?:the|a|an|this|that|some|our|my) (?:new |local |other )?(?:pain )?(?:clinic|group|forum|app|website|site|support|course|programme|program|class|gym|pool|menu|shop|book|video|podcast|link|article|leaflet|trial|service|unit|ward|physio|library|cafe|centre|center|pharmacy)|used to say|always says?|always said|would always say|as (?:my|the) \w+ (?:says|said|used to say)|the saying|saying goes|(?:going to|gonna|will|would|ll) (?:kill|murder) (?:me|us) (?:for|if|when)|(?:going to|gonna|will|ll) (?:kill|murder|strangle) (?:him|her|it|the \w+)\b|better off (?:if|with|without|when) (?:the|a|an|our|their|this|that|some|more|my \w+) \w+|(?:going|gone) (?:ahead|through) with (?:the|my|a|this) (?:[^ .,]+ ){0,2}(?:surgery|op|operation|procedure|treatment|move|trip|plan|wedding|course|transplant|diet|job|application|pump|holiday))\b";

/// An answer of no right after the cue.
pub(super) const ANSWERED_NO: &str = r"^(?:[^.]*?(?:\band|,) )?(?:i |he |she |they )?(?:said|say|says|answered|answer|answers|ticked|circled|replied|told (?:them|her|him)) (?:no|not at all|never|nope)\b|^(?:[^.]*)\b(?:which is true|none of that|nothing like that)\b";

/// The "no" was a lie ("i said no , but i lied").
pub(super) const LIED: &str = r"\b(?:lied|lying|a lie|not (?:true|honest|the truth))\b";

/// Someone else's death or a bereavement.
pub(super) const GRIEF: &str = r"\b(?:died by|lost (?:\w+ ){0,3}to suicide|death by|committed|completed suicide|took (?:his|her|their) own life|killed (?:himself|herself|themselves)|funeral|memorial|bereave\w*|in memory|rest in peace|passed away|loss support|survivors? of suicide|suicide loss|after (?:his|her|their) suicide|since (?:his|her|their) (?:suicide|death)|their suicide|his suicide|her suicide)\b";

/// After "rather die than": the comparison is with living, so it is not a joke.
pub(super) const LIFE_AFTER_THAN: &str = r"^(?:(?:\w+ ){0,3})(?:live|living|go on|going on|keep going|carry on|carrying on|keep living|feel like this|feel this way|be a burden|spend another|continue|face another|do this for|suffer|be in (?:this )?pain|go through (?:this|another|it)|be like this|stay like this|be stuck|stuck (?:in|like|with|on)|trapped|in this (?:body|bed|state|chair|pain|house)|bed ?bound|on dialysis|in pain|face (?:another|more|this)|keep (?:going|living|suffering|fighting)|spend (?:my|the) life|wake up|another (?:day|year|month|week|decade|winter|christmas)|(?:years|decades) (?:more )?(?:of|like))";

/// Ordinary reasons for goodbyes, last posts, decisions and absences.
pub(super) const BENIGN: &str = r"\b(?:(?:on|going on|for a|a|our|my|family|summer|school) holidays?|holiday (?:to|in|abroad|with)|vacation|trip|travel(?:ling|ing|led)? (?:to|abroad|for|overseas|home)|travels|abroad|flight|moving (?:house|over|groups|to (?:the|a|another) (?:new )?(?:group|forum|city|town|house|flat|area|country|state|clinic|hospital))|the move|moving (?:day|out|in|tomorrow|today|next week|this weekend|on|flat|house)|new (?:group|forum|job|house|flat|clinic|hospital|gp|doctor|team|pump|one|chair|wheelchair)|(?:other|another|the) (?:group|forum|community)|transplant group|support group|switching (?:to|groups|over)|transfer\w*|(?:my|for|after|before|having|had|have|post|major|minor|knee|hip|back|heart|eye|bowel|kidney) (?:op|operation|surgery)|(?:had|having|have|after|before|booked for) (?:my |a |an |the )?\w+(?:ectomy|ostomy|otomy|plasty)\b|(?:had|having|after|before|got) (?:my|his|her|a|the|our) (?:new )?(?:\w+ )?(?:transplant|op|operation|surgery|procedure)\b|power of attorney|just in case|not because (?:anything|something) (?:is )?wrong|surgery (?:on|next|tomorrow|booked|date|is|was)|operation|procedure|admitted|ward|in hospital|offline|signal|wifi|internet|taking a break|a break from|break from|social media|detox|hiatus|retir\w*|insurance|insurer|council|appeal|claim|bank|landlord|employer|solicitor|lawyer|mp|health board|application|charity|declutter\w*|spare|supplies|lost weight|do not fit|wedding (?:day|plans|venue|invitations?|dress)|party|concert|exam|interview|camping|festival|conference|work trip|respite|kennels?|sitter|pump|sensor|cgm|monitor|closed loop|loop system|first run|trial run|test run|wheelchair|machine|gym|membership|subscription|for a while|for a few days|for a bit|mini break|new baby|maternity|paternity|leave from work|rehab|treatment plan|taper|hospital bag|bag packed|graduat\w*|new school|contract|tenancy|lease|account settings|password reset|username|with my doctor|with my gp|with my consultant|with the doctor|fireworks|picnic|the view|photos|sunset|for a walk|walk the dog|fishing|swim|discharged|discharge|admin|moderator|handing over|hand over|stepping down|step down|(?:i am|i will be) (?:off|away|heading) (?:to|on|for)|i am going (?:away|abroad|on (?:a|my|holiday))|back (?:on|next|in|by|after) \w+|for (?:their|his|her|my|the) (?:\w+ )?(?:birthdays?|weddings?|graduations?|future|18th|21st)|moving to \w+|moved (?:to|house|over|away|clinics|hospitals|areas)|switching to|new (?:renal|dialysis|kidney|diabetes|pain) (?:unit|clinic|team))\b";

/// The reasons that, given in the next sentence, explain a goodbye or a decision ("This is my
/// last post. Moving to the transplant group!"); the next sentence of a post is often unrelated
/// condition talk, so insurance, pumps and the like do not count there.
pub(super) const BENIGN_NEXT: &str = r"\b(?:(?:on|going on|for a|a|our|my|family|summer|school) holidays?|holiday (?:to|in|abroad|with)|vacation|trip|travel(?:ling|ing|led)? (?:to|abroad|for|overseas|home)|abroad|flight|moving|the move|moved|new (?:group|forum|job|house|flat|clinic|hospital|gp|doctor|team|pump|one)|(?:other|another|the) (?:group|forum|community)|transplant group|support group|switching (?:to (?:the|another|a) (?:group|forum|clinic|hospital)|groups|over)|transfer\w*|operation|procedure|(?:my|having|for|after|before|with the|with my) (?:op|surgery)|being admitted|offline|taking a break|a break from|break from|social media|hiatus|retir\w*|discharged|exams?|wedding|graduat\w*|back (?:on|next|in|by|after) \w+|see you (?:all )?(?:soon|in|next|on|there))\b";

/// End-of-life planning and natural dying.
pub(super) const EOL: &str = r"\b(?:hospice|palliative|dnr|dnacpr|polst|molst|advance (?:directive|care plan|decision)|living will|comfort care|end of life|assisted dying|assisted suicide|euthanasia|dignitas|voluntary assisted|terminal\w*|when (?:the|my|his|her) time comes|when it is (?:my|his|her) time|weeks left|months left|days left|has spread|spread to|stage (?:4|four|iv)|not long left|given (?:weeks|months)|legacy|memory box|for when (?:they are|she is|he is|they re) (?:older|grown)|withdraw\w* (?:treatment|dialysis|care)|with (?:my|his|her|the) (?:care |renal |palliative )?team|agreed with|decided with|care team|funeral plan|prepaid funeral|funeral (?:wishes|arrangements|instructions|hymns?)|order of service|die at home|in (?:my|his|her) own bed|peacefully|with dignity|natural death|resuscitat\w*|at peace with (?:his|her) diagnosis|nothing more (?:they|the doctors) can do|life limiting|without (?:a|the|my) (?:transplant|treatment|dialysis|surgery|new (?:heart|kidney|liver|lungs?))|prognosis|(?:consultant|doctor|doctors|oncologist|nephrologist|team|gp|specialist|nurse|palliative nurse) (?:says|said|told me|thinks|reckons|suggested|recommended|advised))\b";

/// Accidental injury and ordinary wounds.
pub(super) const ACCIDENT: &str = r"\b(?:shaving|chopping|cooking|kitchen|by accident|accident\w*|opening|tin|paper cut|glass|knife slipped|gardening|fell|tripped|knife slipped|lifting|gym|sport|playing|oven|stove|hob|iron|curling|kettle|pan|tray|radiator|heater|hot water|soup|neuropathy|can not feel (?:heat|hot|cold|temperature|my feet|my fingers|it properly)|blood thinners|platelets|blood draws?|draws|iv|ivs|cannula|injections?|infusion|needles?|jabs|fingerstick|finger prick|lancet|sensor|in (?:my|his|her) sleep|eczema|psoriasis|rash|itchy|itching|mosquito|sunburn|crutches|sprain\w*|fractur\w*|broke|broken|twisted|ankle|stitches|cat scratched|the cat|the dog|slicer|mandoline|grater|scissors|secateurs|chisel|thorns?|brambles?|ouch|cupboard|bumped|banged (?:my|his|her) head on)\b";

/// Ordinary reasons to keep medicine back.
pub(super) const SUPPLY: &str = r"\b(?:pharmacy|chemist|drugstore|shortage|shortages|supply|run out|running out|ran out|out of stock|travel\w*|trip|holiday|abroad|flight|recycl\w*|take (?:them )?back|return|disposal|dispose|in case|backup|back up|spare|emergency kit|prescription (?:delay|issues)|insurance|refill|expired|expiry|for (?:the|a|my) (?:trip|holiday|flight|journey|move)|organi[sz]er|dosette|pill ?box|blister packs?|webster|weekly (?:box|tray|pack))\b";

/// All of the above, for the list of words the rules know (see `typo.rs`).
pub(super) const ALL: &[&str] = &[
    GRAVE_IF,
    PAST_NEXT,
    ANNIVERSARY,
    RECOVERED_AFTER,
    MODEL_IDIOM,
    PAST,
    REACTIVATED,
    CLINICAL,
    ANSWERED_NO,
    LIED,
    GRIEF,
    LIFE_AFTER_THAN,
    BENIGN,
    BENIGN_NEXT,
    EOL,
    ACCIDENT,
    SUPPLY,
];
