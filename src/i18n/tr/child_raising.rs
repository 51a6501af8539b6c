//! The child-raising area's sentences (issue 9): the child-raising
//! allowance (ICC), the insertion incentive, the supplement for a further
//! birth and the support for a parent with a disability. `tr.rs` sends
//! each of this area's identifiers here; the words are in the `child`
//! catalogue (`src/i18n/<lang>/child.txt`).

use rust_decimal::Decimal;

use super::super::msg;
use super::{date, date_with_weekday, lei, member_label};
use crate::rules::child_raising::{
    ChildRaisingCriterion, ChildRaisingDocument, ChildRaisingFact, ChildRaisingForm,
    ChildRaisingNote, ChildRaisingPart, IncentiveRate,
};
use crate::rules::household::{AssimilatedPeriod, Carer, DisabilityGrade, Household};
use crate::rules::outcome::{Anchor, BenefitId, Deadline, DeadlineId};

pub fn benefit_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::ChildRaisingAllowance => msg::child_name_allowance(),
        BenefitId::InsertionIncentive => msg::child_name_incentive(),
        BenefitId::FurtherBirthSupplement => msg::child_name_supplement(),
        BenefitId::DisabledParentSupport => msg::child_name_support(),
        _ => "",
    }
}

/// The verdict of a benefit asked only once the person is back at work.
pub fn not_yet(b: BenefitId) -> &'static str {
    match b {
        BenefitId::InsertionIncentive => msg::child_not_yet_incentive(),
        _ => msg::child_not_yet(),
    }
}

fn percent(share: Decimal) -> String {
    format!("{}%", (share * Decimal::from(100)).normalize())
}

pub fn carer(c: Carer) -> &'static str {
    match c {
        Carer::NaturalParent => msg::child_carer_natural_parent(),
        // Said of "copilul" (the noun), never with a pronoun that would
        // need the child's gender ("L-am adoptat" about a girl).
        Carer::AdoptiveParent => msg::child_carer_adoptive_parent(),
        Carer::EntrustedForAdoption => msg::child_carer_entrusted(),
        Carer::Placement => msg::child_carer_placement(),
        Carer::Guardian => msg::child_carer_guardian(),
        Carer::FosterCarer => msg::child_carer_foster(),
    }
}

/// The carer said back to the person: "Ați spus: am adoptat copilul."
fn carer_said(c: Carer) -> &'static str {
    match c {
        Carer::NaturalParent => msg::child_said_natural_parent(),
        Carer::AdoptiveParent => msg::child_said_adoptive_parent(),
        Carer::EntrustedForAdoption => msg::child_said_entrusted(),
        Carer::Placement => msg::child_said_placement(),
        Carer::Guardian => msg::child_said_guardian(),
        Carer::FosterCarer => msg::child_carer_foster_own_only(),
    }
}

pub fn assimilated_period(p: AssimilatedPeriod) -> &'static str {
    use AssimilatedPeriod::*;
    match p {
        MissionAbroad => msg::child_period_mission_abroad(),
        Covid2020Allowance => msg::child_period_covid_2020(),
        AccompaniedSpouseOnMission => msg::child_period_accompanied_spouse(),
        UnemploymentBenefit => msg::child_period_unemployment(),
        RegisteredForUnemploymentBenefit => msg::child_period_registered_unemployment(),
        SickLeave => msg::child_period_sick_leave(),
        WorkAccidentLeave => msg::child_period_work_accident(),
        InvalidityPension => msg::child_period_invalidity_pension(),
        EmployerSuspension => msg::child_period_employer_suspension(),
        ChildRaisingLeave => msg::child_period_child_raising_leave(),
        UnpaidChildRaisingLeave => msg::child_period_unpaid_child_raising_leave(),
        BetweenFixedTermContracts => msg::child_period_between_contracts(),
        DoctoralStudent => msg::child_period_doctoral(),
        MilitaryService => msg::child_period_military(),
        FullTimeStudies => msg::child_period_full_time_studies(),
        BetweenStudies => msg::child_period_between_studies(),
        AfterGraduation => msg::child_period_after_graduation(),
        UnpaidTrainingLeave => msg::child_period_unpaid_training(),
        BeforeResidency => msg::child_period_before_residency(),
    }
}

/// The period inside "Dovada perioadei: …".
fn period_proved(p: AssimilatedPeriod) -> &'static str {
    use AssimilatedPeriod::*;
    match p {
        MissionAbroad => msg::child_proof_mission_abroad(),
        Covid2020Allowance => msg::child_proof_covid_2020(),
        AccompaniedSpouseOnMission => msg::child_proof_accompanied_spouse(),
        UnemploymentBenefit => msg::child_proof_unemployment(),
        RegisteredForUnemploymentBenefit => msg::child_proof_registered_unemployment(),
        SickLeave => msg::child_proof_sick_leave(),
        WorkAccidentLeave => msg::child_proof_work_accident(),
        InvalidityPension => msg::child_proof_invalidity_pension(),
        EmployerSuspension => msg::child_proof_employer_suspension(),
        ChildRaisingLeave => msg::child_proof_child_raising_leave(),
        UnpaidChildRaisingLeave => msg::child_proof_unpaid_child_raising_leave(),
        BetweenFixedTermContracts => msg::child_proof_between_contracts(),
        DoctoralStudent => msg::child_proof_doctoral(),
        MilitaryService => msg::child_proof_military(),
        FullTimeStudies => msg::child_proof_full_time_studies(),
        BetweenStudies => msg::child_proof_between_studies(),
        AfterGraduation => msg::child_proof_after_graduation(),
        UnpaidTrainingLeave => msg::child_proof_unpaid_training(),
        BeforeResidency => msg::child_proof_before_residency(),
    }
}

/// "o lună", "5 luni", "20 de luni"; "nicio lună" for none.
fn months(n: u32) -> String {
    match n {
        0 => msg::child_months_none().to_string(),
        n => msg::child_months(n),
    }
}

/// "un an", "2 ani", "20 de ani".
fn years(n: u32) -> String {
    msg::child_years(n)
}

pub fn criterion(c: &ChildRaisingCriterion) -> (String, Option<String>) {
    match c {
        ChildRaisingCriterion::ChildAgeForLeave {
            disabled,
            years: y,
            until,
            disability_unasked,
            ..
        } => (
            if *disabled {
                msg::child_age_disabled(*y)
            } else {
                msg::child_age(*y)
            },
            Some(if *disability_unasked {
                msg::child_age_turned_ask_disability(&date(*until), *y)
            } else {
                msg::child_age_turns(&date(*until), *y)
            }),
        ),
        ChildRaisingCriterion::CarerMayApply { carer: who } => (
            msg::child_carer_may_apply().to_string(),
            who.map(|c| carer_said(c).to_string()),
        ),
        ChildRaisingCriterion::QualifyingMonths {
            income_months,
            assimilated_months,
            required,
            window,
        } => {
            let title = msg::child_months_title(*required, *window);
            let need = required.to_string();
            let detail = income_months.map(|m| {
                if m >= *required {
                    return msg::child_months_said_enough(&months(m), &need);
                }
                let Some(a) = assimilated_months else {
                    return msg::child_months_said_too_few(&months(m), &need);
                };
                let total = (m + a).min(*window);
                if total >= *required {
                    msg::child_months_sum_enough(&months(*a), &months(m), &need, &months(total))
                } else {
                    msg::child_months_sum_too_few(
                        &months(*a),
                        &months(m),
                        &months(required - total),
                        &need,
                        &months(total),
                        &months(*window),
                    )
                }
            });
            (title, detail)
        }
        ChildRaisingCriterion::AllowanceAmount {
            average_net_income,
            share,
            computed,
            minimum,
            maximum,
        } => (
            msg::child_amount_title(&lei(*maximum), &lei(*minimum), &percent(*share)),
            match (average_net_income, computed) {
                (Some(avg), Some(c)) => {
                    let (avg, worked, share) = (lei(*avg), lei(*c), percent(*share));
                    Some(if c < minimum {
                        msg::child_amount_worked_below(&avg, &worked, &lei(*minimum), &share)
                    } else if c > maximum {
                        msg::child_amount_worked_above(&avg, &worked, &lei(*maximum), &share)
                    } else {
                        msg::child_amount_worked(&avg, &worked, &share)
                    })
                }
                _ => None,
            },
        ),
        ChildRaisingCriterion::BackAtWork {
            back,
            date: when,
            child_age_months,
            early_months,
            rate,
            until,
            higher_ended,
        } => {
            let title = msg::child_back_title().to_string();
            let rate_lei = |r: &IncentiveRate| match r {
                IncentiveRate::Higher => lei(Decimal::from(1500)),
                IncentiveRate::Lower => lei(Decimal::from(650)),
            };
            let detail = match (back, when) {
                (Some(false), _) => Some(msg::child_back_not_yet().to_string()),
                (Some(true), Some(d)) => {
                    Some(match (child_age_months, early_months, rate, until) {
                        (_, _, _, Some(u)) if u <= d => {
                            msg::child_back_after_end(&date(*d), &date(*u))
                        }
                        (Some(m), Some(e), Some(r), Some(u)) => {
                            let (on, age, end) = (date(*d), months(*m), date(*u));
                            match (r, higher_ended) {
                                (IncentiveRate::Lower, Some(ended)) => {
                                    msg::child_back_higher_then_lower(
                                        &age,
                                        &on,
                                        *e,
                                        &date(*ended),
                                        &end,
                                    )
                                }
                                (IncentiveRate::Higher, _) => {
                                    msg::child_back_early(&age, &on, *e, &rate_lei(r), &end)
                                }
                                (IncentiveRate::Lower, None) => {
                                    msg::child_back_late(&age, &on, *e, &rate_lei(r), &end)
                                }
                            }
                        }
                        _ => msg::child_back_on(&date(*d)),
                    })
                }
                _ => None,
            };
            (title, detail)
        }
        ChildRaisingCriterion::ReceivesAllowance { receives } => (
            msg::child_receives_title().to_string(),
            receives.map(|r| {
                if r {
                    msg::child_receives_yes().to_string()
                } else {
                    msg::child_receives_no().to_string()
                }
            }),
        ),
        ChildRaisingCriterion::BornDuringLeave { on_leave, .. } => (
            msg::child_born_during_leave_title().to_string(),
            on_leave.map(|l| {
                if l {
                    msg::child_born_during_leave_yes().to_string()
                } else {
                    msg::child_born_during_leave_no().to_string()
                }
            }),
        ),
        ChildRaisingCriterion::ParentDisability { grade } => (
            msg::child_parent_disability_title().to_string(),
            grade.map(|g| {
                match g {
                    DisabilityGrade::Severe => msg::child_parent_disability_severe(),
                    DisabilityGrade::Accentuated => msg::child_parent_disability_accentuated(),
                    _ => msg::child_parent_disability_other(),
                }
                .to_string()
            }),
        ),
    }
}

pub fn part(p: ChildRaisingPart) -> &'static str {
    match p {
        ChildRaisingPart::Allowance => msg::child_part_allowance(),
        ChildRaisingPart::MultipleBirthIncrease => msg::child_part_multiple_birth(),
        ChildRaisingPart::InsertionIncentive => msg::child_part_incentive(),
        ChildRaisingPart::FurtherBirthSupplement => msg::child_part_supplement(),
        ChildRaisingPart::DisabledParentSupport => msg::child_part_support(),
    }
}

pub fn form(f: ChildRaisingForm) -> &'static str {
    match f {
        ChildRaisingForm::AllowanceApplication => msg::child_form_allowance(),
        ChildRaisingForm::IncomeCertificate => msg::child_form_income_certificate(),
        ChildRaisingForm::IncentiveApplication => msg::child_form_incentive(),
        ChildRaisingForm::ContributionDeclaration => msg::child_form_contribution(),
        ChildRaisingForm::DisabledChildApplication => msg::child_form_disabled_child(),
    }
}

pub fn document(d: &ChildRaisingDocument, _household: &Household) -> String {
    match d {
        ChildRaisingDocument::AssimilatedPeriodProof { period } => {
            return msg::child_doc_period_proof(period_proved(*period));
        }
        ChildRaisingDocument::AllowanceApplication => msg::child_doc_allowance_application(),
        ChildRaisingDocument::IncomeCertificate => msg::child_doc_income_certificate(),
        ChildRaisingDocument::MealVouchersCertificate => msg::child_doc_meal_vouchers(),
        ChildRaisingDocument::IncomeCertificatePerJob => msg::child_doc_per_job(),
        ChildRaisingDocument::CollaborationIncomePapers => msg::child_doc_collaboration(),
        ChildRaisingDocument::WorkSuspensionDecision => msg::child_doc_work_suspension(),
        ChildRaisingDocument::CarerDecision { carer: c } => match c {
            Carer::AdoptiveParent => msg::child_doc_adoption(),
            Carer::EntrustedForAdoption => msg::child_doc_entrusted(),
            Carer::Placement => msg::child_doc_placement(),
            Carer::Guardian => msg::child_doc_guardian(),
            _ => "",
        },
        ChildRaisingDocument::SocialInquiryUnmarriedFather => msg::child_doc_social_inquiry(),
        ChildRaisingDocument::OtherChildrenBirthCertificates => msg::child_doc_other_children(),
        ChildRaisingDocument::IncentiveApplication => msg::child_doc_incentive_application(),
        ChildRaisingDocument::ContributionDeclaration => msg::child_doc_contribution(),
        ChildRaisingDocument::IncentiveIncomeCertificate => {
            msg::child_doc_incentive_income_certificate()
        }
        ChildRaisingDocument::ReturnToWorkDecision => msg::child_doc_return_to_work(),
    }
    .to_string()
}

/// The title of this area's terms and duties; `term` is "60 de zile lucrătoare".
pub fn deadline_title(d: &Deadline, term: &str) -> String {
    let due = d.computed.as_ref().map(|c| date_with_weekday(c.due));
    let opens = d.opens.map(date);
    let between = |what: &str| match (&opens, &due) {
        (Some(o), Some(u)) => msg::child_term_between(u, o, what),
        (None, Some(u)) => msg::child_term_by(u, what),
        _ => msg::child_term_within(term, what),
    };
    match d.deadline {
        DeadlineId::FileChildRaisingAllowance => between(msg::child_what_allowance()),
        DeadlineId::FileNextChildLeave => between(msg::child_what_next_child_leave()),
        DeadlineId::OtherParentLatest => match &due {
            Some(u) => msg::child_term_other_parent_by(u),
            None => msg::child_term_other_parent_latest().to_string(),
        },
        DeadlineId::OtherParentWindow => msg::child_term_other_parent_window().to_string(),
        DeadlineId::SwitchAllowanceAndIncentive => msg::child_term_switch(term),
        DeadlineId::EndAllowanceOnReturn => match (&d.anchor, &due) {
            (Anchor::BackToWork, Some(u)) => msg::child_term_end_allowance_by(u),
            _ => msg::child_term_end_allowance(term),
        },
        DeadlineId::FileInsertionIncentive => between(msg::child_what_incentive()),
        DeadlineId::ReportIncentiveChanges => msg::child_term_report_changes(term),
        DeadlineId::FileFurtherBirthSupplement => between(msg::child_what_supplement()),
        DeadlineId::FileDisabilityExtension => between(msg::child_what_disability_extension()),
        DeadlineId::FileFromThreeToSeven => between(msg::child_what_three_to_seven()),
        DeadlineId::FileFromFourToSeven => between(msg::child_what_four_to_seven()),
        _ => String::new(),
    }
}

/// How a window's dates were counted, for the terms that are not simply
/// "N days from a date".
pub fn window_steps(d: &Deadline) -> Option<Vec<String>> {
    let c = d.computed.as_ref()?;
    let steps = match (d.deadline, d.anchor) {
        (
            DeadlineId::FileChildRaisingAllowance | DeadlineId::FileInsertionIncentive,
            Anchor::PostnatalLeaveEnd,
        ) => vec![msg::child_window_postnatal(
            &date(c.from),
            &super::day_unit(d.days, d.unit),
        )],
        (_, Anchor::Birthday { years: y, .. }) => vec![match d.deadline {
            DeadlineId::OtherParentLatest | DeadlineId::FileDisabilityExtension => {
                msg::child_window_birthday_before(&date(c.from), y)
            }
            _ => msg::child_window_birthday(&date(c.from), y),
        }],
        _ => return None,
    };
    Some(steps)
}

/// A worked example for a duty whose event is still to come.
pub fn event_example(d: &Deadline) -> Option<String> {
    let c = d.computed.as_ref()?;
    let (from, due) = (date(c.from), date_with_weekday(c.due));
    let text = match d.deadline {
        DeadlineId::OtherParentWindow => msg::child_example_other_parent(&due, &from),
        DeadlineId::EndAllowanceOnReturn => msg::child_example_end_allowance(&due, &from),
        DeadlineId::SwitchAllowanceAndIncentive => msg::child_example_switch(&due, &from),
        _ => return None,
    };
    Some(text)
}

/// What a late filing still gives, for this area's terms.
pub fn passed(d: &Deadline) -> Option<&'static str> {
    match d.deadline {
        DeadlineId::FileChildRaisingAllowance
        | DeadlineId::FileNextChildLeave
        | DeadlineId::FileInsertionIncentive
        | DeadlineId::FileFurtherBirthSupplement
        | DeadlineId::FileDisabilityExtension
        | DeadlineId::FileFromThreeToSeven
        | DeadlineId::FileFromFourToSeven => Some(msg::child_passed_file_late()),
        DeadlineId::OtherParentLatest | DeadlineId::EndAllowanceOnReturn => {
            Some(msg::child_passed_go_now())
        }
        _ => None,
    }
}

pub fn note(n: &ChildRaisingNote) -> String {
    match n {
        ChildRaisingNote::AmountFromCertificate => {
            msg::child_note_amount_from_certificate().to_string()
        }
        ChildRaisingNote::MonthsBeforeDecision => {
            msg::child_note_months_before_decision().to_string()
        }
        ChildRaisingNote::LivesInRomaniaWithChild => msg::child_note_lives_in_romania().to_string(),
        ChildRaisingNote::OtherParentShare {
            months: m,
            rules_of_2023,
        } => {
            let cut = if *rules_of_2023 {
                msg::child_note_cut_rules_2023(&months(*m))
            } else {
                msg::child_note_cut_one_month().to_string()
            };
            if *m == 1 {
                msg::child_note_other_parent_one(&cut)
            } else {
                msg::child_note_other_parent_many(&cut, &months(*m))
            }
        }
        ChildRaisingNote::IncomeCeilingDuringLeave {
            ceiling,
            times,
            minimum,
            other_figure,
        } => msg::child_note_income_ceiling(
            &lei(*ceiling),
            &lei(*minimum),
            &lei(*other_figure),
            &times.to_string(),
        ),
        ChildRaisingNote::LateFilingFromFilingDate => msg::child_note_late_filing().to_string(),
        ChildRaisingNote::DocumentsAsTheCaseMay => {
            msg::child_note_documents_as_the_case_may().to_string()
        }
        ChildRaisingNote::DisabilityExtension { .. } => {
            msg::child_note_disability_extension().to_string()
        }
        ChildRaisingNote::DisabilityOptionsThreeToSeven { .. } => {
            msg::child_note_disability_three_to_seven().to_string()
        }
        ChildRaisingNote::StateAllowanceOnSameApplication => {
            msg::child_note_state_allowance_same_application().to_string()
        }
        ChildRaisingNote::IncentiveIfBackBy {
            higher,
            early_until,
            higher_until,
            lower,
            lower_until,
        } => match (higher, early_until) {
            (Some(h), Some(e)) => msg::child_note_incentive_if_back_early(
                &date(*e),
                &lei(*h),
                &date(*higher_until),
                &lei(*lower),
                &date(*lower_until),
            ),
            _ => msg::child_note_incentive_if_back_now(&lei(*lower), &date(*lower_until)),
        },
        ChildRaisingNote::IncentiveDisabledEarlyReadings {
            early_months,
            early_until,
            other_months,
            other_until,
            back_in_between,
        } => {
            let other = if other_months % 12 == 0 {
                years(other_months / 12)
            } else {
                months(*other_months)
            };
            if *back_in_between {
                msg::child_note_disabled_readings_between(
                    *early_months,
                    &other,
                    &date(*other_until),
                )
            } else {
                msg::child_note_disabled_readings(
                    *early_months,
                    &date(*early_until),
                    &other,
                    &date(*other_until),
                )
            }
        }
        ChildRaisingNote::IncentiveOnThresholdDay {
            day,
            early_months,
            higher,
            lower,
        } => msg::child_note_threshold_day(&date(*day), *early_months, &lei(*higher), &lei(*lower)),
        ChildRaisingNote::IncentiveFourToSevenAmountNotOnPages => {
            msg::child_note_four_to_seven_amount().to_string()
        }
        ChildRaisingNote::IncentiveDirectTermNotOnPages => {
            msg::child_note_direct_term().to_string()
        }
        ChildRaisingNote::IncentiveFather => msg::child_note_father().to_string(),
        ChildRaisingNote::IncentiveDisabilityThreeToSeven => {
            msg::child_note_incentive_three_to_seven().to_string()
        }
        ChildRaisingNote::SupplementHalfOfAllowance => {
            msg::child_note_supplement_half().to_string()
        }
        ChildRaisingNote::PapersPerJob => msg::child_note_papers_per_job().to_string(),
        ChildRaisingNote::TwoDossiers => msg::child_note_two_dossiers().to_string(),
        ChildRaisingNote::SupportAskOffice {
            leave_until,
            past: false,
        } => msg::child_note_support_ask_office(&date(*leave_until)),
        ChildRaisingNote::SupportAskOffice {
            leave_until,
            past: true,
        } => msg::child_note_support_ask_office_past(&date(*leave_until)),
    }
}

pub fn question(f: ChildRaisingFact, household: &Household) -> String {
    let youngest = crate::rules::child_raising::youngest(household)
        .map(|y| member_label(household, y.index))
        .unwrap_or_else(|| msg::child_the_child().to_string());
    match f {
        ChildRaisingFact::Carer => return msg::child_q_carer(&youngest),
        ChildRaisingFact::LeaveForOlderChild => {
            return msg::child_q_leave_for_older_child(&youngest)
        }
        ChildRaisingFact::ReceivesAllowance => return msg::child_q_receives_allowance(&youngest),
        ChildRaisingFact::DecisionDate => msg::child_q_decision_date(),
        ChildRaisingFact::IncomeMonths => msg::child_q_income_months(),
        ChildRaisingFact::AssimilatedPeriods => msg::child_q_assimilated_periods(),
        ChildRaisingFact::AssimilatedMonths => msg::child_q_assimilated_months(),
        ChildRaisingFact::MaternityLeave => msg::child_q_maternity_leave(),
        ChildRaisingFact::MaternityLeaveEnd => msg::child_q_maternity_leave_end(),
        ChildRaisingFact::AverageNetIncome => msg::child_q_average_net_income(),
        ChildRaisingFact::BackToWork => msg::child_q_back_to_work(),
        ChildRaisingFact::BackToWorkDate => msg::child_q_back_to_work_date(),
        ChildRaisingFact::MealVouchers => msg::child_q_meal_vouchers(),
    }
    .to_string()
}

pub fn question_hint(f: ChildRaisingFact) -> Option<&'static str> {
    Some(match f {
        ChildRaisingFact::Carer => msg::child_hint_carer(),
        ChildRaisingFact::DecisionDate => msg::child_hint_decision_date(),
        ChildRaisingFact::IncomeMonths => msg::child_hint_income_months(),
        ChildRaisingFact::AssimilatedPeriods => msg::child_hint_assimilated_periods(),
        ChildRaisingFact::AssimilatedMonths => msg::child_hint_assimilated_months(),
        ChildRaisingFact::MaternityLeave => msg::child_hint_maternity_leave(),
        ChildRaisingFact::MaternityLeaveEnd => msg::child_hint_maternity_leave_end(),
        ChildRaisingFact::AverageNetIncome => msg::child_hint_average_net_income(),
        ChildRaisingFact::LeaveForOlderChild => msg::child_hint_leave_for_older_child(),
        ChildRaisingFact::BackToWork => msg::child_hint_back_to_work(),
        ChildRaisingFact::ReceivesAllowance => msg::child_hint_receives_allowance(),
        ChildRaisingFact::BackToWorkDate => msg::child_hint_back_to_work_date(),
        ChildRaisingFact::MealVouchers => msg::child_hint_meal_vouchers(),
    })
}

pub fn option_label(f: ChildRaisingFact, value: &str) -> Option<&'static str> {
    use crate::questions::parse;
    match f {
        ChildRaisingFact::Carer => parse(value).map(carer),
        ChildRaisingFact::AssimilatedPeriods => parse(value).map(assimilated_period),
        _ => None,
    }
}
