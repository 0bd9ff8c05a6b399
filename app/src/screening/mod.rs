//! Self-screening: which Linkages path may fit, one question per page.

mod page;

pub use page::ScreeningPage;
