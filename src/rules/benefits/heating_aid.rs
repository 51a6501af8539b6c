//! Ajutorul pentru încălzirea locuinței (Legea 226/2021), as seed `004`
//! states it: for the cold season November–March, for families with net
//! income per member up to the family limit and single persons up to the
//! single-person limit, who own nothing on the list of excluding assets.
//!
//! The amount depends on a table the pages do not give, so the engine
//! states no amount and sends the person to the office's
//! "Plafoane și cuantumuri" form.

use chrono::{Datelike, NaiveDate};

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{HeatingSystem, Household};
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Check, Criterion, Note, NoteItem, Reason, Status,
};
use crate::rules::core::params::{heating as p, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria::{self, Checked};
use super::vulnerable_consumer as vc;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let law = vc::law_source(ctx.date)?;
    let mut checks = vc::common_checks(household, ctx)?;
    checks.push(heating_system(household, law));

    let (reasons, status, mut needs) = criteria::settle(checks);

    let season = cold_season(ctx.date)?;
    let mut notes = vec![
        season.clone(),
        NoteItem {
            note: Note::AmountSetByOffice,
            source: law,
        },
    ];
    // The income counted is the month before filing. Outside the season the
    // person files when it opens, so that is the month to prove, not the
    // month before today.
    let income_month = match season.note {
        Note::ColdSeason {
            starts,
            in_season: false,
            ..
        } => {
            let then = criteria::previous_month(starts);
            notes.push(NoteItem {
                note: Note::FilingWithNextSeason {
                    season_starts: starts,
                    income_month_if_filed_then: then,
                },
                source: season.source,
            });
            then
        }
        _ => criteria::previous_month(ctx.date),
    };
    if household.home.heating == Some(HeatingSystem::DistrictHeating) {
        notes.push(NoteItem {
            note: Note::DistrictHeatingNotOnPages,
            source: law,
        });
    }
    notes.extend(vc::common_notes(household, ctx)?);

    // Documents and deadlines matter once nothing about eligibility is left
    // to ask; a person who does not qualify is not asked about papers.
    let (documents, deadlines) = if status != Status::NotEligible && needs.is_empty() {
        let (documents, doc_needs) =
            vc::documents(household, ctx, household.home.heating, income_month)?;
        needs.extend(doc_needs);
        (documents, vec![vc::report_changes_deadline(ctx)?])
    } else {
        (Vec::new(), Vec::new())
    };
    match status {
        // A sure "no" keeps only what still helps: when the next season is,
        // where to file, and — when income decided — that the office may
        // leave some incomes out.
        Status::NotEligible => {
            let income_failed = vc::income_failed(&reasons);
            notes.retain(|n| match n.note {
                Note::ColdSeason { .. } | Note::FileWhereYouLive => true,
                Note::IncomeExclusionsNotOnPages => income_failed,
                _ => false,
            });
        }
        Status::ProbablyNotEligible => notes.extend(vc::probably_not_notes(ctx)?),
        _ => {}
    }
    needs.sort();
    needs.dedup();

    Ok(BenefitOutcome {
        benefit: BenefitId::HeatingAid,
        status,
        amount: None,
        reasons,
        documents,
        deadlines,
        notes,
        forms: vc::FORMS.to_vec(),
        needs,
    })
}

/// Seed `004` names heating with natural gas, electricity and solid fuel
/// ("cu combustibil solid, gaze naturale şi energie electrică"). It says
/// nothing of district heating, so that case is left to the office rather
/// than answered either way. A home that is not heated gets no heating aid.
fn heating_system(household: &Household, source: Source) -> Checked {
    let system = household.home.heating;
    let (check, needs) = match system {
        None => (Check::Unknown, vec![Fact::Heating]),
        Some(
            HeatingSystem::NaturalGas
            | HeatingSystem::Electricity
            | HeatingSystem::SolidOrPetroleum,
        ) => (Check::Pass, vec![]),
        Some(HeatingSystem::DistrictHeating) => (Check::Unknown, vec![]),
        Some(HeatingSystem::None) => (Check::Fail, vec![]),
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::HeatingSystemCovered { system },
            source,
        },
        needs,
    }
}

/// The cold season that contains `date`, or the next one if `date` is
/// between April and October.
fn cold_season(date: NaiveDate) -> Result<NoteItem, ParamError> {
    let season = p::COLD_SEASON_MONTHS.at(date)?;
    let (first_month, last_month) = season.value;
    // January–March belong to the season that started the November before.
    let start_year = if date.month() <= last_month {
        date.year() - 1
    } else {
        date.year()
    };
    let starts = NaiveDate::from_ymd_opt(start_year, first_month, 1);
    let ends =
        NaiveDate::from_ymd_opt(start_year + 1, last_month + 1, 1).and_then(|d| d.pred_opt());
    let (Some(starts), Some(ends)) = (starts, ends) else {
        return Err(ParamError::NotCovered {
            param: p::COLD_SEASON_MONTHS.id,
            date,
            covered_from: None,
        });
    };
    Ok(NoteItem {
        note: Note::ColdSeason {
            starts,
            ends,
            in_season: starts <= date && date <= ends,
        },
        source: season.source,
    })
}
