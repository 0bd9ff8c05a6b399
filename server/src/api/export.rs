//! The bulk export for partner directories, built with the dataset in service (a reload
//! swaps the finder and with it the export):
//!
//! * `GET /api/v1/export/hsds.json`: the whole dataset as HSDS JSON (`meta` and the four
//!   record arrays); gzip-compressed when the client accepts it, each coding with its own tag.
//! * `GET /api/v1/export/hsds-tabular.zip`: the HSDS tabular form, one CSV per table and a
//!   Frictionless `datapackage.json`, as an attachment.
//!
//! Each carries a strong `ETag` (SHA-256 of the bytes) and answers `If-None-Match` with 304
//! (RFC 9110 §13.1.2); `Cache-Control: public, max-age=300`, like the other dataset answers.

use axum::{
    body::{Body, Bytes},
    extract::State,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use linkages_directory::dataset::export::{Artifact, DatasetExport, EntityTag};

use super::query::{Problem, ProblemCode, Problems, PUBLIC_FIVE_MINUTES};
use crate::{static_files::KeepEncoding, AppState, SharedState};

/// The file name a browser saves the tabular zip under.
pub const TABULAR_FILE_NAME: &str = "linkages-hsds-tabular.zip";

/// `GET /api/v1/export/hsds.json`.
pub async fn hsds_json(State(state): State<SharedState>, headers: HeaderMap) -> Response {
    with_export(&state, |export| {
        if accepts_gzip(&headers) {
            let mut response = serve(&export.json_gzip, "application/json", &headers);
            response
                .headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            response
        } else {
            serve(&export.json, "application/json", &headers)
        }
    })
}

/// `GET /api/v1/export/hsds-tabular.zip`.
pub async fn hsds_tabular_zip(State(state): State<SharedState>, headers: HeaderMap) -> Response {
    with_export(&state, |export| {
        let mut response = serve(&export.tabular_zip, "application/zip", &headers);
        if let Ok(value) =
            HeaderValue::from_str(&format!("attachment; filename=\"{TABULAR_FILE_NAME}\""))
        {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, value);
        }
        response
    })
}

/// Runs `answer` on the export of the dataset in service. A dataset is only put in service
/// with its export built, so the 500 is for a finder made by hand.
fn with_export(state: &AppState, answer: impl FnOnce(&DatasetExport) -> Response) -> Response {
    let finder = state.site.finder.get();
    match finder.export() {
        Ok(export) => answer(export),
        Err(err) => {
            tracing::error!("no export for the dataset in service: {err}");
            Problems::from(Problem {
                error: ProblemCode::EXPORT_UNAVAILABLE,
                parameter: None,
                message: "the export of this dataset could not be built; try again after the next dataset update".into(),
                status: StatusCode::INTERNAL_SERVER_ERROR,
            })
            .into_response()
        }
    }
}

/// 200 with the bytes, or 304 when `If-None-Match` names its tag. Either way the tag and the
/// cache policy go along, as RFC 9110 §15.4.5 asks of a 304.
fn serve(artifact: &Artifact, content_type: &'static str, request: &HeaderMap) -> Response {
    let etag = artifact.etag();
    let mut response = if none_match_fails(request, etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let body = Body::from(Bytes::from_owner(artifact.shared()));
        let mut response = body.into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        response
    };
    // The tag names these bytes: compressing them on the way out would break it.
    response.extensions_mut().insert(KeepEncoding);
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(etag.as_str()) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(PUBLIC_FIVE_MINUTES),
    );
    response
}

/// True when the request's `If-None-Match` (every line of it) names `etag` or is `*`: the
/// client's copy is current, so a GET or HEAD gets 304 (RFC 9110 §13.1.2). Tags compare
/// weakly (a `W/` on either side is ignored, §8.8.3.2). A field that does not parse as
/// `"*" / #entity-tag` is ignored, so the answer is a full 200.
pub fn none_match_fails(request: &HeaderMap, etag: &EntityTag) -> bool {
    let mut lines = request.get_all(header::IF_NONE_MATCH).iter().peekable();
    if lines.peek().is_none() {
        return false;
    }
    let mut tags = Vec::new();
    for line in lines {
        let Ok(text) = line.to_str() else {
            return false;
        };
        if text.trim() == "*" {
            return true;
        }
        match entity_tags(text) {
            Some(found) => tags.extend(found),
            None => return false,
        }
    }
    tags.contains(&etag.opaque())
}

/// The opaque tags of a `#entity-tag` list (RFC 9110 §5.6.1, §8.8.3): `W/"a", "b,c"`. Empty
/// list elements are allowed; a tag may hold a comma, so the list is read tag by tag. `None`
/// when the text is not such a list.
fn entity_tags(text: &str) -> Option<Vec<&str>> {
    let mut tags = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        if rest.is_empty() {
            return Some(tags);
        }
        let quoted = rest.strip_prefix("W/").unwrap_or(rest);
        let inner = quoted.strip_prefix('"')?;
        let end = inner.find('"')?;
        let tag = &inner[..end];
        // etagc = %x21 / %x23-7E / obs-text (any byte from 0x80)
        if !tag
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x7e).contains(&b) || b >= 0x80)
        {
            return None;
        }
        tags.push(tag);
        rest = inner[end + 1..].trim_start_matches([' ', '\t']);
        if !rest.is_empty() && !rest.starts_with(',') {
            return None;
        }
    }
}

/// True when `Accept-Encoding` admits gzip (RFC 9110 §12.5.3): `gzip`, `x-gzip` or `*` with
/// a non-zero weight, and no `gzip;q=0` ruling it out.
pub fn accepts_gzip(request: &HeaderMap) -> bool {
    let mut gzip = None;
    let mut any = None;
    for line in request.get_all(header::ACCEPT_ENCODING) {
        let Ok(text) = line.to_str() else { continue };
        for member in text.split(',') {
            let mut parts = member.split(';');
            let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let weight = parts
                .filter_map(|p| p.trim().split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
                .map(|(_, v)| v.trim().parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            let accepted = weight > 0.0;
            match coding.as_str() {
                "gzip" | "x-gzip" => gzip = Some(accepted),
                "*" => any = Some(accepted),
                _ => {}
            }
        }
    }
    gzip.or(any).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(name: header::HeaderName, values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for v in values {
            if let Ok(value) = HeaderValue::from_str(v) {
                headers.append(name.clone(), value);
            }
        }
        headers
    }

    fn matches(values: &[&str]) -> bool {
        let etag = EntityTag::of(b"abc");
        let values: Vec<String> = values
            .iter()
            .map(|v| v.replace("TAG", etag.opaque()))
            .collect();
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        none_match_fails(&request(header::IF_NONE_MATCH, &values), &etag)
    }

    #[test]
    fn if_none_match_follows_rfc_9110() {
        assert!(!matches(&[]));
        assert!(matches(&["\"TAG\""]));
        assert!(matches(&["W/\"TAG\""]), "weak comparison");
        assert!(matches(&["*"]));
        assert!(matches(&["\"other\", \"TAG\""]));
        assert!(matches(&["\"a,b\" ,W/\"TAG\""]), "a comma inside a tag");
        assert!(matches(&["\"other\"", "\"TAG\""]), "lines combine");
        assert!(matches(&[", \"TAG\","]), "empty list elements");
        assert!(!matches(&["\"other\""]));
        assert!(!matches(&["TAG"]), "unquoted is not a tag");
        assert!(!matches(&["\"TAG"]), "unterminated");
        assert!(!matches(&["\"TAG\" junk"]));
        assert!(!matches(&["w/\"TAG\""]), "W/ is case-sensitive");
        assert!(!matches(&["\"TA G\""]), "no space inside a tag");
    }

    #[test]
    fn gzip_is_taken_when_accepted() {
        let accepts = |v: &[&str]| accepts_gzip(&request(header::ACCEPT_ENCODING, v));
        assert!(!accepts(&[]));
        assert!(accepts(&["gzip"]));
        assert!(accepts(&["br, GZIP;q=0.5"]));
        assert!(accepts(&["*"]));
        assert!(accepts(&["x-gzip"]));
        assert!(!accepts(&["br"]));
        assert!(!accepts(&["gzip;q=0"]));
        assert!(!accepts(&["*, gzip;q=0"]));
        assert!(!accepts(&["identity"]));
        assert!(!accepts(&["gzip;q=0.000"]));
    }
}
