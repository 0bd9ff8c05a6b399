//! The office search page. A GET form, so every result is a URL anyone can share
//! (`/en/find?q=90020`). Searches are full page loads: the results are rendered on the server
//! only and left untouched by hydration (`inner_html` keeps server content), so none of the
//! dataset types or result markup is compiled into the browser bundle.

#[cfg(feature = "ssr")]
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[cfg(feature = "ssr")]
use super::view::{OfficeView, OpenState, PhoneRoleView, PhoneView, PlaceChoice, SearchPoint};
use crate::{i18n::use_i18n, layout::PageTitle};
#[cfg(feature = "ssr")]
use crate::{
    i18n::I18n,
    layout::{lines::DPSS_CUSTOMER_SERVICE, LinkedText},
};

/// Offices listed per agency when both are shown.
#[cfg(feature = "ssr")]
pub const OFFICES_PER_AGENCY: usize = 3;
/// Offices listed when the reader chose one agency.
#[cfg(feature = "ssr")]
pub const OFFICES_ONE_AGENCY: usize = 5;

/// What was typed or linked: `q` (ZIP, place name or `lat,lon`), or `lat` and `lon`; and
/// `agency` (`dcfs`, `dpss`) to show one agency's offices only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FindQuery {
    pub q: Option<String>,
    pub lat: Option<String>,
    pub lon: Option<String>,
    pub agency: Option<String>,
}

/// Which agencies' offices a search shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgencyChoice {
    #[default]
    Both,
    Dcfs,
    Dpss,
}

impl AgencyChoice {
    pub const ALL: [AgencyChoice; 3] = [AgencyChoice::Both, AgencyChoice::Dcfs, AgencyChoice::Dpss];

    /// From the `agency` parameter. Anything else shows both (the radios then say so).
    pub fn from_param(value: Option<&str>) -> AgencyChoice {
        match value.map(str::trim) {
            Some(v) if v.eq_ignore_ascii_case("dcfs") => AgencyChoice::Dcfs,
            Some(v) if v.eq_ignore_ascii_case("dpss") => AgencyChoice::Dpss,
            _ => AgencyChoice::Both,
        }
    }

    /// The parameter value.
    pub fn param(self) -> &'static str {
        match self {
            AgencyChoice::Both => "both",
            AgencyChoice::Dcfs => "dcfs",
            AgencyChoice::Dpss => "dpss",
        }
    }

    fn label_id(self) -> &'static str {
        match self {
            AgencyChoice::Both => "find-agency-both",
            AgencyChoice::Dcfs => "find-agency-dcfs",
            AgencyChoice::Dpss => "find-agency-dpss",
        }
    }

    #[cfg(feature = "ssr")]
    fn shows(self, agency: &str) -> bool {
        match self {
            AgencyChoice::Both => true,
            AgencyChoice::Dcfs => agency == "DCFS",
            AgencyChoice::Dpss => agency == "DPSS",
        }
    }
}

#[cfg(feature = "ssr")]
impl FindQuery {
    /// The single search text the finder understands, or `None` for an empty form.
    pub fn text(&self) -> Option<String> {
        match (&self.lat, &self.lon) {
            // One without the other is a coordinate too: a malformed one, and said so.
            (None, None) => self
                .q
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(str::to_owned),
            (lat, lon) => Some(format!(
                "{},{}",
                lat.as_deref().unwrap_or_default().trim(),
                lon.as_deref().unwrap_or_default().trim()
            )),
        }
    }
}

/// The answer to a search, ready to render.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, PartialEq)]
pub enum FindAnswer {
    /// No search yet: just the form.
    Form,
    Offices {
        point: SearchPoint,
        /// The point is the reader's own location (not a typed place).
        from_location: bool,
        /// `None`: the reader chose the other agency only.
        dcfs: Option<Vec<OfficeView>>,
        dpss: Option<Vec<OfficeView>>,
        /// Agencies whose office list is known to be incomplete.
        partial: Vec<String>,
    },
    ChoosePlace {
        name: String,
        choices: Vec<PlaceChoice>,
    },
    /// The input could not be used: a Fluent key suffix and the HTTP status to send.
    Problem {
        code: String,
        status: u16,
        input: String,
    },
}

/// Runs a search on the server's current dataset.
#[cfg(feature = "ssr")]
pub fn find_offices(site: &crate::site::Site, query: &FindQuery) -> FindAnswer {
    use super::{hours::now_in_los_angeles, hsds::CoverageStatus, view::SearchOutcome};
    let Some(text) = query.text() else {
        return FindAnswer::Form;
    };
    let finder = site.finder.get();
    let now = now_in_los_angeles();
    let choice = AgencyChoice::from_param(query.agency.as_deref());
    let per_agency = if choice == AgencyChoice::Both {
        OFFICES_PER_AGENCY
    } else {
        OFFICES_ONE_AGENCY
    };
    // `lat` and `lon` (from "use my location" or a shared link) are read strictly as numbers.
    // The search resolves the place; the offices of each agency shown are looked up next.
    let from_location = query.lat.is_some() || query.lon.is_some();
    let outcome = if from_location {
        super::places::parse_lat_lon(&text)
            .and_then(|(lat, lon)| finder.search_coordinate(lat, lon, 0, None, now))
    } else {
        finder.search(&text, 0, None, now)
    };
    match outcome {
        Err(err) => FindAnswer::Problem {
            code: err.code().to_owned(),
            status: err.status_code().as_u16(),
            input: text.chars().take(64).collect(),
        },
        Ok(SearchOutcome::ChoosePlace { name, choices }) => {
            FindAnswer::ChoosePlace { name, choices }
        }
        Ok(SearchOutcome::Offices { point, .. }) => {
            let offices_of = |agency: &str| {
                choice.shows(agency).then(|| {
                    finder.nearest_offices(point.lat, point.lon, per_agency, Some(agency), now)
                })
            };
            let (dcfs, dpss) = (offices_of("DCFS"), offices_of("DPSS"));
            let partial = finder
                .coverage()
                .iter()
                .filter(|c| c.status == CoverageStatus::Partial)
                .map(|c| c.agency.clone())
                .collect();
            FindAnswer::Offices {
                point,
                from_location,
                dcfs,
                dpss,
                partial,
            }
        }
    }
}

#[component]
pub fn FindPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let find_query = {
        let map = query.read_untracked();
        FindQuery {
            q: map.get("q").or_else(|| map.get("zip")),
            lat: map.get("lat"),
            lon: map.get("lon"),
            agency: map.get("agency"),
        }
    };
    let typed = find_query.q.clone().unwrap_or_default();
    let choice = AgencyChoice::from_param(find_query.agency.as_deref());
    let agency_radios = AgencyChoice::ALL
        .into_iter()
        .map(|c| {
            let id = format!("agency-{}", c.param());
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name="agency" value=c.param() checked=c == choice/>
                    <label for=id>{i18n.t(c.label_id())}</label>
                </div>
            }
        })
        .collect_view();
    // Server: the results as HTML. Browser: nothing, and hydration keeps the server's HTML.
    #[cfg(feature = "ssr")]
    let results = {
        let answer = find_offices(&expect_context::<crate::site::Site>(), &find_query);
        view! { <FindResults answer=answer choice=choice/> }.to_html()
    };
    #[cfg(not(feature = "ssr"))]
    let results = {
        let _ = find_query;
        String::new()
    };
    view! {
        <PageTitle text=i18n.t("find-title")/>
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
            <button type="submit" class="button">{i18n.t("find-submit")}</button>
        </form>
        <UseMyLocation/>
        <div class="results" inner_html=results></div>
    }
}

/// "Use my location": a button once the page is hydrated (the browser asks the reader first);
/// before that, and without JavaScript, a line saying to enter a ZIP code instead. An island:
/// the only part of this page that runs in the browser.
#[island]
fn UseMyLocation() -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = RwSignal::new(false);
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| hydrated.set(true));
    let problem = RwSignal::new(None::<String>);
    let target = i18n.href("/find");
    let messages = (
        i18n.t("find-location-unavailable"),
        i18n.t("find-location-denied"),
    );
    let on_click = move |_| {
        problem.set(None);
        #[cfg(feature = "hydrate")]
        geolocation::locate(target.clone(), problem, messages.clone());
        #[cfg(not(feature = "hydrate"))]
        let _ = (&target, &messages);
    };
    let button_label = i18n.t("find-location-button");
    let fallback = i18n.t("find-location-nojs");
    view! {
        <div class="geo">
            <Show
                when=move || hydrated.get()
                fallback=move || view! { <p class="hint">{fallback.clone()}</p> }
            >
                <button type="button" class="button secondary" on:click=on_click.clone()>
                    {button_label.clone()}
                </button>
            </Show>
            <p class="error-message" role="status">{move || problem.get()}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod geolocation {
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::Position;

    /// Asks the browser for the reader's position, then loads the search for it. Rounded to
    /// 3 decimals (about 100 m): enough for the nearest office, less exact in the history.
    pub fn locate(target: String, problem: RwSignal<Option<String>>, messages: (String, String)) {
        let (unavailable, denied) = messages;
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(geolocation) = window.navigator().geolocation() else {
            problem.set(Some(unavailable));
            return;
        };
        // The agency the reader picked in the form, if not both.
        let agency = window
            .document()
            .and_then(|d| {
                d.query_selector("input[name=agency]:checked")
                    .ok()
                    .flatten()
            })
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .filter(|v| v == "dcfs" || v == "dpss")
            .map(|v| format!("&agency={v}"))
            .unwrap_or_default();
        let success = Closure::once(move |position: Position| {
            let coords = position.coords();
            let url = format!(
                "{target}?lat={:.3}&lon={:.3}{agency}",
                coords.latitude(),
                coords.longitude()
            );
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&url);
            }
        });
        let failure = Closure::once(move |_: wasm_bindgen::JsValue| problem.set(Some(denied)));
        let _ = geolocation.get_current_position_with_error_callback(
            success.as_ref().unchecked_ref::<js_sys::Function>(),
            Some(failure.as_ref().unchecked_ref::<js_sys::Function>()),
        );
        // The browser calls one of them later; they must outlive this function.
        success.forget();
        failure.forget();
    }
}

#[cfg(feature = "ssr")]
#[component]
fn FindResults(answer: FindAnswer, choice: AgencyChoice) -> impl IntoView {
    let i18n = use_i18n();
    match answer {
        FindAnswer::Form => EitherOf4::A(()),
        FindAnswer::Problem {
            code,
            status,
            input,
        } => {
            #[cfg(feature = "ssr")]
            if let (Some(response), Ok(status)) = (
                use_context::<leptos_axum::ResponseOptions>(),
                http::StatusCode::from_u16(status),
            ) {
                response.set_status(status);
            }
            #[cfg(not(feature = "ssr"))]
            let _ = status;
            EitherOf4::B(view! {
                <div class="error-summary" role="alert">
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
            let dpss_partial = partial.iter().any(|a| a == "DPSS");
            let dcfs_partial = partial.iter().any(|a| a == "DCFS");
            let dcfs = dcfs.map(|offices| {
                view! {
                    <section aria-labelledby="dcfs-title">
                        <h3 id="dcfs-title">{i18n.t("find-dcfs-title")}</h3>
                        {dcfs_partial.then(|| view! { <p class="notice">{i18n.t("find-dcfs-partial")}</p> })}
                        <ol class="offices">
                            {offices.into_iter().map(|office| view! { <OfficeCard office=office/> }).collect_view()}
                        </ol>
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
                        <ol class="offices">
                            {offices.into_iter().map(|office| view! { <OfficeCard office=office/> }).collect_view()}
                        </ol>
                    </section>
                }
            });
            EitherOf4::D(view! {
                <h2 id="results">{title}</h2>
                {point.approximate.then(|| view! { <p class="hint">{i18n.t("find-from-zip-centre")}</p> })}
                {dcfs}
                {dpss}
                <p class="small">{i18n.t("find-nearest-not-assigned")}</p>
                {point.attribution.map(|credit| view! { <p class="small">{credit}</p> })}
                <CountyLines/>
            })
        }
    }
}

/// The county lines, always beside a search result or a search problem.
#[cfg(feature = "ssr")]
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

#[cfg(feature = "ssr")]
#[component]
fn OfficeCard(office: OfficeView) -> impl IntoView {
    let i18n = use_i18n();
    let approximate = office.coordinate.as_ref().is_some_and(|c| c.approximate);
    let distance = office
        .distance_m
        .map(|metres| distance_text(&i18n, metres, approximate));
    let phones = phone_lines(&i18n, &office.phones);
    let hours = hours_text(&i18n, &office.hours.state);
    let hour_lines = hour_lines(&office.hours.lines);
    let directions = directions_url(&office);
    let source_date = office.source.date.clone().unwrap_or_default();
    view! {
        <li class="office">
            <h4 lang="en" dir="ltr" translate="no">{office.name.clone()}</h4>
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
            <details class="small source">
                <summary>{i18n.t("find-source")}</summary>
                <p lang="en" dir="ltr" translate="no">{office.source.title.clone()}</p>
                {(!source_date.is_empty()).then(|| view! { <p lang="en" dir="ltr" translate="no">{source_date}</p> })}
            </details>
        </li>
    }
}

/// The numbers of an office or hotline as tap-to-call links, each with what it is for.
#[cfg(feature = "ssr")]
pub(super) fn phone_lines(i18n: &I18n, phones: &[PhoneView]) -> impl IntoView {
    if phones.is_empty() {
        Either::Left(view! { <p>{i18n.t("find-phone-missing")}</p> })
    } else {
        let phones = phones
            .iter()
            .map(|phone| {
                let number = match &phone.tel {
                    Some(tel) => Either::Left(
                        view! { <a class="tel" href=tel.clone() dir="ltr">{phone.display.clone()}</a> },
                    ),
                    None => Either::Right(view! { <span dir="ltr">{phone.display.clone()}</span> }),
                };
                let role = match phone.role {
                    PhoneRoleView::Direct => None,
                    PhoneRoleView::CountywideLine => Some(i18n.t("find-phone-countywide")),
                    PhoneRoleView::Unverified => Some(i18n.t("find-phone-unverified")),
                };
                // Our own words for countywide and unchecked numbers; the source's otherwise.
                let note = role.or_else(|| phone.description.clone());
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
#[cfg(feature = "ssr")]
pub(super) fn hour_lines(lines: &[String]) -> impl IntoView {
    lines
        .iter()
        .map(|line| view! { <li lang="en" dir="ltr" translate="no">{line.clone()}</li> })
        .collect_view()
}

/// "2.3 miles away", or "About 2.3 miles away" from an approximate point.
#[cfg(feature = "ssr")]
fn distance_text(i18n: &I18n, metres: f64, approximate: bool) -> String {
    let miles = (metres / 1609.344 * 10.0).round() / 10.0;
    let id = if approximate {
        "find-distance-about"
    } else {
        "find-distance"
    };
    i18n.t_with(id, [("miles", miles.into())])
}

#[cfg(feature = "ssr")]
pub(super) fn hours_text(i18n: &I18n, state: &OpenState) -> String {
    match state {
        OpenState::OpenUntil { time, .. } => {
            i18n.t_with("find-open-until", [("time", time_text(i18n, time).into())])
        }
        OpenState::OpenAroundTheClock => i18n.t("find-open-always"),
        OpenState::ClosedOpensAt { time, weekday, .. } => i18n.t_with(
            "find-closed-opens",
            [
                ("time", time_text(i18n, time).into()),
                ("day", i18n.t(&format!("weekday-{weekday}")).into()),
            ],
        ),
        OpenState::ClosedNoUpcomingHours => i18n.t("find-closed"),
        OpenState::Unknown => i18n.t("find-hours-missing"),
    }
}

#[cfg(feature = "ssr")]
/// A wall-clock time `HH:MM` in the locale's own way (`5:30 p.m.`, `17:30`): each locale's
/// `time-of-day` message picks from the 12- and 24-hour parts.
fn time_text(i18n: &I18n, hh_mm: &str) -> String {
    let Some((hours, minutes)) = hh_mm
        .split_once(':')
        .and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))
    else {
        return hh_mm.to_owned();
    };
    let h12 = match hours % 12 {
        0 => 12,
        h => h,
    };
    i18n.t_with(
        "time-of-day",
        [
            ("h12", h12.into()),
            ("h24", hours.into()),
            ("mm", format!("{minutes:02}").into()),
            ("ampm", if hours < 12 { "am" } else { "pm" }.into()),
        ],
    )
}

#[cfg(feature = "ssr")]
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
