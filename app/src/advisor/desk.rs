//! `/{lang}/advisor?q=<place>[&office=<id>]`: the desk. A GET form (the address is the view,
//! so the language switch keeps `q`); the search is [`linkages_directory::search::find`] and
//! the text message [`linkages_directory::search::text_message`]. This file only renders.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use linkages_directory::dataset::hours::now_in_los_angeles;
use linkages_directory::search::text_message::{
    agency_and_name, office_text, TextMessage, TextWords,
};
use linkages_directory::search::view::{OfficeView, SearchPoint};
use linkages_directory::search::{find, FindAnswer, FindQuery};

use super::in_both;
use crate::{
    i18n::{strip_bidi_marks, use_i18n, I18n},
    layout::{
        chrome::line_hours,
        lines::{Line, DPSS_CUSTOMER_SERVICE, KEY_LINES},
        problem_heading, PageTitle,
    },
    locator::{checked_text, distance_text, hours_text, office_map, phone_number, report_link},
    site::{SearchRefused, Site},
    url::{card_href, encode_uri_component},
};

/// How many offices of each agency the desk lists: the one nearest DCFS office (a family's
/// case is with one regional office) and two DPSS offices (intake is often at either).
const DCFS_OFFICES: usize = 1;
const DPSS_OFFICES: usize = 2;

/// The id of the element holding the text message (the copy button names it).
const TEXT_ID: &str = "text-message";

#[component]
pub fn AdvisorDeskPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<Site>();
    let query = use_query_map();
    let (q, office_id) = {
        let map = query.read_untracked();
        (map.get("q"), map.get("office"))
    };
    let find_query = FindQuery {
        q: q.clone(),
        ..FindQuery::default()
    };
    let typed = find_query.typed();
    let refused = use_context::<http::request::Parts>()
        .is_some_and(|parts| parts.extensions.get::<SearchRefused>().is_some());
    let answer = if refused {
        set_status(http::StatusCode::TOO_MANY_REQUESTS);
        None
    } else {
        let finder = site.finder.get();
        Some(desk_answer(
            find(&finder, &find_query, now_in_los_angeles()),
            office_id.as_deref(),
            |id| {
                finder
                    .offices_by_id([id], now_in_los_angeles())
                    .ok()
                    .and_then(|mut found| found.pop())
            },
        ))
    };
    let problem = match &answer {
        None | Some(Desk::Problem { .. } | Desk::UnknownOffice) => true,
        Some(Desk::Form | Desk::ChoosePlace { .. } | Desk::Offices { .. }) => false,
    };
    let heading = i18n.t("advisor-title");
    let title = if problem {
        problem_heading(&i18n, &heading)
    } else {
        heading.clone()
    };
    let english = site.english(&i18n);
    let english_for_lines = english.clone();
    let body = match answer {
        None => EitherOf4::A(view! {
            <div class="error-summary" role="alert">
                <h2>{i18n.t("limits-search-title")}</h2>
                <p>{i18n.t("limits-search-text")}</p>
            </div>
        }),
        Some(Desk::Form) => EitherOf4::B(()),
        Some(Desk::Problem { message }) => EitherOf4::C(view! {
            <div class="error-summary" role="alert">
                <h2>{i18n.t("error-title")}</h2>
                <p><a href="#q">{message.render(&i18n)}</a></p>
            </div>
        }),
        Some(Desk::UnknownOffice) => EitherOf4::C(view! {
            <div class="error-summary" role="alert">
                <h2>{i18n.t("error-title")}</h2>
                <p><a href="#q">{i18n.t("advisor-error-office")}</a></p>
            </div>
        }),
        Some(Desk::ChoosePlace { name, zips }) => {
            let links = zips
                .into_iter()
                .map(|(zip, place)| {
                    let href = format!("{}?q={zip}", i18n.href("/advisor"));
                    view! {
                        <li>
                            <a href=href>
                                <span dir="ltr">{zip}</span>
                                " "
                                <span lang="en" dir="ltr" translate="no">{place}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            EitherOf4::D(Either::Left(view! {
                <h2>{i18n.t_with("find-choose-title", [("name", name.into())])}</h2>
                <ul class="choices">{links}</ul>
            }))
        }
        Some(Desk::Offices {
            point,
            q,
            dcfs,
            dpss,
            texted,
        }) => EitherOf4::D(Either::Right(view! {
            <DeskOffices point=point q=q dcfs=dcfs dpss=dpss texted=texted english=english/>
        })),
    };
    let screening_href = i18n.href("/advisor/screening");
    view! {
        <PageTitle text=title/>
        <div class="advisor">
            <h1>{heading}</h1>
            <p>{i18n.t("advisor-intro")}</p>
            <form method="get" action=i18n.href("/advisor") class="search advisor-search">
                <label for="q">{i18n.t("advisor-query-label")}</label>
                <p class="hint" id="q-hint">{i18n.t("find-query-hint")}</p>
                <div class="search-row">
                    <input
                        id="q"
                        name="q"
                        type="text"
                        autocomplete="off"
                        maxlength="80"
                        aria-describedby="q-hint"
                        value=typed
                        autofocus
                    />
                    <button type="submit" class="button">{i18n.t("advisor-submit")}</button>
                </div>
            </form>
            <p><a href=screening_href>{i18n.t("advisor-screening-link")}</a></p>
            {body}
            <DeskLines english=english_for_lines/>
        </div>
    }
}

fn set_status(status: http::StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// A search problem's message: a Fluent id and the input it names.
struct ProblemMessage {
    id: String,
    input: String,
}

impl ProblemMessage {
    fn render(&self, i18n: &I18n) -> String {
        i18n.t_with(&self.id, [("input", self.input.clone().into())])
    }
}

/// What the desk shows: the finder's answer cut to the desk's offices, with the office whose
/// text is written.
enum Desk {
    Form,
    Problem {
        message: ProblemMessage,
    },
    /// `office=` names no office in the directory.
    UnknownOffice,
    ChoosePlace {
        name: String,
        zips: Vec<(String, String)>,
    },
    Offices {
        /// Where the search starts (for the map).
        point: Box<SearchPoint>,
        /// The place as typed (for the links that keep it).
        q: String,
        dcfs: Vec<OfficeView>,
        dpss: Vec<OfficeView>,
        /// The office the text message names: the one `office=` chose, else the nearest
        /// DCFS office, else the nearest DPSS office. Boxed: an office is large.
        texted: Option<Box<OfficeView>>,
    },
}

fn desk_answer(
    answer: FindAnswer,
    office_id: Option<&str>,
    lookup: impl Fn(&str) -> Option<OfficeView>,
) -> Desk {
    match answer {
        FindAnswer::Form => Desk::Form,
        FindAnswer::Problem {
            code,
            status,
            input,
        } => {
            if let Ok(status) = http::StatusCode::from_u16(status) {
                set_status(status);
            }
            Desk::Problem {
                message: ProblemMessage {
                    id: format!("find-error-{code}"),
                    input,
                },
            }
        }
        FindAnswer::ChoosePlace { name, choices } => Desk::ChoosePlace {
            name,
            zips: choices.into_iter().map(|c| (c.zip, c.name)).collect(),
        },
        FindAnswer::Offices {
            point, dcfs, dpss, ..
        } => {
            let dcfs: Vec<OfficeView> = dcfs
                .unwrap_or_default()
                .into_iter()
                .take(DCFS_OFFICES)
                .collect();
            let dpss: Vec<OfficeView> = dpss
                .unwrap_or_default()
                .into_iter()
                .take(DPSS_OFFICES)
                .collect();
            let texted = match office_id {
                Some(id) => {
                    let listed = dcfs.iter().chain(&dpss).find(|o| o.id == id).cloned();
                    match listed.or_else(|| lookup(id)) {
                        Some(office) => Some(Box::new(office)),
                        None => {
                            set_status(http::StatusCode::NOT_FOUND);
                            return Desk::UnknownOffice;
                        }
                    }
                }
                None => dcfs.first().or_else(|| dpss.first()).cloned().map(Box::new),
            };
            Desk::Offices {
                q: point.zip.clone().unwrap_or_else(|| point.label.clone()),
                point: Box::new(point),
                dcfs,
                dpss,
                texted,
            }
        }
    }
}

#[component]
fn DeskOffices(
    point: Box<SearchPoint>,
    q: String,
    dcfs: Vec<OfficeView>,
    dpss: Vec<OfficeView>,
    texted: Option<Box<OfficeView>>,
    english: I18n,
) -> impl IntoView {
    let i18n = use_i18n();
    let texted_id = texted.as_ref().map(|o| o.id.clone());
    // The same map as the finder's, its markers numbered as this list (DCFS first).
    let map = office_map(&i18n, &point, false, Some(&dcfs), Some(&dpss));
    let rows = dcfs
        .iter()
        .chain(&dpss)
        .map(|office| {
            let in_text = texted_id.as_deref() == Some(office.id.as_str());
            let use_href = format!(
                "{}?q={}&office={}#{TEXT_ID}",
                i18n.href("/advisor"),
                encode_uri_component(&q),
                office.id
            );
            let card = card_href(&i18n, &[], &[&office.id], false);
            let text_link = if in_text {
                Either::Left(view! { <span class="tag">{i18n.t("advisor-text-in-use")}</span> })
            } else {
                Either::Right(view! { <a href=use_href>{i18n.t("advisor-text-use")}</a> })
            };
            let card_label = i18n.t("card-link");
            view! {
                <DeskOffice office=office.clone()>
                    <p class="desk-office-links small">
                        {text_link}
                        " · "
                        <a href=card>{card_label}</a>
                    </p>
                </DeskOffice>
            }
        })
        .collect_view();
    let script = {
        let (dcfs, dpss) = (dcfs.clone(), dpss.clone());
        in_both(&i18n, &english, move |t| {
            script_lines(t, dcfs.first(), dpss.first())
                .into_iter()
                .map(|line| view! { <p class="script-line">{line}</p> })
                .collect_view()
        })
    };
    let text = texted.map(|office| {
        let message = text_for(&i18n, &office);
        let count = i18n.t_with(
            "advisor-text-count",
            [
                ("units", (message.length.units as i64).into()),
                ("budget", (message.length.budget as i64).into()),
                ("segments", (message.length.segments as i64).into()),
            ],
        );
        view! {
            <section class="desk-text" aria-labelledby="text-title">
                <h2 id="text-title">{i18n.t("advisor-text-title")}</h2>
                <p class="hint">{i18n.t("advisor-text-hint")}</p>
                // A read-only text box: focusable, so Ctrl+A and Ctrl+C copy it from the
                // keyboard without JavaScript.
                <textarea
                    id=TEXT_ID
                    class="sms"
                    data-sms=""
                    readonly
                    rows="5"
                    lang=i18n.locale.tag()
                    dir=i18n.locale.direction().as_str()
                    aria-labelledby="text-title"
                    aria-describedby="text-count"
                >
                    {message.text.clone()}
                </textarea>
                <p class="small" id="text-count">{count}</p>
                <p class="copy">
                    <button
                        type="button"
                        class="button secondary copy-button"
                        data-copy-for=TEXT_ID
                        data-copied=i18n.t("advisor-copied")
                        data-copy-failed=i18n.t("advisor-copy-failed")
                        hidden
                    >
                        {i18n.t("advisor-copy")}
                    </button>
                    <span class="copy-status" role="status"></span>
                </p>
            </section>
        }
    });
    view! {
        <section class="desk-offices" aria-labelledby="offices-title">
            <h2 id="offices-title">{i18n.t_with("advisor-offices-title", [("place", point.label.clone().into())])}</h2>
            <ol class="desk-list">{rows}</ol>
            {map}
        </section>
        <section class="desk-script" aria-labelledby="script-title">
            <h2 id="script-title">{i18n.t("advisor-script-title")}</h2>
            {script}
        </section>
        {text}
    }
}

/// One office in the desk's dense list: agency, name, distance, hours state, address, phones.
#[component]
fn DeskOffice(office: OfficeView, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let approximate = office.coordinate.as_ref().is_some_and(|c| c.approximate);
    let distance = office
        .distance_m
        .map(|metres| distance_text(&i18n, metres, approximate));
    let address = if office.address_lines.is_empty() {
        Either::Left(view! { <span>{i18n.t("card-address-missing")}</span> })
    } else {
        Either::Right(view! {
            <span lang="en" dir="ltr" translate="no">{office.address_lines.join(", ")}</span>
        })
    };
    let phones = if office.phones.is_empty() {
        Either::Left(view! { <span>{i18n.t("find-phone-missing")}</span> })
    } else {
        Either::Right(
            office
                .phones
                .iter()
                .map(|p| view! { <span class="desk-phone">{phone_number(p.display.clone(), p.tel.clone())}</span> })
                .collect_view(),
        )
    };
    let checked = office
        .assured_date
        .as_deref()
        .and_then(|date| checked_text(&i18n, date));
    let report = report_link(&i18n, &office.id, &office.name);
    view! {
        <li class="desk-office">
            <h3 lang="en" dir="ltr" translate="no" class="desk-office-name">
                {agency_and_name(&office)}
            </h3>
            <p class="office-meta">
                {distance}
                " · "
                {hours_text(&i18n, &office.hours.state)}
            </p>
            <p>{address}</p>
            <p>{phones}</p>
            {checked.map(|text| view! { <p class="small">{text}</p> })}
            {report}
            {children()}
        </li>
    }
}

/// The county lines with phone and hours.
#[component]
fn DeskLines(english: I18n) -> impl IntoView {
    let i18n = use_i18n();
    let items = KEY_LINES
        .iter()
        .map(|&line| {
            let hours = line.hours_id.map(|id| line_hours(&i18n, id, line.times));
            view! {
                <li>
                    <span class="line-name">{i18n.t(line.name_id)}</span>
                    ": "
                    <a class="tel" href=format!("tel:{}", line.tel) dir="ltr">{line.display}</a>
                    {hours.map(|h| view! { " · " <span class="line-hours">{h}</span> })}
                </li>
            }
        })
        .collect_view();
    let script = in_both(&i18n, &english, |t| {
        KEY_LINES
            .iter()
            .map(|&line| view! { <p>{line_sentence(t, line)}</p> })
            .collect_view()
    });
    view! {
        <section class="desk-lines" aria-labelledby="desk-lines-title">
            <h2 id="desk-lines-title">{i18n.t("advisor-lines-title")}</h2>
            <ul class="lines">{items}</ul>
            <details class="desk-lines-script">
                <summary>{i18n.t("advisor-script-title")}</summary>
                {script}
            </details>
        </section>
    }
}

fn line_sentence(t: &I18n, line: Line) -> String {
    t.t_with(
        "advisor-script-line",
        [
            ("line", t.t(line.name_id).into()),
            ("phone", line.display.into()),
        ],
    )
}

/// The words to read out, in one language, one sentence a line (so no language needs a
/// space between sentences): the nearest DCFS office, then the nearest DPSS office, each with
/// its address, phone and whether it is open now. Only facts the list above shows; what the
/// dataset lacks is said missing.
fn script_lines(t: &I18n, dcfs: Option<&OfficeView>, dpss: Option<&OfficeView>) -> Vec<String> {
    let mut lines = Vec::new();
    for (office, id) in [(dcfs, "advisor-script-dcfs"), (dpss, "advisor-script-dpss")] {
        let Some(office) = office else { continue };
        lines.push(t.t_with(id, [("name", office.name.clone().into())]));
        lines.push(if office.address_lines.is_empty() {
            t.t("card-address-missing")
        } else {
            t.t_with(
                "advisor-script-address",
                [("address", office.address_lines.join(", ").into())],
            )
        });
        lines.push(match office.phones.first() {
            Some(phone) => t.t_with(
                "advisor-script-phone",
                [("phone", phone.display.clone().into())],
            ),
            None => t.t("find-phone-missing"),
        });
        lines.push(hours_text(t, &office.hours.state));
    }
    lines
}

/// The text message in the caller's language. Fluent's bidi isolation marks are left out:
/// they would cost characters, and each fact is on its own line for the phone to lay out.
fn text_for(i18n: &I18n, office: &OfficeView) -> TextMessage {
    let no_address = strip_bidi_marks(&i18n.t("card-address-missing"));
    let no_phone = strip_bidi_marks(&i18n.t("find-phone-missing"));
    let line_name = strip_bidi_marks(&i18n.t(DPSS_CUSTOMER_SERVICE.name_id));
    office_text(
        office,
        &TextWords {
            no_address: &no_address,
            no_phone: &no_phone,
            line_name: &line_name,
            line_number: DPSS_CUSTOMER_SERVICE.display,
        },
    )
}
