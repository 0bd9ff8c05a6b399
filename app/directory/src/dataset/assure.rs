//! `linkages dataset assure --id <id> --date <YYYY-MM-DD>`: records the day a person checked a
//! listing (called the office or line, or visited). That date is shown as "checked on DATE",
//! apart from the source's own date, and only a person sets it: no import does.
//!
//! Where it goes: a line (hotline) is an HSDS `service`, which has `assured_date`; an office
//! is an HSDS `location`, which has none in HSDS 3.1, and the agency's office service is
//! shared by all its offices (dating it would say every office was checked), so an office
//! gets the attribute [`link_type::ASSURED_DATE`].

use std::path::Path;

use chrono::NaiveDate;

use super::hsds::{attribute_value, link_type, Attribute, Dataset};

/// Error recording a check date.
#[derive(Debug, thiserror::Error)]
pub enum AssureError {
    /// Not a calendar date in `YYYY-MM-DD`.
    #[error(
        "{0:?} is not a date: give the day of the check as YYYY-MM-DD (for example 2026-11-30)"
    )]
    BadDate(String),
    /// A day after today in Los Angeles.
    #[error("{date} is after today ({today} in Los Angeles): give the day the check was made")]
    FutureDate {
        /// The date given.
        date: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// No office or line has this id.
    #[error("no office or line has the id {0:?}: give an office's id (a location) or a line's id (a service), as the API's `id` shows them")]
    UnknownId(String),
    /// The id of an agency's shared office service.
    #[error("{id:?} is the service every {name:?} location shares: give the id of the office that was checked")]
    SharedOfficeService {
        /// The id given.
        id: String,
        /// The service's name.
        name: String,
    },
    /// The dataset did not load.
    #[error(transparent)]
    Dataset(#[from] super::load::DatasetError),
    /// The changed dataset does not validate or serialise (a bug, not an input error).
    #[error("the dataset does not validate after the change: {0}")]
    Invalid(String),
    /// The file could not be written.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
}

/// What was dated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assured {
    /// An office (HSDS location).
    Office {
        /// Its name.
        name: String,
        /// The date it had before, if any.
        previous: Option<String>,
    },
    /// A line (HSDS service).
    Line {
        /// Its name.
        name: String,
        /// The date it had before, if any.
        previous: Option<String>,
    },
}

/// Reads a check date: exactly `YYYY-MM-DD`, a real day, not after `today`.
pub fn parse_check_date(text: &str, today: NaiveDate) -> Result<NaiveDate, AssureError> {
    let t = text.trim();
    let shaped = t.len() == 10
        && t.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let date = shaped
        .then(|| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| AssureError::BadDate(text.to_string()))?;
    if date > today {
        return Err(AssureError::FutureDate { date, today });
    }
    Ok(date)
}

/// Records `date` as the day the office or line `id` was checked.
pub fn assure(dataset: &mut Dataset, id: &str, date: NaiveDate) -> Result<Assured, AssureError> {
    let id = id.trim();
    let value = date.format("%Y-%m-%d").to_string();
    if let Some(l) = dataset.locations.iter_mut().find(|l| l.id == id) {
        let previous = l.assured_date().map(str::to_string);
        l.attributes
            .retain(|a| a.link_type.as_deref() != Some(link_type::ASSURED_DATE));
        l.attributes.push(Attribute::fact(
            "location",
            id,
            link_type::ASSURED_DATE,
            &value,
            Some("checked by calling or visiting"),
        ));
        return Ok(Assured::Office {
            name: l.name.clone().unwrap_or_default(),
            previous,
        });
    }
    if let Some(s) = dataset.services.iter_mut().find(|s| s.id == id) {
        if attribute_value(&s.attributes, link_type::SERVICE_KIND) == Some("office") {
            return Err(AssureError::SharedOfficeService {
                id: id.to_string(),
                name: s.name.clone(),
            });
        }
        let previous = s.assured_date.replace(value);
        return Ok(Assured::Line {
            name: s.name.clone(),
            previous,
        });
    }
    Err(AssureError::UnknownId(id.to_string()))
}

/// `linkages dataset assure --data FILE --id ID --date YYYY-MM-DD`: dates the check in the
/// dataset file, validated and written atomically (a failure leaves the file as it was).
/// Returns the line to print.
pub fn assure_cli(path: &Path, id: &str, date: &str) -> Result<String, AssureError> {
    let today = super::hours::now_in_los_angeles().date_naive();
    let date = parse_check_date(date, today)?;
    let mut dataset = super::load::load_dataset(path)?;
    let assured = assure(&mut dataset, id, date)?;
    let issues = super::load::validate(&dataset);
    if let Some(first) = issues.first() {
        return Err(AssureError::Invalid(first.to_string()));
    }
    let json = super::reference::to_pretty_json(&dataset)
        .map_err(|e| AssureError::Invalid(e.to_string()))?;
    super::atomic::write_atomically(path, json.as_bytes()).map_err(|source| AssureError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let (what, name, previous) = match &assured {
        Assured::Office { name, previous } => ("office", name, previous),
        Assured::Line { name, previous } => ("line", name, previous),
    };
    let was = previous
        .as_deref()
        .map(|p| format!(" (was {p})"))
        .unwrap_or_default();
    Ok(format!(
        "{what} {name:?} ({id}): checked on {date}{was}; wrote {}",
        path.display()
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::dataset::load::{embedded_dataset, validate};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_are_whole_real_days_not_in_the_future() {
        let today = day("2026-11-30");
        assert_eq!(parse_check_date("2026-11-30", today).unwrap(), today);
        assert_eq!(
            parse_check_date(" 2025-02-28 ", today).unwrap(),
            day("2025-02-28")
        );
        for bad in [
            "2026-02-30",
            "2026-1-5",
            "30/11/2026",
            "2026-11-30T00:00",
            "",
            "yesterday",
            "+2026-11-30",
        ] {
            assert!(
                matches!(parse_check_date(bad, today), Err(AssureError::BadDate(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            parse_check_date("2026-12-01", today),
            Err(AssureError::FutureDate { .. })
        ));
    }

    #[test]
    fn an_office_gets_the_attribute_and_a_line_the_hsds_field() {
        let mut d = embedded_dataset().unwrap();
        let office = d.locations[0].id.clone();
        let line = d.hotlines().next().unwrap().id.clone();
        assert!(d.locations[0].assured_date().is_none());
        let first = assure(&mut d, &office, day("2026-11-01")).unwrap();
        assert!(matches!(first, Assured::Office { previous: None, .. }));
        let again = assure(&mut d, &office, day("2026-11-20")).unwrap();
        assert!(matches!(again, Assured::Office { previous: Some(p), .. } if p == "2026-11-01"));
        let l = d.locations.iter().find(|l| l.id == office).unwrap();
        assert_eq!(l.assured_date(), Some("2026-11-20"));
        // One attribute, replaced, not two.
        assert_eq!(
            l.attributes
                .iter()
                .filter(|a| a.link_type.as_deref() == Some(link_type::ASSURED_DATE))
                .count(),
            1
        );
        assert!(matches!(
            assure(&mut d, &line, day("2026-11-02")).unwrap(),
            Assured::Line { .. }
        ));
        let s = d.services.iter().find(|s| s.id == line).unwrap();
        assert_eq!(s.assured_date.as_deref(), Some("2026-11-02"));
        // No other record was dated.
        assert_eq!(
            d.locations
                .iter()
                .filter(|l| l.assured_date().is_some())
                .count(),
            1
        );
        assert_eq!(
            d.services
                .iter()
                .filter(|s| s.assured_date.is_some())
                .count(),
            1
        );
        assert!(validate(&d).is_empty());
    }

    #[test]
    fn unknown_ids_and_shared_office_services_are_refused() {
        let mut d = embedded_dataset().unwrap();
        let before = d.clone();
        assert!(matches!(
            assure(
                &mut d,
                "00000000-0000-5000-8000-000000000000",
                day("2026-11-01")
            ),
            Err(AssureError::UnknownId(_))
        ));
        let office_service = d
            .services
            .iter()
            .find(|s| attribute_value(&s.attributes, link_type::SERVICE_KIND) == Some("office"))
            .unwrap()
            .id
            .clone();
        assert!(matches!(
            assure(&mut d, &office_service, day("2026-11-01")),
            Err(AssureError::SharedOfficeService { .. })
        ));
        assert_eq!(d, before);
    }
}
