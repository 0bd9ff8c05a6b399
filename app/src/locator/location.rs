//! "Use my location": the one part of the search page that runs in the browser (an island).

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// How long to wait for a position before saying so (the browser's own timeout does not
/// start until the reader answers the permission prompt, so the island keeps its own).
pub const LOCATION_TIMEOUT_MS: u32 = 15_000;

/// Where a request for the reader's position stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocationState {
    Idle,
    /// Asked; waiting for the browser (and maybe the reader's permission).
    Finding,
    /// The reader or the browser said no.
    Denied,
    /// The device could not tell where it is.
    Unavailable,
    /// No answer within [`LOCATION_TIMEOUT_MS`].
    TimedOut,
}

impl LocationState {
    /// The Fluent id of what to tell the reader, if anything.
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            LocationState::Idle => None,
            LocationState::Finding => Some("find-location-pending"),
            LocationState::Denied => Some("find-location-denied"),
            LocationState::Unavailable => Some("find-location-unavailable"),
            LocationState::TimedOut => Some("find-location-timeout"),
        }
    }

    /// From a `GeolocationPositionError.code` (W3C Geolocation API: 1 permission denied,
    /// 2 position unavailable, 3 timeout).
    pub fn from_error_code(code: u16) -> LocationState {
        match code {
            1 => LocationState::Denied,
            3 => LocationState::TimedOut,
            _ => LocationState::Unavailable,
        }
    }
}

/// A coordinate in degrees with 3 decimals (about 100 m), as `{:.3}` writes it but without
/// the float formatting code, which the browser bundle would otherwise carry for this alone.
/// Halves round away from zero (`{:.3}` rounds them to even): the same place either way.
pub fn three_decimals(degrees: f64) -> String {
    let thousandths = (degrees * 1000.0).round();
    let sign = if thousandths < 0.0 { "-" } else { "" };
    // Latitude and longitude are within ±180°, far inside i64; `as` saturates anything else.
    let magnitude = thousandths.abs() as i64;
    format!("{sign}{}.{:03}", magnitude / 1000, magnitude % 1000)
}

/// "Use my location": a button once the page is hydrated (the browser asks the reader first);
/// before that, and without JavaScript, a line saying to enter a ZIP code instead. While the
/// browser looks, the button is disabled and says so; each way it can fail has its message.
#[island]
pub fn UseMyLocation() -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = RwSignal::new(false);
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| hydrated.set(true));
    let state = RwSignal::new(LocationState::Idle);
    let target = i18n.href("/find");
    let on_click = move |_| {
        if state.get_untracked() == LocationState::Finding {
            return;
        }
        state.set(LocationState::Finding);
        #[cfg(feature = "hydrate")]
        geolocation::locate(target.clone(), state);
        #[cfg(not(feature = "hydrate"))]
        let _ = &target;
    };
    let finding = move || state.get() == LocationState::Finding;
    let button_label = i18n.t("find-location-button");
    let fallback = i18n.t("find-location-nojs");
    let message = {
        let i18n = i18n.clone();
        move || state.get().message_id().map(|id| i18n.t(id))
    };
    view! {
        <div class="geo">
            <Show
                when=move || hydrated.get()
                fallback=move || view! { <p class="hint">{fallback.clone()}</p> }
            >
                <button
                    type="button"
                    class="button secondary"
                    on:click=on_click.clone()
                    disabled=finding
                    aria-describedby="geo-status"
                >
                    {button_label.clone()}
                </button>
            </Show>
            <p
                id="geo-status"
                class=move || if finding() { "hint" } else { "error-message" }
                role="status"
            >
                {message}
            </p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod geolocation {
    use std::{cell::Cell, rc::Rc};

    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{Position, PositionError, PositionOptions};

    use super::{LocationState, LOCATION_TIMEOUT_MS};

    /// Asks the browser for the reader's position, then loads the search for it. Rounded to
    /// 3 decimals (about 100 m): enough for the nearest office, less exact in the history.
    /// Exactly one outcome reaches `state`: the page for the position, or why not.
    pub fn locate(target: String, state: RwSignal<LocationState>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(geolocation) = window.navigator().geolocation() else {
            state.set(LocationState::Unavailable);
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
        // Set by whichever outcome comes first; the others then do nothing.
        let settled = Rc::new(Cell::new(false));

        let done = settled.clone();
        let success = Closure::once(move |position: Position| {
            if done.replace(true) {
                return;
            }
            let coords = position.coords();
            let url = format!(
                "{target}?lat={}&lon={}{agency}",
                super::three_decimals(coords.latitude()),
                super::three_decimals(coords.longitude())
            );
            if let Some(window) = web_sys::window() {
                let location = window.location();
                // A search from a result page replaces it, like a typed search does.
                let _ = if location.search().is_ok_and(|s| !s.is_empty()) {
                    location.replace(&url)
                } else {
                    location.assign(&url)
                };
            }
        });
        let done = settled.clone();
        let failure = Closure::once(move |error: PositionError| {
            if !done.replace(true) {
                state.set(LocationState::from_error_code(error.code()));
            }
        });
        let done = settled;
        let timeout = Closure::once(move || {
            if !done.replace(true) {
                state.set(LocationState::TimedOut);
            }
        });

        // A coarse fix is enough to find the nearest office, and faster on a cheap phone;
        // a position up to 10 minutes old will do.
        let options = PositionOptions::new();
        options.set_enable_high_accuracy(false);
        options.set_timeout(LOCATION_TIMEOUT_MS);
        options.set_maximum_age(600_000);
        let _ = geolocation.get_current_position_with_error_callback_and_options(
            success.as_ref().unchecked_ref::<js_sys::Function>(),
            Some(failure.as_ref().unchecked_ref::<js_sys::Function>()),
            &options,
        );
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            timeout.as_ref().unchecked_ref::<js_sys::Function>(),
            LOCATION_TIMEOUT_MS as i32 + 1_000,
        );
        // The browser calls them later; they must outlive this function.
        success.forget();
        failure.forget();
        timeout.forget();
    }
}

#[cfg(test)]
mod tests {
    use super::{three_decimals, LocationState};

    #[test]
    fn coordinates_are_written_with_three_decimals() {
        assert_eq!(three_decimals(34.052235), "34.052");
        assert_eq!(three_decimals(-118.243683), "-118.244");
        assert_eq!(three_decimals(0.0), "0.000");
        assert_eq!(three_decimals(-0.0004), "0.000", "no minus sign on zero");
        assert_eq!(three_decimals(-0.0006), "-0.001");
        assert_eq!(three_decimals(33.9999), "34.000");
        // The same text as `{:.3}` away from exact halves, over the county and beyond.
        for step in -200_000..=200_000 {
            let degrees = f64::from(step) * 0.000_913_7;
            assert_eq!(
                three_decimals(degrees),
                format!("{degrees:.3}").replace("-0.000", "0.000")
            );
        }
    }

    #[test]
    fn each_outcome_has_its_own_message() {
        assert_eq!(LocationState::from_error_code(1), LocationState::Denied);
        assert_eq!(
            LocationState::from_error_code(2),
            LocationState::Unavailable
        );
        assert_eq!(LocationState::from_error_code(3), LocationState::TimedOut);
        // A code the standard may add later is still an outcome with a message.
        assert_eq!(
            LocationState::from_error_code(9),
            LocationState::Unavailable
        );
        let ids: Vec<_> = [
            LocationState::Finding,
            LocationState::Denied,
            LocationState::Unavailable,
            LocationState::TimedOut,
        ]
        .map(|s| s.message_id().expect("a message"))
        .to_vec();
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert_eq!(LocationState::Idle.message_id(), None);
    }
}

#[cfg(all(test, feature = "ssr"))]
mod texts_tests {
    use super::LocationState;
    use crate::i18n::{embedded::Catalogs, Locale, Texts};

    #[test]
    fn the_browser_has_every_text_the_button_shows_in_every_language() {
        let catalogs = Catalogs::load().expect("locales parse");
        let states = [
            LocationState::Finding,
            LocationState::Denied,
            LocationState::Unavailable,
            LocationState::TimedOut,
        ];
        let ids = states
            .iter()
            .filter_map(|state| state.message_id())
            .chain(["find-location-button", "find-location-nojs"]);
        for id in ids {
            for &locale in Locale::SHIPPED {
                let catalog = catalogs.get(locale).expect("catalog");
                let json = &catalogs.browser_texts(locale).expect("texts").json;
                let texts = Texts::from_json(locale, json).expect("the served JSON reads");
                assert_eq!(texts.get(id, &[]), catalog.text(id), "{locale:?} {id}");
            }
        }
    }
}
