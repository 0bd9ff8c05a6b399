//! "Use my location": the one part of the search page that runs in the browser (an island).

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// "Use my location": a button once the page is hydrated (the browser asks the reader first);
/// before that, and without JavaScript, a line saying to enter a ZIP code instead. An island:
/// the only part of this page that runs in the browser.
#[island]
pub fn UseMyLocation() -> impl IntoView {
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
