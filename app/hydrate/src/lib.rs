#![recursion_limit = "256"]
//! Browser entry point. `boot.js` loads this module and the page's Fluent text in
//! parallel, then calls [`hydrate`]; until then the server-rendered page works on its own.

use std::sync::Arc;

use leptos::prelude::*;
use linkages_app::{
    i18n::{Catalog, I18n, Locale},
    App,
};
use wasm_bindgen::prelude::wasm_bindgen;

/// Hydrates `<body>` in the document's language (`<html lang>`), with that locale's messages.
#[wasm_bindgen]
pub fn hydrate(lang: String, ftl: String) {
    console_error_panic_hook::set_once();
    let Some(locale) = Locale::from_tag(&lang) else {
        leptos::logging::error!("not hydrating: unknown language {lang}");
        return;
    };
    let catalog = match Catalog::parse(locale, &ftl) {
        Ok(catalog) => Arc::new(catalog),
        Err(err) => {
            leptos::logging::error!("not hydrating: {err}");
            return;
        }
    };
    let i18n = I18n::new(catalog);
    leptos::mount::hydrate_body(move || {
        provide_context(i18n.clone());
        view! { <App/> }
    });
    // Marks the document as interactive: for styles, and for the tests that must know.
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
