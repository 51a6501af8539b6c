//! Năvodari's Easter and Christmas social tickets (seed `004`, "ACORDAREA
//! TICHETELOR SOCIALE", HCL Năvodari nr. 30/2017 as amended by HCL nr.
//! 236/2019). For residents of Năvodari in one of five categories; one
//! category per person or family, the disability category first. The
//! values are the page's table "pentru anul 2020": the mayor sets them
//! every year, so they are always shown with their year.
//!
//! The page names the beneficiaries of the guaranteed minimum income and
//! of the family support allowance; since 2024 both are the VMI (seeds
//! README): a household with VMI income is in that category. A pensioner's
//! tier up to 1.000 lei turns on the minimum social pension, whose figure
//! the page does not give: both values are said. An income over 1.000 and
//! under 1.001 lei, and an age of exactly 60 ("peste 60 ani"), fall between
//! the page's words: the office decides.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::rules::core::calendar;
use crate::rules::core::facts::Fact;
use crate::rules::core::household::{DisabilityGrade, Household, IncomeKind, Member};
use crate::rules::core::ids::local::{
    LocalCriterion, LocalDocument, LocalNote, PensionerTier, TicketCategory,
};
use crate::rules::core::municipality::MunicipalityId;
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Check, Criterion, Document, DocumentItem, Note, NoteItem, Reach,
    Reason, Status,
};
use crate::rules::core::params::navodari as p;
use crate::rules::core::params::ParamError;
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria;
use super::means;

/// One person's place in the table.
struct Placed {
    member: usize,
    category: Option<TicketCategory>,
    tier: Option<PensionerTier>,
    at_age_limit: bool,
    age: Option<u32>,
    income: Option<Decimal>,
    /// The values for one holiday: the least and the most it may be.
    min: Decimal,
    max: Decimal,
}

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let full = p::TICKETS_FULL.at(ctx.date)?;
    let middle = p::TICKETS_MIDDLE.at(ctx.date)?.value;
    let low = p::TICKETS_LOW.at(ctx.date)?.value;
    let middle_up_to = p::PENSIONER_MIDDLE_UP_TO.at(ctx.date)?.value;
    let low_from = p::PENSIONER_LOW_FROM.at(ctx.date)?.value;
    let limit = p::PENSIONER_LIMIT.at(ctx.date)?;
    let age_limit = p::TICKETS_AGE.at(ctx.date)?.value;
    let table = full.source;
    let rule = limit.source;

    let residence = criteria::residence(
        household,
        MunicipalityId::Navodari,
        Reach::Local,
        p::HCL_30_2017,
    );
    let mut reasons = vec![residence.reason];
    let mut needs = residence.needs;
    needs.extend(means::income_needs(household));
    let members = household.members.as_deref().unwrap_or_default();
    let incomes_known = household.members.is_some() && members.iter().all(|m| m.incomes.is_some());
    let mut out = means::outcome(
        BenefitId::NavodariHolidayTickets,
        Status::NeedsMoreInfo,
        Vec::new(),
        Vec::new(),
    );
    if !incomes_known {
        out.reasons = reasons;
        out.status = BenefitOutcome::status_from(&out.reasons);
        if out.status != Status::NotEligible {
            out.status = Status::NeedsMoreInfo;
            out.needs = needs;
        }
        return Ok(out);
    }
    let vmi_family = members
        .iter()
        .any(|m| receives(m, IncomeKind::MinimumInclusionIncome));
    let placed: Vec<Placed> = members
        .iter()
        .enumerate()
        .map(|(index, m)| {
            place(
                index,
                m,
                vmi_family,
                ctx.date,
                full.value,
                middle,
                low,
                middle_up_to,
                low_from,
                limit.value,
                age_limit,
            )
        })
        .collect();
    // In a category for sure (its value may still turn on a figure the
    // page does not give), or only at a limit the office decides.
    let certain = placed.iter().filter(|x| x.category.is_some()).count();
    let uncertain = placed.iter().filter(|x| x.at_age_limit).count();
    for x in placed
        .iter()
        .filter(|x| x.category.is_some() || x.at_age_limit)
    {
        reasons.push(Reason {
            check: if x.at_age_limit {
                Check::Unknown
            } else {
                Check::Pass
            },
            criterion: Criterion::Local(LocalCriterion::TicketCategory {
                member: x.member,
                category: x.category,
                age: x.age,
                net_income: x.income,
                tier: x.tier,
                age_exactly_limit: x.at_age_limit,
            }),
            source: rule,
        });
    }
    let in_category = certain + uncertain;
    reasons.push(Reason {
        check: match (certain, uncertain) {
            (0, 0) => Check::Fail,
            (0, _) => Check::Unknown,
            _ => Check::Pass,
        },
        criterion: Criterion::Local(LocalCriterion::AnyTicketCategory {
            members_in_category: u32::try_from(in_category).unwrap_or(u32::MAX),
        }),
        source: rule,
    });
    // Anyone in a category makes the family eligible for their tickets;
    // a person at a limit the office decides is only a further question.
    let mut status = BenefitOutcome::status_from(&reasons);
    if status == Status::NeedsMoreInfo && certain > 0 {
        status = Status::Eligible;
    }
    out.status = status;
    out.reasons = reasons;
    if status == Status::NotEligible {
        return Ok(out);
    }
    let note = |note, source: Source| NoteItem {
        note: Note::Local(note),
        source,
    };
    let year = p::TICKETS_YEAR;
    for x in &placed {
        if let Some(category) = x.category {
            if x.min == x.max {
                out.notes.push(note(
                    LocalNote::TicketValue {
                        member: x.member,
                        category,
                        per_holiday: x.max,
                        year,
                    },
                    table,
                ));
            }
        }
        match x.tier {
            Some(PensionerTier::UpTo1000MinimumPensionUnknown) => out.notes.push(note(
                LocalNote::TicketTierByMinimumPension {
                    member: x.member,
                    low: middle,
                    high: full.value,
                },
                table,
            )),
            Some(PensionerTier::Between1000And1001) => out
                .notes
                .push(note(LocalNote::TicketTierGap { member: x.member }, table)),
            _ => {}
        }
        if x.at_age_limit {
            out.notes
                .push(note(LocalNote::TicketAgeAtLimit { member: x.member }, rule));
        }
    }
    out.notes.push(note(
        LocalNote::TicketsTotal {
            min: placed.iter().map(|x| x.min).sum(),
            max: placed.iter().map(|x| x.max).sum(),
            year,
        },
        table,
    ));
    if let Some((easter, christmas)) = occasions(ctx.date) {
        out.notes
            .push(note(LocalNote::TicketOccasions { easter, christmas }, rule));
    }
    out.notes.push(note(LocalNote::TicketOneCategory, rule));
    if vmi_family {
        out.notes
            .push(note(LocalNote::TicketVmiReplacesVmgAndAsf, rule));
    }
    out.notes.push(note(LocalNote::TicketsOnRequest, rule));
    out.documents.push(DocumentItem {
        document: Document::Local(LocalDocument::TicketCategoryPapers),
        source: rule,
    });
    out.needs = if status == Status::NeedsMoreInfo {
        needs
            .into_iter()
            .filter(|f| *f != Fact::Residence || household.residence.is_none())
            .collect()
    } else {
        Vec::new()
    };
    Ok(out)
}

fn receives(m: &Member, kind: IncomeKind) -> bool {
    m.incomes
        .iter()
        .flatten()
        .any(|i| i.kind == kind && !i.net_monthly.is_zero())
}

#[allow(clippy::too_many_arguments)]
fn place(
    member: usize,
    m: &Member,
    vmi_family: bool,
    date: NaiveDate,
    full: Decimal,
    middle: Decimal,
    low: Decimal,
    middle_up_to: Decimal,
    low_from: Decimal,
    limit: Decimal,
    age_limit: u32,
) -> Placed {
    let income = m.total_net_income();
    let age = m.age_on(date);
    let mut x = Placed {
        member,
        category: None,
        tier: None,
        at_age_limit: false,
        age,
        income,
        min: Decimal::ZERO,
        max: Decimal::ZERO,
    };
    let pensioner = m
        .incomes
        .iter()
        .flatten()
        .any(|i| i.kind == IncomeKind::Pension);
    let own = income.unwrap_or_default();
    if matches!(
        m.disability,
        Some(DisabilityGrade::Severe | DisabilityGrade::Accentuated)
    ) {
        x.category = Some(TicketCategory::SevereOrAccentuatedDisability);
        (x.min, x.max) = (full, full);
    } else if vmi_family {
        x.category = Some(TicketCategory::MinimumIncome);
        (x.min, x.max) = (full, full);
    } else if pensioner && own <= limit {
        x.category = Some(TicketCategory::Pensioner);
        let (tier, min, max) = if own <= middle_up_to {
            (PensionerTier::UpTo1000MinimumPensionUnknown, middle, full)
        } else if own < low_from {
            (PensionerTier::Between1000And1001, low, middle)
        } else {
            (PensionerTier::From1001To1450, low, low)
        };
        x.tier = Some(tier);
        (x.min, x.max) = (min, max);
    } else if own.is_zero() && age.is_some_and(|a| a > age_limit) {
        x.category = Some(TicketCategory::OverSixtyWithoutIncome);
        (x.min, x.max) = (full, full);
    } else if own.is_zero() && age == Some(age_limit) {
        x.at_age_limit = true;
        (x.min, x.max) = (Decimal::ZERO, full);
    }
    x
}

/// The next Orthodox Easter and Christmas on or after `date`.
fn occasions(date: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let easter = match calendar::orthodox_easter(date.year()) {
        Some(e) if e >= date => e,
        _ => calendar::orthodox_easter(date.year() + 1)?,
    };
    let christmas = NaiveDate::from_ymd_opt(date.year(), 12, 25)
        .filter(|c| *c >= date)
        .or_else(|| NaiveDate::from_ymd_opt(date.year() + 1, 12, 25))?;
    Some((easter, christmas))
}
