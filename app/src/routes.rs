//! The routes of the site (server only): every page in the frame that surrounds it. The
//! browser never renders a whole page; it hydrates islands only.

use leptos::{either::Either, prelude::*};
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_params_map,
    ParamSegment, SsrMode, StaticSegment,
};

use crate::{
    advisor::{AdvisorDeskPage, AdvisorScreeningPage},
    card::CardPage,
    home::HomePage,
    i18n::{use_i18n, Locale},
    layout::{
        chrome::{Footer, Header, SafetyBanner, SkipLink, UnreviewedNotice},
        NotFound,
    },
    locator::{FindPage, HotlinesPage},
    safety::StayingSafePage,
    screening::ScreeningPage,
};

/// The body of every page. The document around it is `layout::shell`.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <SkipLink/>
            <Header/>
            <SafetyBanner/>
            <UnreviewedNotice/>
            <main id="main" class="wrap" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=StaticSegment("") view=HomePage/>
                    <Route path=ParamSegment("lang") view=|| view! { <Localized page=HomePage/> }/>
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("screening"))
                        view=|| view! { <Localized page=ScreeningPage/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("hotlines"))
                        view=|| view! { <Localized page=HotlinesPage/> }
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("staying-safe"))
                        view=|| view! { <Localized page=StayingSafePage/> }
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("card"))
                        view=|| view! { <Localized page=CardPage/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("advisor"))
                        view=|| view! { <Localized page=AdvisorDeskPage/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("advisor"), StaticSegment("screening"))
                        view=|| view! { <Localized page=AdvisorScreeningPage/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(ParamSegment("lang"), StaticSegment("find"))
                        view=|| view! { <Localized page=FindPage/> }
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// Renders `page` only when the first path segment is a shipped locale (`/es/...`);
/// anything else (`/xx/find`) is a 404, never a page in a guessed language.
#[component]
fn Localized<P, V>(page: P) -> impl IntoView
where
    P: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let params = use_params_map();
    let i18n = use_i18n();
    let page_locale = move || {
        params
            .read()
            .get("lang")
            .and_then(|tag| Locale::from_tag(&tag))
    };
    // `Either`, not `into_any()`: static dispatch keeps the wasm smaller.
    move || match page_locale() {
        Some(locale) if locale == i18n.locale => Either::Left(page()),
        _ => Either::Right(view! { <NotFound/> }),
    }
}
