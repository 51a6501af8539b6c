//! Suplimentul pentru energie (Legea 226/2021), as seed `004` states it:
//! paid monthly all year to families and single persons who meet the
//! heating aid's conditions, a fixed sum per energy source used, added up;
//! 70 lei instead of 30 when electricity is the only source.

use rust_decimal::Decimal;

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{EnergySource, Household};
use crate::rules::core::outcome::{
    Amount, AmountPart, BenefitId, BenefitOutcome, Check, Criterion, Note, NoteItem, Payee, Reason,
    Status, SupplementPart,
};
use crate::rules::core::params::{heating as p, Param, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria::{self, Checked};
use super::vulnerable_consumer as vc;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let law = vc::law_source(ctx.date)?;
    let mut checks = vc::common_checks(household, ctx)?;
    checks.push(supplement_source(household, law));

    let (reasons, status, mut needs) = criteria::settle(checks);

    let (amount, documents, deadlines, notes) = if status != Status::NotEligible && needs.is_empty()
    {
        // The heating system only decides the heating aid's energy bill. The
        // supplement is paid all year, so the month before today is the
        // month before filing.
        let income_month = criteria::previous_month(ctx.date);
        let (documents, doc_needs) = vc::documents(household, ctx, None, income_month)?;
        needs.extend(doc_needs);
        let mut notes = vec![NoteItem {
            note: Note::SupplementWithOrWithoutHeatingAid,
            source: law,
        }];
        notes.extend(vc::common_notes(household, ctx)?);
        if status == Status::ProbablyNotEligible {
            notes.extend(vc::probably_not_notes(ctx)?);
        }
        let sources = household.home.energy_sources.as_deref().unwrap_or_default();
        (
            Some(amount(sources, ctx)?),
            documents,
            vec![vc::report_changes_deadline(ctx)?],
            notes,
        )
    } else {
        let mut notes = vc::where_to_file(household, ctx);
        if status == Status::NotEligible && vc::income_failed(&reasons) {
            notes.push(NoteItem {
                note: Note::IncomeExclusionsNotOnPages,
                source: law,
            });
        }
        (None, Vec::new(), Vec::new(), notes)
    };
    needs.sort();
    needs.dedup();

    Ok(BenefitOutcome {
        benefit: BenefitId::EnergySupplement,
        status,
        amount,
        reasons,
        documents,
        deadlines,
        notes,
        forms: vc::FORMS.to_vec(),
        needs,
    })
}

/// The supplement is paid for electricity, natural gas and solid or
/// petroleum fuels; a home using none of these gets none.
fn supplement_source(household: &Household, source: Source) -> Checked {
    let sources = household.home.energy_sources.clone();
    let (check, needs) = match &sources {
        None => (Check::Unknown, vec![Fact::EnergySources]),
        Some(list) if list.iter().any(|s| *s != EnergySource::DistrictHeating) => {
            (Check::Pass, vec![])
        }
        Some(_) => (Check::Fail, vec![]),
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::SupplementSource { sources },
            source,
        },
        needs,
    }
}

/// "Suplimentul pentru energie se acordă cumulat, în funcţie de sursele de
/// furnizare a energiei utilizate"; electricity as the only source used gets
/// the larger single amount. Lit. a)–b) are paid to the supplier, lit. c) to
/// the applicant.
fn amount(sources: &[EnergySource], ctx: &EvalContext) -> Result<Amount, ParamError> {
    let part = |part, param: &Param<Decimal>, paid_to| -> Result<AmountPart, ParamError> {
        let value = param.at(ctx.date)?;
        Ok(AmountPart {
            part,
            monthly: value.value,
            paid_to,
            source: value.source,
        })
    };
    let parts = if sources == [EnergySource::Electricity] {
        vec![part(
            SupplementPart::ElectricityOnly,
            &p::SUPPLEMENT_ELECTRICITY_ONLY,
            Payee::Supplier,
        )?]
    } else {
        let mut parts = Vec::new();
        if sources.contains(&EnergySource::Electricity) {
            parts.push(part(
                SupplementPart::Electricity,
                &p::SUPPLEMENT_ELECTRICITY,
                Payee::Supplier,
            )?);
        }
        if sources.contains(&EnergySource::NaturalGas) {
            parts.push(part(
                SupplementPart::NaturalGas,
                &p::SUPPLEMENT_NATURAL_GAS,
                Payee::Supplier,
            )?);
        }
        if sources.contains(&EnergySource::SolidOrPetroleum) {
            parts.push(part(
                SupplementPart::SolidOrPetroleum,
                &p::SUPPLEMENT_SOLID_OR_PETROLEUM,
                Payee::Applicant,
            )?);
        }
        parts
    };
    Ok(Amount {
        monthly_total: parts.iter().map(|p| p.monthly).sum(),
        parts,
    })
}
