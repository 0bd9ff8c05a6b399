//! "Staying safe online" (`/<lang>/staying-safe`, server only): what Quick exit does and does
//! not do, private windows, deleting this site from a phone's history, and what the site
//! keeps. Linked next to Quick exit on every page and from the footer. The danger lines are
//! in the safety banner above every page, so the page does not repeat them.

use leptos::prelude::*;

use crate::{i18n::use_i18n, layout::PageTitle};

#[component]
pub fn StayingSafePage() -> impl IntoView {
    let i18n = use_i18n();
    let paragraph = |id: &str| view! { <p>{i18n.t(id)}</p> };
    let history = [
        "safety-online-history-android",
        "safety-online-history-iphone",
        "safety-online-history-samsung",
        "safety-online-history-computer",
    ]
    .map(|id| view! { <li>{i18n.t(id)}</li> });
    view! {
        <PageTitle text=i18n.t("safety-online-title")/>
        <h1>{i18n.t("safety-online-title")}</h1>
        <p class="lead">{i18n.t("safety-online-intro")}</p>
        <h2>{i18n.t("safety-online-exit-title")}</h2>
        {paragraph("safety-online-exit")}
        {paragraph("safety-online-back")}
        <h2>{i18n.t("safety-online-private-title")}</h2>
        {paragraph("safety-online-private")}
        <h2>{i18n.t("safety-online-history-title")}</h2>
        {paragraph("safety-online-history-intro")}
        <ul>{history.into_iter().collect_view()}</ul>
        {paragraph("safety-online-other-device")}
        <h2>{i18n.t("safety-online-stores-title")}</h2>
        {paragraph("safety-online-stores")}
    }
}
