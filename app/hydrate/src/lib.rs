#![recursion_limit = "256"]
//! Browser entry point. On a page with islands (the interactive parts: the screening form,
//! "use my location"), `boot.js` loads this module and the page's Fluent text in parallel,
//! calls [`hydrate`], then each island's own exported function. Until then, and on every
//! other page, the server-rendered HTML works on its own.

use std::sync::Arc;

use leptos::prelude::*;
use linkages_app::i18n::{Catalog, I18n, Locale};
use wasm_bindgen::prelude::wasm_bindgen;

/// Prepares the islands of a page in the document's language (`<html lang>`): the reactive
/// root they hydrate under, and that locale's messages as the root's context. False when the
/// page must stay as the server rendered it.
#[wasm_bindgen]
pub fn hydrate(lang: String, ftl: String) -> bool {
    console_error_panic_hook::set_once();
    let Some(locale) = Locale::from_tag(&lang) else {
        leptos::logging::error!("not hydrating: unknown language {lang}");
        return false;
    };
    let catalog = match Catalog::parse(locale, &ftl) {
        Ok(catalog) => Arc::new(catalog),
        Err(err) => {
            leptos::logging::error!("not hydrating: {err}");
            return false;
        }
    };
    leptos::mount::hydrate_islands();
    // The root owner stays current: each island, hydrated next, finds the messages here.
    provide_context(I18n::new(catalog));
    true
}
