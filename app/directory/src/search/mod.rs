//! Questions the site asks of a validated dataset: the spatial index ([`geo_index`]), the
//! finder that resolves a place and ranks offices ([`finder`]), the search page's request and
//! answer ([`find`]), what the office maps draw ([`map`]), the advisor's text message
//! ([`text_message`]), the report-a-problem link ([`report`]), which office serves a point
//! ([`service_areas`]), the serialisable results the pages and the API show ([`view`]), and
//! whether a new dataset may replace the one in service ([`sanity`]).

pub mod find;
pub mod finder;
pub mod geo_index;
pub mod map;
pub mod report;
pub mod sanity;
pub mod service_areas;
pub mod text_message;
pub mod view;

pub use find::{
    find, AgencyChoice, FindAnswer, FindQuery, Origin, OFFICES_ONE_AGENCY, OFFICES_PER_AGENCY,
};
pub use finder::{FinderError, OfficeFilter, OfficeFinder};
pub use sanity::{check_replacement, OfficeCounts, Refusal, ReplacementPolicy};
