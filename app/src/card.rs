//! `/{lang}/card?path=…&office=…` (server only): the hand-off card, one printed page to take
//! to an office, in the reader's language and in English. What the link may hold and what the
//! card says to the worker are [`linkages_screening::card`]; the offices, and what a discreet
//! card keeps of them, are [`linkages_directory`]. This file only renders.
//!
//! `&discreet=1` names no agency, program or child-welfare word, in the card or the title;
//! the print stylesheet prints the card alone, without the site's header, banner or footer.

use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use linkages_directory::dataset::hours::now_in_los_angeles;
use linkages_directory::search::view::OfficeView;
use linkages_screening::card::{say_to_worker_ids, CardError, CardRequest};
use linkages_screening::Path;

use crate::{
    i18n::{use_i18n, I18n, Locale},
    layout::{
        chrome::line_hours,
        lines::{Line, DPSS_CUSTOMER_SERVICE, INFO_211, KEY_LINES},
        problem_heading, PageTitle,
    },
    locator::{checked_text, phone_note_id, phone_number},
    site::Site,
};

/// The card page: the card, or the reason there is none (a 4xx page).
#[component]
pub fn CardPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<Site>();
    let pairs: Vec<(String, String)> = use_query_map()
        .get_untracked()
        .into_iter()
        .map(|(name, value)| (name.into_owned(), value))
        .collect();
    let discreet_asked = pairs
        .iter()
        .any(|(name, value)| name == "discreet" && value == "1");
    let read = CardRequest::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())))
        .and_then(|request| {
            let offices = site
                .finder
                .get()
                .offices_by_id(
                    request.office_ids.iter().map(String::as_str),
                    now_in_los_angeles(),
                )
                .map_err(|id| CardError::UnknownOffice {
                    id: id.chars().take(40).collect(),
                })?;
            Ok((request, offices))
        });
    let english = site.english(&i18n);
    match read {
        Ok((request, offices)) => Either::Left(view! {
            <HandoffCard request=request offices=offices english=english/>
        }),
        Err(error) => {
            if let (Some(response), Ok(status)) = (
                use_context::<leptos_axum::ResponseOptions>(),
                http::StatusCode::from_u16(error.status()),
            ) {
                response.set_status(status);
            }
            Either::Right(view! { <CardProblem error=error discreet=discreet_asked/> })
        }
    }
}

/// The page's `<title>`: a discreet card's names no site, agency or program.
fn card_title(heading: String, discreet: bool) -> AnyView {
    if discreet {
        view! { <Title text=heading/> }.into_any()
    } else {
        view! { <PageTitle text=heading/> }.into_any()
    }
}

#[component]
fn CardProblem(error: CardError, discreet: bool) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t(if discreet {
        "card-discreet-title"
    } else {
        "card-title"
    });
    let title = problem_heading(&i18n, &heading);
    view! {
        {card_title(title, discreet)}
        <h1>{heading}</h1>
        <div class="error-summary" role="alert" tabindex="-1" autofocus>
            <h2>{i18n.t("error-title")}</h2>
            <p>{i18n.t(error.message_id())}</p>
        </div>
        <ul class="share-links">
            <li><a href=i18n.href("/find")>{i18n.t("card-error-find")}</a></li>
            <li><a href=i18n.href("/screening")>{i18n.t("card-error-screening")}</a></li>
        </ul>
    }
}

/// Text of one message in the reader's language and in English, each with its own `lang` and
/// `dir` (once, in English, for an English reader).
fn both(i18n: &I18n, english: &I18n, text: impl Fn(&I18n) -> String) -> AnyView {
    let local = text(i18n);
    let bilingual = i18n.locale != Locale::En;
    let en = bilingual.then(|| {
        view! {
            <span class="handoff-sep" aria-hidden="true">" / "</span>
            <span lang="en" dir="ltr" class="handoff-en">{text(english)}</span>
        }
    });
    view! {
        <span lang=i18n.locale.tag() dir=i18n.locale.direction().as_str()>{local}</span>
        {en}
    }
    .into_any()
}

#[component]
fn HandoffCard(request: CardRequest, offices: Vec<OfficeView>, english: I18n) -> impl IntoView {
    let i18n = use_i18n();
    let discreet = request.discreet;
    let title_id = if discreet {
        "card-discreet-title"
    } else {
        "card-title"
    };
    let heading = i18n.t(title_id);
    let other = CardRequest {
        discreet: !discreet,
        ..request.clone()
    };
    let other_href = format!("{}?{}", i18n.href("/card"), other.query());
    let other_label = i18n.t(if discreet {
        "card-full-link"
    } else {
        "card-discreet-link"
    });
    let paths = (!discreet && !request.paths.is_empty())
        .then(|| paths_part(&i18n, &english, &request.paths));
    let no_office = offices.is_empty();
    let office_items = offices
        .iter()
        .map(|office| office_item(&i18n, &english, office, discreet))
        .collect_view();
    let offices_part = (!offices.is_empty()).then(|| {
        view! {
            <section class="handoff-offices">
                <h3>{both(&i18n, &english, |t| t.t("card-office-title"))}</h3>
                {office_items}
            </section>
        }
    });
    let lines: Vec<(Line, &'static str)> = if discreet {
        vec![
            (DPSS_CUSTOMER_SERVICE, "card-discreet-line-help"),
            (INFO_211, "card-discreet-line-info"),
        ]
    } else {
        KEY_LINES.iter().map(|&line| (line, line.name_id)).collect()
    };
    let line_items = lines
        .into_iter()
        .map(|(line, name_id)| {
            let hours = line.hours_id.map(|id| {
                view! {
                    " "
                    <span class="line-hours">
                        {both(&i18n, &english, |t| line_hours(t, id, line.times))}
                    </span>
                }
            });
            view! {
                <li>
                    <span class="line-name">{both(&i18n, &english, |t| t.t(name_id))}</span>
                    ": "
                    <a class="tel" href=format!("tel:{}", line.tel) dir="ltr">{line.display}</a>
                    {hours}
                </li>
            }
        })
        .collect_view();
    view! {
        {card_title(heading.clone(), discreet)}
        <div class="no-print">
            <h1>{heading}</h1>
            <p>{i18n.t("card-intro")}</p>
            <p class="hint">{i18n.t("card-print-hint")}</p>
            <p><a href=other_href>{other_label}</a></p>
            {(discreet && no_office).then(|| view! {
                <p><a href=i18n.href("/find")>{i18n.t("card-add-office")}</a></p>
            })}
        </div>
        <article class="handoff" data-card="" aria-labelledby="card-heading">
            <h2 id="card-heading">{both(&i18n, &english, |t| t.t(title_id))}</h2>
            <p class="handoff-desk">{both(&i18n, &english, |t| t.t("card-show-desk"))}</p>
            {paths}
            {offices_part}
            <section class="handoff-lines">
                <h3>{both(&i18n, &english, |t| t.t("home-call-title"))}</h3>
                <ul class="lines">{line_items}</ul>
            </section>
            <p class="small">{both(&i18n, &english, |t| t.t("card-no-answers"))}</p>
        </article>
    }
}

/// The paths that may fit and what to say to the worker: the reader's language beside English.
fn paths_part(i18n: &I18n, english: &I18n, paths: &[Path]) -> AnyView {
    let part = |t: &I18n| {
        let items = paths
            .iter()
            .map(|&path| {
                let say = say_to_worker_ids(path)
                    .iter()
                    .map(|id| t.t(id))
                    .collect::<Vec<_>>()
                    .join(" ");
                view! {
                    <li>
                        <strong>{t.t(path.title_id())}</strong>
                        <br/>
                        <span class="handoff-say-label">{t.t("card-say-label")}</span>
                        " "
                        {say}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="handoff-part" lang=t.locale.tag() dir=t.locale.direction().as_str()>
                <h3>{t.t("card-paths-title")}</h3>
                <ul>{items}</ul>
            </section>
        }
    };
    let english_part = (i18n.locale != Locale::En).then(|| part(english));
    view! { <div class="handoff-langs">{part(i18n)} {english_part}</div> }.into_any()
}

/// One office: where, the numbers and the hours, as the data gives them (English); labels in
/// both languages. A discreet card leaves out the name, the agency and the notes.
fn office_item(i18n: &I18n, english: &I18n, office: &OfficeView, discreet: bool) -> AnyView {
    let (name, address, phones, hours) = if discreet {
        let kept = office.discreet();
        let phones = kept
            .phones
            .into_iter()
            .map(|(display, tel)| (display, tel, None))
            .collect::<Vec<_>>();
        (None, kept.address_lines, phones, kept.hour_lines)
    } else {
        let phones = office
            .phones
            .iter()
            .map(|p| (p.display.clone(), p.tel.clone(), phone_note_id(p.role)))
            .collect::<Vec<_>>();
        let name = if office.agency_name.is_empty() {
            office.name.clone()
        } else {
            format!("{} · {}", office.name, office.agency_name)
        };
        (
            Some(name),
            office.address_lines.clone(),
            phones,
            office.hours.lines.clone(),
        )
    };
    let address = if address.is_empty() {
        Either::Left(both(i18n, english, |t| t.t("card-address-missing")))
    } else {
        Either::Right(
            view! { <span lang="en" dir="ltr" translate="no">{address.join(", ")}</span> },
        )
    };
    let phones = if phones.is_empty() {
        Either::Left(both(i18n, english, |t| t.t("find-phone-missing")))
    } else {
        Either::Right(
            phones
                .into_iter()
                .map(|(display, tel, note)| {
                    let number = phone_number(display, tel);
                    let note = note.map(|id| {
                        view! { " " <span class="small">{both(i18n, english, |t| t.t(id))}</span> }
                    });
                    view! { <span class="handoff-phone">{number} {note}</span> }
                })
                .collect_view(),
        )
    };
    let checked = office.assured_date.as_deref().map(|date| {
        view! {
            <p class="small checked">
                {both(i18n, english, |t| checked_text(t, date).unwrap_or_else(|| date.to_string()))}
            </p>
        }
    });
    let hours = if hours.is_empty() {
        Either::Left(both(i18n, english, |t| t.t("find-hours-missing")))
    } else {
        Either::Right(view! { <span lang="en" dir="ltr" translate="no">{hours.join("; ")}</span> })
    };
    view! {
        <div class="handoff-office">
            {name.map(|name| view! { <p class="handoff-name" lang="en" dir="ltr" translate="no">{name}</p> })}
            <p>
                <span class="handoff-label">{both(i18n, english, |t| t.t("card-address"))}</span>
                ": " {address}
            </p>
            <p>
                <span class="handoff-label">{both(i18n, english, |t| t.t("card-phone"))}</span>
                ": " {phones}
            </p>
            <p>
                <span class="handoff-label">{both(i18n, english, |t| t.t("card-hours"))}</span>
                ": " {hours}
            </p>
            {checked}
        </div>
    }
    .into_any()
}
