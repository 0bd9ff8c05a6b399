//! JSON forms of `POST /api/v1/screening`.
//!
//! Request: `{"answers": {"dcfs_case": "yes", "calworks_now": "unsure", …}}`. Facts left out
//! count as "I don't know".
//!
//! Response (200): `{"paths": [{"id", "fit", "because", "next_steps", "what_would_change",
//! "services", "time_limit"}, …], "ignored": [fact, …]}`, see [`PathResult`].
//!
//! Bad answers (422): [`AnswerErrors`], `{"errors": [...]}`, naming every unknown fact and
//! every bad value.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::evaluate;
use crate::facts::{AnswerErrors, Answers, Fact};
use crate::flow;
use crate::rules::PathResult;

/// The request body. Values are kept as plain strings so that [`ScreeningRequest::answers`]
/// can report every problem at once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreeningRequest {
    pub answers: BTreeMap<String, String>,
}

impl ScreeningRequest {
    /// The answers, or every problem with them (for a 422).
    pub fn answers(&self) -> Result<Answers, AnswerErrors> {
        Answers::from_pairs(
            self.answers
                .iter()
                .map(|(fact, value)| (fact.as_str(), value.as_str())),
        )
    }
}

impl From<&Answers> for ScreeningRequest {
    fn from(answers: &Answers) -> Self {
        ScreeningRequest {
            answers: answers
                .iter()
                .map(|(fact, answer)| (fact.as_str().to_owned(), answer.as_str().to_owned()))
                .collect(),
        }
    }
}

/// The response body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreeningResponse {
    /// One per path, best fit first.
    pub paths: Vec<PathResult>,
    /// Facts that were given but did not matter, given the other answers (so were not used).
    pub ignored: Vec<Fact>,
}

impl ScreeningResponse {
    pub fn for_answers(answers: &Answers) -> Self {
        ScreeningResponse {
            paths: evaluate(answers),
            ignored: flow::ignored_answers(answers),
        }
    }
}

/// A message of an answer: its Fluent id and the numbers it takes (`$months`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageRef {
    pub id: String,
    pub args: Vec<(&'static str, i64)>,
}

impl ScreeningResponse {
    /// Every message the answer names, each once, in answer order: for each path its title,
    /// summary and fit label, then the ids in `because`, `next_steps`, `what_would_change`,
    /// the services' labels and the time limit (with its numbers). A partner that asks for
    /// `texts` gets each of these in one language (`POST /api/v1/screening?lang=`).
    pub fn messages(&self) -> Vec<MessageRef> {
        let mut refs: Vec<MessageRef> = Vec::new();
        let mut add = |id: &str, args: Vec<(&'static str, i64)>| {
            if !refs.iter().any(|r| r.id == id) {
                refs.push(MessageRef {
                    id: id.to_owned(),
                    args,
                });
            }
        };
        for path in &self.paths {
            add(path.id.title_id(), vec![]);
            add(path.id.summary_id(), vec![]);
            add(path.fit.label_id(), vec![]);
            for reason in &path.because {
                add(&reason.id, vec![]);
            }
            for step in &path.next_steps {
                add(step, vec![]);
            }
            for hint in &path.what_would_change {
                add(&hint.id, vec![]);
            }
            for service in &path.services {
                add(service.label_id(), vec![]);
            }
            if let Some(limit) = &path.time_limit {
                let mut args = vec![("months", i64::from(limit.months))];
                if let Some(max) = limit.extendable_to_months {
                    args.push(("max_months", i64::from(max)));
                }
                add(limit.message_id(), args);
            }
        }
        refs
    }
}

/// Request in, response or 422 body out: all the handler needs besides HTTP.
pub fn screen(request: &ScreeningRequest) -> Result<ScreeningResponse, AnswerErrors> {
    request
        .answers()
        .map(|answers| ScreeningResponse::for_answers(&answers))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn messages_name_every_id_of_the_answer_once() {
        let request: ScreeningRequest =
            serde_json::from_value(json!({"answers": {"dcfs_case": "yes"}})).unwrap();
        let response = screen(&request).unwrap();
        let refs = response.messages();
        let json = serde_json::to_string(&response).unwrap();
        let known = crate::messages::all_message_ids();
        for r in &refs {
            assert!(known.contains(&r.id), "{} is a message", r.id);
        }
        // Every id string in the JSON answer is among them.
        for id in known
            .iter()
            .filter(|id| json.contains(&format!("\"{id}\"")))
        {
            assert!(refs.iter().any(|r| &r.id == id), "{id} missing");
        }
        let mut ids: Vec<&str> = refs.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), refs.len(), "each once");
    }

    #[test]
    fn request_and_response_shapes() {
        let request: ScreeningRequest = serde_json::from_value(json!({
            "answers": {
                "dcfs_case": "yes",
                "dcfs_service": "family_maintenance",
                "children_location": "all_home",
                "calworks_now": "yes",
                "fr_plan": "yes"
            }
        }))
        .unwrap();
        let response = screen(&request).unwrap();
        let json = serde_json::to_value(&response).unwrap();

        assert_eq!(json["ignored"], json!(["fr_plan"]));
        let paths = json["paths"].as_array().unwrap();
        assert_eq!(paths.len(), 8);
        let fm = paths
            .iter()
            .find(|p| p["id"] == "family_maintenance")
            .unwrap();
        assert_eq!(fm["fit"], "may_fit");
        assert_eq!(
            fm["time_limit"],
            json!({"months": 6, "extendable_to_months": null})
        );
        assert_eq!(fm["services"][0], "mental_health");
        assert_eq!(
            fm["because"][0],
            json!({"id": "screening-reason-dcfs-case-yes", "fact": "dcfs_case", "value": "yes"})
        );
        assert!(!fm["next_steps"].as_array().unwrap().is_empty());
        assert_eq!(fm["what_would_change"], json!([]));
        let homeless = paths
            .iter()
            .find(|p| p["id"] == "homeless_outreach")
            .unwrap();
        assert_eq!(homeless["fit"], "ask");
        assert_eq!(
            homeless["what_would_change"],
            json!([{"id": "screening-change-homeless", "fact": "homeless"}])
        );

        // The response reads back.
        let back: ScreeningResponse = serde_json::from_value(json).unwrap();
        assert_eq!(back, response);
    }

    #[test]
    fn bad_answers_give_every_error() {
        let request: ScreeningRequest = serde_json::from_value(json!({
            "answers": {"dcfs_case": "perhaps", "pets": "yes", "homeless": "yes"}
        }))
        .unwrap();
        let errors = screen(&request).unwrap_err();
        let json = serde_json::to_value(&errors).unwrap();
        assert_eq!(
            json,
            json!({"errors": [
                {"error": "bad_value", "fact": "dcfs_case", "value": "perhaps"},
                {"error": "unknown_fact", "name": "pets"}
            ]})
        );
    }

    #[test]
    fn empty_answers_are_fine_and_ask_about_everything() {
        let request: ScreeningRequest = serde_json::from_str(r#"{"answers": {}}"#).unwrap();
        let response = screen(&request).unwrap();
        assert!(response.ignored.is_empty());
        assert!(response.paths.iter().all(|p| p.fit == crate::Fit::Ask));
    }

    #[test]
    fn malformed_bodies_are_refused_by_serde() {
        assert!(serde_json::from_str::<ScreeningRequest>(r#"{}"#).is_err());
        assert!(serde_json::from_str::<ScreeningRequest>(r#"{"answer": {}}"#).is_err());
        assert!(
            serde_json::from_str::<ScreeningRequest>(r#"{"answers": {"dcfs_case": true}}"#)
                .is_err()
        );
    }

    #[test]
    fn request_from_answers_round_trips() {
        let answers = Answers::new().with(Fact::Homeless, crate::Answer::No);
        let request = ScreeningRequest::from(&answers);
        assert_eq!(request.answers().unwrap(), answers);
    }
}
