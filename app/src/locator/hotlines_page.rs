//! `/xx/hotlines` (server only): every phone line in the dataset, with its hours and where the number comes
//! from, for the reader who needs a line the key lines do not cover (and for 2-1-1 advisors).

use leptos::prelude::*;
use linkages_directory::dataset::hours::now_in_los_angeles;
use linkages_directory::search::view::HotlineView;

use super::page::{checked_text, hour_lines, hours_text, phone_lines, report_link};
use crate::{i18n::use_i18n, layout::PageTitle, site::Site};

#[component]
pub fn HotlinesPage() -> impl IntoView {
    let i18n = use_i18n();
    let hotlines = expect_context::<Site>()
        .finder
        .get()
        .hotlines(now_in_los_angeles());
    view! {
        <PageTitle text=i18n.t("hotlines-title")/>
        <h1>{i18n.t("hotlines-title")}</h1>
        <p>{i18n.t("hotlines-intro")}</p>
        <p class="hint">{i18n.t("hotlines-source-language")}</p>
        <HotlineList hotlines=hotlines/>
    }
}

#[component]
fn HotlineList(hotlines: Vec<HotlineView>) -> impl IntoView {
    let i18n = use_i18n();
    let items = hotlines
        .into_iter()
        .map(|line| {
            let hours = hours_text(&i18n, &line.hours.state);
            let hour_lines = hour_lines(&line.hours.lines);
            let source = line.source;
            let checked = line
                .assured_date
                .as_deref()
                .and_then(|date| checked_text(&i18n, date));
            let report = report_link(&i18n, &line.id, &line.name);
            view! {
                <li class="office hotline">
                    <h2 lang="en" dir="ltr" translate="no">{line.name}</h2>
                    {line.organization.map(|o| view! { <p class="small" lang="en" dir="ltr" translate="no">{o}</p> })}
                    {line.description.map(|d| view! { <p lang="en" dir="ltr" translate="no">{d}</p> })}
                    {phone_lines(&i18n, &line.phones)}
                    <p class="hours">{hours}</p>
                    <ul class="hour-lines">{hour_lines}</ul>
                    {checked.map(|text| view! { <p class="small checked">{text}</p> })}
                    {report}
                    <details class="small source">
                        <summary>{i18n.t("find-source")}</summary>
                        <p lang="en" dir="ltr" translate="no">{source.title}</p>
                        {source.date.map(|d| view! { <p lang="en" dir="ltr" translate="no">{d}</p> })}
                        {source.url.map(|url| {
                            let href = url.clone();
                            view! { <p><a href=href rel="noreferrer noopener" lang="en" dir="ltr" translate="no">{url}</a></p> }
                        })}
                    </details>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="offices hotlines">{items}</ul> }
}
