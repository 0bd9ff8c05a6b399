//! Self-screening: which Linkages path may fit a family, why, and what to do next.
//!
//! Plain data and functions, no UI types: the pages, the JSON API and the tests all use
//! this module, on the server and in the browser. Guidance only: the worker decides.
//!
//! * [`facts`]: the facts we ask about and their answers ([`Answers::from_pairs`] parses).
//! * [`rules`]: the rule table [`RULES`] and [`evaluate`].
//! * [`flow`]: question order and skipping ([`next_question`], [`previous_question`],
//!   [`is_relevant`]).
//! * [`wire`]: the JSON forms of `POST /api/v1/screening`.
//! * [`messages`]: the Fluent ids (`locales/<lang>/screening.ftl`).

pub mod facts;
pub mod flow;
pub mod messages;
mod page;
pub mod rules;
pub mod step;
pub mod wire;

pub use facts::{Answer, AnswerError, AnswerErrors, Answers, Fact};
pub use flow::{
    check_your_answers, ignored_answers, is_complete, is_relevant, last_question, next_question,
    options, previous_question, questions, relevant_answers,
};
pub use page::{PostedFields, ScreeningPage};
pub use rules::{
    evaluate, Fit, Hint, Path, PathResult, Reason, Rule, Service, Source, TimeLimit, RULES,
};
pub use wire::{screen, ScreeningRequest, ScreeningResponse};
