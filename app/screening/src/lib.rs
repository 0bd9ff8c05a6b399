//! Self-screening: which Linkages path may fit a family, why, and what to do next.
//!
//! What it is: plain data and functions, no UI types; the pages (server and browser island),
//! the JSON API and the tests all use it. Guidance only: the worker decides.
//! May depend on: `serde` and `thiserror` only (it builds for native and `wasm32`).
//! Entry points: [`Answers::from_pairs`] parses answers, [`evaluate`] screens them,
//! [`step::submit`] answers a form post, [`screen`] answers `POST /api/v1/screening`.
//!
//! * [`facts`]: the facts we ask about and their answers.
//! * [`rules`]: the rule table [`RULES`] (when each path fits, and its source sentence).
//! * [`flow`]: question order and skipping ([`next_question`], [`previous_question`],
//!   [`is_relevant`]).
//! * [`compact`]: the advisor desk's screening, every question on one page.
//! * [`card`]: what a hand-off card link holds and what the card says to the worker.
//! * [`evaluation`]: [`evaluate`], the rules over the answers that still matter.
//! * [`step`]: the page to show after a form submission.
//! * [`wire`]: the JSON forms of `POST /api/v1/screening`.
//! * [`messages`]: the Fluent ids (`locales/<lang>/screening.ftl`).

pub mod card;
pub mod compact;
pub mod evaluation;
pub mod facts;
pub mod flow;
pub mod messages;
pub mod rules;
pub mod step;
pub mod wire;

pub use evaluation::evaluate;
pub use facts::{Answer, AnswerError, AnswerErrors, Answers, Fact};
pub use flow::{
    check_your_answers, ignored_answers, is_complete, is_relevant, last_question, next_question,
    options, previous_question, questions, relevant_answers,
};
pub use rules::{Fit, Hint, Path, PathResult, Reason, Rule, Service, Source, TimeLimit, RULES};
pub use wire::{screen, ScreeningRequest, ScreeningResponse};
