//! The facts a family tells us, the answers each fact allows, and parsing them from the
//! wire (form fields, query strings, JSON) with an error list that names every problem.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// One thing we ask the family. The order of [`Fact::ALL`] is the order of the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// The family has an open case with DCFS (a children's social worker).
    DcfsCase,
    /// Which DCFS service the case is in.
    DcfsService,
    /// Where the children live now.
    ChildrenLocation,
    /// The family receives CalWORKs now.
    CalworksNow,
    /// The family was receiving CalWORKs when the children were removed.
    CalworksAtRemoval,
    /// A DCFS Family Reunification plan exists.
    FrPlan,
    /// A child is placed with a relative caregiver.
    RelativeCaregiver,
    /// The family is homeless now.
    Homeless,
    /// CalWORKs is reduced by a GAIN/Welfare-to-Work sanction.
    Sanction,
}

/// Every answer value used by any fact. Each fact allows a subset: see [`Fact::options`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    /// "I don't know". Always allowed, and the same as not answering.
    Unsure,
    FamilyMaintenance,
    FamilyPreservation,
    FamilyReunification,
    Investigation,
    AllHome,
    SomeRemoved,
    AllRemoved,
}

const YES_NO_UNSURE: &[Answer] = &[Answer::Yes, Answer::No, Answer::Unsure];
const DCFS_SERVICES: &[Answer] = &[
    Answer::FamilyMaintenance,
    Answer::FamilyPreservation,
    Answer::FamilyReunification,
    Answer::Investigation,
    Answer::Unsure,
];
const CHILDREN_LOCATIONS: &[Answer] = &[
    Answer::AllHome,
    Answer::SomeRemoved,
    Answer::AllRemoved,
    Answer::Unsure,
];

impl Fact {
    /// All facts, in question order.
    pub const ALL: [Fact; 9] = [
        Fact::DcfsCase,
        Fact::DcfsService,
        Fact::ChildrenLocation,
        Fact::CalworksNow,
        Fact::CalworksAtRemoval,
        Fact::FrPlan,
        Fact::RelativeCaregiver,
        Fact::Homeless,
        Fact::Sanction,
    ];

    /// The wire name (form field, JSON key).
    pub const fn as_str(self) -> &'static str {
        match self {
            Fact::DcfsCase => "dcfs_case",
            Fact::DcfsService => "dcfs_service",
            Fact::ChildrenLocation => "children_location",
            Fact::CalworksNow => "calworks_now",
            Fact::CalworksAtRemoval => "calworks_at_removal",
            Fact::FrPlan => "fr_plan",
            Fact::RelativeCaregiver => "relative_caregiver",
            Fact::Homeless => "homeless",
            Fact::Sanction => "sanction",
        }
    }

    /// The fact with this wire name, if any.
    pub fn parse(name: &str) -> Option<Fact> {
        Fact::ALL.into_iter().find(|fact| fact.as_str() == name)
    }

    /// The answers this fact allows, in the order the question shows them.
    /// The last one is always [`Answer::Unsure`] ("I don't know").
    pub const fn options(self) -> &'static [Answer] {
        match self {
            Fact::DcfsService => DCFS_SERVICES,
            Fact::ChildrenLocation => CHILDREN_LOCATIONS,
            _ => YES_NO_UNSURE,
        }
    }

    /// Whether `answer` is one of [`Fact::options`].
    pub fn allows(self, answer: Answer) -> bool {
        self.options().contains(&answer)
    }

    /// Position in question order.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Fluent id of the question, used as the page heading.
    pub const fn question_id(self) -> &'static str {
        match self {
            Fact::DcfsCase => "screening-q-dcfs-case",
            Fact::DcfsService => "screening-q-dcfs-service",
            Fact::ChildrenLocation => "screening-q-children-location",
            Fact::CalworksNow => "screening-q-calworks-now",
            Fact::CalworksAtRemoval => "screening-q-calworks-at-removal",
            Fact::FrPlan => "screening-q-fr-plan",
            Fact::RelativeCaregiver => "screening-q-relative-caregiver",
            Fact::Homeless => "screening-q-homeless",
            Fact::Sanction => "screening-q-sanction",
        }
    }

    /// Fluent id of the one-line hint under the question.
    pub const fn hint_id(self) -> &'static str {
        match self {
            Fact::DcfsCase => "screening-q-dcfs-case-hint",
            Fact::DcfsService => "screening-q-dcfs-service-hint",
            Fact::ChildrenLocation => "screening-q-children-location-hint",
            Fact::CalworksNow => "screening-q-calworks-now-hint",
            Fact::CalworksAtRemoval => "screening-q-calworks-at-removal-hint",
            Fact::FrPlan => "screening-q-fr-plan-hint",
            Fact::RelativeCaregiver => "screening-q-relative-caregiver-hint",
            Fact::Homeless => "screening-q-homeless-hint",
            Fact::Sanction => "screening-q-sanction-hint",
        }
    }

    /// Fluent id of the "what would change the result" hint shown when this fact is unknown.
    pub const fn change_id(self) -> &'static str {
        match self {
            Fact::DcfsCase => "screening-change-dcfs-case",
            Fact::DcfsService => "screening-change-dcfs-service",
            Fact::ChildrenLocation => "screening-change-children-location",
            Fact::CalworksNow => "screening-change-calworks-now",
            Fact::CalworksAtRemoval => "screening-change-calworks-at-removal",
            Fact::FrPlan => "screening-change-fr-plan",
            Fact::RelativeCaregiver => "screening-change-relative-caregiver",
            Fact::Homeless => "screening-change-homeless",
            Fact::Sanction => "screening-change-sanction",
        }
    }

    /// Fluent id of the reason "You said …" for this fact and answer.
    pub fn reason_id(self, answer: Answer) -> String {
        format!(
            "screening-reason-{}-{}",
            kebab(self.as_str()),
            kebab(answer.as_str())
        )
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Answer {
    /// Every answer value.
    pub const ALL: [Answer; 10] = [
        Answer::Yes,
        Answer::No,
        Answer::Unsure,
        Answer::FamilyMaintenance,
        Answer::FamilyPreservation,
        Answer::FamilyReunification,
        Answer::Investigation,
        Answer::AllHome,
        Answer::SomeRemoved,
        Answer::AllRemoved,
    ];

    /// The wire name (form value, JSON value).
    pub const fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "unsure",
            Answer::FamilyMaintenance => "family_maintenance",
            Answer::FamilyPreservation => "family_preservation",
            Answer::FamilyReunification => "family_reunification",
            Answer::Investigation => "investigation",
            Answer::AllHome => "all_home",
            Answer::SomeRemoved => "some_removed",
            Answer::AllRemoved => "all_removed",
        }
    }

    /// The answer with this wire name, if any (whichever fact it belongs to).
    pub fn parse(name: &str) -> Option<Answer> {
        Answer::ALL
            .into_iter()
            .find(|answer| answer.as_str() == name)
    }

    /// Fluent id of the option label.
    pub const fn label_id(self) -> &'static str {
        match self {
            Answer::Yes => "screening-answer-yes",
            Answer::No => "screening-answer-no",
            Answer::Unsure => "screening-answer-unsure",
            Answer::FamilyMaintenance => "screening-answer-family-maintenance",
            Answer::FamilyPreservation => "screening-answer-family-preservation",
            Answer::FamilyReunification => "screening-answer-family-reunification",
            Answer::Investigation => "screening-answer-investigation",
            Answer::AllHome => "screening-answer-all-home",
            Answer::SomeRemoved => "screening-answer-some-removed",
            Answer::AllRemoved => "screening-answer-all-removed",
        }
    }

    /// Fluent id of a one-line hint under the option label, where the label alone is not
    /// plain enough (the DCFS program names).
    pub const fn hint_id(self) -> Option<&'static str> {
        match self {
            Answer::FamilyMaintenance => Some("screening-answer-family-maintenance-hint"),
            Answer::FamilyPreservation => Some("screening-answer-family-preservation-hint"),
            Answer::FamilyReunification => Some("screening-answer-family-reunification-hint"),
            Answer::Investigation => Some("screening-answer-investigation-hint"),
            _ => None,
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

fn kebab(wire: &str) -> String {
    wire.replace('_', "-")
}

/// What the family has told us so far. A fact not given counts as [`Answer::Unsure`].
///
/// Holds only answers a fact allows, so every value inside is valid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    values: [Option<Answer>; Fact::ALL.len()],
}

impl Answers {
    /// No answers yet.
    pub const fn new() -> Self {
        Answers {
            values: [None; Fact::ALL.len()],
        }
    }

    /// Parses wire pairs such as form fields or JSON members.
    ///
    /// Collects every problem rather than stopping at the first, so a 422 response can list
    /// them all: unknown fact names, values the fact does not allow, and a fact given twice
    /// with different values. The same pair given twice is accepted.
    pub fn from_pairs<'a, I>(pairs: I) -> Result<Answers, AnswerErrors>
    where
        I: IntoIterator<Item = (&'a str, &'a str)>,
    {
        let mut answers = Answers::new();
        let mut errors = Vec::new();
        for (name, value) in pairs {
            let Some(fact) = Fact::parse(name) else {
                errors.push(AnswerError::UnknownFact { name: clip(name) });
                continue;
            };
            let answer = match Answer::parse(value) {
                Some(answer) if fact.allows(answer) => answer,
                _ => {
                    errors.push(AnswerError::BadValue {
                        fact,
                        value: clip(value),
                    });
                    continue;
                }
            };
            match answers.get(fact) {
                Some(earlier) if earlier != answer => {
                    errors.push(AnswerError::Conflict {
                        fact,
                        first: earlier,
                        second: answer,
                    });
                }
                _ => {
                    answers.values[fact.index()] = Some(answer);
                }
            }
        }
        if errors.is_empty() {
            Ok(answers)
        } else {
            Err(AnswerErrors { errors })
        }
    }

    /// The given answers as wire pairs in question order (for hidden form fields or links).
    pub fn to_pairs(&self) -> Vec<(&'static str, &'static str)> {
        self.iter()
            .map(|(fact, answer)| (fact.as_str(), answer.as_str()))
            .collect()
    }

    /// The answer given for `fact`, if any.
    pub fn get(&self, fact: Fact) -> Option<Answer> {
        self.values.get(fact.index()).copied().flatten()
    }

    /// The answer for `fact`, counting a missing one as [`Answer::Unsure`].
    pub fn answer(&self, fact: Fact) -> Answer {
        self.get(fact).unwrap_or(Answer::Unsure)
    }

    /// Sets an answer. Refuses a value the fact does not allow and leaves the answers as
    /// they were.
    pub fn set(&mut self, fact: Fact, answer: Answer) -> Result<(), AnswerError> {
        if !fact.allows(answer) {
            return Err(AnswerError::BadValue {
                fact,
                value: answer.as_str().to_owned(),
            });
        }
        if let Some(slot) = self.values.get_mut(fact.index()) {
            *slot = Some(answer);
        }
        Ok(())
    }

    /// A copy with `fact` answered (builder style). An answer the fact does not allow is
    /// ignored.
    #[must_use]
    pub fn with(mut self, fact: Fact, answer: Answer) -> Self {
        // A disallowed answer leaves `self` unchanged, as documented.
        let _ = self.set(fact, answer);
        self
    }

    /// A copy without the answer to `fact` (builder style). Handy for a question page: its
    /// hidden fields carry `answers.without(current).to_pairs()`, so the radio button is the
    /// only value sent for the current question and a changed answer is not a conflict.
    #[must_use]
    pub fn without(mut self, fact: Fact) -> Self {
        self.remove(fact);
        self
    }

    /// Forgets the answer for `fact`.
    pub fn remove(&mut self, fact: Fact) {
        if let Some(slot) = self.values.get_mut(fact.index()) {
            *slot = None;
        }
    }

    /// The given answers, in question order.
    pub fn iter(&self) -> impl Iterator<Item = (Fact, Answer)> + '_ {
        Fact::ALL
            .into_iter()
            .filter_map(|fact| self.get(fact).map(|answer| (fact, answer)))
    }

    /// Whether no answer is given.
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none)
    }

    /// How many answers are given.
    pub fn len(&self) -> usize {
        self.values.iter().filter(|value| value.is_some()).count()
    }
}

/// Serialized as a JSON object `{fact: value}` in question order.
impl Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (fact, answer) in self.iter() {
            map.serialize_entry(fact.as_str(), answer.as_str())?;
        }
        map.end()
    }
}

/// Deserialized from a JSON object `{fact: value}`; any problem fails with the full list.
impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = BTreeMap::<String, String>::deserialize(deserializer)?;
        Answers::from_pairs(raw.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .map_err(serde::de::Error::custom)
    }
}

/// Longest piece of untrusted input we echo back in an error.
const MAX_ECHO_CHARS: usize = 64;

fn clip(input: &str) -> String {
    input.chars().take(MAX_ECHO_CHARS).collect()
}

/// One problem with the answers sent to us.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum AnswerError {
    /// No fact has this name (echoed back, cut to 64 characters).
    #[error("unknown fact `{name}`")]
    UnknownFact { name: String },
    /// The fact does not allow this value (echoed back, cut to 64 characters).
    #[error("`{value}` is not an answer to `{fact}`")]
    BadValue { fact: Fact, value: String },
    /// The fact was given twice with different values.
    #[error("`{fact}` was given twice: `{first}` and `{second}`")]
    Conflict {
        fact: Fact,
        first: Answer,
        second: Answer,
    },
}

impl AnswerError {
    /// The fact the problem is about, if it is a known fact.
    pub fn fact(&self) -> Option<Fact> {
        match self {
            AnswerError::UnknownFact { .. } => None,
            AnswerError::BadValue { fact, .. } | AnswerError::Conflict { fact, .. } => Some(*fact),
        }
    }
}

/// Every problem found in one set of answers, in the order they were sent. Never empty.
/// Serialized as `{"errors": [{"error": "unknown_fact", "name": …}, {"error": "bad_value",
/// "fact": …, "value": …}, …]}` for a 422 response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerErrors {
    pub errors: Vec<AnswerError>,
}

impl fmt::Display for AnswerErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AnswerErrors {}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_round_trip() {
        for fact in Fact::ALL {
            assert_eq!(Fact::parse(fact.as_str()), Some(fact));
            assert_eq!(fact.options().last(), Some(&Answer::Unsure), "{fact}");
        }
        for answer in Answer::ALL {
            assert_eq!(Answer::parse(answer.as_str()), Some(answer));
        }
        assert_eq!(Fact::parse("DCFS_CASE"), None);
        assert_eq!(Answer::parse(""), None);
    }

    #[test]
    fn question_order_matches_declaration_order() {
        for (i, fact) in Fact::ALL.into_iter().enumerate() {
            assert_eq!(fact.index(), i);
        }
    }

    #[test]
    fn from_pairs_accepts_valid_answers() {
        let answers = Answers::from_pairs([
            ("dcfs_case", "yes"),
            ("dcfs_service", "family_maintenance"),
            ("children_location", "all_home"),
            ("homeless", "unsure"),
        ])
        .unwrap();
        assert_eq!(answers.get(Fact::DcfsCase), Some(Answer::Yes));
        assert_eq!(
            answers.get(Fact::DcfsService),
            Some(Answer::FamilyMaintenance)
        );
        assert_eq!(answers.get(Fact::Homeless), Some(Answer::Unsure));
        assert_eq!(answers.get(Fact::Sanction), None);
        assert_eq!(answers.answer(Fact::Sanction), Answer::Unsure);
        assert_eq!(answers.len(), 4);
    }

    #[test]
    fn from_pairs_lists_every_problem() {
        let errors = Answers::from_pairs([
            ("dcfs_case", "maybe"),
            ("favourite_colour", "blue"),
            ("calworks_now", "all_home"),
            ("homeless", "yes"),
            ("homeless", "no"),
            ("sanction", "no"),
            ("sanction", "no"),
        ])
        .unwrap_err();
        assert_eq!(
            errors.errors,
            vec![
                AnswerError::BadValue {
                    fact: Fact::DcfsCase,
                    value: "maybe".into()
                },
                AnswerError::UnknownFact {
                    name: "favourite_colour".into()
                },
                AnswerError::BadValue {
                    fact: Fact::CalworksNow,
                    value: "all_home".into()
                },
                AnswerError::Conflict {
                    fact: Fact::Homeless,
                    first: Answer::Yes,
                    second: Answer::No
                },
            ]
        );
        let json = serde_json::to_value(&errors).unwrap();
        assert_eq!(json["errors"][1]["error"], "unknown_fact");
        assert_eq!(json["errors"][1]["name"], "favourite_colour");
        assert_eq!(json["errors"][0]["fact"], "dcfs_case");
        assert!(errors.to_string().contains("favourite_colour"));
    }

    #[test]
    fn long_or_odd_input_is_clipped_on_a_char_boundary() {
        let long = "ñ".repeat(500);
        let errors =
            Answers::from_pairs([(long.as_str(), "yes"), ("homeless", long.as_str())]).unwrap_err();
        for error in &errors.errors {
            let echoed = match error {
                AnswerError::UnknownFact { name } => name,
                AnswerError::BadValue { value, .. } => value,
                AnswerError::Conflict { .. } => unreachable!(),
            };
            assert_eq!(echoed.chars().count(), MAX_ECHO_CHARS);
        }
    }

    #[test]
    fn set_refuses_a_value_the_fact_does_not_allow() {
        let mut answers = Answers::new().with(Fact::Homeless, Answer::Yes);
        assert!(answers.set(Fact::Homeless, Answer::AllHome).is_err());
        assert_eq!(answers.get(Fact::Homeless), Some(Answer::Yes));
        let same = answers.with(Fact::CalworksNow, Answer::Investigation);
        assert_eq!(same, answers);
        assert!(answers.without(Fact::Homeless).is_empty());
        answers.remove(Fact::Homeless);
        assert!(answers.is_empty());
    }

    #[test]
    fn answers_serde_is_a_map_in_question_order() {
        let answers = Answers::new()
            .with(Fact::Sanction, Answer::No)
            .with(Fact::DcfsCase, Answer::Yes);
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(json, r#"{"dcfs_case":"yes","sanction":"no"}"#);
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, answers);
        assert_eq!(
            answers.to_pairs(),
            vec![("dcfs_case", "yes"), ("sanction", "no")]
        );
        let bad = serde_json::from_str::<Answers>(r#"{"dcfs_case":"perhaps","x":"y"}"#);
        let message = bad.unwrap_err().to_string();
        assert!(
            message.contains("perhaps") && message.contains("`x`"),
            "{message}"
        );
    }

    #[test]
    fn reason_ids_are_kebab_case() {
        assert_eq!(
            Fact::CalworksAtRemoval.reason_id(Answer::Unsure),
            "screening-reason-calworks-at-removal-unsure"
        );
        assert_eq!(
            Fact::ChildrenLocation.reason_id(Answer::AllHome),
            "screening-reason-children-location-all-home"
        );
    }
}
