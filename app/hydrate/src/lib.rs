#![recursion_limit = "256"]
//! Browser entry point. On a page with islands (the interactive parts: the screening form,
//! "use my location"), `boot.js` loads this module and the page's messages (formatted by the
//! server, as JSON) in parallel, calls [`hydrate`], then each island's own exported function.
//! Until then, and on every other page, the server-rendered HTML works on its own.

use std::sync::Arc;

use leptos::prelude::*;
use linkages_app::i18n::{I18n, Locale, Texts};
use wasm_bindgen::prelude::wasm_bindgen;

/// Prepares the islands of a page in the document's language (`<html lang>`): the reactive
/// root they hydrate under, and that locale's messages (`/i18n/<lang>.json`) as the root's
/// context. False when the page must stay as the server rendered it.
#[wasm_bindgen]
pub fn hydrate(lang: String, messages: String) -> bool {
    console_error_panic_hook::set_once();
    let Some(locale) = Locale::from_tag(&lang) else {
        leptos::logging::error!("not hydrating: unknown language {lang}");
        return false;
    };
    let texts = match Texts::from_json(locale, &messages) {
        Ok(texts) => Arc::new(texts),
        Err(err) => {
            leptos::logging::error!("not hydrating: messages: {err}");
            return false;
        }
    };
    leptos::mount::hydrate_islands();
    // The root owner stays current: each island, hydrated next, finds the messages here.
    provide_context(I18n::from_texts(texts));
    true
}
