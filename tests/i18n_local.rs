//! The town's sentences (Năvodari's own benefits, the parents-abroad duty,
//! the offices, numbers, "open now", the directory) and the answers read
//! back, in Hungarian and English: every one is said (no placeholder left,
//! nothing empty), in the language asked for (not the Romanian words), and
//! a benefit, form or document with an official Romanian name keeps that
//! name beside the translation, in brackets.

use chrono::{NaiveDate, NaiveDateTime};
use eligibil::draft::{AnswerDraft, DateDraft, Draft, IncomeDraft, MemberDraft};
use eligibil::i18n::{tr, use_language, Lang};
use eligibil::rules::calendar::HolidayId;
use eligibil::rules::directory::{Need, ServiceStatus, NEEDS};
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{HomeCareSituation, Household, IncomeKind, LocalEmergency, Role};
use eligibil::rules::local::{
    EmailList, LocalCriterion, LocalDocument, LocalFact, LocalForm, LocalNote, PaymentsAgency,
    PensionerTier, TicketCategory,
};
use eligibil::rules::municipality::{MunicipalityId, PhonePurpose};
use eligibil::rules::outcome::{BenefitId, Criterion, DeadlineId, Document, Form, Note, YearMonth};
use eligibil::rules::profiles::{
    self, ClosedReason, Duty, EmergencyPurpose, FindContact, OpenState, PROFILES,
};
use eligibil::rules::{evaluate, EvalContext};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
    d(y, m, day).and_hms_opt(h, min, 0).expect("valid time")
}

const TOWNS: [MunicipalityId; 3] = [
    MunicipalityId::ClujNapoca,
    MunicipalityId::Navodari,
    MunicipalityId::Other,
];

const LOCAL_BENEFITS: [BenefitId; 7] = [
    BenefitId::ParentsLeavingToWorkAbroad,
    BenefitId::NavodariHolidayTickets,
    BenefitId::NavodariEmergencyAid,
    BenefitId::NavodariFuneralAid,
    BenefitId::NavodariHomeCare,
    BenefitId::NavodariChildrenDayCentre,
    BenefitId::NavodariElderlyDayCentre,
];

const FORMS: [LocalForm; 26] = [
    LocalForm::NavodariStateAllowance,
    LocalForm::NavodariEuAnnex,
    LocalForm::NavodariAjpisTransfer,
    LocalForm::NavodariChildRaising,
    LocalForm::NavodariInsertionIncentive,
    LocalForm::NavodariChangeRequest,
    LocalForm::NavodariHeatingApplication,
    LocalForm::NavodariAssetList,
    LocalForm::NavodariFuneralApplication,
    LocalForm::NavodariHolidayTicketsApplication,
    LocalForm::NavodariKindergartenTickets,
    LocalForm::NavodariVmiLeaflet,
    LocalForm::NavodariVmiPaymentUndertaking,
    LocalForm::NavodariVmiApplication,
    LocalForm::NavodariVmiDeclaration,
    LocalForm::NavodariVmiChanges,
    LocalForm::NavodariVmiAssetList,
    LocalForm::NavodariChildrenDayCentre,
    LocalForm::NavodariElderlyDayCentre,
    LocalForm::NavodariCanteen,
    LocalForm::NavodariHomeCare,
    LocalForm::NavodariParentAbroad,
    LocalForm::NavodariPersonalAssistantHiring,
    LocalForm::NavodariPatientConsent,
    LocalForm::NavodariUndertaking,
    LocalForm::NavodariDisabilityAllowance,
];

const DOCUMENTS: [LocalDocument; 16] = [
    LocalDocument::WrittenRequest,
    LocalDocument::DeathCertificate,
    LocalDocument::ApplicantIdentityCard,
    LocalDocument::KinshipPapers,
    LocalDocument::HeirOrGuardianPapers,
    LocalDocument::FuneralInvoiceAndReceipt,
    LocalDocument::IncomeCertificates,
    LocalDocument::CivilStatusPapers,
    LocalDocument::SpecialistMedicalPapers,
    LocalDocument::IncidentReport,
    LocalDocument::ExceptionalSituationProof,
    LocalDocument::SocialInquiry,
    LocalDocument::InvoicesAndReceipts,
    LocalDocument::DepartureNotification,
    LocalDocument::DelegationRequest,
    LocalDocument::TicketCategoryPapers,
];

const EMERGENCIES: [LocalEmergency; 4] = [
    LocalEmergency::Medical,
    LocalEmergency::Calamity,
    LocalEmergency::ChildExceptional,
    LocalEmergency::None,
];

const CATEGORIES: [TicketCategory; 5] = [
    TicketCategory::MinimumIncome,
    TicketCategory::FamilySupport,
    TicketCategory::SevereOrAccentuatedDisability,
    TicketCategory::Pensioner,
    TicketCategory::OverSixtyWithoutIncome,
];

const SITUATIONS: [HomeCareSituation; 5] = [
    HomeCareSituation::NoFamilyOrSupport,
    HomeCareSituation::NoHome,
    HomeCareSituation::InsufficientIncome,
    HomeCareSituation::CannotManageAlone,
    HomeCareSituation::SocioMedicalNeeds,
];

/// Every criterion of the area, in each of its branches.
fn criteria() -> Vec<LocalCriterion> {
    let mut out = Vec::new();
    let tiers = [
        None,
        Some(PensionerTier::UpToMinimumSocialPension),
        Some(PensionerTier::AboveMinimumSocialPensionUpTo1000),
        Some(PensionerTier::UpTo1000MinimumPensionUnknown),
        Some(PensionerTier::Between1000And1001),
        Some(PensionerTier::From1001To1450),
    ];
    for (i, tier) in tiers.into_iter().enumerate() {
        out.push(LocalCriterion::TicketCategory {
            member: i % 3,
            category: CATEGORIES.get(i).copied(),
            age: [None, Some(0), Some(1), Some(60), Some(75), Some(21)][i],
            net_income: [None, Some(dec!(0)), Some(dec!(1450)), Some(dec!(1000.5))][i % 4],
            tier,
            age_exactly_limit: i == 3,
        });
    }
    for n in [0, 1, 2, 21] {
        out.push(LocalCriterion::AnyTicketCategory {
            members_in_category: n,
        });
    }
    out.push(LocalCriterion::EmergencySituation { declared: None });
    for e in EMERGENCIES {
        out.push(LocalCriterion::EmergencySituation { declared: Some(e) });
    }
    let month = YearMonth {
        year: 2026,
        month: 10,
    };
    for (members, total, per) in [
        (1, Some(dec!(0)), Some(dec!(0))),
        (3, Some(dec!(3000)), Some(dec!(1000))),
        (1, Some(dec!(2000)), Some(dec!(2000))),
        (20, Some(dec!(20000)), Some(dec!(1000))),
        (2, None, Some(dec!(5))),
        (2, None, None),
    ] {
        out.push(LocalCriterion::IncomeUpToMinimumWage {
            members,
            income_month: month,
            total_net: total,
            per_member: per,
        });
    }
    for e in EMERGENCIES {
        for needed in [None, Some(dec!(800)), Some(dec!(1200.50))] {
            out.push(LocalCriterion::EmergencyAmount {
                situation: e,
                needed,
                max: dec!(1000),
            });
        }
    }
    for declared in [None, Some(true), Some(false)] {
        out.push(LocalCriterion::FuneralCosts { declared });
        out.push(LocalCriterion::DeceasedLivedInTown { declared });
        out.push(LocalCriterion::LeavingToWorkAbroad { declared });
        out.push(LocalCriterion::FuneralRoute {
            vmi_family: false,
            other_death_aid: declared,
        });
    }
    out.push(LocalCriterion::FuneralRoute {
        vmi_family: true,
        other_death_aid: None,
    });
    for (declared, situations) in [
        (None, None),
        (Some(false), None),
        (Some(true), Some(vec![])),
        (Some(true), Some(vec![HomeCareSituation::NoHome])),
        (Some(true), Some(SITUATIONS.to_vec())),
    ] {
        out.push(LocalCriterion::HomeCareNeed {
            declared,
            situations,
        });
    }
    for (net_income, vmi) in [(None, false), (Some(dec!(500)), false), (None, true)] {
        out.push(LocalCriterion::HomeCareIncome {
            net_income,
            limit: dec!(640),
            vmi_beneficiary: vmi,
        });
    }
    for children in [0, 1, 3, 20] {
        out.push(LocalCriterion::MinorChild { children });
    }
    out
}

/// Every note of the area, in each of its branches.
fn notes() -> Vec<LocalNote> {
    let mut out = vec![
        LocalNote::FilingWindow {
            first_day: 1,
            last_day: 25,
            opens: d(2026, 11, 1),
            closes: d(2026, 11, 25),
            last_office_day: d(2026, 11, 25),
            open_on_date: true,
        },
        LocalNote::FilingWindow {
            first_day: 1,
            last_day: 25,
            opens: d(2026, 12, 1),
            closes: d(2026, 12, 25),
            last_office_day: d(2026, 12, 23),
            open_on_date: false,
        },
    ];
    for list in [
        EmailList::StateAllowance,
        EmailList::NewInsertionIncentive,
        EmailList::IncentiveFromChildRaising,
    ] {
        out.push(LocalNote::EmailOnePdf {
            address: "asistentasociala@primaria-navodari.ro",
            list,
            order: &["Formular AS", "Copie CI"],
        });
    }
    out.extend([
        LocalNote::EmailNoOwnOrder {
            address: "asistentasociala@primaria-navodari.ro",
        },
        LocalNote::AtTheOfficeOnly,
        LocalNote::AgencyDecidesAndPays {
            agency: PaymentsAgency::AjpisConstanta,
        },
        LocalNote::AgencyDecidesAndPays {
            agency: PaymentsAgency::OwnCounty,
        },
        LocalNote::FileAtYourTownHall,
        LocalNote::FileWhereYouLiveNavodari,
        LocalNote::AskCountyDgaspc {
            county: Some(MunicipalityId::Navodari),
        },
        LocalNote::AskCountyDgaspc { county: None },
        LocalNote::AllowanceFromMonthAfterRequest {
            if_filed_on: d(2026, 11, 22),
            first_month: YearMonth {
                year: 2026,
                month: 12,
            },
        },
    ]);
    for (i, category) in CATEGORIES.into_iter().enumerate() {
        out.push(LocalNote::TicketValue {
            member: i,
            category,
            per_holiday: dec!(40),
            year: 2020,
        });
    }
    out.extend([
        LocalNote::TicketTierByMinimumPension {
            member: 0,
            low: dec!(50),
            high: dec!(60),
        },
        LocalNote::TicketTierGap { member: 1 },
        LocalNote::TicketAgeAtLimit { member: 0 },
        LocalNote::TicketsTotal {
            min: dec!(40),
            max: dec!(40),
            year: 2020,
        },
        LocalNote::TicketsTotal {
            min: dec!(90),
            max: dec!(100),
            year: 2020,
        },
        LocalNote::TicketOccasions {
            easter: d(2027, 5, 2),
            christmas: d(2026, 12, 25),
        },
        LocalNote::TicketOneCategory,
        LocalNote::TicketVmiReplacesVmgAndAsf,
        LocalNote::TicketsOnRequest,
    ]);
    for situation in EMERGENCIES {
        for fixed in [false, true] {
            out.push(LocalNote::EmergencyMaximum {
                situation,
                sum: dec!(1000),
                fixed,
            });
        }
    }
    out.extend([
        LocalNote::EmergencyOverMaximumCouncil {
            needed: dec!(1000.01),
            max: dec!(1000),
        },
        LocalNote::MinimumWageNotOnPage,
        LocalNote::ByMayorsDisposition,
        LocalNote::ChildAidUses,
        LocalNote::FuneralFixedSum { sum: dec!(1000) },
        LocalNote::FuneralApplicantMayLiveElsewhere,
        LocalNote::FuneralUnidentifiedByContract,
        LocalNote::HomeCareFree { limit: dec!(640) },
        LocalNote::HomeCareContribution { limit: dec!(640) },
        LocalNote::HomeCareExactlyAtLimit { limit: dec!(640) },
        LocalNote::HomeCareServices,
        LocalNote::ChildrenDayCentre { places: 50 },
        LocalNote::ChildrenDayCentre { places: 1 },
        LocalNote::ChildrenDayCentre { places: 12 },
        LocalNote::ElderlyDayCentre,
        LocalNote::CanteenAddress {
            address: "str. Midiei nr. 11, Năvodari",
        },
        LocalNote::AbroadWhoNotifies,
        LocalNote::AbroadCarerAndCourt,
        LocalNote::AbroadNoticeLate {
            departure: d(2027, 1, 1),
        },
        LocalNote::AbroadCounting,
    ]);
    out
}

fn open_states() -> Vec<OpenState> {
    let mut out = vec![
        OpenState::Open {
            closes_at: at(2026, 11, 26, 17, 0),
        },
        OpenState::Closed {
            reason: ClosedReason::NoHours,
            opens_at: None,
        },
    ];
    for reason in [
        ClosedReason::PublicHoliday {
            holiday: HolidayId::NationalDay,
        },
        ClosedReason::Weekend,
        ClosedReason::OutsideHours,
    ] {
        out.push(OpenState::Closed {
            reason,
            opens_at: Some(at(2026, 12, 2, 8, 30)),
        });
        out.push(OpenState::Closed {
            reason,
            opens_at: None,
        });
    }
    out
}

fn evaluated(json: &str, date: NaiveDate, town: MunicipalityId) -> Vec<String> {
    let household: Household = serde_json::from_str(json).expect("household reads");
    let ev = evaluate(
        &household,
        &EvalContext {
            date,
            municipality: town,
        },
    )
    .expect("evaluates");
    let mut out = Vec::new();
    for b in &ev.benefits {
        for r in &b.reasons {
            if let Criterion::Local(c) = &r.criterion {
                let (title, detail) = tr::local::criterion(c);
                out.push(title);
                out.extend(detail);
            }
        }
        for doc in &b.documents {
            if let Document::Local(doc) = &doc.document {
                out.push(tr::local::document(doc));
            }
        }
        for f in &b.forms {
            if let Form::Local(f) = f {
                out.push(tr::local::form(*f).to_string());
            }
        }
        for n in &b.notes {
            if let Note::Local(n) = &n.note {
                out.push(tr::local::note(n));
            }
        }
        for deadline in &b.deadlines {
            if matches!(
                deadline.deadline,
                DeadlineId::NotifyDepartureAbroad
                    | DeadlineId::PresentEmergencyAidReceipts
                    | DeadlineId::PresentChildAidReceipts
            ) {
                let term = eligibil::i18n::msg::count_days_calendar(deadline.days);
                out.push(tr::local::deadline_title(deadline, &term));
                out.extend(tr::local::event_example(deadline));
            }
        }
    }
    out
}

/// Households that reach the area's benefits, evaluated.
fn evaluations() -> Vec<String> {
    let navodari = r#"{"residence": {"municipality": "navodari", "kind": "domiciliu"}, "#;
    let mut out = Vec::new();
    for (json, town) in [
        (
            format!(
                r#"{navodari}"members": [{{"role": "applicant", "birth_date": "1950-03-01", "incomes": [{{"kind": "pension", "net_monthly": "1450.00"}}]}}]}}"#
            ),
            MunicipalityId::Navodari,
        ),
        (
            format!(
                r#"{navodari}"members": [{{"role": "applicant", "birth_date": "1970-01-01", "incomes": []}}], "local": {{"emergency": "medical", "emergency_cost": "1000.01"}}}}"#
            ),
            MunicipalityId::Navodari,
        ),
        (
            format!(
                r#"{navodari}"members": [{{"role": "applicant", "birth_date": "1985-01-01", "incomes": []}}, {{"role": "child", "birth_date": "2015-01-01", "incomes": []}}], "local": {{"emergency": "child_exceptional", "emergency_cost": "1000"}}}}"#
            ),
            MunicipalityId::Navodari,
        ),
        (
            format!(
                r#"{navodari}"members": [{{"role": "applicant", "birth_date": "1960-01-01", "incomes": [{{"kind": "minimum_inclusion_income", "net_monthly": "275"}}]}}], "local": {{"funeral_costs": true, "deceased_lived_in_town": true, "needs_home_care": true, "home_care_situations": ["no_home"]}}}}"#
            ),
            MunicipalityId::Navodari,
        ),
        (
            r#"{"residence": {"municipality": "cluj-napoca", "kind": "domiciliu"}, "members": [{"role": "applicant", "birth_date": "1990-01-01", "incomes": [{"kind": "salary", "net_monthly": "3000"}]}, {"role": "child", "birth_date": "2018-01-01", "incomes": []}], "abroad": {"leaving_to_work_abroad": true, "departure_date": "2027-01-10"}}"#
                .to_string(),
            MunicipalityId::ClujNapoca,
        ),
        (
            r#"{"residence": {"municipality": "other", "kind": "domiciliu"}, "members": [{"role": "applicant", "birth_date": "1990-01-01", "incomes": [{"kind": "salary", "net_monthly": "3000"}]}, {"role": "child", "birth_date": "2018-01-01", "incomes": []}], "abroad": {"leaving_to_work_abroad": true, "departure_date": "2026-12-01"}}"#
                .to_string(),
            MunicipalityId::Other,
        ),
    ] {
        out.extend(evaluated(&json, d(2026, 11, 22), town));
    }
    out
}

/// A case's answers: names, birth dates, incomes (one as typed), the
/// sources of energy, a question of several choices, one of the area's.
fn answers() -> Vec<String> {
    let mut draft = Draft::new();
    draft.members[0].birth = DateDraft {
        day: "4".into(),
        month: "3".into(),
        year: "1988".into(),
    };
    draft.members[0].incomes = Some(vec![
        IncomeDraft {
            kind: IncomeKind::Salary,
            amount: "2400".into(),
        },
        IncomeDraft {
            kind: IncomeKind::Pension,
            amount: "două mii".into(),
        },
    ]);
    draft.members.push(MemberDraft {
        role: Role::Spouse,
        incomes: Some(vec![]),
        ..MemberDraft::default()
    });
    draft.members_confirmed = true;
    draft.energy_sources = Some(vec![]);
    let emergency = Fact::Local(LocalFact::Emergency);
    let situations = Fact::Local(LocalFact::HomeCareSituations);
    draft.set_answer(emergency, AnswerDraft::One("medical".into()));
    draft.set_answer(situations, AnswerDraft::Several(vec![]));
    for fact in [
        Fact::Members,
        Fact::Incomes { member: 0 },
        Fact::Incomes { member: 1 },
        Fact::EnergySources,
        emergency,
        situations,
    ] {
        draft.asked.push(fact.key());
    }
    let (household, _) = draft.to_household(d(2026, 11, 22));
    let mut out = Vec::new();
    for (group, lines) in tr::grouped_answer_lines(&draft, &household, d(2026, 11, 22)) {
        out.push(tr::group_name(group).to_string());
        out.extend(lines.into_iter().map(|l| l.answer));
    }
    out
}

/// Every sentence of the area, in the language loaded, in a fixed order.
fn sentences() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in LOCAL_BENEFITS {
        out.push(tr::benefit_name(b).to_string());
    }
    for t in TOWNS {
        out.push(tr::local::town(t).to_string());
        out.push(tr::local::referral(t).to_string());
    }
    for c in criteria() {
        let (title, detail) = tr::local::criterion(&c);
        out.push(title);
        out.extend(detail);
    }
    out.extend(DOCUMENTS.iter().map(tr::local::document));
    out.extend(FORMS.iter().map(|f| tr::local::form(*f).to_string()));
    out.extend(notes().iter().map(tr::local::note));
    for f in LocalFact::ALL {
        out.push(tr::local::question(f));
        out.extend(tr::local::question_hint(f).map(str::to_string));
    }
    for v in ["medical", "calamity", "child_exceptional", "none"] {
        out.extend(tr::local::option_label(LocalFact::Emergency, v).map(str::to_string));
    }
    for v in [
        "no_family_or_support",
        "no_home",
        "insufficient_income",
        "cannot_manage_alone",
        "socio_medical_needs",
    ] {
        out.extend(tr::local::option_label(LocalFact::HomeCareSituations, v).map(str::to_string));
    }
    for p in [
        PhonePurpose::Office,
        PhonePurpose::BenefitsAndDisability,
        PhonePurpose::ChildProtection,
        PhonePurpose::ChildrenDayCentre,
        PhonePurpose::ElderlyDayCentreAndHomeCare,
        PhonePurpose::UkraineRefugees,
    ] {
        out.push(tr::local::phone_purpose(p).to_string());
    }
    for duty in [
        Duty::RegistersDossiers,
        Duty::RefersToServices,
        Duty::SocialInquiry,
        Duty::DecidesAndPaysChildBenefits,
        Duty::ChildProtection,
        Duty::AdultsInDifficulty,
        Duty::SocialEmergencies,
        Duty::DomesticViolenceVictims,
        Duty::DisabilityAllowanceAgreement,
        Duty::EmploymentInclusion,
        Duty::CanteenMeals,
        Duty::ChildrenDayCare,
        Duty::ElderlyDayCareAndHomeCare,
        Duty::RefugeeHelp,
    ] {
        out.push(tr::local::duty(duty).to_string());
    }
    for f in [
        FindContact::DgaspcCluj,
        FindContact::AjpisCluj,
        FindContact::AskDasNavodari,
        FindContact::OwnTownHall,
    ] {
        out.push(tr::local::find_contact(f).to_string());
    }
    for p in [
        EmergencyPurpose::AllEmergencies,
        EmergencyPurpose::ChildAbuse,
        EmergencyPurpose::DomesticViolence,
        EmergencyPurpose::ChildHelpline,
    ] {
        out.push(tr::local::emergency_purpose(p).to_string());
    }
    // The institutions the profiles hold without a name of their own.
    for profile in PROFILES {
        for i in profile.institutions {
            if i.name.is_none() {
                out.push(tr::local::institution_name(i).to_string());
            }
        }
    }
    out.extend(open_states().iter().map(tr::local::open_state));
    out.extend(NEEDS.iter().map(|n| tr::local::need(*n).to_string()));
    for s in [ServiceStatus::Existing, ServiceStatus::Planned] {
        out.push(tr::local::service_status(s).to_string());
    }
    out.extend(evaluations());
    out.extend(answers());
    out
}

/// Words that are the same in every language: names of towns.
fn proper_name(text: &str) -> bool {
    ["Cluj-Napoca", "Năvodari"].contains(&text)
}

fn check_language(lang: Lang) {
    use_language(Lang::Ro);
    let romanian = sentences();
    use_language(lang);
    let translated = sentences();
    use_language(Lang::Ro);
    assert_eq!(
        romanian.len(),
        translated.len(),
        "{lang:?}: the same sentences"
    );
    for (ro, text) in romanian.iter().zip(&translated) {
        // The engine says nothing here in any language (an income not
        // known yet): nothing to translate.
        if ro.is_empty() {
            assert!(
                text.is_empty(),
                "{lang:?}: {text:?} where Romanian says nothing"
            );
            continue;
        }
        assert!(!text.trim().is_empty(), "{lang:?}: empty for {ro:?}");
        assert!(
            !text.contains('{') && !text.contains('}'),
            "{lang:?}: a placeholder left in {text:?}"
        );
        assert!(
            text != ro || proper_name(text),
            "{lang:?}: still Romanian: {text:?}"
        );
    }
}

#[test]
fn hungarian_says_every_sentence_of_the_town_and_the_answers() {
    check_language(Lang::Hu);
}

#[test]
fn english_says_every_sentence_of_the_town_and_the_answers() {
    check_language(Lang::En);
}

#[test]
fn romanian_is_still_the_default_and_unchanged() {
    use_language(Lang::Ro);
    assert_eq!(
        tr::benefit_name(BenefitId::NavodariFuneralAid),
        "Ajutor de înmormântare (Năvodari)"
    );
    assert_eq!(
        tr::local::criterion(&LocalCriterion::AnyTicketCategory {
            members_in_category: 21
        })
        .1
        .as_deref(),
        Some("Intră 21 de persoane.")
    );
    assert!(
        tr::local::note(&LocalNote::ChildrenDayCentre { places: 50 })
            .contains("Are cel mult 50 de locuri pentru copii de vârstă școlară.")
    );
    assert_eq!(
        tr::local::open_state(&OpenState::Closed {
            reason: ClosedReason::PublicHoliday {
                holiday: HolidayId::NationalDay
            },
            opens_at: Some(at(2026, 12, 2, 8, 30)),
        }),
        "Închis: Ziua Națională (zi liberă legală); deschide miercuri, 2 decembrie 2026, la 08:30"
    );
}

/// The Romanian name of each of the area's benefits, as the person will
/// hear it at the office.
fn official_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::ParentsLeavingToWorkAbroad => "plecarea părinților la muncă în străinătate",
        BenefitId::NavodariHolidayTickets => "tichete sociale de Paște și de Crăciun",
        BenefitId::NavodariEmergencyAid => "ajutor de urgență",
        BenefitId::NavodariFuneralAid => "ajutor de înmormântare",
        BenefitId::NavodariHomeCare => "îngrijire la domiciliu",
        BenefitId::NavodariChildrenDayCentre => "centrul de zi pentru copii",
        BenefitId::NavodariElderlyDayCentre => "centrul de zi pentru persoane în vârstă",
        _ => unreachable!("not a benefit of the area"),
    }
}

#[test]
fn the_benefits_keep_their_romanian_names_in_brackets() {
    for lang in [Lang::Hu, Lang::En] {
        use_language(lang);
        for b in LOCAL_BENEFITS {
            let name = tr::benefit_name(b);
            let bracketed = format!("({})", official_name(b));
            assert!(
                name.contains(&bracketed),
                "{lang:?}: {name:?} lacks {bracketed}"
            );
        }
        // The categories and notes that name a benefit name it in Romanian too.
        let (_, detail) = tr::local::criterion(&LocalCriterion::TicketCategory {
            member: 0,
            category: Some(TicketCategory::MinimumIncome),
            age: None,
            net_income: None,
            tier: None,
            age_exactly_limit: false,
        });
        let detail = detail.expect("a category");
        assert!(
            detail.contains("(venitul minim de incluziune)"),
            "{lang:?}: {detail}"
        );
        let note = tr::local::note(&LocalNote::TicketVmiReplacesVmgAndAsf);
        assert!(
            note.contains("(venitul minim de incluziune)"),
            "{lang:?}: {note}"
        );
        let doc = tr::local::document(&LocalDocument::SocialInquiry);
        assert!(doc.contains("(ancheta socială)"), "{lang:?}: {doc}");
        let doc = tr::local::document(&LocalDocument::DeathCertificate);
        assert!(doc.contains("(certificatul de deces)"), "{lang:?}: {doc}");
        // A form keeps its title as printed, translated beside it.
        let form = tr::local::form(LocalForm::NavodariStateAllowance);
        assert!(form.starts_with("Formular AS ("), "{lang:?}: {form}");
        let form = tr::local::form(LocalForm::NavodariVmiApplication);
        assert!(
            form.starts_with("Cerere Venit minim de incluziune ("),
            "{lang:?}: {form}"
        );
    }
    use_language(Lang::Ro);
}

#[test]
fn counts_take_the_languages_own_plural() {
    use_language(Lang::Hu);
    let one = tr::local::note(&LocalNote::ChildrenDayCentre { places: 1 });
    let fifty = tr::local::note(&LocalNote::ChildrenDayCentre { places: 50 });
    assert!(one.contains("1 hely"), "{one}");
    assert!(fifty.contains("50 hely"), "{fifty}");
    use_language(Lang::En);
    let one = tr::local::note(&LocalNote::ChildrenDayCentre { places: 1 });
    let fifty = tr::local::note(&LocalNote::ChildrenDayCentre { places: 50 });
    assert!(one.contains("1 place "), "{one}");
    assert!(fifty.contains("50 places"), "{fifty}");
    let (_, people) = tr::local::criterion(&LocalCriterion::AnyTicketCategory {
        members_in_category: 2,
    });
    assert_eq!(people.as_deref(), Some("2 people qualify."));
    use_language(Lang::Ro);
}

#[test]
fn sums_and_dates_are_written_the_languages_way() {
    use_language(Lang::Hu);
    let note = tr::local::note(&LocalNote::FuneralFixedSum { sum: dec!(1000) });
    assert!(note.contains(&tr::lei(dec!(1000))), "{note}");
    assert!(note.contains("lej"), "{note}");
    let late = tr::local::note(&LocalNote::AbroadNoticeLate {
        departure: d(2027, 1, 1),
    });
    assert!(late.contains("2027. január 1."), "{late}");
    use_language(Lang::En);
    let open = tr::local::open_state(&OpenState::Open {
        closes_at: at(2026, 11, 26, 17, 0),
    });
    assert!(open.contains("17:00"), "{open}");
    assert!(!open.contains("Deschis"), "{open}");
    use_language(Lang::Ro);
}

#[test]
fn the_town_words_are_said_in_each_language() {
    // Romanian: exactly as before (tests/profiles.rs holds the full case).
    use_language(Lang::Ro);
    let text = "Decide DASM. AJPIS Cluj (str. G. Coșbuc nr. 2) plătește.";
    assert_eq!(
        tr::local::for_town(text, MunicipalityId::Navodari),
        "Decide Direcția Asistență Socială. AJPIS Constanța plătește."
    );
    // Hungarian and English replace their own words.
    use_language(Lang::Hu);
    let text = "Kérdezzen a DASM-nél. Az AJPIS Cluj (str. G. Coșbuc nr. 2) fizet.";
    let navodari = tr::local::for_town(text, MunicipalityId::Navodari);
    assert!(!navodari.contains("DASM"), "{navodari}");
    assert!(!navodari.contains("Cluj"), "{navodari}");
    assert!(navodari.contains("AJPIS Constanța"), "{navodari}");
    let other = tr::local::for_town(text, MunicipalityId::Other);
    assert!(
        !other.contains("DASM") && !other.contains("Cluj"),
        "{other}"
    );
    assert_eq!(tr::local::for_town(text, MunicipalityId::ClujNapoca), text);
    use_language(Lang::En);
    let text = "Ask at DASM. AJPIS Cluj (str. G. Coșbuc nr. 2) pays.";
    let navodari = tr::local::for_town(text, MunicipalityId::Navodari);
    assert_eq!(
        navodari,
        "Ask at the Direcția Asistență Socială. AJPIS Constanța pays."
    );
    let other = tr::local::for_town(text, MunicipalityId::Other);
    assert!(
        !other.contains("DASM") && !other.contains("Cluj"),
        "{other}"
    );
    use_language(Lang::Ro);
}

#[test]
fn the_directory_and_the_profiles_are_said_in_each_language() {
    for lang in [Lang::Hu, Lang::En] {
        use_language(lang);
        for n in NEEDS {
            assert!(!tr::local::need(n).is_empty());
        }
        assert_ne!(
            tr::local::need(Need::Food),
            "Hrană: cantine sociale și masa pe roți"
        );
        let town_hall = profiles::office_for(MunicipalityId::Other, BenefitId::HeatingAid);
        let name = tr::local::institution_name(town_hall);
        assert!(name.contains("primăria"), "{lang:?}: {name}");
        // A sum in the directory's counts follows the language.
        assert_eq!(tr::local::sum(Decimal::from(1450)), tr::lei(dec!(1450)));
    }
    use_language(Lang::Ro);
}

/// All the sentences, for a comparison by hand.
pub fn sentences_for_golden() -> Vec<String> {
    sentences()
}
