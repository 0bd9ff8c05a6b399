//! Screening answers from the wire: form fields (`Answers::from_pairs`, and `step::submit`
//! for the one-question-per-page form) and the JSON body of `POST /api/v1/screening`
//! (`ScreeningRequest`, `screen`).
//!
//! Accepted answers are exactly the pairs sent, each allowed by its fact, and survive the
//! round trip through hidden fields and JSON; refused ones list one clipped error per bad
//! pair. `submit` always gives a screen whose answers are allowed values that were sent, on a
//! page the flow can reach. A response has one result per path, best fit first.
#![no_main]

use std::collections::BTreeSet;

use libfuzzer_sys::fuzz_target;
use linkages_screening::{
    flow::{is_complete, relevant_answers},
    rules::{Fit, Path},
    screen,
    step::{question_number, submit, Page},
    Answer, AnswerError, Answers, Fact, ScreeningRequest, ScreeningResponse,
};

/// The fields of a form body, decoded as the server decodes `application/x-www-form-urlencoded`.
fn form_fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn allowed(name: &str, value: &str) -> Option<(Fact, Answer)> {
    let (fact, answer) = (Fact::parse(name)?, Answer::parse(value)?);
    fact.allows(answer).then_some((fact, answer))
}

fn check_answers_valid(answers: &Answers) {
    for (fact, answer) in answers.iter() {
        assert!(fact.allows(answer), "{fact} = {answer} kept");
    }
    // Hidden fields and JSON both give the same answers back.
    assert_eq!(Answers::from_pairs(answers.to_pairs()), Ok(*answers));
    let json = match serde_json::to_string(answers) {
        Ok(j) => j,
        Err(e) => panic!("answers do not serialise: {e}"),
    };
    assert_eq!(
        serde_json::from_str::<Answers>(&json).ok(),
        Some(*answers),
        "{json}"
    );
    assert_eq!(ScreeningRequest::from(answers).answers(), Ok(*answers));
}

fn check_response(answers: &Answers, response: &ScreeningResponse) {
    let ids: BTreeSet<Path> = response.paths.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), Path::ALL.len(), "not one result per path");
    assert_eq!(response.paths.len(), Path::ALL.len());
    assert!(
        response.paths.windows(2).all(|w| w[0].fit <= w[1].fit),
        "not best first"
    );
    let relevant = relevant_answers(answers);
    for p in &response.paths {
        assert!(!p.next_steps.is_empty(), "{:?} has no next step", p.id);
        if p.fit == Fit::Ask {
            assert!(
                !p.what_would_change.is_empty(),
                "{:?}: ask without a hint",
                p.id
            );
        }
        for r in &p.because {
            assert_eq!(
                r.value,
                relevant.answer(r.fact),
                "{:?} reason {}",
                p.id,
                r.id
            );
        }
    }
    for fact in &response.ignored {
        assert!(answers.get(*fact).is_some(), "{fact} ignored but not given");
        assert!(relevant.get(*fact).is_none(), "{fact} ignored but relevant");
    }
    let json = match serde_json::to_string(response) {
        Ok(j) => j,
        Err(e) => panic!("response does not serialise: {e}"),
    };
    assert_eq!(
        serde_json::from_str::<ScreeningResponse>(&json)
            .ok()
            .as_ref(),
        Some(response)
    );
}

fuzz_target!(|data: &[u8]| {
    let decoded = form_fields(data);
    let fields: Vec<(&str, &str)> = decoded
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();

    // Form fields and query strings.
    match Answers::from_pairs(fields.iter().copied()) {
        Ok(answers) => {
            check_answers_valid(&answers);
            for (name, value) in &fields {
                let pair = allowed(name, value);
                assert!(pair.is_some(), "{name}={value} accepted");
                if let Some((fact, answer)) = pair {
                    assert_eq!(answers.get(fact), Some(answer));
                }
            }
            assert!(answers.len() <= fields.len());
            check_response(&answers, &ScreeningResponse::for_answers(&answers));
        }
        Err(errors) => {
            assert!(!errors.errors.is_empty());
            assert!(errors.errors.len() <= fields.len());
            for e in &errors.errors {
                match e {
                    AnswerError::UnknownFact { name } => {
                        assert!(name.chars().count() <= 64);
                        assert!(fields.iter().any(|(n, _)| n.starts_with(name.as_str())));
                    }
                    AnswerError::BadValue { fact, value } => {
                        assert!(value.chars().count() <= 64);
                        assert!(fields.iter().any(|(n, v)| *n == fact.as_str()
                            && v.starts_with(value.as_str())
                            && allowed(n, v).is_none()));
                    }
                    AnswerError::Conflict {
                        fact,
                        first,
                        second,
                    } => {
                        assert_ne!(first, second);
                        assert!(fact.allows(*first) && fact.allows(*second));
                    }
                }
            }
            assert!(serde_json::to_string(&errors).is_ok());
        }
    }

    // The screening form: never fails, keeps only allowed values that were sent.
    let screen_now = submit(fields.iter().copied());
    assert_eq!(
        screen_now,
        submit(fields.iter().copied()),
        "submit is not deterministic"
    );
    check_answers_valid(&screen_now.answers);
    for (fact, answer) in screen_now.answers.iter() {
        let last_sent = fields
            .iter()
            .rev()
            .find_map(|(n, v)| allowed(n, v).filter(|(f, _)| *f == fact).map(|(_, a)| a));
        assert_eq!(
            last_sent,
            Some(answer),
            "{fact} = {answer} was not the value sent"
        );
    }
    match screen_now.page {
        Page::Question { fact, .. } => {
            let n = question_number(&screen_now.answers, fact);
            assert!((1..=Fact::ALL.len()).contains(&n), "question number {n}");
        }
        Page::Result => assert!(is_complete(&screen_now.answers), "result before the end"),
        Page::Check => {}
    }

    // The JSON API.
    if let Ok(request) = serde_json::from_slice::<ScreeningRequest>(data) {
        match screen(&request) {
            Ok(response) => {
                let answers = match request.answers() {
                    Ok(a) => a,
                    Err(e) => panic!("screen accepted what answers() refuses: {e}"),
                };
                assert_eq!(answers.len(), request.answers.len());
                check_answers_valid(&answers);
                check_response(&answers, &response);
            }
            Err(errors) => {
                assert!(!errors.errors.is_empty());
                assert!(errors.errors.len() <= request.answers.len());
                assert!(request.answers().is_err());
            }
        }
    }
    if let Ok(answers) = serde_json::from_slice::<Answers>(data) {
        check_answers_valid(&answers);
    }
});
