//! The HTML document around the app, rendered on the server only.

use http::{header, request::Parts, HeaderValue};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use leptos_meta::MetaTags;

use crate::{
    i18n::{
        locale::{locale_prefix, resolve_locale, LocaleSource},
        I18n, Locale,
    },
    site::Site,
    App,
};

/// Name of the one cookie the site sets: the reader's explicit language choice.
pub const LANG_COOKIE: &str = "lang";

/// The locale of this request and where it came from.
pub fn request_locale(parts: Option<&Parts>) -> (Locale, LocaleSource, Option<Locale>) {
    let Some(parts) = parts else {
        return (Locale::default(), LocaleSource::Default, None);
    };
    let prefix = locale_prefix(parts.uri.path());
    let cookie = cookie_value(parts, LANG_COOKIE).and_then(|v| Locale::from_tag(&v));
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let (locale, source) = resolve_locale(prefix.map(Locale::tag), cookie.map(Locale::tag), accept);
    (locale, source, cookie)
}

fn cookie_value(parts: &Parts, name: &str) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The page policy: only this site's own files, no inline script but Leptos' own hydration
/// data (which carries this response's nonce), wasm allowed to compile, no framing.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let inline = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'none'; script-src 'self'{inline} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self'; connect-src 'self'; font-src 'self'; form-action 'self'; \
         base-uri 'none'; frame-ancestors 'none'"
    )
}

/// Pages with an island (the screening form, "use my location"). Every other page loads no
/// WebAssembly and no script but the quick exit.
fn has_islands(path: &str) -> bool {
    let mut segments = path.trim_matches('/').split('/');
    matches!(
        (segments.next(), segments.next(), segments.next()),
        (Some(lang), Some("screening" | "find"), None) if Locale::from_tag(lang).is_some()
    )
}

/// The hand-off card (`/<lang>/card`): its print shows the card alone, without the site's
/// header, banners or footer (`body.card-page` in the print styles).
fn is_card_page(path: &str) -> bool {
    let mut segments = path.trim_matches('/').split('/');
    matches!(
        (segments.next(), segments.next(), segments.next()),
        (Some(lang), Some("card"), None) if Locale::from_tag(lang).is_some()
    )
}

/// The whole document. Called by leptos_axum for every page request.
pub fn shell() -> impl IntoView {
    let site = expect_context::<Site>();
    let parts = use_context::<Parts>();
    let (locale, source, remembered) = request_locale(parts.as_ref());

    // An explicit choice in the URL is remembered, so the bare home page keeps it next time.
    if source == LocaleSource::Path && remembered != Some(locale) {
        if let (Some(response), Ok(value)) = (
            use_context::<ResponseOptions>(),
            HeaderValue::from_str(&format!(
                "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{}",
                locale.tag(),
                if site.https { "; Secure" } else { "" }
            )),
        ) {
            response.append_header(header::SET_COOKIE, value);
        }
    }
    if let Some(response) = use_context::<ResponseOptions>() {
        // Pages differ by these request headers; shared caches must not mix them up.
        response.insert_header(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Cookie"),
        );
        let nonce = leptos::nonce::use_nonce().map(|n| n.to_string());
        if let Ok(policy) = HeaderValue::from_str(&content_security_policy(nonce.as_deref())) {
            response.insert_header(header::CONTENT_SECURITY_POLICY, policy);
        }
    }

    let catalog = site
        .catalogs
        .get(locale)
        .or_else(|| site.catalogs.get(Locale::default()));
    let Some(catalog) = catalog else {
        return view! { <p>"Language files are missing."</p> }.into_any();
    };
    provide_context(I18n::new(catalog));

    let assets = site.assets.clone();
    let interactive = parts.as_ref().is_some_and(|p| has_islands(p.uri.path()));
    let body_class = parts
        .as_ref()
        .is_some_and(|p| is_card_page(p.uri.path()))
        .then_some("card-page");
    let hydration = assets.hydration.clone().filter(|_| interactive).map(|h| {
        let messages = site
            .catalogs
            .browser_texts(locale)
            .map(|t| format!("/i18n/{}.json?v={}", locale.tag(), t.hash))
            .unwrap_or_default();
        // No preloads: with JavaScript off they would fetch the WebAssembly for nothing.
        view! {
            <meta name="messages" id="messages" content=messages/>
            <script type="module" src=h.boot_js.clone()></script>
        }
    });

    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=assets.css.clone()/>
                <link rel="icon" href="/favicon.ico" sizes="any"/>
                <script src=assets.site_js.clone() defer></script>
                {hydration}
                <MetaTags/>
            </head>
            <body class=body_class>
                <App/>
            </body>
        </html>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::{has_islands, is_card_page};

    #[test]
    fn the_card_page_is_known_for_its_print_styles() {
        assert!(is_card_page("/ko/card"));
        assert!(!is_card_page("/ko/find"));
        assert!(!is_card_page("/xx/card"));
    }

    #[test]
    fn only_the_screening_and_find_pages_load_the_islands() {
        assert!(has_islands("/en/screening"));
        assert!(has_islands("/zh-Hant/find"));
        assert!(has_islands("/es/find/"));
        assert!(!has_islands("/"));
        assert!(!has_islands("/en/"));
        assert!(!has_islands("/en/hotlines"));
        assert!(!has_islands("/xx/find"));
        assert!(!has_islands("/en/find/more"));
    }
}
