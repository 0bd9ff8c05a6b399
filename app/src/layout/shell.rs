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
    let cookie = remembered_locale(&parts.headers);
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let (locale, source) = resolve_locale(prefix.map(Locale::tag), cookie.map(Locale::tag), accept);
    (locale, source, cookie)
}

/// The language the reader chose before, from the request's [`LANG_COOKIE`].
pub fn remembered_locale(headers: &http::HeaderMap) -> Option<Locale> {
    cookie_value(headers, LANG_COOKIE).and_then(|v| Locale::from_tag(&v))
}

/// The `Set-Cookie` value that remembers `locale` for a year, `Secure` on an HTTPS site. The
/// server sets it when a page is asked for in a language the reader has not chosen before
/// (see `remember_language` in the server), never in a page's cached answer.
pub fn language_cookie(locale: Locale, https: bool) -> String {
    format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{}",
        locale.tag(),
        if https { "; Secure" } else { "" }
    )
}

fn cookie_value(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The inline scripts Leptos' server rendering appends to every page (`SsrSharedContext::
/// pending_data` in `hydration_context`, with no resource, error or pending chunk: this app
/// has no `Resource`, `Suspense` or `ErrorBoundary`). They are the same on every page, so the
/// policy allows exactly these texts by hash instead of a nonce: a page is the same bytes
/// for the same request, and can be cached and tagged.
pub const INLINE_SCRIPTS: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// The nonce attribute Leptos writes on its inline scripts. `leptos_axum` always makes a
/// random one; the server provides this fixed, empty one instead (see [`INLINE_SCRIPTS`]),
/// and the policy names no nonce, so the attribute allows nothing.
pub const FIXED_NONCE: &str = "";

/// `'sha256-…'` of a script's text (CSP Level 3 hash source: base64 of the SHA-256 of the
/// UTF-8 text between `<script>` and `</script>`).
pub fn script_hash_source(script: &str) -> String {
    use base64::Engine as _;
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The page policy: only this site's own files, no inline script but Leptos' own (allowed by
/// the hash of each, [`INLINE_SCRIPTS`]), wasm allowed to compile, no framing. The same for
/// every page and every response, so it is built once.
pub fn content_security_policy() -> &'static str {
    static POLICY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let hashes: Vec<String> = INLINE_SCRIPTS
            .iter()
            .map(|s| script_hash_source(s))
            .collect();
        format!(
            "default-src 'none'; script-src 'self' {} 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self'; connect-src 'self'; font-src 'self'; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
            hashes.join(" ")
        )
    });
    &POLICY
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
    let (locale, _, _) = request_locale(parts.as_ref());

    if let Some(response) = use_context::<ResponseOptions>() {
        // Pages differ by these request headers; shared caches must not mix them up.
        response.insert_header(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Cookie"),
        );
        if let Ok(policy) = HeaderValue::from_str(content_security_policy()) {
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
    use super::{has_islands, is_card_page, script_hash_source};

    #[test]
    fn hash_sources_are_base64_of_sha256() {
        // `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            script_hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

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
