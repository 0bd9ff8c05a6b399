//! The question flow: which question comes next, which comes before, and which answers
//! still matter.
//!
//! One principle, no separate skip table: **a question is asked only if, given the answers
//! before it, its answer can change the fit of some path** (with the later questions not
//! yet answered). So skipping follows from [`crate::rules::RULES`] by itself: no DCFS case
//! settles every path, so nothing more is asked; children all at home settle Family
//! Reunification, so `calworks_at_removal` and `fr_plan` are skipped; and so on. The tests
//! check, over every possible set of answers, that leaving out the skipped answers never
//! changes a result.

use crate::facts::{Answer, Answers, Fact};
use crate::rules;

/// All questions, in the order they are asked (some may be skipped).
pub fn questions() -> &'static [Fact] {
    &Fact::ALL
}

/// The answers a question offers, in display order; the last is always "I don't know".
pub fn options(fact: Fact) -> &'static [Answer] {
    fact.options()
}

/// Whether the answer to `fact` can change a result, given the (still relevant) answers to
/// the questions before it. Answers to later questions play no part.
pub fn is_relevant(fact: Fact, answers: &Answers) -> bool {
    matters(fact, &relevant_before(fact, answers))
}

/// The answers that still matter, in question order: each kept only if its question is
/// relevant given the kept answers before it. Use it for the check-your-answers list; the
/// evaluation uses it too.
pub fn relevant_answers(answers: &Answers) -> Answers {
    let mut kept = Answers::new();
    for fact in Fact::ALL {
        keep_if_relevant(fact, answers, &mut kept);
    }
    kept
}

/// The rows of the check-your-answers list: relevant answers, in question order.
pub fn check_your_answers(answers: &Answers) -> Vec<(Fact, Answer)> {
    relevant_answers(answers).iter().collect()
}

/// The given answers that no longer matter (to drop from forms or to report as ignored).
pub fn ignored_answers(answers: &Answers) -> Vec<Fact> {
    let kept = relevant_answers(answers);
    answers
        .iter()
        .map(|(fact, _)| fact)
        .filter(|fact| kept.get(*fact).is_none())
        .collect()
}

/// The first relevant question not answered yet, or `None` when it is time to check the
/// answers.
pub fn next_question(answers: &Answers) -> Option<Fact> {
    let mut kept = Answers::new();
    for fact in Fact::ALL {
        if matters(fact, &kept) {
            match answers.get(fact) {
                None => return Some(fact),
                Some(answer) => {
                    // Cannot fail: `answers` only holds allowed values.
                    let _ = kept.set(fact, answer);
                }
            }
        }
    }
    None
}

/// Where "Back" goes from the question `current`: the last relevant question before it,
/// or `None` on the first question.
pub fn previous_question(answers: &Answers, current: Fact) -> Option<Fact> {
    let mut kept = Answers::new();
    let mut previous = None;
    for fact in Fact::ALL {
        if fact == current {
            break;
        }
        if keep_if_relevant(fact, answers, &mut kept) {
            previous = Some(fact);
        }
    }
    previous
}

/// Where "Back" goes from the check-your-answers page: the last relevant question.
pub fn last_question(answers: &Answers) -> Option<Fact> {
    let mut kept = Answers::new();
    let mut last = None;
    for fact in Fact::ALL {
        if keep_if_relevant(fact, answers, &mut kept) {
            last = Some(fact);
        }
    }
    last
}

/// Whether every relevant question is answered.
pub fn is_complete(answers: &Answers) -> bool {
    next_question(answers).is_none()
}

/// The relevant answers to the questions before `fact`.
fn relevant_before(fact: Fact, answers: &Answers) -> Answers {
    let mut kept = Answers::new();
    for earlier in Fact::ALL {
        if earlier == fact {
            break;
        }
        keep_if_relevant(earlier, answers, &mut kept);
    }
    kept
}

/// Copies the answer to `fact` into `kept` if the question is relevant given `kept` (the
/// relevant answers before it). Returns whether it is relevant.
fn keep_if_relevant(fact: Fact, answers: &Answers, kept: &mut Answers) -> bool {
    let relevant = matters(fact, kept);
    if relevant {
        if let Some(answer) = answers.get(fact) {
            // Cannot fail: `answers` only holds allowed values.
            let _ = kept.set(fact, answer);
        }
    }
    relevant
}

/// Whether some answer to `fact` gives a different fit for some path than another answer,
/// given `known` (which holds no answer to `fact` or to any later question).
fn matters(fact: Fact, known: &Answers) -> bool {
    let mut options = fact.options().iter();
    let Some(&first) = options.next() else {
        return false;
    };
    let baseline = rules::fits(&known.with(fact, first));
    options.any(|&other| rules::fits(&known.with(fact, other)) != baseline)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::evaluate;
    use crate::rules::{fits, Fit};
    use Answer::*;
    use Fact::*;

    fn answers(pairs: &[(Fact, Answer)]) -> Answers {
        pairs.iter().fold(Answers::new(), |acc, &(fact, answer)| {
            acc.with(fact, answer)
        })
    }

    /// Walks the flow answering each question with `choose`, returning the questions asked.
    fn walk(choose: impl Fn(Fact) -> Answer) -> (Vec<Fact>, Answers) {
        let mut given = Answers::new();
        let mut asked = Vec::new();
        while let Some(fact) = next_question(&given) {
            assert!(
                asked.len() < Fact::ALL.len(),
                "flow does not end: {asked:?}"
            );
            given.set(fact, choose(fact)).unwrap();
            asked.push(fact);
        }
        (asked, given)
    }

    #[test]
    fn first_question_is_dcfs_case() {
        assert_eq!(next_question(&Answers::new()), Some(DcfsCase));
        assert_eq!(previous_question(&Answers::new(), DcfsCase), None);
        assert_eq!(questions().len(), 9);
        assert_eq!(options(DcfsService).len(), 5);
    }

    #[test]
    fn no_dcfs_case_asks_nothing_more() {
        let (asked, given) = walk(|_| No);
        assert_eq!(asked, vec![DcfsCase]);
        assert!(is_complete(&given));
        assert_eq!(last_question(&given), Some(DcfsCase));
        // Answers given earlier to later questions are dropped, not evaluated.
        let with_extra = given.with(CalworksNow, Yes).with(Homeless, Yes);
        assert_eq!(check_your_answers(&with_extra), vec![(DcfsCase, No)]);
        assert_eq!(ignored_answers(&with_extra), vec![CalworksNow, Homeless]);
        for result in evaluate(&with_extra) {
            assert!(
                result.because.iter().all(|r| r.fact == DcfsCase),
                "{result:?}"
            );
        }
    }

    #[test]
    fn children_all_at_home_skips_removal_questions() {
        let (asked, _) = walk(|fact| match fact {
            DcfsCase => Yes,
            DcfsService => FamilyMaintenance,
            ChildrenLocation => AllHome,
            _ => Yes,
        });
        assert_eq!(
            asked,
            vec![
                DcfsCase,
                DcfsService,
                ChildrenLocation,
                CalworksNow,
                Homeless,
                Sanction
            ]
        );
    }

    #[test]
    fn all_removed_in_reunification_asks_about_removal_but_not_the_plan_again() {
        let (asked, given) = walk(|fact| match fact {
            DcfsService => FamilyReunification,
            ChildrenLocation => AllRemoved,
            CalworksNow => No,
            _ => Yes,
        });
        // In Family Reunification counts as having the plan; with CalWORKs now "no",
        // homelessness and sanctions cannot matter.
        assert_eq!(
            asked,
            vec![
                DcfsCase,
                DcfsService,
                ChildrenLocation,
                CalworksNow,
                CalworksAtRemoval,
                RelativeCaregiver
            ]
        );
        let fr = evaluate(&given)
            .into_iter()
            .find(|r| r.id == rules::Path::FamilyReunification)
            .unwrap();
        assert_eq!(fr.fit, Fit::MayFit);
    }

    #[test]
    fn investigation_with_all_removed_asks_about_the_plan() {
        let (asked, _) = walk(|fact| match fact {
            DcfsService => Investigation,
            ChildrenLocation => AllRemoved,
            _ => Yes,
        });
        assert!(asked.contains(&FrPlan), "{asked:?}");
        assert!(asked.contains(&CalworksAtRemoval), "{asked:?}");
        // On CalWORKs now, the GAIN worker path fits already: no need to ask about a relative.
        assert!(!asked.contains(&RelativeCaregiver), "{asked:?}");
        // Not Family Maintenance: homelessness cannot change a path here.
        assert!(!asked.contains(&Homeless), "{asked:?}");
        assert!(asked.contains(&Sanction), "{asked:?}");
    }

    #[test]
    fn unsure_everywhere_still_ends_and_asks_most_things() {
        let (asked, given) = walk(|_| Unsure);
        assert!(asked.len() >= 7, "{asked:?}");
        assert!(is_complete(&given));
        for result in evaluate(&given) {
            assert_eq!(result.fit, Fit::Ask, "{result:?}");
        }
    }

    #[test]
    fn changing_an_earlier_answer_drops_what_no_longer_matters() {
        let mut given = answers(&[
            (DcfsCase, Yes),
            (DcfsService, Investigation),
            (ChildrenLocation, AllRemoved),
            (CalworksNow, No),
            (CalworksAtRemoval, Yes),
            (FrPlan, Yes),
            (RelativeCaregiver, No),
        ]);
        assert!(is_complete(&given));
        assert_eq!(check_your_answers(&given).len(), 7);

        given.set(ChildrenLocation, AllHome).unwrap();
        let rows: Vec<Fact> = check_your_answers(&given)
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(
            rows,
            vec![DcfsCase, DcfsService, ChildrenLocation, CalworksNow]
        );
        assert!(!is_relevant(CalworksAtRemoval, &given));
        assert!(!is_relevant(FrPlan, &given));
        assert!(!is_relevant(RelativeCaregiver, &given));
        assert!(is_complete(&given));
        assert_eq!(last_question(&given), Some(CalworksNow));
        assert_eq!(previous_question(&given, Sanction), Some(CalworksNow));

        // Changing it back brings the old answers back: nothing is asked twice.
        given.set(ChildrenLocation, AllRemoved).unwrap();
        assert_eq!(check_your_answers(&given).len(), 7);
    }

    /// Every possible walk through the questions: ends within the number of facts, Back
    /// from each question leads to the question just answered, and the final answers hold
    /// exactly the questions asked.
    #[test]
    fn every_walk_ends_and_back_retraces_it() {
        fn explore(given: Answers, asked: Vec<Fact>, walks: &mut usize) {
            assert!(asked.len() <= Fact::ALL.len());
            let next = next_question(&given);
            assert_eq!(
                next.map_or_else(|| last_question(&given), |n| previous_question(&given, n)),
                asked.last().copied(),
                "given {given:?}"
            );
            match next {
                None => {
                    *walks += 1;
                    let rows: Vec<Fact> = check_your_answers(&given)
                        .into_iter()
                        .map(|r| r.0)
                        .collect();
                    assert_eq!(rows, asked);
                    assert!(ignored_answers(&given).is_empty());
                }
                Some(fact) => {
                    assert!(is_relevant(fact, &given));
                    assert!(given.get(fact).is_none());
                    // Asking is needed: some answer changes some fit, at this moment.
                    let outcomes: std::collections::HashSet<_> = options(fact)
                        .iter()
                        .map(|&a| fits(&given.with(fact, a)))
                        .collect();
                    assert!(outcomes.len() > 1, "{fact} asked for nothing");
                    for &answer in options(fact) {
                        let mut longer = asked.clone();
                        longer.push(fact);
                        explore(given.with(fact, answer), longer, walks);
                    }
                }
            }
        }
        let mut walks = 0;
        explore(Answers::new(), Vec::new(), &mut walks);
        assert!(walks > 100, "{walks}");
    }

    /// Every combination of answers to all nine facts, "I don't know" included.
    fn every_full_set_of_answers() -> Vec<Answers> {
        let mut all = vec![Answers::new()];
        for fact in Fact::ALL {
            all = all
                .into_iter()
                .flat_map(|given| fact.options().iter().map(move |&a| given.with(fact, a)))
                .collect();
        }
        all
    }

    /// Skipping is safe: for every possible set of answers, leaving out the answers that do
    /// not matter gives the same fit for every path as using all of them.
    #[test]
    fn skipped_answers_never_change_a_fit() {
        let all = every_full_set_of_answers();
        assert_eq!(all.len(), 3 * 5 * 4 * 3usize.pow(6));
        for given in all {
            let kept = relevant_answers(&given);
            assert_eq!(fits(&kept), fits(&given), "given {given:?}, kept {kept:?}");
        }
    }

    #[test]
    fn answers_given_out_of_order_are_handled() {
        // A link that skips ahead: the flow goes back to the first unanswered question.
        let given = answers(&[(Homeless, Yes), (Sanction, Yes)]);
        assert_eq!(next_question(&given), Some(DcfsCase));
        // With nothing known before them, the plan and the relative cannot change a fit
        // (Family Reunification and the GAIN worker stay "ask"), so Back skips them.
        assert_eq!(previous_question(&given, Homeless), Some(CalworksAtRemoval));
        assert!(!is_relevant(FrPlan, &given));
        assert!(!is_relevant(RelativeCaregiver, &given));
    }
}
