#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Every locale has every message of English, no more, with the same variables; every file
//! parses; and no page shows English that did not come from a message (pseudo-locale).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{ast, parser};
use linkages_app::i18n::{embedded, Locale};
use linkages_tests::repo_root;

type Shape = BTreeMap<String, BTreeSet<String>>;

/// Message (and `message.attribute`) ids with the variables each one uses.
fn shape(source: &str, file: &str) -> Shape {
    let resource = parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("{file}: Fluent syntax errors: {errors:?}");
    });
    let mut shape = Shape::new();
    for entry in resource.body {
        if let ast::Entry::Junk { content } = entry {
            panic!("{file}: unparsed text: {content}");
        }
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        let mut vars = BTreeSet::new();
        if let Some(value) = &message.value {
            pattern_vars(value, &mut vars);
        }
        assert!(
            shape.insert(id.clone(), vars).is_none(),
            "{file}: {id} twice"
        );
        for attribute in &message.attributes {
            let mut vars = BTreeSet::new();
            pattern_vars(&attribute.value, &mut vars);
            shape.insert(format!("{id}.{}", attribute.id.name), vars);
        }
    }
    shape
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn files_of(locale: Locale) -> BTreeMap<String, String> {
    embedded::files(locale)
        .into_iter()
        .map(|(name, text)| (name.to_owned(), text.to_owned()))
        .collect()
}

#[test]
fn every_locale_has_exactly_the_english_messages_and_variables() {
    let english = files_of(Locale::En);
    assert!(english.len() >= 3, "{:?}", english.keys());
    let mut problems = Vec::new();
    for &locale in Locale::SHIPPED {
        let files = files_of(locale);
        assert_eq!(
            files.keys().collect::<Vec<_>>(),
            english.keys().collect::<Vec<_>>(),
            "locales/{} has the same files as English",
            locale.tag()
        );
        for (name, source) in &english {
            let want = shape(source, &format!("en/{name}"));
            let path = format!("{}/{name}", locale.tag());
            let have = shape(&files[name], &path);
            for (id, vars) in &want {
                match have.get(id) {
                    None => problems.push(format!("{path}: missing {id}")),
                    Some(v) if v != vars => {
                        problems.push(format!("{path}: {id} uses {v:?}, English {vars:?}"));
                    }
                    Some(_) => {}
                }
            }
            for id in have.keys().filter(|id| !want.contains_key(*id)) {
                problems.push(format!("{path}: {id} is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_folder_is_a_threshold_language_and_says_if_it_was_reviewed() {
    let dir = repo_root().join("locales");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let entry = entry.unwrap();
        // Files beside the folders (README.md, glossary.toml) are about all locales.
        if !entry.file_type().unwrap().is_dir() {
            continue;
        }
        let tag = entry.file_name().to_string_lossy().into_owned();
        let locale = Locale::ALL
            .iter()
            .find(|l| l.tag() == tag)
            .unwrap_or_else(|| panic!("locales/{tag} is not a threshold language"));
        if *locale != Locale::En {
            for (name, text) in files_of(*locale) {
                assert!(
                    text.contains(linkages_app::i18n::catalog::REVIEW_MARKER),
                    "locales/{tag}/{name} does not say whether it was reviewed"
                );
            }
        }
    }
}
