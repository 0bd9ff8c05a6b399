//! The two County departments whose offices the directory lists. Parsed once where text
//! comes in (a query parameter, the dataset's `linkages:agency` attribute, a GIS mapping);
//! inside the directory an agency is never a string.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A department with offices in the directory. Serialised as its code (`"DCFS"`, `"DPSS"`),
/// as the dataset, the GIS mappings and the JSON API write it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Agency {
    /// Department of Children and Family Services (child welfare).
    #[serde(rename = "DCFS")]
    Dcfs,
    /// Department of Public Social Services (CalWORKs, GAIN, General Relief, CalFresh).
    #[serde(rename = "DPSS")]
    Dpss,
}

/// Text that names no agency with offices here (`DMH`, `211LA` and typos alike).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an agency with offices in the directory (DCFS or DPSS)")]
pub struct UnknownAgency(pub String);

impl Agency {
    /// Every agency, in the order results show them.
    pub const ALL: [Agency; 2] = [Agency::Dcfs, Agency::Dpss];

    /// The code as the County writes it: `DCFS`, `DPSS`.
    pub const fn code(self) -> &'static str {
        match self {
            Agency::Dcfs => "DCFS",
            Agency::Dpss => "DPSS",
        }
    }

    /// The lower-case form used in URLs (`agency=dcfs`).
    pub fn param(self) -> &'static str {
        match self {
            Agency::Dcfs => "dcfs",
            Agency::Dpss => "dpss",
        }
    }

    /// Parses a code in any case (`dcfs`, `DPSS`); nothing else, not even spaces.
    pub fn parse(text: &str) -> Result<Agency, UnknownAgency> {
        Agency::ALL
            .into_iter()
            .find(|a| a.code().eq_ignore_ascii_case(text))
            .ok_or_else(|| UnknownAgency(text.to_owned()))
    }
}

impl FromStr for Agency {
    type Err = UnknownAgency;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Agency::parse(s)
    }
}

impl fmt::Display for Agency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn parses_any_case_and_round_trips_as_the_county_code() {
        for agency in Agency::ALL {
            assert_eq!(Agency::parse(agency.code()), Ok(agency));
            assert_eq!(Agency::parse(agency.param()), Ok(agency));
            assert!(Agency::parse(&format!(" {}", agency.param())).is_err());
            let json = serde_json::to_string(&agency).unwrap();
            assert_eq!(json, format!("\"{}\"", agency.code()));
            assert_eq!(serde_json::from_str::<Agency>(&json).unwrap(), agency);
        }
        assert!(Agency::parse("DMH").is_err());
        assert!(Agency::parse("").is_err());
        assert!(serde_json::from_str::<Agency>("\"dcfs\"").is_err());
    }
}
