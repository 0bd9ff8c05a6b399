//! The compact screening of the advisor desk (`/{lang}/advisor/screening`): every question on
//! one page, for an advisor who asks them on a call in whatever order the caller answers.
//!
//! The same rules and the same skipping as the one-question-a-page screening ([`crate::flow`]):
//! "Update" posts the form, and the page then shows only the questions that can still change a
//! result, keeping the answers that still matter. The result appears once every question shown
//! is answered ("I don't know" is an answer). Nothing is stored; the answers travel in the form.

use crate::{
    evaluate,
    flow::{is_complete, is_relevant, relevant_answers},
    AnswerError, Answers, Fact, PathResult,
};

/// What the compact screening shows for a posted form.
#[derive(Clone, Debug, PartialEq)]
pub struct CompactScreen {
    /// The answers that still matter, in question order.
    pub answers: Answers,
    /// The questions to show, in order: those whose answer can still change a result.
    pub questions: Vec<Fact>,
    /// Every path's result once every question shown is answered; `None` until then.
    pub results: Option<Vec<PathResult>>,
    /// Posted values the screening does not know (a fact's unknown answer, a fact given two
    /// different answers): said on the page; the rest of the form still counts.
    pub problems: Vec<AnswerError>,
}

/// Reads a posted form: fields named after a fact are answers; fields whose name starts with
/// `_` are the page's own controls (the button pressed, the language switch) and are skipped.
/// Unknown field names are refused as problems, like bad values.
pub fn compact_screen<'a, I>(fields: I) -> CompactScreen
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut answers = Answers::new();
    let mut problems = Vec::new();
    for (name, value) in fields {
        if name.starts_with('_') {
            continue;
        }
        // Pair by pair, so one bad value does not lose the other answers. A conflict is the
        // same pair-wise check `from_pairs` makes.
        match Answers::from_pairs([(name, value)]) {
            Ok(one) => {
                for (fact, answer) in one.iter() {
                    match answers.get(fact) {
                        Some(earlier) if earlier != answer => {
                            problems.push(AnswerError::Conflict {
                                fact,
                                first: earlier,
                                second: answer,
                            })
                        }
                        _ => answers = answers.with(fact, answer),
                    }
                }
            }
            Err(errors) => problems.extend(errors.errors),
        }
    }
    let answers = relevant_answers(&answers);
    let questions = Fact::ALL
        .into_iter()
        .filter(|&fact| is_relevant(fact, &answers))
        .collect();
    let results = is_complete(&answers).then(|| evaluate(&answers));
    CompactScreen {
        answers,
        questions,
        results,
        problems,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::flow::next_question;
    use proptest::prelude::*;

    #[test]
    fn an_empty_form_shows_the_first_questions_and_no_result() {
        let screen = compact_screen([]);
        assert!(screen.questions.contains(&Fact::ALL[0]));
        assert!(screen.results.is_none());
        assert!(screen.problems.is_empty());
    }

    #[test]
    fn controls_are_skipped_and_bad_values_reported_without_losing_the_rest() {
        let first = Fact::ALL[0];
        let answer = first.options()[0];
        let screen = compact_screen([
            ("_go", "stay"),
            (first.as_str(), answer.as_str()),
            ("not_a_fact", "yes"),
        ]);
        assert_eq!(screen.answers.get(first), Some(answer));
        assert_eq!(screen.problems.len(), 1);
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let per_fact = Fact::ALL
            .map(|fact| proptest::option::of(proptest::sample::select(fact.options().to_vec())));
        per_fact.prop_map(|choices| {
            let mut answers = Answers::new();
            for (fact, choice) in Fact::ALL.into_iter().zip(choices) {
                if let Some(answer) = choice {
                    answers = answers.with(fact, answer);
                }
            }
            answers
        })
    }

    proptest! {
        /// The compact page follows the one-question-a-page flow exactly: it shows the
        /// questions that flow would still ask (never a skipped one), and its result, when
        /// there is one, is the same evaluation.
        #[test]
        fn same_rules_and_skipping_as_the_step_by_step_flow(answers in any_answers()) {
            let pairs = answers.to_pairs();
            let screen = compact_screen(pairs.iter().copied());
            prop_assert_eq!(screen.answers, relevant_answers(&answers));
            for fact in Fact::ALL {
                let shown = screen.questions.contains(&fact);
                prop_assert_eq!(shown, is_relevant(fact, &screen.answers));
            }
            // Every unanswered question the flow would ask next is on the page.
            if let Some(next) = next_question(&screen.answers) {
                prop_assert!(screen.questions.contains(&next));
                prop_assert!(screen.results.is_none());
            } else {
                prop_assert_eq!(screen.results, Some(evaluate(&answers)));
            }
            // A fact's answer never shows for a question that is not on the page.
            for (fact, _) in screen.answers.iter() {
                prop_assert!(screen.questions.contains(&fact));
            }
        }
    }
}
