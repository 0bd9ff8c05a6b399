//! The Fluent message ids of the screening, all starting with `screening-`. The texts are
//! in `locales/<lang>/screening.ftl`.
//!
//! Id patterns:
//!
//! | What | Id |
//! |---|---|
//! | question heading / hint | `screening-q-<fact>` / `screening-q-<fact>-hint` |
//! | answer option label (/ hint) | `screening-answer-<value>` (/ `-hint`) |
//! | fit label | `screening-fit-<fit>` |
//! | path title / summary | `screening-path-<path>` / `screening-path-<path>-summary` |
//! | reason "You said …" | `screening-reason-<fact>-<value>` |
//! | what would change (for `ask`) | `screening-change-<fact>` |
//! | next step | `screening-step-…` |
//! | service name | `screening-service-<service>` |
//! | time limit (`$months`, `$max_months`) | `screening-time-limit`, `screening-time-limit-extendable` |
//! | result page headings | the constants below |
//!
//! Wire names use `_`, ids use `-`: `calworks_now` → `screening-q-calworks-now`.

use crate::facts::{Answer, Fact};
use crate::rules::{Fit, Path, Service, TimeLimit, RULES};

/// "Because you said:" heading above the reasons.
pub const HEADING_BECAUSE: &str = "screening-heading-because";
/// "What to do next" heading above the next steps.
pub const HEADING_NEXT_STEPS: &str = "screening-heading-next-steps";
/// "Services you may get" heading above the services.
pub const HEADING_SERVICES: &str = "screening-heading-services";
/// "What could change this" heading above the hints of an `ask` result.
pub const HEADING_WHAT_WOULD_CHANGE: &str = "screening-heading-what-would-change";
/// "This is not a decision. Your worker decides." shown with the results.
pub const GUIDANCE_NOT_DECISION: &str = "screening-guidance-not-decision";

/// Every id the screening can use, each once, in a stable order.
pub fn all_message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut add = |id: &str| {
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    };
    for id in [
        HEADING_BECAUSE,
        HEADING_NEXT_STEPS,
        HEADING_SERVICES,
        HEADING_WHAT_WOULD_CHANGE,
        GUIDANCE_NOT_DECISION,
    ] {
        add(id);
    }
    for fact in Fact::ALL {
        add(fact.question_id());
        add(fact.hint_id());
        for &answer in fact.options() {
            add(answer.label_id());
            if let Some(hint) = answer.hint_id() {
                add(hint);
            }
            add(&fact.reason_id(answer));
        }
        add(fact.change_id());
    }
    for answer in Answer::ALL {
        add(answer.label_id());
    }
    for fit in Fit::ALL {
        add(fit.label_id());
    }
    for path in Path::ALL {
        add(path.title_id());
        add(path.summary_id());
    }
    for rule in &RULES {
        for fit in Fit::ALL {
            for step in rule.steps.for_fit(fit) {
                add(step);
            }
        }
    }
    for service in Service::ALL {
        add(service.label_id());
    }
    for extendable in [None, Some(12)] {
        add(TimeLimit {
            months: 6,
            extendable_to_months: extendable,
        }
        .message_id());
    }
    ids
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    use fluent_syntax::ast;
    use unic_langid::{langid, LanguageIdentifier};

    use super::*;
    use crate::evaluate;
    use crate::Answers;

    const EN: &str = include_str!("../../../locales/en/screening.ftl");
    const ES: &str = include_str!("../../../locales/es/screening.ftl");
    /// The program and role names the messages reference (`{ -dcfs }`, `{ -social-worker }`).
    const EN_TERMS: &str = include_str!("../../../locales/en/terms.ftl");
    const ES_TERMS: &str = include_str!("../../../locales/es/terms.ftl");

    /// The message ids in a file; fails on any syntax error.
    fn ids_in(name: &str, source: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{name}: syntax errors {errors:?}"));
        let mut ids = BTreeSet::new();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    assert!(
                        message.value.is_some(),
                        "{name}: {} has no value",
                        message.id.name
                    );
                    assert!(
                        ids.insert(message.id.name.to_owned()),
                        "{name}: {} twice",
                        message.id.name
                    );
                }
                ast::Entry::Junk { content } => panic!("{name}: junk {content}"),
                _ => {}
            }
        }
        ids
    }

    /// The screening's bundle for one language: its terms and its screening messages, as the
    /// app loads them (every file of the locale in one bundle).
    fn bundle(
        lang: &LanguageIdentifier,
        terms: &str,
        screening: &str,
    ) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        for source in [terms, screening] {
            bundle
                .add_resource(FluentResource::try_new(source.to_owned()).unwrap())
                .unwrap();
        }
        bundle
    }

    /// Every screening message as a parent reads it (terms resolved), with the documented
    /// variables; fails on any formatting error.
    fn formatted(
        lang: &LanguageIdentifier,
        bundle: &FluentBundle<FluentResource>,
    ) -> Vec<(String, String)> {
        all_message_ids()
            .into_iter()
            .map(|id| {
                let message = bundle
                    .get_message(&id)
                    .unwrap_or_else(|| panic!("{lang} {id} is missing"));
                let pattern = message.value().unwrap();
                let mut args = FluentArgs::new();
                args.set("months", 6);
                args.set("max_months", 12);
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
                assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
                (id, text)
            })
            .collect()
    }

    #[test]
    fn both_locales_have_exactly_the_ids_the_code_uses() {
        let used: BTreeSet<String> = all_message_ids().into_iter().collect();
        assert!(used.iter().all(|id| id.starts_with("screening-")));
        for (name, source) in [("en", EN), ("es", ES)] {
            let defined = ids_in(name, source);
            let missing: Vec<_> = used.difference(&defined).collect();
            let unused: Vec<_> = defined.difference(&used).collect();
            assert!(missing.is_empty(), "{name} is missing {missing:?}");
            assert!(unused.is_empty(), "{name} has unused {unused:?}");
        }
        // terms.ftl holds terms only: no message there to be counted or missed.
        for (name, source) in [("en terms", EN_TERMS), ("es terms", ES_TERMS)] {
            assert!(ids_in(name, source).is_empty(), "{name} defines messages");
        }
    }

    #[test]
    fn every_id_in_any_result_is_listed() {
        let used: BTreeSet<String> = all_message_ids().into_iter().collect();
        // Every fit of every path, on answers built to reach it.
        let mut seen = BTreeSet::new();
        let mut all = vec![Answers::new()];
        for fact in Fact::ALL {
            all = all
                .into_iter()
                .flat_map(|given| fact.options().iter().map(move |&a| given.with(fact, a)))
                .collect();
        }
        for given in &all {
            for result in evaluate(given) {
                seen.insert((result.id, result.fit));
                for id in result
                    .because
                    .iter()
                    .map(|r| &r.id)
                    .chain(result.next_steps.iter())
                    .chain(result.what_would_change.iter().map(|h| &h.id))
                {
                    assert!(used.contains(id), "{id}");
                }
            }
        }
        assert_eq!(seen.len(), Path::ALL.len() * Fit::ALL.len(), "{seen:?}");
    }

    /// Every message formats without error in both languages, with the documented
    /// variables and the locale's terms, and plural forms are chosen for the numbers we use.
    #[test]
    fn every_message_formats() {
        for (lang, terms, source, months_word) in [
            (langid!("en"), EN_TERMS, EN, ("month", "months")),
            (langid!("es"), ES_TERMS, ES, ("mes", "meses")),
        ] {
            let bundle = bundle(&lang, terms, source);
            for (id, text) in formatted(&lang, &bundle) {
                assert!(!text.trim().is_empty(), "{lang} {id} is empty");
                assert!(!text.contains('{'), "{lang} {id}: {text}");
            }
            for (months, word) in [(1, months_word.0), (6, months_word.1)] {
                let pattern = bundle
                    .get_message("screening-time-limit")
                    .unwrap()
                    .value()
                    .unwrap();
                let mut args = FluentArgs::new();
                args.set("months", months);
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(
                    text.contains(&format!("{months} {word}")),
                    "{lang} {months}: {text}"
                );
            }
        }
    }

    /// Texts for parents: no blaming words, official names kept as they are. The names now
    /// come from `terms.ftl` (the screening file only names them in comments), so the names
    /// are looked for in the messages as a parent reads them, terms resolved; the blaming
    /// words and the misspelling also in both files as written (every variant, comments too).
    #[test]
    fn wording_rules() {
        for (lang, terms, source) in [(langid!("en"), EN_TERMS, EN), (langid!("es"), ES_TERMS, ES)]
        {
            let texts = formatted(&lang, &bundle(&lang, terms, source));
            let files = [("screening.ftl", source), ("terms.ftl", terms)];
            for word in [
                "abuse",
                "abuso",
                "maltrato",
                "neglect",
                "negligencia",
                "perpetrator",
            ] {
                for (file, text) in files {
                    assert!(
                        !text.to_lowercase().contains(word),
                        "{lang} {file} uses `{word}`"
                    );
                }
                for (id, text) in &texts {
                    assert!(
                        !text.to_lowercase().contains(word),
                        "{lang} {id} uses `{word}`: {text}"
                    );
                }
            }
            for (file, text) in files {
                assert!(
                    !text.contains("Calworks"),
                    "{lang} {file} misspells CalWORKs"
                );
            }
            for official in [
                "DCFS",
                "DPSS",
                "CalWORKs",
                "GAIN",
                "General Relief",
                "BenefitsCal",
            ] {
                assert!(
                    texts.iter().any(|(_, text)| text.contains(official)),
                    "no {lang} screening message shows `{official}`"
                );
            }
        }
    }
}
