//! The HSDS 3.1 model and the ways data comes in: [`load`] (parse and validate a dataset
//! file), [`reference`] (build one from the reference CSVs), [`gis_import`] (merge a County
//! ArcGIS layer), [`assure`] (record the day a person checked a listing), [`atomic`] (write a
//! dataset file whole or not at all), and the typed values records carry ([`hours`], [`phone`], [`ids`]).
//! One way out: [`export`], the whole dataset for partner directories (HSDS JSON, and the HSDS
//! tabular form with a Frictionless data package).
//! Nothing here imports from [`crate::search`].

pub mod assure;
pub mod atomic;
pub mod export;
pub mod gis_import;
pub mod hours;
pub mod hsds;
pub mod ids;
pub mod load;
pub mod phone;
pub mod reference;
