//! Criteria shared by several benefits: residence and income per member.

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, Income, IncomeKind, Member};
use crate::rules::core::municipality::MunicipalityId;
use crate::rules::core::outcome::{
    BenefitOutcome, Check, Criterion, HouseholdKind, LeftOut, Reach, Reason, Status, YearMonth,
};
use crate::rules::core::params::{Param, ParamError};
use crate::rules::core::source::Source;

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

/// Where the applicant must live. A local programme is for the residents
/// of the municipality whose office takes the application. A national
/// benefit is the same in every town: a person living elsewhere qualifies
/// alike and files at their own town's office (seed `000`: DASM Cluj-Napoca
/// registers dossiers only for people with domicile or residence there).
///
/// A homeless person (`situation.homeless`, "persoane fără adăpost": no
/// domicile, no residence, no home) has neither to give, and is not asked
/// again. A national benefit passes: the VMI is for those who "locuiesc
/// efectiv" in the town and the kindergarten tickets are given to homeless
/// children in the office's records (seed `004`). The pages say nothing of
/// the town's own programmes for them, so there the office decides: never
/// a pass, never a fail.
pub fn residence(
    household: &Household,
    required: MunicipalityId,
    reach: Reach,
    source: Source,
) -> Checked {
    let declared = household.residence;
    let homeless = declared.is_none() && household.situation.homeless == Some(true);
    let (check, needs) = match (declared, reach) {
        (None, Reach::National) if homeless => (Check::Pass, vec![]),
        (None, Reach::Local) if homeless => (Check::Unknown, vec![]),
        (None, _) => (Check::Unknown, vec![Fact::Residence]),
        (Some(_), Reach::National) => (Check::Pass, vec![]),
        // `Other` names no office, so living "elsewhere" never matches it.
        (Some(r), Reach::Local)
            if r.municipality == required && required != MunicipalityId::Other =>
        {
            (Check::Pass, vec![])
        }
        (Some(_), Reach::Local) => (Check::Fail, vec![]),
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::Residence {
                required,
                declared,
                reach,
                homeless,
            },
            source,
        },
        needs,
    }
}

/// Whether the person lives outside the municipality whose office we
/// describe (and so files a national benefit at their own town's office).
pub fn lives_elsewhere(household: &Household, municipality: MunicipalityId) -> bool {
    household
        .residence
        .is_some_and(|r| r.municipality != municipality || r.municipality == MunicipalityId::Other)
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
/// Over the limit, a household whose figure would pass without the incomes
/// of kinds in `may_be_left_out` gets `ProbablyFail` instead of `Fail`: the
/// office may leave those out, so we say "probably not", not "no".
pub fn income_per_member(
    household: &Household,
    date: NaiveDate,
    limit_family: &Param<Decimal>,
    limit_single: &Param<Decimal>,
    may_be_left_out: &[IncomeKind],
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
    let per_member = total_net.map(|total| per_member_rounded(total, count));
    let mut possibly_left_out = None;
    let check = match (per_member, limit) {
        (Some(avg), Some(limit)) if avg <= limit.value => Check::Pass,
        (Some(_), Some(limit)) => {
            let left_out = left_out(members, may_be_left_out, count);
            let passes_without = left_out
                .as_ref()
                .is_some_and(|l| l.per_member_without <= limit.value);
            possibly_left_out = left_out;
            if passes_without {
                Check::ProbablyFail
            } else {
                Check::Fail
            }
        }
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
                possibly_left_out,
            },
            source,
        },
        needs,
    })
}

/// `total` shared among `count` members, rounded to the ban.
fn per_member_rounded(total: Decimal, count: usize) -> Decimal {
    (total / Decimal::from(count.max(1)))
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The incomes of the kinds in `kinds`, if the household has any.
fn left_out(members: &[Member], kinds: &[IncomeKind], count: usize) -> Option<LeftOut> {
    let incomes: Vec<&Income> = members
        .iter()
        .flat_map(|m| m.incomes.iter().flatten())
        .collect();
    let total_net: Decimal = incomes.iter().map(|i| i.net_monthly).sum();
    let mut found: Vec<IncomeKind> = incomes
        .iter()
        .filter(|i| kinds.contains(&i.kind) && !i.net_monthly.is_zero())
        .map(|i| i.kind)
        .collect();
    found.sort();
    found.dedup();
    if found.is_empty() {
        return None;
    }
    let total: Decimal = incomes
        .iter()
        .filter(|i| kinds.contains(&i.kind))
        .map(|i| i.net_monthly)
        .sum();
    Some(LeftOut {
        kinds: found,
        total,
        per_member_without: per_member_rounded(total_net - total, count),
    })
}
