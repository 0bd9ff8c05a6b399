//! The Linkages web server: `app(state)` builds the whole router, so tests can call it
//! directly with `tower::ServiceExt::oneshot` and `main` only adds configuration and a socket.

pub mod api;
pub mod canonical;
pub mod config;
pub mod front;
pub mod gis_fetch;
pub mod limits;
pub mod log;
pub mod proxies;
pub mod ready;
pub mod response_cache;
pub mod serve;
mod static_files;

use std::{path::PathBuf, sync::Arc};

use axum::{
    extract::DefaultBodyLimit,
    extract::{Form, FromRef, Path, Query, Request, State},
    http::{header, HeaderValue, Method, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use front::{Routes, Step, StepLayer};
use leptos::prelude::*;
use leptos_axum::{generate_route_list_with_exclusions_and_ssg_and_context, LeptosRoutes};
use linkages_app::{
    i18n::{embedded::Catalogs, locale::locale_prefix, CatalogError, Locale},
    layout::shell::shell,
    screening::PostedFields,
    site::{Assets, FinderCell, Site},
};
use linkages_directory::search::{
    check_replacement, report::ReportAddress, FinderError, OfficeCounts, OfficeFinder, Refusal,
    ReplacementPolicy,
};
use tower::Layer as _;

/// Everything a request handler may read. Cheap to clone; all of it is read-only.
#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos: LeptosOptions,
    pub site: Site,
    /// Folder with the built static files (`scripts/build` writes it).
    pub site_root: PathBuf,
    /// `Strict-Transport-Security` max-age, when the site is served over HTTPS.
    pub hsts_max_age: Option<u64>,
    /// Requests a minute each client may make to the JSON API; `None`: no limit.
    pub api_rate: Option<Arc<limits::RateLimiter>>,
    /// Searches a minute each client may make on the finder page; `None`: no limit.
    pub finder_rate: Option<Arc<limits::RateLimiter>>,
    /// How far a dataset loaded from a file may differ from the one it replaces.
    pub dataset_policy: ReplacementPolicy,
    /// GET answers kept in memory, coded and tagged (see [`response_cache`]); emptied when
    /// the dataset is reloaded.
    pub responses: Arc<response_cache::ResponseCache>,
    /// Which proxies' forwarding header names the client, for the rate limits.
    pub client_resolver: Arc<proxies::ClientResolver>,
    /// Whether `/readyz` says ready: not while a dataset loads, nor while draining.
    pub readiness: Arc<ready::Readiness>,
}

/// The [`AppState`] the router hands to each request: one reference count, not a copy of
/// every field (axum clones the state for each request it routes).
#[derive(Clone, Debug)]
pub struct SharedState(Arc<AppState>);

impl std::ops::Deref for SharedState {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.0
    }
}

impl FromRef<SharedState> for LeptosOptions {
    fn from_ref(state: &SharedState) -> Self {
        state.leptos.clone()
    }
}

/// Why the server could not start; printed before a non-zero exit.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Locales(#[from] CatalogError),
    #[error(transparent)]
    Dataset(#[from] FinderError),
    #[error(transparent)]
    DatasetRejected(#[from] DatasetRejected),
    #[error("{path}: cannot read the asset manifest: {source}")]
    ManifestRead {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: the asset manifest is not valid: {source}")]
    ManifestParse {
        path: String,
        source: serde_json::Error,
    },
}

/// Why a dataset file was not put in service.
#[derive(Debug, thiserror::Error)]
pub enum DatasetRejected {
    /// It does not load: not readable, not JSON of our shape, or not valid.
    #[error(transparent)]
    Invalid(#[from] FinderError),
    /// It loads but is hollow next to the data it would replace.
    #[error("{path}: not put in service: {refusal}")]
    Hollow { path: String, refusal: Refusal },
}

/// Loads a dataset file and checks that it may replace a dataset with `current` offices.
pub fn load_replacement(
    path: &std::path::Path,
    current: &OfficeCounts,
    policy: ReplacementPolicy,
) -> Result<OfficeFinder, DatasetRejected> {
    let finder = OfficeFinder::from_dataset_file(path)?;
    check_replacement(current, &finder.office_counts(), policy).map_err(|refusal| {
        DatasetRejected::Hollow {
            path: path.display().to_string(),
            refusal,
        }
    })?;
    Ok(finder)
}

impl AppState {
    /// Loads the catalogs, the office dataset (the embedded one, or `data` when given) and,
    /// when the site has been built, its asset manifest.
    pub fn load(
        site_root: PathBuf,
        data: Option<&std::path::Path>,
    ) -> Result<AppState, StartupError> {
        AppState::load_with_policy(site_root, data, ReplacementPolicy::default())
    }

    /// [`AppState::load`], with a dataset file measured against the embedded dataset under
    /// `policy` (a file that empties an agency or shrinks too far is refused), and `policy`
    /// kept for reloads.
    pub fn load_with_policy(
        site_root: PathBuf,
        data: Option<&std::path::Path>,
        policy: ReplacementPolicy,
    ) -> Result<AppState, StartupError> {
        let catalogs = Catalogs::load()?;
        let finder = match data {
            Some(path) => {
                let shipped = OfficeFinder::embedded()?.office_counts();
                load_replacement(path, &shipped, policy)?
            }
            None => OfficeFinder::embedded()?,
        };
        let manifest = site_root.join("manifest.json");
        let assets = match std::fs::read_to_string(&manifest) {
            Ok(text) => serde_json::from_str::<Assets>(&text).map_err(|source| {
                StartupError::ManifestParse {
                    path: manifest.display().to_string(),
                    source,
                }
            })?,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                tracing::warn!(
                    "{} not found: serving unbuilt assets from public/, pages will not hydrate (run scripts/build)",
                    manifest.display()
                );
                Assets::unbuilt()
            }
            Err(source) => {
                return Err(StartupError::ManifestRead {
                    path: manifest.display().to_string(),
                    source,
                })
            }
        };
        let mut state = AppState::new(catalogs, assets, site_root, finder);
        state.dataset_policy = policy;
        Ok(state)
    }

    pub fn new(
        catalogs: Catalogs,
        assets: Assets,
        site_root: PathBuf,
        finder: OfficeFinder,
    ) -> AppState {
        let leptos = LeptosOptions::builder()
            .output_name("linkages")
            .site_root(site_root.display().to_string())
            .site_pkg_dir("pkg")
            .build();
        AppState {
            leptos,
            site: Site {
                catalogs: Arc::new(catalogs),
                assets: Arc::new(assets),
                finder: Arc::new(FinderCell::new(finder)),
                https: false,
                report_to: None,
            },
            site_root,
            hsts_max_age: None,
            api_rate: None,
            finder_rate: None,
            dataset_policy: ReplacementPolicy::default(),
            responses: Arc::new(response_cache::ResponseCache::new(
                response_cache::DEFAULT_CACHE_BYTES,
            )),
            client_resolver: Arc::default(),
            readiness: Arc::default(),
        }
    }

    /// Keeps at most `bytes` of GET answers in memory (0: none; every answer is still coded
    /// and tagged).
    pub fn with_response_cache(mut self, bytes: u64) -> AppState {
        self.responses = Arc::new(response_cache::ResponseCache::new(bytes));
        self
    }

    /// Behind these proxies, the rate limits count the client named in `header` (see
    /// [`proxies`]); with none, the connection's peer.
    pub fn with_trusted_proxies(
        mut self,
        proxies: proxies::TrustedProxies,
        header: proxies::ForwardedHeader,
    ) -> AppState {
        self.client_resolver = Arc::new(proxies::ClientResolver { proxies, header });
        self
    }

    /// Limits each client to `per_minute` JSON API requests a minute, `burst` at once.
    pub fn with_api_rate_limit(mut self, per_minute: u32, burst: u32) -> AppState {
        self.api_rate = Some(Arc::new(limits::RateLimiter::new(per_minute, burst)));
        self
    }

    /// Limits each client to `per_minute` searches a minute on the finder page, `burst` at once.
    pub fn with_finder_rate_limit(mut self, per_minute: u32, burst: u32) -> AppState {
        self.finder_rate = Some(Arc::new(limits::RateLimiter::new(per_minute, burst)));
        self
    }

    /// Sends `Strict-Transport-Security` with this max-age (seconds) on every response. HSTS
    /// means the site is on HTTPS, so the cookie becomes `Secure` too.
    pub fn with_hsts(mut self, max_age: Option<u64>) -> AppState {
        self.hsts_max_age = max_age;
        self.site.https |= max_age.is_some();
        self
    }

    /// Readers reach the site over HTTPS (a proxy in front ends TLS): the cookie is `Secure`.
    pub fn with_https(mut self, https: bool) -> AppState {
        self.site.https |= https;
        self
    }

    /// Shows "Report a problem with this listing" on every office and line, writing to `to`.
    pub fn with_report_address(mut self, to: Option<ReportAddress>) -> AppState {
        self.site.report_to = to;
        self
    }

    /// How far a reloaded dataset may differ from the one in service.
    pub fn with_dataset_policy(mut self, policy: ReplacementPolicy) -> AppState {
        self.dataset_policy = policy;
        self
    }
}

/// Reloads the dataset file after SIGHUP (it reads and parses: call it off the async
/// threads). A file that does not load, or that is hollow next to the data in service (see
/// [`ReplacementPolicy`]), leaves the last good data in service; why goes to the log, naming
/// the file (and the record, for an invalid one). `/readyz` answers 503 while it runs.
pub fn reload_dataset(
    state: &AppState,
    path: &std::path::Path,
) -> Result<OfficeCounts, DatasetRejected> {
    let _loading = state.readiness.loading();
    let current = state.site.finder.get().office_counts();
    match load_replacement(path, &current, state.dataset_policy) {
        Ok(finder) => {
            let counts = finder.office_counts();
            state.site.finder.replace(finder);
            // Answers built from the old data go with it.
            state.responses.clear();
            tracing::info!("reloaded {} ({counts})", path.display());
            Ok(counts)
        }
        Err(err) => {
            tracing::error!("kept the last good dataset ({current}): {err}");
            Err(err)
        }
    }
}

/// The whole site: pages, static files, locale texts and health check.
pub fn app(state: AppState) -> Router {
    let state = SharedState(Arc::new(state));
    // Behind an `Arc`: `leptos_axum` clones the context function for every page request.
    let site = Arc::new(state.site.clone());
    let context = move || provide_page_context(&site);
    // Listing the routes renders the app once, so it needs the same context as a request.
    let routes =
        generate_route_list_with_exclusions_and_ssg_and_context(shell, None, context.clone()).0;

    let fallback_context = context.clone();
    let pages = Router::new()
        .leptos_routes_with_context(&state, routes, context, shell)
        .route(
            "/{lang}/screening",
            post(screening_step).layer(DefaultBodyLimit::max(MAX_FORM_BYTES)),
        )
        .route(
            "/{lang}/advisor/screening",
            post(screening_step).layer(DefaultBodyLimit::max(MAX_FORM_BYTES)),
        )
        .fallback(leptos_axum::render_app_to_stream_with_context(
            fallback_context,
            shell,
        ))
        .layer(StepLayer(PageSteps {
            cache: state.responses.clone(),
        }));
    let api = api::routes()
        .layer(DefaultBodyLimit::max(api::MAX_JSON_BYTES))
        .layer(StepLayer(state.responses.clone()));
    let readiness = state.readiness.clone();
    let router = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route(
            "/readyz",
            get(move || std::future::ready(ready::readyz(&readiness))),
        )
        .route("/i18n/{file}", get(locale_text))
        .merge(static_files::routes(&state))
        .merge(api)
        .merge(pages);
    let front = front::FrontDoor::new(front::Settings {
        readiness: state.readiness.clone(),
        hsts_max_age: state.hsts_max_age,
        https: state.site.https,
        limits: limits::RateLimits {
            api: state.api_rate.clone(),
            finder: state.finder_rate.clone(),
            clients: state.client_resolver.clone(),
        },
        cache: state.responses.clone(),
    });
    let routes = static_files::with_compression(router).with_state(state);
    // Around the whole router rather than a layer on it: `Router::layer` wraps each route,
    // so every request would be routed before the front door could answer it from the cache.
    Router::new().fallback_service(StepLayer(front).layer(routes))
}

/// What every page render reads: the site, and the fixed nonce that replaces the random one
/// `leptos_axum` makes, so the same request renders the same bytes (the policy allows
/// Leptos' inline scripts by hash: see [`linkages_app::layout::shell::INLINE_SCRIPTS`]).
fn provide_page_context(site: &Site) {
    provide_context(site.clone());
    provide_context(leptos::nonce::Nonce::from_value(
        linkages_app::layout::shell::FIXED_NONCE,
    ));
}

/// How long a browser or shared cache may keep a page that is the same for every reader (a
/// minute: "open now" changes on the minute, and a reloaded dataset shows within one).
pub const PUBLIC_PAGE: &str = "public, max-age=60";

/// What every page request goes through on its way to the page routes: the response cache
/// (a miss: the front door answers hits), and [`with_cache_control`] inside it, so a kept
/// answer carries its policy. One step rather than a layer for each: every layer costs each
/// request a boxed future and a copy of the routes inside it.
#[derive(Clone, Debug)]
struct PageSteps {
    cache: Arc<response_cache::ResponseCache>,
}

impl Step for PageSteps {
    async fn run<S: Routes>(self, request: Request, routes: S) -> Response {
        response_cache::serve(&self.cache, request, |request| {
            with_cache_control(request, routes)
        })
        .await
    }
}

/// The page's answer with what caches may keep of it. A page under a language with no query
/// is the same for every reader who asks for it (home, hotlines, the screening's start, the
/// static pages): `public`, for [`PUBLIC_PAGE`]. A page that answers a query or a form (a
/// place, coordinates, screening answers) is kept by no cache (`no-store`), and one chosen by
/// the reader's cookie or `Accept-Language` (`/`), or not found, only by the reader's
/// browser, revalidated. The front door's `remember_language` makes a page with a cookie
/// private.
async fn with_cache_control<S: Routes>(request: Request, routes: S) -> Response {
    let personal = request.uri().query().is_some_and(|q| !q.is_empty())
        || !matches!(*request.method(), Method::GET | Method::HEAD);
    let by_address = locale_prefix(request.uri().path()).is_some();
    let mut response = routes.answer(request).await;
    let shared = by_address && response.status() == StatusCode::OK;
    let headers = response.headers_mut();
    if personal {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if shared {
                PUBLIC_PAGE
            } else {
                "no-cache, private"
            }),
        );
    }
    response
}

/// A screening form holds nine short answers; anything much larger is not ours.
const MAX_FORM_BYTES: usize = 4 * 1024;

/// `POST /<lang>/screening` (and `/<lang>/advisor/screening`): one step of the screening
/// without JavaScript (all questions at once on the advisor's page). The answers come
/// in the form and go back out in the page; nothing is stored or logged.
async fn screening_step(
    State(state): State<SharedState>,
    parts: http::request::Parts,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let site = state.site.clone();
    let posted = PostedFields(fields);
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_page_context(&site);
            provide_context(posted.clone());
        },
        shell,
    );
    render(http::Request::from_parts(parts, axum::body::Body::empty())).await
}

#[derive(serde::Deserialize)]
struct Version {
    v: Option<String>,
}

/// `/i18n/es.json?v=HASH`: one locale's messages, formatted, for the islands; fetched before
/// hydrating (see `linkages_app::i18n::texts`).
async fn locale_text(
    State(state): State<SharedState>,
    Path(file): Path<String>,
    Query(version): Query<Version>,
) -> Response {
    let Some(texts) = file
        .strip_suffix(".json")
        .and_then(Locale::from_tag)
        .and_then(|locale| state.site.catalogs.browser_texts(locale))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Only a request for the current version may be cached for long.
    let cache = if version.v.as_deref() == Some(texts.hash.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, cache),
        ],
        texts.json.to_string(),
    )
        .into_response()
}
