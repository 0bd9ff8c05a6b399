//! The frame around every page: skip link, quick exit, safety lines, language switcher,
//! footer; and on the server, the HTML document shell.

pub mod chrome;
pub mod lines;
#[cfg(feature = "ssr")]
pub mod shell;

pub use chrome::{document_title, problem_heading, LinkedText, NotFound, PageTitle, PhoneLink};
