//! Whether a dataset may replace the one in service. A file can be valid HSDS and still be
//! hollow: a truncated export, an empty table, one agency's offices left out. Such a file would
//! answer every search with "no offices", so it is refused and the last good data stays.
//!
//! Two rules, comparing the candidate with the dataset it would replace:
//! * an agency that had offices with a known place (the ones a search can return) must still
//!   have at least one;
//! * the number of offices may not shrink by more than a share (default one half), unless the
//!   operator says the shrink is intended.

use std::collections::BTreeMap;
use std::fmt;

use super::finder::OfficeFinder;
use crate::agency::Agency;

/// What a dataset holds, as far as the two rules care.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfficeCounts {
    /// Offices (physical locations of DCFS or DPSS).
    pub offices: usize,
    /// Offices with a known place, per agency (agencies with none are absent).
    pub located: BTreeMap<Agency, usize>,
}

impl OfficeCounts {
    /// Offices of `agency` that a search can return.
    pub fn located(&self, agency: Agency) -> usize {
        self.located.get(&agency).copied().unwrap_or(0)
    }
}

impl fmt::Display for OfficeCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} offices", self.offices)?;
        for agency in Agency::ALL {
            write!(
                f,
                ", {} {} with a place",
                self.located(agency),
                agency.code()
            )?;
        }
        Ok(())
    }
}

impl OfficeFinder {
    /// Offices and, per agency, offices with a known place.
    pub fn office_counts(&self) -> OfficeCounts {
        let mut counts = OfficeCounts {
            offices: self.office_views().count(),
            located: BTreeMap::new(),
        };
        for office in self.office_views().filter(|o| o.coordinate.is_some()) {
            *counts.located.entry(office.agency).or_default() += 1;
        }
        counts
    }
}

/// How much a replacement may differ from the dataset in service.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReplacementPolicy {
    /// Largest share of offices (0.0 to 1.0) a replacement may drop.
    pub max_shrink: f64,
    /// The operator expects a larger shrink: only the per-agency rule applies.
    pub accept_shrink: bool,
}

impl Default for ReplacementPolicy {
    fn default() -> Self {
        ReplacementPolicy {
            max_shrink: 0.5,
            accept_shrink: false,
        }
    }
}

/// Why a dataset may not replace the one in service.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Refusal {
    /// An agency's offices are all gone (or have lost their places).
    #[error(
        "it lists no {} office with a place, where the data in service has {before}",
        agency.code()
    )]
    AgencyEmptied { agency: Agency, before: usize },
    /// Too many offices are gone.
    #[error(
        "it has {after} offices, {dropped_percent}% fewer than the {before} in service \
         (at most {allowed_percent}% fewer is taken; start with --accept-shrink if this is intended)"
    )]
    Shrunk {
        before: usize,
        after: usize,
        dropped_percent: u32,
        allowed_percent: u32,
    },
}

/// Whether `candidate` may replace `current` under `policy`.
pub fn check_replacement(
    current: &OfficeCounts,
    candidate: &OfficeCounts,
    policy: ReplacementPolicy,
) -> Result<(), Refusal> {
    for agency in Agency::ALL {
        let before = current.located(agency);
        if before > 0 && candidate.located(agency) == 0 {
            return Err(Refusal::AgencyEmptied { agency, before });
        }
    }
    if policy.accept_shrink || candidate.offices >= current.offices {
        return Ok(());
    }
    let dropped = (current.offices - candidate.offices) as f64 / current.offices as f64;
    if dropped > policy.max_shrink.clamp(0.0, 1.0) {
        return Err(Refusal::Shrunk {
            before: current.offices,
            after: candidate.offices,
            dropped_percent: percent(dropped),
            allowed_percent: percent(policy.max_shrink),
        });
    }
    Ok(())
}

/// A share as a whole percentage, for messages.
fn percent(share: f64) -> u32 {
    // In 0..=100 after the clamp, so the cast cannot truncate.
    (share.clamp(0.0, 1.0) * 100.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(offices: usize, dcfs: usize, dpss: usize) -> OfficeCounts {
        let mut located = BTreeMap::new();
        for (agency, n) in [(Agency::Dcfs, dcfs), (Agency::Dpss, dpss)] {
            if n > 0 {
                located.insert(agency, n);
            }
        }
        OfficeCounts { offices, located }
    }

    #[test]
    fn the_shipped_dataset_has_offices_with_places_for_both_agencies() {
        let finder = OfficeFinder::embedded().expect("embedded dataset loads");
        let c = finder.office_counts();
        assert!(
            c.located(Agency::Dcfs) > 0 && c.located(Agency::Dpss) > 0,
            "{c}"
        );
        assert!(c.offices >= c.located(Agency::Dcfs) + c.located(Agency::Dpss));
    }

    #[test]
    fn an_agency_left_without_offices_is_refused_even_when_a_shrink_is_accepted() {
        let accept = ReplacementPolicy {
            accept_shrink: true,
            ..ReplacementPolicy::default()
        };
        let refusal = check_replacement(&counts(25, 19, 6), &counts(24, 19, 0), accept);
        assert_eq!(
            refusal,
            Err(Refusal::AgencyEmptied {
                agency: Agency::Dpss,
                before: 6
            })
        );
        // An agency that had no located office before may stay without.
        assert_eq!(
            check_replacement(&counts(20, 19, 0), &counts(20, 20, 0), accept),
            Ok(())
        );
        assert_eq!(
            check_replacement(&counts(25, 19, 6), &counts(0, 0, 0), accept)
                .map_err(|e| e.to_string()),
            Err("it lists no DCFS office with a place, where the data in service has 19".into())
        );
    }

    #[test]
    fn a_shrink_beyond_the_share_is_refused_unless_accepted() {
        let policy = ReplacementPolicy::default();
        // Half as many is still taken; fewer is not.
        assert_eq!(
            check_replacement(&counts(26, 19, 6), &counts(13, 8, 5), policy),
            Ok(())
        );
        let refusal = check_replacement(&counts(25, 19, 6), &counts(10, 4, 6), policy);
        assert_eq!(
            refusal,
            Err(Refusal::Shrunk {
                before: 25,
                after: 10,
                dropped_percent: 60,
                allowed_percent: 50
            })
        );
        let message = refusal.map_err(|e| e.to_string()).unwrap_err();
        assert!(message.contains("--accept-shrink"), "{message}");
        let accept = ReplacementPolicy {
            accept_shrink: true,
            ..policy
        };
        assert_eq!(
            check_replacement(&counts(25, 19, 6), &counts(10, 4, 6), accept),
            Ok(())
        );
        // Growth is always fine; so is any shrink under a 100% share.
        assert_eq!(
            check_replacement(&counts(25, 19, 6), &counts(80, 30, 50), policy),
            Ok(())
        );
        let lenient = ReplacementPolicy {
            max_shrink: 1.0,
            accept_shrink: false,
        };
        assert_eq!(
            check_replacement(&counts(25, 19, 6), &counts(2, 1, 1), lenient),
            Ok(())
        );
    }
}
