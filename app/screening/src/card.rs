//! The hand-off card (`/{lang}/card?path=…&office=…`): what its link may hold, how it is read,
//! and what the card says to the worker for each path.
//!
//! The link carries path ids ("which help may fit") and office ids only, never an answer: a
//! path id says what may fit, not why. Anything else in the query is refused, so no answer can
//! ride along by mistake.

use thiserror::Error;

use crate::{
    evaluation::evaluate,
    facts::Answers,
    rules::{Fit, Path},
};

/// Query parameter naming a path that may fit (repeatable).
pub const PATH_PARAM: &str = "path";
/// Query parameter naming an office by its HSDS location id (repeatable).
pub const OFFICE_PARAM: &str = "office";
/// `discreet=1`: a card that names no agency, program or child-welfare word.
pub const DISCREET_PARAM: &str = "discreet";

/// At most this many paths on one card: the card must print on one page.
pub const MAX_PATHS: usize = 4;
/// At most this many offices on one card.
pub const MAX_OFFICES: usize = 2;
/// Office ids are HSDS ids (UUIDs); anything longer is not one of ours.
pub const MAX_OFFICE_ID_LEN: usize = 64;

/// What a card link asks for, read and checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardRequest {
    /// Paths that may fit, each once, in the link's order.
    pub paths: Vec<Path>,
    /// Office ids, each once, in the link's order (not yet looked up).
    pub office_ids: Vec<String>,
    /// No agency, program or child-welfare words on the card.
    pub discreet: bool,
}

/// Why a card link cannot be shown. Each has a status and a message for the reader.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CardError {
    /// Neither a path nor an office.
    #[error("the link names no path and no office")]
    Empty,
    /// A path id we do not know.
    #[error("unknown path `{id}`")]
    UnknownPath { id: String },
    /// An office id that is not in the directory (or not the shape of one).
    #[error("unknown office `{id}`")]
    UnknownOffice { id: String },
    /// More paths or offices than fit on one page.
    #[error("too many paths or offices for one page")]
    TooMany,
    /// A parameter the card does not take, or a value it does not understand.
    #[error("parameter `{name}` is not understood")]
    BadParameter { name: String },
}

impl CardError {
    /// The HTTP status of the page that explains it.
    pub const fn status(&self) -> u16 {
        match self {
            CardError::UnknownOffice { .. } | CardError::UnknownPath { .. } => 404,
            CardError::Empty | CardError::TooMany | CardError::BadParameter { .. } => 400,
        }
    }

    /// Fluent id of the reason shown to the reader (`locales/<tag>/card.ftl`).
    pub const fn message_id(&self) -> &'static str {
        match self {
            CardError::Empty => "card-error-empty",
            CardError::UnknownPath { .. } => "card-error-unknown-path",
            CardError::UnknownOffice { .. } => "card-error-unknown-office",
            CardError::TooMany => "card-error-too-many",
            CardError::BadParameter { .. } => "card-error-bad-parameter",
        }
    }
}

/// Keeps a value from the URL short enough to show or log in a message.
fn clip(text: &str) -> String {
    text.chars().take(40).collect()
}

fn is_office_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_OFFICE_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

impl CardRequest {
    /// Reads the query pairs of a card link (already percent-decoded). Repeated ids count
    /// once; the first problem found is the answer.
    pub fn from_pairs<'a, I>(pairs: I) -> Result<CardRequest, CardError>
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut request = CardRequest::default();
        let mut discreet: Option<bool> = None;
        for (name, value) in pairs {
            match name {
                PATH_PARAM => {
                    let path = Path::parse(value)
                        .ok_or_else(|| CardError::UnknownPath { id: clip(value) })?;
                    if !request.paths.contains(&path) {
                        request.paths.push(path);
                    }
                }
                OFFICE_PARAM => {
                    if !is_office_id(value) {
                        return Err(CardError::UnknownOffice { id: clip(value) });
                    }
                    if !request.office_ids.iter().any(|id| id == value) {
                        request.office_ids.push(value.to_owned());
                    }
                }
                DISCREET_PARAM => {
                    let flag = match value {
                        "1" => true,
                        "0" => false,
                        _ => {
                            return Err(CardError::BadParameter {
                                name: DISCREET_PARAM.to_owned(),
                            })
                        }
                    };
                    if discreet.is_some_and(|known| known != flag) {
                        return Err(CardError::BadParameter {
                            name: DISCREET_PARAM.to_owned(),
                        });
                    }
                    discreet = Some(flag);
                }
                other => {
                    return Err(CardError::BadParameter { name: clip(other) });
                }
            }
        }
        request.discreet = discreet.unwrap_or(false);
        // A discreet card names no path, so it may hold only the help lines (the private card
        // a screening result offers); any other card needs a path or an office.
        if !request.discreet && request.paths.is_empty() && request.office_ids.is_empty() {
            return Err(CardError::Empty);
        }
        if request.paths.len() > MAX_PATHS || request.office_ids.len() > MAX_OFFICES {
            return Err(CardError::TooMany);
        }
        Ok(request)
    }

    /// The query string of this card's link (no `?`), ids in order.
    pub fn query(&self) -> String {
        card_query(
            &self.paths,
            self.office_ids.iter().map(String::as_str),
            self.discreet,
        )
    }
}

/// The query of a card link for these paths and offices (no `?`). Office ids are written only
/// when they have the shape of an HSDS id, so nothing else can reach the link. A discreet link
/// holds no path: its address, in a browser's history, must not name a program either.
pub fn card_query<'a>(
    paths: &[Path],
    office_ids: impl IntoIterator<Item = &'a str>,
    discreet: bool,
) -> String {
    let mut parts: Vec<String> = paths
        .iter()
        .filter(|_| !discreet)
        .take(MAX_PATHS)
        .map(|path| format!("{PATH_PARAM}={}", path.as_str()))
        .collect();
    parts.extend(
        office_ids
            .into_iter()
            .filter(|id| is_office_id(id))
            .take(MAX_OFFICES)
            .map(|id| format!("{OFFICE_PARAM}={id}")),
    );
    if discreet {
        parts.push(format!("{DISCREET_PARAM}=1"));
    }
    parts.join("&")
}

/// The paths a screening result puts on a card: those that may fit, best first, at most
/// [`MAX_PATHS`]. Only path ids leave the screening, never the answers behind them.
pub fn card_paths(answers: &Answers) -> Vec<Path> {
    evaluate(answers)
        .into_iter()
        .filter(|result| result.fit == Fit::MayFit)
        .map(|result| result.id)
        .take(MAX_PATHS)
        .collect()
}

/// What to say to the worker for a path, in the County's own terms: the sentences of the
/// screening's next steps that name the worker and the program (`screening.ftl`).
pub const fn say_to_worker_ids(path: Path) -> &'static [&'static str] {
    match path {
        Path::Prevention5122 => &["screening-step-ask-5122"],
        Path::FamilyMaintenance => &["screening-step-tell-worker-fm"],
        Path::FamilyPreservation => &["screening-step-tell-worker-fp"],
        Path::FamilyReunification => &["screening-step-fr-volunteer"],
        Path::HomelessOutreach => &["screening-step-tell-worker-homeless"],
        Path::SanctionHelp => &["screening-step-tell-worker-sanction"],
        Path::LinkagesGsw => &["screening-step-gsw-cft"],
        Path::DpssApply => &["screening-step-benefitscal", "screening-step-call-dpss"],
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::facts::Fact;
    use crate::messages::all_message_ids;

    const OFFICE: &str = "04dc5f01-6a5f-5286-91cd-2cce1f7918e1";

    fn read(query: &[(&str, &str)]) -> Result<CardRequest, CardError> {
        CardRequest::from_pairs(query.iter().copied())
    }

    #[test]
    fn paths_and_offices_are_read_in_order_each_once() {
        let request = read(&[
            ("path", "family_maintenance"),
            ("office", OFFICE),
            ("path", "prevention_5122"),
            ("path", "family_maintenance"),
            ("office", OFFICE),
        ])
        .unwrap();
        assert_eq!(
            request.paths,
            vec![Path::FamilyMaintenance, Path::Prevention5122]
        );
        assert_eq!(request.office_ids, vec![OFFICE.to_owned()]);
        assert!(!request.discreet);
        assert_eq!(
            request.query(),
            format!("path=family_maintenance&path=prevention_5122&office={OFFICE}")
        );
    }

    #[test]
    fn discreet_is_one_or_zero_and_never_both() {
        assert!(
            read(&[("office", OFFICE), ("discreet", "1")])
                .unwrap()
                .discreet
        );
        assert!(
            read(&[("office", OFFICE), ("discreet", "1"), ("discreet", "1")])
                .unwrap()
                .discreet
        );
        assert!(
            !read(&[("office", OFFICE), ("discreet", "0")])
                .unwrap()
                .discreet
        );
        for bad in [
            &[("office", OFFICE), ("discreet", "yes")][..],
            &[("office", OFFICE), ("discreet", "1"), ("discreet", "0")][..],
        ] {
            assert_eq!(
                read(bad),
                Err(CardError::BadParameter {
                    name: "discreet".into()
                })
            );
        }
    }

    #[test]
    fn bad_links_say_why() {
        assert_eq!(read(&[]), Err(CardError::Empty));
        assert_eq!(read(&[("discreet", "0")]), Err(CardError::Empty));
        assert_eq!(
            read(&[("path", "nope")]),
            Err(CardError::UnknownPath { id: "nope".into() })
        );
        assert_eq!(
            read(&[("office", "<script>")]),
            Err(CardError::UnknownOffice {
                id: "<script>".into()
            })
        );
        assert_eq!(read(&[("office", "")]).unwrap_err().status(), 404);
        // An answer never rides along: any other parameter is refused.
        assert_eq!(
            read(&[("path", "prevention_5122"), ("dcfs_case", "yes")]),
            Err(CardError::BadParameter {
                name: "dcfs_case".into()
            })
        );
        let five: Vec<(&str, &str)> = Path::ALL[..5]
            .iter()
            .map(|path| ("path", path.as_str()))
            .collect();
        assert_eq!(read(&five), Err(CardError::TooMany));
        assert_eq!(
            read(&[("office", "a"), ("office", "b"), ("office", "c")]),
            Err(CardError::TooMany)
        );
        let long = "x".repeat(500);
        assert_eq!(
            read(&[("path", &long)]),
            Err(CardError::UnknownPath { id: "x".repeat(40) })
        );
    }

    #[test]
    fn every_error_has_a_status_in_the_4xx_range_and_a_message() {
        for error in [
            CardError::Empty,
            CardError::UnknownPath { id: "x".into() },
            CardError::UnknownOffice { id: "x".into() },
            CardError::TooMany,
            CardError::BadParameter { name: "x".into() },
        ] {
            assert!((400..500).contains(&error.status()), "{error}");
            assert!(error.message_id().starts_with("card-error-"));
        }
    }

    #[test]
    fn every_path_has_words_for_the_worker_from_the_screening_messages() {
        let known = all_message_ids();
        for path in Path::ALL {
            let ids = say_to_worker_ids(path);
            assert!(!ids.is_empty(), "{path:?}");
            for id in ids {
                assert!(known.iter().any(|k| k == id), "{path:?}: {id}");
            }
        }
    }

    #[test]
    fn a_result_puts_only_paths_that_may_fit_on_the_card() {
        let answers = Answers::from_pairs([
            ("dcfs_case", "yes"),
            ("calworks_now", "no"),
            ("dcfs_service", "unsure"),
        ])
        .unwrap();
        let paths = card_paths(&answers);
        assert!(paths.contains(&Path::Prevention5122), "{paths:?}");
        for path in &paths {
            let fit = evaluate(&answers)
                .into_iter()
                .find(|r| r.id == *path)
                .map(|r| r.fit);
            assert_eq!(fit, Some(Fit::MayFit));
        }
        let query = card_query(&paths, [], false);
        for (fact, answer) in answers.iter() {
            assert!(!query.contains(fact.as_str()), "{query}");
            assert!(!query.contains(&format!("={}", answer.as_str())), "{query}");
        }
    }

    /// Every combination of answers: the paths that may fit always fit on one card, so a
    /// result's card link never drops one.
    #[test]
    fn no_result_has_more_paths_that_may_fit_than_a_card_takes() {
        let mut most = 0;
        let mut combos = vec![Answers::new()];
        for fact in Fact::ALL {
            combos = combos
                .into_iter()
                .flat_map(|answers| {
                    fact.options().iter().map(move |&answer| {
                        let mut next = answers;
                        next.set(fact, answer).expect("allowed answer");
                        next
                    })
                })
                .collect();
        }
        for answers in &combos {
            let fitting = evaluate(answers)
                .iter()
                .filter(|r| r.fit == Fit::MayFit)
                .count();
            most = most.max(fitting);
        }
        assert!(most <= MAX_PATHS, "{most} paths may fit at once");
    }

    #[test]
    fn a_discreet_link_names_no_path_and_may_hold_only_the_lines() {
        let query = card_query(&[Path::FamilyReunification], [OFFICE], true);
        assert_eq!(query, format!("office={OFFICE}&discreet=1"));
        assert_eq!(card_query(&[Path::Prevention5122], [], true), "discreet=1");
        let lines_only = read(&[("discreet", "1")]).unwrap();
        assert!(lines_only.discreet && lines_only.paths.is_empty());
        assert_eq!(lines_only.query(), "discreet=1");
        // Paths in a discreet link are still checked, then left off the card.
        assert!(read(&[("discreet", "1"), ("path", "nope")]).is_err());
    }

    #[test]
    fn a_link_never_holds_more_than_a_card_takes() {
        let query = card_query(&Path::ALL, ["a", "b", "c", "not an id"], false);
        assert_eq!(query.matches("path=").count(), MAX_PATHS);
        assert_eq!(query.matches("office=").count(), MAX_OFFICES);
        assert!(CardRequest::from_pairs(
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .collect::<Vec<_>>()
        )
        .is_ok());
    }
}
