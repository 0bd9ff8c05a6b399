//! `POST /api/v1/screening`: the self-screening for other systems. Answers in, paths out;
//! nothing is stored or logged.

use axum::{
    extract::rejection::JsonRejection,
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use linkages_screening::{screen, ScreeningRequest};
use serde_json::json;

pub async fn screen_answers(body: Result<Json<ScreeningRequest>, JsonRejection>) -> Response {
    let request = match body {
        Ok(Json(request)) => request,
        Err(rejection) => {
            // Not JSON, wrong content type, or not the request shape: say which, no echo of data.
            let status = rejection.status();
            let kind = match rejection {
                JsonRejection::MissingJsonContentType(_) => "content_type",
                JsonRejection::JsonSyntaxError(_) => "json_syntax",
                JsonRejection::JsonDataError(_) => "request_shape",
                _ => "body",
            };
            let message = match kind {
                "content_type" => "send the body as application/json",
                "json_syntax" => "the body is not valid JSON",
                "request_shape" => {
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
        Ok(response) => Json(response).into_response(),
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, Json(errors)).into_response(),
    }
}
