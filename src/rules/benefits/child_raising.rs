//! What the four benefits of the child-raising area (issue 9, OUG
//! 111/2010) share: the youngest child, the 12 months of 24, the
//! allowance's amount, the dated terms. The area's identifiers
//! (`ChildRaisingFact`, `ChildRaisingCriterion`…) are data in
//! `core::ids::child_raising`, re-exported here so that
//! `rules::child_raising::ChildRaisingFact` keeps naming them.

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

pub use crate::rules::core::ids::child_raising::*;

use crate::rules::core::calendar;
use crate::rules::core::deadlines;
use crate::rules::core::facts::Fact;
use crate::rules::core::household::{
    Carer, ChildRaisingFacts, Household, IncomeKind, Member, Role,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Anchor, BenefitId, BenefitOutcome, Check, ComputedDeadline, Criterion, DayUnit, Deadline,
    DeadlineId, Document, DocumentItem, Note, NoteItem, OtherReading, Reach, Reason, Status,
};
use crate::rules::core::params::{self, child_raising as p, Param, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria;

// ---------------------------------------------------------------------------
// What the benefits share
// ---------------------------------------------------------------------------

/// The child these benefits are about: the youngest in the family, with
/// every child born the same day (twins, triplets).
pub struct Youngest<'a> {
    pub index: usize,
    pub child: &'a Member,
    pub birth: NaiveDate,
    pub multiples: u32,
    /// A child born that day has a disability certificate.
    pub disabled: bool,
    /// A child born that day whose disability is not asked yet (none of
    /// them said to have one): the first such child, to ask about.
    pub disability_unasked: Option<usize>,
}

impl Youngest<'_> {
    /// The question about the youngest's disability, while it is open.
    pub fn disability_need(&self) -> Option<Fact> {
        self.disability_unasked
            .filter(|_| !self.disabled)
            .map(|member| Fact::Disability { member })
    }
}

/// The youngest child with a birth date; `None` when no child is given one.
pub fn youngest(household: &Household) -> Option<Youngest<'_>> {
    let members = household.members.as_deref()?;
    let (index, child, birth) = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == Role::Child)
        .filter_map(|(i, m)| Some((i, m, m.birth_date?)))
        .max_by_key(|(i, _, birth)| (*birth, std::cmp::Reverse(*i)))?;
    let multiples = members
        .iter()
        .filter(|m| m.role == Role::Child && m.birth_date == Some(birth))
        .count();
    Some(Youngest {
        index,
        child,
        birth,
        multiples: u32::try_from(multiples).unwrap_or(1),
        disabled: members.iter().any(|m| {
            m.role == Role::Child && m.birth_date == Some(birth) && m.disabled() == Some(true)
        }),
        disability_unasked: members.iter().position(|m| {
            m.role == Role::Child && m.birth_date == Some(birth) && m.disability_unknown()
        }),
    })
}

/// The day `birth` turns `years` (29 February counts on 28 February in a
/// common year, the earlier day).
pub fn birthday(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    birth.checked_add_months(Months::new(years.checked_mul(12)?))
}

/// Whole months of age on `date` (a month is complete on the same day of
/// the month, or on the month's last day when it is shorter).
pub fn age_in_months(birth: NaiveDate, date: NaiveDate) -> Option<u32> {
    if date < birth {
        return None;
    }
    let months = (date.year() - birth.year()) * 12 + date.month() as i32 - birth.month() as i32;
    let months = u32::try_from(months).ok()?;
    if birth.checked_add_months(Months::new(months))? > date {
        months.checked_sub(1)
    } else {
        Some(months)
    }
}

/// The applicant: the first member, who fills in the application.
pub fn applicant(household: &Household) -> Option<&Member> {
    household.members.as_deref()?.first()
}

/// The sum the applicant declared for one kind of income, if any.
pub fn applicant_income(household: &Household, kind: IncomeKind) -> Option<Decimal> {
    let incomes = applicant(household)?.incomes.as_ref()?;
    let mut of_kind = incomes.iter().filter(|i| i.kind == kind).peekable();
    of_kind.peek()?;
    Some(of_kind.map(|i| i.net_monthly).sum())
}

/// The outcome each of these benefits starts from: the residence checked
/// (a national benefit, filed where the person lives), nothing else
/// decided yet. Refused before the rules we hold apply, so nothing is
/// answered then (not even "not for you").
pub fn fresh(
    benefit: BenefitId,
    household: &Household,
    ctx: &EvalContext,
) -> Result<BenefitOutcome, ParamError> {
    p::MINIMUM.at(ctx.date)?;
    let residence =
        criteria::residence(household, ctx.municipality, Reach::National, DASM_CLUJ_PAGE);
    Ok(BenefitOutcome {
        benefit,
        status: Status::NeedsMoreInfo,
        amount: None,
        reasons: vec![residence.reason],
        documents: Vec::new(),
        deadlines: Vec::new(),
        notes: Vec::new(),
        forms: Vec::new(),
        needs: residence.needs,
    })
}

/// The youngest child; without one, `out` is settled and `None` comes
/// back: the family not listed yet (asked for), or no child in it (not for
/// this household; `say_no_child` adds the criterion that says so).
pub fn youngest_or_settle<'a>(
    household: &'a Household,
    out: &mut BenefitOutcome,
    say_no_child: bool,
) -> Option<Youngest<'a>> {
    if household.members.is_none() {
        out.needs.push(Fact::Members);
        return None;
    }
    let found = youngest(household);
    if found.is_none() {
        if say_no_child {
            out.reasons.push(Reason {
                check: Check::Fail,
                criterion: Criterion::HasChild { children: 0 },
                source: p::PAGE_004,
            });
        }
        out.status = Status::NotApplicable;
        out.needs.clear();
    }
    found
}

/// Not for this household: nothing more to ask.
pub fn not_applicable(mut out: BenefitOutcome) -> BenefitOutcome {
    out.status = Status::NotApplicable;
    out.needs.clear();
    out
}

/// The family papers the allowance and the incentive both ask, each where
/// it applies (seeds `000` and `004`): the marriage certificate; for
/// unmarried parents the other parent's declaration and, if the father
/// applies, the social inquiry; the decision for a carer who is not a
/// natural parent.
pub fn family_papers(household: &Household, out: &mut BenefitOutcome) {
    let members = household.members.as_deref().unwrap_or_default();
    let doc = |document, source| DocumentItem { document, source };
    if members.iter().any(|m| m.role == Role::Spouse) {
        out.documents
            .push(doc(Document::MarriageCertificate, p::PAGE_004));
    }
    if members.iter().any(|m| m.role == Role::Partner) {
        out.documents
            .push(doc(Document::OtherParentDeclaration, p::PAGE_000));
        out.documents.push(doc(
            Document::ChildRaising(ChildRaisingDocument::SocialInquiryUnmarriedFather),
            p::PAGE_000,
        ));
    }
    if let Some(carer) = household
        .child_raising
        .carer
        .filter(|c| *c != Carer::NaturalParent)
    {
        out.documents.push(doc(
            Document::ChildRaising(ChildRaisingDocument::CarerDecision { carer }),
            p::PAGE_004,
        ));
    }
}

/// The rules of the leave the allowance and the incentive both explain:
/// the ceiling on income during it (5 × the minimum, and the page's other
/// figure) and the other parent's share (2 months from 19.09.2023, 1
/// before).
pub fn leave_notes(birth: NaiveDate, date: NaiveDate) -> Result<[NoteItem; 2], ParamError> {
    let minimum = p::MINIMUM.at(date)?.value;
    let times = p::CEILING_TIMES_MINIMUM.at(date)?;
    let rules_of_2023 = birth >= p::HG_865_FROM;
    Ok([
        NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::IncomeCeilingDuringLeave {
                ceiling: minimum * Decimal::from(times.value),
                times: times.value,
                minimum,
                other_figure: p::CEILING_OTHER_FIGURE.at(date)?.value,
            }),
            source: times.source,
        },
        NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::OtherParentShare {
                months: if rules_of_2023 {
                    p::OTHER_PARENT_MONTHS
                } else {
                    p::OTHER_PARENT_MONTHS_BEFORE_2023
                },
                rules_of_2023,
            }),
            source: if rules_of_2023 {
                p::HG_865
            } else {
                p::PAGE_000
            },
        },
    ])
}

/// Back at work on `back`: the request to end the allowance within 15
/// working days (seed `004`), made at AJPIS, not through the portal.
pub fn end_allowance_on_return(back: NaiveDate, date: NaiveDate) -> Result<Deadline, ParamError> {
    let mut term = Term::counted(
        DeadlineId::EndAllowanceOnReturn,
        Anchor::BackToWork,
        back,
        &p::END_ON_RETURN_WORKING_DAYS,
        DayUnit::Working,
        date,
    )?;
    term.portal = false;
    term.build(date)
}

/// The carer criterion, shared by the allowance and the incentive.
pub fn carer_check(household: &Household, source: Source) -> (Reason, Vec<Fact>) {
    let carer = household.child_raising.carer;
    let check = match carer {
        None => Check::Unknown,
        Some(Carer::FosterCarer) => Check::Fail,
        Some(_) => Check::Pass,
    };
    let needs = if carer.is_none() {
        vec![Fact::ChildRaising(ChildRaisingFact::Carer)]
    } else {
        Vec::new()
    };
    (
        Reason {
            check,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::CarerMayApply { carer }),
            source,
        },
        needs,
    )
}

/// The 12 months of 24, as the person counts them. Once every answer is in
/// (the months with income, which assimilated periods, how many months in
/// them) and they add up to fewer than 12, the answers leave no room: a
/// plain no, with the months still missing said beside it (issue 17).
pub fn months_check(
    household: &Household,
    date: NaiveDate,
) -> Result<(Reason, Vec<Fact>), ParamError> {
    let required = p::QUALIFYING_MONTHS.at(date)?;
    let window = p::QUALIFYING_WINDOW_MONTHS.at(date)?.value;
    let facts = &household.child_raising;
    let need = |f| vec![Fact::ChildRaising(f)];
    let (check, needs) = match (
        facts.income_months,
        &facts.assimilated_periods,
        facts.assimilated_months,
    ) {
        (None, _, _) => (Check::Unknown, need(ChildRaisingFact::IncomeMonths)),
        (Some(m), _, _) if m >= required.value => (Check::Pass, vec![]),
        (Some(_), None, _) => (Check::Unknown, need(ChildRaisingFact::AssimilatedPeriods)),
        (Some(_), Some(periods), _) if periods.is_empty() => (Check::Fail, vec![]),
        (Some(_), Some(_), None) => (Check::Unknown, need(ChildRaisingFact::AssimilatedMonths)),
        (Some(m), Some(_), Some(a)) if m.saturating_add(a).min(window) >= required.value => {
            (Check::Pass, vec![])
        }
        (Some(_), Some(_), Some(_)) => (Check::Fail, vec![]),
    };
    let assimilated_months = match &facts.assimilated_periods {
        Some(p) if p.is_empty() => Some(0),
        _ => facts.assimilated_months,
    };
    Ok((
        Reason {
            check,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::QualifyingMonths {
                income_months: facts.income_months,
                assimilated_months: if facts.income_months.is_some_and(|m| m >= required.value) {
                    None
                } else {
                    assimilated_months
                },
                required: required.value,
                window,
            }),
            source: required.source,
        },
        needs,
    ))
}

/// 85% of the average net income, at least the minimum and at most the
/// maximum, rounded to the ban (half away from zero: the pages state sums
/// in lei and bani).
pub fn allowance_amount(
    average: Decimal,
    date: NaiveDate,
) -> Result<(Decimal, Decimal), ParamError> {
    let share = p::SHARE_OF_INCOME.at(date)?.value;
    let computed =
        (average * share).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let min = p::MINIMUM.at(date)?.value;
    let max = p::MAXIMUM.at(date)?.value;
    Ok((computed, computed.clamp(min, max)))
}

/// A filing window counted from a date the person gave: the first and the
/// last day, the send-by day for the portal, and whether it had passed.
pub struct Term {
    pub deadline: DeadlineId,
    pub anchor: Anchor,
    pub from: NaiveDate,
    pub days: u32,
    pub unit: DayUnit,
    /// The window's first day, where the page gives one.
    pub opens: Option<NaiveDate>,
    /// A due day the page fixes itself (a birthday), instead of `days`
    /// counted from `from`.
    pub due: Option<NaiveDate>,
    pub other_reading: Option<OtherReading>,
    /// Whether the dossier can go through the portal (send a week early).
    pub portal: bool,
    pub source: Source,
}

impl Term {
    pub fn counted(
        deadline: DeadlineId,
        anchor: Anchor,
        from: NaiveDate,
        length: &Param<u32>,
        unit: DayUnit,
        date: NaiveDate,
    ) -> Result<Self, ParamError> {
        let length = length.at(date)?;
        Ok(Term {
            deadline,
            anchor,
            from,
            days: length.value,
            unit,
            opens: None,
            due: None,
            other_reading: None,
            portal: true,
            source: length.source,
        })
    }

    pub fn build(self, date: NaiveDate) -> Result<Deadline, ParamError> {
        let send_days = params::child::PORTAL_SEND_DAYS_BEFORE.at(date)?.value;
        let computed = match self.due {
            Some(due) => fixed(self.from, due, self.opens).ok(),
            None => deadlines::compute(self.from, self.days, self.unit).ok(),
        };
        let passed = computed.as_ref().is_some_and(|c| c.due < date);
        let send_by = computed
            .as_ref()
            .filter(|_| self.portal && !passed)
            .and_then(|c| c.due.checked_sub_days(Days::new(u64::from(send_days))))
            .filter(|by| *by >= date && self.opens.is_none_or(|o| *by >= o));
        Ok(Deadline {
            deadline: self.deadline,
            days: self.days,
            unit: self.unit,
            anchor: self.anchor,
            computed,
            send_by,
            passed,
            opens: self.opens,
            other_reading: self.other_reading,
            source: self.source,
        })
    }
}

/// The dates of a term whose last day the page fixes (a birthday), with the
/// public holidays in the window (from `opens`, else from `from`), when the
/// office is closed.
fn fixed(
    from: NaiveDate,
    due: NaiveDate,
    opens: Option<NaiveDate>,
) -> Result<ComputedDeadline, ParamError> {
    let last_office_day = calendar::working_day_on_or_before(due)?;
    let start = opens.unwrap_or(from).min(due);
    let mut holidays_between = Vec::new();
    for year in start.year()..=due.year() {
        holidays_between.extend(
            calendar::public_holidays(year)?
                .into_iter()
                .filter(|(d, _)| *d >= start && *d <= due),
        );
    }
    Ok(ComputedDeadline {
        from,
        due,
        last_office_day,
        holidays_between,
    })
}

/// The term counted from the birth for a natural parent, shared by the
/// allowance and the incentive asked without it ("stimulent inserție
/// direct", seed `000`): after a maternity leave, from 30 days before its
/// last day until 60 working days after it (seed `000`; seed `004` for the
/// incentive too); for the allowance seed `004` also writes a bare "60 de
/// zile", so `allowance` gives those, the earlier date, with the working
/// days as the other reading. Without maternity leave, 60 calendar days
/// from the birth (seed `000`; seed `004`: 60 working days). `None` while
/// the leave is not known.
pub fn after_birth_term(
    deadline: DeadlineId,
    allowance: bool,
    y: &Youngest<'_>,
    facts: &ChildRaisingFacts,
    date: NaiveDate,
) -> Result<Option<Term>, ParamError> {
    Ok(match (facts.maternity_leave, facts.maternity_leave_end) {
        (Some(true), Some(end)) => {
            let before = p::AFTER_LEAVE_OPENS_DAYS_BEFORE.at(date)?.value;
            let mut t = if allowance {
                let mut t = Term::counted(
                    deadline,
                    Anchor::PostnatalLeaveEnd,
                    end,
                    &p::AFTER_LEAVE_DAYS_004,
                    DayUnit::Calendar,
                    date,
                )?;
                t.other_reading = Some(other_reading(
                    end,
                    &p::AFTER_LEAVE_WORKING_DAYS,
                    DayUnit::Working,
                    date,
                )?);
                t
            } else {
                Term::counted(
                    deadline,
                    Anchor::PostnatalLeaveEnd,
                    end,
                    &p::AFTER_LEAVE_WORKING_DAYS,
                    DayUnit::Working,
                    date,
                )?
            };
            t.opens = days_before(end, before);
            Some(t)
        }
        (Some(false), _) => {
            let mut t = Term::counted(
                deadline,
                Anchor::Birth { member: y.index },
                y.birth,
                &p::NO_LEAVE_CALENDAR_DAYS,
                DayUnit::Calendar,
                date,
            )?;
            t.other_reading = Some(other_reading(
                y.birth,
                &p::NO_LEAVE_WORKING_DAYS_004,
                DayUnit::Working,
                date,
            )?);
            Some(t)
        }
        _ => None,
    })
}

/// The window for a child with a disability aged 3 to 7 (seed `000`):
/// "începând cu 30 de zile înainte până la împlinirea vârstei de 3 ani"
/// or, for a certificate first issued once the child is 4, "30 de zile de
/// la obținerea certificatului … pentru copiii aflați între 4 și 7 ani".
/// `None` without the certificate's date when the child is already past 3.
pub fn three_to_seven_term(
    y: &Youngest<'_>,
    date: NaiveDate,
) -> Result<Option<Deadline>, ParamError> {
    let issued = y.child.disability_certificate_date;
    let four = birthday(y.birth, 4);
    if let (Some(issued), Some(four)) = (issued, four) {
        if issued >= four {
            return Term::counted(
                DeadlineId::FileFromFourToSeven,
                Anchor::CertificateIssued { member: y.index },
                issued,
                &p::FROM_FOUR_CERTIFICATE_DAYS,
                DayUnit::Calendar,
                date,
            )?
            .build(date)
            .map(Some);
        }
    }
    let Some(three) = birthday(y.birth, 3) else {
        return Ok(None);
    };
    if issued.is_none() && date >= three {
        return Ok(None);
    }
    let opens = p::FROM_THREE_OPENS_DAYS_BEFORE.at(date)?;
    Term {
        deadline: DeadlineId::FileFromThreeToSeven,
        anchor: Anchor::Birthday {
            member: y.index,
            years: 3,
        },
        from: three,
        days: opens.value,
        unit: DayUnit::Calendar,
        opens: days_before(three, opens.value),
        due: Some(three),
        other_reading: None,
        portal: true,
        source: opens.source,
    }
    .build(date)
    .map(Some)
}

/// The other reading of a term where seed `004` differs from seed `000`:
/// its due day, for the person to see that ours is the earlier one.
pub fn other_reading(
    from: NaiveDate,
    length: &Param<u32>,
    unit: DayUnit,
    date: NaiveDate,
) -> Result<OtherReading, ParamError> {
    let length = length.at(date)?;
    Ok(OtherReading {
        days: length.value,
        unit,
        due: deadlines::compute(from, length.value, unit)
            .ok()
            .map(|c| c.due),
        source: length.source,
    })
}

/// A duty counted from an event still to come, worked out for it happening
/// on the day of the check.
pub fn duty(
    deadline: DeadlineId,
    anchor: Anchor,
    length: &Param<u32>,
    unit: DayUnit,
    date: NaiveDate,
) -> Result<Deadline, ParamError> {
    let length = length.at(date)?;
    Ok(super::means::obligation(
        deadline,
        length.value,
        unit,
        anchor,
        length.source,
        date,
    ))
}

/// `date` minus `days` calendar days.
pub fn days_before(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    calendar::add_calendar_days(date, -i64::from(days))
}
