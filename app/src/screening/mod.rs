//! Self-screening: which Linkages path may fit a family, why, and what to do next.
//!
//! Plain data and functions, no UI types: the pages, the JSON API and the tests all use
//! this module, on the server and in the browser. Guidance only: the worker decides.
//!
//! * [`facts`]: the facts we ask about and their answers ([`Answers::from_pairs`] parses).

pub mod facts;

pub use facts::{Answer, AnswerError, AnswerErrors, Answers, Fact};
