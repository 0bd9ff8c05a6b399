use proptest::prelude::*;

use super::*;
use crate::evaluate;
use crate::facts::{Answer::*, Fact::*};
use crate::flow;

fn answers(pairs: &[(Fact, Answer)]) -> Answers {
    let mut given = Answers::new();
    for &(fact, answer) in pairs {
        given.set(fact, answer).unwrap();
    }
    given
}

fn result_for(given: &Answers, path: Path) -> PathResult {
    evaluate(given).into_iter().find(|r| r.id == path).unwrap()
}

/// Family Maintenance, on CalWORKs, children at home, everything else unknown.
const FM_FAMILY: &[(Fact, Answer)] = &[
    (DcfsCase, Yes),
    (DcfsService, FamilyMaintenance),
    (ChildrenLocation, AllHome),
    (CalworksNow, Yes),
];

/// All children placed out of home, CalWORKs at the time, DCFS investigating.
const FR_FAMILY: &[(Fact, Answer)] = &[
    (DcfsCase, Yes),
    (DcfsService, Investigation),
    (ChildrenLocation, AllRemoved),
    (CalworksNow, No),
    (CalworksAtRemoval, Yes),
    (FrPlan, Yes),
];

fn with(base: &[(Fact, Answer)], changes: &[(Fact, Answer)]) -> Answers {
    let mut given = answers(base);
    for &(fact, answer) in changes {
        given.set(fact, answer).unwrap();
    }
    given
}

struct Case {
    name: &'static str,
    given: Answers,
    path: Path,
    fit: Fit,
}

fn case(name: &'static str, given: Answers, path: Path, fit: Fit) -> Case {
    Case {
        name,
        given,
        path,
        fit,
    }
}

/// Every path with each of its fits, and every "I don't know" on a deciding fact.
fn cases() -> Vec<Case> {
    use Fit::{Ask, MayFit, No as Not};
    use Path as P;
    let none: &[(Fact, Answer)] = &[];
    vec![
        // DCFS 5122 screening: DCFS involvement, no CalWORKs now.
        case(
            "5122 fits",
            answers(&[(DcfsCase, Yes), (CalworksNow, No)]),
            P::Prevention5122,
            MayFit,
        ),
        case(
            "5122 CalWORKs unsure",
            answers(&[(DcfsCase, Yes), (CalworksNow, Unsure)]),
            P::Prevention5122,
            Ask,
        ),
        case(
            "5122 DCFS unsure",
            answers(&[(DcfsCase, Unsure), (CalworksNow, No)]),
            P::Prevention5122,
            Ask,
        ),
        case(
            "5122 on CalWORKs",
            answers(&[(DcfsCase, Yes), (CalworksNow, Yes)]),
            P::Prevention5122,
            Not,
        ),
        case(
            "5122 no DCFS",
            answers(&[(DcfsCase, No), (CalworksNow, No)]),
            P::Prevention5122,
            Not,
        ),
        // Family Maintenance.
        case("FM fits", answers(FM_FAMILY), P::FamilyMaintenance, MayFit),
        case(
            "FM some children at home",
            with(FM_FAMILY, &[(ChildrenLocation, SomeRemoved)]),
            P::FamilyMaintenance,
            MayFit,
        ),
        case(
            "FM DCFS unsure",
            with(FM_FAMILY, &[(DcfsCase, Unsure)]),
            P::FamilyMaintenance,
            Ask,
        ),
        case(
            "FM service unsure",
            with(FM_FAMILY, &[(DcfsService, Unsure)]),
            P::FamilyMaintenance,
            Ask,
        ),
        case(
            "FM children unsure",
            with(FM_FAMILY, &[(ChildrenLocation, Unsure)]),
            P::FamilyMaintenance,
            Ask,
        ),
        case(
            "FM CalWORKs unsure",
            with(FM_FAMILY, &[(CalworksNow, Unsure)]),
            P::FamilyMaintenance,
            Ask,
        ),
        case(
            "FM nothing known",
            Answers::new(),
            P::FamilyMaintenance,
            Ask,
        ),
        case(
            "FM no DCFS",
            with(FM_FAMILY, &[(DcfsCase, No)]),
            P::FamilyMaintenance,
            Not,
        ),
        case(
            "FM is FP",
            with(FM_FAMILY, &[(DcfsService, FamilyPreservation)]),
            P::FamilyMaintenance,
            Not,
        ),
        case(
            "FM investigation",
            with(FM_FAMILY, &[(DcfsService, Investigation)]),
            P::FamilyMaintenance,
            Not,
        ),
        case(
            "FM children all removed",
            with(FM_FAMILY, &[(ChildrenLocation, AllRemoved)]),
            P::FamilyMaintenance,
            Not,
        ),
        case(
            "FM no CalWORKs",
            with(FM_FAMILY, &[(CalworksNow, No)]),
            P::FamilyMaintenance,
            Not,
        ),
        // Family Preservation.
        case(
            "FP fits",
            with(FM_FAMILY, &[(DcfsService, FamilyPreservation)]),
            P::FamilyPreservation,
            MayFit,
        ),
        case(
            "FP DCFS unsure",
            with(
                FM_FAMILY,
                &[(DcfsService, FamilyPreservation), (DcfsCase, Unsure)],
            ),
            P::FamilyPreservation,
            Ask,
        ),
        case(
            "FP service unsure",
            with(FM_FAMILY, &[(DcfsService, Unsure)]),
            P::FamilyPreservation,
            Ask,
        ),
        case(
            "FP children unsure",
            with(
                FM_FAMILY,
                &[
                    (DcfsService, FamilyPreservation),
                    (ChildrenLocation, Unsure),
                ],
            ),
            P::FamilyPreservation,
            Ask,
        ),
        case(
            "FP CalWORKs unsure",
            with(
                FM_FAMILY,
                &[(DcfsService, FamilyPreservation), (CalworksNow, Unsure)],
            ),
            P::FamilyPreservation,
            Ask,
        ),
        case("FP is FM", answers(FM_FAMILY), P::FamilyPreservation, Not),
        case(
            "FP children all removed",
            with(
                FM_FAMILY,
                &[
                    (DcfsService, FamilyPreservation),
                    (ChildrenLocation, AllRemoved),
                ],
            ),
            P::FamilyPreservation,
            Not,
        ),
        case(
            "FP no CalWORKs",
            with(
                FM_FAMILY,
                &[(DcfsService, FamilyPreservation), (CalworksNow, No)],
            ),
            P::FamilyPreservation,
            Not,
        ),
        // Family Reunification.
        case(
            "FR fits",
            answers(FR_FAMILY),
            P::FamilyReunification,
            MayFit,
        ),
        case(
            "FR in FR service, plan not asked",
            with(
                FR_FAMILY,
                &[(DcfsService, FamilyReunification), (FrPlan, Unsure)],
            ),
            P::FamilyReunification,
            MayFit,
        ),
        case(
            "FR DCFS unsure",
            with(FR_FAMILY, &[(DcfsCase, Unsure)]),
            P::FamilyReunification,
            Ask,
        ),
        case(
            "FR children unsure",
            with(FR_FAMILY, &[(ChildrenLocation, Unsure)]),
            P::FamilyReunification,
            Ask,
        ),
        case(
            "FR CalWORKs at removal unsure",
            with(FR_FAMILY, &[(CalworksAtRemoval, Unsure)]),
            P::FamilyReunification,
            Ask,
        ),
        case(
            "FR plan unsure",
            with(FR_FAMILY, &[(FrPlan, Unsure)]),
            P::FamilyReunification,
            Ask,
        ),
        case(
            "FR plan no, service unsure",
            with(FR_FAMILY, &[(FrPlan, No), (DcfsService, Unsure)]),
            P::FamilyReunification,
            Ask,
        ),
        case(
            "FR no DCFS",
            with(FR_FAMILY, &[(DcfsCase, No)]),
            P::FamilyReunification,
            Not,
        ),
        case(
            "FR some children at home",
            with(FR_FAMILY, &[(ChildrenLocation, SomeRemoved)]),
            P::FamilyReunification,
            Not,
        ),
        case(
            "FR all at home",
            with(FR_FAMILY, &[(ChildrenLocation, AllHome)]),
            P::FamilyReunification,
            Not,
        ),
        case(
            "FR no CalWORKs at removal",
            with(FR_FAMILY, &[(CalworksAtRemoval, No)]),
            P::FamilyReunification,
            Not,
        ),
        case(
            "FR no plan",
            with(FR_FAMILY, &[(FrPlan, No)]),
            P::FamilyReunification,
            Not,
        ),
        // Homeless outreach.
        case(
            "homeless fits",
            with(FM_FAMILY, &[(Homeless, Yes)]),
            P::HomelessOutreach,
            MayFit,
        ),
        case(
            "homeless unsure",
            with(FM_FAMILY, &[(Homeless, Unsure)]),
            P::HomelessOutreach,
            Ask,
        ),
        case(
            "homeless, service unsure",
            with(FM_FAMILY, &[(Homeless, Yes), (DcfsService, Unsure)]),
            P::HomelessOutreach,
            Ask,
        ),
        case(
            "homeless, CalWORKs unsure",
            with(FM_FAMILY, &[(Homeless, Yes), (CalworksNow, Unsure)]),
            P::HomelessOutreach,
            Ask,
        ),
        case(
            "homeless, DCFS unsure",
            with(FM_FAMILY, &[(Homeless, Yes), (DcfsCase, Unsure)]),
            P::HomelessOutreach,
            Ask,
        ),
        case(
            "homeless, children unsure",
            with(FM_FAMILY, &[(Homeless, Yes), (ChildrenLocation, Unsure)]),
            P::HomelessOutreach,
            Ask,
        ),
        case(
            "not homeless",
            with(FM_FAMILY, &[(Homeless, No)]),
            P::HomelessOutreach,
            Not,
        ),
        case(
            "homeless in FP",
            with(
                FM_FAMILY,
                &[(Homeless, Yes), (DcfsService, FamilyPreservation)],
            ),
            P::HomelessOutreach,
            Not,
        ),
        case(
            "homeless without CalWORKs",
            with(FM_FAMILY, &[(Homeless, Yes), (CalworksNow, No)]),
            P::HomelessOutreach,
            Not,
        ),
        case(
            "homeless without DCFS",
            with(FM_FAMILY, &[(Homeless, Yes), (DcfsCase, No)]),
            P::HomelessOutreach,
            Not,
        ),
        // Sanction help.
        case(
            "sanction fits",
            answers(&[(DcfsCase, Yes), (CalworksNow, Yes), (Sanction, Yes)]),
            P::SanctionHelp,
            MayFit,
        ),
        case(
            "sanction unsure",
            answers(&[(DcfsCase, Yes), (CalworksNow, Yes), (Sanction, Unsure)]),
            P::SanctionHelp,
            Ask,
        ),
        case(
            "sanction, CalWORKs unsure",
            answers(&[(DcfsCase, Yes), (CalworksNow, Unsure), (Sanction, Yes)]),
            P::SanctionHelp,
            Ask,
        ),
        case(
            "sanction, DCFS unsure",
            answers(&[(DcfsCase, Unsure), (CalworksNow, Yes), (Sanction, Yes)]),
            P::SanctionHelp,
            Ask,
        ),
        case(
            "no sanction",
            answers(&[(DcfsCase, Yes), (CalworksNow, Yes), (Sanction, No)]),
            P::SanctionHelp,
            Not,
        ),
        case(
            "sanction without CalWORKs",
            answers(&[(DcfsCase, Yes), (CalworksNow, No), (Sanction, Yes)]),
            P::SanctionHelp,
            Not,
        ),
        case(
            "sanction without DCFS",
            answers(&[(DcfsCase, No), (CalworksNow, Yes), (Sanction, Yes)]),
            P::SanctionHelp,
            Not,
        ),
        // Linkages GAIN Services Worker: CalWORKs case, or placement with a relative.
        case(
            "GSW on CalWORKs",
            answers(&[(DcfsCase, Yes), (CalworksNow, Yes)]),
            P::LinkagesGsw,
            MayFit,
        ),
        case(
            "GSW relative, some removed",
            answers(&[
                (DcfsCase, Yes),
                (CalworksNow, No),
                (ChildrenLocation, SomeRemoved),
                (RelativeCaregiver, Yes),
            ]),
            P::LinkagesGsw,
            MayFit,
        ),
        case(
            "GSW relative, all removed",
            answers(&[
                (DcfsCase, Yes),
                (CalworksNow, No),
                (ChildrenLocation, AllRemoved),
                (RelativeCaregiver, Yes),
            ]),
            P::LinkagesGsw,
            MayFit,
        ),
        case(
            "GSW CalWORKs unsure, all home",
            answers(&[
                (DcfsCase, Yes),
                (CalworksNow, Unsure),
                (ChildrenLocation, AllHome),
            ]),
            P::LinkagesGsw,
            Ask,
        ),
        case(
            "GSW relative unsure",
            answers(&[
                (DcfsCase, Yes),
                (CalworksNow, No),
                (ChildrenLocation, AllRemoved),
                (RelativeCaregiver, Unsure),
            ]),
            P::LinkagesGsw,
            Ask,
        ),
        case(
            "GSW children unsure",
            answers(&[
                (DcfsCase, Yes),
                (CalworksNow, No),
                (ChildrenLocation, Unsure),
                (RelativeCaregiver, Yes),
            ]),
            P::LinkagesGsw,
            Ask,
        ),
        case(
            "GSW DCFS unsure",
            answers(&[(DcfsCase, Unsure), (CalworksNow, Yes)]),
            P::LinkagesGsw,
            Ask,
        ),
        case(
            "GSW no CalWORKs, all home",
            answers(&[
                (DcfsCase, Yes),
                (CalworksNow, No),
                (ChildrenLocation, AllHome),
            ]),
            P::LinkagesGsw,
            Not,
        ),
        case(
            "GSW no CalWORKs, no relative",
            answers(&[
                (DcfsCase, Yes),
                (CalworksNow, No),
                (ChildrenLocation, AllRemoved),
                (RelativeCaregiver, No),
            ]),
            P::LinkagesGsw,
            Not,
        ),
        case(
            "GSW no DCFS",
            answers(&[(DcfsCase, No), (CalworksNow, Yes)]),
            P::LinkagesGsw,
            Not,
        ),
        // Apply to DPSS directly: no DCFS involvement.
        case(
            "DPSS no DCFS",
            answers(&[(DcfsCase, No)]),
            P::DpssApply,
            MayFit,
        ),
        case(
            "DPSS DCFS unsure",
            answers(&[(DcfsCase, Unsure)]),
            P::DpssApply,
            Ask,
        ),
        case("DPSS nothing given", answers(none), P::DpssApply, Ask),
        case(
            "DPSS has DCFS",
            answers(&[(DcfsCase, Yes)]),
            P::DpssApply,
            Not,
        ),
    ]
}

#[test]
fn table_of_cases() {
    let mut covered = std::collections::BTreeSet::new();
    for Case {
        name,
        given,
        path,
        fit,
    } in cases()
    {
        let result = result_for(&given, path);
        assert_eq!(result.fit, fit, "{name}: {result:?}");
        covered.insert((path, fit));
    }
    assert_eq!(covered.len(), Path::ALL.len() * Fit::ALL.len());
}

#[test]
fn reasons_cite_what_decided() {
    let fm = result_for(&answers(FM_FAMILY), Path::FamilyMaintenance);
    let cited: Vec<(Fact, Answer)> = fm.because.iter().map(|r| (r.fact, r.value)).collect();
    assert_eq!(cited, FM_FAMILY.to_vec());
    assert_eq!(fm.because[0].id, "screening-reason-dcfs-case-yes");
    assert_eq!(
        fm.next_steps,
        vec!["screening-step-tell-worker-fm", "screening-step-wtw-plan"]
    );
    assert_eq!(
        fm.time_limit,
        Some(TimeLimit {
            months: 6,
            extendable_to_months: None
        })
    );
    assert!(fm.services.contains(&Service::ChildCare));

    // "No" cites only what ruled it out.
    let no_dcfs = result_for(&with(FM_FAMILY, &[(DcfsCase, No)]), Path::FamilyMaintenance);
    assert_eq!(no_dcfs.because.len(), 1);
    assert_eq!(no_dcfs.because[0].id, "screening-reason-dcfs-case-no");
    assert!(no_dcfs.what_would_change.is_empty());

    // "Ask" cites what holds and what is unknown, and says what to find out.
    let ask = result_for(
        &with(FR_FAMILY, &[(FrPlan, Unsure)]),
        Path::FamilyReunification,
    );
    let hints: Vec<Fact> = ask.what_would_change.iter().map(|h| h.fact).collect();
    assert_eq!(hints, vec![FrPlan]);
    assert_eq!(ask.what_would_change[0].id, "screening-change-fr-plan");
    assert!(ask
        .because
        .iter()
        .any(|r| r.id == "screening-reason-fr-plan-unsure"));
    assert!(ask
        .next_steps
        .contains(&"screening-step-ask-worker".to_owned()));

    // Any-of: the part that holds is the reason.
    let gsw = result_for(
        &answers(&[
            (DcfsCase, Yes),
            (CalworksNow, No),
            (ChildrenLocation, SomeRemoved),
            (RelativeCaregiver, Yes),
        ]),
        Path::LinkagesGsw,
    );
    let cited: Vec<Fact> = gsw.because.iter().map(|r| r.fact).collect();
    assert_eq!(cited, vec![DcfsCase, ChildrenLocation, RelativeCaregiver]);
}

#[test]
fn fr_has_its_own_services_and_an_extendable_limit() {
    let fr = result_for(&answers(FR_FAMILY), Path::FamilyReunification);
    assert_eq!(fr.fit, Fit::MayFit);
    assert_eq!(
        fr.time_limit,
        Some(TimeLimit {
            months: 6,
            extendable_to_months: Some(12)
        })
    );
    for service in [
        Service::HousingSupport,
        Service::MovingAssistance,
        Service::TemporaryHomelessAssistance,
    ] {
        assert!(fr.services.contains(&service));
    }
    let fp = Path::FamilyPreservation.rule();
    assert_eq!(fp.time_limit.map(|t| t.months), Some(12));
}

#[test]
fn results_come_best_first_one_per_path() {
    let results = evaluate(&answers(FM_FAMILY));
    let mut ids: Vec<Path> = results.iter().map(|r| r.id).collect();
    ids.sort();
    assert_eq!(ids, Path::ALL.to_vec());
    assert!(results.windows(2).all(|w| w[0].fit <= w[1].fit));
}

#[test]
fn table_is_well_formed() {
    fn atoms(cond: &Cond, out: &mut Vec<(Fact, &'static [Answer])>) {
        match *cond {
            Cond::Is(fact, values) => out.push((fact, values)),
            Cond::All(parts) | Cond::Any(parts) => parts.iter().for_each(|p| atoms(p, out)),
        }
    }
    for (rule, path) in RULES.iter().zip(Path::ALL) {
        assert_eq!(rule.path, path);
        assert!(std::ptr::eq(path.rule(), rule));
        assert!(!rule.sources.is_empty(), "{path:?}");
        for fit in Fit::ALL {
            assert!(!rule.steps.for_fit(fit).is_empty(), "{path:?} {fit:?}");
        }
        assert!(rule.steps.ask.contains(&STEP_ASK_WORKER) || path == Path::DpssApply);
        let mut found = Vec::new();
        atoms(&rule.fits_when, &mut found);
        for (fact, values) in found {
            assert!(!values.is_empty());
            for value in values {
                assert_ne!(*value, Answer::Unsure, "{path:?}: unsure may never decide");
                assert!(fact.allows(*value), "{path:?}: {fact} cannot be {value}");
            }
        }
        // No DCFS involvement rules out every Linkages path.
        let no_dcfs = Answers::new().with(DcfsCase, No);
        let expected = if path.is_linkages() {
            Fit::No
        } else {
            Fit::MayFit
        };
        assert_eq!(result_for(&no_dcfs, path).fit, expected, "{path:?}");
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each quoted source sentence is really in the named document. The documents live in the
/// shared folder beside the repository (`../shared`); without it the check is skipped.
#[test]
fn sources_are_quoted_word_for_word() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if !shared.is_dir() {
        eprintln!("skipped: {} not found", shared.display());
        return;
    }
    let mut sources: Vec<Source> = RULES
        .iter()
        .flat_map(|r| r.sources.iter().copied())
        .collect();
    sources.push(UNSURE_SOURCE);
    for source in sources {
        let text = std::fs::read_to_string(shared.join(source.document))
            .unwrap_or_else(|e| panic!("{}: {e}", source.document));
        assert!(
            normalise(&text).contains(&normalise(source.quote)),
            "not in {}: {}",
            source.document,
            source.quote
        );
    }
}

// ---------------------------------------------------------------------------------------
// Properties over any answers, missing ones included.

fn any_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(0usize..5), Fact::ALL.len()).prop_map(|picks| {
        let mut given = Answers::new();
        for (fact, pick) in Fact::ALL.into_iter().zip(picks) {
            if let Some(i) = pick {
                let options = fact.options();
                given.set(fact, options[i % options.len()]).unwrap();
            }
        }
        given
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_answer_set_gets_somewhere_to_go(given in any_answers()) {
        let results = evaluate(&given);
        prop_assert_eq!(results.len(), Path::ALL.len());
        // The quick truth (used by the flow) agrees with the explained one.
        let quick = fits(&flow::relevant_answers(&given));
        for (path, fit) in Path::ALL.into_iter().zip(quick) {
            prop_assert_eq!(results.iter().find(|r| r.id == path).map(|r| r.fit), Some(fit));
        }
        // dpss_apply or some Linkages path may fit or is worth asking about.
        prop_assert!(results.iter().any(|r| r.fit != Fit::No));
        for result in &results {
            prop_assert!(!result.next_steps.is_empty());
            prop_assert!(!result.because.is_empty());
            match result.fit {
                Fit::MayFit | Fit::No => {
                    prop_assert!(result.because.iter().all(|r| r.value != Unsure));
                }
                Fit::Ask => {
                    prop_assert!(!result.what_would_change.is_empty());
                    for hint in &result.what_would_change {
                        prop_assert!(result
                            .because
                            .iter()
                            .any(|r| r.fact == hint.fact && r.value == Unsure));
                    }
                }
            }
            // Reasons only cite answers that still matter.
            let kept = flow::relevant_answers(&given);
            for reason in &result.because {
                prop_assert_eq!(kept.answer(reason.fact), reason.value);
            }
        }
    }

    /// "I don't know" never makes a path "not fit", and never settles what was unsettled.
    #[test]
    fn unsure_leads_to_ask_never_to_no(given in any_answers(), which in 0usize..9) {
        let fact = Fact::ALL[which];
        let mut unsure = given;
        unsure.set(fact, Unsure).unwrap();
        let before = evaluate(&given);
        let after = evaluate(&unsure);
        for path in Path::ALL {
            let was = before.iter().find(|r| r.id == path).map(|r| r.fit);
            let now = after.iter().find(|r| r.id == path).map(|r| r.fit);
            if now != Some(Fit::Ask) {
                prop_assert_eq!(was, now, "{:?}", path);
            }
        }
        // Leaving the fact out is the same as "I don't know".
        let mut missing = given;
        missing.remove(fact);
        prop_assert_eq!(evaluate(&missing), after);
    }

    #[test]
    fn parsing_any_input_never_panics(
        pairs in proptest::collection::vec((".{0,20}", ".{0,20}"), 0..12),
    ) {
        let borrowed: Vec<(&str, &str)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        match Answers::from_pairs(borrowed.iter().copied()) {
            Ok(given) => {
                prop_assert!(given.len() <= pairs.len());
                let _ = evaluate(&given);
            }
            Err(errors) => {
                prop_assert!(!errors.errors.is_empty());
                prop_assert!(errors.errors.len() <= pairs.len());
            }
        }
    }

    #[test]
    fn parsing_wire_names_round_trips(given in any_answers()) {
        let pairs = given.to_pairs();
        prop_assert_eq!(Answers::from_pairs(pairs).unwrap(), given);
    }
}
