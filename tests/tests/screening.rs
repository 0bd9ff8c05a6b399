#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The screening without JavaScript: every step is a POST of the whole form, answered with
//! the next page. And the JSON API.

use linkages_tests::{get, main_text, post_body, post_form};

#[tokio::test]
async fn the_first_question_is_a_post_form_with_i_dont_know() {
    let reply = get("/en/screening", &[]).await;
    assert_eq!(reply.status, 200);
    assert!(reply
        .body
        .contains(r#"<form id="screening-form" method="post" action="/en/screening""#));
    let text = main_text(&reply.body);
    assert!(
        text.contains("Do you have an open case with DCFS?"),
        "{text}"
    );
    assert!(text.contains("Question 1"));
    for value in ["yes", "no", "unsure"] {
        assert!(
            reply
                .body
                .contains(&format!(r#"name="dcfs_case" value="{value}""#)),
            "{value}"
        );
    }
    assert!(text.contains("I don't know"));
    // The first question's Back is a plain link home; Continue submits.
    assert!(reply
        .body
        .contains(r#"<a href="/en" class="back">Back</a>"#));
    assert!(reply.body.contains(r#"name="_go" value="next""#));
}

#[tokio::test]
async fn continue_without_an_answer_shows_an_error_summary() {
    let reply = post_form("/en/screening", "_at=dcfs_case&_go=next").await;
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains(r#"class="error-summary""#));
    assert!(reply
        .body
        .contains(r##"<a href="#dcfs_case-yes">Choose one answer.</a>"##));
    assert!(reply
        .body
        .contains("<title>There is a problem: Do you have an open case with DCFS?"));
}

#[tokio::test]
async fn no_dcfs_case_leads_to_applying_at_dpss() {
    let check = post_form("/en/screening", "dcfs_case=no&_at=dcfs_case&_go=next").await;
    let text = main_text(&check.body);
    assert!(text.starts_with("Check your answers"), "{text}");
    assert!(text.contains("Do you have an open case with DCFS? No"));
    assert!(check
        .body
        .contains(r#"<input type="hidden" name="dcfs_case" value="no">"#));

    let result = post_form("/en/screening", "dcfs_case=no&_go=result").await;
    let text = main_text(&result.body);
    assert!(text.contains("What may fit you"));
    assert!(
        text.contains("Apply to DPSS yourself May fit you"),
        "{text}"
    );
    assert!(text.contains("This site does not decide anything"));
}

#[tokio::test]
async fn family_reunification_may_fit_with_its_services_and_time_limit() {
    let answers = "dcfs_case=yes&dcfs_service=family_reunification&children_location=all_removed\
                   &calworks_now=no&calworks_at_removal=yes&relative_caregiver=no";
    let reply = post_form("/en/screening", &format!("{answers}&_go=result")).await;
    let text = main_text(&reply.body);
    assert!(
        text.contains("Family Reunification services through GAIN May fit you"),
        "{text}"
    );
    assert!(text.contains("Help with moving costs"));
    assert!(text.contains("6 months"));
    assert!(text.contains("up to 12 months"));
    // Prevention: a DCFS family without CalWORKs now should ask for the 5122.
    assert!(text.contains("DCFS 5122"));
}

#[tokio::test]
async fn back_and_change_keep_the_other_answers() {
    let back = post_form(
        "/en/screening",
        "dcfs_case=yes&dcfs_service=family_maintenance&_at=children_location&_go=back",
    )
    .await;
    assert!(main_text(&back.body).contains("What kind of help is DCFS giving your family?"));
    assert!(back.body.contains(r#"value="family_maintenance" checked"#));
    assert!(back
        .body
        .contains(r#"<input type="hidden" name="dcfs_case" value="yes">"#));

    let change = post_form(
        "/en/screening",
        "dcfs_case=yes&dcfs_service=family_maintenance&_go=change%3Adcfs_case",
    )
    .await;
    assert!(main_text(&change.body).contains("Do you have an open case with DCFS?"));
    assert!(change
        .body
        .contains(r#"<input type="hidden" name="dcfs_service" value="family_maintenance">"#));
    assert!(change.body.contains(r#"value="yes" checked"#));
}

#[tokio::test]
async fn the_screening_speaks_spanish() {
    let reply = post_form("/es/screening", "dcfs_case=unsure&_at=dcfs_case&_go=next").await;
    assert!(reply.body.contains(r#"<html lang="es""#));
    assert!(reply.body.contains(r#"action="/es/screening""#));
}

#[tokio::test]
async fn tampered_or_oversized_forms_get_a_clear_answer() {
    let tampered = post_form("/en/screening", "dcfs_case=maybe&evil=1&_go=next&_at=zzz").await;
    assert_eq!(tampered.status, 200);
    assert!(main_text(&tampered.body).contains("Do you have an open case with DCFS?"));

    let huge = format!("dcfs_case={}", "y".repeat(10_000));
    assert_eq!(post_form("/en/screening", &huge).await.status, 413);
    assert_eq!(
        post_form("/xx/screening", "dcfs_case=yes").await.status,
        404
    );
}

#[tokio::test]
async fn api_screens_answers() {
    let reply = post_body(
        "/api/v1/screening",
        "application/json",
        r#"{"answers": {"dcfs_case": "yes", "calworks_now": "no"}}"#,
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let json: serde_json::Value = serde_json::from_str(&reply.body).expect("json");
    let paths = json["paths"].as_array().expect("paths");
    assert_eq!(paths.len(), 8);
    let prevention = paths
        .iter()
        .find(|p| p["id"] == "prevention_5122")
        .expect("prevention path");
    assert_eq!(prevention["fit"], "may_fit");
    assert!(!prevention["because"]
        .as_array()
        .expect("because")
        .is_empty());
    assert!(!prevention["next_steps"]
        .as_array()
        .expect("steps")
        .is_empty());
}

#[tokio::test]
async fn api_names_unknown_facts_and_values_with_422() {
    let reply = post_body(
        "/api/v1/screening",
        "application/json",
        r#"{"answers": {"dcfs_case": "perhaps", "pets": "yes"}}"#,
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("pets"), "{}", reply.body);
    assert!(reply.body.contains("perhaps"));
    assert!(reply.body.contains("dcfs_case"));
}

#[tokio::test]
async fn api_rejects_bad_bodies_clearly() {
    let syntax = post_body("/api/v1/screening", "application/json", "{not json").await;
    assert_eq!(syntax.status, 400);
    assert!(syntax.body.contains("json_syntax"));
    let shape = post_body("/api/v1/screening", "application/json", r#"{"answer": {}}"#).await;
    assert_eq!(shape.status, 422);
    assert!(shape.body.contains("request_shape"));
    let kind = post_body("/api/v1/screening", "text/plain", "{}").await;
    assert_eq!(kind.status, 415);
    let big = format!(
        r#"{{"answers": {{"dcfs_case": "{}"}}}}"#,
        "y".repeat(20_000)
    );
    assert_eq!(
        post_body("/api/v1/screening", "application/json", &big)
            .await
            .status,
        413
    );
}
