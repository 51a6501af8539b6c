//! The means-tested and local benefits (issue 10): VMI, the social canteen,
//! kindergarten tickets, the rent aid, the emergency and funeral aid and the
//! services explained without criteria. `tr.rs` sends each of this area's
//! identifiers here, one arm per shared `match`; the words are in the
//! catalogues' `means` area (`src/i18n/<lang>/means.txt`).

use rust_decimal::Decimal;

use super::{age as years, date, date_with_weekday, income_kind, lei, member_label, year_month};
use crate::i18n::msg;
use crate::rules::household::{
    Answer, Household, KindergartenAttendance, ListedAsset, WithoutIncomeSpan,
};
use crate::rules::information_only::Audience;
use crate::rules::means::{
    CanteenCategory, MeansCriterion, MeansDocument, MeansFact, MeansForm, MeansNote, MeansPart,
    TicketsRoute, VmiComponent,
};
use crate::rules::outcome::{BenefitId, Deadline, DeadlineId};

pub fn benefit_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::Vmi => msg::means_benefit_vmi(),
        BenefitId::RentAid => msg::means_benefit_rent_aid(),
        BenefitId::SocialCanteen => msg::means_benefit_social_canteen(),
        BenefitId::KindergartenTickets => msg::means_benefit_kindergarten_tickets(),
        BenefitId::EmergencyAid => msg::means_benefit_emergency_aid(),
        BenefitId::FuneralAid => msg::means_benefit_funeral_aid(),
        BenefitId::DentalProgramme => msg::means_benefit_dental(),
        BenefitId::FoodTicketProgramme => msg::means_benefit_food_tickets(),
        BenefitId::EuFoodAid => msg::means_benefit_eu_food_aid(),
        BenefitId::SchoolSupplies => msg::means_benefit_school_supplies(),
        BenefitId::DoubleHouseholdExpensesCertificate => msg::means_benefit_double_expenses(),
        BenefitId::SeasonalWorkCertificate => msg::means_benefit_seasonal_work(),
        BenefitId::HighSchoolMoneyInquiry => msg::means_benefit_high_school_money(),
        BenefitId::SocialInclusionCentre => msg::means_benefit_inclusion_centre(),
        BenefitId::NewbornVouchers => msg::means_benefit_newborn_vouchers(),
        BenefitId::PersonalAssistantOrAllowance => msg::means_benefit_personal_assistant(),
        BenefitId::NgoSubsidies => msg::means_benefit_ngo_subsidies(),
        BenefitId::NgoGrants => msg::means_benefit_ngo_grants(),
        // The other benefits have their sentences in `tr.rs`.
        _ => "",
    }
}

/// A member's number as the person reads it: the first is 1.
fn number_of(member: usize) -> String {
    (member + 1).to_string()
}

pub fn canteen_category(c: CanteenCategory) -> &'static str {
    // The page's categories, by their plural names: no adjective that would
    // need the person's gender.
    match c {
        CanteenCategory::ChildInLowIncomeFamily => msg::means_canteen_child(),
        CanteenCategory::StudentInLowIncomeFamily => msg::means_canteen_student(),
        CanteenCategory::VmiBeneficiary => msg::means_canteen_vmi(),
        CanteenCategory::Pensioner => msg::means_canteen_pensioner(),
        CanteenCategory::RetirementAgeAlone => msg::means_canteen_retirement_alone(),
        CanteenCategory::ChronicallyIllOrInvalid => msg::means_canteen_ill(),
        CanteenCategory::TemporarilyWithoutIncome => msg::means_canteen_without_income(),
    }
}

pub fn listed_asset(a: ListedAsset) -> &'static str {
    match a {
        ListedAsset::OtherBuildings => msg::means_asset_other_buildings(),
        ListedAsset::LandOverLimit => msg::means_asset_land(),
        ListedAsset::CarUnderTenYears => msg::means_asset_new_car(),
        ListedAsset::SeveralOldCars => msg::means_asset_old_cars(),
        ListedAsset::UtilityVehicles => msg::means_asset_utility_vehicles(),
        ListedAsset::Boats => msg::means_asset_boats(),
        ListedAsset::FarmMachinery => msg::means_asset_farm_machinery(),
        ListedAsset::FarmProcessingMachinery => msg::means_asset_processing_machinery(),
        ListedAsset::WoodworkingMachinery => msg::means_asset_woodworking(),
        ListedAsset::BankDepositsOver3000 => msg::means_asset_deposits(),
        ListedAsset::FarmProductionOverLimit => msg::means_asset_farm_production(),
    }
}

/// The income kinds left out, in lower case, one after the other.
fn kinds_list(kinds: &[crate::rules::household::IncomeKind]) -> String {
    let names: Vec<String> = kinds
        .iter()
        .map(|k| income_kind(*k).to_lowercase())
        .collect();
    names.join(", ")
}

/// The criterion in plain words, with the person's numbers where there
/// are some. No detail is said rather than a wrong one: the card's mark
/// (✓, ✗, ?) already tells whether an answer is missing.
pub fn criterion(c: &MeansCriterion) -> (String, Option<String>) {
    match c {
        MeansCriterion::VmiIncome {
            component,
            members,
            income_month,
            total_net,
            left_out,
            left_out_total,
            adjusted_total,
            per_member,
            limit_per_member,
            limit_total,
            single_aged_65,
        } => {
            let (month, limit) = (year_month(*income_month), lei(*limit_per_member));
            let title = match (component, single_aged_65) {
                (VmiComponent::InclusionAid, true) => {
                    msg::means_vmi_income_inclusion_65(&limit, &month)
                }
                (VmiComponent::InclusionAid, false) => {
                    msg::means_vmi_income_inclusion(&limit, &month)
                }
                (VmiComponent::FamilyWithChildrenAid, true) => {
                    msg::means_vmi_income_family_65(&limit, &month)
                }
                (VmiComponent::FamilyWithChildrenAid, false) => {
                    msg::means_vmi_income_family(&limit, &month)
                }
            };
            let detail = match (total_net, adjusted_total, limit_total) {
                (Some(total), Some(adjusted), Some(limit)) => {
                    let mut parts = vec![msg::means_vmi_total(&lei(*total))];
                    if !left_out.is_empty() {
                        parts.push(msg::means_vmi_left_out(
                            &kinds_list(left_out),
                            &lei(left_out_total.unwrap_or_default()),
                        ));
                    }
                    parts.push(if *members > 1 {
                        msg::means_vmi_adjusted_per_member(
                            &lei(*adjusted),
                            &lei(*limit),
                            &msg::count_people(*members),
                            &per_member.map(lei).unwrap_or_default(),
                        )
                    } else {
                        msg::means_vmi_adjusted(&lei(*adjusted), &lei(*limit))
                    });
                    Some(parts.join(" "))
                }
                _ => None,
            };
            // The inclusion aid's line comes first: the term is explained
            // there, in the page's own terms ("toate sumele primite/realizate
            // … în luna anterioară solicitării VMI, cu excepţia …").
            let detail = if *component == VmiComponent::InclusionAid {
                let meaning = msg::means_vmi_adjusted_meaning(&month);
                Some(match detail {
                    Some(d) => format!("{meaning} {d}"),
                    None => meaning,
                })
            } else {
                detail
            };
            (title, detail)
        }
        MeansCriterion::LivesWithOthers { declared } => (
            msg::means_lives_with_others_title().to_string(),
            declared.map(|d| {
                if d {
                    msg::means_lives_with_others_yes().to_string()
                } else {
                    msg::means_said_no().to_string()
                }
            }),
        ),
        MeansCriterion::ChildrenUnder18 {
            children,
            single_parent,
        } => (
            msg::means_children_title().to_string(),
            Some(match (children, single_parent) {
                (0, _) => msg::means_children_none().to_string(),
                (n, true) => msg::means_children_single_parent(&msg::count_children(*n)),
                (n, false) => msg::means_children_two_parents(&msg::count_children(*n)),
            }),
        ),
        MeansCriterion::RentAidCategory {
            care_leaver,
            applicant_age,
            marginalised,
            domestic_violence_victim,
        } => {
            let mut parts = Vec::new();
            if *care_leaver == Some(true) {
                parts.push(match applicant_age {
                    Some(age) => msg::means_rent_category_care_leaver_age(&years(*age)),
                    None => msg::means_rent_category_care_leaver().to_string(),
                });
            }
            match marginalised {
                Some(Answer::Yes) => {
                    parts.push(msg::means_rent_category_marginalised().to_string())
                }
                Some(Answer::NotSure) => {
                    parts.push(msg::means_rent_category_marginalised_unsure().to_string())
                }
                _ => {}
            }
            if *domestic_violence_victim == Some(true) {
                parts.push(msg::means_rent_category_violence().to_string());
            }
            (
                msg::means_rent_category_title().to_string(),
                if !parts.is_empty() {
                    Some(msg::means_rent_category_said(&parts.join("; ")))
                } else if *marginalised == Some(Answer::No)
                    && *domestic_violence_victim == Some(false)
                {
                    Some(msg::means_rent_category_none().to_string())
                } else {
                    None
                },
            )
        }
        MeansCriterion::MonthsOfResidence {
            months,
            required,
            exempt,
        } => (
            msg::means_residence_title(&msg::count_months(*required)),
            if *exempt {
                Some(msg::means_residence_exempt().to_string())
            } else {
                months.map(|m| msg::means_said_months(&msg::count_months(m)))
            },
        ),
        MeansCriterion::ActuallyLivesInCity { declared } => (
            msg::means_lives_in_city_title().to_string(),
            declared.map(yes_no),
        ),
        MeansCriterion::NoHomeOwnedOrSold { declared } => {
            (msg::means_no_home_title().to_string(), declared.map(yes_no))
        }
        MeansCriterion::NoStateHousing { declared } => (
            msg::means_no_state_housing_title().to_string(),
            declared.map(|d| {
                if d {
                    msg::means_state_housing_yes().to_string()
                } else {
                    msg::means_said_no().to_string()
                }
            }),
        ),
        MeansCriterion::NoStateHousingCredit { declared } => (
            msg::means_no_state_credit_title().to_string(),
            declared.map(|d| {
                if d {
                    msg::means_state_credit_yes().to_string()
                } else {
                    msg::means_said_no().to_string()
                }
            }),
        ),
        MeansCriterion::RentAidMonthsReceived {
            received,
            months,
            max_months,
        } => (
            msg::means_rent_months_title(
                &msg::count_months(*max_months),
                &msg::count_months(*months),
            ),
            received.map(|r| {
                if r == 0 {
                    msg::means_rent_months_none().to_string()
                } else {
                    msg::means_said_months(&msg::count_months(r))
                }
            }),
        ),
        MeansCriterion::RentAidIncome {
            members,
            income_month,
            total_net,
            isr,
            coefficient,
            limit,
        } => (
            msg::means_rent_income_title(
                &limit.map(lei).unwrap_or_default(),
                &year_month(*income_month),
            ),
            match (total_net, coefficient, limit) {
                (Some(total), Some(c), Some(l)) => Some(msg::means_rent_income_detail(
                    &decimal(*c),
                    &lei(*isr),
                    &lei(*l),
                    &msg::count_people(*members),
                    &lei(*total),
                )),
                _ => None,
            },
        ),
        MeansCriterion::NoListedAssets {
            owned,
            domestic_violence_exception,
        } => (
            msg::means_no_assets_title().to_string(),
            owned.as_ref().map(|items| {
                if items.is_empty() {
                    msg::means_no_assets_none().to_string()
                } else {
                    let names: Vec<&str> = items.iter().map(|a| listed_asset(*a)).collect();
                    let mut text = msg::means_no_assets_owned(&names.join("; "));
                    if *domestic_violence_exception {
                        text.push(' ');
                        text.push_str(msg::means_no_assets_violence());
                    }
                    text
                }
            }),
        ),
        MeansCriterion::LocalTaxesPaid { declared } => (
            msg::means_local_taxes_title().to_string(),
            declared.map(yes_no),
        ),
        MeansCriterion::NoLeaseWithRelative { declared } => (
            msg::means_no_relative_lease_title().to_string(),
            declared.map(|d| {
                if d {
                    msg::means_relative_lease_yes().to_string()
                } else {
                    msg::means_said_no().to_string()
                }
            }),
        ),
        MeansCriterion::CanteenIncome {
            members,
            income_month,
            total_net,
            per_member,
            level,
        } => (
            msg::means_canteen_income_title(&lei(*level), &year_month(*income_month)),
            match (total_net, per_member) {
                (Some(total), Some(x)) => Some(msg::means_canteen_income_detail(
                    &members.to_string(),
                    &lei(*x),
                    &lei(*total),
                )),
                _ => None,
            },
        ),
        MeansCriterion::CanteenMember { member, categories } => (
            msg::means_canteen_member_title(&number_of(*member)),
            Some(if categories.is_empty() {
                msg::means_canteen_member_none().to_string()
            } else {
                let names: Vec<&str> = categories.iter().map(|c| canteen_category(*c)).collect();
                msg::means_canteen_member_categories(&names.join("; "))
            }),
        ),
        MeansCriterion::KindergartenChild {
            member,
            age,
            attendance,
        } => (
            msg::means_kindergarten_title(&number_of(*member)),
            attendance.map(|a| match (a, age.map(years)) {
                (KindergartenAttendance::NotEnrolled, None) => {
                    msg::means_kindergarten_not_enrolled().to_string()
                }
                (KindergartenAttendance::NotEnrolled, Some(age)) => {
                    msg::means_kindergarten_not_enrolled_age(&age)
                }
                (KindergartenAttendance::AttendsRegularly, None) => {
                    msg::means_kindergarten_regular().to_string()
                }
                (KindergartenAttendance::AttendsRegularly, Some(age)) => {
                    msg::means_kindergarten_regular_age(&age)
                }
                (KindergartenAttendance::MissesDays, None) => {
                    msg::means_kindergarten_missed().to_string()
                }
                (KindergartenAttendance::MissesDays, Some(age)) => {
                    msg::means_kindergarten_missed_age(&age)
                }
            }),
        ),
        MeansCriterion::TicketsRoute { route } => (
            msg::means_tickets_route_title().to_string(),
            route.map(|r| {
                match r {
                    TicketsRoute::FamilyWithChildrenAid => msg::means_tickets_route_family_aid(),
                    TicketsRoute::DesignatedCarer => msg::means_tickets_route_carer(),
                }
                .to_string()
            }),
        ),
        MeansCriterion::TicketsCarerIncome {
            members,
            total_net,
            left_out_total,
            per_member,
            limit,
        } => (
            msg::means_tickets_carer_income_title(&lei(*limit)),
            match (total_net, per_member) {
                (Some(total), Some(x)) => Some(msg::means_tickets_carer_income_detail(
                    &lei(left_out_total.unwrap_or_default()),
                    &msg::count_people(*members),
                    &lei(*x),
                    &lei(*total),
                )),
                _ => None,
            },
        ),
    }
}

fn yes_no(d: bool) -> String {
    if d {
        msg::means_said_yes().to_string()
    } else {
        msg::means_said_no().to_string()
    }
}

/// "5,7": a coefficient with the language's decimal mark.
fn decimal(d: Decimal) -> String {
    d.normalize()
        .to_string()
        .replace('.', msg::number_decimal())
}

pub fn part(p: MeansPart) -> &'static str {
    match p {
        MeansPart::InclusionAid => msg::means_part_inclusion_aid(),
        MeansPart::FamilyWithChildrenAid => msg::means_part_family_aid(),
        MeansPart::KindergartenTickets => msg::means_part_kindergarten_tickets(),
    }
}

pub fn form(f: MeansForm) -> &'static str {
    match f {
        MeansForm::VmiApplication => msg::means_form_vmi(),
        MeansForm::BenefitsDossierCompletion => msg::means_form_dossier_completion(),
        MeansForm::BenefitsRequiredDocuments => msg::means_form_required_documents(),
        MeansForm::RentAidApplication => msg::means_form_rent_aid(),
        MeansForm::RentAidInformation => msg::means_form_rent_aid_information(),
        MeansForm::CanteenApplicationFreeOrContribution => {
            msg::means_form_canteen_free_or_contribution()
        }
        MeansForm::CanteenApplication => msg::means_form_canteen(),
        MeansForm::KindergartenTicketsApplication => msg::means_form_kindergarten_tickets(),
        MeansForm::DeathOrEmergencyAidApplication => msg::means_form_death_or_emergency(),
        MeansForm::DeathAidDocuments => msg::means_form_death_documents(),
        MeansForm::DentalProgrammeInformation => msg::means_form_dental_information(),
        MeansForm::DentalProgrammeApplication => msg::means_form_dental(),
        MeansForm::GdprDeclaration => msg::means_form_gdpr(),
        MeansForm::SocialTicketsApplication => msg::means_form_social_tickets(),
        MeansForm::HighSchoolInquiryApplication => msg::means_form_high_school(),
        MeansForm::NgoSubsidyApplication => msg::means_form_ngo_subsidy(),
        MeansForm::NgoTechnicalSheet => msg::means_form_ngo_technical_sheet(),
        MeansForm::NgoBudgetAnnex => msg::means_form_ngo_budget(),
        MeansForm::NgoCatalogue => msg::means_form_ngo_catalogue(),
        MeansForm::LicensedNgoList => msg::means_form_licensed_ngos(),
    }
}

pub fn document(d: &MeansDocument, household: &Household) -> String {
    let who = |m: &usize| member_label(household, *m);
    match d {
        MeansDocument::OwnResponsibilityDeclaration => {
            msg::means_doc_own_responsibility().to_string()
        }
        MeansDocument::PaymentUndertaking => msg::means_doc_payment_undertaking().to_string(),
        MeansDocument::SchoolProof { member } => msg::means_doc_school_proof(&who(member)),
        MeansDocument::IdentityOrResidenceCard { member } => msg::means_doc_identity(&who(member)),
        MeansDocument::JobSeekerProof { member } => msg::means_doc_job_seeker(&who(member)),
        MeansDocument::AssetCertificatesFromDomicile => {
            msg::means_doc_asset_certificates().to_string()
        }
        MeansDocument::NotarisedHousingDeclarations => {
            msg::means_doc_notarised_housing().to_string()
        }
        MeansDocument::RegisteredLease => msg::means_doc_registered_lease().to_string(),
        MeansDocument::NoRelativeLeaseDeclaration => msg::means_doc_no_relative_lease().to_string(),
        MeansDocument::PupilOrStudentCertificate { member } => {
            msg::means_doc_pupil_certificate(&who(member))
        }
        MeansDocument::PensionDecision { member } => msg::means_doc_pension_decision(&who(member)),
        MeansDocument::FamilyDoctorCertificate { member } => {
            msg::means_doc_family_doctor(&who(member))
        }
        MeansDocument::SpecialistCertificate { member } => msg::means_doc_specialist(&who(member)),
        MeansDocument::KindergartenCertificate { member } => {
            msg::means_doc_kindergarten(&who(member))
        }
        MeansDocument::ParentalAuthorityDelegation => {
            msg::means_doc_parental_authority().to_string()
        }
        MeansDocument::DayCoursesCertificate { member } => msg::means_doc_day_courses(&who(member)),
        MeansDocument::CivilStatusPapers => msg::means_doc_civil_status().to_string(),
    }
}

/// The title of this area's obligations; `term` is "5 zile lucrătoare".
pub fn deadline_title(d: &Deadline, term: &str) -> String {
    match d.deadline {
        DeadlineId::ReportVmiChanges => msg::means_deadline_report_vmi_changes(term),
        DeadlineId::SignRentAidContract => msg::means_deadline_sign_rent_contract(term),
        DeadlineId::ReportRentAidChanges => msg::means_deadline_report_rent_changes(term),
        DeadlineId::PresentRegisteredLease => msg::means_deadline_present_lease(term),
        _ => String::new(),
    }
}

/// A worked example for an event still to come that is not a change: "if
/// you received it today".
pub fn event_example(d: &Deadline) -> Option<String> {
    let c = d.computed.as_ref()?;
    let (from, due) = (date(c.from), date_with_weekday(c.due));
    match d.deadline {
        DeadlineId::SignRentAidContract => Some(msg::means_example_sign_rent_contract(&due, &from)),
        DeadlineId::PresentRegisteredLease => Some(msg::means_example_present_lease(&due, &from)),
        _ => None,
    }
}

pub fn note(n: &MeansNote) -> String {
    match n {
        MeansNote::VmiOneApplicationOnePayment => msg::means_note_vmi_one_application().to_string(),
        MeansNote::VmiAssetsCheckedByOffice => msg::means_note_vmi_assets().to_string(),
        MeansNote::VmiSharedHouseholdIncome => msg::means_note_vmi_shared_income().to_string(),
        MeansNote::VmiFloorApplied { computed, floor } => {
            msg::means_note_vmi_floor(&lei(*computed), &lei(*floor))
        }
        MeansNote::VmiDeclarationEvery { months } => {
            msg::means_note_vmi_declaration(&msg::count_months(*months))
        }
        MeansNote::VmiLocalInterestWork {
            quarterly,
            quarterly_up_to,
        } => {
            if *quarterly {
                msg::means_note_vmi_work_quarterly(&lei(*quarterly_up_to))
            } else {
                msg::means_note_vmi_work_monthly().to_string()
            }
        }
        MeansNote::VmiJobSeekerObligation => msg::means_note_vmi_job_seeker().to_string(),
        MeansNote::VmiPapersIfRegisterCannotConfirm => {
            msg::means_note_vmi_register_papers().to_string()
        }
        MeansNote::VmiOtherPapers => msg::means_note_vmi_other_papers().to_string(),
        MeansNote::VmiKindergartenTicketsToo => {
            msg::means_note_vmi_kindergarten_tickets().to_string()
        }
        MeansNote::VmiBandGap { per_member, amount } => {
            msg::means_note_vmi_band_gap(&lei(*amount), &lei(*per_member))
        }
        MeansNote::VmiAge65TwoReadings => msg::means_note_vmi_age_65().to_string(),
        MeansNote::WhoCountsAsFamily => msg::means_note_who_counts_as_family().to_string(),
        MeansNote::RentAidScoringDecides => msg::means_note_rent_scoring().to_string(),
        MeansNote::RentAidPaidToLandlord => msg::means_note_rent_paid_to_landlord().to_string(),
        MeansNote::RentAidDuration {
            months,
            max_months,
            received,
        } => {
            let mut text = msg::means_note_rent_duration(
                &msg::count_months(*max_months),
                &msg::count_months(*months),
            );
            if let Some(r) = received.filter(|r| *r > 0 && r < max_months) {
                text.push(' ');
                text.push_str(&msg::means_note_rent_duration_left(
                    &msg::count_months(max_months - r),
                    &msg::count_months(*max_months),
                    &msg::count_months(r),
                ));
            }
            text
        }
        MeansNote::RentAidMaximumReached {
            received,
            max_months,
        } => msg::means_note_rent_maximum(
            &msg::count_months(*max_months),
            &msg::count_months(*received),
        ),
        MeansNote::RentAidSocialInquiry => msg::means_note_rent_social_inquiry().to_string(),
        MeansNote::RentAidAmountNotOnPages => msg::means_note_rent_amount().to_string(),
        MeansNote::RentAidAgeLimitUnclear { age } => msg::means_note_rent_age_limit(&years(*age)),
        MeansNote::RentAidAssetListScope => msg::means_note_rent_asset_list_scope().to_string(),
        MeansNote::RentAidPupilCertificates => {
            msg::means_note_rent_pupil_certificates().to_string()
        }
        MeansNote::RentAidCaseByCasePapers => msg::means_note_rent_case_by_case().to_string(),
        MeansNote::RentAidRelativeLease => msg::means_note_rent_relative_lease().to_string(),
        MeansNote::CanteenFree { per_member, level } => {
            msg::means_note_canteen_free(&lei(*level), &lei(*per_member))
        }
        MeansNote::CanteenContribution {
            per_member,
            level,
            percent,
            contribution,
        } => msg::means_note_canteen_contribution(
            &lei(*contribution),
            &lei(*level),
            &lei(*per_member),
            &decimal(*percent),
        ),
        MeansNote::CanteenLevelIsVmiLevel { level } => msg::means_note_canteen_level(&lei(*level)),
        MeansNote::CanteenIncomeCountUnclear {
            per_member,
            per_member_without,
            left_out,
            level,
        } => msg::means_note_canteen_count_unclear(
            &kinds_list(left_out),
            &lei(*level),
            &lei(*per_member),
            &lei(*per_member_without),
        ),
        MeansNote::CanteenExactlyAtLevel { level } => {
            msg::means_note_canteen_exactly_at_level(&lei(*level))
        }
        MeansNote::CanteenIncomeExclusionsNotOnPages => {
            msg::means_note_canteen_exclusions().to_string()
        }
        MeansNote::CanteenContract => msg::means_note_canteen_contract().to_string(),
        MeansNote::TicketsWithoutRequest => msg::means_note_tickets_without_request().to_string(),
        MeansNote::TicketsMonths {
            in_period,
            next_starts,
        } => {
            if *in_period {
                msg::means_note_tickets_months_in_period().to_string()
            } else {
                msg::means_note_tickets_months_next(&date(*next_starts))
            }
        }
        MeansNote::TicketsMinimumValue => msg::means_note_tickets_minimum().to_string(),
        MeansNote::TicketsAttendanceRules => msg::means_note_tickets_attendance().to_string(),
        MeansNote::TicketsMissedMonth => msg::means_note_tickets_missed_month().to_string(),
        MeansNote::TicketsUse => msg::means_note_tickets_use().to_string(),
        MeansNote::TicketsHomelessAndForeignChildren => {
            msg::means_note_tickets_homeless_foreign().to_string()
        }
        MeansNote::TicketsLevelIsVmiLevel { level } => msg::means_note_tickets_level(&lei(*level)),
        MeansNote::LocalAidCaseByCase => msg::means_note_local_aid_case_by_case().to_string(),
        MeansNote::FuneralAidDocumentsOnForm => msg::means_note_funeral_documents().to_string(),
        MeansNote::OtherTownRulesDoNotApply => msg::means_note_other_town_rules().to_string(),
        MeansNote::AskYourOwnTownHall { funeral } => {
            let mut text = msg::means_note_own_town_hall().to_string();
            if *funeral {
                text.push(' ');
                text.push_str(msg::means_note_own_town_hall_funeral());
            }
            text
        }
        MeansNote::NotForThisHousehold { audience } => match audience {
            Audience::Anyone => msg::means_not_for_anyone(),
            Audience::Children => msg::means_not_for_children(),
            Audience::Pupils => msg::means_not_for_pupils(),
            Audience::Newborns => msg::means_not_for_newborns(),
            Audience::InDasmRecords => msg::means_not_for_in_dasm_records(),
            Audience::SevereDisability => msg::means_not_for_severe_disability(),
            Audience::Organisations => msg::means_not_for_organisations(),
        }
        .to_string(),
        MeansNote::NotScreened => msg::means_note_not_screened().to_string(),
        MeansNote::DentalProgramme => msg::means_note_dental().to_string(),
        MeansNote::FoodTicketProgramme => msg::means_note_food_tickets().to_string(),
        MeansNote::EuFoodAid => msg::means_note_eu_food_aid().to_string(),
        MeansNote::SchoolSupplies => msg::means_note_school_supplies().to_string(),
        MeansNote::DoubleHouseholdExpensesCertificate => {
            msg::means_note_double_expenses().to_string()
        }
        MeansNote::SeasonalWorkCertificate => msg::means_note_seasonal_work().to_string(),
        MeansNote::HighSchoolMoneyInquiry => msg::means_note_high_school_money().to_string(),
        MeansNote::SocialInclusionCentre { address } => msg::means_note_inclusion_centre(address),
        MeansNote::NewbornVouchersNamedOnly => msg::means_note_newborn_vouchers().to_string(),
        MeansNote::PersonalAssistantChoice => msg::means_note_assistant_choice().to_string(),
        MeansNote::PersonalAssistantAllowance => msg::means_note_assistant_allowance().to_string(),
        MeansNote::PersonalAssistantExcluded => msg::means_note_assistant_excluded().to_string(),
        MeansNote::PersonalAssistantDocuments => msg::means_note_assistant_documents().to_string(),
        MeansNote::AskDgaspc => msg::means_note_ask_dgaspc().to_string(),
        MeansNote::NgoSubsidyWho => msg::means_note_ngo_subsidy_who().to_string(),
        MeansNote::NgoSubsidyBudgets { budgets, total } => {
            let lines: Vec<String> = budgets
                .iter()
                .map(|b| match b.estimate_2024 {
                    Some(v) => msg::means_note_ngo_budget_line(&lei(v), b.code),
                    None => msg::means_note_ngo_budget_line_empty(b.code),
                })
                .collect();
            msg::means_note_ngo_budgets(&lines.join("; "), &lei(*total))
        }
        MeansNote::NgoAverageSubsidyByHcl => msg::means_note_ngo_average_subsidy().to_string(),
        MeansNote::NgoCatalogue { names } => msg::means_note_ngo_catalogue(&names.join("; ")),
        MeansNote::NgoGrants {
            budget_2024,
            funded_2023,
        } => msg::means_note_ngo_grants(&lei(*budget_2024), *funded_2023),
    }
}

pub fn question(f: MeansFact, household: &Household) -> String {
    // Every sentence names the person without an adjective or participle
    // that would need their gender (issue 21): "Elena poate munci?", not
    // "Elena este apt de muncă?". The applicant, holding the phone, is
    // spoken to directly.
    let who = |m: usize| member_label(household, m);
    match f {
        MeansFact::LivesWithOthers => msg::means_q_lives_with_others().to_string(),
        MeansFact::CareLeaver => msg::means_q_care_leaver().to_string(),
        MeansFact::MarginalisedInDasmRecords => msg::means_q_marginalised().to_string(),
        MeansFact::DomesticViolenceVictim => msg::means_q_domestic_violence().to_string(),
        MeansFact::MonthsOfResidence => msg::means_q_months_of_residence().to_string(),
        MeansFact::ActuallyLivesInCity => msg::means_q_lives_in_city().to_string(),
        MeansFact::OwnsOrSoldHome => msg::means_q_owns_or_sold_home().to_string(),
        MeansFact::StateHousing => msg::means_q_state_housing().to_string(),
        MeansFact::StateHousingCredit => msg::means_q_state_housing_credit().to_string(),
        MeansFact::RentAidMonthsReceived => msg::means_q_rent_months_received().to_string(),
        MeansFact::RetirementAge { member: 0 } => msg::means_q_retirement_age_you().to_string(),
        MeansFact::RetirementAge { member } => msg::means_q_retirement_age(&who(member)),
        MeansFact::SociallyIsolated { member: 0 } => msg::means_q_isolated_you().to_string(),
        MeansFact::SociallyIsolated { member } => msg::means_q_isolated(&who(member)),
        MeansFact::LegalSupporters { member: 0 } => msg::means_q_supporters_you().to_string(),
        MeansFact::LegalSupporters { member } => msg::means_q_supporters(&who(member)),
        MeansFact::ChronicallyIllOrInvalid => msg::means_q_ill_or_invalid().to_string(),
        MeansFact::DaysWithoutIncome { member: 0 } => {
            msg::means_q_days_without_income_you().to_string()
        }
        MeansFact::DaysWithoutIncome { member } => msg::means_q_days_without_income(&who(member)),
        MeansFact::FullTimeStudent { member: 0 } => {
            msg::means_q_full_time_student_you().to_string()
        }
        MeansFact::FullTimeStudent { member } => msg::means_q_full_time_student(&who(member)),
        MeansFact::StudiesOverFiveYears { member: 0 } => {
            msg::means_q_long_studies_you().to_string()
        }
        MeansFact::StudiesOverFiveYears { member } => msg::means_q_long_studies(&who(member)),
        MeansFact::Kindergarten { member } => msg::means_q_kindergarten(&who(member)),
        MeansFact::DesignatedCarer => msg::means_q_designated_carer().to_string(),
        MeansFact::ListedAssets => msg::means_q_listed_assets().to_string(),
        MeansFact::LocalTaxesPaid => msg::means_q_local_taxes().to_string(),
        MeansFact::LeaseWithRelative => msg::means_q_lease_with_relative().to_string(),
        MeansFact::LeaseRegistered => msg::means_q_lease_registered().to_string(),
        MeansFact::AbleToWork { member: 0 } => msg::means_q_able_to_work_you().to_string(),
        MeansFact::AbleToWork { member } => msg::means_q_able_to_work(&who(member)),
    }
}

pub fn question_hint(f: MeansFact) -> Option<&'static str> {
    Some(match f {
        MeansFact::LivesWithOthers => msg::means_hint_lives_with_others(),
        MeansFact::CareLeaver => msg::means_hint_care_leaver(),
        MeansFact::MarginalisedInDasmRecords => msg::means_hint_marginalised(),
        MeansFact::DomesticViolenceVictim => msg::means_hint_domestic_violence(),
        MeansFact::MonthsOfResidence => msg::means_hint_months_of_residence(),
        MeansFact::ActuallyLivesInCity => msg::means_hint_lives_in_city(),
        MeansFact::OwnsOrSoldHome | MeansFact::StateHousing | MeansFact::StateHousingCredit => {
            msg::means_hint_housing()
        }
        MeansFact::RentAidMonthsReceived => msg::means_hint_rent_months_received(),
        MeansFact::RetirementAge { .. }
        | MeansFact::SociallyIsolated { .. }
        | MeansFact::LegalSupporters { .. } => msg::means_hint_retirement_alone(),
        MeansFact::ChronicallyIllOrInvalid => msg::means_hint_ill_or_invalid(),
        MeansFact::DaysWithoutIncome { .. } => msg::means_hint_days_without_income(),
        MeansFact::FullTimeStudent { .. } | MeansFact::StudiesOverFiveYears { .. } => {
            msg::means_hint_students()
        }
        MeansFact::Kindergarten { .. } => msg::means_hint_kindergarten(),
        MeansFact::DesignatedCarer => msg::means_hint_designated_carer(),
        MeansFact::ListedAssets => msg::means_hint_listed_assets(),
        MeansFact::LocalTaxesPaid => msg::means_hint_local_taxes(),
        MeansFact::LeaseWithRelative => msg::means_hint_lease_with_relative(),
        MeansFact::LeaseRegistered => msg::means_hint_lease_registered(),
        MeansFact::AbleToWork { .. } => msg::means_hint_able_to_work(),
    })
}

/// The label of a value offered by one of these questions.
pub fn option_label(f: MeansFact, value: &str) -> Option<&'static str> {
    use crate::questions::parse;
    match f {
        MeansFact::Kindergarten { .. } => parse(value).map(|a| match a {
            KindergartenAttendance::NotEnrolled => msg::means_option_kindergarten_not_enrolled(),
            KindergartenAttendance::AttendsRegularly => msg::means_option_kindergarten_regular(),
            KindergartenAttendance::MissesDays => msg::means_option_kindergarten_missed(),
        }),
        MeansFact::DaysWithoutIncome { .. } => parse(value).map(|s| match s {
            WithoutIncomeSpan::AtMost90Days => msg::means_option_at_most_90_days(),
            WithoutIncomeSpan::MoreThan90Days => msg::means_option_more_than_90_days(),
            WithoutIncomeSpan::NotSure => msg::not_sure(),
        }),
        MeansFact::ListedAssets => parse(value).map(listed_asset),
        _ => None,
    }
}
