//! Screening a family: the rules of [`crate::rules`] applied to the answers that
//! [`crate::flow`] says still matter. It stands above both, so neither imports the other
//! for it.

use crate::facts::Answers;
use crate::flow;
use crate::rules::{PathResult, RULES};

/// Screens the family: one result per path, best fit first (`may_fit`, then `ask`, then
/// `no`; the table order within each).
///
/// Answers to questions that do not matter any more (see [`flow::is_relevant`]) are left
/// out first, so they neither change a result nor show up as a reason.
pub fn evaluate(answers: &Answers) -> Vec<PathResult> {
    let relevant = flow::relevant_answers(answers);
    let mut results: Vec<PathResult> = RULES.iter().map(|rule| rule.result(&relevant)).collect();
    results.sort_by_key(|result| result.fit);
    results
}
