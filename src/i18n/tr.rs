//! The sentences a person reads, in the language loaded (`i18n::msg`):
//! plain words, the legal terms as printed on the forms. Every engine
//! identifier has its sentence here; the numbers and dates come from the
//! engine's answer, the words from the catalogues.

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

use crate::draft::InputProblem;
use crate::rules::calendar::HolidayId;
use crate::rules::facts::Fact;
use crate::rules::household::{
    Answer, BirthCountry, DisabilityGrade, EnergySource, HeatingSystem, Household, IncomeKind,
    ResidenceKind, Role, Tenure,
};
use crate::rules::municipality::MunicipalityId;
use crate::rules::outcome::{
    AllowanceLevel, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, Deadline, DeadlineId,
    Decider, Document, Form, HouseholdKind, Note, Payee, Reach, Status, SupplementPart, YearMonth,
};
use crate::rules::source::{DateBasis, Seed, Source};
use crate::rules::topics::Topic;

use super::msg;

mod answers;
mod child_raising;
pub mod local;
mod means;

pub use answers::{answer_lines, group_name, grouped_answer_lines, AnswerGroup, AnswerLine};

pub fn month_name(month: u32) -> &'static str {
    match month {
        1 => msg::month_1(),
        2 => msg::month_2(),
        3 => msg::month_3(),
        4 => msg::month_4(),
        5 => msg::month_5(),
        6 => msg::month_6(),
        7 => msg::month_7(),
        8 => msg::month_8(),
        9 => msg::month_9(),
        10 => msg::month_10(),
        11 => msg::month_11(),
        12 => msg::month_12(),
        _ => "",
    }
}

/// A sum as the language writes it: "1.386 lei", "1 386 lej", "1,386 lei";
/// bani shown only when there are some ("897,33 lei").
pub fn lei(amount: Decimal) -> String {
    msg::money(&number(amount))
}

/// A number as the language writes it, to the ban: thousands grouped,
/// decimals only when there are some.
pub fn number(amount: Decimal) -> String {
    let rounded =
        amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let abs = rounded.abs();
    let whole = abs.trunc();
    let bani = ((abs - whole) * Decimal::from(100)).round();
    let digits = whole.to_string();
    let thousands = msg::number_thousands();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(thousands);
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    if bani.is_zero() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{}{bani:0>2}", msg::number_decimal())
    }
}

/// A count and its noun in Romanian only ("1 copil", "20 de copii"), for
/// the sentences not yet moved into the catalogues; the catalogues' own
/// plural messages (`msg::count_children` …) are the way for every language.
pub fn plural(n: u32, one: &str, many: &str) -> String {
    let de = n % 100 >= 20 || (n >= 100 && n.is_multiple_of(100));
    match n {
        1 => format!("1 {one}"),
        _ if de => format!("{n} de {many}"),
        _ => format!("{n} {many}"),
    }
}

/// An age in years: "sub 1 an" for a baby, then "1 an", "2 ani", "20 de ani".
pub fn age(years: u32) -> String {
    if years == 0 {
        msg::age_under_one().to_string()
    } else {
        msg::count_years(years)
    }
}

pub fn date(d: NaiveDate) -> String {
    msg::date_long(
        &d.day().to_string(),
        month_name(d.month()),
        &d.year().to_string(),
    )
}

pub fn weekday(d: NaiveDate) -> &'static str {
    weekday_name(d.weekday().number_from_monday())
}

/// The day's name, Monday = 1.
pub fn weekday_name(n: u32) -> &'static str {
    match n {
        1 => msg::weekday_1(),
        2 => msg::weekday_2(),
        3 => msg::weekday_3(),
        4 => msg::weekday_4(),
        5 => msg::weekday_5(),
        6 => msg::weekday_6(),
        _ => msg::weekday_7(),
    }
}

/// "vineri, 27 noiembrie 2026".
pub fn date_with_weekday(d: NaiveDate) -> String {
    msg::date_with_weekday(&date(d), weekday(d))
}

pub fn year_month(ym: YearMonth) -> String {
    msg::year_month(month_name(ym.month), &ym.year.to_string())
}

pub fn benefit_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::HeatingAid => msg::benefit_heating_aid(),
        BenefitId::EnergySupplement => msg::benefit_energy_supplement(),
        BenefitId::StateChildAllowance => msg::benefit_state_child_allowance(),
        b @ (BenefitId::ChildRaisingAllowance
        | BenefitId::InsertionIncentive
        | BenefitId::FurtherBirthSupplement
        | BenefitId::DisabledParentSupport) => child_raising::benefit_name(b),
        b @ (BenefitId::Vmi
        | BenefitId::RentAid
        | BenefitId::SocialCanteen
        | BenefitId::KindergartenTickets
        | BenefitId::EmergencyAid
        | BenefitId::FuneralAid
        | BenefitId::DentalProgramme
        | BenefitId::FoodTicketProgramme
        | BenefitId::EuFoodAid
        | BenefitId::SchoolSupplies
        | BenefitId::DoubleHouseholdExpensesCertificate
        | BenefitId::SeasonalWorkCertificate
        | BenefitId::HighSchoolMoneyInquiry
        | BenefitId::SocialInclusionCentre
        | BenefitId::NewbornVouchers
        | BenefitId::PersonalAssistantOrAllowance
        | BenefitId::NgoSubsidies
        | BenefitId::NgoGrants) => means::benefit_name(b),
        b @ (BenefitId::ParentsLeavingToWorkAbroad
        | BenefitId::NavodariHolidayTickets
        | BenefitId::NavodariEmergencyAid
        | BenefitId::NavodariFuneralAid
        | BenefitId::NavodariHomeCare
        | BenefitId::NavodariChildrenDayCentre
        | BenefitId::NavodariElderlyDayCentre) => local::benefit_name(b),
    }
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Eligible => msg::status_eligible(),
        Status::NotEligible => msg::status_not_eligible(),
        Status::ProbablyNotEligible => msg::status_probably_not_eligible(),
        // Said of answers still waiting for questions and of those the
        // office decides alike; `status_of` tells them apart.
        Status::NeedsMoreInfo => msg::status_needs_more_info(),
        Status::InformationOnly => msg::status_information_only(),
        Status::NotApplicable => msg::status_not_applicable(),
    }
}

/// The verdict line of one benefit: its status, except a "no" only for
/// now (not back at work yet), which says "Încă nu" and why.
pub fn verdict(b: &BenefitOutcome) -> String {
    if b.not_yet() {
        return child_raising::not_yet(b.benefit).to_string();
    }
    status(b.status).to_string()
}

/// The status in a summary line, with what the status word alone cannot
/// say: that questions remain, who decides when none do (DASM, AJPIS, or
/// the town hall where the person lives), and what the person pays for a
/// service paid in part (the canteen's 30 %).
pub fn status_of(b: &BenefitOutcome) -> String {
    if b.not_yet() {
        return child_raising::not_yet(b.benefit).to_string();
    }
    match b.status {
        Status::Eligible => match b.monthly_contribution() {
            Some(pays) => msg::status_eligible_pays(&lei(pays)),
            None => status(b.status).to_string(),
        },
        Status::NeedsMoreInfo if !b.needs.is_empty() => msg::status_more_questions().to_string(),
        Status::NeedsMoreInfo
            if b.notes
                .iter()
                .any(|n| matches!(n.note, Note::RulesNotCoveredOn { .. })) =>
        {
            msg::status_ask_office().to_string()
        }
        Status::NeedsMoreInfo => msg::status_decides(decider(b.decided_by())),
        s => status(s).to_string(),
    }
}

/// Who decides, as the subject of "Decide …".
pub fn decider(d: Decider) -> &'static str {
    match d {
        Decider::Dasm => msg::decider_dasm(),
        Decider::Ajpis => msg::decider_ajpis(),
        Decider::OwnTownHall => msg::decider_own_town_hall(),
    }
}

pub fn check_mark(c: Check) -> &'static str {
    match c {
        Check::Pass => msg::check_pass(),
        Check::Fail => msg::check_fail(),
        Check::ProbablyFail => msg::check_probably_fail(),
        Check::Unknown => msg::check_unknown(),
    }
}

/// How a member is named in questions and lists: their name if given.
pub fn member_label(household: &Household, index: usize) -> String {
    let member = household.members.as_ref().and_then(|m| m.get(index));
    match member {
        Some(m) => match (&m.name, m.role) {
            (Some(name), _) => name.clone(),
            (None, Role::Applicant) => msg::member_you().to_string(),
            (None, role) => msg::member_role_numbered(&(index + 1).to_string(), role_name(role)),
        },
        None => msg::member_numbered(&(index + 1).to_string()),
    }
}

pub fn role_name(r: Role) -> &'static str {
    match r {
        Role::Applicant => msg::role_applicant(),
        Role::Spouse => msg::role_spouse(),
        Role::Partner => msg::role_partner(),
        Role::Child => msg::role_child(),
        Role::Relative => msg::role_relative(),
        Role::Other => msg::role_other(),
    }
}

pub fn income_kind(k: IncomeKind) -> &'static str {
    match k {
        IncomeKind::Salary => msg::income_salary(),
        IncomeKind::Pension => msg::income_pension(),
        IncomeKind::Unemployment => msg::income_unemployment(),
        IncomeKind::MaternityAllowance => msg::income_maternity_allowance(),
        IncomeKind::SickLeaveAllowance => msg::income_sick_leave_allowance(),
        IncomeKind::StateChildAllowance => msg::income_state_child_allowance(),
        IncomeKind::ChildRaisingAllowance => msg::income_child_raising_allowance(),
        IncomeKind::InsertionIncentive => msg::income_insertion_incentive(),
        IncomeKind::DisabilityAllowance => msg::income_disability_allowance(),
        IncomeKind::Maintenance => msg::income_maintenance(),
        IncomeKind::SelfEmployment => msg::income_self_employment(),
        IncomeKind::Agriculture => msg::income_agriculture(),
        IncomeKind::Property => msg::income_property(),
        IncomeKind::Scholarship => msg::income_scholarship(),
        IncomeKind::DayLabour => msg::income_day_labour(),
        IncomeKind::TrainingStipend => msg::income_training_stipend(),
        IncomeKind::OccasionalHelp => msg::income_occasional_help(),
        IncomeKind::EmergencyAid => msg::income_emergency_aid(),
        IncomeKind::ExceptionalCompensation => msg::income_exceptional_compensation(),
        IncomeKind::KindergartenTickets => msg::income_kindergarten_tickets(),
        IncomeKind::HeatingAidOrSupplement => msg::income_heating_aid_or_supplement(),
        IncomeKind::HivOrTbFoodAllowance => msg::income_hiv_or_tb_food_allowance(),
        IncomeKind::PublicSupportProgramme => msg::income_public_support_programme(),
        IncomeKind::AgriculturalStateAid => msg::income_agricultural_state_aid(),
        IncomeKind::MinimumInclusionIncome => msg::income_minimum_inclusion_income(),
        IncomeKind::Other => msg::income_other(),
    }
}

pub fn energy_source(s: EnergySource) -> &'static str {
    match s {
        EnergySource::Electricity => msg::energy_electricity(),
        EnergySource::NaturalGas => msg::energy_natural_gas(),
        EnergySource::SolidOrPetroleum => msg::energy_solid_or_petroleum(),
        EnergySource::DistrictHeating => msg::energy_district_heating(),
    }
}

pub fn heating_system(h: HeatingSystem) -> &'static str {
    match h {
        HeatingSystem::NaturalGas => msg::heating_natural_gas(),
        HeatingSystem::Electricity => msg::heating_electricity(),
        HeatingSystem::SolidOrPetroleum => msg::heating_solid_or_petroleum(),
        HeatingSystem::DistrictHeating => msg::heating_district_heating(),
        HeatingSystem::None => msg::heating_none(),
    }
}

pub fn tenure(t: Tenure) -> &'static str {
    match t {
        Tenure::OwnerByPurchase => msg::tenure_owner_by_purchase(),
        Tenure::OwnerByInheritance => msg::tenure_owner_by_inheritance(),
        Tenure::Tenant => msg::tenure_tenant(),
        Tenure::Comodat => msg::tenure_comodat(),
        Tenure::Other => msg::tenure_other(),
    }
}

/// The label of a value offered by a question asked through
/// `questions::spec` (`value` is the household field's own name).
pub fn option_label(fact: Fact, value: &str) -> &'static str {
    use crate::questions::parse;
    match (fact, value) {
        (_, "true") => Some(msg::yes()),
        (_, "false") => Some(msg::no()),
        (Fact::Tenure, v) => parse(v).map(tenure),
        (Fact::Means(f), v) if means::option_label(f, v).is_some() => means::option_label(f, v),
        (Fact::Local(f), v) if local::option_label(f, v).is_some() => local::option_label(f, v),
        (Fact::ChildRaising(f), v) if child_raising::option_label(f, v).is_some() => {
            child_raising::option_label(f, v)
        }
        (Fact::Disability { .. }, v) => parse(v).map(|g| match g {
            DisabilityGrade::NoCertificate => msg::grade_none(),
            DisabilityGrade::Mild => msg::grade_mild(),
            DisabilityGrade::Medium => msg::grade_medium(),
            DisabilityGrade::Accentuated => msg::grade_accentuated(),
            DisabilityGrade::Severe => msg::grade_severe(),
        }),
        (Fact::ChildBirthCountry { .. }, v) => parse(v).map(|c| match c {
            BirthCountry::Romania => msg::born_romania(),
            BirthCountry::OtherEuropean => msg::born_other_european(),
            BirthCountry::OutsideEurope => msg::born_outside_europe(),
        }),
        (_, v) => parse(v).map(answer),
    }
    .unwrap_or("")
}

/// The question about a sum typed in a way that is almost never meant, and
/// the two answers: (question, "yes, I meant …", "no, as typed" or "let me
/// correct it").
pub fn amount_doubt(doubt: crate::draft::AmountDoubt, typed: &str) -> (String, String, String) {
    use crate::draft::AmountDoubt;
    let typed = typed.trim();
    match doubt {
        AmountDoubt::CommaBeforeThreeDigits {
            read: Some(read),
            meant,
        } => (
            msg::doubt_comma(&lei(meant), &lei(read), typed),
            msg::doubt_yes_meant(&lei(meant)),
            msg::doubt_no_as_typed(&lei(read)),
        ),
        AmountDoubt::CommaBeforeThreeDigits { read: None, meant } => (
            msg::doubt_comma_unreadable(&lei(meant), typed),
            msg::doubt_yes_meant(&lei(meant)),
            msg::doubt_correct_it().to_string(),
        ),
        AmountDoubt::VerySmall { read } => (
            msg::doubt_small(&lei(read)),
            msg::doubt_yes_as_typed(&lei(read)),
            msg::doubt_correct_it().to_string(),
        ),
    }
}

/// Where the person lives, as offered on the first question.
pub fn residence_choice(c: crate::draft::ResidenceChoice) -> &'static str {
    use crate::draft::ResidenceChoice;
    match c {
        ResidenceChoice::ClujDomiciliu => msg::residence_cluj_domiciliu(),
        ResidenceChoice::ClujResedinta => msg::residence_cluj_resedinta(),
        ResidenceChoice::ClujHomeless => msg::residence_cluj_homeless(),
        ResidenceChoice::Elsewhere => msg::residence_elsewhere(),
        ResidenceChoice::NavodariDomiciliu => msg::residence_navodari_domiciliu(),
        ResidenceChoice::NavodariResedinta => msg::residence_navodari_resedinta(),
    }
}

/// A reason a person gives at the start.
pub fn topic(t: Topic) -> &'static str {
    match t {
        Topic::Child => msg::topic_child(),
        Topic::BackToWork => msg::topic_back_to_work(),
        Topic::LowIncome => msg::topic_low_income(),
        Topic::Heating => msg::topic_heating(),
        Topic::Rent => msg::topic_rent(),
        Topic::Disability => msg::topic_disability(),
        Topic::ElderlyAtHome => msg::topic_elderly_at_home(),
        Topic::Crisis => msg::topic_crisis(),
    }
}

pub fn answer(a: Answer) -> &'static str {
    match a {
        Answer::Yes => msg::yes(),
        Answer::No => msg::no(),
        Answer::NotSure => msg::not_sure(),
    }
}

/// The page a rule was read from, named as a person would look for it
/// (the seeds' README table), never by its file number. Only the action
/// plan carries a date of its own (its year); the others are dated by the
/// day they were read (`source`).
pub fn seed_name(s: Seed) -> &'static str {
    match s {
        Seed::DasmCluj => msg::seed_dasm_cluj(),
        Seed::DasmClujOld => msg::seed_dasm_cluj_old(),
        Seed::ClujActionPlan2024 => msg::seed_cluj_action_plan2024(),
        Seed::DgaspcCluj => msg::seed_dgaspc_cluj(),
        Seed::DasNavodari => msg::seed_das_navodari(),
    }
}

/// "Legea 226/2021 · pagina Direcției Asistență Socială Năvodari (regulile
/// naționale, valabile și în Cluj-Napoca) · consultată la 22 noiembrie
/// 2026": short enough to sit under every reason.
pub fn source(s: &Source) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(act) = s.act {
        parts.push(act.to_string());
    }
    if let Some(seed) = s.seed {
        parts.push(seed_name(seed).to_string());
    }
    parts.push(match s.date_basis {
        DateBasis::InForce => msg::source_in_force(&date(s.effective_from)),
        DateBasis::PageReadOn => msg::source_read_on(&date(s.effective_from)),
    });
    parts.join(" · ")
}

/// The criterion in plain words, with the person's numbers.
pub fn criterion(c: &Criterion) -> (String, Option<String>) {
    match c {
        Criterion::Residence {
            declared,
            reach,
            required,
            homeless,
        } => {
            let title = match reach {
                Reach::Local => msg::crit_residence_local(local::town(*required)),
                Reach::National if *homeless => msg::crit_residence_national_homeless().to_string(),
                Reach::National => msg::crit_residence_national().to_string(),
            };
            // No home: nothing declared, and nothing more to ask.
            if *homeless {
                let detail = match reach {
                    Reach::National => msg::crit_residence_homeless_national().to_string(),
                    Reach::Local => msg::crit_residence_homeless_local(local::town(*required)),
                };
                return (title, Some(detail));
            }
            let detail = declared.map(|r| match (r.municipality, r.kind, reach) {
                (m, ResidenceKind::Domiciliu, _)
                    if m == *required && m != MunicipalityId::Other =>
                {
                    msg::crit_residence_domicile_in(local::town(m))
                }
                (m, ResidenceKind::Resedinta, _)
                    if m == *required && m != MunicipalityId::Other =>
                {
                    msg::crit_residence_residence_in(local::town(m))
                }
                (_, _, Reach::National) => msg::crit_residence_elsewhere_national().to_string(),
                (_, _, Reach::Local) => match required {
                    MunicipalityId::ClujNapoca => msg::crit_residence_cluj_programme().to_string(),
                    m => msg::crit_residence_town_programme(local::town(*m)),
                },
            });
            (title, detail)
        }
        Criterion::IncomePerMember {
            household,
            members,
            income_month,
            total_net,
            per_member,
            limit,
            possibly_left_out,
        } => {
            let title = match household {
                Some(HouseholdKind::SinglePerson) => msg::crit_income_single(
                    &limit.map(lei).unwrap_or_default(),
                    &year_month(*income_month),
                ),
                _ => msg::crit_income_family(
                    &limit.map(lei).unwrap_or_default(),
                    &year_month(*income_month),
                ),
            };
            let mut detail = match (household, total_net, per_member) {
                (Some(HouseholdKind::SinglePerson), Some(total), _) => {
                    Some(msg::crit_income_yours(&lei(*total)))
                }
                (Some(HouseholdKind::Family), Some(total), Some(avg)) => Some(
                    msg::crit_income_total(&lei(*avg), &msg::count_people(*members), &lei(*total)),
                ),
                _ => None,
            };
            if let Some(left) = possibly_left_out {
                let names: Vec<String> = left
                    .kinds
                    .iter()
                    .map(|k| income_kind(*k).to_lowercase())
                    .collect();
                let without = msg::crit_income_without(
                    &lei(left.per_member_without),
                    &names.join(", "),
                    &lei(left.total),
                );
                detail = Some(match detail {
                    Some(d) => msg::joined_sentences(&d, &without),
                    None => without,
                });
            }
            (title, detail)
        }
        Criterion::NoExcludingAssets { declared } => (
            msg::crit_no_assets().to_string(),
            declared.map(|a| match a {
                Answer::No => msg::crit_assets_no().to_string(),
                Answer::Yes => msg::crit_assets_yes().to_string(),
                Answer::NotSure => msg::crit_assets_not_sure().to_string(),
            }),
        ),
        Criterion::HeatingSystemCovered { system } => (
            msg::crit_heating_covered().to_string(),
            system.map(|s| msg::crit_you_chose(&heating_system(s).to_lowercase())),
        ),
        Criterion::ChildAllowanceAge {
            age,
            in_high_school,
            level,
            ..
        } => {
            let title = msg::crit_child_age().to_string();
            let detail = age.map(|a| {
                let school = match (a >= 18, in_high_school) {
                    (true, Some(true)) => msg::crit_child_in_school(),
                    (true, Some(false)) => msg::crit_child_not_in_school(),
                    (true, None) => msg::crit_child_school_unknown(),
                    _ => "",
                };
                let level = match level {
                    Some(AllowanceLevel::Higher) => msg::crit_child_level_higher(),
                    Some(AllowanceLevel::Standard) => msg::crit_child_level_standard(),
                    None => "",
                };
                msg::crit_child_age_detail(&self::age(a), level, school)
            });
            (title, detail)
        }
        Criterion::HasChild { .. } => (
            msg::crit_has_child().to_string(),
            Some(msg::crit_no_child().to_string()),
        ),
        Criterion::SupplementSource { sources } => (
            msg::crit_supplement_source().to_string(),
            sources.as_ref().map(|list| {
                if list.is_empty() {
                    msg::crit_no_source().to_string()
                } else {
                    let names: Vec<String> = list
                        .iter()
                        .map(|s| energy_source(*s).to_lowercase())
                        .collect();
                    msg::crit_you_use(&names.join(", "))
                }
            }),
        ),
        Criterion::ChildRaising(c) => child_raising::criterion(c),
        Criterion::Means(c) => means::criterion(c),
        Criterion::Local(c) => local::criterion(c),
    }
}

pub fn supplement_part(p: SupplementPart) -> &'static str {
    match p {
        SupplementPart::Electricity => msg::part_electricity(),
        SupplementPart::ElectricityOnly => msg::part_electricity_only(),
        SupplementPart::NaturalGas => msg::part_natural_gas(),
        SupplementPart::SolidOrPetroleum => msg::part_solid_or_petroleum(),
        SupplementPart::ChildRaising(p) => child_raising::part(p),
        SupplementPart::Means(p) => means::part(p),
    }
}

pub fn payee(p: Payee) -> &'static str {
    match p {
        Payee::Supplier => msg::payee_supplier(),
        Payee::Applicant => msg::payee_applicant(),
    }
}

pub fn form(f: Form) -> &'static str {
    match f {
        Form::HeatingApplication => msg::form_heating_application(),
        Form::HeatingChangeRequest => msg::form_heating_change_request(),
        Form::HeatingAssetList => msg::form_heating_asset_list(),
        Form::HeatingThresholdsAndAmounts => msg::form_heating_thresholds_and_amounts(),
        Form::DossierIndex => msg::form_dossier_index(),
        Form::HeatingGeneralInfo => msg::form_heating_general_info(),
        Form::HeatingAidTypes => msg::form_heating_aid_types(),
        Form::HeatingCriteria => msg::form_heating_criteria(),
        Form::HeatingRequiredDocuments => msg::form_heating_required_documents(),
        Form::HeatingObligations => msg::form_heating_obligations(),
        Form::HeatingMoreInfo => msg::form_heating_more_info(),
        Form::AllowanceApplication => msg::form_allowance_application(),
        Form::EuAnnex => msg::form_eu_annex(),
        Form::OtherParentDeclaration => msg::form_other_parent_declaration(),
        Form::ChildBenefitsDocumentList => msg::form_child_benefits_document_list(),
        Form::ChildRaising(f) => child_raising::form(f),
        Form::Means(f) => means::form(f),
        Form::Local(f) => local::form(f),
    }
}

pub fn document(d: &Document, household: &Household) -> String {
    match d {
        Document::DossierIndex => msg::doc_dossier_index().to_string(),
        Document::ApplicationForm { form: f } => msg::doc_application_form(form(*f)),
        Document::HomeUseProof { tenure: t } => match t {
            Tenure::OwnerByPurchase => msg::doc_owner_by_purchase().to_string(),
            Tenure::OwnerByInheritance => msg::doc_owner_by_inheritance().to_string(),
            Tenure::Tenant => msg::doc_tenant().to_string(),
            Tenure::Comodat => msg::doc_comodat().to_string(),
            Tenure::Other => msg::doc_other().to_string(),
        },
        Document::IdentityCardCopy { member } => {
            msg::doc_identity_card(&member_label(household, *member))
        }
        Document::BirthCertificate { member } => {
            msg::doc_birth_certificate(&member_label(household, *member))
        }
        Document::IncomeProof {
            member,
            kind,
            month,
        } => msg::doc_income_proof(
            &income_kind(*kind).to_lowercase(),
            &year_month(*month),
            &member_label(household, *member),
        ),
        Document::VehicleRegistration => msg::doc_vehicle_registration().to_string(),
        Document::PropertyDeeds => msg::doc_property_deeds().to_string(),
        Document::LatestEnergyBill { system } => match system {
            HeatingSystem::Electricity => msg::doc_electricity().to_string(),
            _ => msg::doc_gas_bill().to_string(),
        },
        Document::OwnersAssociationCertificate => {
            msg::doc_owners_association_certificate().to_string()
        }
        Document::AllowanceApplication => msg::doc_allowance_application().to_string(),
        Document::ChildBirthCertificate { member } => {
            msg::doc_birth_certificate(&member_label(household, *member))
        }
        Document::ParentsIdentityCards => msg::doc_parents_identity_cards().to_string(),
        Document::MarriageCertificate => msg::doc_marriage_certificate().to_string(),
        Document::OtherParentDeclaration => msg::doc_other_parent_declaration().to_string(),
        Document::EuAnnexAndResidencePapers { member } => {
            msg::doc_eu_annex(&member_label(household, *member))
        }
        Document::SchoolCertificate { member } => {
            msg::doc_school_certificate(&member_label(household, *member))
        }
        Document::DisabilityCertificate { member } => {
            msg::doc_disability_certificate(&member_label(household, *member))
        }
        Document::ChildRaising(d) => child_raising::document(d, household),
        Document::Means(d) => means::document(d, household),
        Document::Local(d) => local::document(d),
    }
}

pub fn holiday(h: HolidayId) -> &'static str {
    match h {
        HolidayId::NewYearsDay => msg::holiday_new_years_day(),
        HolidayId::NewYearsSecondDay => msg::holiday_new_years_second_day(),
        HolidayId::Epiphany => msg::holiday_epiphany(),
        HolidayId::SaintJohnTheBaptist => msg::holiday_saint_john_the_baptist(),
        HolidayId::UnionOfThePrincipalitiesDay => msg::holiday_union_of_the_principalities_day(),
        HolidayId::GoodFriday => msg::holiday_good_friday(),
        HolidayId::EasterSunday => msg::holiday_easter_sunday(),
        HolidayId::EasterMonday => msg::holiday_easter_monday(),
        HolidayId::LabourDay => msg::holiday_labour_day(),
        HolidayId::ChildrensDay => msg::holiday_childrens_day(),
        HolidayId::PentecostSunday => msg::holiday_pentecost_sunday(),
        HolidayId::PentecostMonday => msg::holiday_pentecost_monday(),
        HolidayId::Assumption => msg::holiday_assumption(),
        HolidayId::SaintAndrew => msg::holiday_saint_andrew(),
        HolidayId::NationalDay => msg::holiday_national_day(),
        HolidayId::ChristmasDay => msg::holiday_christmas_day(),
        HolidayId::ChristmasSecondDay => msg::holiday_christmas_second_day(),
    }
}

/// Romanian puts "de" between a number from 20 on and its noun ("60 de
/// zile", "20 de copii", but "15 zile", "101 zile").
fn day_unit(n: u32, unit: DayUnit) -> String {
    match unit {
        DayUnit::Calendar => msg::count_days_calendar(n),
        DayUnit::Working => msg::count_days_working(n),
        DayUnit::Years => msg::count_years(n),
    }
}

/// What a passed term still allows, as far as the pages say.
fn passed(d: &Deadline) -> &'static str {
    if let Some(what) = child_raising::passed(d) {
        return what;
    }
    match d.deadline {
        // Seed 004: "plata drepturilor se face începând cu luna următoare
        // depunerii cererii"; "se poate face şi pentru perioadele anterioare,
        // dar nu mai mult de 12 luni".
        DeadlineId::FileStateAllowance => msg::passed_file_state_allowance(),
        _ => msg::passed_unknown(),
    }
}

/// The obligation in one sentence, and how each date was reached.
pub fn deadline(d: &Deadline) -> (String, Vec<String>) {
    let term = day_unit(d.days, d.unit);
    let title = match d.deadline {
        DeadlineId::ReportChanges => msg::dl_report_changes(&term),
        DeadlineId::FileStateAllowance => match &d.computed {
            Some(c) => msg::dl_file_state_allowance_by(&date(c.from), &date_with_weekday(c.due)),
            None => msg::dl_file_state_allowance(&term),
        },
        DeadlineId::FileIncreasedAllowance => match &d.computed {
            Some(c) => msg::dl_increased_allowance_by(&date(c.from), &date_with_weekday(c.due)),
            None => msg::dl_increased_allowance(&term),
        },
        DeadlineId::ReportAllowanceChanges => msg::dl_report_allowance_changes(&term),
        DeadlineId::ReportVmiChanges
        | DeadlineId::SignRentAidContract
        | DeadlineId::ReportRentAidChanges
        | DeadlineId::PresentRegisteredLease => means::deadline_title(d, &term),
        DeadlineId::NotifyDepartureAbroad
        | DeadlineId::PresentEmergencyAidReceipts
        | DeadlineId::PresentChildAidReceipts => local::deadline_title(d, &term),
        _ => child_raising::deadline_title(d, &term),
    };
    let mut steps = Vec::new();
    if let Some(c) = &d.computed {
        if let Some(example) = means::event_example(d)
            .or_else(|| child_raising::event_example(d))
            .or_else(|| local::event_example(d))
        {
            steps.push(example);
        } else if let Some(window) = child_raising::window_steps(d) {
            steps.extend(window);
        } else if d.anchor.is_event_to_come() {
            steps.push(msg::step_change_today(
                &date_with_weekday(c.due),
                &date(c.from),
            ));
        } else {
            steps.push(msg::step_counted(&date(c.from), &term));
        }
        // The holidays skipped, in one line (a phone screen has little room);
        // one on a Saturday or Sunday changes no count and is left out.
        let skipped: Vec<String> = c
            .holidays_between
            .iter()
            .filter(|(day, _)| !matches!(day.weekday(), Weekday::Sat | Weekday::Sun))
            .map(|(day, h)| msg::step_holiday(&date_with_weekday(*day), holiday(*h)))
            .collect();
        if d.unit == DayUnit::Working && !skipped.is_empty() {
            steps.push(if skipped.len() == 1 {
                msg::step_holiday_one(&skipped[0])
            } else {
                msg::step_holidays(&skipped.join(", "))
            });
        }
        if c.last_office_day != c.due && !d.passed {
            steps.push(msg::step_office_closed(&date_with_weekday(
                c.last_office_day,
            )));
        }
        if d.passed {
            steps.push(msg::step_passed(&date(c.due), passed(d)));
        }
        if let Some(other) = &d.other_reading {
            let seed = other
                .source
                .seed
                .map(seed_name)
                .unwrap_or_else(msg::step_other_page);
            steps.push(match other.due {
                Some(due) => {
                    msg::step_pages_differ_by(&date(due), seed, &day_unit(other.days, other.unit))
                }
                None => msg::step_pages_differ(seed, &day_unit(other.days, other.unit)),
            });
        }
    }
    if d.passed && d.computed.is_none() {
        steps.push(msg::step_passed_undated(&term, passed(d)));
    }
    if let Some(by) = d.send_by {
        steps.push(msg::step_portal(&date_with_weekday(by)));
    }
    (title, steps)
}

pub fn note(n: &Note) -> String {
    match n {
        Note::ColdSeason {
            starts,
            ends,
            in_season: true,
        } => msg::note_cold_season_now(&date(*ends), &date(*starts)),
        Note::ColdSeason {
            starts,
            ends,
            in_season: false,
        } => msg::note_cold_season_next(&date(*ends), &date(*starts)),
        Note::AmountSetByOffice => msg::note_amount_set_by_office().to_string(),
        Note::IncomeExclusionsNotOnPages => msg::note_income_exclusions_not_on_pages().to_string(),
        Note::DistrictHeatingNotOnPages => msg::note_district_heating_not_on_pages().to_string(),
        Note::AssetListAtOffice => msg::note_asset_list_at_office().to_string(),
        Note::SupplementWithOrWithoutHeatingAid => {
            msg::note_supplement_with_or_without_heating_aid().to_string()
        }
        Note::FalseDeclarationFine { min, max } => {
            msg::note_false_declaration_fine(&lei(*max), &lei(*min))
        }
        Note::FileAtOfficeOrPortal => msg::note_file_at_office_or_portal().to_string(),
        Note::RulesNotCoveredOn {
            date: on,
            covered_from,
        } => match covered_from {
            Some(from) => msg::note_rules_from(&date(*from), &date(*on)),
            None => msg::note_rules_not_for(&date(*on)),
        },
        Note::AllowanceAmountByGovernment => msg::note_allowance_amount_by_government().to_string(),
        Note::AllowanceStartsAndBackPay => msg::note_allowance_starts_and_back_pay().to_string(),
        Note::AllowancePayee => msg::note_allowance_payee().to_string(),
        Note::AllowanceWithChildRaisingAllowance => {
            msg::note_allowance_with_child_raising_allowance().to_string()
        }
        Note::AllowanceAlreadyReceived { .. } => msg::note_allowance_already_received().to_string(),
        Note::YoungPersonFilesAtAjpis { member, elsewhere } => msg::note_young_person_files(
            if *elsewhere {
                msg::note_agency_elsewhere()
            } else {
                msg::note_agency_cluj()
            },
            &(member + 1).to_string(),
        ),
        Note::InPersonOnly { .. } => msg::note_in_person_only().to_string(),
        Note::DasmRegistersAjpisPays => msg::note_dasm_registers_ajpis_pays().to_string(),
        Note::HigherWithDisabilityCertificate => {
            msg::note_higher_with_disability_certificate().to_string()
        }
        Note::AllowanceDocumentsAsTheCaseMay => {
            msg::note_allowance_documents_as_the_case_may().to_string()
        }
        Note::FileWhereYouLive => msg::note_file_where_you_live().to_string(),
        Note::MayStillFile => msg::note_may_still_file().to_string(),
        Note::FilingWithNextSeason {
            season_starts,
            income_month_if_filed_then,
        } => msg::note_filing_with_next_season(
            month_name(season_starts.month()),
            &year_month(*income_month_if_filed_then),
            &date(*season_starts),
        ),
        Note::ChildRaising(n) => child_raising::note(n),
        Note::Means(n) => means::note(n),
        Note::Local(n) => local::note(n),
    }
}

/// Shown when the check is dated more than a year after the figures were
/// last compared with the pages.
pub fn figures_may_be_outdated(checked_on: NaiveDate) -> String {
    msg::figures_outdated(&date(checked_on))
}

pub fn input_problem(p: InputProblem) -> &'static str {
    match p {
        InputProblem::Required => msg::input_required(),
        InputProblem::NotANumber => msg::input_not_a_number(),
        InputProblem::Negative => msg::input_negative(),
        InputProblem::TooManyDecimals => msg::input_too_many_decimals(),
        InputProblem::TooLarge => msg::input_too_large(),
        InputProblem::NotADate => msg::input_not_a_date(),
        InputProblem::DateInFuture => msg::input_date_in_future(),
        InputProblem::DateTooOld => msg::input_date_too_old(),
        InputProblem::NoApplicant => msg::input_no_applicant(),
        InputProblem::HeatingSourceNotUsed => msg::input_heating_source_not_used(),
        InputProblem::NotACount => msg::input_not_a_count(),
        InputProblem::CountTooLarge => msg::input_count_too_large(),
        InputProblem::NotAnOption => msg::input_not_an_option(),
    }
}

/// The question a fact asks, as the screen's heading.
pub fn question(fact: Fact, household: &Household, income_month: YearMonth) -> String {
    match fact {
        Fact::Residence => msg::q_residence().to_string(),
        Fact::Members => msg::q_members().to_string(),
        // The applicant is the person holding the phone: spoken to directly.
        Fact::Incomes { member: 0 } => msg::q_incomes_you(&year_month(income_month)),
        Fact::Incomes { member } => {
            msg::q_incomes_member(&year_month(income_month), &member_label(household, member))
        }
        Fact::Heating => msg::q_heating().to_string(),
        Fact::EnergySources => msg::q_energy_sources().to_string(),
        Fact::ExcludingAssets => msg::q_excluding_assets().to_string(),
        Fact::Tenure => msg::q_tenure().to_string(),
        Fact::OwnersAssociation => msg::q_owners_association().to_string(),
        Fact::Vehicles => msg::q_vehicles().to_string(),
        Fact::DeclaredProperty => msg::q_declared_property().to_string(),
        Fact::Disability { member: 0 } => msg::q_disability_you().to_string(),
        Fact::Disability { member } => msg::q_disability_member(&member_label(household, member)),
        Fact::ChildSchooling { member } => msg::q_child_schooling(&member_label(household, member)),
        Fact::ChildBirthCountry { member } => {
            msg::q_child_birth_country(&member_label(household, member))
        }
        Fact::ChildCertificateDate { member } => {
            msg::q_child_certificate_date(&member_label(household, member))
        }
        Fact::ChildRaising(f) => child_raising::question(f, household),
        Fact::Means(f) => means::question(f, household),
        Fact::Local(f) => local::question(f),
    }
}

/// A short hint under the question: why it is asked.
pub fn question_hint(fact: Fact) -> Option<&'static str> {
    match fact {
        Fact::Residence => Some(msg::hint_residence()),
        Fact::Members => Some(msg::hint_members()),
        Fact::Incomes { .. } => Some(msg::hint_incomes()),
        Fact::Heating => None,
        Fact::EnergySources => Some(msg::hint_energy_sources()),
        Fact::ExcludingAssets => Some(msg::hint_excluding_assets()),
        Fact::Tenure => Some(msg::hint_tenure()),
        Fact::OwnersAssociation => Some(msg::hint_owners_association()),
        Fact::Vehicles => Some(msg::hint_vehicles()),
        Fact::DeclaredProperty => Some(msg::hint_declared_property()),
        Fact::Disability { .. } => Some(msg::hint_disability()),
        Fact::ChildSchooling { .. } => Some(msg::hint_child_schooling()),
        Fact::ChildBirthCountry { .. } => Some(msg::hint_child_birth_country()),
        Fact::ChildCertificateDate { .. } => Some(msg::hint_child_certificate_date()),
        Fact::ChildRaising(f) => child_raising::question_hint(f),
        Fact::Means(f) => means::question_hint(f),
        Fact::Local(f) => local::question_hint(f),
    }
}
