use leptos::prelude::*;

use crate::{i18n::use_i18n, layout::PageTitle};

/// The first question. Answers travel in the POSTed form, never in the URL or on the server.
#[component]
pub fn ScreeningPage() -> impl IntoView {
    let i18n = use_i18n();
    let options = [
        ("yes", "flow-answer-yes"),
        ("no", "flow-answer-no"),
        ("unsure", "flow-answer-unsure"),
    ];
    let radios = options
        .into_iter()
        .map(|(value, label)| {
            let id = format!("dcfs_case-{value}");
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name="dcfs_case" value=value required/>
                    <label for=id>{i18n.t(label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("flow-q-dcfs_case")/>
        <form method="post" action=i18n.href("/screening") class="question">
            <fieldset>
                <legend>
                    <span class="caption">{i18n.t("flow-title")}</span>
                    <h1>{i18n.t("flow-q-dcfs_case")}</h1>
                </legend>
                <p class="hint">{i18n.t("flow-q-dcfs_case.hint")}</p>
                {radios}
            </fieldset>
            <button type="submit" class="button">{i18n.t("flow-continue")}</button>
        </form>
    }
}
