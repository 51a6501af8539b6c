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
        BenefitId::HeatingAid => "Ajutor pentru încălzirea locuinței",
        BenefitId::EnergySupplement => "Supliment pentru energie",
        BenefitId::StateChildAllowance => "Alocația de stat pentru copii",
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
        Status::Eligible => "Îndepliniți condițiile",
        Status::NotEligible => "Nu îndepliniți condițiile",
        Status::ProbablyNotEligible => "Probabil nu îndepliniți condițiile",
        // Said of answers still waiting for questions and of those the
        // office decides alike; `status_of` tells them apart.
        Status::NeedsMoreInfo => "Nu putem spune încă",
        Status::InformationOnly => "Informații",
        Status::NotApplicable => "Nu se aplică",
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
            Some(pays) => format!(
                "Îndepliniți condițiile; plătiți {} pe lună (cel mult costul meselor)",
                lei(pays)
            ),
            None => status(b.status).to_string(),
        },
        Status::NeedsMoreInfo if !b.needs.is_empty() => "Mai avem câteva întrebări".to_string(),
        Status::NeedsMoreInfo
            if b.notes
                .iter()
                .any(|n| matches!(n.note, Note::RulesNotCoveredOn { .. })) =>
        {
            "Întrebați la birou".to_string()
        }
        Status::NeedsMoreInfo => format!("Decide {}", decider(b.decided_by())),
        s => status(s).to_string(),
    }
}

/// Who decides, as the subject of "Decide …".
pub fn decider(d: Decider) -> &'static str {
    match d {
        Decider::Dasm => "DASM",
        Decider::Ajpis => "AJPIS (Agenția Județeană pentru Plăți și Inspecție Socială)",
        Decider::OwnTownHall => "primăria localității unde locuiți",
    }
}

pub fn check_mark(c: Check) -> &'static str {
    match c {
        Check::Pass => "Da",
        Check::Fail => "Nu",
        Check::ProbablyFail => "Probabil nu",
        Check::Unknown => "De verificat",
    }
}

/// How a member is named in questions and lists: their name if given.
pub fn member_label(household: &Household, index: usize) -> String {
    let member = household.members.as_ref().and_then(|m| m.get(index));
    match member {
        Some(m) => match (&m.name, m.role) {
            (Some(name), _) => name.clone(),
            (None, Role::Applicant) => "Dumneavoastră".to_string(),
            (None, role) => format!("{} (persoana {})", role_name(role), index + 1),
        },
        None => format!("persoana {}", index + 1),
    }
}

pub fn role_name(r: Role) -> &'static str {
    match r {
        Role::Applicant => "Titularul cererii",
        Role::Spouse => "Soț / soție",
        Role::Partner => "Partener / parteneră",
        Role::Child => "Copil",
        Role::Relative => "Altă rudă",
        Role::Other => "Altă persoană",
    }
}

pub fn income_kind(k: IncomeKind) -> &'static str {
    match k {
        IncomeKind::Salary => "Salariu",
        IncomeKind::Pension => "Pensie",
        IncomeKind::Unemployment => "Indemnizație de șomaj",
        IncomeKind::MaternityAllowance => "Indemnizație de maternitate (concediu de maternitate)",
        IncomeKind::SickLeaveAllowance => "Indemnizație de concediu medical",
        IncomeKind::StateChildAllowance => "Alocația de stat pentru copii",
        IncomeKind::ChildRaisingAllowance => "Indemnizația pentru creșterea copilului",
        IncomeKind::InsertionIncentive => "Stimulent de inserție",
        IncomeKind::DisabilityAllowance => "Indemnizație pentru persoana cu handicap",
        IncomeKind::Maintenance => "Pensie de întreținere",
        IncomeKind::SelfEmployment => "Activități independente, drepturi de autor, colaborări",
        IncomeKind::Agriculture => "Venituri din agricultură",
        IncomeKind::Property => "Chirii, dobânzi, alte venituri din bunuri",
        IncomeKind::Scholarship => "Bursă sau alt sprijin pentru școală",
        IncomeKind::DayLabour => "Muncă cu ziua (zilier) sau prestator casnic",
        IncomeKind::TrainingStipend => "Bani pentru un curs de formare profesională",
        IncomeKind::OccasionalHelp => "Ajutor ocazional de la cineva",
        IncomeKind::EmergencyAid => "Ajutor de urgență de la primărie sau stat",
        IncomeKind::ExceptionalCompensation => {
            "Despăgubiri sau sprijin pentru o situație excepțională"
        }
        IncomeKind::KindergartenTickets => "Tichete sociale pentru grădiniță",
        IncomeKind::HeatingAidOrSupplement => {
            "Ajutor pentru încălzire sau supliment pentru energie"
        }
        IncomeKind::HivOrTbFoodAllowance => "Indemnizație de hrană (HIV/SIDA sau tuberculoză)",
        IncomeKind::PublicSupportProgramme => "Sprijin din bani publici sau fonduri europene",
        IncomeKind::AgriculturalStateAid => "Ajutoare de stat pentru agricultură",
        IncomeKind::MinimumInclusionIncome => "Venitul minim de incluziune (VMI)",
        IncomeKind::Other => "Alt venit",
    }
}

pub fn energy_source(s: EnergySource) -> &'static str {
    match s {
        EnergySource::Electricity => "Energie electrică (curent)",
        EnergySource::NaturalGas => "Gaze naturale",
        EnergySource::SolidOrPetroleum => "Lemne, cărbuni sau combustibil petrolier",
        EnergySource::DistrictHeating => "Termoficare (căldură de la rețeaua orașului)",
    }
}

pub fn heating_system(h: HeatingSystem) -> &'static str {
    match h {
        HeatingSystem::NaturalGas => "Cu gaze naturale (centrală sau sobă pe gaz)",
        HeatingSystem::Electricity => "Cu curent electric",
        HeatingSystem::SolidOrPetroleum => "Cu lemne, cărbuni sau combustibil petrolier",
        HeatingSystem::DistrictHeating => "Termoficare (de la rețeaua orașului)",
        HeatingSystem::None => "Locuința nu este încălzită",
    }
}

pub fn tenure(t: Tenure) -> &'static str {
    match t {
        Tenure::OwnerByPurchase => "Sunt proprietar (am cumpărat-o)",
        Tenure::OwnerByInheritance => "Sunt proprietar (am moștenit-o)",
        Tenure::Tenant => "Stau cu chirie",
        Tenure::Comodat => "Stau gratuit, cu acordul proprietarului (comodat)",
        Tenure::Other => "Altă situație",
    }
}

/// The label of a value offered by a question asked through
/// `questions::spec` (`value` is the household field's own name).
pub fn option_label(fact: Fact, value: &str) -> &'static str {
    use crate::questions::parse;
    match (fact, value) {
        (_, "true") => Some("Da"),
        (_, "false") => Some("Nu"),
        (Fact::Tenure, v) => parse(v).map(tenure),
        (Fact::Means(f), v) if means::option_label(f, v).is_some() => means::option_label(f, v),
        (Fact::Local(f), v) if local::option_label(f, v).is_some() => local::option_label(f, v),
        (Fact::ChildRaising(f), v) if child_raising::option_label(f, v).is_some() => {
            child_raising::option_label(f, v)
        }
        (Fact::Disability { .. }, v) => parse(v).map(|g| match g {
            DisabilityGrade::NoCertificate => "Nu, fără certificat de handicap",
            DisabilityGrade::Mild => "Da, grad ușor",
            DisabilityGrade::Medium => "Da, grad mediu",
            DisabilityGrade::Accentuated => "Da, grad accentuat",
            DisabilityGrade::Severe => "Da, grad grav",
        }),
        (Fact::ChildBirthCountry { .. }, v) => parse(v).map(|c| match c {
            BirthCountry::Romania => "În România",
            BirthCountry::OtherEuropean => "În altă țară din Europa",
            BirthCountry::OutsideEurope => "În afara Europei",
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
        ResidenceChoice::ClujDomiciliu => "În Cluj-Napoca — domiciliul (adresa din buletin)",
        ResidenceChoice::ClujResedinta => "În Cluj-Napoca — reședința (viză de flotant)",
        ResidenceChoice::Elsewhere => "În altă localitate",
        ResidenceChoice::NavodariDomiciliu => "În Năvodari — domiciliul (adresa din buletin)",
        ResidenceChoice::NavodariResedinta => "În Năvodari — reședința (viză de flotant)",
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
        Answer::Yes => "Da",
        Answer::No => "Nu",
        Answer::NotSure => "Nu știu sigur",
    }
}

/// The page a rule was read from, named as a person would look for it
/// (the seeds' README table), never by its file number. Only the action
/// plan carries a date of its own (its year); the others are dated by the
/// day they were read (`source`).
pub fn seed_name(s: Seed) -> &'static str {
    match s {
        Seed::DasmCluj => "pagina DASM Cluj-Napoca, Serviciul protecție socială",
        Seed::DasmClujOld => {
            "pagina mai veche a DASM Cluj-Napoca, Serviciul protecție socială"
        }
        Seed::ClujActionPlan2024 => {
            "Planul anual de acțiune privind serviciile sociale al municipiului Cluj-Napoca, 2024"
        }
        Seed::DgaspcCluj => "pagina DGASPC Cluj (Direcția Generală de Asistență Socială și Protecția Copilului)",
        Seed::DasNavodari => {
            "pagina Direcției Asistență Socială Năvodari (regulile naționale, valabile și în Cluj-Napoca)"
        }
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
        DateBasis::InForce => format!("în vigoare din {}", date(s.effective_from)),
        DateBasis::PageReadOn => format!("consultată la {}", date(s.effective_from)),
    });
    parts.join(" · ")
}

/// The criterion in plain words, with the person's numbers.
pub fn criterion(c: &Criterion) -> (String, Option<String>) {
    match c {
        Criterion::Residence { declared, reach, required } => {
            let title = match reach {
                Reach::Local => format!("Domiciliul sau reședința în {}", local::town(*required)),
                Reach::National => "Domiciliul sau reședința în România (ajutorul este același în orice localitate)".to_string(),
            };
            let detail = declared.map(|r| match (r.municipality, r.kind, reach) {
                (m, ResidenceKind::Domiciliu, _) if m == *required && m != MunicipalityId::Other => format!("Aveți domiciliul în {}.", local::town(m)),
                (m, ResidenceKind::Resedinta, _) if m == *required && m != MunicipalityId::Other => format!("Aveți reședința în {}.", local::town(m)),
                (_, _, Reach::National) => "Locuiți în altă localitate: cererea se depune la serviciul de asistență socială al primăriei de acolo.".to_string(),
                (_, _, Reach::Local) => match required {
                    MunicipalityId::ClujNapoca => "Este un program al municipiului Cluj-Napoca, doar pentru cei cu domiciliul sau reședința aici.".to_string(),
                    m => format!("Este un program al orașului {}, doar pentru cei cu domiciliul sau reședința aici.", local::town(*m)),
                },
            });
            (title, detail)
        }
        Criterion::IncomePerMember { household, members, income_month, total_net, per_member, limit, possibly_left_out } => {
            let title = match household {
                Some(HouseholdKind::SinglePerson) => format!(
                    "Venitul net din {} de cel mult {}",
                    year_month(*income_month),
                    limit.map(lei).unwrap_or_default()
                ),
                _ => format!(
                    "Venitul net pe membru de familie din {} de cel mult {}",
                    year_month(*income_month),
                    limit.map(lei).unwrap_or_default()
                ),
            };
            let mut detail = match (household, total_net, per_member) {
                (Some(HouseholdKind::SinglePerson), Some(total), _) => {
                    Some(format!("Venitul dumneavoastră net: {}.", lei(*total)))
                }
                (Some(HouseholdKind::Family), Some(total), Some(avg)) => Some(format!(
                    "Total venituri nete: {} ÷ {} = {} pe persoană.",
                    lei(*total),
                    plural(*members, "persoană", "persoane"),
                    lei(*avg)
                )),
                _ => None,
            };
            if let Some(left) = possibly_left_out {
                let names: Vec<String> = left.kinds.iter().map(|k| income_kind(*k).to_lowercase()).collect();
                let without = format!(
                    "Fără {} ({}), pe care paginile oficiale nu le iau în calcul la alte ajutoare: {} pe persoană. Nu scrie dacă DASM le scade și la acest ajutor.",
                    names.join(", "),
                    lei(left.total),
                    lei(left.per_member_without)
                );
                detail = Some(match detail {
                    Some(d) => format!("{d} {without}"),
                    None => without,
                });
            }
            (title, detail)
        }
        Criterion::NoExcludingAssets { declared } => (
            "Nu dețineți bunuri din „Lista bunurilor” care exclud de la ajutor".to_string(),
            declared.map(|a| match a {
                Answer::No => "Ați spus că nu dețineți astfel de bunuri.".to_string(),
                Answer::Yes => "Ați spus că dețineți un bun de pe listă.".to_string(),
                Answer::NotSure => "Nu știți sigur: lista este la DASM, formularul „Lista bunurilor”.".to_string(),
            }),
        ),
        Criterion::HeatingSystemCovered { system } => (
            "Locuința se încălzește cu gaze, curent electric sau lemne / cărbuni / combustibil petrolier".to_string(),
            system.map(|s| format!("Ați ales: {}.", heating_system(s).to_lowercase())),
        ),
        Criterion::ChildAllowanceAge { age, in_high_school, level, .. } => {
            let title = "Copil sub 18 ani, sau peste 18 ani la liceu ori la o școală profesională".to_string();
            let detail = age.map(|a| {
                let school = match (a >= 18, in_high_school) {
                    (true, Some(true)) => ", urmează liceul sau școala profesională",
                    (true, Some(false)) => ", nu mai urmează liceul sau școala profesională",
                    (true, None) => "; trebuie să știm dacă mai urmează liceul",
                    _ => "",
                };
                let level = match level {
                    Some(AllowanceLevel::Higher) => " Se acordă suma mai mare (sub 2 ani, sau copil cu handicap).",
                    Some(AllowanceLevel::Standard) => " Se acordă suma pentru copiii de 2–18 ani.",
                    None => "",
                };
                format!("Copilul are {}{school}.{level}", self::age(a))
            });
            (title, detail)
        }
        Criterion::HasChild { .. } => (
            "În familie este un copil sub 18 ani (sau peste 18 ani, la liceu)".to_string(),
            Some("Nu ați trecut niciun copil în familie.".to_string()),
        ),
        Criterion::SupplementSource { sources } => (
            "Folosiți curent electric, gaze sau combustibil solid / petrolier".to_string(),
            sources.as_ref().map(|list| {
                if list.is_empty() {
                    "Nu ați ales nicio sursă de energie.".to_string()
                } else {
                    let names: Vec<String> = list.iter().map(|s| energy_source(*s).to_lowercase()).collect();
                    format!("Folosiți: {}.", names.join(", "))
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
        SupplementPart::Electricity => "pentru curent electric",
        SupplementPart::ElectricityOnly => "curentul electric este singura sursă de energie",
        SupplementPart::NaturalGas => "pentru gaze naturale",
        SupplementPart::SolidOrPetroleum => "pentru lemne, cărbuni sau combustibil petrolier",
        SupplementPart::ChildRaising(p) => child_raising::part(p),
        SupplementPart::Means(p) => means::part(p),
    }
}

pub fn payee(p: Payee) -> &'static str {
    match p {
        Payee::Supplier => "se plătește furnizorului, cel mult cât consumul facturat",
        Payee::Applicant => "se plătește direct titularului",
    }
}

pub fn form(f: Form) -> &'static str {
    match f {
        Form::HeatingApplication => "Cerere-declarație pe propria răspundere",
        Form::HeatingChangeRequest => "Cerere simplificată pentru modificare",
        Form::HeatingAssetList => "Lista bunurilor",
        Form::HeatingThresholdsAndAmounts => "Plafoane și cuantumuri",
        Form::DossierIndex => "Opis",
        Form::HeatingGeneralInfo => "Informații generale depunere program",
        Form::HeatingAidTypes => "Tipuri de ajutoare",
        Form::HeatingCriteria => "Criterii de eligibilitate",
        Form::HeatingRequiredDocuments => "Acte necesare",
        Form::HeatingObligations => "Obligațiile beneficiarilor",
        Form::HeatingMoreInfo => "Informații suplimentare",
        Form::AllowanceApplication => "Cerere alocație",
        Form::EuAnnex => "Anexa UE (doar pentru copii născuți în UE)",
        Form::OtherParentDeclaration => {
            "Declarație celălalt părinte (doar pentru părinții necăsătoriți)"
        }
        Form::ChildBenefitsDocumentList => {
            "Lista actelor necesare pentru dosarele de alocație, indemnizație, stimulent inserție"
        }
        Form::ChildRaising(f) => child_raising::form(f),
        Form::Means(f) => means::form(f),
        Form::Local(f) => local::form(f),
    }
}

pub fn document(d: &Document, household: &Household) -> String {
    match d {
        Document::DossierIndex => "Opisul dosarului (lista actelor din dosar) — formularul „Opis”".to_string(),
        Document::ApplicationForm { form: f } => format!("Formularul „{}”, completat și semnat", form(*f)),
        Document::HomeUseProof { tenure: t } => match t {
            Tenure::OwnerByPurchase => "Contractul de vânzare-cumpărare al locuinței".to_string(),
            Tenure::OwnerByInheritance => "Certificatul de moștenitor pentru locuință".to_string(),
            Tenure::Tenant => "Contractul de închiriere al locuinței".to_string(),
            Tenure::Comodat => "Contractul de comodat al locuinței".to_string(),
            Tenure::Other => "Un act care arată că aveți dreptul să folosiți locuința".to_string(),
        },
        Document::IdentityCardCopy { member } => format!(
            "Copie după actul de identitate — {} (trebuie să aibă adresa locuinței)",
            member_label(household, *member)
        ),
        Document::BirthCertificate { member } => {
            format!("Certificatul de naștere — {}", member_label(household, *member))
        }
        Document::IncomeProof { member, kind, month } => format!(
            "Dovada venitului din {}: {} — {}",
            year_month(*month),
            income_kind(*kind).to_lowercase(),
            member_label(household, *member)
        ),
        Document::VehicleRegistration => {
            "Copie după cartea de identitate sau talonul fiecărei mașini în stare de funcționare (să se vadă anul fabricației)".to_string()
        }
        Document::PropertyDeeds => "Copie după actele de proprietate ale bunurilor trecute în cerere".to_string(),
        Document::LatestEnergyBill { system } => match system {
            HeatingSystem::Electricity => "Copie după ultima factură de energie electrică".to_string(),
            _ => "Copie după ultima factură de gaze naturale".to_string(),
        },
        Document::OwnersAssociationCertificate => "Adeverință de la asociația de proprietari: cine locuiește efectiv la adresă și câte camere are locuința".to_string(),
        Document::AllowanceApplication => "Formularul „Cerere alocație”, semnat de ambii părinți".to_string(),
        Document::ChildBirthCertificate { member } => {
            format!("Certificatul de naștere — {}", member_label(household, *member))
        }
        Document::ParentsIdentityCards => "Actele de identitate ale ambilor părinți".to_string(),
        Document::MarriageCertificate => "Certificatul de căsătorie".to_string(),
        Document::OtherParentDeclaration => "Formularul „Declarație celălalt părinte” (părinți necăsătoriți)".to_string(),
        Document::EuAnnexAndResidencePapers { member } => format!(
            "Formularul „Anexa UE” și actele de rezidență ale ambilor părinți din țara unde s-a născut copilul — {}",
            member_label(household, *member)
        ),
        Document::SchoolCertificate { member } => {
            format!("Adeverința de elev (liceu sau școală profesională) — {}", member_label(household, *member))
        }
        Document::DisabilityCertificate { member } => format!(
            "Certificatul de încadrare în grad de handicap — {}",
            member_label(household, *member)
        ),
        Document::ChildRaising(d) => child_raising::document(d, household),
        Document::Means(d) => means::document(d, household),
        Document::Local(d) => local::document(d),
    }
}

pub fn holiday(h: HolidayId) -> &'static str {
    match h {
        HolidayId::NewYearsDay => "Anul Nou",
        HolidayId::NewYearsSecondDay => "a doua zi de Anul Nou",
        HolidayId::Epiphany => "Boboteaza",
        HolidayId::SaintJohnTheBaptist => "Sfântul Ioan",
        HolidayId::UnionOfThePrincipalitiesDay => "Ziua Unirii Principatelor Române",
        HolidayId::GoodFriday => "Vinerea Mare",
        HolidayId::EasterSunday => "Paștele",
        HolidayId::EasterMonday => "a doua zi de Paște",
        HolidayId::LabourDay => "Ziua Muncii",
        HolidayId::ChildrensDay => "Ziua Copilului",
        HolidayId::PentecostSunday => "Rusaliile",
        HolidayId::PentecostMonday => "a doua zi de Rusalii",
        HolidayId::Assumption => "Adormirea Maicii Domnului",
        HolidayId::SaintAndrew => "Sfântul Andrei",
        HolidayId::NationalDay => "Ziua Națională",
        HolidayId::ChristmasDay => "Crăciunul",
        HolidayId::ChristmasSecondDay => "a doua zi de Crăciun",
    }
}

/// Romanian puts "de" between a number from 20 on and its noun ("60 de
/// zile", "20 de copii", but "15 zile", "101 zile").
fn day_unit(n: u32, unit: DayUnit) -> String {
    match unit {
        DayUnit::Calendar => format!("{} calendaristice", plural(n, "zi", "zile")),
        DayUnit::Working => format!("{} lucrătoare", plural(n, "zi", "zile")),
        DayUnit::Years => plural(n, "an", "ani"),
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
        DeadlineId::FileStateAllowance => "Puteți depune și acum: alocația se plătește din luna de după depunere și, în plus, pentru lunile de dinainte, dar cel mult 12.",
        _ => "Paginile oficiale nu spun ce se întâmplă cu o cerere depusă după acest termen; întrebați la birou.",
    }
}

/// The obligation in one sentence, and how each date was reached.
pub fn deadline(d: &Deadline) -> (String, Vec<String>) {
    let term = day_unit(d.days, d.unit);
    let title = match d.deadline {
        DeadlineId::ReportChanges => format!(
            "Anunțați la DASM orice schimbare în familie sau în venituri în {term} de la schimbare"
        ),
        DeadlineId::FileStateAllowance => match &d.computed {
            Some(c) => format!(
                "Depuneți dosarul pentru alocația de stat (copilul născut la {}) până {}",
                date(c.from),
                date_with_weekday(c.due)
            ),
            None => format!("Depuneți dosarul pentru alocația de stat în {term} de la nașterea copilului"),
        },
        DeadlineId::FileIncreasedAllowance => match &d.computed {
            Some(c) => format!(
                "Cereți alocația majorată (certificatul din {}) până {}",
                date(c.from),
                date_with_weekday(c.due)
            ),
            None => format!("Cereți alocația majorată în {term} de la certificatul de handicap"),
        },
        DeadlineId::ReportAllowanceChanges => format!(
            "Anunțați la AJPIS orice schimbare în familie sau de domiciliu (și plecarea cu copiii în altă țară) în {term}"
        ),
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
            steps.push(format!(
                "De exemplu, o schimbare de azi ({}) se anunță până {}.",
                date(c.from),
                date_with_weekday(c.due)
            ));
        } else {
            steps.push(format!("Socotit: {} de la {}.", term, date(c.from)));
        }
        // The holidays skipped, in one line (a phone screen has little room);
        // one on a Saturday or Sunday changes no count and is left out.
        let skipped: Vec<String> = c
            .holidays_between
            .iter()
            .filter(|(day, _)| !matches!(day.weekday(), Weekday::Sat | Weekday::Sun))
            .map(|(day, h)| format!("{} ({})", date_with_weekday(*day), holiday(*h)))
            .collect();
        if d.unit == DayUnit::Working && !skipped.is_empty() {
            steps.push(if skipped.len() == 1 {
                format!("Nu se numără ziua liberă legală: {}.", skipped[0])
            } else {
                format!("Nu se numără zilele libere legale: {}.", skipped.join(", "))
            });
        }
        if c.last_office_day != c.due && !d.passed {
            steps.push(format!(
                "În ultima zi biroul este închis: mergeți cel târziu {}.",
                date_with_weekday(c.last_office_day)
            ));
        }
        if d.passed {
            steps.push(format!(
                "Termenul a trecut la {}. {}",
                date(c.due),
                passed(d)
            ));
        }
        if let Some(other) = &d.other_reading {
            let seed = other
                .source
                .seed
                .map(seed_name)
                .unwrap_or("altă pagină oficială");
            steps.push(match other.due {
                Some(due) => format!(
                    "Paginile oficiale diferă: {seed} dă {} (până {}). V-am dat data mai devreme, ca să fiți în termen după oricare dintre ele.",
                    day_unit(other.days, other.unit),
                    date(due)
                ),
                None => format!(
                    "Paginile oficiale diferă: {seed} dă {}. V-am dat data mai devreme, ca să fiți în termen după oricare dintre ele.",
                    day_unit(other.days, other.unit)
                ),
            });
        }
    }
    if d.passed && d.computed.is_none() {
        steps.push(format!(
            "Termenul ({} de la data de la care se socotește) a trecut. {}",
            term,
            passed(d)
        ));
    }
    if let Some(by) = d.send_by {
        steps.push(format!(
            "Pe portalul online, trimiteți dosarul până {}, cu o săptămână înainte de termen. Dacă în 10 zile lucrătoare nu primiți număr de înregistrare, sunați la DASM.",
            date_with_weekday(by)
        ));
    }
    (title, steps)
}

pub fn note(n: &Note) -> String {
    match n {
        Note::ColdSeason { starts, ends, in_season: true } => format!(
            "Ajutorul se acordă pentru sezonul rece: {} – {}. Suntem acum în sezonul rece.",
            date(*starts),
            date(*ends)
        ),
        Note::ColdSeason { starts, ends, in_season: false } => format!(
            "Ajutorul se acordă doar pentru sezonul rece. Următorul sezon: {} – {}.",
            date(*starts),
            date(*ends)
        ),
        Note::AmountSetByOffice => "Suma ajutorului de încălzire o calculează DASM, după venit și felul încălzirii. Paginile oficiale nu dau tabelul de sume; îl găsiți la DASM în formularul „Plafoane și cuantumuri”.".to_string(),
        Note::IncomeExclusionsNotOnPages => "Am adunat toate veniturile nete declarate. Paginile oficiale nu spun dacă vreun venit nu se ia în calcul la acest ajutor; biroul care primește cererea verifică.".to_string(),
        Note::DistrictHeatingNotOnPages => "Paginile oficiale nu spun nimic despre ajutorul pentru locuințele cu termoficare. Întrebați la DASM.".to_string(),
        Note::AssetListAtOffice => "Lista bunurilor care exclud de la ajutor este formularul „Lista bunurilor”, de descărcat de pe pagina DASM sau de cerut la ghișeu; paginile oficiale pe care le-am citit nu o reproduc.".to_string(),
        Note::SupplementWithOrWithoutHeatingAid => "Suplimentul se poate cere împreună cu ajutorul de încălzire sau separat, pe același formular. Se plătește lunar, tot anul.".to_string(),
        Note::FalseDeclarationFine { min, max } => format!(
            "Dacă declarați greșit familia, veniturile sau bunurile, ori nu anunțați o schimbare, amenda este între {} și {}, iar banii primiți pe nedrept se dau înapoi.",
            lei(*min),
            lei(*max)
        ),
        Note::FileAtOfficeOrPortal => "Dosarul se depune la ghișeul DASM sau se trimite scanat (PDF) pe portalul online. Pe portal, trimiteți-l cu cel puțin o săptămână înainte de termen și urmăriți să primiți un număr de înregistrare; dacă nu îl primiți în 10 zile lucrătoare, sunați la DASM.".to_string(),
        Note::RulesNotCoveredOn { date: on, covered_from } => match covered_from {
            Some(from) => format!(
                "Regulile pe care le avem pentru acest ajutor se aplică de la {}; pentru {} nu putem răspunde. Întrebați la birou.",
                date(*from),
                date(*on)
            ),
            None => format!("Pentru {} nu putem răspunde la acest ajutor. Întrebați la birou.", date(*on)),
        },
        Note::AllowanceAmountByGovernment => "Suma alocației se stabilește prin hotărâre a Guvernului și o plătește Agenția Județeană pentru Plăți și Inspecție Socială (AJPIS) Cluj. Paginile oficiale nu dau sumele.".to_string(),
        Note::AllowanceStartsAndBackPay => "Dreptul începe din luna de după naștere (pentru un copil dat în plasament, sub tutelă sau adoptat, din luna deciziei); plata începe din luna de după depunerea cererii. Dacă cererea se depune după luna nașterii, se plătesc și lunile din urmă, dar cel mult 12.".to_string(),
        Note::AllowancePayee => "Alocația este a copilului. Se plătește unuia dintre părinți (cum se înțeleg ei), tutorelui sau asistentului maternal; după 14 ani, direct copilului, cu acordul părintelui; tânărului peste 18 ani care e la liceu, direct lui, pe cererea lui. Pentru un părinte minor există reguli speciale: întrebați la birou.".to_string(),
        Note::AllowanceWithChildRaisingAllowance => "Dacă cereți și indemnizația pentru creșterea copilului, bifați pe aceeași cerere și alocația: nu e nevoie de un al doilea dosar.".to_string(),
        Note::AllowanceAlreadyReceived { .. } => "Pentru un copil pentru care primiți deja alocația nu trebuie depus alt dosar.".to_string(),
        Note::YoungPersonFilesAtAjpis { member, elsewhere } => format!(
            "Persoana {} are peste 18 ani și urmează liceul sau școala profesională: cererea pentru alocație o face chiar ea, nu părinții, la {}, împreună cu actele doveditoare, iar alocația i se plătește direct. Paginile nu spun ce acte cere agenția în afară de adeverința de elev și nu dau un termen pentru această cerere; întrebați la agenție.",
            member + 1,
            if *elsewhere {
                "agenția județeană pentru plăți și inspecție socială (AJPIS) a județului unde locuiește"
            } else {
                "Agenția Județeană pentru Plăți și Inspecție Socială (AJPIS) Cluj, str. G. Coșbuc nr. 2"
            }
        ),
        Note::InPersonOnly { .. } => "Pentru un copil născut într-o țară europeană, dosarul de alocație se înregistrează doar în persoană, la ghișeul DASM din str. Venus, nu pe portal.".to_string(),
        Note::DasmRegistersAjpisPays => "DASM primește și înregistrează dosarul; AJPIS Cluj (str. G. Coșbuc nr. 2) decide și plătește. Se înregistrează doar dosarele complete. Vine solicitantul sau soțul/soția; altcineva doar cu împuternicire notarială de la ambii părinți.".to_string(),
        Note::HigherWithDisabilityCertificate => "Pentru un copil cu certificat de încadrare în grad de handicap alocația este mai mare; cererea pentru alocația majorată se depune în 60 de zile de la certificat.".to_string(),
        Note::AllowanceDocumentsAsTheCaseMay => "După caz, mai aduceți: certificatul de deces al unui părinte, sentința de divorț, actele de tutelă sau curatelă, hotărârile de încredințare, plasament sau adopție, declarații notariale.".to_string(),
        Note::FileWhereYouLive => "Locuiți în altă localitate: depuneți cererea la serviciul de asistență socială al primăriei unde aveți domiciliul sau reședința. DASM Cluj-Napoca înregistrează doar dosarele celor cu domiciliul sau reședința în Cluj-Napoca.".to_string(),
        Note::MayStillFile => "Este doar calculul nostru după paginile oficiale: puteți depune totuși cererea, iar biroul decide.".to_string(),
        Note::FilingWithNextSeason { season_starts, income_month_if_filed_then } => format!(
            "Cererea se depune pentru sezonul rece care începe la {}. Contează venitul din luna dinainte de depunere: dacă depuneți în {}, venitul din {}. Paginile oficiale nu spun din ce zi se primesc cererile; întrebați la DASM („Informații generale depunere program”).",
            date(*season_starts),
            month_name(season_starts.month()),
            year_month(*income_month_if_filed_then)
        ),
        Note::ChildRaising(n) => child_raising::note(n),
        Note::Means(n) => means::note(n),
        Note::Local(n) => local::note(n),
    }
}

/// Shown when the check is dated more than a year after the figures were
/// last compared with the pages.
pub fn figures_may_be_outdated(checked_on: NaiveDate) -> String {
    format!(
        "Sumele și plafoanele au fost verificate ultima dată la {}. Între timp s-ar putea să se fi schimbat; confirmați-le la DASM (telefon 0264 413 058) sau pe pagina DASM Cluj-Napoca.",
        date(checked_on)
    )
}

pub fn input_problem(p: InputProblem) -> &'static str {
    match p {
        InputProblem::Required => "Completați acest câmp.",
        InputProblem::NotANumber => "Scrieți suma doar cu cifre, de exemplu 1500 sau 1500,50.",
        InputProblem::Negative => "Suma nu poate fi negativă.",
        InputProblem::TooManyDecimals => {
            "Suma poate avea cel mult doi bani după virgulă, de exemplu 1500,50."
        }
        InputProblem::TooLarge => {
            "Suma pare prea mare pentru o lună. Verificați dacă nu ați scris o cifră în plus."
        }
        InputProblem::NotADate => {
            "Această dată nu există. Scrieți ziua, luna și anul, de exemplu 14 3 1988."
        }
        InputProblem::DateInFuture => "Data nașterii nu poate fi în viitor.",
        InputProblem::DateTooOld => "Verificați anul: persoana ar avea peste 120 de ani.",
        InputProblem::NoApplicant => "Lipsește titularul cererii.",
        InputProblem::HeatingSourceNotUsed => "Sursa cu care vă încălziți trebuie să fie bifată.",
        InputProblem::NotACount => "Scrieți doar un număr întreg, de exemplu 12.",
        InputProblem::CountTooLarge => "Numărul este mai mare decât se poate la această întrebare.",
        InputProblem::NotAnOption => "Alegeți din nou un răspuns: cel salvat nu se mai potrivește.",
    }
}

/// The question a fact asks, as the screen's heading.
pub fn question(fact: Fact, household: &Household, income_month: YearMonth) -> String {
    match fact {
        Fact::Residence => {
            "Unde aveți domiciliul sau reședința, așa cum scrie în buletin?".to_string()
        }
        Fact::Members => "Cine locuiește cu dumneavoastră, în aceeași familie?".to_string(),
        // The applicant is the person holding the phone: spoken to directly.
        Fact::Incomes { member: 0 } => {
            format!("Ce venituri ați avut în {}?", year_month(income_month))
        }
        Fact::Incomes { member } => {
            format!(
                "Ce venituri a avut {} în {}?",
                member_label(household, member),
                year_month(income_month)
            )
        }
        Fact::Heating => "Cum vă încălziți locuința?".to_string(),
        Fact::EnergySources => "Ce folosiți în locuință?".to_string(),
        Fact::ExcludingAssets => {
            "Dețineți dumneavoastră sau cineva din familie vreun bun de pe lista bunurilor care exclud de la ajutorul pentru încălzire (formularul „Lista bunurilor” de la DASM)?"
                .to_string()
        }
        Fact::Tenure => "Pe ce bază locuiți în această locuință?".to_string(),
        Fact::OwnersAssociation => {
            "Locuiți la bloc, unde există asociație de proprietari?".to_string()
        }
        Fact::Vehicles => "Are cineva din familie o mașină în stare de funcționare?".to_string(),
        Fact::DeclaredProperty => {
            "Pe lângă locuința pentru care cereți ajutorul, are cineva din familie case, terenuri sau alte bunuri pe care le treceți în cerere?"
                .to_string()
        }
        Fact::Disability { member: 0 } => {
            "Aveți certificat de încadrare în grad de handicap? Ce grad scrie pe el?".to_string()
        }
        Fact::Disability { member } => format!(
            "{} are certificat de încadrare în grad de handicap? Ce grad scrie pe el?",
            member_label(household, member)
        ),
        Fact::ChildSchooling { member } => format!(
            "{} urmează liceul sau o școală profesională?",
            member_label(household, member)
        ),
        Fact::ChildBirthCountry { member } => {
            format!("Unde s-a născut {}?", member_label(household, member))
        }
        Fact::ChildCertificateDate { member } => format!(
            "Când a fost emis certificatul de handicap al copilului {}?",
            member_label(household, member)
        ),
        Fact::ChildRaising(f) => child_raising::question(f, household),
        Fact::Means(f) => means::question(f, household),
        Fact::Local(f) => local::question(f),
    }
}

/// A short hint under the question: why it is asked.
pub fn question_hint(fact: Fact) -> Option<&'static str> {
    match fact {
        Fact::Residence => Some("DASM Cluj-Napoca primește cereri doar de la cei cu domiciliul sau reședința în municipiu."),
        Fact::Members => Some("Trecem fiecare persoană din familie care locuiește la aceeași adresă. Venitul se împarte la numărul lor."),
        Fact::Incomes { .. } => Some("Scrieți suma netă (cea primită în mână sau pe card) din luna trecută. Dacă nu au fost venituri, alegeți „Nu, niciun venit”."),
        Fact::Heating => None,
        Fact::EnergySources => Some("Bifați tot ce folosiți: suplimentul pentru energie se dă pentru fiecare. Curentul electric este bifat dinainte, pentru că aproape orice locuință îl folosește; debifați-l doar dacă nu aveți curent."),
        Fact::ExcludingAssets => Some("Paginile oficiale spun doar că ajutorul este pentru cei care „nu deţin bunuri care să excludă de la acordarea ajutorului”; lista acestor bunuri nu este scrisă pe ele. Este formularul „Lista bunurilor”, de descărcat de pe pagina DASM sau de cerut la ghișeu. Locuința pentru care cereți ajutorul nu vă exclude, chiar dacă este a dumneavoastră: pentru ea pagina cere ca dovadă chiar contractul de vânzare-cumpărare sau certificatul de moștenitor. Dacă nu știți, alegeți „Nu știu sigur” și întrebați la DASM."),
        Fact::Tenure => Some("De aici știm ce act pentru locuință trebuie adus."),
        Fact::OwnersAssociation => Some("Dacă da, aveți nevoie de o adeverință de la asociație."),
        Fact::Vehicles => Some("Dacă da, aduceți copie după talon sau cartea mașinii. O mașină care nu este în stare de funcționare nu se trece."),
        Fact::DeclaredProperty => Some("Sunt bunurile pe care le treceți la capitolul 5 al cererii (bunuri imobile și bunuri mobile în stare de funcționare): pentru ele aduceți copie după actele de proprietate. Actul locuinței pentru care cereți ajutorul (contractul de vânzare-cumpărare, certificatul de moștenitor) îl aduceți oricum, ca dovadă a locuinței: dacă este singurul bun, răspundeți „Nu”. Ce anume se trece la capitolul 5 scrie în formularul de cerere de la DASM; paginile oficiale nu-l reproduc."),
        Fact::Disability { .. } => Some("Gradul (ușor, mediu, accentuat sau grav) scrie pe certificatul de încadrare în grad de handicap. De el depind, de exemplu, alocația de stat mai mare pentru un copil, concediul de creștere până la 3 ani și sprijinul lunar pentru părintele cu handicap grav sau accentuat. Vă întrebăm doar unde răspunsul schimbă ceva."),
        Fact::ChildSchooling { .. } => Some("Alocația de stat se plătește și după 18 ani, cât timp tânărul urmează liceul sau școala profesională, până le termină."),
        Fact::ChildBirthCountry { .. } => Some("Pentru un copil născut în altă țară se adaugă „Anexa UE” și actele de rezidență ale părinților. Scrie în certificatul de naștere."),
        Fact::ChildCertificateDate { .. } => Some("Data emiterii scrie pe certificatul de încadrare în grad de handicap. Termenul pentru alocația majorată se socotește de la ea."),
        Fact::ChildRaising(f) => child_raising::question_hint(f),
        Fact::Means(f) => means::question_hint(f),
        Fact::Local(f) => local::question_hint(f),
    }
}
