#![allow(clippy::expect_used, clippy::unwrap_used)]
//! "Checked on DATE": `linkages dataset assure` dates a person's check in the dataset file; once
//! the file is reloaded the finder and the hand-off card show the date in the page's language,
//! apart from the source's date, and nothing shows it for a listing no one has checked.

use axum::{body::Body, http::Request};
use http_body_util::BodyExt;
use linkages_directory::dataset::assure::{assure_cli, AssureError};
use linkages_server::{app, reload_dataset, AppState};
use linkages_tests::{html_text, repo_root, test_state};
use tower::ServiceExt;

/// Belvedere, the DCFS office nearest 90040.
const DCFS_OFFICE: &str = "04dc5f01-6a5f-5286-91cd-2cce1f7918e1";

async fn page(state: &AppState, uri: &str) -> String {
    let response = app(state.clone())
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    // Without Fluent's bidi isolation marks around the date.
    html_text(&String::from_utf8_lossy(&body)).replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_checked_office_shows_its_date_and_others_do_not() {
    let state = test_state();
    let shipped = page(&state, "/en/find?q=90040").await;
    assert!(
        !shipped.contains("Checked on"),
        "no office is checked in the shipped data"
    );

    let dir = std::env::temp_dir().join(format!("linkages-checked-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("linkages-hsds.json");
    std::fs::copy(repo_root().join("data/linkages-hsds.json"), &file).unwrap();

    // Refused: nothing changes in the file.
    let before = std::fs::read(&file).unwrap();
    for (id, date) in [
        ("00000000-0000-5000-8000-000000000000", "2026-11-29"),
        (DCFS_OFFICE, "2026-02-30"),
        (DCFS_OFFICE, "9999-01-01"),
    ] {
        assert!(assure_cli(&file, id, date).is_err(), "{id} {date}");
        assert_eq!(std::fs::read(&file).unwrap(), before);
    }
    assert!(matches!(
        assure_cli(&file, "nope", "2026-11-29"),
        Err(AssureError::UnknownId(_))
    ));

    let said = assure_cli(&file, DCFS_OFFICE, "2026-11-29").unwrap();
    assert!(said.contains("checked on 2026-11-29"), "{said}");
    reload_dataset(&state, &file).expect("the dated dataset loads");

    let en = page(&state, "/en/find?q=90040").await;
    assert!(en.contains("Checked on November 29, 2026"), "{en}");
    assert_eq!(
        en.matches("Checked on").count(),
        1,
        "only the office checked"
    );
    let es = page(&state, "/es/find?q=90040").await;
    assert!(es.contains("Verificado el 29 de noviembre de 2026"), "{es}");
    let card = page(&state, &format!("/es/card?office={DCFS_OFFICE}")).await;
    assert!(
        card.contains("Verificado el 29 de noviembre de 2026"),
        "{card}"
    );
    assert!(
        card.contains("Checked on November 29, 2026"),
        "the English beside it: {card}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
