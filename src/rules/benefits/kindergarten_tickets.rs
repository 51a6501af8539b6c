//! Tichete sociale pentru grădiniță (stimulent educațional, Legea 248/2015),
//! as seed `004` states it: for a child enrolled in kindergarten who
//! attends regularly, in a family entitled to the VMI family-with-children
//! aid (given without a request, with that aid); by exception, on request,
//! for a child cared for by the person the parents designated while they
//! work abroad, when the income per person (the child included) is within
//! that aid's level. At least 105 lei a month per child, September to June.
//!
//! Seed `004` states the rule in terms of the family allowance (alocația
//! pentru susținerea familiei, 557 lei); since 2024 the VMI
//! family-with-children aid replaced it (seeds' README), so the tickets
//! follow that aid and its 700-lei level. A national benefit.

use chrono::{Datelike, NaiveDate};

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{
    Citizenship, Household, IncomeKind, KindergartenAttendance, Role,
};
use crate::rules::core::ids::means::{
    MeansCriterion, MeansDocument, MeansFact, MeansForm, MeansNote, MeansPart, TicketsRoute,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Amount, AmountPart, BenefitId, BenefitOutcome, Check, Criterion, Document, DocumentItem, Form,
    Note, NoteItem, Payee, Reach, Reason, Status, SupplementPart,
};
use crate::rules::core::params::{means as p, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria::{self, lives_elsewhere};
use super::means;
use super::vmi;

/// The children we ask about. The pages give no age for kindergarten;
/// pre-school education ends when school begins, around 6, so asking about
/// an older child would only add a question. A child of 7 or more already
/// marked as attending kindergarten in the file is still counted.
const ASK_UNDER_AGE: u32 = 7;
/// Nor about a baby: pre-school education ("învățământul preșcolar") is for
/// ages 3 to 6 (Legea 1/2011, art. 23 alin. (1) lit. a), the act the seed
/// names); we start at 2, as some kindergartens take children before 3.
/// A younger child marked as attending in the file is still counted.
const ASK_FROM_AGE: u32 = 2;

/// "La stabilirea venitului mediu net lunar pe membru de familie se
/// exceptează" a)–h) (seed `004`, kindergarten tickets).
const LEFT_OUT: [IncomeKind; 10] = [
    // a) prestaţii sociale în baza Legii nr. 448/2006
    IncomeKind::DisabilityAllowance,
    // b) alocaţia de stat pentru copii
    IncomeKind::StateChildAllowance,
    // c) ajutorul social, alocaţia pentru susţinerea familiei (both the VMI
    // now) şi ajutorul pentru încălzirea locuinţei
    IncomeKind::MinimumInclusionIncome,
    IncomeKind::HeatingAidOrSupplement,
    // d) ajutoarele de stat pentru activităţile agricole
    IncomeKind::AgriculturalStateAid,
    // e) burse şi alte forme de sprijin pentru educaţie
    IncomeKind::Scholarship,
    // f) zilier
    IncomeKind::DayLabour,
    // g) programe de formare profesională
    IncomeKind::TrainingStipend,
    // h) ajutor temporar ori ocazional; ajutor de urgenţă
    IncomeKind::OccasionalHelp,
    IncomeKind::EmergencyAid,
];

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let minimum = p::TICKETS_MONTHLY_MINIMUM.at(date)?;
    let page = minimum.source;
    let note = |note| NoteItem {
        note: Note::Means(note),
        source: page,
    };
    let mut out = means::outcome(
        BenefitId::KindergartenTickets,
        Status::NeedsMoreInfo,
        Vec::new(),
        vec![Form::Means(MeansForm::KindergartenTicketsApplication)],
    );

    // "copiii din familii defavorizate … fără domiciliu sau reşedinţă şi/sau
    // fără locuinţă … numai pe perioada în care se află în evidenţa" the
    // office: no residence is asked of them.
    let homeless = household.situation.homeless == Some(true);
    let residence =
        criteria::residence(household, ctx.municipality, Reach::National, DASM_CLUJ_PAGE);
    let mut needs = residence.needs;
    out.reasons.push(residence.reason);

    let Some(members) = household.members.as_deref() else {
        out.needs = vec![Fact::Members];
        out.needs.extend(needs);
        out.needs.sort();
        return Ok(out);
    };
    // The young children and their kindergarten.
    let mut children = Vec::new();
    for (member, m) in members.iter().enumerate() {
        if m.role != Role::Child {
            continue;
        }
        let age = m.age_on(date);
        let attendance = m.situation.kindergarten;
        let asked = age.is_some_and(|a| (ASK_FROM_AGE..ASK_UNDER_AGE).contains(&a));
        if !asked && attendance.is_none() {
            if age.is_none() {
                needs.push(Fact::Members);
            }
            continue;
        }
        // "Prin frecvenţă regulată se înţelege prezenţa zilnică a copilului
        // la grădiniţă în luna monitorizată, cu excepţia absenţelor
        // motivate": unexcused days (no medical note, beyond the 3 days of
        // leave a month) leave no room — the once-a-year exception is for
        // medical absences. That month is a plain "no"; a month of regular
        // attendance brings them again (the note says so).
        let check = match attendance {
            None => {
                needs.push(Fact::Means(MeansFact::Kindergarten { member }));
                Check::Unknown
            }
            Some(KindergartenAttendance::NotEnrolled) => Check::Fail,
            Some(KindergartenAttendance::AttendsRegularly) => Check::Pass,
            Some(KindergartenAttendance::MissesDays) => Check::Fail,
        };
        children.push((member, check));
        out.reasons.push(Reason {
            check,
            criterion: Criterion::Means(MeansCriterion::KindergartenChild {
                member,
                age,
                attendance,
            }),
            source: page,
        });
    }
    if children.is_empty() && !needs.contains(&Fact::Members) {
        out.status = Status::NotApplicable;
        out.forms.clear();
        return Ok(out);
    }

    // The route: with the family-with-children aid, or as designated carer.
    let assessment = vmi::assess(household, ctx)?;
    let (route, route_check, route_needs) = match assessment.family_aid_due() {
        Check::Pass => (
            Some(TicketsRoute::FamilyWithChildrenAid),
            Check::Pass,
            vec![],
        ),
        Check::Unknown => (None, Check::Unknown, assessment.needs.clone()),
        _ => match household.situation.designated_carer_for_parents_abroad {
            None => (
                None,
                Check::Unknown,
                vec![Fact::Means(MeansFact::DesignatedCarer)],
            ),
            Some(false) => (None, Check::Fail, vec![]),
            Some(true) => {
                let income = carer_income(household, ctx)?;
                let check = income.check;
                out.reasons.push(income);
                (Some(TicketsRoute::DesignatedCarer), check, vec![])
            }
        },
    };
    needs.extend(route_needs);
    out.reasons.insert(
        1,
        Reason {
            check: route_check,
            criterion: Criterion::Means(MeansCriterion::TicketsRoute { route }),
            source: page,
        },
    );

    let residence_check = out.reasons[0].check;
    let child_checks: Vec<Check> = children.iter().map(|(_, c)| *c).collect();
    let shared = [residence_check, route_check];
    let status = if shared.contains(&Check::Fail)
        || (!child_checks.is_empty() && child_checks.iter().all(|c| *c == Check::Fail))
    {
        Status::NotEligible
    } else if shared.contains(&Check::ProbablyFail)
        || (!child_checks.contains(&Check::Pass) && !child_checks.contains(&Check::Unknown))
    {
        Status::ProbablyNotEligible
    } else if shared.iter().all(|c| *c == Check::Pass) && child_checks.contains(&Check::Pass) {
        Status::Eligible
    } else {
        Status::NeedsMoreInfo
    };
    out.status = status;
    let elsewhere = lives_elsewhere(household, ctx.municipality) && !homeless;
    means::opening_notes(&mut out, elsewhere, page);
    if members
        .iter()
        .any(|m| m.situation.kindergarten == Some(KindergartenAttendance::MissesDays))
    {
        out.notes.push(note(MeansNote::TicketsMissedMonth));
    }
    if status == Status::NotEligible {
        return Ok(out);
    }

    let receiving: Vec<usize> = children
        .iter()
        .filter(|(_, c)| *c == Check::Pass)
        .map(|(m, _)| *m)
        .collect();
    if route_check == Check::Pass && !receiving.is_empty() {
        let parts: Vec<AmountPart> = receiving
            .iter()
            .map(|_| AmountPart {
                part: SupplementPart::Means(MeansPart::KindergartenTickets),
                monthly: minimum.value,
                paid_to: Payee::Applicant,
                source: page,
            })
            .collect();
        out.amount = Some(Amount {
            monthly_total: parts.iter().map(|p| p.monthly).sum(),
            parts,
        });
    }
    out.notes.push(note(MeansNote::TicketsMinimumValue));
    out.notes.push(months_note(date)?);
    if route == Some(TicketsRoute::FamilyWithChildrenAid) {
        out.notes.push(note(MeansNote::TicketsWithoutRequest));
    }
    if route == Some(TicketsRoute::DesignatedCarer) {
        out.notes.push(note(MeansNote::TicketsLevelIsVmiLevel {
            level: p::FAMILY_LEVEL.at(date)?.value,
        }));
    }
    out.notes.push(note(MeansNote::TicketsAttendanceRules));
    out.notes.push(note(MeansNote::TicketsUse));
    let foreign = members.iter().any(|m| {
        m.situation
            .citizenship
            .is_some_and(|c| c != Citizenship::Romanian)
    });
    if homeless || foreign {
        out.notes
            .push(note(MeansNote::TicketsHomelessAndForeignChildren));
    }
    needs.sort();
    needs.dedup();
    if needs.is_empty() && route.is_some() {
        out.documents = documents(household, route, &receiving, ctx, page);
    }
    out.needs = needs;
    Ok(out)
}

/// The designated carer's family: income per person, the child included,
/// without the kinds a)–h), against the family-with-children aid's level.
fn carer_income(household: &Household, ctx: &EvalContext) -> Result<Reason, ParamError> {
    let limit = p::FAMILY_LEVEL.at(ctx.date)?.value;
    let source = p::TICKETS_MONTHLY_MINIMUM.at(ctx.date)?.source;
    let count = household.members.as_ref().map_or(0, Vec::len);
    let split = means::split_income(household, &LEFT_OUT);
    let per_member = split
        .as_ref()
        .filter(|_| count > 0)
        .map(|s| means::per_person(s.counted(), count));
    // "nu depăşesc nivelul maxim": up to and including.
    let check = match per_member {
        Some(x) if x <= limit => Check::Pass,
        Some(_) => Check::Fail,
        None => Check::Unknown,
    };
    Ok(Reason {
        check,
        criterion: Criterion::Means(MeansCriterion::TicketsCarerIncome {
            members: u32::try_from(count).unwrap_or(u32::MAX),
            total_net: split.as_ref().map(|s| s.total),
            left_out_total: split.as_ref().map(|s| s.left_out_total),
            per_member,
            limit,
        }),
        source,
    })
}

/// September to June: whether the date is in a period, and when the next
/// one starts.
fn months_note(date: NaiveDate) -> Result<NoteItem, ParamError> {
    let months = p::TICKETS_MONTHS.at(date)?;
    let (first, last) = months.value;
    let in_period = date.month() >= first || date.month() <= last;
    let year = if date.month() >= first {
        date.year() + 1
    } else {
        date.year()
    };
    let next_starts = NaiveDate::from_ymd_opt(year, first, 1)
        .ok_or_else(|| means::not_covered(p::TICKETS_MONTHS.id, date))?;
    Ok(NoteItem {
        note: Note::Means(MeansNote::TicketsMonths {
            in_period,
            next_starts,
        }),
        source: months.source,
    })
}

/// The papers: with the family-with-children aid the tickets come without a
/// request, so only the kindergarten's certificate; the designated carer
/// files seed `004`'s list 1–11 and the delegation of parental authority.
fn documents(
    household: &Household,
    route: Option<TicketsRoute>,
    receiving: &[usize],
    ctx: &EvalContext,
    source: Source,
) -> Vec<DocumentItem> {
    let item = |document| DocumentItem { document, source };
    let kindergarten = receiving.iter().map(|&member| {
        item(Document::Means(MeansDocument::KindergartenCertificate {
            member,
        }))
    });
    if route != Some(TicketsRoute::DesignatedCarer) {
        return kindergarten.collect();
    }
    let mut docs = vec![
        DocumentItem {
            document: Document::DossierIndex,
            source: DASM_CLUJ_PAGE,
        },
        // 1. Cerere și declarație pe propria răspundere (anexa nr. 1).
        item(Document::ApplicationForm {
            form: Form::Means(MeansForm::KindergartenTicketsApplication),
        }),
    ];
    let members = household.members.as_deref().unwrap_or_default();
    let income_month = criteria::previous_month(ctx.date);
    for (member, m) in members.iter().enumerate() {
        // 2. carte/cărți de identitate; 3. certificat de naștere.
        if m.age_on(ctx.date).is_some_and(|a| a >= 14) {
            docs.push(item(Document::IdentityCardCopy { member }));
        }
        if m.role == Role::Child {
            docs.push(item(Document::ChildBirthCertificate { member }));
        }
        // 5.–8., 11.: the proof of every income.
        docs.extend(
            means::income_proofs(member, m, income_month)
                .into_iter()
                .map(item),
        );
    }
    // 4. certificat de căsătorie.
    if members.iter().any(|m| m.role == Role::Spouse) {
        docs.push(item(Document::MarriageCertificate));
    }
    // 9. adeverință de la grădiniță.
    docs.extend(kindergarten);
    // The delegation of parental authority (art. 104 din Legea 272/2004).
    docs.push(item(Document::Means(
        MeansDocument::ParentalAuthorityDelegation,
    )));
    docs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::core::source::ymd;

    #[test]
    fn the_months_run_from_september_to_june() {
        let note = |d| match months_note(d).map(|n| n.note) {
            Ok(Note::Means(MeansNote::TicketsMonths {
                in_period,
                next_starts,
            })) => (in_period, next_starts),
            other => panic!("{other:?}"),
        };
        assert_eq!(note(ymd(2026, 11, 22)), (true, ymd(2027, 9, 1)));
        assert_eq!(note(ymd(2027, 6, 30)), (true, ymd(2027, 9, 1)));
        assert_eq!(note(ymd(2027, 7, 1)), (false, ymd(2027, 9, 1)));
        assert_eq!(note(ymd(2027, 9, 1)), (true, ymd(2028, 9, 1)));
    }
}
