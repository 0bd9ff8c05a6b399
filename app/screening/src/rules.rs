//! The screening rules: one table, [`RULES`], that says when each Linkages path may fit,
//! which source sentence says so, and what to do next.
//!
//! # How a rule is read
//!
//! Each rule's `fits_when` is a condition over the facts. A fact answered with one of the
//! listed values counts as true, any other answer as false, and "I don't know" (or no answer)
//! as unknown. Conditions combine the usual way, with unknowns kept unknown:
//!
//! * any part false → the path does **not** fit (`no`),
//! * otherwise any part unknown → **ask your worker** (`ask`),
//! * otherwise → the path **may fit** (`may_fit`).
//!
//! So "I don't know" can only ever lead to `ask`, never to `no`. The result is guidance:
//! the worker decides.

use serde::{Deserialize, Serialize};

use crate::facts::{Answer, Answers, Fact};

/// A Linkages path (or, for families without DCFS, applying to DPSS directly).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Path {
    /// DCFS 5122 screening: DCFS involvement but no DPSS aid now.
    #[serde(rename = "prevention_5122")]
    Prevention5122,
    #[serde(rename = "family_maintenance")]
    FamilyMaintenance,
    #[serde(rename = "family_preservation")]
    FamilyPreservation,
    /// AB 429 Family Reunification services through CalWORKs/GAIN.
    #[serde(rename = "family_reunification")]
    FamilyReunification,
    #[serde(rename = "homeless_outreach")]
    HomelessOutreach,
    #[serde(rename = "sanction_help")]
    SanctionHelp,
    /// The collocated Linkages GAIN Services Worker (CFT meetings, case consultations).
    #[serde(rename = "linkages_gsw")]
    LinkagesGsw,
    /// Not a Linkages case: apply to DPSS directly, or call 2-1-1.
    #[serde(rename = "dpss_apply")]
    DpssApply,
}

impl Path {
    /// All paths, in the order of [`RULES`].
    pub const ALL: [Path; 8] = [
        Path::Prevention5122,
        Path::FamilyMaintenance,
        Path::FamilyPreservation,
        Path::FamilyReunification,
        Path::HomelessOutreach,
        Path::SanctionHelp,
        Path::LinkagesGsw,
        Path::DpssApply,
    ];

    /// The wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Path::Prevention5122 => "prevention_5122",
            Path::FamilyMaintenance => "family_maintenance",
            Path::FamilyPreservation => "family_preservation",
            Path::FamilyReunification => "family_reunification",
            Path::HomelessOutreach => "homeless_outreach",
            Path::SanctionHelp => "sanction_help",
            Path::LinkagesGsw => "linkages_gsw",
            Path::DpssApply => "dpss_apply",
        }
    }

    /// The path with this wire name, if any.
    pub fn parse(name: &str) -> Option<Path> {
        Path::ALL.into_iter().find(|path| path.as_str() == name)
    }

    /// Whether this is one of the Linkages paths (all but [`Path::DpssApply`]).
    pub const fn is_linkages(self) -> bool {
        !matches!(self, Path::DpssApply)
    }

    /// Fluent id of the path's title.
    pub const fn title_id(self) -> &'static str {
        match self {
            Path::Prevention5122 => "screening-path-prevention-5122",
            Path::FamilyMaintenance => "screening-path-family-maintenance",
            Path::FamilyPreservation => "screening-path-family-preservation",
            Path::FamilyReunification => "screening-path-family-reunification",
            Path::HomelessOutreach => "screening-path-homeless-outreach",
            Path::SanctionHelp => "screening-path-sanction-help",
            Path::LinkagesGsw => "screening-path-linkages-gsw",
            Path::DpssApply => "screening-path-dpss-apply",
        }
    }

    /// Fluent id of the path's one-sentence summary.
    pub const fn summary_id(self) -> &'static str {
        match self {
            Path::Prevention5122 => "screening-path-prevention-5122-summary",
            Path::FamilyMaintenance => "screening-path-family-maintenance-summary",
            Path::FamilyPreservation => "screening-path-family-preservation-summary",
            Path::FamilyReunification => "screening-path-family-reunification-summary",
            Path::HomelessOutreach => "screening-path-homeless-outreach-summary",
            Path::SanctionHelp => "screening-path-sanction-help-summary",
            Path::LinkagesGsw => "screening-path-linkages-gsw-summary",
            Path::DpssApply => "screening-path-dpss-apply-summary",
        }
    }

    /// The rule for this path.
    pub fn rule(self) -> &'static Rule {
        match self {
            Path::Prevention5122 => &RULES[0],
            Path::FamilyMaintenance => &RULES[1],
            Path::FamilyPreservation => &RULES[2],
            Path::FamilyReunification => &RULES[3],
            Path::HomelessOutreach => &RULES[4],
            Path::SanctionHelp => &RULES[5],
            Path::LinkagesGsw => &RULES[6],
            Path::DpssApply => &RULES[7],
        }
    }
}

/// How well a path fits. Sorts best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// "May fit you".
    MayFit,
    /// "Ask your worker": something we need is unknown.
    Ask,
    /// "Does not seem to fit".
    No,
}

impl Fit {
    pub const ALL: [Fit; 3] = [Fit::MayFit, Fit::Ask, Fit::No];

    /// The wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Fit::MayFit => "may_fit",
            Fit::Ask => "ask",
            Fit::No => "no",
        }
    }

    /// Fluent id of the label shown on a result.
    pub const fn label_id(self) -> &'static str {
        match self {
            Fit::MayFit => "screening-fit-may-fit",
            Fit::Ask => "screening-fit-ask",
            Fit::No => "screening-fit-no",
        }
    }
}

/// A service that GAIN may offer on a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    MentalHealth,
    DomesticViolence,
    SubstanceUse,
    EducationTraining,
    Employment,
    Transportation,
    ChildCare,
    /// Books, tools, uniforms, fees.
    AncillaryCosts,
    HousingSupport,
    MovingAssistance,
    TemporaryHomelessAssistance,
}

impl Service {
    pub const ALL: [Service; 11] = [
        Service::MentalHealth,
        Service::DomesticViolence,
        Service::SubstanceUse,
        Service::EducationTraining,
        Service::Employment,
        Service::Transportation,
        Service::ChildCare,
        Service::AncillaryCosts,
        Service::HousingSupport,
        Service::MovingAssistance,
        Service::TemporaryHomelessAssistance,
    ];

    /// The wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Service::MentalHealth => "mental_health",
            Service::DomesticViolence => "domestic_violence",
            Service::SubstanceUse => "substance_use",
            Service::EducationTraining => "education_training",
            Service::Employment => "employment",
            Service::Transportation => "transportation",
            Service::ChildCare => "child_care",
            Service::AncillaryCosts => "ancillary_costs",
            Service::HousingSupport => "housing_support",
            Service::MovingAssistance => "moving_assistance",
            Service::TemporaryHomelessAssistance => "temporary_homeless_assistance",
        }
    }

    /// Fluent id of the service name.
    pub const fn label_id(self) -> &'static str {
        match self {
            Service::MentalHealth => "screening-service-mental-health",
            Service::DomesticViolence => "screening-service-domestic-violence",
            Service::SubstanceUse => "screening-service-substance-use",
            Service::EducationTraining => "screening-service-education-training",
            Service::Employment => "screening-service-employment",
            Service::Transportation => "screening-service-transportation",
            Service::ChildCare => "screening-service-child-care",
            Service::AncillaryCosts => "screening-service-ancillary-costs",
            Service::HousingSupport => "screening-service-housing-support",
            Service::MovingAssistance => "screening-service-moving-assistance",
            Service::TemporaryHomelessAssistance => {
                "screening-service-temporary-homeless-assistance"
            }
        }
    }
}

/// How long the services on a path last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeLimit {
    pub months: u8,
    /// The longest it can be extended to, if it can be extended.
    pub extendable_to_months: Option<u8>,
}

impl TimeLimit {
    /// Fluent id of the phrase. Its variables: `$months` and, when extendable,
    /// `$max_months` (both numbers, so plural forms work).
    pub const fn message_id(&self) -> &'static str {
        match self.extendable_to_months {
            None => "screening-time-limit",
            Some(_) => "screening-time-limit-extendable",
        }
    }
}

/// Where a rule comes from: a sentence quoted word for word from a source document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Path inside the shared folder next to the repository, e.g.
    /// `seeds/002_78a4baa47b3580a3.txt` or `docs/product.md`.
    pub document: &'static str,
    /// The sentence, as written there (white space may differ).
    pub quote: &'static str,
}

/// A condition over the answers (see the module docs for how it is read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// The fact is answered with one of these values. Never list [`Answer::Unsure`] here.
    Is(Fact, &'static [Answer]),
    /// Every part holds.
    All(&'static [Cond]),
    /// At least one part holds.
    Any(&'static [Cond]),
}

/// Next-step Fluent ids for each fit. Each list is non-empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Steps {
    pub may_fit: &'static [&'static str],
    pub ask: &'static [&'static str],
    pub no: &'static [&'static str],
}

impl Steps {
    pub const fn for_fit(&self, fit: Fit) -> &'static [&'static str] {
        match fit {
            Fit::MayFit => self.may_fit,
            Fit::Ask => self.ask,
            Fit::No => self.no,
        }
    }
}

/// One row of the rule table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub path: Path,
    /// When the path may fit.
    pub fits_when: Cond,
    /// The sentences the rule rests on.
    pub sources: &'static [Source],
    /// Services the path may offer.
    pub services: &'static [Service],
    pub time_limit: Option<TimeLimit>,
    pub steps: Steps,
}

// ---------------------------------------------------------------------------------------
// The building blocks, named as a caseworker would say them.

const HAS_DCFS_CASE: Cond = Cond::Is(Fact::DcfsCase, &[Answer::Yes]);
const NO_DCFS_CASE: Cond = Cond::Is(Fact::DcfsCase, &[Answer::No]);
const GETS_CALWORKS: Cond = Cond::Is(Fact::CalworksNow, &[Answer::Yes]);
const NO_CALWORKS: Cond = Cond::Is(Fact::CalworksNow, &[Answer::No]);
const IN_FAMILY_MAINTENANCE: Cond = Cond::Is(Fact::DcfsService, &[Answer::FamilyMaintenance]);
const IN_FAMILY_PRESERVATION: Cond = Cond::Is(Fact::DcfsService, &[Answer::FamilyPreservation]);
const IN_FAMILY_REUNIFICATION: Cond = Cond::Is(Fact::DcfsService, &[Answer::FamilyReunification]);
/// At least one child still lives at home.
const CHILDREN_AT_HOME: Cond = Cond::Is(
    Fact::ChildrenLocation,
    &[Answer::AllHome, Answer::SomeRemoved],
);
const ALL_CHILDREN_REMOVED: Cond = Cond::Is(Fact::ChildrenLocation, &[Answer::AllRemoved]);
const SOME_CHILD_REMOVED: Cond = Cond::Is(
    Fact::ChildrenLocation,
    &[Answer::SomeRemoved, Answer::AllRemoved],
);
const CALWORKS_AT_REMOVAL: Cond = Cond::Is(Fact::CalworksAtRemoval, &[Answer::Yes]);
const HAS_FR_PLAN: Cond = Cond::Is(Fact::FrPlan, &[Answer::Yes]);
const WITH_RELATIVE: Cond = Cond::Is(Fact::RelativeCaregiver, &[Answer::Yes]);
const HOMELESS: Cond = Cond::Is(Fact::Homeless, &[Answer::Yes]);
const SANCTIONED: Cond = Cond::Is(Fact::Sanction, &[Answer::Yes]);

const FM_FP_SERVICES: &[Service] = &[
    Service::MentalHealth,
    Service::DomesticViolence,
    Service::SubstanceUse,
    Service::EducationTraining,
    Service::Employment,
    Service::Transportation,
    Service::ChildCare,
    Service::AncillaryCosts,
];

const FR_SERVICES: &[Service] = &[
    Service::MentalHealth,
    Service::DomesticViolence,
    Service::SubstanceUse,
    Service::HousingSupport,
    Service::MovingAssistance,
    Service::TemporaryHomelessAssistance,
    Service::Transportation,
    Service::EducationTraining,
    Service::Employment,
];

const SEED_OVERVIEW: &str = "seeds/000_e2d076b8103dacbd.txt";
const SEED_BROCHURE: &str = "seeds/001_dc5b2615f0b0a936.txt";
const SEED_DPSS_PAGE: &str = "seeds/002_78a4baa47b3580a3.txt";
const PRODUCT: &str = "docs/product.md";

/// Shown on every "does not fit" result.
const STEP_ANSWER_AGAIN: &str = "screening-step-answer-again";
/// Shown on every "ask your worker" result.
const STEP_ASK_WORKER: &str = "screening-step-ask-worker";
const STEP_CALL_211: &str = "screening-step-call-211";
const STEP_WTW_PLAN: &str = "screening-step-wtw-plan";
const STEP_BENEFITSCAL: &str = "screening-step-benefitscal";
const STEP_CALL_DPSS: &str = "screening-step-call-dpss";

/// The rules, one per path, in the order of [`Path::ALL`].
pub static RULES: [Rule; 8] = [
    Rule {
        path: Path::Prevention5122,
        fits_when: Cond::All(&[HAS_DCFS_CASE, NO_CALWORKS]),
        sources: &[
            Source {
                document: SEED_BROCHURE,
                quote: "DCFS screens families for potential eligibility for CalWORKs/General Relief and refers potentially eligible families to DPSS for expedited intake process.",
            },
            Source {
                document: SEED_BROCHURE,
                quote: "Ensure DCFS families who are not currently connected to DPSS services, but could be, are provided an expedient method to access needed services.",
            },
            Source {
                document: PRODUCT,
                quote: "a family with DCFS involvement that does not get DPSS aid may be eligible for CalWORKs or General Relief (and CalFresh, Medi-Cal).",
            },
        ],
        services: &[],
        time_limit: None,
        steps: Steps {
            may_fit: &["screening-step-ask-5122", "screening-step-expedited-intake"],
            ask: &[STEP_ASK_WORKER, "screening-step-ask-5122"],
            no: &[STEP_ANSWER_AGAIN],
        },
    },
    Rule {
        path: Path::FamilyMaintenance,
        fits_when: Cond::All(&[
            HAS_DCFS_CASE,
            IN_FAMILY_MAINTENANCE,
            CHILDREN_AT_HOME,
            GETS_CALWORKS,
        ]),
        sources: &[
            Source {
                document: SEED_DPSS_PAGE,
                quote: "If you are receiving CalWORKs benefits and you are participating in Family Maintenance, Family Preservation, or Family Reunification Programs through DCFS, let your Eligibility or GAIN Worker know.",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "With Family Maintenance and Family Preservation programs, you still have your child(ren) but you are working with your DCFS worker to ensure your child's health and safety needs are being met.",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "There is a six-month time limit for Family Maintenance and a 12-month limit for Family Preservation services.",
            },
        ],
        services: FM_FP_SERVICES,
        time_limit: Some(TimeLimit {
            months: 6,
            extendable_to_months: None,
        }),
        steps: Steps {
            may_fit: &["screening-step-tell-worker-fm", STEP_WTW_PLAN],
            ask: &[STEP_ASK_WORKER],
            no: &[STEP_ANSWER_AGAIN],
        },
    },
    Rule {
        path: Path::FamilyPreservation,
        fits_when: Cond::All(&[
            HAS_DCFS_CASE,
            IN_FAMILY_PRESERVATION,
            CHILDREN_AT_HOME,
            GETS_CALWORKS,
        ]),
        sources: &[
            Source {
                document: SEED_OVERVIEW,
                quote: "Family Preservation Program: Service coordination for families in Family Preservation and CalWORKs.",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "With Family Maintenance and Family Preservation programs, you still have your child(ren) but you are working with your DCFS worker to ensure your child's health and safety needs are being met.",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "There is a six-month time limit for Family Maintenance and a 12-month limit for Family Preservation services.",
            },
        ],
        services: FM_FP_SERVICES,
        time_limit: Some(TimeLimit {
            months: 12,
            extendable_to_months: None,
        }),
        steps: Steps {
            may_fit: &["screening-step-tell-worker-fp", STEP_WTW_PLAN],
            ask: &[STEP_ASK_WORKER],
            no: &[STEP_ANSWER_AGAIN],
        },
    },
    Rule {
        path: Path::FamilyReunification,
        // Being in DCFS Family Reunification counts as having the plan, so we do not ask
        // for the plan again.
        fits_when: Cond::All(&[
            HAS_DCFS_CASE,
            ALL_CHILDREN_REMOVED,
            CALWORKS_AT_REMOVAL,
            Cond::Any(&[HAS_FR_PLAN, IN_FAMILY_REUNIFICATION]),
        ]),
        sources: &[
            Source {
                document: SEED_DPSS_PAGE,
                quote: "All children are removed from the home and placed in out of home care",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "Family was receiving CalWORKs when children were removed from the home",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "A DCFS Family Reunification Plan exists",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "You volunteer to receive Family Reunification services",
            },
            Source {
                document: SEED_BROCHURE,
                quote: "DCFS parents on CalWORKs at the time their children are removed from the home and who have a DCFS FR plan, can continue to receive services through CalWORKs/GAIN (no cash aid).",
            },
            Source {
                document: SEED_DPSS_PAGE,
                quote: "Family Reunification services are limited to six months with the possibility of an extension to one year if you meet the program requirements.",
            },
        ],
        services: FR_SERVICES,
        time_limit: Some(TimeLimit {
            months: 6,
            extendable_to_months: Some(12),
        }),
        steps: Steps {
            may_fit: &["screening-step-fr-volunteer", "screening-step-general-relief"],
            ask: &[STEP_ASK_WORKER, "screening-step-general-relief"],
            no: &[STEP_ANSWER_AGAIN],
        },
    },
    Rule {
        path: Path::HomelessOutreach,
        fits_when: Cond::All(&[
            HAS_DCFS_CASE,
            IN_FAMILY_MAINTENANCE,
            CHILDREN_AT_HOME,
            GETS_CALWORKS,
            HOMELESS,
        ]),
        sources: &[Source {
            document: SEED_BROCHURE,
            quote: "Service coordination for homeless CalWORKs families who have an open DCFS Family Maintenance (FM), court or voluntary, case.",
        }],
        services: &[],
        time_limit: None,
        steps: Steps {
            may_fit: &["screening-step-tell-worker-homeless", STEP_CALL_211],
            ask: &[STEP_ASK_WORKER, STEP_CALL_211],
            no: &[STEP_ANSWER_AGAIN],
        },
    },
    Rule {
        path: Path::SanctionHelp,
        fits_when: Cond::All(&[HAS_DCFS_CASE, GETS_CALWORKS, SANCTIONED]),
        sources: &[
            Source {
                document: SEED_BROCHURE,
                quote: "Joint outreach to CalWORKs sanctioned families involved with DCFS helps address barriers to safety and self-sufficiency.",
            },
            Source {
                document: SEED_OVERVIEW,
                quote: "Homeless and Sanction Protocols: service coordination to assist with homeless services and resolve sanctions.",
            },
        ],
        services: &[],
        time_limit: None,
        steps: Steps {
            may_fit: &["screening-step-tell-worker-sanction"],
            ask: &[STEP_ASK_WORKER],
            no: &[STEP_ANSWER_AGAIN],
        },
    },
    Rule {
        path: Path::LinkagesGsw,
        fits_when: Cond::All(&[
            HAS_DCFS_CASE,
            Cond::Any(&[GETS_CALWORKS, Cond::All(&[SOME_CHILD_REMOVED, WITH_RELATIVE])]),
        ]),
        sources: &[
            Source {
                document: SEED_BROCHURE,
                quote: "For priority cases (CalWORKs cases, Placement with Caretaker Relative), Linkages GSWs participate in or contribute their expertise in Child Family Team (CFT) meetings;",
            },
            Source {
                document: SEED_BROCHURE,
                quote: "Collocated Linkages GSWs provide case consultations on mutual cases outside their participation in CFTs.",
            },
        ],
        services: &[],
        time_limit: None,
        steps: Steps {
            may_fit: &["screening-step-gsw-cft", "screening-step-gsw-consult"],
            ask: &[STEP_ASK_WORKER],
            no: &[STEP_ANSWER_AGAIN],
        },
    },
    Rule {
        path: Path::DpssApply,
        fits_when: NO_DCFS_CASE,
        sources: &[Source {
            document: PRODUCT,
            quote: "not a Linkages case; point to DPSS (apply online at BenefitsCal, or call (866) 613-3777) and 2-1-1.",
        }],
        services: &[],
        time_limit: None,
        steps: Steps {
            may_fit: &[STEP_BENEFITSCAL, STEP_CALL_DPSS, STEP_CALL_211],
            ask: &["screening-step-dpss-if-dcfs", STEP_BENEFITSCAL, STEP_CALL_DPSS],
            no: &["screening-step-dpss-through-dcfs"],
        },
    },
];

/// The rule that "I don't know" never leads to "no" rests on this sentence.
pub const UNSURE_SOURCE: Source = Source {
    document: PRODUCT,
    quote: "\"I don't know\" is always a valid answer and leads to \"ask your worker\", never to \"no\".",
};

// ---------------------------------------------------------------------------------------
// Evaluation

/// One reason for a result: "You said …" about one fact.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reason {
    /// Fluent id, `screening-reason-<fact>-<value>`.
    pub id: String,
    pub fact: Fact,
    /// What the family said; `unsure` also when the fact was not given.
    pub value: Answer,
}

/// For an `ask` result: something to find out that would settle it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Hint {
    /// Fluent id, `screening-change-<fact>`.
    pub id: String,
    pub fact: Fact,
}

/// The result for one path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathResult {
    pub id: Path,
    pub fit: Fit,
    /// The answers that decided the fit, in question order.
    pub because: Vec<Reason>,
    /// Fluent ids. Never empty.
    pub next_steps: Vec<String>,
    /// For `ask` only (empty otherwise): what to find out. Never empty for `ask`.
    pub what_would_change: Vec<Hint>,
    /// Services the path may offer (the same whatever the fit).
    pub services: Vec<Service>,
    pub time_limit: Option<TimeLimit>,
}

/// Three-valued truth: "I don't know" stays unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    fn fit(self) -> Fit {
        match self {
            Truth::True => Fit::MayFit,
            Truth::Unknown => Fit::Ask,
            Truth::False => Fit::No,
        }
    }
}

impl Cond {
    /// The truth of the condition, and the answers that decided it.
    fn check(&self, answers: &Answers, evidence: &mut Vec<(Fact, Answer)>) -> Truth {
        match *self {
            Cond::Is(fact, values) => {
                let answer = answers.answer(fact);
                evidence.push((fact, answer));
                if answer == Answer::Unsure {
                    Truth::Unknown
                } else if values.contains(&answer) {
                    Truth::True
                } else {
                    Truth::False
                }
            }
            Cond::All(parts) => combine(parts, answers, evidence, Truth::False, Truth::True),
            Cond::Any(parts) => combine(parts, answers, evidence, Truth::True, Truth::False),
        }
    }

    /// Just the truth, without collecting evidence (the flow calls this often).
    fn holds(&self, answers: &Answers) -> Truth {
        match *self {
            Cond::Is(fact, values) => match answers.answer(fact) {
                Answer::Unsure => Truth::Unknown,
                answer if values.contains(&answer) => Truth::True,
                _ => Truth::False,
            },
            Cond::All(parts) => fold(parts, answers, Truth::False, Truth::True),
            Cond::Any(parts) => fold(parts, answers, Truth::True, Truth::False),
        }
    }
}

/// [`combine`] without the evidence.
fn fold(parts: &[Cond], answers: &Answers, decisive: Truth, otherwise: Truth) -> Truth {
    let mut result = otherwise;
    for part in parts {
        match part.holds(answers) {
            truth if truth == decisive => return decisive,
            Truth::Unknown => result = Truth::Unknown,
            _ => {}
        }
    }
    result
}

/// `All` and `Any` in one: `decisive` is the part value that settles the whole (false for
/// `All`, true for `Any`); `otherwise` is the value when every part is the other one.
///
/// Evidence kept: the decisive parts if any; else, for an unknown `All`, every part (what
/// holds and what is unknown); for an unknown `Any`, the unknown parts; else every part.
fn combine(
    parts: &[Cond],
    answers: &Answers,
    evidence: &mut Vec<(Fact, Answer)>,
    decisive: Truth,
    otherwise: Truth,
) -> Truth {
    let checked: Vec<(Truth, Vec<(Fact, Answer)>)> = parts
        .iter()
        .map(|part| {
            let mut own = Vec::new();
            let truth = part.check(answers, &mut own);
            (truth, own)
        })
        .collect();
    let result = if checked.iter().any(|(t, _)| *t == decisive) {
        decisive
    } else if checked.iter().any(|(t, _)| *t == Truth::Unknown) {
        Truth::Unknown
    } else {
        otherwise
    };
    let keep = |truth: Truth| match result {
        Truth::Unknown if decisive == Truth::False => true, // unknown All: all parts
        Truth::Unknown => truth == Truth::Unknown,          // unknown Any: unknown parts
        _ if result == decisive => truth == decisive,
        _ => true,
    };
    for (truth, own) in checked {
        if keep(truth) {
            evidence.extend(own);
        }
    }
    result
}

impl Rule {
    /// The result of this rule on answers taken as they are (no skipping).
    pub(crate) fn result(&self, answers: &Answers) -> PathResult {
        let mut evidence = Vec::new();
        let fit = self.fits_when.check(answers, &mut evidence).fit();
        evidence.sort_by_key(|(fact, _)| *fact);
        evidence.dedup();
        let because = evidence
            .iter()
            .map(|&(fact, value)| Reason {
                id: fact.reason_id(value),
                fact,
                value,
            })
            .collect();
        let what_would_change = if fit == Fit::Ask {
            evidence
                .iter()
                .filter(|(_, value)| *value == Answer::Unsure)
                .map(|&(fact, _)| Hint {
                    id: fact.change_id().to_owned(),
                    fact,
                })
                .collect()
        } else {
            Vec::new()
        };
        PathResult {
            id: self.path,
            fit,
            because,
            next_steps: self
                .steps
                .for_fit(fit)
                .iter()
                .map(|&id| id.to_owned())
                .collect(),
            what_would_change,
            services: self.services.to_vec(),
            time_limit: self.time_limit,
        }
    }
}

/// The fit of every path, in [`Path::ALL`] order, on answers taken as they are.
pub(crate) fn fits(answers: &Answers) -> [Fit; 8] {
    let mut fits = [Fit::No; 8];
    for (fit, rule) in fits.iter_mut().zip(RULES.iter()) {
        *fit = rule.fits_when.holds(answers).fit();
    }
    fits
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests;
