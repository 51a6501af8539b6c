//! What a person tells us: the household as a caseworker would write it down.
//!
//! Every fact is optional because the app asks one question at a time; the
//! engine says which missing facts it still needs (see [`super::facts`]).
//! `None` means "not asked yet"; an empty list means "asked: none".

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::municipality::MunicipalityId;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// Where the applicant has domiciliul or reședința (as written in the ID card).
    #[serde(default)]
    pub residence: Option<Residence>,
    /// Everyone in the family who lives at the address; the first is the
    /// applicant (titularul cererii). `None`: not asked yet.
    #[serde(default)]
    pub members: Option<Vec<Member>>,
    #[serde(default)]
    pub home: Home,
    #[serde(default)]
    pub assets: Assets,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Residence {
    pub municipality: MunicipalityId,
    pub kind: ResidenceKind,
}

/// Domiciliu (permanent address) or reședință (temporary address), as in the ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResidenceKind {
    Domiciliu,
    Resedinta,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub role: Role,
    /// A first name or nickname, only so that questions can say "Maria"
    /// instead of "member 2". Never used by a rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Net income in the month before the application, by kind.
    /// `None`: not asked yet; `Some(vec![])`: no income.
    #[serde(default)]
    pub incomes: Option<Vec<Income>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schooling: Option<Schooling>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disability: Option<DisabilityGrade>,
    /// Data certificatului de încadrare în grad de handicap (the date it was
    /// issued): some filing terms count from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disability_certificate_date: Option<NaiveDate>,
    /// Where the person was born: a child born abroad needs the EU annex,
    /// and (seed `000`) one born in another European country is filed only
    /// in person at the counter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_country: Option<BirthCountry>,
}

/// Țara nașterii, as the forms group it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BirthCountry {
    Romania,
    /// Another European country (the EU annex; in person only, seed `000`).
    OtherEuropean,
    /// Outside Europe.
    OutsideEurope,
}

impl Member {
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        age_on(self.birth_date?, date)
    }

    pub fn total_net_income(&self) -> Option<Decimal> {
        self.incomes
            .as_ref()
            .map(|incomes| incomes.iter().map(|i| i.net_monthly).sum())
    }
}

/// Age in whole years on `date` (birthdays on 29 February count on 28
/// February in common years, as chrono's month arithmetic does); `None`
/// before the birth.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> Option<u32> {
    if birth > date {
        return None;
    }
    let mut years = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).ok()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Titularul cererii.
    Applicant,
    /// Soț / soție.
    Spouse,
    /// Partener(ă) fără căsătorie.
    Partner,
    /// Copil.
    Child,
    /// Altă rudă (părinte, bunic, frate…).
    Relative,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Income {
    pub kind: IncomeKind,
    /// Net amount received in the month, in lei.
    pub net_monthly: Decimal,
}

/// Kinds of income as the application forms group them (cap. 5 of the
/// heating-aid form asks for proof of each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeKind {
    /// Salariu.
    Salary,
    /// Pensie.
    Pension,
    /// Indemnizație de șomaj.
    Unemployment,
    /// Alocația de stat pentru copii.
    StateChildAllowance,
    /// Indemnizația pentru creșterea copilului.
    ChildRaisingAllowance,
    /// Stimulent de inserție.
    InsertionIncentive,
    /// Indemnizație / buget personal complementar pentru persoana cu handicap.
    DisabilityAllowance,
    /// Pensie de întreținere (alimony, child support).
    Maintenance,
    /// Activități independente, drepturi de autor, contracte de prestări servicii.
    SelfEmployment,
    /// Venituri din agricultură.
    Agriculture,
    /// Chirii, dobânzi, alte venituri din bunuri.
    Property,
    // The kinds below are named because some benefits leave them out of the
    // income test (seed `004`, VMI "cu excepţia următoarelor venituri" 1–11
    // and the kindergarten tickets' list a–h).
    /// Burse sau alt sprijin financiar destinat exclusiv educației.
    Scholarship,
    /// Zilier (Legea 52/2011) sau prestator casnic (Legea 111/2022).
    DayLabour,
    /// Sume pentru participarea la programe de formare profesională, fără
    /// titlu de venit salarial.
    TrainingStipend,
    /// Sume primite ocazional de la persoane fizice sau juridice.
    OccasionalHelp,
    /// Ajutor de urgență de la bugetul de stat sau local.
    EmergencyAid,
    /// Sume ocazionale de la buget: despăgubiri sau sprijin pentru situații
    /// excepționale.
    ExceptionalCompensation,
    /// Tichete sociale pentru grădiniță (stimulent educațional, Legea 248/2015).
    KindergartenTickets,
    /// Ajutor pentru încălzirea locuinței și supliment pentru energie
    /// (Legea 226/2021).
    HeatingAidOrSupplement,
    /// Indemnizația lunară de hrană pentru persoanele cu HIV/SIDA
    /// (Legea 584/2002) sau cu tuberculoză (Legea 302/2018).
    HivOrTbFoodAllowance,
    /// Sprijin din bugetul de stat sau din fonduri nerambursabile, acordat în
    /// baza legii sau a programelor operaționale.
    PublicSupportProgramme,
    /// Ajutoare de stat pentru activități agricole.
    AgriculturalStateAid,
    /// Venitul minim de incluziune (Legea 196/2016).
    MinimumInclusionIncome,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Schooling {
    None,
    Nursery,
    Kindergarten,
    School,
    HighSchool,
    University,
}

/// Gradul de handicap, as on the certificat de încadrare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisabilityGrade {
    /// Ușor.
    Mild,
    /// Mediu.
    Medium,
    /// Accentuat.
    Accentuated,
    /// Grav.
    Severe,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Home {
    /// On what basis the family uses the home (decides the proof of the home).
    #[serde(default)]
    pub tenure: Option<Tenure>,
    /// Lives in a block with an asociație de proprietari (decides whether its
    /// certificate is needed).
    #[serde(default)]
    pub owners_association: Option<bool>,
    /// Every kind of energy used in the home (decides the energy supplement).
    #[serde(default)]
    pub energy_sources: Option<Vec<EnergySource>>,
    /// How the home is heated.
    #[serde(default)]
    pub heating: Option<HeatingSystem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tenure {
    /// Proprietar, prin contract de vânzare-cumpărare.
    OwnerByPurchase,
    /// Proprietar, prin moștenire (certificat de moștenitor).
    OwnerByInheritance,
    /// Chiriaș (contract de închiriere).
    Tenant,
    /// Folosință gratuită (contract de comodat).
    Comodat,
    /// Altă situație (alt document care atestă dreptul de folosință).
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnergySource {
    /// Energie electrică.
    Electricity,
    /// Gaze naturale.
    NaturalGas,
    /// Combustibili solizi și/sau petrolieri (lemne, cărbuni, păcură…).
    SolidOrPetroleum,
    /// Energie termică în sistem centralizat (termoficare).
    DistrictHeating,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeatingSystem {
    NaturalGas,
    Electricity,
    SolidOrPetroleum,
    DistrictHeating,
    /// The home is not heated.
    None,
}

impl HeatingSystem {
    /// The energy source this heating system uses, if any.
    pub fn energy_source(self) -> Option<EnergySource> {
        match self {
            HeatingSystem::NaturalGas => Some(EnergySource::NaturalGas),
            HeatingSystem::Electricity => Some(EnergySource::Electricity),
            HeatingSystem::SolidOrPetroleum => Some(EnergySource::SolidOrPetroleum),
            HeatingSystem::DistrictHeating => Some(EnergySource::DistrictHeating),
            HeatingSystem::None => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assets {
    /// Does anyone in the family own something on the office's "Lista
    /// bunurilor" (assets that exclude from the aid)?
    #[serde(default)]
    pub excluding: Option<Answer>,
    /// Does anyone own a car in working order (its registration is a document)?
    #[serde(default)]
    pub vehicles: Option<bool>,
    /// Does anyone own buildings, land or other goods they list in the
    /// application (their deeds are documents)?
    #[serde(default)]
    pub declared_property: Option<bool>,
}

/// An answer a person may honestly not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    NotSure,
}
