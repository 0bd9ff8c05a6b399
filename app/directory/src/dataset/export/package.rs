//! The Frictionless Tabular Data Package around the CSVs (`datapackage.json`, Data Package
//! v1: profile `tabular-data-package`, one `tabular-data-resource` per CSV), and the zip
//! that carries them.
//!
//! Each resource's `schema.fields` are tabular.json's columns as Open Referral's own converter
//! (`schemas_to_datapackage` in openreferral/specification) turns them into Table Schema:
//! `datapackage_type` becomes the `type`, `enum` moves into `constraints`, and
//! `constraints.required` is set for the table's `required` and `tabular_required` fields
//! (less [`super::tabular::NOT_REQUIRED_HERE`]). A `format` Table Schema does not know for the
//! field's type (`date-time` on a `datetime`) is left out: its default, ISO 8601, is what it
//! means. `primaryKey` is `id`; `foreignKeys` are [`super::tabular::Table::foreign_keys`].

use std::io::Write;

use serde_json::{json, Map, Value};
use zip::{write::SimpleFileOptions, CompressionMethod, DateTime, ZipWriter};

use super::tabular::{Column, FieldType, Rows, Table, TabularModel};
use super::ExportError;
use crate::dataset::hsds::DatasetMeta;

/// The package's `name` (Data Package names are lower case, `-`, `_`, `.`).
pub const PACKAGE_NAME: &str = "linkages-hsds";

/// Every entry's modification time in the zip: the DOS epoch, 1980-01-01 00:00, so the same
/// dataset always gives the same bytes.
const ZIP_TIME: DateTime = DateTime::DEFAULT;

/// The `format` to declare for a column, if Table Schema knows it for the column's type:
/// strings take `email`, `uri`, `uuid`, `binary`; other types only patterns and `any`.
fn table_schema_format(column: &Column) -> Option<&str> {
    let format = column.format.as_deref()?;
    match column.field_type {
        FieldType::String => ["email", "uri", "uuid", "binary"]
            .contains(&format)
            .then_some(format),
        _ => (format == "any" || format.contains('%')).then_some(format),
    }
}

/// A column as a Table Schema field.
fn field(column: &Column) -> Value {
    let mut field = column.definition.clone();
    field.remove("datapackage_type");
    field.remove("enum");
    field.remove("format");
    field.insert("type".into(), column.field_type.as_str().into());
    if let Some(format) = table_schema_format(column) {
        field.insert("format".into(), format.into());
    }
    let mut constraints = Map::new();
    constraints.insert("required".into(), column.required.into());
    constraints.insert("unique".into(), column.unique.into());
    if !column.allowed.is_empty() {
        constraints.insert("enum".into(), column.allowed.clone().into());
    }
    field.insert("constraints".into(), Value::Object(constraints));
    Value::Object(field)
}

/// One `tabular-data-resource`.
fn resource(table: &Table) -> Value {
    let meta = |key: &str, default: &str| {
        table
            .datapackage_metadata
            .get(key)
            .cloned()
            .unwrap_or_else(|| default.into())
    };
    let mut schema = Map::new();
    schema.insert(
        "fields".into(),
        table.columns.iter().map(field).collect::<Vec<_>>().into(),
    );
    schema.insert("primaryKey".into(), "id".into());
    let foreign_keys: Vec<Value> = table
        .foreign_keys()
        .into_iter()
        .map(|(column, target)| {
            json!({"fields": column, "reference": {"resource": target, "fields": "id"}})
        })
        .collect();
    if !foreign_keys.is_empty() {
        schema.insert("foreignKeys".into(), foreign_keys.into());
    }
    json!({
        "name": table.name,
        "path": table.path,
        "description": table.description,
        "profile": meta("profile", "tabular-data-resource"),
        "format": meta("format", "csv"),
        "mediatype": meta("mediatype", "text/csv"),
        "encoding": "utf-8",
        "schema": schema,
    })
}

/// `datapackage.json` for `model`'s tables: the package, each source with its address, and
/// the dataset's own `meta` (licences and required credit lines, coverage, the time zone of
/// every `opens_at`/`closes_at`), which travels with the tables.
pub fn datapackage(model: &TabularModel, meta: &DatasetMeta) -> Result<Vec<u8>, ExportError> {
    let sources: Vec<Value> = meta
        .sources
        .iter()
        .map(|s| {
            let mut source = Map::new();
            source.insert("title".into(), s.title.clone().into());
            if let Some(url) = &s.url {
                source.insert("path".into(), url.clone().into());
            }
            Value::Object(source)
        })
        .collect();
    let meta_value =
        serde_json::to_value(meta).map_err(|e| ExportError::Serialize(e.to_string()))?;
    let package = json!({
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": meta.title,
        "description": format!(
            "The Linkages office directory in the Open Referral HSDS {} tabular form: one CSV per table, with the columns of HSDS compiled/tabular.json (branch 3.1-dev, commit abc731c). Opening times are wall-clock times in {}. Sources, licences and the credit lines some of them require are in `meta`.",
            meta.hsds_version, meta.timezone
        ),
        "sources": sources,
        "meta": meta_value,
        "resources": model.tables.iter().map(resource).collect::<Vec<_>>(),
    });
    let mut bytes =
        serde_json::to_vec_pretty(&package).map_err(|e| ExportError::Serialize(e.to_string()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The zip: `datapackage.json`, then each table's CSV, deflated, each entry dated
/// [`ZIP_TIME`] with mode 0644, so equal inputs give equal bytes.
pub fn zip(
    model: &TabularModel,
    rows: &Rows,
    datapackage_json: &[u8],
) -> Result<Vec<u8>, ExportError> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(ZIP_TIME)
        .unix_permissions(0o644);
    let zip_error = |e: zip::result::ZipError| ExportError::Write(e.to_string());
    let io_error = |e: std::io::Error| ExportError::Write(e.to_string());
    let mut writer = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer
        .start_file("datapackage.json", options)
        .map_err(zip_error)?;
    writer.write_all(datapackage_json).map_err(io_error)?;
    for table in &model.tables {
        let csv = super::tabular::write_csv(
            table,
            rows.get(&table.name).map(Vec::as_slice).unwrap_or(&[]),
        )?;
        writer.start_file(&table.path, options).map_err(zip_error)?;
        writer.write_all(&csv).map_err(io_error)?;
    }
    Ok(writer.finish().map_err(zip_error)?.into_inner())
}
