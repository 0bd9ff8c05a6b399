//! Which page of the screening to show after a form submission. Plain Rust: the server runs
//! it on a POST (JavaScript off) and the browser runs the same function on submit (JavaScript
//! on), so both paths always land on the same page with the same answers.
//!
//! The form carries everything: every answer so far as a field named after its fact, `_at`
//! (the page on screen) and `_go` (the button pressed). Nothing is kept on the server.
//! [`Screen::fields`] writes a screen back as such fields: the browser keeps them in
//! `history.state` for Back and Forward, and the language switch posts them to the other
//! language's page, so a reader never loses their place.

use crate::{
    flow::{is_complete, last_question, next_question, previous_question},
    Answer, Answers, Fact,
};

/// Field naming the page the form was showing ([`At`]).
pub const AT_FIELD: &str = "_at";
/// Field naming the button pressed.
pub const GO_FIELD: &str = "_go";

/// The button a form was sent with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Go {
    /// "Continue" on a question.
    Next,
    /// "Back" on a question or on the check page.
    Back,
    /// "Change" next to an answer on the check page.
    Change(Fact),
    /// "See the result" on the check page.
    Result,
    /// "Change your answers" on the result page.
    Check,
    /// Show the same page again, without checking it: a language switch, or Back and Forward
    /// restoring a step.
    Stay,
}

/// The page a form was showing: the value of its `_at` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum At {
    Question(Fact),
    Check,
    Result,
}

impl At {
    /// `check`, `result`, or a fact's field name.
    pub fn parse(value: &str) -> Option<At> {
        match value {
            "check" => Some(At::Check),
            "result" => Some(At::Result),
            other => Fact::parse(other).map(At::Question),
        }
    }

    pub fn value(self) -> &'static str {
        match self {
            At::Question(fact) => fact.as_str(),
            At::Check => "check",
            At::Result => "result",
        }
    }
}

impl Go {
    pub fn parse(value: &str) -> Option<Go> {
        match value {
            "next" => Some(Go::Next),
            "back" => Some(Go::Back),
            "result" => Some(Go::Result),
            "check" => Some(Go::Check),
            "stay" => Some(Go::Stay),
            other => other
                .strip_prefix("change:")
                .and_then(Fact::parse)
                .map(Go::Change),
        }
    }

    pub fn value(self) -> String {
        match self {
            Go::Next => "next".into(),
            Go::Back => "back".into(),
            Go::Result => "result".into(),
            Go::Check => "check".into(),
            Go::Stay => "stay".into(),
            Go::Change(fact) => format!("change:{}", fact.as_str()),
        }
    }
}

/// The page to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// A question; `missing_answer` when Continue was pressed with nothing chosen.
    Question {
        fact: Fact,
        missing_answer: bool,
    },
    /// Check your answers.
    Check,
    Result,
}

/// Answers plus the page to show: all the state the screening has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Screen {
    pub answers: Answers,
    pub page: Page,
}

impl Screen {
    /// The first question with no answers: what `GET /<lang>/screening` shows.
    pub fn start() -> Screen {
        Screen::question(Answers::new(), next_question(&Answers::new()))
    }

    /// Which page this is, as the form's `_at` field names it.
    pub fn at(&self) -> At {
        match self.page {
            Page::Question { fact, .. } => At::Question(fact),
            Page::Check => At::Check,
            Page::Result => At::Result,
        }
    }

    /// The form fields that bring back this screen through [`submit`]: every answer, `_at`,
    /// and `_go=stay`. An error shown on a question is not part of it (it comes back
    /// without the error).
    pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
        let mut fields = self.answers.to_pairs();
        fields.push((AT_FIELD, self.at().value()));
        fields.push((GO_FIELD, "stay"));
        fields
    }

    fn question(answers: Answers, fact: Option<Fact>) -> Screen {
        let page = match fact {
            Some(fact) => Page::Question {
                fact,
                missing_answer: false,
            },
            None => Page::Check,
        };
        Screen { answers, page }
    }
}

/// Reads a submitted form. Unknown fields and values a fact does not allow are dropped (a
/// tampered form cannot break the page; the question is simply asked again).
pub fn submit<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Screen {
    let mut answers = Answers::new();
    let mut at = None;
    let mut go = None;
    for (name, value) in fields {
        match name {
            AT_FIELD => at = At::parse(value),
            GO_FIELD => go = Go::parse(value),
            _ => {
                if let (Some(fact), Some(answer)) = (Fact::parse(name), Answer::parse(value)) {
                    let _ = answers.set(fact, answer);
                }
            }
        }
    }
    let Some(go) = go else {
        // No button (an old bookmark or a bare POST): carry on where the answers lead.
        return Screen::question(answers, next_question(&answers));
    };
    let question = match at {
        Some(At::Question(fact)) => Some(fact),
        _ => None,
    };
    match (go, question) {
        (Go::Stay, _) => stay(answers, at),
        (Go::Next, Some(fact)) if answers.get(fact).is_none() => Screen {
            answers,
            page: Page::Question {
                fact,
                missing_answer: true,
            },
        },
        (Go::Next, _) => Screen::question(answers, next_question(&answers)),
        (Go::Back, Some(fact)) => {
            let previous = previous_question(&answers, fact).unwrap_or(fact);
            Screen::question(answers, Some(previous))
        }
        (Go::Back, None) => Screen::question(answers, last_question(&answers)),
        (Go::Change(fact), _) => Screen::question(answers, Some(fact)),
        (Go::Check, _) => Screen::question(answers, next_question(&answers)),
        (Go::Result, _) if is_complete(&answers) => Screen {
            answers,
            page: Page::Result,
        },
        (Go::Result, _) => Screen::question(answers, next_question(&answers)),
    }
}

/// The page `at` again, if the answers allow it: the check page and the result only once
/// every relevant question is answered, else the next question, as a plain submit would.
fn stay(answers: Answers, at: Option<At>) -> Screen {
    match at {
        Some(At::Question(fact)) => Screen::question(answers, Some(fact)),
        Some(At::Result) if is_complete(&answers) => Screen {
            answers,
            page: Page::Result,
        },
        _ => Screen::question(answers, next_question(&answers)),
    }
}

/// How many questions come before this one on the family's path (for "Question 3").
pub fn question_number(answers: &Answers, fact: Fact) -> usize {
    let mut number = 1;
    let mut current = fact;
    while let Some(previous) = previous_question(answers, current) {
        number += 1;
        current = previous;
    }
    number
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Iterator<Item = (&'a str, &'a str)> {
        pairs.iter().copied()
    }

    #[test]
    fn starts_on_the_first_question() {
        assert_eq!(
            Screen::start().page,
            Page::Question {
                fact: Fact::DcfsCase,
                missing_answer: false
            }
        );
    }

    #[test]
    fn continue_without_an_answer_asks_again_with_an_error() {
        let screen = submit(fields(&[("_at", "dcfs_case"), ("_go", "next")]));
        assert_eq!(
            screen.page,
            Page::Question {
                fact: Fact::DcfsCase,
                missing_answer: true
            }
        );
    }

    #[test]
    fn continue_moves_to_the_next_relevant_question() {
        let screen = submit(fields(&[
            ("dcfs_case", "yes"),
            ("_at", "dcfs_case"),
            ("_go", "next"),
        ]));
        assert_eq!(screen.answers.get(Fact::DcfsCase), Some(Answer::Yes));
        let expected = next_question(&screen.answers).expect("more questions after yes");
        assert_eq!(
            screen.page,
            Page::Question {
                fact: expected,
                missing_answer: false
            }
        );
        assert_ne!(expected, Fact::DcfsCase);
    }

    #[test]
    fn no_dcfs_case_goes_straight_to_check_your_answers() {
        let screen = submit(fields(&[
            ("dcfs_case", "no"),
            ("_at", "dcfs_case"),
            ("_go", "next"),
        ]));
        assert_eq!(screen.page, Page::Check);
        let result = submit(fields(&[("dcfs_case", "no"), ("_go", "result")]));
        assert_eq!(result.page, Page::Result);
    }

    #[test]
    fn back_keeps_every_answer() {
        let first = submit(fields(&[
            ("dcfs_case", "yes"),
            ("_at", "dcfs_case"),
            ("_go", "next"),
        ]));
        let Page::Question { fact: second, .. } = first.page else {
            panic!("a second question");
        };
        let back = submit(fields(&[
            ("dcfs_case", "yes"),
            ("_at", second.as_str()),
            ("_go", "back"),
        ]));
        assert_eq!(
            back.page,
            Page::Question {
                fact: Fact::DcfsCase,
                missing_answer: false
            }
        );
        assert_eq!(back.answers.get(Fact::DcfsCase), Some(Answer::Yes));
    }

    #[test]
    fn change_opens_that_question_and_keeps_the_others() {
        let screen = submit(fields(&[
            ("dcfs_case", "yes"),
            ("homeless", "no"),
            ("_go", "change:dcfs_case"),
        ]));
        assert_eq!(
            screen.page,
            Page::Question {
                fact: Fact::DcfsCase,
                missing_answer: false
            }
        );
        assert_eq!(screen.answers.get(Fact::Homeless), Some(Answer::No));
    }

    #[test]
    fn the_result_waits_until_every_relevant_question_is_answered() {
        let screen = submit(fields(&[("dcfs_case", "yes"), ("_go", "result")]));
        assert!(matches!(screen.page, Page::Question { .. }));
    }

    #[test]
    fn tampered_fields_are_dropped() {
        let screen = submit(fields(&[
            ("dcfs_case", "maybe"),
            ("evil", "yes"),
            ("_at", "nope"),
            ("_go", "next"),
        ]));
        assert!(screen.answers.is_empty());
        assert_eq!(screen.page, Screen::start().page);
        assert_eq!(Go::parse("change:nothing"), None);
        for go in [
            Go::Next,
            Go::Back,
            Go::Result,
            Go::Check,
            Go::Stay,
            Go::Change(Fact::Homeless),
        ] {
            assert_eq!(Go::parse(&go.value()), Some(go));
        }
        for at in [At::Check, At::Result]
            .into_iter()
            .chain(Fact::ALL.map(At::Question))
        {
            assert_eq!(At::parse(at.value()), Some(at));
        }
    }

    /// The page a reader sees with `missing_answer` cleared: what [`Screen::fields`] brings back.
    fn without_error(screen: Screen) -> Screen {
        let page = match screen.page {
            Page::Question { fact, .. } => Page::Question {
                fact,
                missing_answer: false,
            },
            page => page,
        };
        Screen { page, ..screen }
    }

    proptest::proptest! {
        /// Walk the screening as a reader does (pick an option or none, press one of the
        /// buttons the page shows) and check, at every step, that the screen's own fields
        /// bring back exactly that screen: what Back, Forward and the language switch rely on.
        #[test]
        fn every_screen_comes_back_from_its_fields(
            steps in proptest::collection::vec((0usize..8, 0usize..16), 0..40)
        ) {
            let mut screen = Screen::start();
            for (pick, press) in steps {
                let mut answers = screen.answers;
                let buttons: Vec<Go> = match screen.page {
                    Page::Question { fact, .. } => {
                        if let Some(&answer) = crate::flow::options(fact).get(pick) {
                            answers.set(fact, answer).expect("an offered option");
                        }
                        vec![Go::Next, Go::Back]
                    }
                    Page::Check => [Go::Result, Go::Back]
                        .into_iter()
                        .chain(answers.iter().map(|(fact, _)| Go::Change(fact)))
                        .collect(),
                    Page::Result => vec![Go::Check],
                };
                let go = buttons[press % buttons.len()].value();
                let mut fields = answers.to_pairs();
                fields.push((AT_FIELD, screen.at().value()));
                fields.push((GO_FIELD, &go));
                screen = submit(fields);
                let restored = submit(screen.fields());
                proptest::prop_assert_eq!(restored, without_error(screen));
            }
        }
    }

    #[test]
    fn stay_never_skips_a_question() {
        // A result asked for with answers missing shows the next question instead.
        let screen = submit(fields(&[
            ("dcfs_case", "yes"),
            ("_at", "result"),
            ("_go", "stay"),
        ]));
        assert_eq!(
            screen.page,
            Page::Question {
                fact: next_question(&screen.answers).expect("more to ask"),
                missing_answer: false
            }
        );
        // A question stays on screen, unanswered and without an error.
        let screen = submit(fields(&[("_at", "homeless"), ("_go", "stay")]));
        assert_eq!(
            screen.page,
            Page::Question {
                fact: Fact::Homeless,
                missing_answer: false
            }
        );
    }

    #[test]
    fn question_numbers_count_the_questions_asked() {
        assert_eq!(question_number(&Answers::new(), Fact::DcfsCase), 1);
        let answers = Answers::new().with(Fact::DcfsCase, Answer::Yes);
        if let Some(second) = next_question(&answers) {
            assert_eq!(question_number(&answers, second), 2);
        }
    }
}
