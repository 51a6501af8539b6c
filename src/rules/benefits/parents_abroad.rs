//! The parents leaving to work abroad (Legea 272/2004, art. 104, as seed
//! `004` quotes it): "Părintele care exercită singur autoritatea părintească
//! sau la care locuieşte copilul, care urmează să plece la muncă în
//! străinătate, are obligaţia de a notifica această intenţie serviciului
//! public de asistenţă socială de la domiciliu, cu minimum 40 de zile
//! înainte de a părăsi ţara" — the same when both parents or the guardian
//! leave. A national duty, in every profile: not a benefit, so its answer
//! is information with a date.
//!
//! The date: 40 calendar days counted back from the day of departure, that
//! day not counted (departure 10 January 2027 → notify by 1 December 2026).
//! The law says "zile", not "zile lucrătoare": weekends and holidays count.
//! When that day falls on a holiday or a weekend the office is closed, so
//! the last working day before it is given too (never a later one: "cu
//! minimum 40 de zile").

use chrono::NaiveDate;

use crate::rules::core::calendar;
use crate::rules::core::facts::Fact;
use crate::rules::core::household::{Household, Role};
use crate::rules::core::ids::local::{LocalCriterion, LocalDocument, LocalFact, LocalNote};
use crate::rules::core::outcome::{
    Anchor, BenefitId, BenefitOutcome, Check, ComputedDeadline, Criterion, DayUnit, Deadline,
    DeadlineId, Document, DocumentItem, Note, NoteItem, Reason, Status,
};
use crate::rules::core::params::abroad as p;
use crate::rules::core::params::ParamError;
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let days = p::NOTICE_DAYS.at(ctx.date)?;
    let law = days.source;
    let mut out = BenefitOutcome {
        benefit: BenefitId::ParentsLeavingToWorkAbroad,
        status: Status::NeedsMoreInfo,
        amount: None,
        reasons: Vec::new(),
        documents: Vec::new(),
        deadlines: Vec::new(),
        notes: Vec::new(),
        forms: Vec::new(),
        needs: Vec::new(),
    };
    let Some(members) = household.members.as_deref() else {
        out.needs.push(Fact::Members);
        return Ok(out);
    };
    let minors = members
        .iter()
        .filter(|m| m.role == Role::Child && m.age_on(ctx.date).is_some_and(|a| a < 18))
        .count();
    let reason = |check, criterion| Reason {
        check,
        criterion: Criterion::Local(criterion),
        source: law,
    };
    out.reasons.push(reason(
        if minors > 0 { Check::Pass } else { Check::Fail },
        LocalCriterion::MinorChild {
            children: u32::try_from(minors).unwrap_or(u32::MAX),
        },
    ));
    if minors == 0 {
        out.status = Status::NotApplicable;
        return Ok(out);
    }
    let declared = household.abroad.leaving_to_work_abroad;
    out.reasons.push(reason(
        match declared {
            Some(true) => Check::Pass,
            Some(false) => Check::Fail,
            None => Check::Unknown,
        },
        LocalCriterion::LeavingToWorkAbroad { declared },
    ));
    match declared {
        None => {
            out.needs.push(Fact::Local(LocalFact::LeavingToWorkAbroad));
            return Ok(out);
        }
        Some(false) => {
            out.status = Status::NotApplicable;
            return Ok(out);
        }
        Some(true) => {}
    }
    let note = |note| NoteItem {
        note: Note::Local(note),
        source: law,
    };
    out.status = Status::InformationOnly;
    out.notes.push(note(LocalNote::AbroadWhoNotifies));
    out.notes.push(note(LocalNote::AbroadCarerAndCourt));
    for document in [
        LocalDocument::DepartureNotification,
        LocalDocument::DelegationRequest,
    ] {
        out.documents.push(DocumentItem {
            document: Document::Local(document),
            source: law,
        });
    }
    let Some(departure) = household.abroad.departure_date else {
        out.needs.push(Fact::Local(LocalFact::DepartureDate));
        out.deadlines.push(notice(None, days.value, false, law));
        return Ok(out);
    };
    let computed = counted_back(departure, days.value).ok();
    // Past once the last day the office is open in time has gone: a term
    // falling today on a Sunday can no longer be met at the counter.
    let passed = computed
        .as_ref()
        .is_some_and(|c| c.due < ctx.date || c.last_office_day < ctx.date)
        || departure <= ctx.date;
    out.deadlines
        .push(notice(computed, days.value, passed, law));
    out.notes.push(note(LocalNote::AbroadCounting));
    if passed {
        out.notes
            .push(note(LocalNote::AbroadNoticeLate { departure }));
    }
    Ok(out)
}

fn notice(computed: Option<ComputedDeadline>, days: u32, passed: bool, source: Source) -> Deadline {
    Deadline {
        deadline: DeadlineId::NotifyDepartureAbroad,
        days,
        unit: DayUnit::Calendar,
        anchor: Anchor::Departure,
        computed,
        send_by: None,
        passed,
        opens: None,
        other_reading: None,
        source,
    }
}

/// The last day to notify: `days` calendar days before `departure` (the
/// departure day itself not counted), the last working day on or before
/// it, and the public holidays that close the office between the two.
/// `from` is the departure (what the count starts from).
pub fn counted_back(departure: NaiveDate, days: u32) -> Result<ComputedDeadline, ParamError> {
    let due =
        calendar::add_calendar_days(departure, -i64::from(days)).ok_or(ParamError::NotCovered {
            param: "abroad.notice_days",
            date: departure,
            covered_from: None,
        })?;
    let last_office_day = calendar::working_day_on_or_before(due)?;
    let mut holidays_between = Vec::new();
    for year in chrono::Datelike::year(&last_office_day)..=chrono::Datelike::year(&due) {
        holidays_between.extend(
            calendar::public_holidays(year)?
                .into_iter()
                .filter(|(d, _)| *d > last_office_day && *d <= due),
        );
    }
    Ok(ComputedDeadline {
        from: departure,
        due,
        last_office_day,
        holidays_between,
    })
}
