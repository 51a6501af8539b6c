//! Checks that a household could exist before any rule runs on it. Each
//! problem names the field (as a path into the household file) and what is
//! wrong, as data: the UI and the command-line tool word it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::household::{age_on, Household, Role};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invalid {
    /// Path into the household, e.g. `members[1].incomes[0].net_monthly`.
    pub field: String,
    #[serde(flatten)]
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The first member is the applicant (titularul), and only the first.
    FirstMemberNotApplicant,
    SecondApplicant,
    BirthDateAfterCheckDate {
        birth_date: NaiveDate,
        check_date: NaiveDate,
    },
    /// Older than any person alive: a typing mistake in the year.
    BirthDateImplausible {
        birth_date: NaiveDate,
    },
    NegativeAmount {
        amount: Decimal,
    },
    /// Lei have two decimals (bani).
    MoreThanTwoDecimals {
        amount: Decimal,
    },
    AmountImplausible {
        amount: Decimal,
        max: Decimal,
    },
    TooManyMembers {
        count: usize,
        max: usize,
    },
    /// A household always has at least the applicant.
    NoMembers,
    DuplicateEnergySource,
    /// The home is heated with a source the family says it does not use.
    HeatingNotAmongEnergySources,
}

/// No one alive is older than this; a larger age is a typing mistake.
const MAX_AGE_YEARS: u32 = 120;
/// A monthly net income above this is a typing mistake, not a household
/// that could ask for social aid; the limit only guards against slips.
const MAX_MONTHLY_AMOUNT: Decimal = Decimal::from_parts(10_000_000, 0, 0, false, 0);
/// Guards against a runaway file; no rule needs more.
const MAX_MEMBERS: usize = 30;

pub fn household(h: &Household, check_date: NaiveDate) -> Result<(), Vec<Invalid>> {
    let mut errors = Vec::new();
    let mut push = |field: String, problem| errors.push(Invalid { field, problem });

    let members = h.members.as_deref().unwrap_or_default();
    if h.members.as_ref().is_some_and(Vec::is_empty) {
        push("members".into(), Problem::NoMembers);
    }
    if members.len() > MAX_MEMBERS {
        push(
            "members".into(),
            Problem::TooManyMembers {
                count: members.len(),
                max: MAX_MEMBERS,
            },
        );
    }
    for (i, member) in members.iter().enumerate() {
        match (i, member.role) {
            (0, Role::Applicant) => {}
            (0, _) => push(
                format!("members[{i}].role"),
                Problem::FirstMemberNotApplicant,
            ),
            (_, Role::Applicant) => push(format!("members[{i}].role"), Problem::SecondApplicant),
            _ => {}
        }
        if let Some(problem) = member
            .birth_date
            .and_then(|b| birth_date_problem(b, check_date))
        {
            push(format!("members[{i}].birth_date"), problem);
        }
        for (j, income) in member.incomes.iter().flatten().enumerate() {
            if let Some(problem) = amount_problem(income.net_monthly) {
                push(format!("members[{i}].incomes[{j}].net_monthly"), problem);
            }
        }
    }

    // Năvodari's emergency aid: the sum needed is a sum like any other.
    if let Some(problem) = h.local.emergency_cost.and_then(amount_problem) {
        push("local.emergency_cost".into(), problem);
    }

    if let Some(sources) = &h.home.energy_sources {
        let mut sorted = sources.clone();
        sorted.sort();
        sorted.dedup();
        if sorted.len() != sources.len() {
            push("home.energy_sources".into(), Problem::DuplicateEnergySource);
        }
        if let Some(source) = h.home.heating.and_then(|s| s.energy_source()) {
            if !sources.contains(&source) {
                push("home.heating".into(), Problem::HeatingNotAmongEnergySources);
            }
        }
    }

    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// What is wrong with a birth date on the date of the check, if anything.
pub fn birth_date_problem(birth_date: NaiveDate, check_date: NaiveDate) -> Option<Problem> {
    if birth_date > check_date {
        return Some(Problem::BirthDateAfterCheckDate {
            birth_date,
            check_date,
        });
    }
    age_on(birth_date, check_date)
        .is_none_or(|age| age > MAX_AGE_YEARS)
        .then_some(Problem::BirthDateImplausible { birth_date })
}

/// What is wrong with a sum of money in lei, if anything.
pub fn amount_problem(amount: Decimal) -> Option<Problem> {
    if amount.is_sign_negative() && !amount.is_zero() {
        Some(Problem::NegativeAmount { amount })
    } else if amount.normalize().scale() > 2 {
        Some(Problem::MoreThanTwoDecimals { amount })
    } else if amount > MAX_MONTHLY_AMOUNT {
        Some(Problem::AmountImplausible {
            amount,
            max: MAX_MONTHLY_AMOUNT,
        })
    } else {
        None
    }
}
