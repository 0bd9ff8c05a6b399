//! Office locator: nearest DCFS and DPSS offices and the county hotlines.

mod page;

pub use page::FindPage;
