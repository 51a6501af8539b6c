//! What the means-tested and local benefits (issue 10) share: the adjusted
//! income, the income's facts and proofs, the opening notes, the
//! obligations as dated deadlines. The area's identifiers (`MeansFact`,
//! `MeansCriterion`, `MeansNote`…) are data in `core::ids::means`,
//! re-exported here so that `rules::means::MeansNote` keeps naming them.

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

pub use crate::rules::core::ids::means::*;

use crate::rules::core::deadlines;
use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, IncomeKind, Member, Role};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Anchor, BenefitId, BenefitOutcome, DayUnit, Deadline, DeadlineId, Document, Form, Note,
    NoteItem, Reason, Status, YearMonth,
};
use crate::rules::core::params::ParamError;
use crate::rules::core::source::Source;

// ---------------------------------------------------------------------------
// What these benefits share
// ---------------------------------------------------------------------------

/// One person's income of one kind, left out or counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeSplit {
    pub total: Decimal,
    pub left_out_kinds: Vec<IncomeKind>,
    pub left_out_total: Decimal,
}

impl IncomeSplit {
    pub fn counted(&self) -> Decimal {
        self.total - self.left_out_total
    }
}

/// Every member's net income of the month before filing, split into what
/// counts and the kinds in `left_out`. `None` while some member's incomes
/// are not known yet (or no members are).
pub fn split_income(household: &Household, left_out: &[IncomeKind]) -> Option<IncomeSplit> {
    let members = household.members.as_deref()?;
    if members.is_empty() || members.iter().any(|m| m.incomes.is_none()) {
        return None;
    }
    let incomes = members.iter().flat_map(|m| m.incomes.iter().flatten());
    let mut split = IncomeSplit {
        total: Decimal::ZERO,
        left_out_kinds: Vec::new(),
        left_out_total: Decimal::ZERO,
    };
    for income in incomes {
        split.total += income.net_monthly;
        if left_out.contains(&income.kind) {
            split.left_out_total += income.net_monthly;
            if !income.net_monthly.is_zero() {
                split.left_out_kinds.push(income.kind);
            }
        }
    }
    split.left_out_kinds.sort();
    split.left_out_kinds.dedup();
    Some(split)
}

/// The facts the income of the month before filing still waits on: who is
/// in the family, and each member's incomes not asked yet.
pub fn income_needs(household: &Household) -> Vec<Fact> {
    let Some(members) = household.members.as_deref() else {
        return vec![Fact::Members];
    };
    members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.incomes.is_none())
        .map(|(member, _)| Fact::Incomes { member })
        .collect()
}

/// A proof of each kind of income one member had in `month`, one per kind.
pub fn income_proofs(member: usize, m: &Member, month: YearMonth) -> Vec<Document> {
    let mut kinds: Vec<IncomeKind> = m.incomes.iter().flatten().map(|i| i.kind).collect();
    kinds.sort();
    kinds.dedup();
    kinds
        .into_iter()
        .map(|kind| Document::IncomeProof {
            member,
            kind,
            month,
        })
        .collect()
}

/// A fresh answer for one of this area's benefits, to be filled in.
pub fn outcome(
    benefit: BenefitId,
    status: Status,
    reasons: Vec<Reason>,
    forms: Vec<Form>,
) -> BenefitOutcome {
    BenefitOutcome {
        benefit,
        status,
        amount: None,
        reasons,
        documents: Vec::new(),
        deadlines: Vec::new(),
        notes: Vec::new(),
        forms,
        needs: Vec::new(),
    }
}

/// The notes that open a screened answer: a national benefit for someone
/// living elsewhere is filed at home; a "probably not" may still be filed.
pub fn opening_notes(out: &mut BenefitOutcome, elsewhere: bool, source: Source) {
    if elsewhere {
        out.notes.push(NoteItem {
            note: Note::FileWhereYouLive,
            source: DASM_CLUJ_PAGE,
        });
    }
    if out.status == Status::ProbablyNotEligible {
        out.notes.push(NoteItem {
            note: Note::MayStillFile,
            source,
        });
    }
}

/// The note that the family was counted as listed, when it lists someone
/// other than the applicant's spouse, partner or children.
pub fn who_counts_as_family(household: &Household, source: Source) -> Option<NoteItem> {
    household
        .members
        .iter()
        .flatten()
        .any(|m| matches!(m.role, Role::Relative | Role::Other))
        .then_some(NoteItem {
            note: Note::Means(MeansNote::WhoCountsAsFamily),
            source,
        })
}

/// `total` shared among `count` people, rounded to the ban (half away from
/// zero), as every per-person figure the engine shows.
pub fn per_person(total: Decimal, count: usize) -> Decimal {
    (total / Decimal::from(count.max(1)))
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// An obligation counted from an event still to come (a change, a
/// decision received), worked out for that event happening on the day of
/// the check. Every deadline of this area is built here, so a change to
/// `Deadline` touches one place.
pub fn obligation(
    deadline: DeadlineId,
    days: u32,
    unit: DayUnit,
    anchor: Anchor,
    source: Source,
    date: NaiveDate,
) -> Deadline {
    Deadline {
        deadline,
        days,
        unit,
        anchor,
        // Only the worked example needs the holiday calendar (from 2024);
        // before it the example is left out, the rule stands.
        computed: deadlines::compute(date, days, unit).ok(),
        send_by: None,
        passed: false,
        opens: None,
        other_reading: None,
        source,
    }
}

/// The error for a date a parameter has no value for, when a rule needs
/// the date itself (not a parameter) to be in range.
pub fn not_covered(param: &'static str, date: NaiveDate) -> ParamError {
    ParamError::NotCovered {
        param,
        date,
        covered_from: None,
    }
}
