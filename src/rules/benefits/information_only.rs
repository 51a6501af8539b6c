//! The services the pages explain without criteria to screen on ("explained,
//! not screened"): what each is, whom it is for as the page says, the forms
//! and where to go. Their status is `InformationOnly`; Cluj-Napoca's own
//! services are for its residents only, so for a person living elsewhere
//! they are `NotEligible` on residence, and a national one is filed at the
//! person's own town hall. Nothing here is invented: where a page only
//! names a service, that is all we say.

use chrono::NaiveDate;

pub use crate::rules::core::ids::means::Audience;

use crate::rules::core::household::{Answer, DisabilityGrade, Household, Role, Schooling};
use crate::rules::core::ids::means::{MeansForm, MeansNote};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Check, Form, Note, NoteItem, Reach, Status,
};
use crate::rules::core::params::{means as p, ngo, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria;

// `Audience` is data (core: `MeansNote::NotForThisHousehold` carries it);
// how a household's answers test it is this file's.
impl Audience {
    /// Whether the household is among those the service is for: `None`
    /// while the answers that would say are missing (then it stays listed).
    pub fn touches(self, household: &Household, date: NaiveDate) -> Option<bool> {
        let members = household.members.as_deref();
        let child_under = |years: u32| {
            members.map(|m| {
                m.iter()
                    .any(|m| m.role == Role::Child && m.age_on(date).is_none_or(|a| a < years))
            })
        };
        match self {
            Audience::Anyone => Some(true),
            Audience::Children => child_under(18),
            Audience::Pupils => members.map(|m| {
                m.iter().any(|m| {
                    m.role == Role::Child
                        || matches!(m.schooling, Some(Schooling::School | Schooling::HighSchool))
                })
            }),
            Audience::Newborns => child_under(1),
            Audience::InDasmRecords => match household.rent_aid.marginalised_in_dasm_records {
                Some(Answer::No) => Some(false),
                _ => Some(true),
            },
            Audience::SevereDisability => {
                let members = members?;
                if members
                    .iter()
                    .any(|m| m.disability == Some(DisabilityGrade::Severe))
                {
                    Some(true)
                } else if members.iter().all(|m| m.disability.is_some()) {
                    Some(false)
                } else {
                    None
                }
            }
            Audience::Organisations => Some(false),
        }
    }
}

/// One service: who runs it for whom, what the page says, its forms.
pub struct Service {
    pub benefit: BenefitId,
    /// Whom it is for, as its page says.
    pub audience: Audience,
    /// `None`: a service for organisations, not households (no residence).
    pub reach: Option<Reach>,
    /// For a local service: whether its page says it is for Cluj-Napoca's
    /// residents only (then someone living elsewhere is told no). Where the
    /// pages only say what DASM does for its residents, someone living
    /// elsewhere is sent to their own town hall instead of a "no".
    pub residents_only: bool,
    pub notes: &'static [MeansNote],
    pub forms: &'static [MeansForm],
    pub source: Source,
}

/// The outcome for `service`: information, with the residence rule.
pub fn evaluate(
    service: &Service,
    household: &Household,
    ctx: &EvalContext,
) -> Result<BenefitOutcome, ParamError> {
    // The figures' coverage: a date before the pages were read is refused
    // like every other rule of this area.
    p::INCLUSION_LEVEL.at(ctx.date)?;
    let mut out = BenefitOutcome {
        benefit: service.benefit,
        status: Status::InformationOnly,
        amount: None,
        reasons: Vec::new(),
        documents: Vec::new(),
        deadlines: Vec::new(),
        notes: Vec::new(),
        forms: service.forms.iter().map(|f| Form::Means(*f)).collect(),
        needs: Vec::new(),
    };
    if let Some(reach) = service.reach {
        let residence = criteria::residence(household, ctx.municipality, reach, DASM_CLUJ_PAGE);
        if residence.reason.check == Check::Fail {
            out.status = Status::NotEligible;
        }
        if reach == Reach::Local {
            out.needs = residence.needs;
            out.reasons.push(residence.reason);
        }
        if reach == Reach::National && criteria::lives_elsewhere(household, ctx.municipality) {
            out.notes.push(NoteItem {
                note: Note::FileWhereYouLive,
                source: DASM_CLUJ_PAGE,
            });
        }
    }
    out.notes.extend(service.notes.iter().map(|n| NoteItem {
        note: Note::Means(n.clone()),
        source: service.source,
    }));
    // Not for this household, by its answers: listed among what does not
    // apply, with what the page says (kept for the volunteers who help
    // others), nothing asked.
    let refused_as_non_resident = service.residents_only && out.status == Status::NotEligible;
    if !refused_as_non_resident && service.audience.touches(household, ctx.date) == Some(false) {
        out.forms = service.forms.iter().map(|f| Form::Means(*f)).collect();
        out.status = Status::NotApplicable;
        out.reasons.clear();
        out.needs.clear();
        out.notes.insert(
            0,
            NoteItem {
                note: Note::Means(MeansNote::NotForThisHousehold {
                    audience: service.audience,
                }),
                source: service.source,
            },
        );
        return Ok(out);
    }
    // DASM's counter and forms are not for someone living elsewhere; where
    // the pages do not say the service is Cluj-Napoca's own, that person is
    // told where to ask, not "no".
    if service.reach == Some(Reach::Local)
        && !service.residents_only
        && criteria::lives_elsewhere(household, ctx.municipality)
    {
        out.status = Status::InformationOnly;
        out.reasons.clear();
        out.forms.clear();
        out.needs.clear();
        out.notes = vec![NoteItem {
            note: Note::Means(MeansNote::AskYourOwnTownHall {
                funeral: service.benefit == BenefitId::FuneralAid,
            }),
            source: DASM_CLUJ_PAGE,
        }];
    }
    Ok(out)
}

pub const DENTAL: Service = Service {
    benefit: BenefitId::DentalProgramme,
    audience: Audience::Anyone,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[MeansNote::NotScreened, MeansNote::DentalProgramme],
    forms: &[
        MeansForm::DentalProgrammeInformation,
        MeansForm::DentalProgrammeApplication,
        MeansForm::GdprDeclaration,
    ],
    source: DASM_CLUJ_PAGE,
};

pub const FOOD_TICKETS: Service = Service {
    benefit: BenefitId::FoodTicketProgramme,
    audience: Audience::Anyone,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[MeansNote::NotScreened, MeansNote::FoodTicketProgramme],
    forms: &[MeansForm::SocialTicketsApplication],
    source: DASM_CLUJ_PAGE,
};

pub const EU_FOOD_AID: Service = Service {
    benefit: BenefitId::EuFoodAid,
    audience: Audience::Anyone,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[MeansNote::NotScreened, MeansNote::EuFoodAid],
    forms: &[],
    source: DASM_CLUJ_PAGE,
};

pub const SCHOOL_SUPPLIES: Service = Service {
    benefit: BenefitId::SchoolSupplies,
    audience: Audience::Children,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[MeansNote::NotScreened, MeansNote::SchoolSupplies],
    forms: &[],
    source: DASM_CLUJ_PAGE,
};

pub const DOUBLE_EXPENSES: Service = Service {
    benefit: BenefitId::DoubleHouseholdExpensesCertificate,
    audience: Audience::Anyone,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[
        MeansNote::NotScreened,
        MeansNote::DoubleHouseholdExpensesCertificate,
    ],
    forms: &[],
    source: DASM_CLUJ_PAGE,
};

pub const SEASONAL_WORK: Service = Service {
    benefit: BenefitId::SeasonalWorkCertificate,
    audience: Audience::Anyone,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[MeansNote::NotScreened, MeansNote::SeasonalWorkCertificate],
    forms: &[],
    source: DASM_CLUJ_PAGE,
};

/// "Bani de liceu" is a national programme; the social inquiry is made
/// where the pupil lives.
pub const HIGH_SCHOOL_MONEY: Service = Service {
    benefit: BenefitId::HighSchoolMoneyInquiry,
    audience: Audience::Pupils,
    reach: Some(Reach::National),
    residents_only: false,
    notes: &[MeansNote::NotScreened, MeansNote::HighSchoolMoneyInquiry],
    forms: &[MeansForm::HighSchoolInquiryApplication],
    source: DASM_CLUJ_PAGE,
};

/// "Beneficiarii centrului sunt persoane marginalizate social … din
/// municipiul Cluj-Napoca, aflate în evidențele DASM" (seed `000`).
pub const INCLUSION_CENTRE: Service = Service {
    benefit: BenefitId::SocialInclusionCentre,
    audience: Audience::InDasmRecords,
    reach: Some(Reach::Local),
    residents_only: true,
    notes: &[
        MeansNote::NotScreened,
        MeansNote::SocialInclusionCentre {
            address: "str. Plevnei nr. 158, Cluj-Napoca",
        },
    ],
    forms: &[],
    source: DASM_CLUJ_PAGE,
};

pub const NEWBORN_VOUCHERS: Service = Service {
    benefit: BenefitId::NewbornVouchers,
    audience: Audience::Newborns,
    reach: Some(Reach::National),
    residents_only: false,
    notes: &[MeansNote::NotScreened, MeansNote::NewbornVouchersNamedOnly],
    forms: &[],
    source: p::NAVODARI_BENEFIT_LIST,
};

pub const PERSONAL_ASSISTANT: Service = Service {
    benefit: BenefitId::PersonalAssistantOrAllowance,
    audience: Audience::SevereDisability,
    reach: Some(Reach::National),
    residents_only: false,
    notes: &[
        MeansNote::PersonalAssistantChoice,
        MeansNote::PersonalAssistantAllowance,
        MeansNote::PersonalAssistantExcluded,
        MeansNote::PersonalAssistantDocuments,
    ],
    forms: &[],
    source: p::DISABILITY_PAGE,
};

pub const NGO_SUBSIDIES: Service = Service {
    benefit: BenefitId::NgoSubsidies,
    audience: Audience::Organisations,
    reach: None,
    residents_only: false,
    notes: &[
        MeansNote::NgoSubsidyWho,
        MeansNote::NgoSubsidyBudgets {
            budgets: &ngo::SUBSIDY_BUDGETS_2024,
            total: ngo::SUBSIDY_PROGRAMME_BUDGET_2024,
        },
        MeansNote::NgoAverageSubsidyByHcl,
        MeansNote::NgoCatalogue {
            names: &ngo::NGO_CATALOGUE,
        },
    ],
    forms: &[
        MeansForm::NgoSubsidyApplication,
        MeansForm::NgoTechnicalSheet,
        MeansForm::NgoBudgetAnnex,
        MeansForm::NgoCatalogue,
        MeansForm::LicensedNgoList,
    ],
    source: p::ACTION_PLAN_34,
};

pub const NGO_GRANTS: Service = Service {
    benefit: BenefitId::NgoGrants,
    audience: Audience::Organisations,
    reach: None,
    residents_only: false,
    notes: &[MeansNote::NgoGrants {
        budget_2024: ngo::GRANTS_BUDGET_2024,
        funded_2023: ngo::GRANTS_FUNDED_2023,
    }],
    forms: &[],
    source: p::ACTION_PLAN_350,
};

/// An evaluator per service, for the engine's registry.
macro_rules! evaluators {
    ($($name:ident => $service:ident),* $(,)?) => {
        $(
            pub fn $name(
                household: &Household,
                ctx: &EvalContext,
            ) -> Result<BenefitOutcome, ParamError> {
                evaluate(&$service, household, ctx)
            }
        )*
    };
}

evaluators! {
    dental => DENTAL,
    food_tickets => FOOD_TICKETS,
    eu_food_aid => EU_FOOD_AID,
    school_supplies => SCHOOL_SUPPLIES,
    double_expenses => DOUBLE_EXPENSES,
    seasonal_work => SEASONAL_WORK,
    high_school_money => HIGH_SCHOOL_MONEY,
    inclusion_centre => INCLUSION_CENTRE,
    newborn_vouchers => NEWBORN_VOUCHERS,
    ngo_subsidies => NGO_SUBSIDIES,
    ngo_grants => NGO_GRANTS,
}

/// The personal assistant or allowance: information, pointed out to a
/// household with a member whose disability is severe ("grav").
pub fn personal_assistant(
    household: &Household,
    ctx: &EvalContext,
) -> Result<BenefitOutcome, ParamError> {
    let mut out = evaluate(&PERSONAL_ASSISTANT, household, ctx)?;
    let severe = household
        .members
        .iter()
        .flatten()
        .any(|m| m.disability == Some(DisabilityGrade::Severe));
    if severe {
        out.notes.push(NoteItem {
            note: Note::Means(MeansNote::AskDgaspc),
            source: p::DGASPC_PAGE,
        });
    }
    Ok(out)
}
