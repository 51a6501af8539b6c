//! The means-tested and local Cluj benefits' sentences (VMI, rent aid,
//! social canteen, kindergarten tickets, emergency and funeral aid, the
//! information-only services) in Hungarian and English: every sentence is
//! filled in (no `{` left), not empty, not the Romanian one, and names the
//! benefit, form or paper with its Romanian official name beside it.

use chrono::NaiveDate;
use eligibil::household_file::parse_household;
use eligibil::i18n::{tr, use_language, Lang};
use eligibil::questions;
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{
    Answer, Household, IncomeKind, KindergartenAttendance, ListedAsset,
};
use eligibil::rules::information_only::Audience;
use eligibil::rules::means::{
    CanteenCategory, MeansCriterion, MeansDocument, MeansFact, MeansForm, MeansNote, MeansPart,
    ServiceBudget, TicketsRoute, VmiComponent,
};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{
    BenefitId, Criterion, DeadlineId, Document, Evaluation, Form, Note, SupplementPart, YearMonth,
};
use eligibil::rules::{evaluate, EvalContext};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

pub const OCTOBER: YearMonth = YearMonth {
    year: 2026,
    month: 10,
};

pub const BENEFITS: [BenefitId; 18] = [
    BenefitId::Vmi,
    BenefitId::RentAid,
    BenefitId::SocialCanteen,
    BenefitId::KindergartenTickets,
    BenefitId::EmergencyAid,
    BenefitId::FuneralAid,
    BenefitId::DentalProgramme,
    BenefitId::FoodTicketProgramme,
    BenefitId::EuFoodAid,
    BenefitId::SchoolSupplies,
    BenefitId::DoubleHouseholdExpensesCertificate,
    BenefitId::SeasonalWorkCertificate,
    BenefitId::HighSchoolMoneyInquiry,
    BenefitId::SocialInclusionCentre,
    BenefitId::NewbornVouchers,
    BenefitId::PersonalAssistantOrAllowance,
    BenefitId::NgoSubsidies,
    BenefitId::NgoGrants,
];

pub fn facts() -> Vec<MeansFact> {
    let mut out = vec![
        MeansFact::LivesWithOthers,
        MeansFact::CareLeaver,
        MeansFact::MarginalisedInDasmRecords,
        MeansFact::DomesticViolenceVictim,
        MeansFact::MonthsOfResidence,
        MeansFact::ActuallyLivesInCity,
        MeansFact::OwnsOrSoldHome,
        MeansFact::StateHousing,
        MeansFact::StateHousingCredit,
        MeansFact::RentAidMonthsReceived,
        MeansFact::ChronicallyIllOrInvalid,
        MeansFact::DesignatedCarer,
        MeansFact::ListedAssets,
        MeansFact::LocalTaxesPaid,
        MeansFact::LeaseWithRelative,
        MeansFact::LeaseRegistered,
    ];
    for member in [0, 1, 2] {
        out.extend([
            MeansFact::RetirementAge { member },
            MeansFact::SociallyIsolated { member },
            MeansFact::LegalSupporters { member },
            MeansFact::DaysWithoutIncome { member },
            MeansFact::FullTimeStudent { member },
            MeansFact::StudiesOverFiveYears { member },
            MeansFact::Kindergarten { member },
            MeansFact::AbleToWork { member },
        ]);
    }
    out
}

pub const FORMS: [MeansForm; 20] = [
    MeansForm::VmiApplication,
    MeansForm::BenefitsDossierCompletion,
    MeansForm::BenefitsRequiredDocuments,
    MeansForm::RentAidApplication,
    MeansForm::RentAidInformation,
    MeansForm::CanteenApplicationFreeOrContribution,
    MeansForm::CanteenApplication,
    MeansForm::KindergartenTicketsApplication,
    MeansForm::DeathOrEmergencyAidApplication,
    MeansForm::DeathAidDocuments,
    MeansForm::DentalProgrammeInformation,
    MeansForm::DentalProgrammeApplication,
    MeansForm::GdprDeclaration,
    MeansForm::SocialTicketsApplication,
    MeansForm::HighSchoolInquiryApplication,
    MeansForm::NgoSubsidyApplication,
    MeansForm::NgoTechnicalSheet,
    MeansForm::NgoBudgetAnnex,
    MeansForm::NgoCatalogue,
    MeansForm::LicensedNgoList,
];

pub const ASSETS: [ListedAsset; 11] = [
    ListedAsset::OtherBuildings,
    ListedAsset::LandOverLimit,
    ListedAsset::CarUnderTenYears,
    ListedAsset::SeveralOldCars,
    ListedAsset::UtilityVehicles,
    ListedAsset::Boats,
    ListedAsset::FarmMachinery,
    ListedAsset::FarmProcessingMachinery,
    ListedAsset::WoodworkingMachinery,
    ListedAsset::BankDepositsOver3000,
    ListedAsset::FarmProductionOverLimit,
];

pub const CATEGORIES: [CanteenCategory; 7] = [
    CanteenCategory::ChildInLowIncomeFamily,
    CanteenCategory::StudentInLowIncomeFamily,
    CanteenCategory::VmiBeneficiary,
    CanteenCategory::Pensioner,
    CanteenCategory::RetirementAgeAlone,
    CanteenCategory::ChronicallyIllOrInvalid,
    CanteenCategory::TemporarilyWithoutIncome,
];

pub fn documents() -> Vec<MeansDocument> {
    let mut out = vec![
        MeansDocument::OwnResponsibilityDeclaration,
        MeansDocument::PaymentUndertaking,
        MeansDocument::AssetCertificatesFromDomicile,
        MeansDocument::NotarisedHousingDeclarations,
        MeansDocument::RegisteredLease,
        MeansDocument::NoRelativeLeaseDeclaration,
        MeansDocument::ParentalAuthorityDelegation,
        MeansDocument::CivilStatusPapers,
    ];
    for member in [0, 1, 2] {
        out.extend([
            MeansDocument::SchoolProof { member },
            MeansDocument::IdentityOrResidenceCard { member },
            MeansDocument::JobSeekerProof { member },
            MeansDocument::PupilOrStudentCertificate { member },
            MeansDocument::PensionDecision { member },
            MeansDocument::FamilyDoctorCertificate { member },
            MeansDocument::SpecialistCertificate { member },
            MeansDocument::KindergartenCertificate { member },
            MeansDocument::DayCoursesCertificate { member },
        ]);
    }
    out
}

pub fn criteria() -> Vec<MeansCriterion> {
    let mut out = Vec::new();
    for component in [
        VmiComponent::InclusionAid,
        VmiComponent::FamilyWithChildrenAid,
    ] {
        for single_aged_65 in [false, true] {
            for (members, left_out) in [
                (1, vec![]),
                (3, vec![IncomeKind::StateChildAllowance]),
                (
                    21,
                    vec![IncomeKind::StateChildAllowance, IncomeKind::Scholarship],
                ),
            ] {
                out.push(MeansCriterion::VmiIncome {
                    component,
                    members,
                    income_month: OCTOBER,
                    total_net: Some(dec!(1500)),
                    left_out_total: (!left_out.is_empty()).then_some(dec!(292)),
                    left_out,
                    adjusted_total: Some(dec!(1208)),
                    per_member: Some(dec!(402.67)),
                    limit_per_member: dec!(1386),
                    limit_total: Some(dec!(4158)),
                    single_aged_65,
                });
            }
            out.push(MeansCriterion::VmiIncome {
                component,
                members: 2,
                income_month: OCTOBER,
                total_net: None,
                left_out: vec![],
                left_out_total: None,
                adjusted_total: None,
                per_member: None,
                limit_per_member: dec!(400),
                limit_total: None,
                single_aged_65,
            });
        }
    }
    for declared in [None, Some(true), Some(false)] {
        out.push(MeansCriterion::LivesWithOthers { declared });
        out.push(MeansCriterion::ActuallyLivesInCity { declared });
        out.push(MeansCriterion::NoHomeOwnedOrSold { declared });
        out.push(MeansCriterion::NoStateHousing { declared });
        out.push(MeansCriterion::NoStateHousingCredit { declared });
        out.push(MeansCriterion::LocalTaxesPaid { declared });
        out.push(MeansCriterion::NoLeaseWithRelative { declared });
    }
    for children in [0, 1, 2, 20] {
        for single_parent in [false, true] {
            out.push(MeansCriterion::ChildrenUnder18 {
                children,
                single_parent,
            });
        }
    }
    for care_leaver in [None, Some(true), Some(false)] {
        for applicant_age in [None, Some(0), Some(1), Some(24), Some(35)] {
            for marginalised in [
                None,
                Some(Answer::Yes),
                Some(Answer::No),
                Some(Answer::NotSure),
            ] {
                for domestic_violence_victim in [None, Some(true), Some(false)] {
                    out.push(MeansCriterion::RentAidCategory {
                        care_leaver,
                        applicant_age,
                        marginalised,
                        domestic_violence_victim,
                    });
                }
            }
        }
    }
    for months in [None, Some(0), Some(1), Some(2), Some(24), Some(101)] {
        for exempt in [false, true] {
            out.push(MeansCriterion::MonthsOfResidence {
                months,
                required: 24,
                exempt,
            });
        }
    }
    for received in [None, Some(0), Some(1), Some(5), Some(36)] {
        out.push(MeansCriterion::RentAidMonthsReceived {
            received,
            months: 12,
            max_months: 36,
        });
    }
    for members in [1, 2, 20] {
        out.push(MeansCriterion::RentAidIncome {
            members,
            income_month: OCTOBER,
            total_net: Some(dec!(1500)),
            isr: dec!(500),
            coefficient: Some(dec!(5.7)),
            limit: Some(dec!(2850)),
        });
    }
    out.push(MeansCriterion::RentAidIncome {
        members: 1,
        income_month: OCTOBER,
        total_net: None,
        isr: dec!(500),
        coefficient: None,
        limit: None,
    });
    for owned in [
        None,
        Some(vec![]),
        Some(vec![ListedAsset::Boats]),
        Some(ASSETS.to_vec()),
    ] {
        for domestic_violence_exception in [false, true] {
            out.push(MeansCriterion::NoListedAssets {
                owned: owned.clone(),
                domestic_violence_exception,
            });
        }
    }
    for members in [1, 3] {
        out.push(MeansCriterion::CanteenIncome {
            members,
            income_month: OCTOBER,
            total_net: Some(dec!(1500)),
            per_member: Some(dec!(500)),
            level: dec!(1386),
        });
    }
    out.push(MeansCriterion::CanteenIncome {
        members: 1,
        income_month: OCTOBER,
        total_net: None,
        per_member: None,
        level: dec!(1386),
    });
    for member in [0, 1] {
        for categories in [
            vec![],
            vec![CanteenCategory::Pensioner],
            CATEGORIES.to_vec(),
        ] {
            out.push(MeansCriterion::CanteenMember { member, categories });
        }
        for age in [None, Some(0), Some(1), Some(4)] {
            for attendance in [
                None,
                Some(KindergartenAttendance::NotEnrolled),
                Some(KindergartenAttendance::AttendsRegularly),
                Some(KindergartenAttendance::MissesDays),
            ] {
                out.push(MeansCriterion::KindergartenChild {
                    member,
                    age,
                    attendance,
                });
            }
        }
    }
    for route in [
        None,
        Some(TicketsRoute::FamilyWithChildrenAid),
        Some(TicketsRoute::DesignatedCarer),
    ] {
        out.push(MeansCriterion::TicketsRoute { route });
    }
    for members in [1, 4] {
        out.push(MeansCriterion::TicketsCarerIncome {
            members,
            total_net: Some(dec!(2000)),
            left_out_total: Some(dec!(292)),
            per_member: Some(dec!(427)),
            limit: dec!(1386),
        });
    }
    out.push(MeansCriterion::TicketsCarerIncome {
        members: 2,
        total_net: None,
        left_out_total: None,
        per_member: None,
        limit: dec!(1386),
    });
    out
}

static BUDGETS: [ServiceBudget; 2] = [
    ServiceBudget {
        code: "8899CZ-C-I",
        estimate_2024: Some(dec!(1200000)),
    },
    ServiceBudget {
        code: "8790CR-D-I",
        estimate_2024: None,
    },
];

static NGO_NAMES: [&str; 2] = ["Asociația Exemplu", "Fundația Exemplu"];

pub fn notes() -> Vec<MeansNote> {
    let mut out = vec![
        MeansNote::VmiOneApplicationOnePayment,
        MeansNote::VmiAssetsCheckedByOffice,
        MeansNote::VmiSharedHouseholdIncome,
        MeansNote::VmiFloorApplied {
            computed: dec!(12.5),
            floor: dec!(20),
        },
        MeansNote::VmiJobSeekerObligation,
        MeansNote::VmiPapersIfRegisterCannotConfirm,
        MeansNote::VmiOtherPapers,
        MeansNote::VmiKindergartenTicketsToo,
        MeansNote::VmiBandGap {
            per_member: dec!(275.5),
            amount: dec!(60),
        },
        MeansNote::VmiAge65TwoReadings,
        MeansNote::WhoCountsAsFamily,
        MeansNote::RentAidScoringDecides,
        MeansNote::RentAidPaidToLandlord,
        MeansNote::RentAidSocialInquiry,
        MeansNote::RentAidAmountNotOnPages,
        MeansNote::RentAidAssetListScope,
        MeansNote::RentAidCaseByCasePapers,
        MeansNote::RentAidPupilCertificates,
        MeansNote::RentAidRelativeLease,
        MeansNote::CanteenFree {
            per_member: dec!(500),
            level: dec!(1386),
        },
        MeansNote::CanteenContribution {
            per_member: dec!(1500),
            level: dec!(1386),
            percent: dec!(30),
            contribution: dec!(450),
        },
        MeansNote::CanteenLevelIsVmiLevel { level: dec!(1386) },
        MeansNote::CanteenIncomeExclusionsNotOnPages,
        MeansNote::CanteenExactlyAtLevel { level: dec!(1386) },
        MeansNote::CanteenContract,
        MeansNote::TicketsWithoutRequest,
        MeansNote::TicketsMinimumValue,
        MeansNote::TicketsAttendanceRules,
        MeansNote::TicketsMissedMonth,
        MeansNote::TicketsUse,
        MeansNote::TicketsHomelessAndForeignChildren,
        MeansNote::TicketsLevelIsVmiLevel { level: dec!(1386) },
        MeansNote::LocalAidCaseByCase,
        MeansNote::FuneralAidDocumentsOnForm,
        MeansNote::OtherTownRulesDoNotApply,
        MeansNote::NotScreened,
        MeansNote::DentalProgramme,
        MeansNote::FoodTicketProgramme,
        MeansNote::EuFoodAid,
        MeansNote::SchoolSupplies,
        MeansNote::DoubleHouseholdExpensesCertificate,
        MeansNote::SeasonalWorkCertificate,
        MeansNote::HighSchoolMoneyInquiry,
        MeansNote::SocialInclusionCentre {
            address: "str. Exemplu nr. 1",
        },
        MeansNote::NewbornVouchersNamedOnly,
        MeansNote::PersonalAssistantChoice,
        MeansNote::PersonalAssistantAllowance,
        MeansNote::PersonalAssistantExcluded,
        MeansNote::PersonalAssistantDocuments,
        MeansNote::AskDgaspc,
        MeansNote::NgoSubsidyWho,
        MeansNote::NgoSubsidyBudgets {
            budgets: &BUDGETS,
            total: dec!(1200000),
        },
        MeansNote::NgoAverageSubsidyByHcl,
        MeansNote::NgoCatalogue { names: &NGO_NAMES },
    ];
    for months in [1, 3, 12, 20] {
        out.push(MeansNote::VmiDeclarationEvery { months });
    }
    for quarterly in [false, true] {
        out.push(MeansNote::VmiLocalInterestWork {
            quarterly,
            quarterly_up_to: dec!(130),
        });
    }
    for received in [None, Some(0), Some(1), Some(12), Some(35), Some(36)] {
        out.push(MeansNote::RentAidDuration {
            months: 12,
            max_months: 36,
            received,
        });
    }
    for received in [36, 40] {
        out.push(MeansNote::RentAidMaximumReached {
            received,
            max_months: 36,
        });
    }
    for age in [1, 35] {
        out.push(MeansNote::RentAidAgeLimitUnclear { age });
    }
    for left_out in [
        vec![IncomeKind::StateChildAllowance],
        vec![IncomeKind::StateChildAllowance, IncomeKind::Scholarship],
    ] {
        out.push(MeansNote::CanteenIncomeCountUnclear {
            per_member: dec!(1400),
            per_member_without: dec!(1300),
            left_out,
            level: dec!(1386),
        });
    }
    for in_period in [false, true] {
        out.push(MeansNote::TicketsMonths {
            in_period,
            next_starts: d(2027, 9, 1),
        });
    }
    for funeral in [false, true] {
        out.push(MeansNote::AskYourOwnTownHall { funeral });
    }
    for audience in [
        Audience::Anyone,
        Audience::Children,
        Audience::Pupils,
        Audience::Newborns,
        Audience::InDasmRecords,
        Audience::SevereDisability,
        Audience::Organisations,
    ] {
        out.push(MeansNote::NotForThisHousehold { audience });
    }
    for funded_2023 in [1, 2, 21] {
        out.push(MeansNote::NgoGrants {
            budget_2024: dec!(2500000),
            funded_2023,
        });
    }
    out
}

/// A family of three: the applicant, a spouse named Elena, an unnamed child.
pub fn family() -> Household {
    parse_household(
        br#"{
        "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
        "members": [
            {"role": "applicant", "birth_date": "1980-03-01", "incomes": []},
            {"role": "spouse", "name": "Elena", "birth_date": "1982-05-01", "incomes": []},
            {"role": "child", "birth_date": "2022-05-01", "incomes": []}
        ]
    }"#,
    )
    .expect("the household reads")
}

/// Every sentence of this area, each with a label saying what it is, in
/// the language loaded on this thread.
pub fn sentences(h: &Household) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for b in BENEFITS {
        out.push((format!("{b:?}"), tr::benefit_name(b).to_string()));
    }
    for c in criteria() {
        let (title, detail) = tr::criterion(&Criterion::Means(c.clone()));
        out.push((format!("{c:?} title"), title));
        if let Some(detail) = detail {
            out.push((format!("{c:?} detail"), detail));
        }
    }
    for p in [
        MeansPart::InclusionAid,
        MeansPart::FamilyWithChildrenAid,
        MeansPart::KindergartenTickets,
    ] {
        out.push((
            format!("{p:?}"),
            tr::supplement_part(SupplementPart::Means(p)).to_string(),
        ));
    }
    for f in FORMS {
        out.push((format!("{f:?}"), tr::form(Form::Means(f)).to_string()));
    }
    for doc in documents() {
        out.push((
            format!("{doc:?}"),
            tr::document(&Document::Means(doc.clone()), h),
        ));
    }
    for n in notes() {
        out.push((format!("{n:?}"), tr::note(&Note::Means(n.clone()))));
    }
    for f in facts() {
        let fact = Fact::Means(f);
        out.push((format!("{f:?} question"), tr::question(fact, h, OCTOBER)));
        if let Some(hint) = tr::question_hint(fact) {
            out.push((format!("{f:?} hint"), hint.to_string()));
        }
        // The answers of this area's own choices (yes and no are shared).
        let own_options = matches!(
            f,
            MeansFact::Kindergarten { .. }
                | MeansFact::DaysWithoutIncome { .. }
                | MeansFact::ListedAssets
        );
        if let Some(spec) = questions::spec(fact).filter(|_| own_options) {
            for value in spec.kind.options() {
                out.push((
                    format!("{f:?} = {value}"),
                    tr::option_label(fact, value).to_string(),
                ));
            }
        }
    }
    out
}

fn cluj(date: NaiveDate) -> EvalContext {
    EvalContext {
        date,
        municipality: MunicipalityId::ClujNapoca,
    }
}

fn evaluated(json: &str, date: NaiveDate) -> (Household, Evaluation) {
    let h = parse_household(json.as_bytes()).expect("the household reads");
    let ev = evaluate(&h, &cluj(date)).expect("evaluates");
    (h, ev)
}

/// The deadlines of this area from real answers: the VMI's changes, the
/// rent aid's contract, changes and lease.
fn deadline_sentences(ev: &Evaluation) -> Vec<(String, String)> {
    let mine = [
        DeadlineId::ReportVmiChanges,
        DeadlineId::SignRentAidContract,
        DeadlineId::ReportRentAidChanges,
        DeadlineId::PresentRegisteredLease,
    ];
    let mut out = Vec::new();
    for b in &ev.benefits {
        for dl in b.deadlines.iter().filter(|dl| mine.contains(&dl.deadline)) {
            let (title, steps) = tr::deadline(dl);
            out.push((format!("{:?} title", dl.deadline), title));
            // The worked example of an event to come is this area's; the
            // other steps are the engine's.
            let example = matches!(
                dl.deadline,
                DeadlineId::SignRentAidContract | DeadlineId::PresentRegisteredLease
            );
            if let (true, Some(step)) = (example && dl.computed.is_some(), steps.first()) {
                out.push((format!("{:?} example", dl.deadline), step.clone()));
            }
        }
    }
    out
}

const RENTER: &str = r#"{
    "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
    "members": [
        {"role": "applicant", "birth_date": "1980-03-01", "incomes": [{"kind": "salary", "net_monthly": "1500"}]}
    ],
    "rent_aid": {"care_leaver": false, "marginalised_in_dasm_records": "yes", "domestic_violence_victim": false, "months_of_residence": 30, "actually_lives_in_city": true, "owns_or_sold_home": false, "state_housing": false, "state_housing_credit": false, "months_received": 0, "local_taxes_paid": true, "listed_assets": [], "lease_with_relative": false, "lease_registered_with_anaf": false}
}"#;

const LOW_INCOME_FAMILY: &str = r#"{
    "residence": {"municipality": "cluj-napoca", "kind": "domiciliu"},
    "members": [
        {"role": "applicant", "birth_date": "1985-03-01", "incomes": [{"kind": "salary", "net_monthly": "300"}]},
        {"role": "child", "birth_date": "2021-05-01", "incomes": [{"kind": "state_child_allowance", "net_monthly": "292"}]}
    ]
}"#;

/// Renders `f` in each language: (Romanian, Hungarian, English).
fn in_each<T>(f: impl Fn() -> T) -> (T, T, T) {
    use_language(Lang::Ro);
    let ro = f();
    use_language(Lang::Hu);
    let hu = f();
    use_language(Lang::En);
    let en = f();
    use_language(Lang::Ro);
    (ro, hu, en)
}

/// Texts that are the same in every language: proper names and codes.
fn same_everywhere(ro: &str) -> bool {
    ["DGASPC", "DASM", "VMI", "POAD", "GDPR"].contains(&ro)
}

fn check_translated(ro: &[(String, String)], other: &[(String, String)], lang: &str) {
    assert_eq!(ro.len(), other.len(), "{lang}: as many sentences");
    let mut problems = Vec::new();
    for ((label, ro), (_, text)) in ro.iter().zip(other) {
        if text.trim().is_empty() {
            problems.push(format!("{lang} {label}: empty"));
        } else if text.contains('{') || text.contains('}') {
            problems.push(format!("{lang} {label}: a placeholder is left: {text}"));
        } else if text == ro && !same_everywhere(ro) {
            problems.push(format!("{lang} {label}: still Romanian: {text}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_sentence_of_the_area_is_translated_into_hungarian_and_english() {
    let h = family();
    let (ro, hu, en) = in_each(|| sentences(&h));
    assert!(ro.len() > 300, "{} sentences", ro.len());
    check_translated(&ro, &hu, "hu");
    check_translated(&ro, &en, "en");
}

/// The parts of a text between brackets: "(…)".
fn in_brackets(text: &str) -> Vec<String> {
    text.split('(')
        .skip(1)
        .filter_map(|part| {
            part.split_once(')')
                .map(|(inside, _)| inside.to_lowercase())
        })
        .collect()
}

#[test]
fn the_benefits_keep_their_romanian_official_names_in_brackets() {
    let (_, hu, en) = in_each(|| BENEFITS.map(|b| tr::benefit_name(b).to_string()));
    // The Romanian name (or its official part) each translation keeps in
    // brackets beside its own words.
    let expected = [
        "venitul minim de incluziune",
        "ajutor pentru plata chiriei",
        "cantina de ajutor social",
        "tichete sociale pentru grădiniță",
        "ajutor de urgență",
        "ajutor de deces",
        "programul de stomatologie pentru persoane defavorizate",
        "programul social alimente",
        "ajutoare alimentare poad",
        "ghiozdane și rechizite",
        "certificat de duble cheltuieli gospodărești",
        "certificat pentru forța de muncă sezonieră",
        "ancheta socială",
        "centrul de incluziune socială",
        "tichete sociale pentru nou-născuți",
        "asistent personal sau indemnizație lunară",
        "legea 34/1998",
        "legea 350/2005",
    ];
    for (lang, names) in [("hu", &hu), ("en", &en)] {
        for ((b, name), romanian) in BENEFITS.iter().zip(names.iter()).zip(expected) {
            assert!(
                in_brackets(name)
                    .iter()
                    .any(|inside| inside.contains(romanian)),
                "{lang} {b:?}: {name} should give „{romanian}” in brackets"
            );
        }
    }
    // "Bani de liceu" is the programme's own name: never translated away.
    assert!(hu[12].contains("„Bani de liceu”") && en[12].contains("„Bani de liceu”"));
    // The usual Hungarian names, beside the Romanian ones.
    assert!(
        hu[0].starts_with("Minimális felzárkóztatási jövedelem"),
        "{}",
        hu[0]
    );
    assert!(hu[1].starts_with("Lakbértámogatás"), "{}", hu[1]);
}

#[test]
fn the_forms_keep_their_romanian_titles() {
    let (ro, hu, en) = in_each(|| FORMS.map(|f| tr::form(Form::Means(f)).to_string()));
    for ((ro, hu), en) in ro.iter().zip(&hu).zip(&en) {
        assert!(hu.contains(ro.as_str()), "hu: {hu} should quote „{ro}”");
        assert!(en.contains(ro.as_str()), "en: {en} should quote „{ro}”");
        assert_ne!(hu, ro);
        assert_ne!(en, ro);
    }
}

#[test]
fn a_renter_s_deadlines_and_answers_read_in_every_language() {
    let (h, ev) = evaluated(RENTER, d(2026, 11, 22));
    let (ro, hu, en) = in_each(|| deadline_sentences(&ev));
    let ids: Vec<&str> = ro.iter().map(|(label, _)| label.as_str()).collect();
    for id in [
        "SignRentAidContract title",
        "ReportRentAidChanges title",
        "PresentRegisteredLease title",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    check_translated(&ro, &hu, "hu");
    check_translated(&ro, &en, "en");
    // The worked example keeps its date, written the language's way.
    assert!(
        hu.iter().any(|(_, t)| t.contains("2026. november 22.")),
        "{hu:?}"
    );
    assert!(
        en.iter().any(|(_, t)| t.contains("22 November 2026")),
        "{en:?}"
    );
    // The rent aid's own papers are translated, the member's name kept.
    let rent = ev
        .benefits
        .iter()
        .find(|b| b.benefit == BenefitId::RentAid)
        .expect("rent aid");
    let (ro, hu, en) = in_each(|| {
        rent.documents
            .iter()
            .filter(|doc| matches!(doc.document, Document::Means(_)))
            .map(|doc| {
                (
                    format!("{:?}", doc.document),
                    tr::document(&doc.document, &h),
                )
            })
            .collect::<Vec<_>>()
    });
    assert!(!ro.is_empty());
    check_translated(&ro, &hu, "hu");
    check_translated(&ro, &en, "en");
    let notarised = |list: &[(String, String)]| {
        list.iter()
            .find(|(label, _)| label.contains("NotarisedHousingDeclarations"))
            .map(|(_, t)| t.clone())
            .expect("the notarised declarations are asked for")
    };
    assert!(notarised(&hu).contains("(declarații autentificate la notar)"));
    assert!(notarised(&en).contains("(declarații autentificate la notar)"));
}

#[test]
fn a_low_income_family_s_vmi_reads_in_every_language_with_its_sums() {
    let (_, ev) = evaluated(LOW_INCOME_FAMILY, d(2026, 11, 22));
    let vmi = ev
        .benefits
        .iter()
        .find(|b| b.benefit == BenefitId::Vmi)
        .expect("vmi");
    let render = || {
        let mut out = Vec::new();
        for r in &vmi.reasons {
            if let Criterion::Means(_) = &r.criterion {
                let (title, detail) = tr::criterion(&r.criterion);
                out.push((format!("{:?} title", r.criterion), title));
                if let Some(detail) = detail {
                    out.push((format!("{:?} detail", r.criterion), detail));
                }
            }
        }
        for n in &vmi.notes {
            if let Note::Means(_) = &n.note {
                out.push((format!("{:?}", n.note), tr::note(&n.note)));
            }
        }
        if let Some(amount) = &vmi.amount {
            for part in &amount.parts {
                if !matches!(part.part, SupplementPart::Means(_)) {
                    continue;
                }
                out.push((
                    format!("{:?}", part.part),
                    tr::supplement_part(part.part).to_string(),
                ));
            }
        }
        out.extend(deadline_sentences(&ev));
        out
    };
    let (ro, hu, en) = in_each(render);
    assert!(ro.len() > 3, "{ro:?}");
    check_translated(&ro, &hu, "hu");
    check_translated(&ro, &en, "en");
    // The month of the income is the language's own.
    let title = |list: &[(String, String)]| {
        list.iter()
            .find(|(label, _)| label.contains("VmiIncome") && label.ends_with("title"))
            .map(|(_, t)| t.clone())
            .expect("the income criterion")
    };
    assert!(title(&ro).contains("octombrie 2026"), "{}", title(&ro));
    assert!(title(&hu).contains("2026. október"), "{}", title(&hu));
    assert!(title(&en).contains("October 2026"), "{}", title(&en));
    assert!(title(&hu).contains("lej"), "{}", title(&hu));
}

#[test]
fn counts_take_the_plural_of_each_language() {
    let criterion = |children| {
        tr::criterion(&Criterion::Means(MeansCriterion::ChildrenUnder18 {
            children,
            single_parent: false,
        }))
        .1
        .expect("a detail")
    };
    let (ro, hu, en) = in_each(|| (criterion(1), criterion(2), criterion(20)));
    assert!(ro.0.starts_with("1 copil ") && ro.2.starts_with("20 de copii "));
    assert!(
        hu.0.starts_with("1 gyermek") && hu.1.starts_with("2 gyermek"),
        "{hu:?}"
    );
    assert!(
        en.0.starts_with("1 child ") && en.1.starts_with("2 children "),
        "{en:?}"
    );
    let grants = |funded_2023| {
        tr::note(&Note::Means(MeansNote::NgoGrants {
            budget_2024: Decimal::from(1000),
            funded_2023,
        }))
    };
    let (ro, _, en) = in_each(|| (grants(1), grants(21)));
    assert!(
        ro.0.contains("1 ONG ") && ro.1.contains("21 de ONG-uri"),
        "{ro:?}"
    );
    assert!(
        en.0.contains("1 NGO ") && en.1.contains("21 NGOs"),
        "{en:?}"
    );
}

#[test]
fn questions_name_the_member_and_options_are_translated() {
    let h = family();
    let q = |f| tr::question(Fact::Means(f), &h, OCTOBER);
    let (ro, hu, en) = in_each(|| {
        (
            q(MeansFact::AbleToWork { member: 1 }),
            q(MeansFact::AbleToWork { member: 0 }),
            q(MeansFact::Kindergarten { member: 2 }),
        )
    });
    assert_eq!(ro.0, "Elena poate munci?");
    assert!(
        hu.0.contains("Elena") && en.0.contains("Elena"),
        "{hu:?} {en:?}"
    );
    assert_ne!(hu.1, ro.1);
    assert_ne!(en.1, ro.1);
    assert_ne!(hu.2, ro.2);
    assert_ne!(en.2, ro.2);
}
