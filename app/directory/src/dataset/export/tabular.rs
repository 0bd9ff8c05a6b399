//! The HSDS tabular form: one CSV per table, with the columns, in the order, that the official
//! `compiled/tabular.json` gives (Open Referral HSDS, branch 3.1-dev, commit abc731c, vendored
//! as `data/hsds-tabular.json`; a test checks it against `shared/data/hsds-schema/`).
//!
//! A table's columns are its properties that are neither arrays nor references: in
//! tabular.json an array property (`phones`, `attributes`) is a child table, not a column,
//! which is also how Open Referral's own converter (`schemas_to_datapackage`) reads it. Nested
//! records become rows of their table with their parent's id in the column HSDS names for it
//! (`location_id` on a location's phone, `phone_id` on a phone's language), and an attribute
//! gets `link_id` and `link_entity` (the parent's id and table), as the HSDS attribute model says.
//!
//! The rows are the JSON records as serialised, flattened: every scalar value lands in the
//! column of its name, written as JSON writes it (text as is, numbers in JSON's shortest form);
//! nothing is reformatted or added. A field with no column in tabular.json is an error unless
//! it is listed in [`NOT_IN_TABULAR`], so a new field in the model cannot vanish silently.

use std::collections::BTreeMap;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

use super::ExportError;
use crate::dataset::hsds::Dataset;

/// The official tabular model, as vendored.
pub const HSDS_TABULAR_JSON: &str = include_str!("../../../../../data/hsds-tabular.json");

/// The tables our HSDS model has (`dataset::hsds`), by their tabular.json names. Each is
/// written even when it has no rows, so a partner's import sees the same files every time.
pub const EXPORTED_TABLES: [&str; 11] = [
    "organization",
    "service",
    "attribute",
    "service_at_location",
    "location",
    "phone",
    "address",
    "schedule",
    "language",
    "accessibility",
    "service_area",
];

/// Fields of our JSON records that tabular.json (at abc731c) has no column for: HSDS 3.1 added
/// `label` to `attribute.json` and `service_at_location_id` to `service_area.json` but not to
/// the tabular model. The JSON export keeps them (in the tabular form, an area's office is
/// lost: its `service_id` is the agency's office service).
pub const NOT_IN_TABULAR: [(&str, &str); 2] = [
    ("attribute", "label"),
    ("service_area", "service_at_location_id"),
];

/// Columns that tabular.json marks `tabular_required` but that our dataset does not always
/// fill, so the package does not declare them required. Nothing is made up to fill them:
/// * `service.organization_id`: County lines run by no organization in our sources have none
///   (the JSON schema does not require it either);
/// * `attribute.taxonomy_term_id`: our project facts are `linkages:*` attributes with no
///   taxonomy (see `data/README.md`).
pub const NOT_REQUIRED_HERE: [(&str, &str); 2] = [
    ("service", "organization_id"),
    ("attribute", "taxonomy_term_id"),
];

/// A Frictionless Table Schema field type, after tabular.json's `datapackage_type` (which
/// overrides its JSON `type` for dates and times).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    String,
    Number,
    Integer,
    Boolean,
    Date,
    Time,
    DateTime,
}

impl FieldType {
    fn parse(text: &str) -> Option<FieldType> {
        Some(match text {
            "string" => FieldType::String,
            "number" => FieldType::Number,
            "integer" => FieldType::Integer,
            "boolean" => FieldType::Boolean,
            "date" => FieldType::Date,
            "time" => FieldType::Time,
            "datetime" => FieldType::DateTime,
            _ => return None,
        })
    }

    /// The Table Schema name (`"date"`).
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Number => "number",
            FieldType::Integer => "integer",
            FieldType::Boolean => "boolean",
            FieldType::Date => "date",
            FieldType::Time => "time",
            FieldType::DateTime => "datetime",
        }
    }
}

/// One column of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub name: String,
    pub field_type: FieldType,
    /// tabular.json's `format` (`uuid`, `uri`, `email`, `date-time`), if any.
    pub format: Option<String>,
    /// `constraints.unique` in tabular.json.
    pub unique: bool,
    /// In the table's `required` or `tabular_required`, less [`NOT_REQUIRED_HERE`].
    pub required: bool,
    /// Allowed values, when tabular.json gives an `enum`.
    pub allowed: Vec<String>,
    /// The property as tabular.json gives it (title, description, example), for the package.
    pub definition: Map<String, Value>,
}

/// One table of the tabular model.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// `organization`, `service_at_location`.
    pub name: String,
    /// The CSV file name (`organizations.csv`; tabular.json spells `service_at_location.csv`).
    pub path: String,
    pub description: String,
    /// `datapackage_metadata`: format, mediatype, profile, order.
    pub datapackage_metadata: Map<String, Value>,
    pub columns: Vec<Column>,
    /// Child tables by the array property that holds them (`phones` → `phone`).
    pub children: BTreeMap<String, String>,
}

impl Table {
    /// The column of this name.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Foreign keys as HSDS names them: a column `<table>_id` refers to `<table>.id` for each
    /// exported table (`link_id` is polymorphic: its table is in `link_entity`). The name is
    /// the one rule every table keeps; tabular.json at abc731c no longer carries the
    /// `location` reference of `service_at_location`, for one.
    pub fn foreign_keys(&self) -> Vec<(&str, &'static str)> {
        self.columns
            .iter()
            .filter_map(|c| {
                let target = c.name.strip_suffix("_id")?;
                EXPORTED_TABLES
                    .iter()
                    .find(|t| **t == target)
                    .map(|t| (c.name.as_str(), *t))
            })
            .collect()
    }
}

/// The tabular model: [`EXPORTED_TABLES`], in tabular.json's `order`.
#[derive(Clone, Debug, PartialEq)]
pub struct TabularModel {
    pub tables: Vec<Table>,
}

fn schema_error(what: impl Into<String>) -> ExportError {
    ExportError::Schema(what.into())
}

impl TabularModel {
    /// Reads the vendored tabular.json.
    pub fn official() -> Result<TabularModel, ExportError> {
        TabularModel::parse(HSDS_TABULAR_JSON)
    }

    /// Reads a tabular.json: `{"properties": {<table>: {"items": {name, path, description,
    /// datapackage_metadata, required, tabular_required, properties}}}}`. Columns keep the
    /// order of the file's `properties`.
    pub fn parse(text: &str) -> Result<TabularModel, ExportError> {
        let file: TabularFile =
            serde_json::from_str(text).map_err(|e| schema_error(e.to_string()))?;
        let mut tables = Vec::new();
        for name in EXPORTED_TABLES {
            let entry = file
                .properties
                .get(name)
                .ok_or_else(|| schema_error(format!("no table {name}")))?;
            tables.push(read_table(name, &entry.items)?);
        }
        let order = |t: &Table| t.datapackage_metadata.get("order").and_then(Value::as_u64);
        tables.sort_by_key(|t| order(t).unwrap_or(u64::MAX));
        Ok(TabularModel { tables })
    }

    /// The table of this name.
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }
}

/// tabular.json as read: the tables by name.
#[derive(Deserialize)]
struct TabularFile {
    properties: BTreeMap<String, TableEntry>,
}

#[derive(Deserialize)]
struct TableEntry {
    items: TableItems,
}

#[derive(Deserialize)]
struct TableItems {
    path: String,
    description: String,
    #[serde(default)]
    datapackage_metadata: Map<String, Value>,
    #[serde(default)]
    required: Vec<String>,
    #[serde(default)]
    tabular_required: Vec<String>,
    properties: InOrder,
}

/// A JSON object's members in the order the file gives them (serde_json's `Map` sorts them).
struct InOrder(Vec<(String, Map<String, Value>)>);

impl<'de> Deserialize<'de> for InOrder {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = InOrder;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of field definitions")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<InOrder, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(InOrder(members))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

fn read_table(name: &str, items: &TableItems) -> Result<Table, ExportError> {
    let required: Vec<&String> = items
        .required
        .iter()
        .chain(&items.tabular_required)
        .collect();
    let mut columns = Vec::new();
    let mut children = BTreeMap::new();
    for (field, definition) in &items.properties.0 {
        let json_type = definition.get("type").and_then(Value::as_str);
        if json_type == Some("array") {
            // A child table: `{"items": {"$ref": "phone.json"}}`.
            if let Some(child) = definition
                .get("items")
                .and_then(|items| items.get("$ref"))
                .and_then(Value::as_str)
                .and_then(|r| r.strip_suffix(".json"))
            {
                children.insert(field.clone(), child.to_owned());
            }
            continue;
        }
        if definition.contains_key("$ref") {
            continue;
        }
        let type_name = definition
            .get("datapackage_type")
            .and_then(Value::as_str)
            .or(json_type)
            .unwrap_or("string");
        let field_type = FieldType::parse(type_name)
            .ok_or_else(|| schema_error(format!("{name}.{field} has type {type_name}")))?;
        let allowed = definition
            .get("enum")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        columns.push(Column {
            name: field.clone(),
            field_type,
            format: definition
                .get("format")
                .and_then(Value::as_str)
                .map(str::to_owned),
            unique: definition
                .get("constraints")
                .and_then(|c| c.get("unique"))
                .and_then(Value::as_bool)
                .unwrap_or(false),
            required: required.contains(&field)
                && !NOT_REQUIRED_HERE.contains(&(name, field.as_str())),
            allowed,
            definition: definition.clone(),
        });
    }
    Ok(Table {
        name: name.to_owned(),
        path: items.path.clone(),
        description: items.description.clone(),
        datapackage_metadata: items.datapackage_metadata.clone(),
        columns,
        children,
    })
}

/// One row: column name → cell text. Columns without a value are empty in the CSV.
pub type Row = BTreeMap<String, String>;

/// Every table's rows, by table name, in document order (depth first).
pub type Rows = BTreeMap<String, Vec<Row>>;

/// Flattens a dataset into the tables of `model`.
///
/// Errors: a field with no column ([`ExportError::UnmappedField`]), an array with no child
/// table ([`ExportError::UnmappedTable`]), a nested record whose own parent id names another
/// record ([`ExportError::WrongParent`]), or a record that does not serialise.
pub fn flatten(model: &TabularModel, dataset: &Dataset) -> Result<Rows, ExportError> {
    let mut rows: Rows = model
        .tables
        .iter()
        .map(|t| (t.name.clone(), Vec::new()))
        .collect();
    let value = serde_json::to_value(dataset).map_err(|e| ExportError::Serialize(e.to_string()))?;
    for (key, table) in [
        ("organizations", "organization"),
        ("services", "service"),
        ("locations", "location"),
        ("service_at_locations", "service_at_location"),
    ] {
        for record in value
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            flatten_record(model, table, record, None, &mut rows)?;
        }
    }
    Ok(rows)
}

/// The parent a nested record hangs from: its table and id.
struct Parent<'a> {
    table: &'a str,
    id: &'a str,
}

fn flatten_record(
    model: &TabularModel,
    table_name: &str,
    record: &Value,
    parent: Option<Parent<'_>>,
    rows: &mut Rows,
) -> Result<(), ExportError> {
    let table = model
        .table(table_name)
        .ok_or_else(|| ExportError::UnmappedTable {
            key: table_name.to_owned(),
        })?;
    let fields = record
        .as_object()
        .ok_or_else(|| ExportError::UnmappedField {
            table: table_name.to_owned(),
            field: "(not an object)".into(),
        })?;
    let id = fields.get("id").and_then(Value::as_str).unwrap_or_default();
    let mut row = Row::new();
    let mut nested = Vec::new();
    for (field, value) in fields {
        match value {
            Value::Null => {}
            Value::Array(items) => {
                let child = table
                    .children
                    .get(field)
                    .filter(|c| EXPORTED_TABLES.contains(&c.as_str()))
                    .ok_or_else(|| ExportError::UnmappedTable {
                        key: format!("{table_name}.{field}"),
                    })?;
                nested.extend(items.iter().map(|item| (child.clone(), item)));
            }
            Value::Object(_) => {
                return Err(ExportError::UnmappedField {
                    table: table_name.to_owned(),
                    field: field.clone(),
                })
            }
            Value::String(text) => put(table, &mut row, field, text.clone())?,
            Value::Number(n) => put(table, &mut row, field, n.to_string())?,
            Value::Bool(b) => put(table, &mut row, field, b.to_string())?,
        }
    }
    if let Some(parent) = parent {
        if table.name == "attribute" {
            link(&mut row, table, "link_id", parent.id, id)?;
            link(&mut row, table, "link_entity", parent.table, id)?;
        } else {
            let column = format!("{}_id", parent.table);
            if table.column(&column).is_none() {
                return Err(ExportError::UnmappedField {
                    table: table.name.clone(),
                    field: column,
                });
            }
            link(&mut row, table, &column, parent.id, id)?;
        }
    }
    rows.entry(table.name.clone()).or_default().push(row);
    for (child, item) in nested {
        let parent = Parent {
            table: &table.name,
            id,
        };
        flatten_record(model, &child, item, Some(parent), rows)?;
    }
    Ok(())
}

/// Puts a value in its column, or skips a field listed in [`NOT_IN_TABULAR`].
fn put(table: &Table, row: &mut Row, field: &str, text: String) -> Result<(), ExportError> {
    if table.column(field).is_some() {
        row.insert(field.to_owned(), text);
        Ok(())
    } else if NOT_IN_TABULAR.contains(&(table.name.as_str(), field)) {
        Ok(())
    } else {
        Err(ExportError::UnmappedField {
            table: table.name.clone(),
            field: field.to_owned(),
        })
    }
}

/// Sets a parent column from the nesting; a record that names another parent is an error.
fn link(
    row: &mut Row,
    table: &Table,
    column: &str,
    parent: &str,
    id: &str,
) -> Result<(), ExportError> {
    match row.get(column) {
        Some(own) if own != parent => Err(ExportError::WrongParent {
            table: table.name.clone(),
            id: id.to_owned(),
            column: column.to_owned(),
        }),
        Some(_) => Ok(()),
        None => {
            row.insert(column.to_owned(), parent.to_owned());
            Ok(())
        }
    }
}

/// One table as CSV (RFC 4180 through the `csv` crate: CRLF line ends, fields quoted when they
/// hold a comma, quote or line break, quotes doubled): a header of the table's columns, then
/// one line per row.
pub fn write_csv(table: &Table, rows: &[Row]) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let write_error = |e: csv::Error| ExportError::Write(e.to_string());
    writer
        .write_record(table.columns.iter().map(|c| c.name.as_str()))
        .map_err(write_error)?;
    for row in rows {
        writer
            .write_record(
                table
                    .columns
                    .iter()
                    .map(|c| row.get(&c.name).map(String::as_str).unwrap_or("")),
            )
            .map_err(write_error)?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Write(e.to_string()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::dataset::hsds::{Attribute, Location, Phone};
    use crate::dataset::load::embedded_dataset;

    fn model() -> TabularModel {
        TabularModel::official().expect("the vendored tabular.json reads")
    }

    #[test]
    fn the_model_has_every_exported_table_in_order() {
        let m = model();
        let names: Vec<&str> = m.tables.iter().map(|t| t.name.as_str()).collect();
        // tabular.json's `order`: organization 1, service 3, attribute 4, ...
        assert_eq!(
            names,
            [
                "organization",
                "service",
                "attribute",
                "service_at_location",
                "location",
                "phone",
                "address",
                "schedule",
                "service_area",
                "language",
                "accessibility"
            ]
        );
        let phone = m.table("phone").unwrap();
        assert_eq!(phone.path, "phones.csv");
        assert_eq!(phone.columns[0].name, "id");
        assert!(phone.column("languages").is_none(), "arrays are tables");
        assert_eq!(
            phone.children.get("languages").map(String::as_str),
            Some("language")
        );
        assert_eq!(
            phone.column("extension").unwrap().field_type,
            FieldType::Number
        );
        assert!(phone.column("number").unwrap().required);
        let schedule = m.table("schedule").unwrap();
        assert_eq!(
            schedule.column("opens_at").unwrap().field_type,
            FieldType::Time
        );
        assert_eq!(
            schedule.column("valid_from").unwrap().field_type,
            FieldType::Date
        );
        let sal = m.table("service_at_location").unwrap();
        assert_eq!(sal.path, "service_at_location.csv");
        assert!(sal.column("location_id").unwrap().required);
        assert!(
            !m.table("service")
                .unwrap()
                .column("organization_id")
                .unwrap()
                .required
        );
        assert_eq!(
            sal.foreign_keys(),
            [("service_id", "service"), ("location_id", "location")]
        );
        // `program_id` names a table we do not export; `link_id` is polymorphic.
        assert!(
            m.table("service").unwrap().foreign_keys() == [("organization_id", "organization")]
        );
        assert!(m.table("attribute").unwrap().foreign_keys().is_empty());
    }

    #[test]
    fn nested_records_carry_their_parent() {
        let m = model();
        let mut d = embedded_dataset().unwrap();
        d.organizations.clear();
        d.services.clear();
        d.service_at_locations.clear();
        d.locations = vec![Location {
            id: "l1".into(),
            phones: vec![Phone {
                id: "p1".into(),
                number: "213-555-0100".into(),
                attributes: vec![Attribute {
                    id: "a1".into(),
                    value: Some("countywide_line".into()),
                    label: Some("dropped: tabular.json has no label".into()),
                    ..Attribute::default()
                }],
                ..Phone::default()
            }],
            ..Location::default()
        }];
        let rows = flatten(&m, &d).unwrap();
        assert_eq!(rows["location"].len(), 1);
        assert_eq!(rows["location"][0]["location_type"], "physical");
        let phone = &rows["phone"][0];
        assert_eq!(phone["location_id"], "l1");
        assert_eq!(phone["number"], "213-555-0100");
        let attribute = &rows["attribute"][0];
        assert_eq!(attribute["link_id"], "p1");
        assert_eq!(attribute["link_entity"], "phone");
        assert!(!attribute.contains_key("label"));
    }

    #[test]
    fn a_record_naming_another_parent_is_refused() {
        let m = model();
        let mut d = embedded_dataset().unwrap();
        let phone = d
            .locations
            .iter_mut()
            .find_map(|l| l.phones.first_mut())
            .unwrap();
        phone.location_id = Some("someone-else".into());
        assert!(matches!(
            flatten(&m, &d),
            Err(ExportError::WrongParent { column, .. }) if column == "location_id"
        ));
    }

    #[test]
    fn csv_quotes_as_rfc_4180_says() {
        let m = model();
        let table = m.table("accessibility").unwrap();
        let row: Row = [
            ("id".to_owned(), "x".to_owned()),
            (
                "details".to_owned(),
                "ramp, \"east\" door\nlevel 1".to_owned(),
            ),
        ]
        .into();
        let text = String::from_utf8(write_csv(table, &[row]).unwrap()).unwrap();
        assert_eq!(
            text,
            "id,location_id,description,details,url\r\nx,,,\"ramp, \"\"east\"\" door\nlevel 1\",\r\n"
        );
    }
}
