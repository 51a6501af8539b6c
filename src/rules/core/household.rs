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
    /// Circumstances some means-tested benefits ask about (VMI, kindergarten
    /// tickets): living with others, no home, caring for a child whose
    /// parents work abroad.
    #[serde(default, skip_serializing_if = "Situation::is_empty")]
    pub situation: Situation,
    /// What Cluj-Napoca's rent aid (ajutor pentru plata chiriei, seed `001`)
    /// asks beyond the rest of the household.
    #[serde(default, skip_serializing_if = "RentAidFacts::is_empty")]
    pub rent_aid: RentAidFacts,
    /// What the child-raising allowance, the insertion incentive and the
    /// supplement for a further birth ask about the applicant and the
    /// youngest child (OUG 111/2010, seeds `000` and `004`).
    #[serde(default, skip_serializing_if = "ChildRaisingFacts::is_empty")]
    pub child_raising: ChildRaisingFacts,
    /// A parent leaving to work abroad (Legea 272/2004, the duty to notify
    /// 40 days before; national).
    #[serde(default, skip_serializing_if = "AbroadFacts::is_empty")]
    pub abroad: AbroadFacts,
    /// What one town's own programmes ask (today Năvodari's emergency and
    /// funeral aid and home care, seed `004`).
    #[serde(default, skip_serializing_if = "LocalFacts::is_empty")]
    pub local: LocalFacts,
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
    /// What the canteen, rent aid and kindergarten tickets ask about this
    /// person (able to work, pensioner, student, kindergarten…).
    #[serde(default, skip_serializing_if = "MemberSituation::is_empty")]
    pub situation: MemberSituation,
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

    /// Whether the person has a disability certificate (any grade):
    /// `None` while not asked.
    pub fn disabled(&self) -> Option<bool> {
        self.disability.map(|g| g != DisabilityGrade::NoCertificate)
    }

    /// Whether the person's disability is still to be asked.
    pub fn disability_unknown(&self) -> bool {
        self.disability.is_none()
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
    /// Indemnizația de maternitate (concediul de maternitate, pre- și
    /// postnatal, OUG 158/2005). Counted like every income: seed `004`'s
    /// list of what the VMI leaves out ("cu excepţia următoarelor venituri"
    /// 1–11) and the kindergarten tickets' list a)–h) do not name it.
    MaternityAllowance,
    /// Indemnizația pentru incapacitate temporară de muncă (concediu
    /// medical). Counted like every income: neither of seed `004`'s lists
    /// names it, and its ICC page counts it with the salary ("inclusiv
    /// indemnizaţiile pentru incapacitate temporară de muncă").
    SickLeaveAllowance,
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

/// Gradul de handicap, as on the certificat de încadrare; or the answer
/// that there is no certificate (`"none"`). A member's `disability` left
/// out means "not asked yet": the benefits that read it ask it where the
/// answer can change something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisabilityGrade {
    /// Asked: no certificat de încadrare în grad de handicap.
    #[serde(rename = "none")]
    NoCertificate,
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

// ---------------------------------------------------------------------------
// Means-tested and local benefits (issue 10): VMI, the social canteen,
// kindergarten tickets and Cluj-Napoca's rent aid. Grouped in their own
// objects so every household file written before them still reads, and
// every field is optional: `None` is "not asked yet".
// ---------------------------------------------------------------------------

/// Circumstances of the whole household.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// „Familia locuiește și gospodărește împreună cu alte familii ori
    /// persoane singure și contribuie împreună la achiziționarea sau
    /// realizarea unor bunuri” (VMI: the office then also counts the share
    /// of the income earned together).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives_with_others: Option<bool>,
    /// Persoană fără adăpost: no domicile, residence or home (kindergarten
    /// tickets are given while the family is in the office's records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homeless: Option<bool>,
    /// The applicant is the person designated by the parents to care for
    /// the child while they work abroad (art. 104 din Legea 272/2004).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designated_carer_for_parents_abroad: Option<bool>,
}

impl Situation {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// What one person's circumstances are, as the canteen, rent aid and
/// kindergarten tickets forms ask them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberSituation {
    /// Apt de muncă.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub able_to_work: Option<bool>,
    /// Înregistrat la AJOFM ca persoană în căutarea unui loc de muncă.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_seeker: Option<bool>,
    /// A împlinit vârsta de pensionare (the pages do not give the age).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached_retirement_age: Option<bool>,
    /// Izolat social.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub socially_isolated: Option<bool>,
    /// Are susținători legali (persons bound by law to support them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_legal_supporters: Option<bool>,
    /// Invalid sau bolnav cronic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chronically_ill_or_invalid: Option<bool>,
    /// Temporar nu realizează venituri: for how many days this calendar
    /// year (0 when they have had income all year). A caseworker's exact
    /// count; the app asks `without_income_this_year` instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_without_income_this_year: Option<u32>,
    /// Temporar nu realizează venituri, as a person knows it: at most the
    /// canteen's 90 days this year, more, or not sure. Read when
    /// `days_without_income_this_year` is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without_income_this_year: Option<WithoutIncomeSpan>,
    /// Urmează cursuri de zi (full-time pupil or student).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_time_student: Option<bool>,
    /// Urmează studii superioare cu o durată mai mare de 5 ani.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub studies_over_five_years: Option<bool>,
    /// Înscris la grădiniță, and how the child attends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kindergarten: Option<KindergartenAttendance>,
    /// Cetățenia.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citizenship: Option<Citizenship>,
}

impl MemberSituation {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// How long, this calendar year, a person has had no income (the social
/// canteen's category g), seed `004`: "pe o perioadă de cel mult 90 de zile
/// pe an").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WithoutIncomeSpan {
    /// De cel mult 90 de zile, anul acesta.
    #[serde(rename = "at_most_90_days")]
    AtMost90Days,
    /// De mai mult de 90 de zile, anul acesta.
    #[serde(rename = "more_than_90_days")]
    MoreThan90Days,
    /// Nu știe sigur: the office counts the days.
    NotSure,
}

/// A child and the kindergarten (seed `004`, tichete sociale pentru grădiniță).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindergartenAttendance {
    /// Nu este înscris la grădiniță.
    NotEnrolled,
    /// Înscris și frecventează în mod regulat (absences only excused ones).
    AttendsRegularly,
    /// Înscris, dar a lipsit nemotivat sau peste limitele admise.
    MissesDays,
}

/// Cetățenia, as the rent aid and kindergarten tickets pages group it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Citizenship {
    /// Cetățean român.
    Romanian,
    /// Cetățean al unui stat UE, SEE sau al Confederației Elvețiene.
    EuEeaSwiss,
    /// Cetățean al altui stat.
    OtherState,
    /// Apatrid.
    Stateless,
}

/// What Cluj-Napoca's rent aid asks (seed `001`, "Informații utile privind
/// acordarea ajutorului pentru plata chiriei").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RentAidFacts {
    /// Tânăr provenit din structurile rezidențiale ale DGASPC (the applicant
    /// grew up in a children's home or similar residential care).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care_leaver: Option<bool>,
    /// În evidențele DASM, încadrat în urma anchetei sociale în categoria
    /// persoanelor marginalizate social sau în risc de marginalizare socială.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marginalised_in_dasm_records: Option<Answer>,
    /// Victimă a violenței domestice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domestic_violence_victim: Option<bool>,
    /// Luni de domiciliu sau reședință în Cluj-Napoca înainte de cerere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_of_residence: Option<u32>,
    /// Locuiește în fapt pe raza municipiului Cluj-Napoca (not only on the
    /// identity card).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actually_lives_in_city: Option<bool>,
    /// The applicant or any adult member owns a home, or sold one
    /// („a înstrăinat o locuință”) in the last 10 years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owns_or_sold_home: Option<bool>,
    /// Has the use of a home from the state housing fund („fondul locativ
    /// de stat”).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_housing: Option<bool>,
    /// Has had state support in credits for renting or building a home, or
    /// another housing programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_housing_credit: Option<bool>,
    /// Months of rent aid already received (0: never). The aid is granted
    /// "pe o perioadă de până la 12 luni, cu posibilitatea de prelungire
    /// până la maximum 36 de luni" (seed `001`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_received: Option<u32>,
    /// Impozitele și taxele locale pentru bunurile deținute sunt plătite
    /// (true also when the family owns nothing taxed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_taxes_paid: Option<bool>,
    /// The items of seed `001`'s „Lista bunurilor care conduc la excluderea
    /// acordării ajutorului pentru plata chiriei” the family owns; `[]`:
    /// none. Each item as the list words it, its own exceptions included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed_assets: Option<Vec<ListedAsset>>,
    /// Contractul de închiriere este înregistrat la ANAF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_registered_with_anaf: Option<bool>,
    /// The lease is with a relative up to the 4th degree („o rudă până la
    /// gradul IV, inclusiv”).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_with_relative: Option<bool>,
}

impl RentAidFacts {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// The items of seed `001`'s list of assets that exclude from the rent aid
/// (from H.G. nr. 50/2011), in the list's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListedAsset {
    /// Bunuri imobile 1: „Clădiri sau alte spaţii locative în afara
    /// locuinţei de domiciliu şi a anexelor gospodăreşti”.
    OtherBuildings,
    /// Bunuri imobile 2: land around the home and other built-up-area land
    /// over 1.000 mp in town (2.000 mp in the country), except hill or
    /// mountain land that cannot be sold, built on or farmed.
    LandOverLimit,
    /// Bunuri mobile 1: a car or motorcycle under 10 years old (except one
    /// adapted for, or carrying, a person with a disability or dependent,
    /// or used in a hard-to-reach area).
    CarUnderTenYears,
    /// Bunuri mobile 2: more than one car or motorcycle over 10 years old.
    SeveralOldCars,
    /// Bunuri mobile 3: vans, lorries, caravans, buses, minibuses.
    UtilityVehicles,
    /// Bunuri mobile 4: motor boats, jet skis, yachts (except boats needed
    /// by people living in the Danube Delta reserve).
    Boats,
    /// Bunuri mobile 5: tractor, self-propelled combine.
    FarmMachinery,
    /// Bunuri mobile 6: oil press, grain mill.
    FarmProcessingMachinery,
    /// Bunuri mobile 7: a sawmill or other powered wood-working machine.
    WoodworkingMachinery,
    /// Depozite bancare: bank deposits over 3.000 lei, interest aside.
    #[serde(rename = "bank_deposits_over_3000")]
    BankDepositsOver3000,
    /// Terenuri/animale şi/sau păsări: land, animals and poultry whose net
    /// yearly production is worth over 1.000 euro for a single person,
    /// 2.500 euro for a family.
    FarmProductionOverLimit,
}

// ---------------------------------------------------------------------------
// The child-raising allowance and what goes with it (issue 9, OUG 111/2010).
// About the applicant (the first member) and the youngest child.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildRaisingFacts {
    /// Who the applicant is to the youngest child (seed `004`, "PERSOANE
    /// ELIGIBILE").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carer: Option<Carer>,
    /// The date of the adoption, entrustment, placement or guardianship
    /// decision, for a carer who is not a natural parent: the 24 months and
    /// the filing term count from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<NaiveDate>,
    /// Months with taxable income from a salary, independent or farming
    /// activity in the 24 months before the birth (or the decision).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income_months: Option<u32>,
    /// The assimilated periods of seed `004`'s list the applicant was in
    /// during those 24 months; `[]`: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assimilated_periods: Option<Vec<AssimilatedPeriod>>,
    /// How many of the 24 months were such periods, not counting the months
    /// with income.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assimilated_months: Option<u32>,
    /// The average monthly net income of the 12 months the allowance is
    /// worked out from (the employer's income certificate shows it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average_net_income: Option<Decimal>,
    /// The mother had maternity leave (concediu de maternitate, pre- and
    /// postnatal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maternity_leave: Option<bool>,
    /// The last day of the postnatal leave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maternity_leave_end: Option<NaiveDate>,
    /// The applicant receives (or received) the child-raising allowance
    /// for this child: the right is already set, so the 12 months of 24
    /// are not asked again; the incentive is then asked within 30 working
    /// days of going back, after ending the allowance (seed `004`,
    /// "Situația II"). Asked once the applicant says they go back to work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receives_allowance: Option<bool>,
    /// The applicant has gone (or will go) back to work, with taxable
    /// income, before the child is 3 (4 with a disability).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_to_work: Option<bool>,
    /// The day work resumed (or will resume).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_to_work_date: Option<NaiveDate>,
    /// The youngest child was born while the applicant was on child-raising
    /// leave for an older child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_for_older_child: Option<bool>,
    /// In the 12 months the allowance is worked out from, the applicant had
    /// meal vouchers (bonuri de masă) or other employer bonuses on which no
    /// social insurance is paid: their certificate is a paper of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meal_vouchers: Option<bool>,
}

impl ChildRaisingFacts {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// Who may ask for the child-raising allowance (seed `004`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Carer {
    /// Oricare dintre părinţii fireşti ai copilului.
    NaturalParent,
    /// Persoana care a adoptat copilul.
    AdoptiveParent,
    /// Persoana căreia i s-a încredinţat copilul în vederea adopţiei.
    EntrustedForAdoption,
    /// Persoana care are copilul în plasament (și în regim de urgență).
    Placement,
    /// Persoana care a fost numită tutore al copilului.
    Guardian,
    /// Asistent maternal profesionist for a child in their care who is not
    /// their own natural or adopted child: not among those who may apply.
    FosterCarer,
}

/// The periods seed `004` counts like months with income ("perioade
/// asimilate"), in its order; the five "between two forms of day studies"
/// lines are one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssimilatedPeriod {
    /// Trimis în misiune permanentă în străinătate.
    MissionAbroad,
    /// Indemnizația lunară din OUG 30/2020, art. XI și XV.
    Covid2020Allowance,
    /// Și-a însoțit soțul/soția trimis(ă) în misiune permanentă în străinătate.
    AccompaniedSpouseOnMission,
    /// Indemnizație de șomaj (or contribution periods after collective dismissals).
    UnemploymentBenefit,
    /// În evidența AJOFM în vederea acordării indemnizației de șomaj.
    RegisteredForUnemploymentBenefit,
    /// Concedii și indemnizații de asigurări sociale de sănătate (OUG 158/2005).
    SickLeave,
    /// Concedii medicale pentru accidente de muncă sau boli profesionale (Legea 346/2002).
    WorkAccidentLeave,
    /// Pensie de invaliditate.
    InvalidityPension,
    /// Întrerupere temporară a activității din inițiativa angajatorului.
    EmployerSuspension,
    /// Concediu și indemnizație pentru creșterea copilului.
    ChildRaisingLeave,
    /// Concediu fără plată pentru creșterea copilului.
    UnpaidChildRaisingLeave,
    /// The 3 months between two fixed-term contracts.
    BetweenFixedTermContracts,
    /// Doctorand.
    DoctoralStudent,
    /// Serviciul militar pe bază de voluntariat, concentrat, mobilizat, prizonier.
    MilitaryService,
    /// Cursuri de zi (liceu, „a doua șansă”, licență, master), in Romania or abroad.
    FullTimeStudies,
    /// Between the end of one form of day studies and the start of another
    /// in the same calendar year.
    BetweenStudies,
    /// The 60 days after finishing compulsory school or day studies.
    AfterGraduation,
    /// Concediu fără plată pentru cursuri de formare profesională.
    UnpaidTrainingLeave,
    /// Between graduating medicine and the first residency.
    BeforeResidency,
}

// ---------------------------------------------------------------------------
// Issue 19: the parents-abroad duty (national) and one town's own
// programmes (Năvodari, seed `004`). Optional objects, so older files read.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbroadFacts {
    /// The parent who has sole parental authority or with whom the child
    /// lives (or both parents, or the guardian) will leave to work abroad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaving_to_work_abroad: Option<bool>,
    /// The day they leave the country ("înainte de a părăsi ţara").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departure_date: Option<NaiveDate>,
}

impl AbroadFacts {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalFacts {
    /// The emergency the family faces, as Năvodari's page groups them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency: Option<LocalEmergency>,
    /// The sum needed for it, in lei (medicines, treatment or the child's
    /// needs); compared with the page's maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency_cost: Option<Decimal>,
    /// The family bears (or bore) the costs of a funeral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funeral_costs: Option<bool>,
    /// The person who died had domicile in the town on the day of death.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deceased_lived_in_town: Option<bool>,
    /// A death aid was received from another institution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_death_aid: Option<bool>,
    /// The applicant is an elderly person who needs care at home (the
    /// application for home care is in the elderly person's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_home_care: Option<bool>,
    /// Which of the page's situations apply to them; `[]`: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_care_situations: Option<Vec<HomeCareSituation>>,
}

impl LocalFacts {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// The emergencies of Năvodari's page (II.1–II.3), or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocalEmergency {
    /// "probleme medicale deosebite, certificate in acest sens de medicul
    /// specialist".
    Medical,
    /// "calamitati naturale, incendii, accidente".
    Calamity,
    /// A family caring for a child, in temporary financial trouble from an
    /// exceptional situation that endangers the child's development.
    ChildExceptional,
    /// None of these.
    None,
}

/// The situations of Năvodari's home-care page, any one of which makes an
/// elderly person a beneficiary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HomeCareSituation {
    /// "nu are familie sau nu se află în întreținerea unei sau unor
    /// persoane obligate la aceasta".
    NoFamilyOrSupport,
    /// "nu are locuință și nici posibilitatea de a-și asigura condițiile de
    /// locuit pe baza resurselor proprii".
    NoHome,
    /// "nu realizează venituri proprii sau acestea nu sunt suficiente".
    InsufficientIncome,
    /// "nu se poate gospodări singură sau necesită îngrijire specializată".
    CannotManageAlone,
    /// "se află în imposibilitatea de a-și asigura nevoile sociomedicale,
    /// datorită bolii ori stării fizice sau psihice".
    SocioMedicalNeeds,
}
