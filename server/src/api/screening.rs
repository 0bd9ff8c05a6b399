//! `POST /api/v1/screening`: the self-screening for other systems. Answers in, paths out;
//! nothing is stored or logged.

use std::collections::BTreeMap;

use axum::{
    extract::{rejection::JsonRejection, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use linkages_screening::{screen, ScreeningRequest, ScreeningResponse};
use serde::Serialize;
use serde_json::json;

use super::query::{Params, ProblemCode, Problems, RawParams};
use super::texts::{read_lang, texts};
use crate::SharedState;

/// The answer, with `texts` when `?lang=` asked for them.
#[derive(Serialize)]
struct WithTexts {
    #[serde(flatten)]
    response: ScreeningResponse,
    #[serde(skip_serializing_if = "Option::is_none")]
    texts: Option<BTreeMap<String, String>>,
}

/// `?lang=` only: any other query parameter is a 400 (answers never go in a URL).
pub async fn screen_answers(
    State(state): State<SharedState>,
    raw: RawParams,
    body: Result<Json<ScreeningRequest>, JsonRejection>,
) -> Response {
    let locale = match Params::parse(raw, &["lang"]).and_then(|params| {
        params
            .get("lang")
            .map(read_lang)
            .transpose()
            .map_err(Problems::from)
    }) {
        Ok(locale) => locale,
        Err(problems) => return (problems.status(), Json(problems)).into_response(),
    };
    let request = match body {
        Ok(Json(request)) => request,
        Err(rejection) => {
            // Not JSON, wrong content type, or not the request shape: say which, no echo of data.
            let status = rejection.status();
            let kind = match rejection {
                JsonRejection::MissingJsonContentType(_) => ProblemCode::CONTENT_TYPE,
                JsonRejection::JsonSyntaxError(_) => ProblemCode::JSON_SYNTAX,
                JsonRejection::JsonDataError(_) => ProblemCode::REQUEST_SHAPE,
                _ => ProblemCode::BODY,
            };
            let message = match kind {
                ProblemCode::CONTENT_TYPE => "send the body as application/json",
                ProblemCode::JSON_SYNTAX => "the body is not valid JSON",
                ProblemCode::REQUEST_SHAPE => {
                    "the body must be {\"answers\": {fact: value}} with string values and no other members"
                }
                _ => "the body could not be read",
            };
            return (
                status,
                Json(json!({ "errors": [{ "error": kind, "message": message }] })),
            )
                .into_response();
        }
    };
    match screen(&request) {
        Ok(response) => {
            let texts = locale.map(|locale| {
                let refs = response.messages();
                texts(
                    &state.site.catalogs,
                    locale,
                    refs.iter().map(|r| (r.id.as_str(), r.args.clone())),
                )
            });
            Json(WithTexts { response, texts }).into_response()
        }
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, Json(errors)).into_response(),
    }
}
