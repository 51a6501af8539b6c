//! Criteria shared by several benefits: residence and income per member.

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use super::facts::Fact;
use super::household::Household;
use super::municipality::MunicipalityId;
use super::outcome::{BenefitOutcome, Check, Criterion, HouseholdKind, Reason, Status, YearMonth};
use super::params::{Param, ParamError};
use super::source::Source;

/// A checked criterion and the facts it still needs.
pub struct Checked {
    pub reason: Reason,
    pub needs: Vec<Fact>,
}

/// The reasons, the status they lead to, and the facts still worth asking:
/// none once a criterion has failed, since no answer can change that.
pub fn settle(checks: Vec<Checked>) -> (Vec<Reason>, Status, Vec<Fact>) {
    let mut reasons = Vec::with_capacity(checks.len());
    let mut needs = Vec::new();
    for c in checks {
        reasons.push(c.reason);
        needs.extend(c.needs);
    }
    let status = BenefitOutcome::status_from(&reasons);
    if status == Status::NotEligible {
        needs.clear();
    }
    (reasons, status, needs)
}

/// The applicant must have domiciliul or reședința in the municipality whose
/// office takes the application.
pub fn residence(household: &Household, required: MunicipalityId, source: Source) -> Checked {
    let declared = household.residence;
    let (check, needs) = match declared {
        None => (Check::Unknown, vec![Fact::Residence]),
        // `Other` names no office, so living "elsewhere" never matches it.
        Some(r) if r.municipality == required && required != MunicipalityId::Other => {
            (Check::Pass, vec![])
        }
        Some(_) => (Check::Fail, vec![]),
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::Residence { required, declared },
            source,
        },
        needs,
    }
}

/// The month before `date`: income is declared for the month before the
/// application is filed.
pub fn previous_month(date: NaiveDate) -> YearMonth {
    if date.month() == 1 {
        YearMonth {
            year: date.year() - 1,
            month: 12,
        }
    } else {
        YearMonth {
            year: date.year(),
            month: date.month() - 1,
        }
    }
}

/// Net income per family member (or a single person's net income) against
/// the limit for that kind of household.
///
/// The average is rounded to the ban (half away from zero) and that rounded
/// figure is compared, so the number a person sees is the number that
/// decides: the pages state limits in lei and bani, never fractions of a ban.
pub fn income_per_member(
    household: &Household,
    date: NaiveDate,
    limit_family: &Param<Decimal>,
    limit_single: &Param<Decimal>,
) -> Result<Checked, ParamError> {
    let income_month = previous_month(date);
    let members = household.members.as_deref().unwrap_or_default();
    let count = members.len();
    let kind = match count {
        0 => None,
        1 => Some(HouseholdKind::SinglePerson),
        _ => Some(HouseholdKind::Family),
    };
    let limit = match kind {
        Some(HouseholdKind::SinglePerson) => Some(limit_single.at(date)?),
        Some(HouseholdKind::Family) => Some(limit_family.at(date)?),
        None => None,
    };
    let mut needs: Vec<Fact> = Vec::new();
    if count == 0 {
        needs.push(Fact::Members);
    }
    needs.extend(
        members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.incomes.is_none())
            .map(|(member, _)| Fact::Incomes { member }),
    );
    let total_net: Option<Decimal> = if needs.is_empty() {
        members.iter().map(|m| m.total_net_income()).sum()
    } else {
        None
    };
    let per_member = total_net.map(|total| {
        (total / Decimal::from(count))
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    });
    let check = match (per_member, limit) {
        (Some(avg), Some(limit)) if avg <= limit.value => Check::Pass,
        (Some(_), Some(_)) => Check::Fail,
        _ => Check::Unknown,
    };
    let source = limit
        .map(|l| l.source)
        .unwrap_or(limit_family.at(date)?.source);
    Ok(Checked {
        reason: Reason {
            check,
            criterion: Criterion::IncomePerMember {
                household: kind,
                members: u32::try_from(count).unwrap_or(u32::MAX),
                income_month,
                total_net,
                per_member,
                limit: limit.map(|l| l.value),
            },
            source,
        },
        needs,
    })
}
