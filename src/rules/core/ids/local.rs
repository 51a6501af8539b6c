//! The identifiers of what depends on the town (issue 19): Năvodari's own
//! benefits (seed `004`), the parents-leaving-to-work-abroad duty (Legea
//! 272/2004, national), and the profile's words about where and when to
//! file. Each shared enum of the engine (`Fact`, `Criterion`, `Document`,
//! `Form`, `Note`) wraps the matching enum here in one `#[serde(untagged)]`
//! variant, as `core::ids::means` does, so the JSON stays flat and this area's
//! words live in one place (`i18n/ro/local.rs`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::rules::core::calendar::YearMonth;
use crate::rules::core::household::{HomeCareSituation, LocalEmergency};
use crate::rules::core::municipality::MunicipalityId;

// ---------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------

/// Wrapped by `Fact::Local`, asked after the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum LocalFact {
    /// A parent (or both, or the guardian) of a child in the family will
    /// leave to work abroad.
    LeavingToWorkAbroad,
    /// The day they leave the country.
    DepartureDate,
    /// Năvodari's emergency aid: the situation the family faces.
    Emergency,
    /// Năvodari's emergency aid: the sum needed (medicines, treatment, the
    /// child's needs).
    EmergencyCost,
    /// Năvodari's funeral aid: the family bears (or bore) a funeral's costs.
    FuneralCosts,
    /// Năvodari's funeral aid: the person who died had domicile in the town.
    DeceasedLivedInTown,
    /// Năvodari's funeral aid: a death aid was received from another
    /// institution.
    OtherDeathAid,
    /// Năvodari's home care: the applicant is an elderly person who needs
    /// care at home.
    NeedsHomeCare,
    /// Năvodari's home care: which of the page's situations apply.
    HomeCareSituations,
}

impl LocalFact {
    pub const ALL: [LocalFact; 9] = [
        LocalFact::LeavingToWorkAbroad,
        LocalFact::DepartureDate,
        LocalFact::Emergency,
        LocalFact::EmergencyCost,
        LocalFact::FuneralCosts,
        LocalFact::DeceasedLivedInTown,
        LocalFact::OtherDeathAid,
        LocalFact::NeedsHomeCare,
        LocalFact::HomeCareSituations,
    ];

    /// The stable name an answer is stored under
    /// ([`Fact::key`](crate::rules::core::facts::Fact::key)).
    pub const fn key(self) -> &'static str {
        match self {
            LocalFact::LeavingToWorkAbroad => "leaving_to_work_abroad",
            LocalFact::DepartureDate => "departure_date",
            LocalFact::Emergency => "local_emergency",
            LocalFact::EmergencyCost => "local_emergency_cost",
            LocalFact::FuneralCosts => "funeral_costs",
            LocalFact::DeceasedLivedInTown => "deceased_lived_in_town",
            LocalFact::OtherDeathAid => "other_death_aid",
            LocalFact::NeedsHomeCare => "needs_home_care",
            LocalFact::HomeCareSituations => "home_care_situations",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

// ---------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------

/// The categories of Năvodari's Easter and Christmas social tickets (seed
/// `004`), in the order the page lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketCategory {
    /// "beneficiarii de venit minim garantat" (now the VMI, README of the
    /// seeds: since 2024 the VMI replaced the VMG and the ASF).
    MinimumIncome,
    /// "beneficiarii de alocatie de sustinere a familiei" (now the VMI's
    /// family-with-children aid).
    FamilySupport,
    /// "persoanele incadrate in grad de handicap grav si accentuat".
    SevereOrAccentuatedDisability,
    /// "pensionarii ale caror venituri proprii, nete, sunt sub 1.450
    /// lei/luna, inclusiv".
    Pensioner,
    /// "persoane cu varsta peste 60 ani, fara niciun venit".
    OverSixtyWithoutIncome,
}

/// The pensioners' tiers of the 2020 table (seed `004`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PensionerTier {
    /// "cu venit net mai mic sau egal cu valoarea pensiei sociale minime in
    /// vigoare la momentul depunerii cererii": 60 lei.
    #[serde(rename = "up_to_minimum_social_pension")]
    UpToMinimumSocialPension,
    /// "cu venit net peste valoarea pensiei sociale minime – pana la 1.000
    /// lei, inclusiv": 50 lei.
    #[serde(rename = "above_minimum_social_pension_up_to_1000")]
    AboveMinimumSocialPensionUpTo1000,
    /// Up to 1.000 lei: 60 or 50 lei, by the minimum social pension, whose
    /// figure is not on the page.
    #[serde(rename = "up_to_1000")]
    UpTo1000MinimumPensionUnknown,
    /// Over 1.000 and under 1.001 lei: the page's tiers ("pana la 1.000
    /// lei, inclusiv", "intre 1.001 lei – 1.450 lei") leave it out.
    #[serde(rename = "between_1000_and_1001")]
    Between1000And1001,
    /// "cu venit net intre 1.001 lei – 1.450 lei, inclusiv": 40 lei.
    #[serde(rename = "from_1001_to_1450")]
    From1001To1450,
}

/// Wrapped by `Criterion::Local`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "criterion", rename_all = "snake_case")]
pub enum LocalCriterion {
    /// Holiday tickets: the category one person is in (at most one), and
    /// the figures that put them there.
    TicketCategory {
        member: usize,
        category: Option<TicketCategory>,
        age: Option<u32>,
        net_income: Option<Decimal>,
        #[serde(skip_serializing_if = "Option::is_none")]
        tier: Option<PensionerTier>,
        /// Exactly 60: "peste 60 ani" does not say whether the 60th year
        /// counts.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        age_exactly_limit: bool,
    },
    /// Holiday tickets: someone in the family is in a category.
    AnyTicketCategory { members_in_category: u32 },
    /// Emergency aid: the situation is one the page names.
    EmergencySituation { declared: Option<LocalEmergency> },
    /// Emergency aid: income per family member up to the national minimum
    /// gross base salary, whose figure is not on the page: only no income
    /// at all passes for sure; otherwise the office compares.
    IncomeUpToMinimumWage {
        members: u32,
        income_month: YearMonth,
        total_net: Option<Decimal>,
        per_member: Option<Decimal>,
    },
    /// Emergency aid: the sum needed, against the page's maximum (above
    /// it, the Local Council decides each case).
    EmergencyAmount {
        situation: LocalEmergency,
        needed: Option<Decimal>,
        max: Decimal,
    },
    /// Funeral aid: the family bears a funeral's costs.
    FuneralCosts { declared: Option<bool> },
    /// Funeral aid: the person who died had domicile in the town.
    DeceasedLivedInTown { declared: Option<bool> },
    /// Funeral aid: which of the page's two cases (I.1 the family of a VMI
    /// beneficiary; I.2 low income, no death aid from another institution).
    FuneralRoute {
        vmi_family: bool,
        other_death_aid: Option<bool>,
    },
    /// Home care: the applicant is an elderly person needing care at home,
    /// in one of the page's situations.
    HomeCareNeed {
        declared: Option<bool>,
        situations: Option<Vec<HomeCareSituation>>,
    },
    /// Home care: free or with a contribution, by the elderly person's own
    /// income against the page's figure.
    HomeCareIncome {
        net_income: Option<Decimal>,
        limit: Decimal,
        vmi_beneficiary: bool,
    },
    /// Abroad duty: a parent (or both, or the guardian) will leave to work
    /// abroad.
    LeavingToWorkAbroad { declared: Option<bool> },
    /// Abroad duty: the family has a child under 18.
    MinorChild { children: u32 },
}

// ---------------------------------------------------------------------------
// Documents and forms
// ---------------------------------------------------------------------------

/// Wrapped by `Document::Local`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "document", rename_all = "snake_case")]
pub enum LocalDocument {
    /// "cerere scrisa" / "solicitarea scrisa".
    WrittenRequest,
    /// "certificatul de deces, in original si in copie".
    DeathCertificate,
    /// "actul de identitate al solicitantului".
    ApplicantIdentityCard,
    /// "acte de stare civila ale solicitantului din care sa rezulte relatia
    /// de rudenie cu decedatul".
    KinshipPapers,
    /// "acte care atesta calitatea de mostenitor, tutore, curator, dupa caz".
    HeirOrGuardianPapers,
    /// "dovezi privind suportarea cheltuielilor cu inmormantarea: factura
    /// insotita de bon/chitanta".
    FuneralInvoiceAndReceipt,
    /// "adeverinte de venit".
    IncomeCertificates,
    /// "acte de stare civila" (for all the family, for the child's aid).
    CivilStatusPapers,
    /// "acte medicale" — certified by the specialist.
    SpecialistMedicalPapers,
    /// "proces-verbal de constatare intocmit de institutiile abilitate (ex.
    /// I.S.U.)".
    IncidentReport,
    /// "documente care sa ateste situatia exceptionala".
    ExceptionalSituationProof,
    /// "ancheta sociala prin care se certifica situatia de necesitate" (the
    /// office makes it; Anexa nr. 16 to the 2011 norms).
    SocialInquiry,
    /// "facturi fiscale insotite de bon/chitanta" for what was bought.
    InvoicesAndReceipts,
    /// The parents' notification to the social assistance service (the
    /// Năvodari form "Declarație părinte plecat în străinătate").
    DepartureNotification,
    /// The request to the guardianship court to delegate parental
    /// authority, with proof of kinship, age and the carer's means.
    DelegationRequest,
    /// "copie act de identitate" (holiday tickets) and the papers the
    /// application names for the category.
    TicketCategoryPapers,
}

/// Wrapped by `Form::Local`: forms as the Năvodari page names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LocalForm {
    /// "Formular AS" (alocația de stat).
    NavodariStateAllowance,
    /// "Anexa nr.1" (copil născut în UE).
    NavodariEuAnnex,
    /// "Declaratie transfer AJPIS".
    NavodariAjpisTransfer,
    /// "Formular ICC".
    NavodariChildRaising,
    /// "Formular SI".
    NavodariInsertionIncentive,
    /// "Cerere modificare drepturi asistenta sociala".
    NavodariChangeRequest,
    /// "Cerere-declaratie pe propria raspundere".
    NavodariHeatingApplication,
    /// "Lista bunuri".
    NavodariAssetList,
    /// "Cerere pentru înmormântare".
    NavodariFuneralApplication,
    /// "Cerere tip tichete sociale".
    NavodariHolidayTicketsApplication,
    /// "Cerere-declaratie tichete gradinita".
    NavodariKindergartenTickets,
    /// "Pliant informativ".
    NavodariVmiLeaflet,
    /// "Angajament de plata".
    NavodariVmiPaymentUndertaking,
    /// "Cerere Venit minim de incluziune".
    NavodariVmiApplication,
    /// "Declaratie pe propria raspundere".
    NavodariVmiDeclaration,
    /// "Declaratie privind modificarile intervenite".
    NavodariVmiChanges,
    /// "Lista bunurilor ce duc la excluderea acordarii VMI".
    NavodariVmiAssetList,
    /// "CERERE CZ copii".
    NavodariChildrenDayCentre,
    /// "CERERE CZ persoane in varsta".
    NavodariElderlyDayCentre,
    /// "Cerere de înscriere cantina socială".
    NavodariCanteen,
    /// "CERERE de înscriere" (îngrijire la domiciliu).
    NavodariHomeCare,
    /// "Declarație părinte plecat în străinătate".
    NavodariParentAbroad,
    /// "Cerere angajare", "Acord bolnav", "Angajament" (asistent personal).
    NavodariPersonalAssistantHiring,
    NavodariPatientConsent,
    NavodariUndertaking,
    /// "Cerere acordare indemnizatie".
    NavodariDisabilityAllowance,
}

// ---------------------------------------------------------------------------
// Notes
// ---------------------------------------------------------------------------

/// Which of the Năvodari page's e-mail lists a benefit's PDF follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EmailList {
    /// Under the state allowance ("INDICAȚII PRIVIND TRANSMITEREA ONLINE A
    /// DOSARELOR PE E-MAIL").
    StateAllowance,
    /// "DOSAR NOU STIMULENT DE INSERȚIE".
    NewInsertionIncentive,
    /// "STIMULENT DE INSERȚIE /TRECERE DE LA ICC LA STIMULENT DE INSERȚIE".
    IncentiveFromChildRaising,
}

/// Who decides and pays a child benefit the town's office registers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentsAgency {
    /// "Agenția Județenă perntru plăți și inspecție socială Constanța".
    AjpisConstanta,
    /// The county agency where the person lives (the pages name Cluj's and
    /// Constanța's; the rule that the county agency pays is on both).
    OwnCounty,
}

/// Wrapped by `Note::Local`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum LocalNote {
    // --- Where and when to file (profile) --------------------------------
    /// The town's monthly filing window, as dates: the one open on the day
    /// of the check, else the next. `last_office_day`: the last day the
    /// office is open on or before `closes`.
    FilingWindow {
        first_day: u32,
        last_day: u32,
        opens: NaiveDate,
        closes: NaiveDate,
        last_office_day: NaiveDate,
        open_on_date: bool,
    },
    /// The dossier may be sent by e-mail: scanned, in one PDF, in this
    /// order (the page's list, spelled as printed).
    EmailOnePdf {
        address: &'static str,
        list: EmailList,
        order: &'static [&'static str],
    },
    /// E-mail is allowed, but the page gives no order of its own for this
    /// benefit (it points to "the indications at the bottom of the page").
    EmailNoOwnOrder { address: &'static str },
    /// Only at the office (the page names no e-mail for it).
    AtTheOfficeOnly,
    /// The town's office registers and sends the dossier; the county
    /// agency decides and pays.
    AgencyDecidesAndPays { agency: PaymentsAgency },
    /// Any other town: filed at the social assistance service of the town
    /// hall where the person has domicile or residence; we hold no address.
    FileAtYourTownHall,
    /// A person checked against Năvodari's profile who lives elsewhere:
    /// "Dosarele se depun la primăria unde solicitantul are domiciliul
    /// stabil sau reședința înscrise în cartea de identitate".
    FileWhereYouLiveNavodari,
    /// A child or a person with a disability in difficulty: the county's
    /// DGASPC. `county`: the one the page names (Constanța's, whose
    /// agreement the Năvodari allowance needs, "bloc Turn Gară"), or none
    /// (the person's own county).
    AskCountyDgaspc { county: Option<MunicipalityId> },
    /// The disability allowance is paid from the month after the request:
    /// filed on the day of the check, from `first_month`.
    AllowanceFromMonthAfterRequest {
        if_filed_on: NaiveDate,
        first_month: YearMonth,
    },
    // --- Năvodari's holiday tickets --------------------------------------
    /// One person's tickets for one holiday, at the page's figure for
    /// `year` (set yearly by the mayor's disposition).
    TicketValue {
        member: usize,
        category: TicketCategory,
        per_holiday: Decimal,
        year: i32,
    },
    /// A pensioner up to 1.000 lei: 60 lei if the income is at most the
    /// minimum social pension in force when filing, else 50 lei; the page
    /// gives no figure for that pension.
    TicketTierByMinimumPension {
        member: usize,
        low: Decimal,
        high: Decimal,
    },
    /// A pensioner with an income over 1.000 and under 1.001 lei: the
    /// page's tiers leave it out; the office decides.
    TicketTierGap { member: usize },
    /// Exactly 60 years old without income: "peste 60 ani".
    TicketAgeAtLimit { member: usize },
    /// The family's total for one holiday at the `year` figures (a range
    /// where a tier turns on the minimum social pension or the office
    /// decides), and that the mayor sets the values every year.
    TicketsTotal {
        min: Decimal,
        max: Decimal,
        year: i32,
    },
    /// Given twice a year, at Easter and at Christmas: the next ones.
    TicketOccasions {
        easter: NaiveDate,
        christmas: NaiveDate,
    },
    /// One category per person or family; a person with a severe or
    /// accentuated disability gets the disability category.
    TicketOneCategory,
    /// The page names the VMG and the ASF; since 2024 both are the VMI.
    TicketVmiReplacesVmgAndAsf,
    /// Only on a written request at the office, with the identity card.
    TicketsOnRequest,
    // --- Năvodari's emergency aid ----------------------------------------
    /// The page's maximum (medical; the child's aid per child per school
    /// year) or fixed sum (calamity).
    EmergencyMaximum {
        situation: LocalEmergency,
        sum: Decimal,
        fixed: bool,
    },
    /// Over the maximum: the Local Council approves the sum case by case
    /// (the office sends the dossier to its committee).
    EmergencyOverMaximumCouncil { needed: Decimal, max: Decimal },
    /// The limit is the national minimum gross base salary per member,
    /// "indexat in conditiile legii": the page gives no figure.
    MinimumWageNotOnPage,
    /// Granted by the mayor's disposition, after a social inquiry.
    ByMayorsDisposition,
    /// What the child's aid may buy: food, clothing and shoes, textbooks,
    /// school supplies or equipment.
    ChildAidUses,
    // --- Năvodari's funeral aid ------------------------------------------
    /// 1.000 lei, once, to one person: the spouse, child, parent, guardian,
    /// curator, heir, or whoever proves they paid for the funeral.
    FuneralFixedSum { sum: Decimal },
    /// A person living elsewhere may get it if the person who died had
    /// domicile in Năvodari.
    FuneralApplicantMayLiveElsewhere,
    /// Burials of unidentified people or without family are paid by the
    /// town hall through a contract: nothing to ask.
    FuneralUnidentifiedByContract,
    // --- Năvodari's home care --------------------------------------------
    /// Free: no income, VMI (ajutor social on the page), or income under
    /// the figure.
    HomeCareFree { limit: Decimal },
    /// With a contribution: a share of the service's cost by the Local
    /// Council's income grid, not on the page.
    HomeCareContribution { limit: Decimal },
    /// Exactly the figure: the page says free "sub suma" and a
    /// contribution "peste suma", neither at it; the office decides.
    HomeCareExactlyAtLimit { limit: Decimal },
    /// What the carers help with (the page's list).
    HomeCareServices,
    // --- Năvodari's day centres ------------------------------------------
    /// The children's day centre: for whom, what it offers, 50 places.
    ChildrenDayCentre { places: u32 },
    /// The day centre for elderly people: activities and health checks.
    ElderlyDayCentre,
    /// The social canteen's own address in Năvodari.
    CanteenAddress { address: &'static str },
    // --- Parents leaving to work abroad ----------------------------------
    /// Who must notify: the parent with sole parental authority or with
    /// whom the child lives; both parents or the guardian alike.
    AbroadWhoNotifies,
    /// Name a carer: extended family, at least 18, able to raise the
    /// child; the guardianship court confirms and delegates parental
    /// authority for at most a year, deciding within 3 days; copies go to
    /// both town halls.
    AbroadCarerAndCourt,
    /// The notice can no longer be 40 days ahead: notify now.
    AbroadNoticeLate { departure: NaiveDate },
    /// How the 40 days are counted (calendar days, back from the
    /// departure day, which is not counted).
    AbroadCounting,
}
