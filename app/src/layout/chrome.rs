use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use super::lines::{Line, OpeningTimes, CHILD_PROTECTION, EMERGENCY, KEY_LINES};
use crate::{
    i18n::{locale::localized_path, use_i18n, I18n, Locale},
    screening::SCREENING_FORM_ID,
};
use linkages_screening::step::{Go, GO_FIELD};

/// Where the quick exit goes: a neutral page that gives nothing away.
pub const QUICK_EXIT_URL: &str = "https://www.google.com/search?q=weather";

/// Sets `<title>`: the page heading, then the site name.
#[component]
pub fn PageTitle(#[prop(into)] text: TextProp) -> impl IntoView {
    // No arena signals here: leptos_meta reads the title after the page's owner is gone.
    let site = use_i18n().t("site-name");
    view! { <Title text=move || document_title(&text.get(), &site)/> }
}

/// `<title>`: the page heading, then the site name.
pub fn document_title(heading: &str, site: &str) -> String {
    format!("{heading} - {site}")
}

/// The heading part of the title of a page that shows a problem: "There is a problem: "
/// first (GOV.UK's error pattern), so a screen reader hears it before anything else.
pub fn problem_heading(i18n: &crate::i18n::I18n, heading: &str) -> String {
    format!("{}: {heading}", i18n.t("error-title"))
}

/// A `tel:` link. The number is kept left-to-right inside right-to-left text.
#[component]
pub fn PhoneLink(line: Line) -> impl IntoView {
    view! {
        <a class="tel" href=format!("tel:{}", line.tel) dir="ltr">
            {line.display}
        </a>
    }
}

/// Renders a message whose `$number` variable becomes a phone link.
#[component]
pub fn LinkedText(id: &'static str, line: Line) -> impl IntoView {
    let i18n = use_i18n();
    // A private-use marker stands where the link goes; Fluent's isolation marks stay in text.
    let text = i18n.t_with(id, [("number", "\u{E000}".into())]);
    let (before, after) = text
        .split_once('\u{E000}')
        .map(|(b, a)| (b.to_owned(), a.to_owned()))
        .unwrap_or((text.clone(), String::new()));
    view! { {before} <PhoneLink line=line/> {after} }
}

#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! { <a class="skip-link" href="#main">{i18n.t("skip-to-content")}</a> }
}

/// Quick exit: a plain link that works without JavaScript; `site.js` adds the Shift key
/// pressed three times and replaces the history entry so Back does not return here. Next to
/// it, the page on staying safe online (what Quick exit cannot do).
#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="exit">
            <a
                id="quick-exit"
                class="quick-exit"
                href=QUICK_EXIT_URL
                rel="noreferrer noopener"
                title=i18n.t("exit-hint")
            >
                {i18n.t("exit-link")}
            </a>
            <a class="safe-online" href=i18n.href("/staying-safe")>
                {i18n.t("safety-online-link")}
            </a>
        </div>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                <a class="site-name" href=i18n.href("")>
                    {i18n.t("site-name")}
                </a>
                <QuickExit/>
            </div>
            <nav class="wrap site-nav" aria-label=i18n.t("nav-label")>
                <a href=i18n.href("/screening")>{i18n.t("nav-screening")}</a>
                <a href=i18n.href("/find")>{i18n.t("nav-find")}</a>
            </nav>
        </header>
    }
}

/// Danger and child-abuse lines, in the same place on every page.
#[component]
pub fn SafetyBanner() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="safety" aria-label=i18n.t("safety-title")>
            <div class="wrap">
                <p>
                    <LinkedText id="safety-danger" line=EMERGENCY/>
                    " "
                    <LinkedText id="safety-report" line=CHILD_PROTECTION/>
                </p>
            </div>
        </aside>
    }
}

/// In a language no certified translator has checked yet: say so, and offer the English page.
#[component]
pub fn UnreviewedNotice() -> impl IntoView {
    let i18n = use_i18n();
    (!i18n.reviewed()).then(|| {
        let read_english = i18n.t("lang-read-english");
        // A labelled landmark, like the safety lines: no text outside landmarks.
        view! {
            <aside class="unreviewed" aria-label=i18n.t("lang-notice-label")>
                <p class="wrap">
                    {i18n.t("lang-unreviewed")} " "
                    <LanguageChoice locale=Locale::En own_name=false>
                        {read_english}
                    </LanguageChoice>
                </p>
            </aside>
        }
    })
}

/// Is this a screening page (`/<lang>/screening`, `/<lang>/advisor/screening`)? Both carry
/// the answers in a form named [`SCREENING_FORM_ID`].
fn on_screening(path: &str) -> bool {
    let mut segments = path.trim_matches('/').split('/').skip(1);
    matches!(
        (segments.next(), segments.next(), segments.next()),
        (Some("screening"), None, None) | (Some("advisor"), Some("screening"), None)
    )
}

/// The same page in `locale`, keeping the reader's place. A page reached by GET keeps its
/// query (`/es/find?q=90020&agency=dpss`). On the screening it is a button of the screening
/// form (`form=`, `formaction=`): it posts the answers so far and the step on screen to the
/// other language's page, with or without JavaScript, and never writes them into a link.
/// Links reload the document (`rel=external`): the language is fixed for a document.
#[component]
fn LanguageChoice(
    locale: Locale,
    /// The label is the language's own name: mark it with that language and direction.
    own_name: bool,
    #[prop(optional)] current: bool,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    let target = localized_path(&path, locale);
    let lang = own_name.then_some(locale.tag());
    let dir = own_name.then_some(locale.direction().as_str());
    let translate = own_name.then_some("no");
    let current = current.then_some("true");
    if on_screening(&path) {
        Either::Left(view! {
            <button
                type="submit"
                class="link-button"
                form=SCREENING_FORM_ID
                formaction=target
                name=GO_FIELD
                value=Go::Stay.value()
                lang=lang
                dir=dir
                translate=translate
                aria-current=current
            >
                {children()}
            </button>
        })
    } else {
        let search = location.search.get_untracked();
        let search = search.trim_start_matches('?');
        let href = if search.is_empty() {
            target
        } else {
            format!("{target}?{search}")
        };
        Either::Right(view! {
            <a
                href=href
                rel="external"
                hreflang=locale.tag()
                lang=lang
                dir=dir
                translate=translate
                aria-current=current
            >
                {children()}
            </a>
        })
    }
}

/// The same page in every shipped language, each in its own name.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = i18n.locale;
    let items = Locale::SHIPPED
        .iter()
        .map(|&locale| {
            view! {
                <li>
                    <LanguageChoice locale=locale own_name=true current=locale == current>
                        {locale.native_name()}
                    </LanguageChoice>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=i18n.t("lang-label")>
            <h2 class="visually-hidden">{i18n.t("lang-label")}</h2>
            <ul>{items}</ul>
        </nav>
    }
}

/// The county lines everyone may need, most urgent first; with their hours where known.
#[component]
pub fn KeyLines(with_hours: bool) -> impl IntoView {
    let i18n = use_i18n();
    let items = KEY_LINES
        .iter()
        .map(|&line| {
            let hours = line.hours_id.filter(|_| with_hours).map(
                |id| view! { <span class="line-hours">{line_hours(&i18n, id, line.times)}</span> },
            );
            view! {
                <li>
                    <span class="line-name">{i18n.t(line.name_id)}</span>
                    " "
                    <PhoneLink line=line/>
                    {hours}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class=if with_hours { "lines big" } else { "lines" }>{items}</ul>
        <p class="all-lines">
            <a href=i18n.href("/hotlines")>{i18n.t("hotlines-all-link")}</a>
        </p>
    }
}

/// A line's hours message, its times on the page's clock (server only: the formatting data
/// never reaches the browser, and these lines are never rendered there).
pub(crate) fn line_hours(i18n: &I18n, id: &str, times: Option<OpeningTimes>) -> String {
    #[cfg(feature = "ssr")]
    if let Some(OpeningTimes { opens, closes }) = times {
        let formats = crate::i18n::format::formats(i18n.locale);
        let clock = |(hour, minute): (u8, u8)| {
            formats
                .time_of_day(hour, minute)
                .unwrap_or_else(|| format!("{hour}:{minute:02}"))
        };
        return i18n.t_with(
            id,
            [
                ("opens", clock(opens).into()),
                ("closes", clock(closes).into()),
            ],
        );
    }
    #[cfg(not(feature = "ssr"))]
    let _ = times;
    i18n.t(id)
}

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <h2>{i18n.t("home-call-title")}</h2>
                <KeyLines with_hours=false/>
                <LanguageSwitcher/>
                <p>
                    {i18n.t("footer-privacy")} " "
                    <a href=i18n.href("/staying-safe")>{i18n.t("safety-online-link")}</a>
                </p>
                <p>{i18n.t("footer-guidance")}</p>
                <p class="small">{i18n.t("footer-data")}</p>
                <p class="small"><a href=i18n.href("/advisor")>{i18n.t("advisor-title")}</a></p>
            </div>
        </footer>
    }
}

/// The 404 page body; on the server it also sets the status.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("error-not-found-title")/>
        <h1>{i18n.t("error-not-found-title")}</h1>
        <p>{i18n.t("error-not-found-text")}</p>
        <p>
            <a href=i18n.href("")>{i18n.t("nav-home")}</a>
        </p>
    }
}
