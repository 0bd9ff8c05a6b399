//! The screening pages: one question per page, check your answers, the result. The rules,
//! the flow and each step's decision are in [`linkages_screening`]; this module renders them.

mod page;

pub use page::{message_variants, PostedFields, ScreeningPage, SCREENING_FORM_ID};
