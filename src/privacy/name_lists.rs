//! Word lists for the name detector: cue phrases around names and
//! capitalised words that are places, institutions or eponyms, not people.

/// Capitalised words that are never a person in forum posts: calendar
/// words, eponyms of diseases and signs, religious and address words.
#[rustfmt::skip]
pub(crate) const STOP: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "crohn", "crohns", "hashimoto", "graves", "addison", "cushing",
    "hodgkin", "parkinson", "alzheimer", "sjogren", "sjögren", "tourette", "lyme", "gleason",
    "apgar", "whipple", "raynaud", "guillain", "barre", "barré", "marfan", "lewy", "huntington",
    "meniere", "paget", "kawasaki", "behcet", "wegener", "gehrig", "asperger", "kaposi", "burkitt",
    "wilms", "dupuytren", "peyronie", "heberden", "hirschsprung", "god", "jesus", "christ", "lord",
    "allah", "mother", "father", "saint", "st", "mount", "lake", "fort", "santa", "san", "los",
    "las", "new", "north", "south", "east", "west", "happy", "merry", "christmas", "easter",
    "thanksgiving", "diwali", "eid", "hi", "hey", "hello", "dear", "thanks", "love", "hugs",
    "cheers", "regards", "best", "sincerely", "update", "edit", "note", "ps", "tldr", "dr", "mr",
    "mrs", "ms",
];

/// Common words that are also census surnames ("Said", "Her").
#[rustfmt::skip]
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "said", "her", "him", "says", "who", "about", "as", "at", "on", "in", "to", "has", "had",
    "here", "so", "is", "and", "day", "will", "may", "can", "well", "just", "still", "back",
    "home", "again", "today", "now", "all", "long",
];

/// Famous non-person "doctors" and brands.
#[rustfmt::skip]
pub(crate) const NOT_DOCTORS: &[&str] = &[
    "google", "who", "pepper", "oz", "phil", "seuss", "house", "strange", "scholl", "martens",
    "motivator", "bean", "men", "right", "blobby", "potato", "freeze", "clean", "muscle", "fixit",
    "sandman", "jekyll", "hyde", "frankenstein", "evil", "watson", "doom", "octopus", "feelgood",
    "no", "mario", "dre",
];

/// First words of institution names that happen to be given names too
/// ("Royal London", "Mercy West", "Hope Lodge").
#[rustfmt::skip]
pub(crate) const NOT_FIRST: &[&str] = &[
    "royal", "queen", "princess", "prince", "king", "lady", "sir", "dame", "general", "mercy",
    "providence", "trinity", "hope", "city", "baptist", "methodist", "presbyterian", "union",
    "central", "national", "american", "canadian", "british", "indian", "australian", "irish",
    "scottish", "welsh", "christian", "memorial", "children", "university", "county", "valley",
    "summit", "pacific", "atlantic",
];

/// Second words that make "Virginia Beach", "Beverly Hills" a place.
#[rustfmt::skip]
pub(crate) const PLACE_SECOND: &[&str] = &[
    "beach", "hills", "line", "springs", "falls", "heights", "harbor", "harbour", "bay", "island",
    "point", "creek", "ridge", "village", "township", "station", "junction", "county", "parish",
    "city", "town", "airport", "mall", "plaza", "pharmaceuticals", "pharma", "labs", "inc", "corp",
    "llc", "ltd", "clinic", "hospital", "health", "medical", "university", "college", "park",
    "square", "street", "road", "avenue",
];

/// Phrases right before a name that make it a person (lowercase, no
/// trailing space). Titles first: they also allow a lone surname.
#[rustfmt::skip]
pub(crate) const TITLES: &[&str] = &[
    "dr.", "dr", "doctor", "prof.", "prof", "professor", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
    "miss", "nurse", "sister", "rev.", "sr.", "sr",
    // third round: honorifics and ranks
    "rev", "revd", "fr.", "fr", "father", "pastor", "mx.", "mx", "shri", "shree", "sri", "smt.",
    "smt", "kumari", "whaea", "matua", "capt.", "capt", "col.", "col", "lt.", "lt", "sgt.", "sgt",
    "maj.", "maj", "sheikh", "hon.",
];

#[rustfmt::skip]
pub(crate) const BEFORE: &[&str] = &[
    "my name is", "name's", "names", "i'm", "i am", "im", "this is", "call me", "named", "name is",
    "husband", "wife", "partner", "son", "daughter", "mom", "mum", "mother", "dad", "father",
    "sister", "brother", "grandma", "grandmother", "grandpa", "grandfather", "nan", "aunt",
    "uncle", "niece", "nephew", "cousin", "friend", "neighbor", "neighbour", "boyfriend",
    "girlfriend", "fiance", "fiancé", "fiancee", "caregiver", "carer", "stepdad", "stepmom",
    "stepson", "stepdaughter", "oncologist", "doctor", "gp", "pcp", "endo", "endocrinologist",
    "neurologist", "cardiologist", "rheumatologist", "rheumy", "surgeon", "therapist",
    "psychiatrist", "psychologist", "counselor", "counsellor", "dietitian", "pharmacist",
    "midwife", "obgyn", "gastroenterologist", "pulmonologist", "nephrologist", "hematologist",
    "haematologist", "urologist", "dermatologist", "physio", "physiotherapist", "consultant",
    "registrar", "social worker", "worker", "case manager", "navigator", "coordinator", "specialist", "ob",
    "gi", "np", "pa", "nurse", "doc", "paediatrician", "pediatrician", "caseworker", "case worker",
    "doula", "anesthesiologist", "radiologist", "resident", "attending", "chaplain", "aide",
    "occupational therapist", "speech therapist", "pastor", "priest", "rabbi", "imam", "coworker",
    "colleague", "boss", "teacher", "roommate", "landlord", "grandson", "granddaughter", "spouse",
    "amma", "ammi", "ammu", "abba", "abbu", "appa", "achan", "nani", "dadi", "dada", "nana ji",
    "chacha", "chachi", "mausi", "masi", "bua", "didi", "bhaiya", "bhai", "akka", "thatha",
    "paati", "lola", "lolo", "tita", "tito", "kuya", "abuela", "abuelo", "abuelita", "mami",
    "papi", "tia", "tía", "tio", "tío", "nonna", "nonno", "oma", "opa", "babcia", "dziadek",
    "missus", "fella", "wifey", "partner's", "carer's", "hubby", "ex", "bestie", "buddy", "mate",
    "in-law", "kid", "baby", "twin", "child",
    "aunty", "auntie", "gran", "granny", "grandad", "granddad", "nana", "nanna", "mam", "mammy",
    "koro", "kuia", "oupa", "ouma", "oom", "tannie", "tante", "tantie", "ciocia", "wujek", "babka",
    "dziadzio", "flatmate", "housemate", "sister-in-law", "brother-in-law", "daughter-in-law",
    "son-in-law", "mother-in-law", "father-in-law", "sister in law", "brother in law",
    "daughter in law", "son in law", "mother in law", "father in law", "pray for", "praying for", "prayers for",
    "memory of", "rip", "shoutout to", "shout out to", "thanks to", "thank you to", "shout-out to",
    "ask for", "goes by", "known as", "dear", "c/o", "attn", "attn:", "attention", "care of",
    "addressed to", "made out to", "payable to", "thanks,", "thank you,", "love,", "cheers,",
    "best,", "regards,", "hugs,", "sincerely,", "warmly,", "blessings,", "xo,",
    "signed,", "signed", "from", "see", "seeing", "saw", "with", "ask",
    "referred me to", "referred to", "referred him to", "referred her to", "referred us to",
    "seen by", "treated by", "operated on by", "looked after by", "under the care of",
];

/// Weak cues: common verbs/prepositions; only list-confirmed pairs count.
#[rustfmt::skip]
pub(crate) const WEAK_BEFORE: &[&str] = &[
    "from", "see", "seeing", "saw", "with", "ask for", "ask", "called", "-", "—", "–", "~",
    "under",
];

#[rustfmt::skip]
pub(crate) const AFTER: &[&str] = &[
    " here", ", md", " md", ", rn", " rn", ", np", ", do", " (my", ", my", " is my", " was my",
    " from ", "'s mom", "'s dad", "'s wife", "'s husband", ", who", " passed away", " died", " (",
    ", our", " is our",
];

/// Ordinary lowercase words that follow a relation or role word ("my
/// husband said", "my mum always"): never an unlisted given name.
#[rustfmt::skip]
pub(crate) const COMMON_LOWER: &[&str] = &[
    "really", "likes", "says", "said", "thinks", "went", "got", "had", "has", "was", "and", "just",
    "loves", "hates", "wants", "needs", "keeps", "started", "stopped", "takes", "took", "makes",
    "made", "gave", "gets", "came", "comes", "goes", "asked", "told", "tells", "called", "calls",
    "found", "finds", "passed", "died", "lives", "lived", "works", "worked", "helps", "helped",
    "drove", "drives", "picked", "brought", "bought", "cooks", "cooked", "also", "always", "never",
    "still", "recently", "finally", "actually", "basically", "literally", "suddenly", "often",
    "sometimes", "usually", "even", "only", "who", "whose", "which", "that", "then", "when",
    "while", "since", "because", "before", "after", "during", "with", "without", "about", "but",
    "have", "did", "does", "can", "could", "would", "should", "might", "must", "will", "shall",
    "being", "been", "too", "here", "there", "now", "today", "yesterday", "tomorrow", "tonight",
    "again", "once", "twice", "home", "back", "out", "off", "over", "down", "for", "from", "into",
    "onto", "upon", "the", "our", "his", "her", "their", "its", "nor", "yet", "both", "either",
    "neither", "each", "every", "all", "some", "any", "many", "much", "more", "most", "few",
    "less", "least", "other", "another", "such", "own", "same", "new", "old", "first", "last",
    "next", "late", "dear", "poor", "lovely", "sweet", "amazing", "wonderful", "best", "great",
    "good", "bad", "sick", "tired", "sad", "happy", "angry", "worried", "scared", "brave", "feels",
    "felt", "seems", "seemed", "looks", "looked", "sounds", "noticed", "mentioned", "suggested",
    "recommended", "insisted", "refused", "agreed", "decided", "tried", "tries", "wanted",
    "needed", "used", "uses", "knows", "knew", "thought", "believes", "hopes", "prays", "cried",
    "cries", "laughed", "smiled", "slept", "sleeps", "ate", "eats", "drinks", "drank", "walked",
    "walks", "ran", "runs", "fell", "falls", "broke", "hurt", "hurts", "visited", "visits",
    "stayed", "stays", "left", "leaves", "moved", "moves", "sent", "sends", "wrote", "writes",
    "read", "reads", "saw", "sees", "heard", "hears", "let", "lets", "put", "puts", "set", "kept",
    "held", "holds", "paid", "pays", "lost", "loses", "won", "wins", "met", "meets", "spent",
    "spends", "turned", "turns", "are", "were", "get", "gone", "gotten", "say", "see", "come",
    "take", "make", "know", "think", "look", "want", "give", "use", "find", "tell", "ask", "work",
    "seem", "feel", "try", "leave", "call", "mum", "mom", "dad", "kids", "baby", "dog", "cat",
    "one", "two", "three", "who's", "whos", "isn't", "wasn't", "doesn't", "didn't", "can't",
    "won't", "hasn't", "hadn't", "couldn't", "wouldn't", "she's", "he's", "she'd", "he'd", "and",
    "plus", "not", "very", "so", "currently", "already", "literally", "apparently", "probably",
    "definitely", "honestly", "seriously", "totally", "completely", "passed", "says", "tested",
    "needs", "has", "gets", "starts", "started", "uses", "swears", "reckons", "thinks", "nearly",
    "almost", "barely", "hardly", "mostly", "rarely", "sadly", "luckily", "thankfully",
    "hopefully", "unfortunately", "fortunately", "age", "aged", "is",
];

/// Countries and regions: "In India", "Kerala Tamil Nadu" are places.
#[rustfmt::skip]
pub(crate) const PLACES: &[&str] = &[
    "india", "pakistan", "bangladesh", "nepal", "lanka", "kong", "kenya", "nigeria", "ghana", "canada", "australia", "zealand", "ireland",
    "scotland", "wales", "england", "britain", "kingdom", "america", "states", "mexico", "brazil",
    "nigeria", "ghana", "kenya", "uganda", "africa", "philippines", "singapore", "malaysia",
    "indonesia", "china", "japan", "korea", "vietnam", "thailand", "france", "germany", "italy",
    "spain", "portugal", "poland", "greece", "turkey", "egypt", "dubai", "qatar", "europe", "asia",
    "ontario", "quebec", "alberta", "manitoba", "saskatchewan", "yukon", "queensland", "victoria",
    "tasmania", "kerala", "punjab", "gujarat", "maharashtra", "karnataka", "bengal", "delhi",
    "mumbai", "chennai", "kolkata", "bangalore", "bengaluru", "hyderabad", "london", "toronto",
    "sydney", "melbourne", "texas", "florida", "california", "ohio", "oregon", "arizona",
];
