#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The glossary (`locales/glossary.toml`) against the Fluent files, the three checks its header
//! describes:
//! 1. every `locales/<tag>/terms.ftl` defines each concept's term (and said term) with exactly the
//!    glossary's text: a plain value, or one select whose variants equal `forms`, default first;
//! 2. no message of any other file of the locale spells out, as literal text, a concept's English
//!    name, a forbidden string, or that locale's rendering, said form or any variant;
//! 3. every term reference in a message names a term of `terms.ftl`, and an argument picks a
//!    selector and variant the glossary lists (Fluent silently falls back to the default).
//!
//! Failures name the locale, the file, the message id and the string, one line each.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{ast, parser, unicode::unescape_unicode_to_string};
use linkages_app::i18n::Locale;
use linkages_tests::repo_root;
use serde::Deserialize;
use toml::Spanned;

const TERMS_FILE: &str = "terms.ftl";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    schema: u32,
    locales: Vec<String>,
    concept: BTreeMap<String, Concept>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // `note` is for translators; read so the shape stays strict
struct Concept {
    term: String,
    said_term: Option<String>,
    english: String,
    #[serde(default)]
    forbidden: Vec<String>,
    note: String,
    locale: BTreeMap<String, Entry>,
}

/// Variant key -> text; the span gives the order in the file (the first key is the default).
type Forms = BTreeMap<String, Spanned<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // `english_kept`, `basis`, `confirm` are for people; read so the shape stays strict
struct Entry {
    rendering: String,
    selector: Option<String>,
    forms: Option<Forms>,
    said: Option<String>,
    said_selector: Option<String>,
    said_forms: Option<Forms>,
    english_kept: bool,
    basis: String,
    confirm: bool,
}

/// What a term of one locale must be, according to the glossary.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    Plain(String),
    /// Select on `$selector`; variants in order, the first is the default.
    Select {
        selector: String,
        forms: Vec<(String, String)>,
    },
    /// Anything else found in a file (described for the failure message).
    Other(String),
}

impl Shape {
    fn describe(&self) -> String {
        match self {
            Shape::Plain(text) => format!("{text:?}"),
            Shape::Select { selector, forms } => {
                let variants: Vec<String> = forms
                    .iter()
                    .enumerate()
                    .map(|(i, (key, text))| {
                        format!("{}[{key}] {text:?}", if i == 0 { "*" } else { "" })
                    })
                    .collect();
                format!("{{ ${selector} -> {} }}", variants.join(" "))
            }
            Shape::Other(what) => what.clone(),
        }
    }

    fn texts(&self) -> Vec<&str> {
        match self {
            Shape::Plain(text) => vec![text.as_str()],
            Shape::Select { forms, .. } => forms.iter().map(|(_, text)| text.as_str()).collect(),
            Shape::Other(_) => Vec::new(),
        }
    }

    /// The selector and variant keys a reference may pass, if the term has variants.
    fn choices(&self) -> Option<(&str, Vec<&str>)> {
        match self {
            Shape::Select { selector, forms } => Some((
                selector.as_str(),
                forms.iter().map(|(key, _)| key.as_str()).collect(),
            )),
            _ => None,
        }
    }
}

fn in_file_order(forms: &Forms) -> Vec<(String, String)> {
    let mut ordered: Vec<_> = forms
        .iter()
        .map(|(key, text)| (text.span().start, key.clone(), text.get_ref().clone()))
        .collect();
    ordered.sort();
    ordered
        .into_iter()
        .map(|(_, key, text)| (key, text))
        .collect()
}

/// The glossary's shape of one term: `value` (the default text), `selector`, `forms`.
fn expected(
    what: &str,
    value: &str,
    selector: Option<&String>,
    forms: Option<&Forms>,
) -> Result<Shape, String> {
    match (selector, forms) {
        (None, None) => Ok(Shape::Plain(value.to_owned())),
        (Some(selector), Some(forms)) => {
            let forms = in_file_order(forms);
            match forms.first() {
                None => Err(format!("{what}: forms are empty")),
                Some((key, text)) if text != value => Err(format!(
                    "{what}: the first (default) form [{key}] {text:?} is not {value:?}"
                )),
                Some(_) => Ok(Shape::Select {
                    selector: selector.clone(),
                    forms,
                }),
            }
        }
        _ => Err(format!(
            "{what}: a selector needs forms, and forms a selector"
        )),
    }
}

fn load_glossary() -> Glossary {
    let path = repo_root().join("locales/glossary.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let glossary: Glossary =
        toml::from_str(&text).unwrap_or_else(|e| panic!("locales/glossary.toml: {e}"));
    assert_eq!(glossary.schema, 1, "locales/glossary.toml: schema");
    glossary
}

/// For each locale, term id -> expected shape and the concept it belongs to; panics with
/// every inconsistency in the glossary itself.
fn expected_terms(glossary: &Glossary) -> BTreeMap<String, BTreeMap<String, (String, Shape)>> {
    let mut problems = Vec::new();
    let mut by_locale: BTreeMap<String, BTreeMap<String, (String, Shape)>> = glossary
        .locales
        .iter()
        .map(|tag| (tag.clone(), BTreeMap::new()))
        .collect();
    let listed: BTreeSet<&String> = glossary.locales.iter().collect();
    for (id, concept) in &glossary.concept {
        if concept.term != format!("-{id}") {
            problems.push(format!(
                "concept.{id}: term is {:?}, not \"-{id}\"",
                concept.term
            ));
        }
        if let Some(said) = &concept.said_term {
            if *said != format!("-{id}-said") {
                problems.push(format!(
                    "concept.{id}: said_term is {said:?}, not \"-{id}-said\""
                ));
            }
        }
        let have: BTreeSet<&String> = concept.locale.keys().collect();
        for tag in listed.difference(&have) {
            problems.push(format!("concept.{id}: no entry for locale {tag}"));
        }
        for tag in have.difference(&listed) {
            problems.push(format!(
                "concept.{id}: entry for {tag}, which is not in `locales`"
            ));
        }
        for (tag, entry) in &concept.locale {
            let what = format!("concept.{id}.locale.{tag}");
            let Some(terms) = by_locale.get_mut(tag) else {
                continue;
            };
            match expected(
                &what,
                &entry.rendering,
                entry.selector.as_ref(),
                entry.forms.as_ref(),
            ) {
                Ok(shape) => {
                    terms.insert(concept.term.clone(), (id.clone(), shape));
                }
                Err(problem) => problems.push(problem),
            }
            match (&concept.said_term, &entry.said) {
                (Some(said_term), Some(said)) => match expected(
                    &format!("{what} (said)"),
                    said,
                    entry.said_selector.as_ref(),
                    entry.said_forms.as_ref(),
                ) {
                    Ok(shape) => {
                        terms.insert(said_term.clone(), (id.clone(), shape));
                    }
                    Err(problem) => problems.push(problem),
                },
                (Some(_), None) => {
                    problems.push(format!("{what}: no `said` (the concept has a said_term)"))
                }
                (None, _) => {
                    if entry.said.is_some()
                        || entry.said_selector.is_some()
                        || entry.said_forms.is_some()
                    {
                        problems.push(format!(
                            "{what}: said form, but the concept has no said_term"
                        ));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "locales/glossary.toml is inconsistent:\n{}",
        problems.join("\n")
    );
    by_locale
}

/// The `.ftl` files of a locale folder, by name, with their text.
fn ftl_files(tag: &str) -> BTreeMap<String, String> {
    let dir = repo_root().join("locales").join(tag);
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("locales/{tag}: {e}")) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    assert!(
        files.contains_key(TERMS_FILE),
        "locales/{tag} has no {TERMS_FILE}"
    );
    files
}

fn parse<'s>(source: &'s str, path: &str) -> ast::Resource<&'s str> {
    let resource = parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("locales/{path}: Fluent syntax errors: {errors:?}");
    });
    for entry in &resource.body {
        if let ast::Entry::Junk { content } = entry {
            panic!("locales/{path}: unparsed text: {content}");
        }
    }
    resource
}

/// The patterns of a message with their ids (`id`, `id.attribute`).
fn message_patterns<'a, 's>(
    message: &'a ast::Message<&'s str>,
) -> Vec<(String, &'a ast::Pattern<&'s str>)> {
    let id = message.id.name;
    let mut patterns: Vec<_> = message
        .value
        .iter()
        .map(|value| (id.to_owned(), value))
        .collect();
    for attribute in &message.attributes {
        patterns.push((format!("{id}.{}", attribute.id.name), &attribute.value));
    }
    patterns
}

fn plain_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
}

/// What a term of `terms.ftl` is: plain text, or one select on a variable with plain variants.
fn actual(term: &ast::Term<&str>) -> Shape {
    if let Some(text) = plain_text(&term.value) {
        return Shape::Plain(text);
    }
    if let [ast::PatternElement::Placeable {
        expression:
            ast::Expression::Select {
                selector: ast::InlineExpression::VariableReference { id },
                variants,
            },
    }] = term.value.elements.as_slice()
    {
        let mut forms = Vec::new();
        let mut describe = Vec::new();
        let mut plain = true;
        for variant in variants {
            let key = match &variant.key {
                ast::VariantKey::Identifier { name } => (*name).to_owned(),
                ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
            };
            let text = plain_text(&variant.value);
            plain &= text.is_some();
            let star = if variant.default { "*" } else { "" };
            describe.push(match &text {
                Some(text) => format!("{star}[{key}] {text:?}"),
                None => format!("{star}[{key}] (not plain text)"),
            });
            forms.push((key, text.unwrap_or_default()));
        }
        let default_first = variants.first().is_some_and(|v| v.default);
        if plain && default_first {
            return Shape::Select {
                selector: id.name.to_owned(),
                forms,
            };
        }
        return Shape::Other(format!("{{ ${} -> {} }}", id.name, describe.join(" ")));
    }
    Shape::Other("a value that is neither plain text nor one select on a variable".to_owned())
}

/// Where two shapes of a term differ, in a few words.
fn difference(have: &Shape, want: &Shape) -> String {
    match (have, want) {
        (
            Shape::Select {
                selector: have_selector,
                forms: have_forms,
            },
            Shape::Select {
                selector: want_selector,
                forms: want_forms,
            },
        ) => {
            if have_selector != want_selector {
                return format!("selects on ${have_selector}, not ${want_selector}");
            }
            let have_keys: Vec<&String> = have_forms.iter().map(|(key, _)| key).collect();
            let want_keys: Vec<&String> = want_forms.iter().map(|(key, _)| key).collect();
            if have_keys != want_keys {
                return format!("variants {have_keys:?}, glossary {want_keys:?}, default first");
            }
            let texts: Vec<String> = have_forms
                .iter()
                .zip(want_forms)
                .filter(|((_, have), (_, want))| have != want)
                .map(|((key, have), (_, want))| format!("[{key}] {have:?} should be {want:?}"))
                .collect();
            texts.join(", ")
        }
        (Shape::Plain(have), Shape::Plain(want)) => format!("{have:?} should be {want:?}"),
        (Shape::Plain(_), Shape::Select { selector, .. }) => {
            format!("plain text, but the glossary has variants on ${selector}")
        }
        (Shape::Select { .. }, Shape::Plain(_)) => {
            "variants, but the glossary has plain text".to_owned()
        }
        _ => "must be plain text, or one select on a variable with plain-text variants, default (*) first"
            .to_owned(),
    }
}

#[test]
fn glossary_lists_every_locale_folder_and_no_other() {
    let glossary = load_glossary();
    let listed: BTreeSet<String> = glossary.locales.iter().cloned().collect();
    assert_eq!(
        listed.len(),
        glossary.locales.len(),
        "locales/glossary.toml lists a locale twice: {:?}",
        glossary.locales
    );
    let mut folders = BTreeSet::new();
    for entry in std::fs::read_dir(repo_root().join("locales")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            folders.insert(entry.file_name().to_string_lossy().into_owned());
        }
    }
    let unlisted: Vec<_> = folders.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&folders).collect();
    assert!(
        unlisted.is_empty(),
        "locale folders not in locales/glossary.toml `locales`: {unlisted:?}"
    );
    assert!(
        missing.is_empty(),
        "locales/glossary.toml lists locales with no folder: {missing:?}"
    );
    let app: BTreeSet<String> = Locale::ALL.iter().map(|l| l.tag().to_owned()).collect();
    assert_eq!(listed, app, "glossary locales vs the app's Locale::ALL");
    // And the glossary itself is consistent (panics with every problem).
    let terms = expected_terms(&glossary);
    assert_eq!(terms.len(), app.len());
}

/// Check 1: `terms.ftl` defines every concept's term and said term, equal to the glossary.
#[test]
fn every_terms_ftl_equals_the_glossary() {
    let glossary = load_glossary();
    let mut problems = Vec::new();
    for (tag, want) in expected_terms(&glossary) {
        let files = ftl_files(&tag);
        let path = format!("{tag}/{TERMS_FILE}");
        let resource = parse(&files[TERMS_FILE], &path);
        let mut seen = BTreeSet::new();
        for entry in &resource.body {
            match entry {
                ast::Entry::Term(term) => {
                    let id = format!("-{}", term.id.name);
                    if !seen.insert(id.clone()) {
                        problems.push(format!("locales/{path}: {id} is defined twice"));
                    }
                    let Some((concept, shape)) = want.get(&id) else {
                        problems.push(format!(
                            "locales/{path}: {id} is not a term of locales/glossary.toml"
                        ));
                        continue;
                    };
                    let have = actual(term);
                    if have != *shape {
                        problems.push(format!(
                            "locales/{path}: {id} differs from concept.{concept}.locale.{tag} in locales/glossary.toml ({}):\n    terms.ftl: {}\n    glossary:  {}",
                            difference(&have, shape),
                            have.describe(),
                            shape.describe()
                        ));
                    }
                    if !term.attributes.is_empty() {
                        problems.push(format!(
                            "locales/{path}: {id} has attributes; the glossary has none"
                        ));
                    }
                }
                ast::Entry::Message(message) => problems.push(format!(
                    "locales/{path}: message {} belongs in another file; terms.ftl holds only terms",
                    message.id.name
                )),
                _ => {}
            }
        }
        for (id, (concept, _)) in &want {
            if !seen.contains(id) {
                problems.push(format!(
                    "locales/{path}: {id} is missing (concept.{concept} in locales/glossary.toml)"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The runs of literal text a pattern shows: text elements (in select variants too) and string
/// literals placed as text, split at every other placeable.
fn literal_runs(pattern: &ast::Pattern<&str>, runs: &mut Vec<String>) {
    let mut run = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => run.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    run.push_str(&unescape_unicode_to_string(value));
                }
                other => {
                    runs.push(std::mem::take(&mut run));
                    expression_runs(other, runs);
                }
            },
        }
    }
    runs.push(run);
}

fn expression_runs(expression: &ast::Expression<&str>, runs: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                literal_runs(&variant.value, runs);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_runs(expression, runs);
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            runs.push(unescape_unicode_to_string(value).into_owned());
        }
        ast::Expression::Inline(_) => {}
    }
}

fn is_ascii_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic())
}

fn is_ascii_alnum(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// `needle` in `text`, ignoring case. An edge of `needle` that is an ASCII letter must meet a
/// character that is not an ASCII letter or digit (or the end), so "GAIN" is not in "again";
/// other edges match anywhere (CJK, Thai, Khmer have no spaces).
fn spells_out(text: &str, needle: &str) -> bool {
    let text = text.to_lowercase();
    let needle = needle.to_lowercase();
    if needle.is_empty() {
        return false;
    }
    let check_before = is_ascii_letter(needle.chars().next());
    let check_after = is_ascii_letter(needle.chars().next_back());
    text.char_indices().any(|(at, _)| {
        text[at..].starts_with(&needle)
            && !(check_before && is_ascii_alnum(text[..at].chars().next_back()))
            && !(check_after && is_ascii_alnum(text[at + needle.len()..].chars().next()))
    })
}

#[test]
fn spelling_out_follows_the_word_boundary_rule() {
    assert!(spells_out("Ask your GAIN worker", "gain worker"));
    assert!(spells_out("GAIN's rules", "GAIN"));
    assert!(spells_out("(GAIN)", "GAIN"));
    assert!(spells_out("calfresh (comida)", "CalFresh"));
    assert!(!spells_out("Try again later", "GAIN"));
    assert!(!spells_out("GAIN2", "GAIN"));
    assert!(!spells_out("sanctions", "sanction"));
    assert!(
        spells_out("санкцию", "санкци"),
        "no boundary at a non-ASCII edge"
    );
    assert!(spells_out("您的制裁（sanction）情况", "制裁（sanction）"));
    assert!(spells_out("DCFS 5122号表格", "5122"));
    assert!(!spells_out("", "DCFS"));
}

/// Check 2: no message outside `terms.ftl` types a concept's name.
#[test]
fn no_message_spells_out_a_concept() {
    let glossary = load_glossary();
    let terms = expected_terms(&glossary);
    let mut problems = Vec::new();
    for tag in &glossary.locales {
        // Lower-cased string -> (as written in the glossary, what it is, the term to use).
        let mut needles: BTreeMap<String, (String, String, String)> = BTreeMap::new();
        let mut add = |needle: &str, what: String, term: &str| {
            needles
                .entry(needle.to_lowercase())
                .or_insert_with(|| (needle.to_owned(), what, term.to_owned()));
        };
        for (id, concept) in &glossary.concept {
            add(
                &concept.english,
                format!("English name of {id}"),
                &concept.term,
            );
            for forbidden in &concept.forbidden {
                add(forbidden, format!("forbidden for {id}"), &concept.term);
            }
        }
        for (term, (id, shape)) in &terms[tag] {
            for text in shape.texts() {
                add(text, format!("{tag} rendering of {id}"), term);
            }
        }
        for (name, source) in ftl_files(tag) {
            if name == TERMS_FILE {
                continue;
            }
            let path = format!("{tag}/{name}");
            let resource = parse(&source, &path);
            for entry in &resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                for (id, pattern) in message_patterns(message) {
                    let mut runs = Vec::new();
                    literal_runs(pattern, &mut runs);
                    for (needle, (written, what, term)) in &needles {
                        if let Some(run) = runs.iter().find(|run| spells_out(run, needle)) {
                            problems.push(format!(
                                "locales/{path}: {id} spells out {written:?} ({what}) in {:?}; write {{ {term} }} instead",
                                run.trim()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every term reference in a pattern, nested ones (in arguments and variants) included.
fn term_references<'a, 's>(
    pattern: &'a ast::Pattern<&'s str>,
    found: &mut Vec<&'a ast::InlineExpression<&'s str>>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_references(expression, found);
        }
    }
}

fn expression_references<'a, 's>(
    expression: &'a ast::Expression<&'s str>,
    found: &mut Vec<&'a ast::InlineExpression<&'s str>>,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_references(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_references(selector, found);
            for variant in variants {
                term_references(&variant.value, found);
            }
        }
    }
}

fn inline_references<'a, 's>(
    inline: &'a ast::InlineExpression<&'s str>,
    found: &mut Vec<&'a ast::InlineExpression<&'s str>>,
) {
    match inline {
        ast::InlineExpression::TermReference { arguments, .. } => {
            found.push(inline);
            if let Some(arguments) = arguments {
                arguments_references(arguments, found);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments_references(arguments, found);
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_references(expression, found);
        }
        _ => {}
    }
}

fn arguments_references<'a, 's>(
    arguments: &'a ast::CallArguments<&'s str>,
    found: &mut Vec<&'a ast::InlineExpression<&'s str>>,
) {
    for argument in &arguments.positional {
        inline_references(argument, found);
    }
    for argument in &arguments.named {
        inline_references(&argument.value, found);
    }
}

/// Check 3: term references name terms of `terms.ftl`, with arguments the glossary lists.
#[test]
fn term_references_name_defined_terms_and_listed_variants() {
    let glossary = load_glossary();
    let terms = expected_terms(&glossary);
    let mut problems = Vec::new();
    let mut references = 0;
    for tag in &glossary.locales {
        let files = ftl_files(tag);
        let defined: BTreeSet<String> = parse(&files[TERMS_FILE], &format!("{tag}/{TERMS_FILE}"))
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Term(term) => Some(format!("-{}", term.id.name)),
                _ => None,
            })
            .collect();
        for (name, source) in &files {
            if name == TERMS_FILE {
                continue;
            }
            let path = format!("{tag}/{name}");
            for entry in &parse(source, &path).body {
                let message = match entry {
                    ast::Entry::Message(message) => message,
                    ast::Entry::Term(term) => {
                        problems.push(format!(
                            "locales/{path}: defines term -{}; terms live in {TERMS_FILE} and the glossary",
                            term.id.name
                        ));
                        continue;
                    }
                    _ => continue,
                };
                for (id, pattern) in message_patterns(message) {
                    let mut found = Vec::new();
                    term_references(pattern, &mut found);
                    for reference in found {
                        let ast::InlineExpression::TermReference {
                            id: term,
                            attribute,
                            arguments,
                        } = reference
                        else {
                            continue;
                        };
                        references += 1;
                        let term = format!("-{}", term.name);
                        let at = format!("locales/{path}: {id}: {{ {term} }}");
                        if !defined.contains(&term) {
                            problems.push(format!("{at} is not defined in {tag}/{TERMS_FILE}"));
                            continue;
                        }
                        let Some((_, shape)) = terms[tag].get(&term) else {
                            problems.push(format!("{at} is not a term of locales/glossary.toml"));
                            continue;
                        };
                        if let Some(attribute) = attribute {
                            problems.push(format!(
                                "{at} reads attribute .{}, which the glossary does not define",
                                attribute.name
                            ));
                        }
                        let Some(arguments) = arguments else {
                            continue;
                        };
                        if !arguments.positional.is_empty() {
                            problems.push(format!(
                                "{at} has positional arguments; terms take only named ones"
                            ));
                        }
                        for argument in &arguments.named {
                            let name = argument.name.name;
                            let value = match &argument.value {
                                ast::InlineExpression::StringLiteral { value } => {
                                    (*value).to_owned()
                                }
                                other => format!("{other:?}"),
                            };
                            match shape.choices() {
                                None => problems.push(format!(
                                    "{at} is called with {name}: {value:?}, but has no variants in {tag}"
                                )),
                                Some((selector, _)) if selector != name => problems.push(format!(
                                    "{at} is called with {name}: {value:?}, but selects on ${selector} in {tag}"
                                )),
                                Some((_, keys)) if !keys.contains(&value.as_str()) => {
                                    problems.push(format!(
                                        "{at} is called with {name}: {value:?}, not one of the glossary's variants {keys:?}"
                                    ));
                                }
                                Some(_) => {}
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(references > 0, "no message uses a term");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
