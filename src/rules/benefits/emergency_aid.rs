//! Ajutorul de urgență and ajutorul de deces (înmormântare) as the DASM
//! Cluj-Napoca pages state them: seed `000` lists the emergency aid among
//! its benefits and offers one form, "Cerere ajutor de deces-urgență"; seed
//! `001` adds "Cerere ajutor de deces" and "Acte necesare ajutor deces".
//! Neither page gives an amount, a criterion or a list of papers, so none
//! is stated here: the office decides each case. Seed `004`'s fixed sums
//! and lists are Năvodari's own council decisions and do not apply in
//! Cluj-Napoca.
//!
//! Seed `000` does not call it a programme of the municipality: its
//! service "implementează … legislația prin care se acordă" the benefits it
//! lists, the emergency aid among them, and registers dossiers only for
//! residents of Cluj-Napoca. So a person living elsewhere is not told "no"
//! but to ask at their own town hall, whose rules the pages do not give.

use crate::rules::core::household::Household;
use crate::rules::core::ids::means::{MeansForm, MeansNote};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{BenefitId, BenefitOutcome, Reach};
use crate::rules::core::params::ParamError;
use crate::rules::core::EvalContext;

use super::information_only::{self, Audience, Service};

pub const EMERGENCY: Service = Service {
    benefit: BenefitId::EmergencyAid,
    audience: Audience::Anyone,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[
        MeansNote::LocalAidCaseByCase,
        MeansNote::OtherTownRulesDoNotApply,
    ],
    forms: &[MeansForm::DeathOrEmergencyAidApplication],
    source: DASM_CLUJ_PAGE,
};

pub const FUNERAL: Service = Service {
    benefit: BenefitId::FuneralAid,
    audience: Audience::Anyone,
    reach: Some(Reach::Local),
    residents_only: false,
    notes: &[
        MeansNote::LocalAidCaseByCase,
        MeansNote::FuneralAidDocumentsOnForm,
        MeansNote::OtherTownRulesDoNotApply,
    ],
    forms: &[
        MeansForm::DeathOrEmergencyAidApplication,
        MeansForm::DeathAidDocuments,
    ],
    source: DASM_CLUJ_PAGE,
};

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    information_only::evaluate(&EMERGENCY, household, ctx)
}

pub fn evaluate_funeral(
    household: &Household,
    ctx: &EvalContext,
) -> Result<BenefitOutcome, ParamError> {
    information_only::evaluate(&FUNERAL, household, ctx)
}
