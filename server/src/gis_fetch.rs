//! `linkages dataset fetch-gis`: downloads a County ArcGIS FeatureServer layer and hands it to
//! the same import as `import-gis` (one mapping format, one import path, one report).
//!
//! The order is chosen so that nothing is written unless everything worked:
//! 1. the layer's metadata (`?f=json`): fields, `maxRecordCount`, geometry type, object-id
//!    field, whether `query` pages;
//! 2. the mapping checked against the real field names (before any feature is downloaded);
//! 3. every feature, in pages (`resultOffset`/`resultRecordCount`, ordered by object id, until
//!    `exceededTransferLimit` is gone), or, where the layer cannot page, the object ids first
//!    (`returnIdsOnly`) and then batches of `objectIds`;
//! 4. the whole download checked: the feature count against the layer's own count, repeated
//!    object ids kept once and reported, coordinates that are Web Mercator refused;
//! 5. the import and merge into the base dataset, validated, then one atomic write.
//!
//! Any failure on the way (timeouts and 5xx after the retries, an `{"error": …}` body sent with
//! HTTP 200, a body cut short or over the size cap) ends the run with no file written, so an
//! existing dataset is never replaced by part of a layer.
//!
//! Web Mercator is refused, not converted: the query asks for `outSR=4326`, so projected
//! numbers mean the server ignored the request, and a dataset built on a guess about why is
//! worse than no dataset. The operator sees which feature and what numbers.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

use linkages_directory::dataset::gis_import::{
    import_and_merge, write_dataset, GisError, GisImport, GisMapping, LayerKind,
};
use serde_json::{json, Value};

/// How to talk to the server.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Longest wait to open a connection.
    pub connect_timeout: Duration,
    /// Longest wait for the answer's head, and for any next piece of its body.
    pub read_timeout: Duration,
    /// Attempts after the first for a timeout, a broken connection or a 5xx.
    pub retries: u32,
    /// Wait before the first retry; doubled for each next one.
    pub backoff: Duration,
    /// Largest answer read, in bytes.
    pub max_bytes: u64,
    /// Features asked for per page (at most the layer's `maxRecordCount`).
    pub page_size: Option<u32>,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(60),
            retries: 3,
            backoff: Duration::from_secs(1),
            max_bytes: 64 * 1024 * 1024,
            page_size: None,
        }
    }
}

/// Why a fetch failed. Every variant means no file was written.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The layer URL is not an http(s) FeatureServer layer URL.
    #[error("{0:?} is not a layer URL: give .../FeatureServer/<layer number> (http or https)")]
    BadUrl(String),
    /// No answer (connection, timeout, body cut short), after the retries.
    #[error("{url}: {message} (after {attempts} attempt(s))")]
    Transport {
        /// What was asked.
        url: String,
        /// What went wrong.
        message: String,
        /// How many times it was asked.
        attempts: u32,
    },
    /// An HTTP error status, after the retries for a 5xx.
    #[error("{url}: HTTP {status} (after {attempts} attempt(s)): {body}")]
    Status {
        /// What was asked.
        url: String,
        /// The status.
        status: u16,
        /// The start of the body.
        body: String,
        /// How many times it was asked.
        attempts: u32,
    },
    /// ArcGIS answered `{"error": …}` (often with HTTP 200).
    #[error("{url}: the ArcGIS server returned error {code}: {message}")]
    ArcGis {
        /// What was asked.
        url: String,
        /// ArcGIS's code.
        code: i64,
        /// ArcGIS's message and details.
        message: String,
    },
    /// The answer is larger than the cap.
    #[error("{url}: the answer is larger than {limit} bytes (raise --max-bytes if the layer really is that big)")]
    TooLarge {
        /// What was asked.
        url: String,
        /// The cap.
        limit: u64,
    },
    /// The answer is not the JSON asked for.
    #[error("{url}: not the expected answer: {message}")]
    BadAnswer {
        /// What was asked.
        url: String,
        /// What is wrong with it.
        message: String,
    },
    /// The mapping names fields the layer does not have.
    #[error("the mapping names fields the layer does not have: {}. The layer's fields are: {}. Correct the mapping (see `fetch-gis --check`)", .missing.iter().map(|(k, f)| format!("{k} = {f:?}")).collect::<Vec<_>>().join(", "), .layer_fields.join(", "))]
    MissingFields {
        /// Mapping key and field name.
        missing: Vec<(String, String)>,
        /// The layer's field names.
        layer_fields: Vec<String>,
    },
    /// The layer's geometry is not what the mapping reads: points for `[fields]` (offices),
    /// polygons for `[areas]` (service areas).
    #[error("the layer's geometry is {found}, not {expected}: a mapping with [fields] makes offices from points, one with [areas] service areas from polygons")]
    WrongGeometry {
        found: String,
        expected: &'static str,
    },
    /// Projected coordinates where longitude/latitude were asked for.
    #[error("feature with object id {object_id} has coordinates {coordinates} in Web Mercator (EPSG:3857/102100) metres, not longitude/latitude, although outSR=4326 was asked: refused, nothing written (the server ignored outSR; try again later or save the layer by hand in WGS84)")]
    WebMercator {
        /// The feature.
        object_id: String,
        /// Its coordinates.
        coordinates: String,
    },
    /// Fewer features came than the layer holds.
    #[error("the layer holds {expected} features but {received} different ones came: the download is incomplete, nothing written")]
    Incomplete {
        /// The layer's count.
        expected: usize,
        /// Distinct features received.
        received: usize,
    },
    /// The import or the merge failed.
    #[error(transparent)]
    Import(#[from] GisError),
}

impl FetchError {
    fn is_transient(&self) -> bool {
        match self {
            FetchError::Transport { .. } => true,
            FetchError::Status { status, .. } => *status >= 500,
            FetchError::ArcGis { code, .. } => (500..600).contains(code),
            _ => false,
        }
    }
}

/// One attribute field of the layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerField {
    /// Name (as GeoJSON properties spell it).
    pub name: String,
    /// `esriFieldTypeString`, ...
    pub field_type: String,
    /// Alias, if different from the name.
    pub alias: Option<String>,
}

/// What the layer says about itself (`?f=json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerInfo {
    /// The layer's name.
    pub name: Option<String>,
    /// Its fields.
    pub fields: Vec<LayerField>,
    /// Most features one query returns.
    pub max_record_count: u32,
    /// `esriGeometryPoint`, ...
    pub geometry_type: Option<String>,
    /// The object-id field.
    pub object_id_field: Option<String>,
    /// True when `query` takes `resultOffset`.
    pub supports_pagination: bool,
}

impl LayerInfo {
    fn from_json(v: &Value) -> LayerInfo {
        let fields = v
            .get("fields")
            .and_then(Value::as_array)
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| {
                        let name = f.get("name")?.as_str()?.to_string();
                        let alias = f
                            .get("alias")
                            .and_then(Value::as_str)
                            .filter(|a| *a != name)
                            .map(str::to_string);
                        Some(LayerField {
                            field_type: f
                                .get("type")
                                .and_then(Value::as_str)
                                .unwrap_or("?")
                                .to_string(),
                            name,
                            alias,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let object_id_field = v
            .get("objectIdField")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| {
                v.get("fields")
                    .and_then(Value::as_array)?
                    .iter()
                    .find(|f| f.get("type").and_then(Value::as_str) == Some("esriFieldTypeOID"))
                    .and_then(|f| f.get("name")?.as_str())
                    .map(str::to_string)
            });
        LayerInfo {
            name: v.get("name").and_then(Value::as_str).map(str::to_string),
            fields,
            max_record_count: v
                .get("maxRecordCount")
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| *n > 0)
                .unwrap_or(1000),
            geometry_type: v
                .get("geometryType")
                .and_then(Value::as_str)
                .map(str::to_string),
            object_id_field,
            supports_pagination: v
                .pointer("/advancedQueryCapabilities/supportsPagination")
                .and_then(Value::as_bool)
                == Some(true),
        }
    }

    /// The mapping's fields the layer does not have, as (mapping key, field name).
    pub fn missing_fields(&self, mapping: &GisMapping) -> Vec<(String, String)> {
        mapping
            .named_fields()
            .into_iter()
            .filter(|(_, f)| !self.fields.iter().any(|l| l.name == *f))
            .map(|(k, f)| (k.to_string(), f.to_string()))
            .collect()
    }

    fn field_names(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.name.clone()).collect()
    }
}

/// Talks to one layer.
struct Client {
    agent: ureq::Agent,
    options: FetchOptions,
    layer_url: String,
}

impl Client {
    fn new(layer_url: &str, options: FetchOptions) -> Result<Client, FetchError> {
        let layer_url = layer_url.trim().split(['?', '#']).next().unwrap_or("");
        let layer_url = layer_url.trim_end_matches('/');
        let layer_url = layer_url.strip_suffix("/query").unwrap_or(layer_url);
        if !(layer_url.starts_with("http://") || layer_url.starts_with("https://"))
            || layer_url.len() <= "https://".len()
        {
            return Err(FetchError::BadUrl(layer_url.to_string()));
        }
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_connect(Some(options.connect_timeout))
            .timeout_recv_response(Some(options.read_timeout))
            .timeout_per_read(Some(options.read_timeout))
            .http_status_as_error(false)
            .user_agent("linkages-fetch-gis")
            .build()
            .into();
        Ok(Client {
            agent,
            options,
            layer_url: layer_url.to_string(),
        })
    }

    fn query_url(&self, params: &str) -> String {
        format!("{}/query?{params}", self.layer_url)
    }

    /// GETs JSON, retrying what may pass (timeouts, broken connections, 5xx).
    fn get_json(&self, url: &str) -> Result<Value, FetchError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.get_json_once(url, attempt) {
                Ok(v) => return Ok(v),
                Err(e) if e.is_transient() && attempt <= self.options.retries => {
                    let wait = self.options.backoff * 2u32.saturating_pow(attempt - 1);
                    tracing::warn!("{e}; asking again in {:.1} s", wait.as_secs_f64());
                    std::thread::sleep(wait);
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn get_json_once(&self, url: &str, attempts: u32) -> Result<Value, FetchError> {
        let transport = |e: ureq::Error| match e {
            ureq::Error::BodyExceedsLimit(limit) => FetchError::TooLarge {
                url: url.to_string(),
                limit,
            },
            other => FetchError::Transport {
                url: url.to_string(),
                message: other.to_string(),
                attempts,
            },
        };
        let mut response = self.agent.get(url).call().map_err(transport)?;
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(self.options.max_bytes)
            .read_to_string()
            .map_err(transport)?;
        if !(200..300).contains(&status) {
            return Err(FetchError::Status {
                url: url.to_string(),
                status,
                body: body.chars().take(200).collect(),
                attempts,
            });
        }
        let value: Value = serde_json::from_str(&body).map_err(|e| FetchError::BadAnswer {
            url: url.to_string(),
            message: format!("not JSON ({e}); {} bytes came", body.len()),
        })?;
        if let Some(err) = value.get("error") {
            let code = err.get("code").and_then(Value::as_i64).unwrap_or(0);
            let mut message = err
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("no message")
                .to_string();
            if let Some(details) = err.get("details").and_then(Value::as_array) {
                for d in details.iter().filter_map(Value::as_str) {
                    let _ = write!(message, "; {d}");
                }
            }
            return Err(FetchError::ArcGis {
                url: url.to_string(),
                code,
                message,
            });
        }
        Ok(value)
    }

    fn layer_info(&self) -> Result<LayerInfo, FetchError> {
        let url = format!("{}?f=json", self.layer_url);
        let v = self.get_json(&url)?;
        if v.get("fields").and_then(Value::as_array).is_none() {
            return Err(FetchError::BadAnswer {
                url,
                message: "no `fields` list: is this a FeatureServer layer (…/FeatureServer/N), not the service?".into(),
            });
        }
        Ok(LayerInfo::from_json(&v))
    }
}

/// A page of GeoJSON features and whether the server holds more.
fn page_features(url: &str, v: Value) -> Result<(Vec<Value>, bool), FetchError> {
    let bad = |message: &str| FetchError::BadAnswer {
        url: url.to_string(),
        message: message.to_string(),
    };
    if let Some(crs) = v.pointer("/crs/properties/name").and_then(Value::as_str) {
        if ["3857", "102100", "900913", "102113"]
            .iter()
            .any(|code| crs.ends_with(code))
        {
            return Err(FetchError::WebMercator {
                object_id: "(the whole page)".into(),
                coordinates: format!("declared as {crs}"),
            });
        }
    }
    if v.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(bad("not a GeoJSON FeatureCollection"));
    }
    let exceeded = v.get("exceededTransferLimit").and_then(Value::as_bool) == Some(true)
        || v.pointer("/properties/exceededTransferLimit")
            .and_then(Value::as_bool)
            == Some(true);
    let Value::Object(mut root) = v else {
        return Err(bad("not an object"));
    };
    match root.remove("features") {
        Some(Value::Array(features)) => Ok((features, exceeded)),
        _ => Err(bad("no `features` array")),
    }
}

/// The feature's object id: the object-id property, else GeoJSON's `id` (ArcGIS sets it).
fn object_id(feature: &Value, field: Option<&str>) -> Option<String> {
    let from_property = field.and_then(|f| feature.pointer(&format!("/properties/{f}")));
    match from_property.or_else(|| feature.get("id")) {
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    }
}

/// Refuses projected coordinates: a first position outside ±180/±90, in a point or a polygon.
fn check_longitude_latitude(feature: &Value, oid: &str) -> Result<(), FetchError> {
    // The first position: the coordinates of a Point, the first corner of anything deeper.
    let mut c = feature.get("geometry").and_then(|g| g.get("coordinates"));
    while let Some(Value::Array(items)) = c {
        match items.first() {
            Some(Value::Array(_)) => c = items.first(),
            _ => break,
        }
    }
    let Some(c) = c else {
        return Ok(());
    };
    let x = c.get(0).and_then(Value::as_f64);
    let y = c.get(1).and_then(Value::as_f64);
    match (x, y) {
        (Some(x), Some(y)) if x.abs() > 180.0 || y.abs() > 90.0 => Err(FetchError::WebMercator {
            object_id: oid.to_string(),
            coordinates: c.to_string(),
        }),
        _ => Ok(()),
    }
}

/// The whole layer, deduplicated, with what was noticed on the way.
struct Download {
    features: Vec<Value>,
    notes: Vec<String>,
}

/// Keeps the first feature for each object id; says which came more than once.
fn add_features(
    into: &mut Download,
    seen: &mut HashMap<String, usize>,
    page: Vec<Value>,
    oid_field: Option<&str>,
) -> Result<(), FetchError> {
    for feature in page {
        let oid = object_id(&feature, oid_field);
        check_longitude_latitude(&feature, oid.as_deref().unwrap_or("(none)"))?;
        match oid {
            Some(oid) => {
                let n = seen.entry(oid.clone()).or_insert(0);
                *n += 1;
                if *n == 1 {
                    into.features.push(feature);
                } else if *n == 2 {
                    into.notes.push(format!(
                        "object id {oid} came more than once (the server's pages overlap): kept once"
                    ));
                }
            }
            None => into.features.push(feature),
        }
    }
    Ok(())
}

fn download(client: &Client, info: &LayerInfo) -> Result<Download, FetchError> {
    let oid_field = info.object_id_field.as_deref();
    let page_size = client
        .options
        .page_size
        .unwrap_or(info.max_record_count)
        .clamp(1, info.max_record_count);
    let mut out = Download {
        features: Vec::new(),
        notes: Vec::new(),
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    const FEATURES: &str = "outFields=*&outSR=4326&f=geojson";
    if info.supports_pagination {
        let count_url = client.query_url("where=1%3D1&returnCountOnly=true&f=json");
        let expected = client
            .get_json(&count_url)?
            .get("count")
            .and_then(Value::as_u64)
            .ok_or_else(|| FetchError::BadAnswer {
                url: count_url.clone(),
                message: "no `count`".into(),
            })? as usize;
        let order = oid_field
            .map(|f| format!("&orderByFields={f}"))
            .unwrap_or_default();
        let mut offset = 0usize;
        // Far more pages than the count needs means the server is not moving on.
        let max_pages = expected / page_size as usize + 10;
        for _ in 0..max_pages {
            let url = client.query_url(&format!(
                "where=1%3D1&{FEATURES}{order}&resultOffset={offset}&resultRecordCount={page_size}"
            ));
            let (features, more) = page_features(&url, client.get_json(&url)?)?;
            if features.is_empty() && more {
                return Err(FetchError::BadAnswer {
                    url,
                    message: "an empty page that says more features follow".into(),
                });
            }
            offset += features.len();
            add_features(&mut out, &mut seen, features, oid_field)?;
            if !more {
                if out.features.len() != expected {
                    return Err(FetchError::Incomplete {
                        expected,
                        received: out.features.len(),
                    });
                }
                return Ok(out);
            }
        }
        Err(FetchError::Incomplete {
            expected,
            received: out.features.len(),
        })
    } else {
        out.notes.push(
            "the layer does not page: fetched its object ids, then the features in batches".into(),
        );
        let ids_url = client.query_url("where=1%3D1&returnIdsOnly=true&f=json");
        let ids: BTreeSet<i64> = client
            .get_json(&ids_url)?
            .get("objectIds")
            .and_then(Value::as_array)
            .ok_or_else(|| FetchError::BadAnswer {
                url: ids_url.clone(),
                message: "no `objectIds` list".into(),
            })?
            .iter()
            .filter_map(Value::as_i64)
            .collect();
        let ids: Vec<i64> = ids.into_iter().collect();
        for batch in ids.chunks(page_size as usize) {
            let list = batch
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(",");
            let url = client.query_url(&format!("objectIds={list}&{FEATURES}"));
            let (features, _) = page_features(&url, client.get_json(&url)?)?;
            add_features(&mut out, &mut seen, features, oid_field)?;
        }
        let received = ids
            .iter()
            .filter(|id| seen.contains_key(&id.to_string()))
            .count();
        if received != ids.len() {
            return Err(FetchError::Incomplete {
                expected: ids.len(),
                received,
            });
        }
        Ok(out)
    }
}

/// `fetch-gis --check`: the layer's fields beside the mapping's. Returns the text to print
/// and whether every mapped field exists.
pub fn check_mapping(
    layer_url: &str,
    mapping: &GisMapping,
    options: FetchOptions,
) -> Result<(String, bool), FetchError> {
    let client = Client::new(layer_url, options)?;
    let info = client.layer_info()?;
    Ok(describe(&client.layer_url, &info, mapping))
}

fn describe(url: &str, info: &LayerInfo, mapping: &GisMapping) -> (String, bool) {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "layer {} ({url})\n  geometry {}, object id field {}, maxRecordCount {}, {}",
        info.name.as_deref().unwrap_or("(no name)"),
        info.geometry_type.as_deref().unwrap_or("not stated"),
        info.object_id_field.as_deref().unwrap_or("not stated"),
        info.max_record_count,
        if info.supports_pagination {
            "pages with resultOffset"
        } else {
            "does not page (ids first, then batches)"
        }
    );
    let _ = writeln!(text, "mapping key   mapped to              in the layer");
    let named = mapping.named_fields();
    if mapping.id_field().is_none() {
        let _ = writeln!(
            text,
            "{:<13} {:<22} GeoJSON feature id (ArcGIS sets it to {})",
            "id",
            "(not mapped)",
            info.object_id_field.as_deref().unwrap_or("the object id")
        );
    }
    let mut all_found = true;
    for (key, field) in &named {
        let found = info.fields.iter().find(|f| f.name == *field);
        let status = match found {
            Some(f) => format!(
                "yes, {}{}",
                f.field_type,
                f.alias
                    .as_deref()
                    .map(|a| format!(" ({a:?})"))
                    .unwrap_or_default()
            ),
            None => {
                all_found = false;
                let near = info
                    .fields
                    .iter()
                    .find(|f| f.name.eq_ignore_ascii_case(field))
                    .map(|f| format!(" (the layer has {:?})", f.name))
                    .unwrap_or_default();
                format!("MISSING{near}")
            }
        };
        let _ = writeln!(text, "{key:<13} {field:<22} {status}");
    }
    let unused: Vec<String> = info
        .fields
        .iter()
        .filter(|f| !named.iter().any(|(_, n)| *n == f.name))
        .map(|f| match &f.alias {
            Some(a) => format!("{} ({a:?}, {})", f.name, f.field_type),
            None => format!("{} ({})", f.name, f.field_type),
        })
        .collect();
    let _ = writeln!(text, "layer fields the mapping does not use:");
    for u in &unused {
        let _ = writeln!(text, "  {u}");
    }
    let _ = write!(
        text,
        "{}",
        if all_found {
            "every mapped field exists"
        } else {
            "some mapped fields are missing: correct the mapping's [fields]"
        }
    );
    (text, all_found)
}

/// `linkages dataset fetch-gis --url LAYER --mapping FILE --base DATASET --out FILE`: fetches,
/// imports, merges and writes atomically. The mapping's `source.date` must already be the
/// query date. Returns the import report, with what the download noticed as warnings.
pub fn fetch_gis(
    layer_url: &str,
    mapping: &GisMapping,
    base_dataset: &Path,
    out_path: &Path,
    options: FetchOptions,
) -> Result<GisImport, FetchError> {
    let client = Client::new(layer_url, options)?;
    let info = client.layer_info()?;
    // The kind of layer first: a point layer read with an area mapping lacks its fields too.
    let expected = match mapping.kind() {
        LayerKind::Points => "esriGeometryPoint",
        LayerKind::Polygons => "esriGeometryPolygon",
    };
    if let Some(g) = info.geometry_type.as_deref().filter(|g| *g != expected) {
        return Err(FetchError::WrongGeometry {
            found: g.to_string(),
            expected,
        });
    }
    let missing = info.missing_fields(mapping);
    if !missing.is_empty() {
        return Err(FetchError::MissingFields {
            missing,
            layer_fields: info.field_names(),
        });
    }
    // An area mapping without a layer name takes the layer's own ("CalFresh Intake").
    let mut mapping = mapping.clone();
    if let (Some(areas), Some(name)) = (mapping.areas.as_mut(), info.name.as_deref()) {
        areas.layer.get_or_insert_with(|| name.to_owned());
    }
    let download = download(&client, &info)?;
    let layer = json!({ "type": "FeatureCollection", "features": download.features });
    let (mut import, dataset_json) = import_and_merge(&layer.to_string(), &mapping, base_dataset)?;
    let mut warnings = download.notes;
    warnings.append(&mut import.warnings);
    import.warnings = warnings;
    write_dataset(out_path, &dataset_json)?;
    Ok(import)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn layer_urls_are_cleaned_or_refused() {
        let url = |u: &str| Client::new(u, FetchOptions::default()).map(|c| c.layer_url);
        assert_eq!(
            url("https://x.test/arcgis/rest/services/S/FeatureServer/11/query?where=1").unwrap(),
            "https://x.test/arcgis/rest/services/S/FeatureServer/11"
        );
        assert_eq!(
            url("http://x.test/FeatureServer/6/").unwrap(),
            "http://x.test/FeatureServer/6"
        );
        for bad in [
            "",
            "ftp://x.test/FeatureServer/6",
            "x.test/FeatureServer/6",
            "https://",
        ] {
            assert!(matches!(url(bad), Err(FetchError::BadUrl(_))), "{bad}");
        }
    }

    #[test]
    fn metadata_is_read_with_defaults_for_what_is_missing() {
        let info = LayerInfo::from_json(&json!({
            "name": "L", "geometryType": "esriGeometryPoint",
            "fields": [{"name": "FID", "type": "esriFieldTypeOID", "alias": "FID"}, {"name": "Name", "type": "esriFieldTypeString", "alias": "Office"}]
        }));
        assert_eq!(info.object_id_field.as_deref(), Some("FID"));
        assert_eq!(info.max_record_count, 1000);
        assert!(!info.supports_pagination);
        assert_eq!(info.fields[0].alias, None);
        assert_eq!(info.fields[1].alias.as_deref(), Some("Office"));
    }

    #[test]
    fn projected_points_are_refused_and_degrees_pass() {
        let f =
            |c: Value| json!({"type": "Feature", "geometry": {"type": "Point", "coordinates": c}});
        assert!(check_longitude_latitude(&f(json!([-118.25, 34.05])), "1").is_ok());
        assert!(matches!(
            check_longitude_latitude(&f(json!([-13163818.3, 4035744.6])), "2"),
            Err(FetchError::WebMercator { .. })
        ));
        // No geometry, or not a point: left to the import's per-feature report.
        assert!(check_longitude_latitude(&json!({"geometry": null}), "3").is_ok());
    }
}
