use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{i18n::use_i18n, layout::PageTitle};

/// The ZIP search. A GET form: the result is a URL anyone can share (`/en/find?zip=90020`).
#[component]
pub fn FindPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let zip = move || query.read().get("zip").unwrap_or_default();
    view! {
        <PageTitle text=i18n.t("find-title")/>
        <h1>{i18n.t("find-title")}</h1>
        <p>{i18n.t("find-intro")}</p>
        <form method="get" action=i18n.href("/find") class="search">
            <label for="zip">{i18n.t("find-zip-label")}</label>
            <p class="hint" id="zip-hint">{i18n.t("find-zip-hint")}</p>
            <input
                id="zip"
                name="zip"
                type="text"
                inputmode="numeric"
                autocomplete="postal-code"
                maxlength="10"
                aria-describedby="zip-hint"
                value=zip
            />
            <button type="submit" class="button">{i18n.t("find-submit")}</button>
        </form>
    }
}
