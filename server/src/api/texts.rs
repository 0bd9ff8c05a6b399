//! `lang=<BCP 47 tag>` on `POST /api/v1/screening` and `GET /api/v1/nearest`: the answer gains
//! `"texts"`, each message id of the answer mapped to its text in that language, formatted
//! as the site formats it (Fluent, CLDR numbers), so a partner system can show it without a
//! Fluent runtime. Ids stay as they are. Fluent's bidi isolation marks are left out: a
//! partner's own page decides the layout.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use linkages_app::i18n::{embedded::Catalogs, strip_bidi_marks, Locale};
use linkages_directory::search::view::{OfficeView, OpenState, PhoneRoleView, SearchPoint};
use linkages_directory::Agency;

use super::query::{Problem, ProblemCode};

/// The language asked for: a shipped locale's tag spelt exactly as the OpenAPI document's
/// enum lists it (`es`, `zh-Hant`), else a 400 that lists the shipped tags. (BCP 47 tags are
/// case-insensitive, but a machine parameter has one spelling, so the contract stays exact.)
pub fn read_lang(value: &str) -> Result<Locale, Problem> {
    Locale::from_tag(value)
        .filter(|locale| locale.tag() == value)
        .ok_or_else(|| {
            let tags: Vec<&str> = Locale::SHIPPED.iter().map(|l| l.tag()).collect();
            Problem::bad(
                ProblemCode::UNKNOWN_LANG,
                "lang",
                format!(
                    "lang must be one of the shipped languages: {}",
                    tags.join(", ")
                ),
            )
        })
}

/// The texts of `messages` (id and numeric arguments) in `locale`, keyed by id.
pub fn texts<'a>(
    catalogs: &Catalogs,
    locale: Locale,
    messages: impl IntoIterator<Item = (&'a str, Vec<(&'static str, i64)>)>,
) -> BTreeMap<String, String> {
    let Some(catalog) = catalogs.get(locale) else {
        return BTreeMap::new();
    };
    messages
        .into_iter()
        .map(|(id, args)| {
            let args: Vec<(&str, FluentValue)> = args
                .into_iter()
                .map(|(name, value)| (name, FluentValue::from(value)))
                .collect();
            let text = catalog.format_with(id, args);
            (id.to_owned(), strip_bidi_marks(&text))
        })
        .collect()
}

/// The site's notes that apply to a nearest-offices answer, by message id (the same words the
/// office finder shows beside the same answer): each listed agency's heading, how the point
/// was found, the hours and phone notes of the offices listed, and that nearest is not
/// necessarily the office assigned. Notes that need a value from one office (an opening time)
/// are not among them: the answer carries those values.
pub fn nearest_message_ids(
    point: &SearchPoint,
    agencies: &[Agency],
    offices: &[OfficeView],
) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    let mut add = |id: &'static str| {
        if !ids.contains(&id) {
            ids.push(id);
        }
    };
    for agency in agencies {
        add(match agency {
            Agency::Dcfs => "find-dcfs-title",
            Agency::Dpss => "find-dpss-title",
        });
    }
    if point.approximate {
        add(if point.zip.is_some() {
            "find-from-zip-centre"
        } else {
            "find-from-place-centre"
        });
    }
    if point.near_county_line {
        add("find-near-county-line");
    }
    for office in offices {
        if !office.verified {
            add("find-unverified");
        }
        if office.coordinate.as_ref().is_some_and(|c| c.approximate) {
            add("find-approximate");
        }
        if office.phones.is_empty() {
            add("find-phone-missing");
        }
        for phone in &office.phones {
            match phone.role {
                PhoneRoleView::Direct => {}
                PhoneRoleView::CountywideLine => add("find-phone-countywide"),
                PhoneRoleView::Unverified => add("find-phone-unverified"),
            }
        }
        match office.hours.state {
            OpenState::Unknown => add("find-hours-missing"),
            OpenState::ClosedNoUpcomingHours => add("find-closed"),
            OpenState::OpenAroundTheClock => add("find-open-always"),
            OpenState::OpenUntil { .. } | OpenState::ClosedOpensAt { .. } => {}
        }
        if office.hours.conflicting {
            add("find-hours-conflicting");
        }
    }
    add("find-nearest-not-assigned");
    ids
}
