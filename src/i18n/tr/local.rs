//! What depends on the town (issue 19), in the language loaded: Năvodari's
//! own benefits, the parents-abroad duty, the profiles' offices, windows,
//! e-mail rules and numbers, "open now", and the directory's needs. The
//! words are the `local_*` messages of `src/i18n/<lang>/local.txt`; `tr`
//! sends each of this area's identifiers here.

use rust_decimal::Decimal;

use super::{date, date_with_weekday, lei, year_month};
use crate::i18n::msg;
use crate::rules::directory::{Need, ServiceStatus};
use crate::rules::household::{HomeCareSituation, LocalEmergency};
use crate::rules::local::{
    EmailList, LocalCriterion, LocalDocument, LocalFact, LocalForm, LocalNote, PaymentsAgency,
    PensionerTier, TicketCategory,
};
use crate::rules::municipality::{MunicipalityId, PhonePurpose};
use crate::rules::outcome::{BenefitId, Deadline, DeadlineId};
use crate::rules::profiles::{
    ClosedReason, Duty, EmergencyPurpose, FindContact, Institution, OpenState,
};

pub fn benefit_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::ParentsLeavingToWorkAbroad => msg::local_benefit_parents_abroad(),
        BenefitId::NavodariHolidayTickets => msg::local_benefit_holiday_tickets(),
        BenefitId::NavodariEmergencyAid => msg::local_benefit_emergency_aid(),
        BenefitId::NavodariFuneralAid => msg::local_benefit_funeral_aid(),
        BenefitId::NavodariHomeCare => msg::local_benefit_home_care(),
        BenefitId::NavodariChildrenDayCentre => msg::local_benefit_children_day_centre(),
        BenefitId::NavodariElderlyDayCentre => msg::local_benefit_elderly_day_centre(),
        _ => "",
    }
}

/// The town's name in a sentence ("în Năvodari").
pub fn town(m: MunicipalityId) -> &'static str {
    match m {
        MunicipalityId::ClujNapoca => msg::local_town_cluj_napoca(),
        MunicipalityId::Navodari => msg::local_town_navodari(),
        MunicipalityId::Other => msg::local_town_other(),
    }
}

fn ticket_category(c: TicketCategory) -> &'static str {
    match c {
        TicketCategory::MinimumIncome => msg::local_ticket_category_minimum_income(),
        TicketCategory::FamilySupport => msg::local_ticket_category_family_support(),
        TicketCategory::SevereOrAccentuatedDisability => msg::local_ticket_category_disability(),
        TicketCategory::Pensioner => msg::local_ticket_category_pensioner(),
        TicketCategory::OverSixtyWithoutIncome => msg::local_ticket_category_over_sixty(),
    }
}

fn emergency(e: LocalEmergency) -> &'static str {
    match e {
        LocalEmergency::Medical => msg::local_emergency_medical(),
        LocalEmergency::Calamity => msg::local_emergency_calamity(),
        LocalEmergency::ChildExceptional => msg::local_emergency_child(),
        LocalEmergency::None => msg::local_emergency_none(),
    }
}

fn home_care_situation(s: HomeCareSituation) -> &'static str {
    match s {
        HomeCareSituation::NoFamilyOrSupport => msg::local_home_care_no_family(),
        HomeCareSituation::NoHome => msg::local_home_care_no_home(),
        HomeCareSituation::InsufficientIncome => msg::local_home_care_income(),
        HomeCareSituation::CannotManageAlone => msg::local_home_care_cannot_manage(),
        HomeCareSituation::SocioMedicalNeeds => msg::local_home_care_socio_medical(),
    }
}

fn pensioner_tier(t: PensionerTier) -> &'static str {
    match t {
        PensionerTier::UpToMinimumSocialPension => msg::local_tier_social_pension(),
        PensionerTier::AboveMinimumSocialPensionUpTo1000 => msg::local_tier_up_to_1000(),
        PensionerTier::UpTo1000MinimumPensionUnknown => msg::local_tier_up_to_1000_unknown(),
        PensionerTier::Between1000And1001 => msg::local_tier_gap(),
        PensionerTier::From1001To1450 => msg::local_tier_1001_1450(),
    }
}

/// "Da." / "Nu." after a yes-or-no criterion.
fn yes_no(d: bool) -> String {
    if d {
        msg::local_crit_yes()
    } else {
        msg::local_crit_no()
    }
    .to_string()
}

/// A member's number as the person reads it: the first is 1.
fn person(member: usize) -> String {
    (member + 1).to_string()
}

pub fn criterion(c: &LocalCriterion) -> (String, Option<String>) {
    match c {
        LocalCriterion::TicketCategory {
            member,
            category,
            age,
            net_income,
            tier,
            age_exactly_limit,
        } => {
            let title = msg::local_crit_ticket_title(&person(*member));
            let mut parts = vec![match category {
                Some(c) => msg::local_crit_ticket_category(ticket_category(*c)),
                None => msg::local_crit_ticket_no_category().to_string(),
            }];
            if let Some(income) = net_income {
                parts.push(msg::local_crit_ticket_net_income(&lei(*income)));
            }
            if let Some(a) = age {
                parts.push(msg::local_crit_ticket_age(&super::age(*a)));
            }
            if let Some(t) = tier {
                parts.push(pensioner_tier(*t).to_string());
            }
            if *age_exactly_limit {
                parts.push(msg::local_crit_ticket_age_at_limit().to_string());
            }
            (title, Some(parts.join(" ")))
        }
        LocalCriterion::AnyTicketCategory {
            members_in_category,
        } => (
            msg::local_crit_any_ticket_title().to_string(),
            Some(if *members_in_category == 0 {
                msg::local_crit_any_ticket_none().to_string()
            } else {
                msg::local_crit_any_ticket_some(*members_in_category)
            }),
        ),
        LocalCriterion::EmergencySituation { declared } => (
            msg::local_crit_emergency_title().to_string(),
            declared.map(|e| msg::local_crit_emergency_declared(emergency(e))),
        ),
        LocalCriterion::IncomeUpToMinimumWage {
            members,
            income_month,
            total_net,
            per_member,
        } => (
            msg::local_crit_income_title(&year_month(*income_month)),
            per_member.map(|p| match total_net {
                Some(t) if t.is_zero() => msg::local_crit_income_none().to_string(),
                Some(t) => msg::local_crit_income_detail(*members, &lei(p), &lei(*t)),
                None => String::new(),
            }),
        ),
        LocalCriterion::EmergencyAmount {
            situation,
            needed,
            max,
        } => (
            match situation {
                LocalEmergency::Calamity => msg::local_crit_amount_calamity(&lei(*max)),
                LocalEmergency::ChildExceptional => msg::local_crit_amount_child(&lei(*max)),
                _ => msg::local_crit_amount_medical(&lei(*max)),
            },
            needed.map(|n| {
                if n <= *max {
                    msg::local_crit_amount_within(&lei(n))
                } else {
                    msg::local_crit_amount_over(&lei(*max), &lei(n))
                }
            }),
        ),
        LocalCriterion::FuneralCosts { declared } => (
            msg::local_crit_funeral_costs_title().to_string(),
            declared.map(|d| {
                if d {
                    yes_no(true)
                } else {
                    msg::local_crit_funeral_costs_no().to_string()
                }
            }),
        ),
        LocalCriterion::DeceasedLivedInTown { declared } => (
            msg::local_crit_deceased_title().to_string(),
            declared.map(|d| {
                if d {
                    yes_no(true)
                } else {
                    msg::local_crit_deceased_no().to_string()
                }
            }),
        ),
        LocalCriterion::FuneralRoute {
            vmi_family,
            other_death_aid,
        } => (
            msg::local_crit_funeral_route_title().to_string(),
            Some(if *vmi_family {
                msg::local_crit_funeral_route_vmi().to_string()
            } else {
                match other_death_aid {
                    Some(true) => msg::local_crit_funeral_route_other_aid(),
                    Some(false) => msg::local_crit_funeral_route_no_other_aid(),
                    None => msg::local_crit_funeral_route_unknown(),
                }
                .to_string()
            }),
        ),
        LocalCriterion::HomeCareNeed {
            declared,
            situations,
        } => (
            msg::local_crit_home_care_title().to_string(),
            match (declared, situations) {
                (Some(false), _) => Some(msg::local_crit_home_care_not_needed().to_string()),
                (_, Some(list)) if list.is_empty() => {
                    Some(msg::local_crit_home_care_no_situation().to_string())
                }
                (_, Some(list)) => Some(msg::local_crit_home_care_situations(
                    &list
                        .iter()
                        .map(|s| home_care_situation(*s))
                        .collect::<Vec<_>>()
                        .join("; "),
                )),
                _ => None,
            },
        ),
        LocalCriterion::HomeCareIncome {
            net_income,
            limit,
            vmi_beneficiary,
        } => (
            msg::local_crit_home_care_income_title(&lei(*limit)),
            if *vmi_beneficiary {
                Some(msg::local_crit_home_care_vmi().to_string())
            } else {
                net_income.map(|i| msg::local_crit_home_care_net_income(&lei(i)))
            },
        ),
        LocalCriterion::LeavingToWorkAbroad { declared } => (
            msg::local_crit_abroad_title().to_string(),
            declared.map(yes_no),
        ),
        LocalCriterion::MinorChild { children } => (
            msg::local_crit_minor_child_title().to_string(),
            Some(if *children == 0 {
                msg::local_crit_minor_child_none().to_string()
            } else {
                msg::count_children(*children)
            }),
        ),
    }
}

pub fn document(d: &LocalDocument) -> String {
    match d {
        LocalDocument::WrittenRequest => msg::local_doc_written_request(),
        LocalDocument::DeathCertificate => msg::local_doc_death_certificate(),
        LocalDocument::ApplicantIdentityCard => msg::local_doc_applicant_identity_card(),
        LocalDocument::KinshipPapers => msg::local_doc_kinship_papers(),
        LocalDocument::HeirOrGuardianPapers => msg::local_doc_heir_or_guardian_papers(),
        LocalDocument::FuneralInvoiceAndReceipt => msg::local_doc_funeral_invoice(),
        LocalDocument::IncomeCertificates => msg::local_doc_income_certificates(),
        LocalDocument::CivilStatusPapers => msg::local_doc_civil_status_papers(),
        LocalDocument::SpecialistMedicalPapers => msg::local_doc_specialist_medical_papers(),
        LocalDocument::IncidentReport => msg::local_doc_incident_report(),
        LocalDocument::ExceptionalSituationProof => msg::local_doc_exceptional_situation_proof(),
        LocalDocument::SocialInquiry => msg::local_doc_social_inquiry(),
        LocalDocument::InvoicesAndReceipts => msg::local_doc_invoices_and_receipts(),
        LocalDocument::DepartureNotification => msg::local_doc_departure_notification(),
        LocalDocument::DelegationRequest => msg::local_doc_delegation_request(),
        LocalDocument::TicketCategoryPapers => msg::local_doc_ticket_category_papers(),
    }
    .to_string()
}

pub fn form(f: LocalForm) -> &'static str {
    match f {
        LocalForm::NavodariStateAllowance => msg::local_form_state_allowance(),
        LocalForm::NavodariEuAnnex => msg::local_form_eu_annex(),
        LocalForm::NavodariAjpisTransfer => msg::local_form_ajpis_transfer(),
        LocalForm::NavodariChildRaising => msg::local_form_child_raising(),
        LocalForm::NavodariInsertionIncentive => msg::local_form_insertion_incentive(),
        LocalForm::NavodariChangeRequest => msg::local_form_change_request(),
        LocalForm::NavodariHeatingApplication => msg::local_form_heating_application(),
        LocalForm::NavodariAssetList => msg::local_form_asset_list(),
        LocalForm::NavodariFuneralApplication => msg::local_form_funeral_application(),
        LocalForm::NavodariHolidayTicketsApplication => {
            msg::local_form_holiday_tickets_application()
        }
        LocalForm::NavodariKindergartenTickets => msg::local_form_kindergarten_tickets(),
        LocalForm::NavodariVmiLeaflet => msg::local_form_vmi_leaflet(),
        LocalForm::NavodariVmiPaymentUndertaking => msg::local_form_vmi_payment_undertaking(),
        LocalForm::NavodariVmiApplication => msg::local_form_vmi_application(),
        LocalForm::NavodariVmiDeclaration => msg::local_form_vmi_declaration(),
        LocalForm::NavodariVmiChanges => msg::local_form_vmi_changes(),
        LocalForm::NavodariVmiAssetList => msg::local_form_vmi_asset_list(),
        LocalForm::NavodariChildrenDayCentre => msg::local_form_children_day_centre(),
        LocalForm::NavodariElderlyDayCentre => msg::local_form_elderly_day_centre(),
        LocalForm::NavodariCanteen => msg::local_form_canteen(),
        LocalForm::NavodariHomeCare => msg::local_form_home_care(),
        LocalForm::NavodariParentAbroad => msg::local_form_parent_abroad(),
        LocalForm::NavodariPersonalAssistantHiring => msg::local_form_personal_assistant_hiring(),
        LocalForm::NavodariPatientConsent => msg::local_form_patient_consent(),
        LocalForm::NavodariUndertaking => msg::local_form_undertaking(),
        LocalForm::NavodariDisabilityAllowance => msg::local_form_disability_allowance(),
    }
}

pub fn note(n: &LocalNote) -> String {
    match n {
        LocalNote::FilingWindow {
            first_day,
            last_day,
            opens,
            closes,
            last_office_day,
            open_on_date,
        } => {
            let (first, last) = (first_day.to_string(), last_day.to_string());
            let (opens, closes_on) = (date(*opens), date_with_weekday(*closes));
            let mut text = if *open_on_date {
                msg::local_note_window_now(&closes_on, &first, &last, &opens)
            } else {
                msg::local_note_window_next(&closes_on, &first, &last, &opens)
            };
            if last_office_day != closes {
                text.push(' ');
                text.push_str(&msg::local_note_window_closed_on(
                    &date(*closes),
                    &date_with_weekday(*last_office_day),
                ));
            }
            text
        }
        LocalNote::EmailOnePdf {
            address,
            list,
            order,
        } => {
            let order = order
                .iter()
                .enumerate()
                .map(|(i, item)| format!("{}. {}", i + 1, item))
                .collect::<Vec<_>>()
                .join("; ");
            match list {
                EmailList::StateAllowance => msg::local_note_email_allowance(address, &order),
                EmailList::NewInsertionIncentive => {
                    msg::local_note_email_new_incentive(address, &order)
                }
                EmailList::IncentiveFromChildRaising => {
                    msg::local_note_email_incentive_from_icc(address, &order)
                }
            }
        }
        LocalNote::EmailNoOwnOrder { address } => msg::local_note_email_no_order(address),
        LocalNote::AtTheOfficeOnly => msg::local_note_at_office_only().to_string(),
        LocalNote::AgencyDecidesAndPays { agency } => match agency {
            PaymentsAgency::AjpisConstanta => msg::local_note_agency_constanta(),
            PaymentsAgency::OwnCounty => msg::local_note_agency_own_county(),
        }
        .to_string(),
        LocalNote::FileAtYourTownHall => msg::local_note_file_at_your_town_hall().to_string(),
        LocalNote::FileWhereYouLiveNavodari => msg::local_note_file_where_you_live().to_string(),
        LocalNote::AskCountyDgaspc { county: Some(_) } => {
            msg::local_note_dgaspc_constanta().to_string()
        }
        LocalNote::AskCountyDgaspc { county: None } => {
            msg::local_note_dgaspc_own_county().to_string()
        }
        LocalNote::AllowanceFromMonthAfterRequest {
            if_filed_on,
            first_month,
        } => msg::local_note_allowance_from_next_month(
            &date(*if_filed_on),
            &year_month(*first_month),
        ),
        LocalNote::TicketValue {
            member,
            category,
            per_holiday,
            year,
        } => msg::local_note_ticket_value(
            ticket_category(*category),
            &person(*member),
            &lei(*per_holiday),
            &year.to_string(),
        ),
        LocalNote::TicketTierByMinimumPension { member, low, high } => {
            msg::local_note_ticket_tier_by_pension(&lei(*high), &lei(*low), &person(*member))
        }
        LocalNote::TicketTierGap { member } => msg::local_note_ticket_tier_gap(&person(*member)),
        LocalNote::TicketAgeAtLimit { member } => {
            msg::local_note_ticket_age_at_limit(&person(*member))
        }
        LocalNote::TicketsTotal { min, max, year } => {
            let year = year.to_string();
            if min == max {
                msg::local_note_tickets_total(&lei(*min), &year)
            } else {
                msg::local_note_tickets_total_range(&lei(*max), &lei(*min), &year)
            }
        }
        LocalNote::TicketOccasions { easter, christmas } => {
            msg::local_note_ticket_occasions(&date(*christmas), &date(*easter))
        }
        LocalNote::TicketOneCategory => msg::local_note_ticket_one_category().to_string(),
        LocalNote::TicketVmiReplacesVmgAndAsf => msg::local_note_ticket_vmi_replaces().to_string(),
        LocalNote::TicketsOnRequest => msg::local_note_tickets_on_request().to_string(),
        LocalNote::EmergencyMaximum {
            situation,
            sum,
            fixed,
        } => match (situation, fixed) {
            (_, true) => msg::local_note_emergency_fixed(&lei(*sum)),
            (LocalEmergency::ChildExceptional, _) => msg::local_note_emergency_child(&lei(*sum)),
            _ => msg::local_note_emergency_medical(&lei(*sum)),
        },
        LocalNote::EmergencyOverMaximumCouncil { needed, max } => {
            msg::local_note_emergency_council(&lei(*max), &lei(*needed))
        }
        LocalNote::MinimumWageNotOnPage => msg::local_note_minimum_wage_not_on_page().to_string(),
        LocalNote::ByMayorsDisposition => msg::local_note_by_mayors_disposition().to_string(),
        LocalNote::ChildAidUses => msg::local_note_child_aid_uses().to_string(),
        LocalNote::FuneralFixedSum { sum } => msg::local_note_funeral_fixed_sum(&lei(*sum)),
        LocalNote::FuneralApplicantMayLiveElsewhere => {
            msg::local_note_funeral_may_live_elsewhere().to_string()
        }
        LocalNote::FuneralUnidentifiedByContract => {
            msg::local_note_funeral_unidentified().to_string()
        }
        LocalNote::HomeCareFree { limit } => msg::local_note_home_care_free(&lei(*limit)),
        LocalNote::HomeCareContribution { limit } => {
            msg::local_note_home_care_contribution(&lei(*limit))
        }
        LocalNote::HomeCareExactlyAtLimit { limit } => {
            msg::local_note_home_care_at_limit(&lei(*limit))
        }
        LocalNote::HomeCareServices => msg::local_note_home_care_services().to_string(),
        LocalNote::ChildrenDayCentre { places } => msg::local_note_children_day_centre(*places),
        LocalNote::ElderlyDayCentre => msg::local_note_elderly_day_centre().to_string(),
        LocalNote::CanteenAddress { address } => msg::local_note_canteen_address(address),
        LocalNote::AbroadWhoNotifies => msg::local_note_abroad_who_notifies().to_string(),
        LocalNote::AbroadCarerAndCourt => msg::local_note_abroad_carer_and_court().to_string(),
        LocalNote::AbroadNoticeLate { departure } => {
            msg::local_note_abroad_notice_late(&date(*departure))
        }
        LocalNote::AbroadCounting => msg::local_note_abroad_counting().to_string(),
    }
}

/// The duty's title; the other deadlines of this area.
pub fn deadline_title(d: &Deadline, term: &str) -> String {
    match (d.deadline, &d.computed) {
        (DeadlineId::NotifyDepartureAbroad, Some(c)) => {
            msg::local_deadline_abroad_due(&date(c.from), &date_with_weekday(c.due))
        }
        (DeadlineId::NotifyDepartureAbroad, None) => msg::local_deadline_abroad(term),
        (DeadlineId::PresentEmergencyAidReceipts, _) => {
            msg::local_deadline_emergency_receipts(term)
        }
        (DeadlineId::PresentChildAidReceipts, _) => msg::local_deadline_child_aid_receipts(term),
        _ => String::new(),
    }
}

pub fn event_example(d: &Deadline) -> Option<String> {
    let c = d.computed.as_ref()?;
    match d.deadline {
        DeadlineId::PresentEmergencyAidReceipts => Some(msg::local_example_emergency_receipts(
            &date_with_weekday(c.due),
            &date(c.from),
        )),
        DeadlineId::PresentChildAidReceipts => Some(msg::local_example_child_aid_receipts(
            &date_with_weekday(c.due),
            &date(c.from),
        )),
        DeadlineId::NotifyDepartureAbroad => Some(msg::local_example_abroad(&date(c.from))),
        _ => None,
    }
}

pub fn question(f: LocalFact) -> String {
    match f {
        LocalFact::LeavingToWorkAbroad => msg::local_q_leaving_abroad(),
        LocalFact::DepartureDate => msg::local_q_departure_date(),
        LocalFact::Emergency => msg::local_q_emergency(),
        LocalFact::EmergencyCost => msg::local_q_emergency_cost(),
        LocalFact::FuneralCosts => msg::local_q_funeral_costs(),
        LocalFact::DeceasedLivedInTown => msg::local_q_deceased_lived_in_town(),
        LocalFact::OtherDeathAid => msg::local_q_other_death_aid(),
        LocalFact::NeedsHomeCare => msg::local_q_needs_home_care(),
        LocalFact::HomeCareSituations => msg::local_q_home_care_situations(),
    }
    .to_string()
}

pub fn question_hint(f: LocalFact) -> Option<&'static str> {
    match f {
        LocalFact::LeavingToWorkAbroad => Some(msg::local_hint_leaving_abroad()),
        LocalFact::DepartureDate => Some(msg::local_hint_departure_date()),
        LocalFact::Emergency => Some(msg::local_hint_emergency()),
        LocalFact::EmergencyCost => Some(msg::local_hint_emergency_cost()),
        LocalFact::FuneralCosts => None,
        LocalFact::DeceasedLivedInTown => Some(msg::local_hint_deceased_lived_in_town()),
        LocalFact::OtherDeathAid => None,
        LocalFact::NeedsHomeCare => Some(msg::local_hint_needs_home_care()),
        LocalFact::HomeCareSituations => Some(msg::local_hint_home_care_situations()),
    }
}

pub fn option_label(f: LocalFact, value: &str) -> Option<&'static str> {
    use crate::questions::parse;
    match f {
        LocalFact::Emergency => parse::<LocalEmergency>(value).map(emergency),
        LocalFact::HomeCareSituations => parse::<HomeCareSituation>(value).map(home_care_situation),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Offices, numbers, "open now"
// ---------------------------------------------------------------------------

pub fn phone_purpose(p: PhonePurpose) -> &'static str {
    match p {
        PhonePurpose::Office => msg::local_phone_office(),
        PhonePurpose::BenefitsAndDisability => msg::local_phone_benefits_and_disability(),
        PhonePurpose::ChildProtection => msg::local_phone_child_protection(),
        PhonePurpose::ChildrenDayCentre => msg::local_phone_children_day_centre(),
        PhonePurpose::ElderlyDayCentreAndHomeCare => msg::local_phone_elderly_and_home_care(),
        PhonePurpose::UkraineRefugees => msg::local_phone_ukraine_refugees(),
    }
}

pub fn duty(d: Duty) -> &'static str {
    match d {
        Duty::RegistersDossiers => msg::local_duty_registers_dossiers(),
        Duty::RefersToServices => msg::local_duty_refers_to_services(),
        Duty::SocialInquiry => msg::local_duty_social_inquiry(),
        Duty::DecidesAndPaysChildBenefits => msg::local_duty_child_benefits(),
        Duty::ChildProtection => msg::local_duty_child_protection(),
        Duty::AdultsInDifficulty => msg::local_duty_adults_in_difficulty(),
        Duty::SocialEmergencies => msg::local_duty_social_emergencies(),
        Duty::DomesticViolenceVictims => msg::local_duty_domestic_violence(),
        Duty::DisabilityAllowanceAgreement => msg::local_duty_disability_allowance(),
        Duty::EmploymentInclusion => msg::local_duty_employment(),
        Duty::CanteenMeals => msg::local_duty_canteen(),
        Duty::ChildrenDayCare => msg::local_duty_children_day_care(),
        Duty::ElderlyDayCareAndHomeCare => msg::local_duty_elderly_day_care(),
        Duty::RefugeeHelp => msg::local_duty_refugees(),
    }
}

pub fn find_contact(f: FindContact) -> &'static str {
    match f {
        FindContact::DgaspcCluj => msg::local_find_dgaspc_cluj(),
        FindContact::AjpisCluj => msg::local_find_ajpis_cluj(),
        FindContact::AskDasNavodari => msg::local_find_ask_das_navodari(),
        FindContact::OwnTownHall => msg::local_find_own_town_hall(),
    }
}

/// The institution's name, or what it is where the profile holds no name.
pub fn institution_name(i: &Institution) -> &'static str {
    use crate::rules::profiles::InstitutionId;
    match (i.name, i.id) {
        (Some(name), _) => name,
        (None, InstitutionId::OwnCountyAjpis) => msg::local_institution_own_county_ajpis(),
        (None, InstitutionId::OwnCountyDgaspc) => msg::local_institution_own_county_dgaspc(),
        (None, _) => msg::local_institution_own_town_hall(),
    }
}

pub fn emergency_purpose(p: EmergencyPurpose) -> &'static str {
    match p {
        EmergencyPurpose::AllEmergencies => msg::local_emergency_number_all(),
        EmergencyPurpose::ChildAbuse => msg::local_emergency_number_child_abuse(),
        EmergencyPurpose::DomesticViolence => msg::local_emergency_number_domestic_violence(),
        EmergencyPurpose::ChildHelpline => msg::local_emergency_number_child_helpline(),
    }
}

/// "Deschis acum, până la 12:00" / "Închis: sărbătoare legală (...);
/// deschide joi, 27 noiembrie 2026, la 08:30".
pub fn open_state(s: &OpenState) -> String {
    match s {
        OpenState::Open { closes_at } => msg::local_open_until(&clock(*closes_at)),
        OpenState::Closed { reason, opens_at } => {
            let why = match reason {
                ClosedReason::PublicHoliday { holiday } => {
                    msg::local_closed_holiday(super::holiday(*holiday))
                }
                ClosedReason::Weekend => msg::local_closed_weekend().to_string(),
                ClosedReason::OutsideHours => msg::local_closed_now().to_string(),
                ClosedReason::NoHours => msg::local_closed_no_hours().to_string(),
            };
            match opens_at {
                Some(at) => {
                    msg::local_closed_opens(&date_with_weekday(at.date()), &clock(*at), &why)
                }
                None => why,
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The directory
// ---------------------------------------------------------------------------

pub fn need(n: Need) -> &'static str {
    match n {
        Need::OlderPeople => msg::local_need_older_people(),
        Need::DisabilityChildren => msg::local_need_disability_children(),
        Need::DisabilityAdults => msg::local_need_disability_adults(),
        Need::ChildrenAtRisk => msg::local_need_children_at_risk(),
        Need::DomesticViolence => msg::local_need_domestic_violence(),
        Need::Homelessness => msg::local_need_homelessness(),
        Need::Addiction => msg::local_need_addiction(),
        Need::Food => msg::local_need_food(),
        Need::PalliativeCare => msg::local_need_palliative_care(),
        Need::CommunitySupport => msg::local_need_community_support(),
    }
}

pub fn service_status(s: ServiceStatus) -> &'static str {
    match s {
        ServiceStatus::Existing => msg::local_service_existing(),
        ServiceStatus::Planned => msg::local_service_planned(),
    }
}

/// How DASM refers people to a provider whose contact the pages do not give.
pub fn referral(m: MunicipalityId) -> &'static str {
    match m {
        MunicipalityId::ClujNapoca => msg::local_referral_cluj_napoca(),
        MunicipalityId::Navodari => msg::local_referral_navodari(),
        MunicipalityId::Other => msg::local_referral_other(),
    }
}

/// A sum for the directory's counts and the words' tests.
pub fn sum(d: Decimal) -> String {
    lei(d)
}

// ---------------------------------------------------------------------------
// Words written for DASM Cluj-Napoca, said for the town of the profile
// ---------------------------------------------------------------------------

/// The replacements for a town, in the order they apply: the
/// `local_for_town_*` messages of the language loaded, each holding
/// `⟨words⟩ → ⟨new words⟩` pairs.
fn replacements(m: MunicipalityId) -> Vec<(&'static str, &'static str)> {
    let messages: &[&'static str] = match m {
        MunicipalityId::ClujNapoca => return Vec::new(),
        MunicipalityId::Navodari => &[
            msg::local_for_town_navodari_01(),
            msg::local_for_town_navodari_02(),
            msg::local_for_town_navodari_03(),
            msg::local_for_town_navodari_04(),
            msg::local_for_town_navodari_05(),
            msg::local_for_town_navodari_06(),
            msg::local_for_town_navodari_07(),
            msg::local_for_town_navodari_08(),
            msg::local_for_town_navodari_09(),
            msg::local_for_town_navodari_10(),
            msg::local_for_town_navodari_11(),
            msg::local_for_town_navodari_12(),
            msg::local_for_town_navodari_13(),
            msg::local_for_town_navodari_14(),
            msg::local_for_town_navodari_15(),
            msg::local_for_town_navodari_16(),
            msg::local_for_town_navodari_17(),
        ],
        MunicipalityId::Other => &[
            msg::local_for_town_other_01(),
            msg::local_for_town_other_02(),
            msg::local_for_town_other_03(),
            msg::local_for_town_other_04(),
            msg::local_for_town_other_05(),
            msg::local_for_town_other_06(),
            msg::local_for_town_other_07(),
            msg::local_for_town_other_08(),
            msg::local_for_town_other_09(),
            msg::local_for_town_other_10(),
            msg::local_for_town_other_11(),
            msg::local_for_town_other_12(),
            msg::local_for_town_other_13(),
            msg::local_for_town_other_14(),
            msg::local_for_town_other_15(),
            msg::local_for_town_other_16(),
            msg::local_for_town_other_17(),
            msg::local_for_town_other_18(),
        ],
    };
    let mut out = Vec::new();
    for message in messages {
        let words = bracketed(message);
        for pair in words.chunks_exact(2) {
            if !pair[0].is_empty() {
                out.push((pair[0], pair[1]));
            }
        }
    }
    out
}

/// What stands between ⟨ and ⟩, in order.
fn bracketed(message: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find('⟨') {
        let inner = &rest[start + '⟨'.len_utf8()..];
        let Some(end) = inner.find('⟩') else {
            break;
        };
        out.push(&inner[..end]);
        rest = &inner[end + '⟩'.len_utf8()..];
    }
    out
}

/// The national benefits' words were first written for DASM Cluj-Napoca
/// ("Anunțați la DASM…", "Întrebați la DASM"). Under another profile the
/// same sentence names that town's office, or the person's own town hall.
/// Applied to a whole answer's text by the UI and the case harness, until
/// every sentence takes the profile itself. Each language lists the words
/// its own sentences use (`local_for_town_*`), so the text given must be
/// in the language loaded.
pub fn for_town(text: &str, m: MunicipalityId) -> String {
    let mut out = text.to_string();
    for (from, to) in replacements(m) {
        out = out.replace(from, to);
    }
    out
}

/// "08:30": written out, since chrono's `format` would bring its whole
/// pattern parser into the wasm for this one use.
fn clock(at: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    format!("{:02}:{:02}", at.hour(), at.minute())
}
