//! Things that look like identifiers but are public: crisis and help lines,
//! organisations' websites, and organisations or diseases named after people.

/// Public help/crisis numbers (digits only). Short codes (911, 988, 999,
/// 111, 112, 000) never reach the phone rules because they are too short.
#[rustfmt::skip]
const PUBLIC_NUMBERS: &[&str] = &[
    "18002738255", "18002221222", "18002723900", "18009506264", "18006624357", "18007997233",
    "18004226237", "18002272345", "18003422383", "18669327726", "18009855990", "18664887386",
    "18006564673", "741741", "116123", "131114", "1800737732", "18334564566", "9152987821",
];

/// True when `digits` (separators removed, optional leading country code 1)
/// is a published public service number.
pub(crate) fn is_public_number(digits: &str) -> bool {
    let d = digits.trim_start_matches('+');
    PUBLIC_NUMBERS
        .iter()
        .any(|p| *p == d || (d.len() == 10 && p.len() == 11 && &p[1..] == d))
}

/// US/CA toll-free area codes: businesses and helplines, almost never a
/// person's own phone.
pub(crate) fn is_toll_free(area: &str) -> bool {
    matches!(area, "800" | "833" | "844" | "855" | "866" | "877" | "888")
}

/// Non-geographic numbers that organisations, not people, use: UK 03xx and
/// 08xx, Australian 13/1300/1800, New Zealand 0800/0508, Indian 1800.
/// `plus` is true when the number was written with a country code.
pub(crate) fn is_organisation_number(digits: &str, plus: bool) -> bool {
    let n = digits.len();
    let d = digits;
    if plus {
        return d.starts_with("443")
            || d.starts_with("448")
            || d.starts_with("6113")
            || d.starts_with("6118");
    }
    (n == 11
        && (d.starts_with("03")
            || d.starts_with("080")
            || d.starts_with("084")
            || d.starts_with("087")))
        || (n == 10
            && (d.starts_with("1300")
                || d.starts_with("1800")
                || d.starts_with("0800")
                || d.starts_with("0508")))
        || (n == 9 && (d.starts_with("0800") || d.starts_with("0508")))
        || (n == 11 && d.starts_with("1800"))
        || (n == 6 && d.starts_with("13"))
}

/// Public health and reference sites whose links are never personal.
#[rustfmt::skip]
const PUBLIC_DOMAINS: &[&str] = &[
    "wikipedia.org", "nih.gov", "cdc.gov", "fda.gov", "cancer.gov", "medlineplus.gov",
    "clinicaltrials.gov", "mayoclinic.org", "clevelandclinic.org", "hopkinsmedicine.org",
    "webmd.com", "nhs.uk", "who.int", "cancer.org", "heart.org", "diabetes.org",
    "breastcancer.org", "alz.org", "nationalmssociety.org", "crohnscolitisfoundation.org",
    "arthritis.org", "lung.org", "aafa.org", "kidney.org", "acog.org", "marchofdimes.org",
    "nami.org", "988lifeline.org", "samhsa.gov", "youtube.com/watch", "pubmed.ncbi.nlm.nih.gov",
    "healthline.com", "verywellhealth.com", "drugs.com", "rxlist.com", "goodrx.com", "komen.org",
    "mskcc.org", "mdanderson.org", "diabetes.org.uk", "mssociety.org.uk", "macmillan.org.uk",
    "cancerresearchuk.org", "mind.org.uk", "alzheimers.org.uk", "heart.org.au",
    "beyondblue.org.au", "cancer.ca", "diabetes.ca", "alzheimer.ca", "crohnsandcolitis.ca",
    "msociety.ca", "heartandstroke.ca", "cancer.org.au",
];

/// Generic public suffixes: government, education and health-service sites.
#[rustfmt::skip]
const PUBLIC_SUFFIXES: &[&str] = &[
    ".gov", ".edu", ".mil", ".int", ".nhs.uk", ".gov.uk", ".gc.ca", ".gov.au", ".gov.in",
    ".nic.in", ".ac.uk", ".edu.au",
];

/// True when a URL/host (lowercase, scheme and `www.` removed) belongs to a
/// public organisation rather than a person.
pub(crate) fn is_public_site(host_and_path: &str) -> bool {
    let host = host_and_path.split(['/', '?', '#']).next().unwrap_or("");
    PUBLIC_DOMAINS
        .iter()
        .any(|d| host_and_path.starts_with(d) || host == *d || host.ends_with(&format!(".{d}")))
        || PUBLIC_SUFFIXES.iter().any(|s| host.ends_with(s))
}

/// Words after a possessive name that make it a public figure's work, not a
/// private person ("Gabor Maté's book", "Sanjay Gupta's documentary").
pub(crate) const MEDIA_WORDS: &[&str] = &[
    "book",
    "books",
    "documentary",
    "podcast",
    "show",
    "interview",
    "video",
    "videos",
    "talk",
    "memoir",
    "article",
    "series",
    "film",
    "movie",
    "song",
    "songs",
    "album",
    "channel",
    "research",
    "novel",
    "speech",
    "biography",
    "autobiography",
    "programme",
    "program",
    "tweet",
    "tweets",
    "blog",
    "website",
    "method",
    "diet",
    "protocol",
    "law",
    "theory",
];

/// Lowercase words that, following a capitalised name, make it an
/// organisation, place, disease or method rather than a person.
#[rustfmt::skip]
pub(crate) const ORG_WORDS: &[&str] = &[
    "foundation", "institute", "center", "centre", "hospital", "hospitals", "clinic",
    "association", "society", "fund", "trust", "university", "college", "memorial", "medical",
    "medicine", "health", "healthcare", "syndrome", "disease", "disorder", "method", "protocol",
    "scale", "award", "house", "walk", "run", "ride", "cancer", "children's", "school", "program",
    "programme", "unit", "ward", "pharmacy", "pharmacies", "park", "street", "st", "avenue",
    "road", "county", "city", "hall", "library", "church", "day", "3-day", "challenge", "research",
    "lab", "labs", "network", "group", "campus", "pavilion", "tower", "wing", "building", "home",
    "homes", "hospice", "cure", "lake", "river", "valley", "heights", "general", "regional",
    "community", "test", "score", "criteria", "sign", "maneuver", "procedure", "operation",
    "reflex", "phenomenon", "classification", "law", "palsy", "esophagus", "oesophagus", "sarcoma",
    "lymphoma", "cyst", "neuroma", "thyroiditis", "ataxia", "dystrophy", "chorea", "anomaly",
    "contracture", "encephalopathy", "node", "nodes", "lodge", "service", "services", "casualty",
];

/// Capitalised multi-word names of organisations, hospitals and eponymous
/// conditions that contain personal names (lowercase, space-separated).
#[rustfmt::skip]
pub(crate) const ORG_NAMES: &[&str] = &[
    "johns hopkins", "sloan kettering", "memorial sloan", "susan g komen", "susan komen",
    "dana farber", "ronald mcdonald", "michael j fox", "christopher reeve", "st jude",
    "mount sinai", "cedars sinai", "mass general", "beth israel", "fred hutch", "roswell park",
    "mary bird", "lewy body", "grace hopper", "kaiser permanente", "md anderson", "jimmy fund",
    "lou gehrig", "guillain barre", "creutzfeldt jakob", "stevens johnson", "wolff parkinson",
    "charcot marie", "von willebrand", "ehlers danlos", "hashimoto", "henry ford", "billie jean",
    "florence nightingale", "mary poppins", "santa claus", "jesus christ", "martin luther",
    "abraham lincoln", "george washington", "rush university", "baylor scott", "anne frank",
    "lyndon johnson", "james cancer", "moffitt cancer", "ohio state", "penn state",
    "chris hadfield", "terry fox", "princess margaret", "royal marsden", "christie hospital",
    "guy's thomas", "addenbrooke's", "tata memorial", "apollo hospitals", "max healthcare",
    "peter maccallum", "peter mac", "prince alfred", "royal melbourne", "sick kids", "sunnybrook",
    "sir ganga ram", "blue cross", "blue shield", "red cross", "marie curie", "tim hortons",
    "jenny craig", "rite aid", "dollar general", "trader joe", "whole foods", "planet fitness",
    "grey's anatomy", "ben jerry", "queen elizabeth", "prince charles", "princess alexandra",
    "royal victoria", "king edward", "eli lilly", "johnson johnson", "novo nordisk",
    "bristol myers", "merck sharp", "boston scientific", "glaxo smith", "smith nephew",
    "becton dickinson", "abbott laboratories", "jazz pharmaceuticals",

    "fiona stanley", "charles gairdner", "john hunter", "peter maccallum", "lyell mcewin",
    "john radcliffe", "john flynn", "mary bridge", "ronald reagan", "jackson memorial",
    "henry ford", "rady children", "harper university", "nathan littauer", "mary washington",
    "st mary", "john muir", "martin luther", "rush university", "tom baker", "frances perkins",
    "katharine hepburn", "mary mackillop", "victor chang", "sydney children", "lady cilento",
    "queen alexandra", "robert wood", "william harvey", "james paget", "george eliot",
    "alexandra hospital", "florence nightingale", "walter reed", "christopher reeve",
    "cicely saunders", "kokilaben dhirubhai", "dhirubhai ambani", "ganga ram", "ram manohar",
    "jaslok", "hinduja", "lilavati", "breach candy", "sunnybrook", "michael garron",
    "william osler", "charles lemoyne", "maisonneuve rosemont", "jean talon", "juravinski",
];

/// Public figures often mentioned in health forums for their own
/// diagnoses; naming them identifies no patient here.
#[rustfmt::skip]
pub(crate) const PUBLIC_FIGURES: &[&str] = &[
    "selena gomez", "michael fox", "tom hanks", "halle berry", "nick jonas", "jack osbourne",
    "selma blair", "christina applegate", "lady gaga", "venus williams", "serena williams",
    "kevin love", "simone biles", "michael phelps", "angelina jolie", "ben stiller",
    "hugh jackman", "bruce willis", "glen campbell", "ronald reagan", "robin williams",
    "sonia sotomayor", "jay cutler", "celine dion", "justin bieber", "toni braxton",
    "kim kardashian", "cyndi lauper", "pete davidson", "kevin smith", "terry pratchett",
    "steve gleason", "stephen hawking", "magic johnson", "charlie sheen", "elton john",
    "shannen doherty", "kylie minogue", "olivia newton", "julia louis", "sheryl crow",
    "rita wilson", "hoda kotb", "robin roberts", "kate middleton", "king charles", "amy schumer",
    "chrissy teigen", "kelly clarkson", "taylor swift", "oprah winfrey", "jennifer aniston",
    "hailey bieber", "james norton", "theresa may", "boris johnson", "joe biden", "donald trump",
    "barack obama", "justin trudeau", "anthony fauci", "mehmet oz", "andrew huberman",
    "peter attia", "jason fung", "david sinclair", "oliver sacks", "atul gawande",
    "siddhartha mukherjee", "brené brown", "brene brown", "jameela jamil", "deborah james",
    "adam kay",
    // third round: people known for speaking about their health in the UK, Ireland,
    // Australia, New Zealand, India and Canada
    "lewis capaldi", "kate garraway", "davina mccall", "trinny woodall", "rob burrow",
    "kevin sinfield", "vicky phelan", "delta goodrem", "jane mcgrath", "glenn mcgrath",
    "sonali bendre", "yuvraj singh", "lisa ray", "manisha koirala", "irrfan khan",
    "chris van tulleken", "rangan chatterjee", "nigella lawson", "jamie oliver",
    "shah rukh khan", "virat kohli", "hannah fry", "george alagiah", "bill turnbull",
    "sarah harding", "jade goody", "turia pitt", "sinead o'connor", "sinéad o'connor",

    "gabor mate", "sanjay gupta", "hugh laurie", "stephen fry", "ozzy osbourne",
    "billy connolly", "rob burrow", "kevin sinfield", "olivia newton-john", "selma blair",
    "michael j fox", "brene brown", "jameela jamil", "lady gaga", "kim kardashian",
    "jeremy clarkson", "davina mccall", "lorraine kelly", "piers morgan", "holly willoughby",
    "carol vorderman", "gloria hunniford", "michael mosley", "hannah fry", "adam kay",
    "rangan chatterjee", "chris van tulleken", "xand van tulleken", "hilary jones",
    "sanjay gupta", "deepak chopra", "jordan peterson", "joe rogan", "gwyneth paltrow",
    "jillian michaels", "richard simmons", "jane fonda", "bob harper", "dwayne johnson",
    "ryan reynolds", "mariah carey", "demi lovato", "catherine zeta-jones", "carrie fisher",
    "princess diana", "prince harry", "prince william", "meghan markle", "queen elizabeth",
    "boris johnson", "rishi sunak", "keir starmer", "theresa may", "jacinda ardern",
    "scott morrison", "anthony albanese", "narendra modi", "stephen harper", "pierre poilievre",
    "kamala harris", "hillary clinton", "bill clinton", "george bush", "nancy pelosi",
    "bernie sanders", "elon musk", "bill gates", "jeff bezos", "mark zuckerberg", "steve jobs",
    "oprah winfrey", "ellen degeneres", "jimmy kimmel", "stephen colbert", "david attenborough",
    "jamie oliver", "gordon ramsay", "nigella lawson", "mary berry", "paul hollywood",
    "tom jones", "rod stewart", "paul mccartney", "mick jagger", "john lennon", "freddie mercury",
    "george michael", "whitney houston", "michael jackson", "prince rogers", "david bowie",
    "amy winehouse", "avicii", "chester bennington", "chris cornell", "matthew perry",
    "robin roberts", "hoda kotb", "katie couric", "sheryl crow", "christina applegate",
    "venus williams", "serena williams", "naomi osaka", "simone biles", "andy murray",
    "ben stokes", "shane warne", "cathy freeman", "ian thorpe", "wayne gretzky", "terry fox",
    "sachin tendulkar", "virat kohli", "ms dhoni", "shah rukh", "amitabh bachchan",
    "priyanka chopra", "deepika padukone", "aamir khan", "salman khan", "sonali bendre",
    "irrfan khan", "manisha koirala", "lisa ray", "yuvraj singh", "florence nightingale",
    "mary seacole", "edith cavell", "cicely saunders", "louis pasteur", "alexander fleming",
    "marie curie", "jonas salk", "edward jenner", "sigmund freud", "carl jung",
    "atul gawande", "oliver sacks", "siddhartha mukherjee", "paul kalanithi", "henrietta lacks",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_numbers_and_sites() {
        assert!(is_public_number("18002221222"));
        assert!(is_public_number("8002738255"));
        assert!(!is_public_number("2125550199"));
        assert!(is_toll_free("888"));
        assert!(is_public_site("cancer.gov/types/breast"));
        assert!(is_public_site("www2.nhs.uk"));
        assert!(is_public_site("ons.gov.uk/x"));
        assert!(!is_public_site("facebook.com/jane.doe"));
        assert!(!is_public_site("janedoe.wordpress.com"));
    }
}
