//! Crisis lines by country: who someone can call or text now. Shown in the support panel,
//! on the account page and beside posts that suggest someone may be at risk.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub name: String,
    /// How to reach it, in words ("Call or text 988").
    pub how: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// ISO 3166 country code ("GB").
    pub code: String,
    pub name: String,
    pub lines: Vec<Line>,
}

fn region(code: &str, name: &str, lines: &[(&str, &str)]) -> Region {
    Region {
        code: code.into(),
        name: name.into(),
        lines: lines
            .iter()
            .map(|(n, h)| Line {
                name: (*n).into(),
                how: (*h).into(),
            })
            .collect(),
    }
}

/// The lines CareCircle knows without configuration.
pub fn default_regions() -> Vec<Region> {
    vec![
        region(
            "US",
            "United States",
            &[(
                "988 Suicide & Crisis Lifeline",
                "Call or text 988, any time",
            )],
        ),
        region(
            "CA",
            "Canada",
            &[(
                "9-8-8 Suicide Crisis Helpline",
                "Call or text 988, any time",
            )],
        ),
        region(
            "GB",
            "United Kingdom",
            &[("Samaritans", "Call 116 123, free, day or night")],
        ),
        region(
            "IE",
            "Ireland",
            &[("Samaritans", "Call 116 123, free, day or night")],
        ),
        region(
            "AU",
            "Australia",
            &[("Lifeline", "Call 13 11 14, any time")],
        ),
        region(
            "NZ",
            "New Zealand",
            &[("Need to talk?", "Call or text 1737, free, any time")],
        ),
        region(
            "IN",
            "India",
            &[("Tele-MANAS", "Call 14416, free, any time")],
        ),
    ]
}

/// The table in use: the defaults, with any region from configuration replacing or adding.
#[derive(Clone, Debug)]
pub struct CrisisLines {
    regions: Vec<Region>,
    default_code: String,
}

impl CrisisLines {
    pub fn new(extra: Vec<Region>, default_code: &str) -> CrisisLines {
        let mut regions = default_regions();
        for r in extra {
            match regions.iter_mut().find(|known| known.code == r.code) {
                Some(known) => *known = r,
                None => regions.push(r),
            }
        }
        CrisisLines {
            regions,
            default_code: default_code.to_uppercase(),
        }
    }

    /// The country whose lines visitors and members without a choice see.
    pub fn default_code(&self) -> &str {
        &self.default_code
    }

    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    pub fn knows(&self, code: &str) -> bool {
        self.regions.iter().any(|r| r.code == code)
    }

    /// The region for a member's country, or the site's default, or the first one.
    pub fn for_country(&self, code: Option<&str>) -> &Region {
        let wanted = |c: &str| self.regions.iter().find(|r| r.code == c);
        code.and_then(wanted)
            .or_else(|| wanted(&self.default_code))
            .or(self.regions.first())
            .unwrap_or(&FALLBACK)
    }
}

/// Only reachable with an empty table: the emergency advice alone.
static FALLBACK: Region = Region {
    code: String::new(),
    name: String::new(),
    lines: Vec::new(),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_see_their_country_else_the_site_default() {
        let lines = CrisisLines::new(Vec::new(), "gb");
        assert_eq!(
            lines.for_country(Some("AU")).lines[0].how,
            "Call 13 11 14, any time"
        );
        assert_eq!(lines.for_country(None).code, "GB");
        assert_eq!(lines.for_country(Some("ZZ")).code, "GB");
    }

    #[test]
    fn configured_regions_replace_or_add() {
        let local = region("US", "United States", &[("County line", "Call 555 0100")]);
        let extra = region(
            "DE",
            "Germany",
            &[("TelefonSeelsorge", "Call 0800 111 0 111")],
        );
        let lines = CrisisLines::new(vec![local, extra], "US");
        assert_eq!(lines.for_country(Some("US")).lines[0].name, "County line");
        assert!(lines.knows("DE") && lines.knows("IN"));
    }
}
