//! The screening pages: one question per page, check your answers, the result. Renders a
//! [`Screen`]; all decisions are in [`linkages_screening::step`] and
//! [`linkages_screening::rules`].

use leptos::{
    either::{Either, EitherOf3},
    prelude::*,
};

use crate::{
    i18n::{strip_bidi_marks, use_i18n, I18n},
    layout::{problem_heading, PageTitle},
    url::{card_href, encode_uri_component},
};
use linkages_screening::{
    evaluate,
    flow::{check_your_answers, options},
    step::{question_number, submit, At, Go, Page, Screen, AT_FIELD, GO_FIELD},
    Answers, Fact, Fit, PathResult, TimeLimit, RULES,
};

/// The `id` of the screening form. The language switch's buttons name it (`form=`), so they
/// post the answers so far to the other language's page.
pub const SCREENING_FORM_ID: &str = "screening-form";

/// The form fields of the POST this page answers (server only; empty for a GET).
#[derive(Clone, Debug, Default)]
pub struct PostedFields(pub Vec<(String, String)>);

/// The screening. Without JavaScript every button POSTs the whole form and the server answers
/// with the next page; with JavaScript the form is an island that runs the same [`submit`] in
/// the browser, with no reload.
#[component]
pub fn ScreeningPage() -> impl IntoView {
    let i18n = use_i18n();
    let fields = use_context::<PostedFields>()
        .map(|p| p.0)
        .unwrap_or_default();
    let title = page_title(&i18n, &first_screen(&fields));
    view! {
        <PageTitle text=title/>
        <ScreeningForm fields=fields/>
    }
}

fn first_screen(fields: &[(String, String)]) -> Screen {
    if fields.is_empty() {
        Screen::start()
    } else {
        submit(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

/// Every message with variables the screening form shows, with each value it can take: the
/// browser gets these formatted by the server (see [`crate::i18n::texts`]).
pub fn message_variants() -> Vec<(&'static str, Vec<(&'static str, i64)>)> {
    let questions =
        (1..=Fact::ALL.len() as i64).map(|number| (QUESTION_COUNT_ID, vec![("number", number)]));
    let time_limits = RULES
        .iter()
        .filter_map(|rule| rule.time_limit)
        .map(|limit| (limit.message_id(), time_limit_args(limit)));
    questions.chain(time_limits).collect()
}

/// "Question 3" above each question; `$number` is the question's place in the flow.
const QUESTION_COUNT_ID: &str = "flow-question-count";

/// The variables of a time limit's message.
fn time_limit_args(limit: TimeLimit) -> Vec<(&'static str, i64)> {
    let mut args = vec![("months", i64::from(limit.months))];
    if let Some(max) = limit.extendable_to_months {
        args.push(("max_months", i64::from(max)));
    }
    args
}

/// The form and its current step. `fields` (what was posted, empty for a GET) travel to the
/// browser in the island's props; they are the answers already in the page's hidden fields.
///
/// In the browser every step is a history entry holding [`Screen::fields`] in
/// `history.state` (never in the URL), so Back and Forward show the step and answers a
/// reader without JavaScript would see.
#[island]
fn ScreeningForm(fields: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let screen = RwSignal::new(first_screen(&fields));
    let action = i18n.href("/screening");

    // Show `next` as a new page would: title, then focus on its heading.
    let show = {
        let i18n = i18n.clone();
        move |next: Screen| {
            #[cfg(feature = "hydrate")]
            client::set_title(&crate::layout::document_title(
                &page_title(&i18n, &next),
                &i18n.t("site-name"),
            ));
            #[cfg(not(feature = "hydrate"))]
            let _ = &i18n;
            screen.set(next);
        }
    };
    // After hydration (an effect), so the first render matches the server's page.
    #[cfg(feature = "hydrate")]
    {
        let show = show.clone();
        Effect::new(move |_| client::keep_in_history(screen, show.clone()));
    }

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        if let Some(fields) = client::form_fields(&event) {
            event.prevent_default();
            let next = submit(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            // The step being left keeps the answer chosen on it, as a browser keeps a
            // form's state for Back without JavaScript; the next step is a new entry.
            let leaving = fields
                .iter()
                .filter(|(name, _)| name != GO_FIELD)
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .chain([(GO_FIELD, "stay")]);
            client::push_step(&submit(leaving), &next);
            show(next);
            client::focus_heading();
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, &show);
    };

    view! {
        <form
            id=SCREENING_FORM_ID
            method="post"
            action=action
            class="screening"
            novalidate
            on:submit=on_submit
        >
            // Keyed by the whole screen: each step gets fresh elements. Reusing the radios of
            // one question for the next would let the browser's radio groups undo `checked`.
            <For each=move || [screen.get()] key=|current| *current let:current>
                {match current.page {
                    Page::Question { fact, missing_answer } => EitherOf3::A(view! {
                        <Question answers=current.answers fact=fact missing_answer=missing_answer/>
                    }),
                    Page::Check => EitherOf3::B(view! { <CheckAnswers answers=current.answers/> }),
                    Page::Result => EitherOf3::C(view! { <ScreeningResult answers=current.answers/> }),
                }}
            </For>
        </form>
    }
}

fn page_title(i18n: &I18n, screen: &Screen) -> String {
    match screen.page {
        Page::Question {
            fact,
            missing_answer,
        } => {
            let question = i18n.t(fact.question_id());
            if missing_answer {
                problem_heading(i18n, &question)
            } else {
                question
            }
        }
        Page::Check => i18n.t("flow-check-title"),
        Page::Result => i18n.t("flow-result-title"),
    }
}

/// Every answer as a hidden field, except the one the page asks for, and the page itself
/// (`_at`): what the form posts besides the button pressed.
fn hidden_fields(answers: Answers, at: At) -> impl IntoView {
    let asked = match at {
        At::Question(fact) => Some(fact),
        At::Check | At::Result => None,
    };
    let answers = answers
        .iter()
        .filter(|(fact, _)| Some(*fact) != asked)
        .map(|(fact, answer)| {
            view! { <input type="hidden" name=fact.as_str() value=answer.as_str()/> }
        })
        .collect_view();
    view! {
        {answers}
        <input type="hidden" name=AT_FIELD value=at.value()/>
    }
}

fn go_button(go: Go, class: &'static str, label: String) -> impl IntoView {
    view! {
        <button type="submit" name=GO_FIELD value=go.value() class=class>
            {label}
        </button>
    }
}

#[component]
fn Question(answers: Answers, fact: Fact, missing_answer: bool) -> impl IntoView {
    let i18n = use_i18n();
    let current = answers.get(fact);
    let first_option = options(fact)
        .first()
        .map(|a| format!("{}-{}", fact.as_str(), a.as_str()))
        .unwrap_or_default();
    let radios = options(fact)
        .iter()
        .map(|&answer| {
            let id = format!("{}-{}", fact.as_str(), answer.as_str());
            let hint = answer
                .hint_id()
                .map(|h| view! { <span class="hint">{i18n.t(h)}</span> });
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=id.clone()
                        name=fact.as_str()
                        value=answer.as_str()
                        checked=current == Some(answer)
                        aria-describedby=missing_answer.then_some("answer-error")
                    />
                    <label for=id>{i18n.t(answer.label_id())} {hint}</label>
                </div>
            }
        })
        .collect_view();
    let error_summary = missing_answer.then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{i18n.t("error-title")}</h2>
                <p>
                    <a href=format!("#{first_option}")>{i18n.t("flow-choose-one")}</a>
                </p>
            </div>
        }
    });
    let back = if linkages_screening::flow::previous_question(&answers, fact).is_some() {
        Either::Left(go_button(Go::Back, "button secondary", i18n.t("flow-back")))
    } else {
        Either::Right(view! { <a class="back" href=i18n.href("")>{i18n.t("flow-back")}</a> })
    };
    let number = question_number(&answers, fact) as i64;
    view! {
        {error_summary}
        {hidden_fields(answers, At::Question(fact))}
        <fieldset class=if missing_answer { "question has-error" } else { "question" }>
            <legend>
                <span class="caption">
                    {i18n.t("flow-title")} " · " {i18n.t_with(QUESTION_COUNT_ID, [("number", number.into())])}
                </span>
                <h1 id="flow-heading" tabindex="-1">{i18n.t(fact.question_id())}</h1>
            </legend>
            <p class="hint">{i18n.t(fact.hint_id())}</p>
            {missing_answer
                .then(|| view! { <p class="error-message" id="answer-error">{i18n.t("flow-choose-one")}</p> })}
            {radios}
        </fieldset>
        <div class="actions">
            {go_button(Go::Next, "button", i18n.t("flow-continue"))}
            {back}
        </div>
    }
}

#[component]
fn CheckAnswers(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let rows = check_your_answers(&answers)
        .into_iter()
        .map(|(fact, answer)| {
            view! {
                <div class="answer-row">
                    <dt>{i18n.t(fact.question_id())}</dt>
                    <dd>{i18n.t(answer.label_id())}</dd>
                    <dd class="change">
                        <button type="submit" name=GO_FIELD value=Go::Change(fact).value() class="link-button">
                            {i18n.t("flow-change")}
                            <span class="visually-hidden">": " {i18n.t(fact.question_id())}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        {hidden_fields(answers, At::Check)}
        <h1 id="flow-heading" tabindex="-1">{i18n.t("flow-check-title")}</h1>
        <dl class="answers">{rows}</dl>
        <div class="actions">
            {go_button(Go::Result, "button", i18n.t("flow-see-result"))}
            {go_button(Go::Back, "button secondary", i18n.t("flow-back"))}
        </div>
    }
}

#[component]
fn ScreeningResult(answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let results = evaluate(&answers);
    let (fitting, not_fitting): (Vec<PathResult>, Vec<PathResult>) =
        results.into_iter().partition(|r| r.fit != Fit::No);
    let summary = share_summary(&i18n, &fitting);
    // The card and the office finder get the ids of the paths that may fit, never the answers.
    let card_paths = linkages_screening::card::card_paths(&answers);
    let find_href = if card_paths.is_empty() {
        i18n.href("/find")
    } else {
        let query = linkages_screening::card::card_query(&card_paths, [], false);
        format!("{}?{query}", i18n.href("/find"))
    };
    let card_link = (!card_paths.is_empty()).then(|| {
        view! { <li><a href=card_href(&i18n, &card_paths, &[], false)>{i18n.t("card-link")}</a></li> }
    });
    // The private card names no path (not even in its address): the help lines, and a way
    // to add an office.
    let private_card = card_href(&i18n, &[], &[], true);
    let cards = fitting
        .iter()
        .map(|result| view! { <PathCard result=result.clone()/> })
        .collect_view();
    let others = (!not_fitting.is_empty()).then(|| {
        let items = not_fitting
            .iter()
            .map(|result| {
                let because = result
                    .because
                    .iter()
                    .map(|reason| i18n.t(&reason.id))
                    .collect::<Vec<_>>()
                    .join(" ");
                view! {
                    <li>
                        <strong>{i18n.t(result.id.title_id())}</strong>
                        ": "
                        {because}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="not-fitting">
                <summary>{i18n.t("flow-no-title")}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    let sms = format!("sms:?&body={}", encode_uri_component(&summary));
    let mailto = format!(
        "mailto:?subject={}&body={}",
        encode_uri_component(&strip_bidi_marks(&i18n.t("flow-result-title"))),
        encode_uri_component(&summary)
    );
    view! {
        {hidden_fields(answers, At::Result)}
        <h1 id="flow-heading" tabindex="-1">{i18n.t("flow-result-title")}</h1>
        <p class="notice">
            {i18n.t("screening-guidance-not-decision")} " " {i18n.t("flow-not-decision")}
        </p>
        {cards}
        {others}
        <h2>{i18n.t("flow-next-title")}</h2>
        <p>
            <a class="button" href=find_href>{i18n.t("flow-find-offices")}</a>
        </p>
        <div class="actions no-print">
            {go_button(Go::Check, "button secondary", i18n.t("flow-change-answers"))}
            <a class="back" href=i18n.href("/screening")>{i18n.t("flow-start-over")}</a>
        </div>
        <section class="share no-print" aria-labelledby="share-title">
            <h2 id="share-title">{i18n.t("flow-share-title")}</h2>
            <p>{i18n.t("flow-share-text")}</p>
            <ul class="share-links">
                <li><a href=sms>{i18n.t("flow-share-sms")}</a></li>
                <li><a href=mailto>{i18n.t("flow-share-email")}</a></li>
                {card_link}
                <li><a href=private_card>{i18n.t("card-link-discreet")}</a></li>
            </ul>
            <p class="hint">{i18n.t("flow-print-hint")}</p>
        </section>
        <p class="privacy-note">{i18n.t("flow-stores-nothing")}</p>
    }
}

#[component]
fn PathCard(result: PathResult) -> impl IntoView {
    let i18n = use_i18n();
    let fit_class = match result.fit {
        Fit::MayFit => "fit fit-may",
        Fit::Ask => "fit fit-ask",
        Fit::No => "fit fit-no",
    };
    let list = |ids: Vec<String>| {
        ids.into_iter()
            .map(|id| view! { <li>{i18n.t(&id)}</li> })
            .collect_view()
    };
    let because = list(result.because.iter().map(|r| r.id.clone()).collect());
    let next_steps = list(result.next_steps.clone());
    let services = (!result.services.is_empty()).then(|| {
        let items = list(
            result
                .services
                .iter()
                .map(|s| s.label_id().to_owned())
                .collect(),
        );
        view! {
            <h3>{i18n.t("screening-heading-services")}</h3>
            <ul>{items}</ul>
        }
    });
    let time_limit = result.time_limit.map(|limit| {
        let args = time_limit_args(limit)
            .into_iter()
            .map(|(name, value)| (name, value.into()));
        view! { <p class="time-limit">{i18n.t_with(limit.message_id(), args)}</p> }
    });
    let would_change = (!result.what_would_change.is_empty()).then(|| {
        let items = list(
            result
                .what_would_change
                .iter()
                .map(|h| h.id.clone())
                .collect(),
        );
        view! {
            <h3>{i18n.t("screening-heading-what-would-change")}</h3>
            <ul>{items}</ul>
        }
    });
    let heading_id = format!("path-{}", result.id.as_str());
    let labelled_by = heading_id.clone();
    view! {
        <section class="path-card" aria-labelledby=labelled_by>
            <h2 id=heading_id>{i18n.t(result.id.title_id())}</h2>
            <p class=fit_class>{i18n.t(result.fit.label_id())}</p>
            <p>{i18n.t(result.id.summary_id())}</p>
            <h3>{i18n.t("screening-heading-because")}</h3>
            <ul>{because}</ul>
            <h3>{i18n.t("screening-heading-next-steps")}</h3>
            <ul>{next_steps}</ul>
            {services}
            {time_limit}
            {would_change}
        </section>
    }
}

/// A short text to share by the family's own SMS or email: the path names only, no answers.
fn share_summary(i18n: &I18n, fitting: &[PathResult]) -> String {
    let names = |fit: Fit| {
        fitting
            .iter()
            .filter(|r| r.fit == fit)
            .map(|r| i18n.t(r.id.title_id()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = vec![i18n.t("flow-share-intro")];
    let may = names(Fit::MayFit);
    if !may.is_empty() {
        lines.push(format!("{}: {}", i18n.t(Fit::MayFit.label_id()), may));
    }
    let ask = names(Fit::Ask);
    if !ask.is_empty() {
        lines.push(format!("{}: {}", i18n.t(Fit::Ask.label_id()), ask));
    }
    strip_bidi_marks(&lines.join("\n"))
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{FormData, HtmlButtonElement, HtmlElement, HtmlFormElement};

    use linkages_screening::{
        step::{submit, Screen, AT_FIELD, GO_FIELD},
        Fact,
    };

    /// The submitted fields: answers, the page on screen, and the button pressed. `None`
    /// for a button that posts elsewhere (`formaction`: the language switch), which the
    /// browser sends as a plain form.
    pub fn form_fields(event: &leptos::ev::SubmitEvent) -> Option<Vec<(String, String)>> {
        let form = event.target()?.dyn_into::<HtmlFormElement>().ok()?;
        let button = event
            .submitter()
            .and_then(|s| s.dyn_into::<HtmlButtonElement>().ok())?;
        if button.has_attribute("formaction") {
            return None;
        }
        let data = FormData::new_with_form(&form).ok()?;
        let mut fields = Vec::new();
        for name in Fact::ALL.iter().map(|f| f.as_str()).chain([AT_FIELD]) {
            if let Some(value) = data.get(name).as_string() {
                fields.push((name.to_owned(), value));
            }
        }
        if button.name() == GO_FIELD {
            fields.push((GO_FIELD.to_owned(), button.value()));
        }
        Some(fields)
    }

    /// A screen as `history.state`: its fields, form-encoded (names and values are ASCII
    /// words, so no escaping is needed).
    fn state_of(screen: &Screen) -> JsValue {
        let text = screen
            .fields()
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("&");
        JsValue::from_str(&text)
    }

    /// The screen a `history.state` holds, if it is one of ours.
    fn screen_of(state: &JsValue) -> Option<Screen> {
        let text = state.as_string()?;
        let fields = text.split('&').filter_map(|pair| pair.split_once('='));
        Some(submit(fields))
    }

    /// Records `leaving` (the step on screen, with what was chosen on it) in the current
    /// history entry, then adds `next` as a new entry at the same URL.
    pub fn push_step(leaving: &Screen, next: &Screen) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state(&state_of(leaving), "");
            let _ = history.push_state_with_url(&state_of(next), "", None);
        }
    }

    /// Ties the island to the session history: this entry gets the screen on show (or, when
    /// the browser reloaded an entry that already holds one, shows that), and Back and
    /// Forward show the screen of the entry they land on.
    pub fn keep_in_history(screen: RwSignal<Screen>, show: impl Fn(Screen) + Clone + 'static) {
        let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        match history.state().ok().as_ref().and_then(screen_of) {
            Some(saved) if saved != screen.get_untracked() => show(saved),
            Some(_) => {}
            None => {
                let _ = history.replace_state(&state_of(&screen.get_untracked()), "");
            }
        }
        let handle = window_event_listener(leptos::ev::popstate, move |event| {
            if let Some(saved) = screen_of(&event.state()) {
                show(saved);
                focus_heading();
            }
        });
        // The island lives as long as the page.
        std::mem::forget(handle);
    }

    pub fn set_title(title: &str) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    }

    /// After a step without reload, put focus and the view where a new page would.
    pub fn focus_heading() {
        leptos::prelude::request_animation_frame(|| {
            let Some(window) = web_sys::window() else {
                return;
            };
            window.scroll_to_with_x_and_y(0.0, 0.0);
            let target = window
                .document()
                .and_then(|d| {
                    d.query_selector(".error-summary")
                        .ok()
                        .flatten()
                        .or_else(|| d.get_element_by_id("flow-heading"))
                })
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(element) = target {
                let _ = element.focus();
            }
        });
    }
}

/// The browser renders the form from the texts the server formatted beforehand; these tests
/// render it both ways on the server and compare.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use std::collections::HashSet;
    use std::sync::Arc;

    use leptos::prelude::*;
    use linkages_screening::{
        flow::options,
        step::{submit, Go, Page, Screen, GO_FIELD},
    };

    use super::ScreeningForm;
    use crate::i18n::{embedded::Catalogs, I18n, Locale, Texts};

    /// The form as the server renders it for these posted fields.
    fn render(i18n: I18n, fields: &[(String, String)]) -> String {
        let owner = Owner::new();
        owner.with(|| {
            provide_context(i18n);
            let fields = fields.to_vec();
            view! { <ScreeningForm fields=fields/> }.to_html()
        })
    }

    fn owned(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    /// The fields that reach every screen the form can show: each question (answered each
    /// way before moving on, and sent unanswered), check your answers, every result.
    fn every_screen() -> Vec<Vec<(String, String)>> {
        let mut seen = HashSet::new();
        let mut reached = Vec::new();
        let mut todo = vec![owned(&[])];
        while let Some(fields) = todo.pop() {
            let screen = submit(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            if !seen.insert(screen) {
                continue;
            }
            let stay = owned(&Screen::fields(&screen));
            let with_go = |go: String| {
                let mut next: Vec<(String, String)> = stay
                    .iter()
                    .filter(|(name, _)| name != GO_FIELD)
                    .cloned()
                    .collect();
                next.push((GO_FIELD.to_owned(), go));
                next
            };
            match screen.page {
                Page::Question { fact, .. } => {
                    todo.push(with_go(Go::Next.value()));
                    for answer in options(fact) {
                        let mut next = with_go(Go::Next.value());
                        next.retain(|(name, _)| name != fact.as_str());
                        next.push((fact.as_str().to_owned(), answer.as_str().to_owned()));
                        todo.push(next);
                    }
                }
                Page::Check => todo.push(with_go(Go::Result.value())),
                Page::Result => {}
            }
            reached.push(fields);
        }
        reached
    }

    #[test]
    fn the_browser_renders_every_screen_as_the_server_does_in_every_language() {
        let catalogs = Catalogs::load().expect("locales parse");
        let screens = every_screen();
        let results = screens
            .iter()
            .filter(|f| {
                submit(f.iter().map(|(k, v)| (k.as_str(), v.as_str()))).page == Page::Result
            })
            .count();
        assert!(
            results > 20,
            "{results} results of {} screens",
            screens.len()
        );
        for &locale in Locale::SHIPPED {
            let catalog = catalogs.get(locale).expect("catalog");
            let json = &catalogs.browser_texts(locale).expect("texts").json;
            let texts = Arc::new(Texts::from_json(locale, json).expect("the served JSON reads"));
            for fields in &screens {
                let server = render(I18n::new(catalog.clone()), fields);
                let browser = render(I18n::from_texts(texts.clone()), fields);
                assert_eq!(browser, server, "{locale:?} {fields:?}");
            }
        }
    }
}
