//! The office search page (server only). A GET form, so every result is a URL anyone can
//! share (`/en/find?q=90020`). Searches are full page loads; the one island on the page is
//! "use my location" ([`super::location`]). The search itself is
//! [`linkages_directory::search::find`]; this file only renders its answer.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use linkages_directory::dataset::hours::now_in_los_angeles;
use linkages_directory::search::map::{locator_map, results_map, LatLon, MapOffice};
use linkages_directory::search::report::{report_mailto, Listing};
use linkages_directory::search::view::{
    OfficeView, OpenState, PhoneRoleView, PhoneView, SearchPoint,
};
use linkages_directory::search::{find, AgencyChoice, FindAnswer, FindQuery};
use linkages_directory::Agency;
use linkages_screening::card::{MAX_PATHS, PATH_PARAM};
use linkages_screening::Path;

use super::location::UseMyLocation;
use super::map::{locator_map_view, results_map_view};
use crate::{
    i18n::{format::formats, use_i18n, I18n},
    layout::{lines::DPSS_CUSTOMER_SERVICE, problem_heading, LinkedText, PageTitle},
    site::{SearchRefused, Site},
    url::card_href,
};

/// The Fluent id of an agency choice's radio label.
fn choice_label_id(choice: AgencyChoice) -> &'static str {
    match choice {
        AgencyChoice::Both => "find-agency-both",
        AgencyChoice::One(Agency::Dcfs) => "find-agency-dcfs",
        AgencyChoice::One(Agency::Dpss) => "find-agency-dpss",
    }
}

#[component]
pub fn FindPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let find_query = {
        let map = query.read_untracked();
        FindQuery {
            q: map.get("q"),
            zip: map.get("zip"),
            lat: map.get("lat"),
            lon: map.get("lon"),
            agency: map.get("agency"),
        }
    };
    // Paths that may fit, from a screening result: kept in the search form and put on the
    // office cards' links (ids only, never answers).
    let paths: Vec<Path> = query
        .read_untracked()
        .get_all(PATH_PARAM)
        .unwrap_or_default()
        .iter()
        .filter_map(|id| Path::parse(id))
        .fold(Vec::new(), |mut paths, path| {
            if !paths.contains(&path) && paths.len() < MAX_PATHS {
                paths.push(path);
            }
            paths
        });
    let path_fields = paths
        .iter()
        .map(|path| view! { <input type="hidden" name=PATH_PARAM value=path.as_str()/> })
        .collect_view();
    let typed = find_query.typed();
    let choice = find_query.choice();
    let agency_radios = AgencyChoice::ALL
        .into_iter()
        .map(|c| {
            let id = format!("agency-{}", c.param());
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name="agency" value=c.param() checked=c == choice/>
                    <label for=id>{i18n.t(choice_label_id(c))}</label>
                </div>
            }
        })
        .collect_view();
    // Over the client's search budget (the server decides): say so instead of searching.
    let refused = use_context::<http::request::Parts>()
        .is_some_and(|parts| parts.extensions.get::<SearchRefused>().is_some());
    let (results, problem) = if refused {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::TOO_MANY_REQUESTS);
        }
        (view! { <SearchRefusedNotice/> }.to_html(), true)
    } else {
        let finder = expect_context::<Site>().finder.get();
        let answer = find(&finder, &find_query, now_in_los_angeles());
        let problem = matches!(answer, FindAnswer::Problem { .. });
        (
            view! { <FindResults answer=answer choice=choice paths=paths/> }.to_html(),
            problem,
        )
    };
    let title = if problem {
        problem_heading(&i18n, &i18n.t("find-title"))
    } else {
        i18n.t("find-title")
    };
    view! {
        <PageTitle text=title/>
        <h1>{i18n.t("find-title")}</h1>
        <p>{i18n.t("find-intro")}</p>
        <form method="get" action=i18n.href("/find") class="search">
            <label for="q">{i18n.t("find-query-label")}</label>
            <p class="hint" id="q-hint">{i18n.t("find-query-hint")}</p>
            <input
                id="q"
                name="q"
                type="text"
                autocomplete="postal-code"
                maxlength="80"
                aria-describedby="q-hint"
                value=typed
            />
            <fieldset class="agency-choice">
                <legend>{i18n.t("find-agency-label")}</legend>
                {agency_radios}
            </fieldset>
            {path_fields}
            <button type="submit" class="button">{i18n.t("find-submit")}</button>
        </form>
        <UseMyLocation/>
        <div class="results" inner_html=results></div>
    }
}

#[component]
fn FindResults(answer: FindAnswer, choice: AgencyChoice, paths: Vec<Path>) -> impl IntoView {
    let i18n = use_i18n();
    match answer {
        FindAnswer::Form => EitherOf4::A(()),
        FindAnswer::Problem {
            code,
            status,
            input,
        } => {
            if let (Some(response), Ok(status)) = (
                use_context::<leptos_axum::ResponseOptions>(),
                http::StatusCode::from_u16(status),
            ) {
                response.set_status(status);
            }
            EitherOf4::B(view! {
                <div class="error-summary" role="alert" tabindex="-1" autofocus>
                    <h2>{i18n.t("error-title")}</h2>
                    <p>
                        <a href="#q">{i18n.t_with(&format!("find-error-{code}"), [("input", input.into())])}</a>
                    </p>
                </div>
                <CountyLines/>
            })
        }
        FindAnswer::ChoosePlace { name, choices } => {
            let agency = choice;
            let links = choices
                .into_iter()
                .map(|choice| {
                    let mut href = format!("{}?q={}", i18n.href("/find"), choice.zip);
                    if agency != AgencyChoice::Both {
                        href.push_str("&agency=");
                        href.push_str(agency.param());
                    }
                    view! {
                        <li>
                            <a href=href rel="external">
                                <span dir="ltr">{choice.zip}</span>
                                " "
                                <span lang="en" dir="ltr" translate="no">{choice.name}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            EitherOf4::C(view! {
                <h2>{i18n.t_with("find-choose-title", [("name", name.into())])}</h2>
                <p>{i18n.t("find-choose-text")}</p>
                <ul class="choices">{links}</ul>
            })
        }
        FindAnswer::Offices {
            point,
            from_location,
            dcfs,
            dpss,
            serving,
            areas_known,
            partial,
        } => {
            let title = if from_location {
                i18n.t("find-results-location")
            } else {
                i18n.t_with(
                    "find-results-title",
                    [("place", point.label.clone().into())],
                )
            };
            let dpss_partial = partial.contains(&Agency::Dpss);
            let dcfs_partial = partial.contains(&Agency::Dcfs);
            // One numbering for both lists (DCFS first), as the map's markers are numbered.
            let dcfs_count = dcfs.as_ref().map_or(0, Vec::len);
            let map = office_map(
                &i18n,
                &point,
                from_location,
                dcfs.as_deref(),
                dpss.as_deref(),
            );
            // A serving office keeps the number it has in the lists (and on the map), if any.
            let listed: Vec<String> = dcfs
                .iter()
                .chain(dpss.iter())
                .flatten()
                .map(|o| o.id.clone())
                .collect();
            let serving = (!areas_known.is_empty()).then(|| {
                let cards = serving
                    .into_iter()
                    .map(|office| {
                        let number = listed.iter().position(|id| *id == office.id).map(|i| i + 1);
                        view! { <OfficeCard office=office number=number paths=paths.clone()/> }
                    })
                    .collect::<Vec<_>>();
                let none = cards.is_empty().then(|| view! { <p>{i18n.t("find-serving-none")}</p> });
                view! {
                    <section class="serving" aria-labelledby="serving-title">
                        <h3 id="serving-title">{i18n.t("find-serving-title")}</h3>
                        {point.approximate.then(|| view! { <p class="hint">{i18n.t("find-serving-approximate")}</p> })}
                        {none}
                        {(!cards.is_empty()).then(|| view! { <ul class="offices">{cards}</ul> })}
                    </section>
                }
            });
            // Every agency shown has areas: no office list is only "nearest".
            let all_areas_known = [Agency::Dcfs, Agency::Dpss]
                .into_iter()
                .filter(|a| match a {
                    Agency::Dcfs => dcfs.is_some(),
                    Agency::Dpss => dpss.is_some(),
                })
                .all(|a| areas_known.contains(&a));
            let office_list = |offices: Vec<OfficeView>, first: usize| {
                let start = (first > 1).then(|| first.to_string());
                view! {
                    <ol class="offices" start=start>
                        {offices
                            .into_iter()
                            .enumerate()
                            .map(|(i, office)| view! { <OfficeCard office=office number=Some(first + i) paths=paths.clone()/> })
                            .collect_view()}
                    </ol>
                }
            };
            let dcfs = dcfs.map(|offices| {
                view! {
                    <section aria-labelledby="dcfs-title">
                        <h3 id="dcfs-title">{i18n.t("find-dcfs-title")}</h3>
                        {dcfs_partial.then(|| view! { <p class="notice">{i18n.t("find-dcfs-partial")}</p> })}
                        {office_list(offices, 1)}
                    </section>
                }
            });
            let dpss = dpss.map(|offices| {
                view! {
                    <section aria-labelledby="dpss-title">
                        <h3 id="dpss-title">{i18n.t("find-dpss-title")}</h3>
                        {dpss_partial
                            .then(|| {
                                view! {
                                    <p class="notice">
                                        <LinkedText id="find-dpss-partial" line=DPSS_CUSTOMER_SERVICE/>
                                    </p>
                                }
                            })}
                        {office_list(offices, dcfs_count + 1)}
                    </section>
                }
            });
            EitherOf4::D(view! {
                <h2 id="results">{title}</h2>
                {point
                    .near_county_line
                    .then(|| view! { <p class="notice">{i18n.t("find-near-county-line")}</p> })}
                {point.approximate.then(|| {
                    let id = if point.zip.is_some() { "find-from-zip-centre" } else { "find-from-place-centre" };
                    view! { <p class="hint">{i18n.t(id)}</p> }
                })}
                <div class="results-layout">
                    <div class="results-list">{serving} {dcfs} {dpss}</div>
                    {map}
                </div>
                {(!all_areas_known).then(|| view! { <p class="small">{i18n.t("find-nearest-not-assigned")}</p> })}
                {point.attribution.map(|credit| view! { <p class="small">{credit}</p> })}
                <CountyLines/>
            })
        }
    }
}

/// Too many searches from this connection for now: wait, or call.
#[component]
fn SearchRefusedNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="error-summary" role="alert" tabindex="-1" autofocus>
            <h2>{i18n.t("limits-search-title")}</h2>
            <p>{i18n.t("limits-search-text")}</p>
            <p>{i18n.t("limits-search-call")}</p>
        </div>
        <CountyLines/>
    }
}

/// The county lines, always beside a search result or a search problem.
#[component]
fn CountyLines() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="county-lines">
            <h2 id="county-lines">{i18n.t("home-call-title")}</h2>
            <crate::layout::chrome::KeyLines with_hours=false/>
        </section>
    }
}

/// The map beside the results: the point, every listed office with a known place (numbered
/// from 1, DCFS first, as the lists), a few place names and the county line.
pub(crate) fn office_map(
    i18n: &I18n,
    point: &SearchPoint,
    from_location: bool,
    dcfs: Option<&[OfficeView]>,
    dpss: Option<&[OfficeView]>,
) -> Option<impl IntoView> {
    let point_text = match (&point.zip, point.approximate && !from_location) {
        (Some(zip), _) => i18n.t_with("find-map-point-zip", [("zip", zip.clone().into())]),
        (None, true) => i18n.t_with(
            "find-map-point-place",
            [("place", point.label.clone().into())],
        ),
        (None, false) => i18n.t("find-map-point-exact"),
    };
    let listed = dcfs
        .into_iter()
        .flatten()
        .chain(dpss.into_iter().flatten())
        .enumerate();
    let offices: Vec<MapOffice> = listed
        .filter_map(|(i, office)| {
            let c = office.coordinate.as_ref()?;
            Some(MapOffice {
                number: i + 1,
                agency: office.agency,
                at: LatLon {
                    lat: c.lat,
                    lon: c.lon,
                },
            })
        })
        .collect();
    let finder = expect_context::<Site>().finder.get();
    let places = finder.places().gazetteer().points();
    let at = LatLon {
        lat: point.lat,
        lon: point.lon,
    };
    let map = results_map(at, &point_text, &offices, &places)?;
    Some(results_map_view(i18n, &map, point_text))
}

#[component]
fn OfficeCard(office: OfficeView, number: Option<usize>, paths: Vec<Path>) -> impl IntoView {
    let i18n = use_i18n();
    let card = card_href(&i18n, &paths, &[&office.id], false);
    let card_discreet = card_href(&i18n, &paths, &[&office.id], true);
    let approximate = office.coordinate.as_ref().is_some_and(|c| c.approximate);
    let distance = office
        .distance_m
        .map(|metres| distance_text(&i18n, metres, approximate));
    let phones = phone_lines(&i18n, &office.phones);
    let hours = hours_text(&i18n, &office.hours.state);
    let hour_lines = hour_lines(&office.hours.lines);
    let directions = directions_url(&office);
    let source_date = office.source.date.clone().unwrap_or_default();
    let locator = office
        .coordinate
        .as_ref()
        .and_then(|c| {
            locator_map(LatLon {
                lat: c.lat,
                lon: c.lon,
            })
        })
        .map(|map| locator_map_view(&map, office.agency));
    let pin_class = match office.agency {
        Agency::Dcfs => "pin map-dcfs",
        Agency::Dpss => "pin map-dpss",
    };
    let checked = office
        .assured_date
        .as_deref()
        .and_then(|date| checked_text(&i18n, date));
    let report = report_link(&i18n, &office.id, &office.name);
    view! {
        <li class="office">
            {locator}
            <div class="office-head">
                {number.map(|n| view! { <span class=pin_class aria-hidden="true">{n}</span> })}
                <h4 lang="en" dir="ltr" translate="no">{office.name.clone()}</h4>
            </div>
            <p class="office-meta">
                {distance}
                {(!office.verified).then(|| view! { " · " <span class="tag">{i18n.t("find-unverified")}</span> })}
                {approximate.then(|| view! { " · " <span class="tag">{i18n.t("find-approximate")}</span> })}
            </p>
            <address lang="en" dir="ltr" translate="no">
                {office.address_lines.iter().map(|l| view! { {l.clone()} <br/> }).collect_view()}
            </address>
            {phones}
            <p class="hours">{hours}</p>
            {(office.hours.conflicting).then(|| view! { <p class="small">{i18n.t("find-hours-conflicting")}</p> })}
            <ul class="hour-lines">{hour_lines}</ul>
            {directions.map(|url| view! {
                <p><a href=url rel="noreferrer noopener">{i18n.t("find-directions")}</a></p>
            })}
            {checked.map(|text| view! { <p class="small checked">{text}</p> })}
            {report}
            <ul class="share-links card-links">
                <li><a href=card>{i18n.t("card-link")}</a></li>
                <li><a href=card_discreet>{i18n.t("card-link-discreet")}</a></li>
            </ul>
            <details class="small source">
                <summary>{i18n.t("find-source")}</summary>
                <p lang="en" dir="ltr" translate="no">{office.source.title.clone()}</p>
                {(!source_date.is_empty()).then(|| view! { <p lang="en" dir="ltr" translate="no">{source_date}</p> })}
            </details>
        </li>
    }
}

/// A number as shown: a tap-to-call link when it has a `tel:` URL, always left to right.
pub(crate) fn phone_number(display: String, tel: Option<String>) -> impl IntoView {
    match tel {
        Some(tel) => Either::Left(view! { <a class="tel" href=tel dir="ltr">{display}</a> }),
        None => Either::Right(view! { <span dir="ltr">{display}</span> }),
    }
}

/// The Fluent id of our note on a number that is not the office's own, if any.
pub(crate) fn phone_note_id(role: PhoneRoleView) -> Option<&'static str> {
    match role {
        PhoneRoleView::Direct => None,
        PhoneRoleView::CountywideLine => Some("find-phone-countywide"),
        PhoneRoleView::Unverified => Some("find-phone-unverified"),
    }
}

/// The numbers of an office or hotline as tap-to-call links, each with what it is for.
pub(super) fn phone_lines(i18n: &I18n, phones: &[PhoneView]) -> impl IntoView {
    if phones.is_empty() {
        Either::Left(view! { <p>{i18n.t("find-phone-missing")}</p> })
    } else {
        let phones = phones
            .iter()
            .map(|phone| {
                let number = phone_number(phone.display.clone(), phone.tel.clone());
                // Our own words for countywide and unchecked numbers; the source's otherwise.
                let note = phone_note_id(phone.role)
                    .map(|id| i18n.t(id))
                    .or_else(|| phone.description.clone());
                view! {
                    <p class="phone">
                        {number}
                        {note.map(|n| view! { <br/> <span class="small">{n}</span> })}
                    </p>
                }
            })
            .collect_view();
        Either::Right(phones)
    }
}

/// The source's own lines about hours, in its English.
pub(super) fn hour_lines(lines: &[String]) -> impl IntoView {
    lines
        .iter()
        .map(|line| view! { <li lang="en" dir="ltr" translate="no">{line.clone()}</li> })
        .collect_view()
}

/// "2.3 miles away", or "About 2.3 miles away" from an approximate point: the number as the
/// locale writes it (`$distance`), the plural form chosen by the same rounded number (`$miles`).
pub(crate) fn distance_text(i18n: &I18n, metres: f64, approximate: bool) -> String {
    let distance = formats(i18n.locale).miles(metres);
    let id = if approximate {
        "find-distance-about"
    } else {
        "find-distance"
    };
    i18n.t_with(
        id,
        [
            ("distance", distance.text.into()),
            ("miles", distance.miles.into()),
        ],
    )
}

/// "Checked on DATE" for a listing a person has checked (`YYYY-MM-DD`), the date spelt out on
/// the page's calendar; `None` for a value that is not a date.
pub(crate) fn checked_text(i18n: &I18n, date: &str) -> Option<String> {
    let mut parts = date.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    let date = formats(i18n.locale).date(year, month, day)?;
    Some(i18n.t_with("find-checked", [("date", date.into())]))
}

/// "Report a problem with this listing": a `mailto:` link to the operator's address that
/// names only the listing (HSDS id and name) and the page's language; nothing when the server
/// has no `--feedback-email`.
pub(crate) fn report_link(i18n: &I18n, id: &str, name: &str) -> Option<impl IntoView> {
    let to = use_context::<Site>()?.report_to?;
    let href = report_mailto(&to, Listing { id, name }, i18n.locale.tag());
    Some(view! { <p class="small report"><a href=href>{i18n.t("find-report")}</a></p> })
}

pub(crate) fn hours_text(i18n: &I18n, state: &OpenState) -> String {
    let formats = formats(i18n.locale);
    match state {
        OpenState::OpenUntil { time, .. } => i18n.t_with(
            "find-open-until",
            [("time", formats.clock_text(time).into())],
        ),
        OpenState::OpenAroundTheClock => i18n.t("find-open-always"),
        OpenState::ClosedOpensAt { time, weekday, .. } => i18n.t_with(
            "find-closed-opens",
            [
                ("time", formats.clock_text(time).into()),
                ("day", i18n.t(&format!("weekday-{weekday}")).into()),
            ],
        ),
        OpenState::ClosedNoUpcomingHours => i18n.t("find-closed"),
        OpenState::Unknown => i18n.t("find-hours-missing"),
    }
}

/// A directions link: the street address when we have one (an approximate point is only a
/// ZIP centre), else the published point.
fn directions_url(office: &OfficeView) -> Option<String> {
    let destination = if !office.address_lines.is_empty() {
        crate::url::encode_uri_component(&office.address_lines.join(", "))
    } else {
        let c = office.coordinate.as_ref().filter(|c| !c.approximate)?;
        format!("{},{}", c.lat, c.lon)
    };
    Some(format!(
        "https://www.google.com/maps/dir/?api=1&destination={destination}"
    ))
}
