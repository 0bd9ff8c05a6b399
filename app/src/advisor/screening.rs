//! `/{lang}/advisor/screening`: every screening question on one page, for an advisor asking
//! them on a call. "Update" posts the form (with or without JavaScript: no island here); what
//! the page shows is [`linkages_screening::compact::compact_screen`]. The answers travel in
//! the form only, never in a link; the language switch posts them too (its buttons name this
//! form).

use leptos::{either::Either, prelude::*};
use linkages_screening::{
    card::{card_paths, say_to_worker_ids},
    compact::{compact_screen, CompactScreen},
    flow::options,
    Answers, Fact, Fit, PathResult,
};

use super::in_both;
use crate::{
    i18n::{use_i18n, I18n},
    layout::{problem_heading, PageTitle},
    screening::{PostedFields, SCREENING_FORM_ID},
    site::Site,
    url::card_href,
};

#[component]
pub fn AdvisorScreeningPage() -> impl IntoView {
    let i18n = use_i18n();
    let site = expect_context::<Site>();
    let fields = use_context::<PostedFields>()
        .map(|p| p.0)
        .unwrap_or_default();
    let screen = compact_screen(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let heading = i18n.t("advisor-screening-title");
    let title = if screen.problems.is_empty() {
        heading.clone()
    } else {
        // Values the form never offers: said on the page, with the status of a bad form.
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::UNPROCESSABLE_ENTITY);
        }
        problem_heading(&i18n, &heading)
    };
    let english = site.english(&i18n);
    let CompactScreen {
        answers,
        questions,
        results,
        problems,
    } = screen;
    let problem = (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert">
                <h2>{i18n.t("error-title")}</h2>
                <p>{i18n.t("advisor-screening-problem")}</p>
            </div>
        }
    });
    let open = questions
        .iter()
        .filter(|fact| answers.get(**fact).is_none())
        .count();
    let question_fields = questions
        .iter()
        .map(|&fact| view! { <CompactQuestion answers=answers fact=fact/> })
        .collect_view();
    let outcome = match results {
        Some(results) => Either::Left(view! {
            <CompactResult answers=answers results=results english=english/>
        }),
        None => Either::Right(view! {
            <p class="notice" role="status">
                {i18n.t_with("advisor-screening-open", [("count", (open as i64).into())])}
            </p>
        }),
    };
    view! {
        <PageTitle text=title/>
        <div class="advisor">
            <h1>{heading}</h1>
            <p>{i18n.t("advisor-screening-intro")}</p>
            <p class="notice">{i18n.t("screening-guidance-not-decision")}</p>
            {problem}
            <form
                id=SCREENING_FORM_ID
                method="post"
                action=i18n.href("/advisor/screening")
                class="screening compact-screening"
                novalidate
            >
                {question_fields}
                <div class="actions">
                    <button type="submit" class="button">{i18n.t("advisor-screening-update")}</button>
                    <a class="back" href=i18n.href("/advisor/screening")>{i18n.t("advisor-screening-start-over")}</a>
                </div>
            </form>
            {outcome}
            <p><a href=i18n.href("/advisor")>{i18n.t("advisor-title")}</a></p>
            <p class="privacy-note">{i18n.t("flow-stores-nothing")}</p>
        </div>
    }
}

/// One question with its answers as radios; the answer given, if any, checked.
#[component]
fn CompactQuestion(answers: Answers, fact: Fact) -> impl IntoView {
    let i18n = use_i18n();
    let current = answers.get(fact);
    let radios = options(fact)
        .iter()
        .map(|&answer| {
            let id = format!("{}-{}", fact.as_str(), answer.as_str());
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=id.clone()
                        name=fact.as_str()
                        value=answer.as_str()
                        checked=current == Some(answer)
                    />
                    <label for=id>{i18n.t(answer.label_id())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question compact-question">
            <legend>{i18n.t(fact.question_id())}</legend>
            <div class="radios-inline">{radios}</div>
        </fieldset>
    }
}

/// The paths that may fit (and those to ask about), each with what to say to the caller in
/// their language and in English, and a card for them.
#[component]
fn CompactResult(answers: Answers, results: Vec<PathResult>, english: I18n) -> impl IntoView {
    let i18n = use_i18n();
    let fitting: Vec<PathResult> = results.into_iter().filter(|r| r.fit != Fit::No).collect();
    let paths = card_paths(&answers);
    let card = (!paths.is_empty()).then(|| {
        view! { <p><a href=card_href(&i18n, &paths, &[], false)>{i18n.t("card-link")}</a></p> }
    });
    let body = if fitting.is_empty() {
        Either::Left(view! { <p>{i18n.t("advisor-screening-none")}</p> })
    } else {
        let items = fitting
            .into_iter()
            .map(|result| {
                let id = result.id;
                let script = in_both(&i18n, &english, move |t| say_lines(t, id));
                view! {
                    <li class="compact-path">
                        <h3>{i18n.t(id.title_id())}</h3>
                        <p class=if result.fit == Fit::MayFit { "fit fit-may" } else { "fit fit-ask" }>
                            {i18n.t(result.fit.label_id())}
                        </p>
                        <p class="caption">{i18n.t("advisor-screening-say")}</p>
                        {script}
                    </li>
                }
            })
            .collect_view();
        Either::Right(view! { <ol class="compact-paths">{items}</ol> })
    };
    view! {
        <section class="compact-result" aria-labelledby="compact-result-title">
            <h2 id="compact-result-title">{i18n.t("advisor-screening-result")}</h2>
            {body}
            {card}
        </section>
    }
}

/// What to say for a path: its one-line summary and the words for the worker.
fn say_lines(t: &I18n, path: linkages_screening::Path) -> impl IntoView {
    let mut lines = vec![t.t(path.summary_id())];
    lines.extend(say_to_worker_ids(path).iter().map(|id| t.t(id)));
    lines
        .into_iter()
        .map(|line| view! { <p>{line}</p> })
        .collect_view()
}
