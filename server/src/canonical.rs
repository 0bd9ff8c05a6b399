//! One address for everything the site serves. Pages, the API and static files are each
//! reached by one canonical path; another spelling of it is sent there with 308 Permanent
//! Redirect, which keeps the method and the body (a POST to the screening still works) and the
//! query string as it came.

use axum::{
    http::{header, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use linkages_app::i18n::Locale;

/// The canonical spelling of `path`, or `None` when it is already canonical:
///
/// * no trailing slash, except on `/` itself (`/en/find/` → `/en/find`);
/// * no empty segments (`//en//find` → `/en/find`);
/// * a first segment that asks for a shipped language by the rule `Accept-Language` uses
///   ([`Locale::best_match`]) spelled as its tag (`/zh-TW` → `/zh-Hant`, `/es-MX/find` →
///   `/es/find`, `/EN` → `/en`). A segment that asks for nothing shipped (`/de/find`) stays
///   as it is: its 404 is not turned into a guess.
///
/// Only literal `/` separate segments; escapes are never decoded (`/en%2F%2Ffind` is one
/// segment and stays as it is). The result always starts with exactly one `/`, so it can
/// never be read as another host (`//evil.example`). A path that does not start with `/`
/// (`*` in `OPTIONS *`) is left alone.
pub fn canonical_path(path: &str) -> Option<String> {
    let rest = path.strip_prefix('/')?;
    // Most paths are canonical already: said without building anything.
    let tidy = !rest.starts_with('/') && !rest.ends_with('/') && !rest.contains("//");
    let first = rest.split('/').next().unwrap_or_default();
    if tidy && Locale::best_match(first).is_none_or(|locale| locale.tag() == first) {
        return None;
    }
    let mut segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    if let Some(first) = segments.first_mut() {
        if let Some(locale) = Locale::best_match(first) {
            *first = locale.tag();
        }
    }
    let canonical = format!("/{}", segments.join("/"));
    (canonical != path).then_some(canonical)
}

/// How long a browser may remember a redirect of a path with no query: a day, not for ever,
/// so a language shipped later under a matched tag is reachable again soon.
const REDIRECT_CACHE: &str = "public, max-age=86400";

/// The redirect for a request to a non-canonical path (see [`canonical_path`]), or `None`
/// when its path is canonical. A redirect that carries a query string repeats it (a ZIP
/// code, a place), so no cache keeps it.
pub fn redirect(uri: &Uri) -> Option<Response> {
    let path = canonical_path(uri.path())?;
    let (location, cache) = match uri.query() {
        Some(query) => (format!("{path}?{query}"), "no-store"),
        None => (path, REDIRECT_CACHE),
    };
    // The path and query came from a valid URI, so this cannot fail; if it ever did, the
    // request is served as it is.
    let location = HeaderValue::try_from(location).ok()?;
    Some(
        (
            StatusCode::PERMANENT_REDIRECT,
            [
                (header::LOCATION, location),
                (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
            ],
        )
            .into_response(),
    )
}

#[cfg(test)]
mod tests {
    use super::canonical_path as canonical;

    #[test]
    fn canonical_paths_stay() {
        for path in [
            "/",
            "/en",
            "/en/find",
            "/en/screening",
            "/en/hotlines",
            "/zh-Hant/find",
            "/api/v1",
            "/api/v1/services",
            "/api/v1/services/abc",
            "/pkg/linkages.0123456789abcdef.wasm",
            "/assets/site.css",
            "/favicon.ico",
            "/healthz",
            "/i18n/es.json",
            // Not a shipped language, or not a language at all: a 404 stays a 404.
            "/xx/find",
            "/de/find",
            "/de-DE",
            "/find",
            "/en-/find",
            // Escapes are not separators and are not decoded.
            "/en%2F%2Ffind",
            "/en%2F",
            "/e%6E/find",
            "/en%2Dus/find",
            "/en/find%2F",
            "/en/./find",
            "*",
            "",
        ] {
            assert_eq!(canonical(path), None, "{path:?}");
        }
    }

    #[test]
    fn a_trailing_slash_is_dropped_everywhere_but_the_root() {
        assert_eq!(canonical("/en/").as_deref(), Some("/en"));
        assert_eq!(canonical("/en/find/").as_deref(), Some("/en/find"));
        assert_eq!(canonical("/api/v1/").as_deref(), Some("/api/v1"));
        assert_eq!(
            canonical("/api/v1/services/").as_deref(),
            Some("/api/v1/services")
        );
        assert_eq!(
            canonical("/assets/site.css/").as_deref(),
            Some("/assets/site.css")
        );
        assert_eq!(canonical("/xx/find/").as_deref(), Some("/xx/find"));
    }

    #[test]
    fn empty_segments_collapse_and_never_name_a_host() {
        assert_eq!(canonical("//").as_deref(), Some("/"));
        assert_eq!(canonical("///").as_deref(), Some("/"));
        assert_eq!(canonical("//en/").as_deref(), Some("/en"));
        assert_eq!(canonical("/en//find").as_deref(), Some("/en/find"));
        assert_eq!(
            canonical("//evil.example").as_deref(),
            Some("/evil.example")
        );
        assert_eq!(
            canonical("//evil.example/").as_deref(),
            Some("/evil.example")
        );
        assert_eq!(
            canonical("///evil.example//x").as_deref(),
            Some("/evil.example/x")
        );
        assert_eq!(
            canonical("/%2F/evil.example/").as_deref(),
            Some("/%2F/evil.example")
        );
    }

    #[test]
    fn a_language_the_site_ships_is_spelled_as_its_tag() {
        assert_eq!(canonical("/zh-TW/").as_deref(), Some("/zh-Hant"));
        assert_eq!(canonical("/zh-TW").as_deref(), Some("/zh-Hant"));
        assert_eq!(canonical("/es-MX/find").as_deref(), Some("/es/find"));
        assert_eq!(canonical("/en-US").as_deref(), Some("/en"));
        assert_eq!(
            canonical("/en_US/screening").as_deref(),
            Some("/en/screening")
        );
        assert_eq!(canonical("/fil").as_deref(), Some("/tl"));
        assert_eq!(canonical("/ZH-hant").as_deref(), Some("/zh-Hant"));
        assert_eq!(canonical("/zh-hk").as_deref(), Some("/zh-Hant"));
        assert_eq!(canonical("/zh").as_deref(), Some("/zh-Hans"));
        assert_eq!(canonical("/EN/find").as_deref(), Some("/en/find"));
        assert_eq!(canonical("//es-MX//find//").as_deref(), Some("/es/find"));
        // Only the first segment names the language.
        assert_eq!(canonical("/en/es-MX"), None);
        assert_eq!(canonical("/api/en-US/").as_deref(), Some("/api/en-US"));
    }
}
