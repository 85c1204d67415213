//! Things that look like identifiers but are public: crisis and help lines,
//! organisations' websites, and organisations or diseases named after people.

/// Public help/crisis numbers (digits only). Short codes (911, 988, 999,
/// 111, 112, 000) never reach the phone rules because they are too short.
const PUBLIC_NUMBERS: &[&str] = &[
    "18002738255", // US suicide & crisis lifeline (old number)
    "18002221222", // US poison control
    "18002723900", // Alzheimer's Association helpline
    "18009506264", // NAMI helpline
    "18006624357", // SAMHSA helpline
    "18007997233", // US domestic violence hotline
    "18004226237", // NCI cancer information service
    "18002272345", // American Cancer Society
    "18003422383", // American Diabetes Association
    "18669327726", // Crohn's & Colitis Foundation help center
    "18009855990", // disaster distress helpline
    "18664887386", // Trevor project
    "18006564673", // RAINN
    "741741",      // crisis text line
    "116123",      // Samaritans (UK/IE)
    "131114",      // Lifeline Australia
    "1800737732",  // 1800RESPECT (AU)
    "18334564566", // Talk Suicide Canada
    "9152987821",  // iCall (India)
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

/// Public health and reference sites whose links are never personal.
const PUBLIC_DOMAINS: &[&str] = &[
    "wikipedia.org",
    "nih.gov",
    "cdc.gov",
    "fda.gov",
    "cancer.gov",
    "medlineplus.gov",
    "clinicaltrials.gov",
    "mayoclinic.org",
    "clevelandclinic.org",
    "hopkinsmedicine.org",
    "webmd.com",
    "nhs.uk",
    "who.int",
    "cancer.org",
    "heart.org",
    "diabetes.org",
    "breastcancer.org",
    "alz.org",
    "nationalmssociety.org",
    "crohnscolitisfoundation.org",
    "arthritis.org",
    "lung.org",
    "aafa.org",
    "kidney.org",
    "acog.org",
    "marchofdimes.org",
    "nami.org",
    "988lifeline.org",
    "samhsa.gov",
    "youtube.com/watch",
    "pubmed.ncbi.nlm.nih.gov",
    "healthline.com",
    "verywellhealth.com",
    "drugs.com",
    "rxlist.com",
    "goodrx.com",
    "komen.org",
    "mskcc.org",
    "mdanderson.org",
    "diabetes.org.uk",
    "mssociety.org.uk",
    "macmillan.org.uk",
    "cancerresearchuk.org",
    "mind.org.uk",
    "alzheimers.org.uk",
    "heart.org.au",
    "beyondblue.org.au",
    "cancer.ca",
    "diabetes.ca",
    "alzheimer.ca",
    "crohnsandcolitis.ca",
    "msociety.ca",
    "heartandstroke.ca",
    "cancer.org.au",
];

/// Generic public suffixes: government, education and health-service sites.
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

/// Lowercase words that, following a capitalised name, make it an
/// organisation, place, disease or method rather than a person.
pub(crate) const ORG_WORDS: &[&str] = &[
    "foundation",
    "institute",
    "center",
    "centre",
    "hospital",
    "hospitals",
    "clinic",
    "association",
    "society",
    "fund",
    "trust",
    "university",
    "college",
    "memorial",
    "medical",
    "medicine",
    "health",
    "healthcare",
    "syndrome",
    "disease",
    "disorder",
    "method",
    "protocol",
    "scale",
    "award",
    "house",
    "walk",
    "run",
    "ride",
    "cancer",
    "children's",
    "school",
    "program",
    "programme",
    "unit",
    "ward",
    "pharmacy",
    "pharmacies",
    "park",
    "street",
    "st",
    "avenue",
    "road",
    "county",
    "city",
    "hall",
    "library",
    "church",
    "day",
    "3-day",
    "challenge",
    "research",
    "lab",
    "labs",
    "network",
    "group",
    "campus",
    "pavilion",
    "tower",
    "wing",
    "building",
    "home",
    "homes",
    "hospice",
    "cure",
    "lake",
    "river",
    "valley",
    "heights",
    "general",
    "regional",
    "community",
    "test",
    "score",
    "criteria",
    "sign",
    "maneuver",
    "procedure",
    "operation",
    "reflex",
    "phenomenon",
    "classification",
    "law",
    "palsy",
    "esophagus",
    "oesophagus",
    "sarcoma",
    "lymphoma",
    "cyst",
    "neuroma",
    "thyroiditis",
    "ataxia",
    "dystrophy",
    "chorea",
    "anomaly",
    "contracture",
    "encephalopathy",
    "node",
    "nodes",
    "lodge",
];

/// Capitalised multi-word names of organisations, hospitals and eponymous
/// conditions that contain personal names (lowercase, space-separated).
pub(crate) const ORG_NAMES: &[&str] = &[
    "johns hopkins",
    "sloan kettering",
    "memorial sloan",
    "susan g komen",
    "susan komen",
    "dana farber",
    "ronald mcdonald",
    "michael j fox",
    "christopher reeve",
    "st jude",
    "mount sinai",
    "cedars sinai",
    "mass general",
    "beth israel",
    "fred hutch",
    "roswell park",
    "mary bird",
    "lewy body",
    "grace hopper",
    "kaiser permanente",
    "md anderson",
    "jimmy fund",
    "lou gehrig",
    "guillain barre",
    "creutzfeldt jakob",
    "stevens johnson",
    "wolff parkinson",
    "charcot marie",
    "von willebrand",
    "ehlers danlos",
    "hashimoto",
    "henry ford",
    "billie jean",
    "florence nightingale",
    "mary poppins",
    "santa claus",
    "jesus christ",
    "martin luther",
    "abraham lincoln",
    "george washington",
    "rush university",
    "baylor scott",
    "anne frank",
    "lyndon johnson",
    "james cancer",
    "moffitt cancer",
    "ohio state",
    "penn state",
    "chris hadfield",
    "terry fox",
    "princess margaret",
    "royal marsden",
    "christie hospital",
    "guy's thomas",
    "addenbrooke's",
    "tata memorial",
    "apollo hospitals",
    "max healthcare",
    "peter maccallum",
    "peter mac",
    "prince alfred",
    "royal melbourne",
    "sick kids",
    "sunnybrook",
    "sir ganga ram",
    "blue cross",
    "blue shield",
    "red cross",
    "marie curie",
    "tim hortons",
    "jenny craig",
    "rite aid",
    "dollar general",
    "trader joe",
    "whole foods",
    "planet fitness",
    "grey's anatomy",
    "ben jerry",
    "queen elizabeth",
    "prince charles",
    "princess alexandra",
    "royal victoria",
    "king edward",
    "eli lilly",
    "johnson johnson",
    "novo nordisk",
    "bristol myers",
    "merck sharp",
    "boston scientific",
    "glaxo smith",
    "smith nephew",
    "becton dickinson",
    "abbott laboratories",
    "jazz pharmaceuticals",
];

/// Public figures often mentioned in health forums for their own
/// diagnoses; naming them identifies no patient here.
pub(crate) const PUBLIC_FIGURES: &[&str] = &[
    "selena gomez",
    "michael fox",
    "tom hanks",
    "halle berry",
    "nick jonas",
    "jack osbourne",
    "selma blair",
    "christina applegate",
    "lady gaga",
    "venus williams",
    "serena williams",
    "kevin love",
    "simone biles",
    "michael phelps",
    "angelina jolie",
    "ben stiller",
    "hugh jackman",
    "bruce willis",
    "glen campbell",
    "ronald reagan",
    "robin williams",
    "sonia sotomayor",
    "jay cutler",
    "celine dion",
    "justin bieber",
    "toni braxton",
    "kim kardashian",
    "cyndi lauper",
    "pete davidson",
    "kevin smith",
    "terry pratchett",
    "steve gleason",
    "stephen hawking",
    "magic johnson",
    "charlie sheen",
    "elton john",
    "shannen doherty",
    "kylie minogue",
    "olivia newton",
    "julia louis",
    "sheryl crow",
    "rita wilson",
    "hoda kotb",
    "robin roberts",
    "kate middleton",
    "king charles",
    "amy schumer",
    "chrissy teigen",
    "kelly clarkson",
    "taylor swift",
    "oprah winfrey",
    "jennifer aniston",
    "hailey bieber",
    "james norton",
    "theresa may",
    "boris johnson",
    "joe biden",
    "donald trump",
    "barack obama",
    "justin trudeau",
    "anthony fauci",
    "mehmet oz",
    "andrew huberman",
    "peter attia",
    "jason fung",
    "david sinclair",
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
