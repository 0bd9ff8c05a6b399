//! The home page: what Linkages is, the two ways in, and the phone lines.

use leptos::prelude::*;

use crate::{
    i18n::use_i18n,
    layout::{chrome::KeyLines, PageTitle},
};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("home-title")/>
        <h1>{i18n.t("home-title")}</h1>
        <p class="lead">{i18n.t("home-intro")}</p>
        <p>{i18n.t("home-services")}</p>
        <div class="ways">
            <section class="card" aria-labelledby="way-check">
                <h2 id="way-check">{i18n.t("home-check-title")}</h2>
                <p>{i18n.t("home-check-text")}</p>
                <a class="button" href=i18n.href("/screening")>{i18n.t("home-check-start")}</a>
            </section>
            <section class="card" aria-labelledby="way-find">
                <h2 id="way-find">{i18n.t("home-find-title")}</h2>
                <p>{i18n.t("home-find-text")}</p>
                <a class="button" href=i18n.href("/find")>{i18n.t("home-find-start")}</a>
            </section>
        </div>
        <section aria-labelledby="lines-title">
            <h2 id="lines-title">{i18n.t("home-call-title")}</h2>
            <KeyLines with_hours=true/>
        </section>
        <p class="privacy-note">{i18n.t("home-privacy")}</p>
    }
}
