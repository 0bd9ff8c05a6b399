//! The bulk export for partner directories: the whole dataset as HSDS JSON, and the HSDS
//! tabular form ([`tabular`]: one CSV per table) with a Frictionless `datapackage.json`
//! ([`package`]), in a zip.
//!
//! [`DatasetExport::build`] makes every artifact once per dataset (the finder builds it when a
//! dataset is loaded or reloaded, so a reload recomputes it), each with a strong entity tag
//! (RFC 9110 §8.8.3): the SHA-256 of its bytes, so equal data gives equal tags and any change
//! gives a new one.

pub mod package;
pub mod tabular;

use std::io::Write;
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::hsds::Dataset;
use super::reference::to_pretty_json;

/// Why an export could not be built. Each names what to fix in the model or the vendored
/// schema: none comes from a request.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// The vendored `data/hsds-tabular.json` is not the tabular model we read.
    #[error("data/hsds-tabular.json: {0}")]
    Schema(String),
    /// A record's field has no column in tabular.json and is not known to be left out.
    #[error("{table}.{field} has no column in the HSDS tabular form: add it to NOT_IN_TABULAR or map it")]
    UnmappedField { table: String, field: String },
    /// A nested array whose table is not exported.
    #[error("{key} has no table in the export")]
    UnmappedTable { key: String },
    /// A nested record that names a parent other than the record it is nested in.
    #[error("{table} {id}: {column} names another record than the one it is nested in")]
    WrongParent {
        table: String,
        id: String,
        column: String,
    },
    /// A value that did not serialise.
    #[error("cannot serialise the export: {0}")]
    Serialize(String),
    /// Writing the CSV, zip or gzip bytes (in memory) failed.
    #[error("cannot write the export: {0}")]
    Write(String),
}

/// A strong entity tag: `"` + the lower-case hex SHA-256 of the bytes + `"` (RFC 9110
/// §8.8.3: an opaque quoted string; strong, as the bytes are exactly these).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EntityTag(String);

impl EntityTag {
    /// The tag of `bytes`.
    pub fn of(bytes: &[u8]) -> EntityTag {
        let digest = Sha256::digest(bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        EntityTag(format!("\"{hex}\""))
    }

    /// As sent in `ETag`, quotes included.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The opaque tag between the quotes, as compared (RFC 9110 §8.8.3.2).
    pub fn opaque(&self) -> &str {
        self.0.trim_matches('"')
    }
}

/// Bytes ready to send, and their tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Artifact {
    bytes: Arc<[u8]>,
    etag: EntityTag,
}

impl Artifact {
    pub fn new(bytes: Vec<u8>) -> Artifact {
        let etag = EntityTag::of(&bytes);
        Artifact {
            bytes: bytes.into(),
            etag,
        }
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes, shared (a response body can hold them without a copy).
    pub fn shared(&self) -> Arc<[u8]> {
        Arc::clone(&self.bytes)
    }

    pub fn etag(&self) -> &EntityTag {
        &self.etag
    }
}

/// Every export of one dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetExport {
    /// The whole dataset (`meta` and the four record arrays) as the dataset file is written:
    /// pretty JSON with a final newline. For the shipped dataset these are its file's bytes.
    pub json: Artifact,
    /// The same JSON, gzip-compressed (RFC 1952, no name, time 0), with its own tag: a
    /// strong tag must differ between content codings (RFC 9110 §8.8.3).
    pub json_gzip: Artifact,
    /// The tabular form: `datapackage.json` and one CSV per table, zipped.
    pub tabular_zip: Artifact,
}

impl DatasetExport {
    /// Builds every export of `dataset`.
    pub fn build(dataset: &Dataset) -> Result<DatasetExport, ExportError> {
        let json = to_pretty_json(dataset)
            .map_err(|e| ExportError::Serialize(e.to_string()))?
            .into_bytes();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&json)
            .map_err(|e| ExportError::Write(e.to_string()))?;
        let json_gzip = gzip
            .finish()
            .map_err(|e| ExportError::Write(e.to_string()))?;

        let model = tabular::TabularModel::official()?;
        let rows = tabular::flatten(&model, dataset)?;
        let datapackage = package::datapackage(&model, &dataset.meta)?;
        let tabular_zip = package::zip(&model, &rows, &datapackage)?;
        Ok(DatasetExport {
            json: Artifact::new(json),
            json_gzip: Artifact::new(json_gzip),
            tabular_zip: Artifact::new(tabular_zip),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::io::Read;

    use super::*;
    use crate::dataset::load::{embedded_dataset, EMBEDDED_DATASET};

    #[test]
    fn the_json_export_of_the_shipped_dataset_is_its_file() {
        let export = DatasetExport::build(&embedded_dataset().unwrap()).unwrap();
        assert_eq!(export.json.bytes(), EMBEDDED_DATASET.as_bytes());
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(export.json_gzip.bytes())
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, export.json.bytes());
        assert_ne!(export.json.etag(), export.json_gzip.etag());
    }

    #[test]
    fn the_same_dataset_gives_the_same_bytes_and_tags() {
        let d = embedded_dataset().unwrap();
        let a = DatasetExport::build(&d).unwrap();
        let b = DatasetExport::build(&d).unwrap();
        assert_eq!(a, b);
        let mut changed = d.clone();
        changed.organizations[0].name.push_str(" (renamed)");
        let c = DatasetExport::build(&changed).unwrap();
        assert_ne!(a.json.etag(), c.json.etag());
        assert_ne!(a.tabular_zip.etag(), c.tabular_zip.etag());
    }

    #[test]
    fn tags_are_quoted_hex_sha256() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        let tag = EntityTag::of(b"abc");
        assert_eq!(
            tag.as_str(),
            "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\""
        );
        assert_eq!(tag.opaque().len(), 64);
    }

    #[test]
    fn the_zip_holds_the_package_then_every_table() {
        let export = DatasetExport::build(&embedded_dataset().unwrap()).unwrap();
        let mut archive =
            zip::ZipArchive::new(std::io::Cursor::new(export.tabular_zip.bytes())).unwrap();
        let names: Vec<String> = archive
            .file_names()
            .map(|n| n.unwrap().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "datapackage.json",
                "organizations.csv",
                "services.csv",
                "attributes.csv",
                "service_at_location.csv",
                "locations.csv",
                "phones.csv",
                "addresses.csv",
                "schedules.csv",
                "service_areas.csv",
                "languages.csv",
                "accessibility.csv"
            ]
        );
        let mut package = String::new();
        archive
            .by_name("datapackage.json")
            .unwrap()
            .read_to_string(&mut package)
            .unwrap();
        let package: serde_json::Value = serde_json::from_str(&package).unwrap();
        assert_eq!(package["profile"], "tabular-data-package");
        assert_eq!(package["resources"].as_array().unwrap().len(), 11);
        let entry = archive.by_name("phones.csv").unwrap();
        assert_eq!(entry.compression(), zip::CompressionMethod::Deflated);
        assert_eq!(entry.last_modified(), Some(zip::DateTime::DEFAULT));
    }
}
