//! The identifiers of the means-tested and local benefits (issue 10): VMI,
//! the social canteen, kindergarten tickets, Cluj-Napoca's rent aid, its
//! emergency and funeral aid and the services the pages explain without
//! criteria. Each shared enum of the engine (`Fact`, `Criterion`,
//! `Document`, `Form`, `Note`, `SupplementPart`) wraps the matching enum
//! here in one `#[serde(untagged)]` variant, so the JSON stays flat
//! (`{"criterion": "vmi_income", …}`) and this area's words live in one
//! place. Data only: what these benefits share (the adjusted income, the
//! obligations as dated deadlines) is in `rules::benefits::means`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use crate::rules::core::params::ngo::ServiceBudget;

use crate::rules::core::calendar::YearMonth;
use crate::rules::core::household::{Answer, IncomeKind, KindergartenAttendance, ListedAsset};

// ---------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------

/// The facts these benefits may still need, in asking order (who and what
/// first, the papers last). Wrapped by `Fact::Means`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum MeansFact {
    /// VMI: whether the family lives and keeps house with others.
    LivesWithOthers,
    /// Rent aid: the three categories.
    CareLeaver,
    MarginalisedInDasmRecords,
    DomesticViolenceVictim,
    /// Rent aid: months of domicile or residence in Cluj-Napoca.
    MonthsOfResidence,
    ActuallyLivesInCity,
    OwnsOrSoldHome,
    StateHousing,
    StateHousingCredit,
    /// Rent aid: months of the aid already received.
    RentAidMonthsReceived,
    /// Canteen categories, per person.
    RetirementAge {
        member: usize,
    },
    SociallyIsolated {
        member: usize,
    },
    LegalSupporters {
        member: usize,
    },
    /// Canteen category f), asked once for the family: which members are
    /// invalid or chronically ill (issue 17: not one screen per person).
    ChronicallyIllOrInvalid,
    DaysWithoutIncome {
        member: usize,
    },
    FullTimeStudent {
        member: usize,
    },
    StudiesOverFiveYears {
        member: usize,
    },
    /// Kindergarten tickets: enrolment and attendance of a young child.
    Kindergarten {
        member: usize,
    },
    /// Kindergarten tickets: the applicant cares for the child while the
    /// parents work abroad.
    DesignatedCarer,
    /// Rent aid: the list of excluding assets, local taxes, the lease.
    ListedAssets,
    LocalTaxesPaid,
    LeaseWithRelative,
    /// Rent aid papers: whether the lease is already registered with ANAF.
    LeaseRegistered,
    /// Rent aid papers: whether an adult without income is able to work.
    AbleToWork {
        member: usize,
    },
}

impl MeansFact {
    /// The stable name an answer is stored under, as
    /// [`Fact::key`](crate::rules::core::facts::Fact::key).
    pub fn key(self) -> String {
        let (name, member) = self.parts();
        match member {
            Some(m) => format!("{name}:{m}"),
            None => name.to_string(),
        }
    }

    fn parts(self) -> (&'static str, Option<usize>) {
        use MeansFact::*;
        match self {
            LivesWithOthers => ("lives_with_others", None),
            CareLeaver => ("care_leaver", None),
            MarginalisedInDasmRecords => ("marginalised_in_dasm_records", None),
            DomesticViolenceVictim => ("domestic_violence_victim", None),
            MonthsOfResidence => ("months_of_residence", None),
            ActuallyLivesInCity => ("actually_lives_in_city", None),
            OwnsOrSoldHome => ("owns_or_sold_home", None),
            StateHousing => ("state_housing", None),
            StateHousingCredit => ("state_housing_credit", None),
            RentAidMonthsReceived => ("rent_aid_months_received", None),
            RetirementAge { member } => ("retirement_age", Some(member)),
            SociallyIsolated { member } => ("socially_isolated", Some(member)),
            LegalSupporters { member } => ("legal_supporters", Some(member)),
            ChronicallyIllOrInvalid => ("chronically_ill_or_invalid", None),
            DaysWithoutIncome { member } => ("days_without_income", Some(member)),
            FullTimeStudent { member } => ("full_time_student", Some(member)),
            StudiesOverFiveYears { member } => ("studies_over_five_years", Some(member)),
            Kindergarten { member } => ("kindergarten", Some(member)),
            DesignatedCarer => ("designated_carer", None),
            ListedAssets => ("listed_assets", None),
            LocalTaxesPaid => ("local_taxes_paid", None),
            LeaseWithRelative => ("lease_with_relative", None),
            LeaseRegistered => ("lease_registered", None),
            AbleToWork { member } => ("able_to_work", Some(member)),
        }
    }

    /// The fact stored under `name` (and `member`), if it is one of these.
    pub fn from_parts(name: &str, member: Option<usize>) -> Option<Self> {
        use MeansFact::*;
        Some(match (name, member) {
            ("lives_with_others", None) => LivesWithOthers,
            ("care_leaver", None) => CareLeaver,
            ("marginalised_in_dasm_records", None) => MarginalisedInDasmRecords,
            ("domestic_violence_victim", None) => DomesticViolenceVictim,
            ("months_of_residence", None) => MonthsOfResidence,
            ("actually_lives_in_city", None) => ActuallyLivesInCity,
            ("owns_or_sold_home", None) => OwnsOrSoldHome,
            ("state_housing", None) => StateHousing,
            ("state_housing_credit", None) => StateHousingCredit,
            ("rent_aid_months_received", None) => RentAidMonthsReceived,
            ("retirement_age", Some(member)) => RetirementAge { member },
            ("socially_isolated", Some(member)) => SociallyIsolated { member },
            ("legal_supporters", Some(member)) => LegalSupporters { member },
            ("chronically_ill_or_invalid", None) => ChronicallyIllOrInvalid,
            ("days_without_income", Some(member)) => DaysWithoutIncome { member },
            ("full_time_student", Some(member)) => FullTimeStudent { member },
            ("studies_over_five_years", Some(member)) => StudiesOverFiveYears { member },
            ("kindergarten", Some(member)) => Kindergarten { member },
            ("designated_carer", None) => DesignatedCarer,
            ("listed_assets", None) => ListedAssets,
            ("local_taxes_paid", None) => LocalTaxesPaid,
            ("lease_with_relative", None) => LeaseWithRelative,
            ("lease_registered", None) => LeaseRegistered,
            ("able_to_work", Some(member)) => AbleToWork { member },
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------

/// The two components of the VMI (Legea 196/2016).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VmiComponent {
    /// Ajutorul de incluziune.
    InclusionAid,
    /// Ajutorul pentru familia cu copii.
    FamilyWithChildrenAid,
}

/// The income band of the family-with-children aid's tables (seed `004`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeBand {
    /// Beneficiară de ajutor de incluziune, or up to 275 lei per member.
    UpTo275,
    /// Between 276 and 700 lei per member inclusive.
    From276To700,
}

/// The categories of seed `004`'s list of who may eat at the social canteen
/// (Legea 208/1997), lit. a)–g).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CanteenCategory {
    /// a) a child under 18 in a family under the income level.
    ChildInLowIncomeFamily,
    /// b) a full-time pupil or student up to 25 (26) in such a family.
    StudentInLowIncomeFamily,
    /// c) a beneficiary of the VMI with income up to the level.
    VmiBeneficiary,
    /// d) pensionarii.
    Pensioner,
    /// e) past retirement age and isolated, without supporters or income.
    RetirementAgeAlone,
    /// f) invalizii și bolnavii cronici.
    ChronicallyIllOrInvalid,
    /// g) temporarily without income, at most 90 days a year.
    TemporarilyWithoutIncome,
}

/// How kindergarten tickets reach a child (seed `004`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketsRoute {
    /// Din oficiu, to a family entitled to the VMI family-with-children aid.
    FamilyWithChildrenAid,
    /// Pe bază de cerere, by the person designated by parents working abroad.
    DesignatedCarer,
}

/// Wrapped by `Criterion::Means`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "criterion", rename_all = "snake_case")]
pub enum MeansCriterion {
    /// The VMI adjusted net income (venitul net lunar ajustat) against one
    /// component's level: every income of the month before filing except
    /// the kinds seed `004` leaves out.
    VmiIncome {
        component: VmiComponent,
        members: u32,
        income_month: YearMonth,
        total_net: Option<Decimal>,
        /// The kinds left out that this household has, and their sum.
        left_out: Vec<IncomeKind>,
        left_out_total: Option<Decimal>,
        adjusted_total: Option<Decimal>,
        /// Rounded to the ban, for display; the total decides (see `vmi.rs`).
        per_member: Option<Decimal>,
        limit_per_member: Decimal,
        limit_total: Option<Decimal>,
        /// The single person aged 65 or more: the 400-lei level.
        single_aged_65: bool,
    },
    /// VMI: the family lives and keeps house with others.
    LivesWithOthers {
        declared: Option<bool>,
    },
    /// VMI family-with-children aid: children under 18 in the family.
    #[serde(rename = "children_under_18")]
    ChildrenUnder18 {
        children: u32,
        single_parent: bool,
    },
    /// Rent aid: one of the three categories.
    RentAidCategory {
        care_leaver: Option<bool>,
        applicant_age: Option<u32>,
        marginalised: Option<Answer>,
        domestic_violence_victim: Option<bool>,
    },
    /// Rent aid: 24 months of residence, unless exempt.
    MonthsOfResidence {
        months: Option<u32>,
        required: u32,
        exempt: bool,
    },
    ActuallyLivesInCity {
        declared: Option<bool>,
    },
    NoHomeOwnedOrSold {
        declared: Option<bool>,
    },
    NoStateHousing {
        declared: Option<bool>,
    },
    NoStateHousingCredit {
        declared: Option<bool>,
    },
    /// Rent aid: months already received, against the most the page allows
    /// (up to `months`, extendable to `max_months`).
    RentAidMonthsReceived {
        received: Option<u32>,
        months: u32,
        max_months: u32,
    },
    /// Rent aid: the family's net income against the level for its size, in
    /// ISR multiples.
    RentAidIncome {
        members: u32,
        income_month: YearMonth,
        total_net: Option<Decimal>,
        isr: Decimal,
        coefficient: Option<Decimal>,
        limit: Option<Decimal>,
    },
    /// Rent aid: nothing on seed `001`'s list of excluding assets.
    NoListedAssets {
        owned: Option<Vec<ListedAsset>>,
        /// Victims of domestic violence are excepted from the list, except
        /// for other buildings.
        domestic_violence_exception: bool,
    },
    LocalTaxesPaid {
        declared: Option<bool>,
    },
    NoLeaseWithRelative {
        declared: Option<bool>,
    },
    /// Canteen: the family's net income per person against the level.
    CanteenIncome {
        members: u32,
        income_month: YearMonth,
        total_net: Option<Decimal>,
        per_member: Option<Decimal>,
        level: Decimal,
    },
    /// Canteen: the categories one person is in.
    CanteenMember {
        member: usize,
        categories: Vec<CanteenCategory>,
    },
    /// Kindergarten tickets: one young child and the kindergarten.
    KindergartenChild {
        member: usize,
        age: Option<u32>,
        attendance: Option<KindergartenAttendance>,
    },
    /// Kindergarten tickets: the way they reach the family.
    TicketsRoute {
        route: Option<TicketsRoute>,
    },
    /// Kindergarten tickets for the designated carer: income per person,
    /// the child included, against the family-with-children aid's level.
    TicketsCarerIncome {
        members: u32,
        total_net: Option<Decimal>,
        left_out_total: Option<Decimal>,
        per_member: Option<Decimal>,
        limit: Decimal,
    },
}

// ---------------------------------------------------------------------------
// Amount parts, documents, forms
// ---------------------------------------------------------------------------

/// Wrapped by `SupplementPart::Means`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeansPart {
    InclusionAid,
    FamilyWithChildrenAid,
    /// Kindergarten tickets for one child (the nominal minimum).
    KindergartenTickets,
}

/// Wrapped by `Document::Means`. `member` is the index in `members`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "document", rename_all = "snake_case")]
pub enum MeansDocument {
    /// Declarația pe propria răspundere (VMI).
    OwnResponsibilityDeclaration,
    /// Angajamentul de plată (for sums that may be found paid without right).
    PaymentUndertaking,
    /// Dovada școlarizării, for a child aged 3 to 16.
    SchoolProof { member: usize },
    /// Identity card, or for a foreign citizen the registration certificate
    /// or residence card.
    IdentityOrResidenceCard { member: usize },
    /// AJOFM's proof that an adult able to work, without income, is looking
    /// for a job.
    JobSeekerProof { member: usize },
    /// For a domicile in another town: the certificate of the local tax
    /// office there (buildings, land, vehicles, with the registration of
    /// each vehicle) and of its agricultural register.
    AssetCertificatesFromDomicile,
    /// Notarised declarations: no home owned or sold in 10 years, no state
    /// housing, no state housing credit.
    NotarisedHousingDeclarations,
    /// The lease registered with ANAF and/or the income tax declaration.
    RegisteredLease,
    /// The declaration that the lease is not with a relative up to the 4th
    /// degree.
    NoRelativeLeaseDeclaration,
    /// Pupil or student certificate, saying whether and how much
    /// scholarship is received.
    PupilOrStudentCertificate { member: usize },
    /// The pension decision.
    PensionDecision { member: usize },
    /// The family doctor's certificate: no contagious disease, can attend
    /// the canteen.
    FamilyDoctorCertificate { member: usize },
    /// The specialist's certificate for a chronic illness.
    SpecialistCertificate { member: usize },
    /// The kindergarten's certificate.
    KindergartenCertificate { member: usize },
    /// The court decision delegating parental authority to the designated
    /// person (art. 104 din Legea 272/2004).
    ParentalAuthorityDelegation,
    /// Marriage, death and divorce papers, as the case may be.
    CivilStatusPapers,
    /// The school's or university's certificate of day courses (canteen,
    /// young people of 18 to 26).
    DayCoursesCertificate { member: usize },
}

/// Wrapped by `Form::Means`: the forms as the DASM pages name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeansForm {
    /// "Formular cerere acordare venit minim incluziune" (seed `000`).
    VmiApplication,
    /// "Cerere completare dosar prestatii" (seed `000`).
    BenefitsDossierCompletion,
    /// "Acte necesare acordare prestatii" (seed `000`).
    BenefitsRequiredDocuments,
    /// "Cerere ajutor pentru plata chiriei" (seed `000`).
    RentAidApplication,
    /// "INFORMATII – ajutor plata chiriei" (seed `000`).
    RentAidInformation,
    /// "Cerere cantina cu 30% si cantina gratuita" (seed `000`).
    CanteenApplicationFreeOrContribution,
    /// "Cerere cantina" (seed `000`).
    CanteenApplication,
    /// "Cerere acordare tichete grădiniță" (seed `001`).
    KindergartenTicketsApplication,
    /// "Cerere ajutor de deces-urgență" (seed `000`).
    DeathOrEmergencyAidApplication,
    /// "Acte necesare ajutor deces" (seed `001`).
    DeathAidDocuments,
    /// "Informatii program stomatologic 2021-2024" (seed `000`).
    DentalProgrammeInformation,
    /// "Cerere înscriere program stomatologic" (seed `000`).
    DentalProgrammeApplication,
    /// "Declarație GDPR" (seed `000`).
    GdprDeclaration,
    /// "Formular cerere pentru acordare tichete sociale" (seed `000`).
    SocialTicketsApplication,
    /// "Cerere tip pentru ancheta-bani de liceu" (seed `000`).
    HighSchoolInquiryApplication,
    /// "Cerere de solicitare a subvenției în temeiul Legii nr.34/1998" (`000`).
    NgoSubsidyApplication,
    /// "Fișa tehnică privind unitatea de asistență socială" (seed `000`).
    NgoTechnicalSheet,
    /// "Anexa B Buget (Subvenție Legea 34)" (seed `001`).
    NgoBudgetAnnex,
    /// "Catalog ONG-uri Cluj-Napoca" (seed `000`).
    NgoCatalogue,
    /// "Lista ONG-uri licenţiate cu activitate pe raza municipiului
    /// Cluj-Napoca" (seed `000`).
    LicensedNgoList,
}

// ---------------------------------------------------------------------------
// Notes
// ---------------------------------------------------------------------------

/// Wrapped by `Note::Means`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum MeansNote {
    // --- VMI -------------------------------------------------------------
    /// One application for both components, paid together once a month.
    VmiOneApplicationOnePayment,
    /// The VMI's own list of excluding assets ("Lista bunurilor ce duc la
    /// excluderea acordării VMI") is not on the pages: the office checks it.
    VmiAssetsCheckedByOffice,
    /// The family lives and keeps house with others: the office also counts
    /// its share of the income earned together, which we cannot work out.
    VmiSharedHouseholdIncome,
    /// The calculation gave less than the floor: the floor is paid.
    VmiFloorApplied { computed: Decimal, floor: Decimal },
    /// The declaration on own responsibility, every `months` months.
    VmiDeclarationEvery { months: u32 },
    /// With the inclusion aid, one adult able to work does local-interest
    /// work monthly at the mayor's request; up to `quarterly_up_to` lei of
    /// inclusion aid, the hours are set quarterly.
    VmiLocalInterestWork {
        quarterly: bool,
        quarterly_up_to: Decimal,
    },
    /// Adults able to work without a job, self-employment or farming come
    /// to the employment agency whenever called (not for families that get
    /// only the family-with-children aid).
    VmiJobSeekerObligation,
    /// The papers the office asks only when the national register (SNIAS)
    /// cannot confirm the family: birth, marriage, adoption, placement,
    /// guardianship, delegation, missing or detained spouse.
    VmiPapersIfRegisterCannotConfirm,
    /// A death certificate for a member who died, and other papers the
    /// applicant's situation calls for.
    VmiOtherPapers,
    /// Children in kindergarten of a family with the family-with-children
    /// aid also get kindergarten tickets, without another application.
    VmiKindergartenTicketsToo,
    /// The adjusted income is over 275 and under 276 lei per member: the
    /// page's bands ("de până la 275", "cuprins între 276 … și 700") leave
    /// it out; we used the second band (`amount`), the office decides.
    VmiBandGap {
        per_member: Decimal,
        amount: Decimal,
    },
    /// A single person in the year after the 65th birthday: the page says
    /// once "a depășit vârsta de 65 ani" and twice "cu vârsta de cel puțin
    /// 65 de ani"; we read "at least 65", the office decides.
    VmiAge65TwoReadings,
    // --- Shared ----------------------------------------------------------
    /// Someone other than a spouse, partner or child is listed in the
    /// family (a grandparent at home): we counted everyone listed; the
    /// pages do not say who makes up the family, the office decides.
    WhoCountsAsFamily,
    // --- Rent aid --------------------------------------------------------
    /// Meeting the criteria does not guarantee the aid: the commission
    /// scores the eligible applications and decides.
    RentAidScoringDecides,
    /// Paid every month directly to the landlord.
    RentAidPaidToLandlord,
    /// Granted for up to `months` months, extendable to `max_months`;
    /// `received`: the months the person has already had.
    RentAidDuration {
        months: u32,
        max_months: u32,
        received: Option<u32>,
    },
    /// The person has had the aid for `received` months, the most the page
    /// allows: it does not say whether one may apply again afterwards.
    RentAidMaximumReached { received: u32, max_months: u32 },
    /// Not in DASM's records as marginalised: the category is for those
    /// DASM's social inquiry finds so; the person may ask DASM for one.
    RentAidSocialInquiry,
    /// The page gives no amount.
    RentAidAmountNotOnPages,
    /// "până la 35 de ani": the page does not say whether the 35th year
    /// counts; the office decides for a person aged exactly 35.
    RentAidAgeLimitUnclear { age: u32 },
    /// The list of excluding assets is titled for people in DASM's records;
    /// the rule before it names everyone but victims of domestic violence.
    RentAidAssetListScope,
    /// Papers the office may ask case by case: disability certificate,
    /// pension decision, divorce, placement or adoption rulings, medical.
    RentAidCaseByCasePapers,
    /// Paper 8, "Adeverințe de elev/ student, care să conțină mențiunea
    /// primește/ nu primește bursă", for a child whose schooling is not
    /// known: said, not asked (the pages give no school age).
    RentAidPupilCertificates,
    /// The lease with a relative: the page asks for a declaration that
    /// there is none.
    RentAidRelativeLease,
    // --- Social canteen --------------------------------------------------
    /// Free: the income per person is under the level.
    CanteenFree { per_member: Decimal, level: Decimal },
    /// With a contribution of `percent` % of the income per person, at most
    /// the cost of the meals served.
    CanteenContribution {
        per_member: Decimal,
        level: Decimal,
        percent: Decimal,
        contribution: Decimal,
    },
    /// The level the canteen page names (the guaranteed minimum income's
    /// level for a single person) is now the VMI inclusion aid's.
    CanteenLevelIsVmiLevel { level: Decimal },
    /// The canteen page lists no incomes left out: we counted them all.
    CanteenIncomeExclusionsNotOnPages,
    /// The answer turns on incomes the VMI leaves out (`left_out`): with
    /// them the income per person is `per_member` (not under the level),
    /// without them `per_member_without` (under it). The canteen page does
    /// not say whether they count: the office decides.
    CanteenIncomeCountUnclear {
        per_member: Decimal,
        per_member_without: Decimal,
        left_out: Vec<IncomeKind>,
        level: Decimal,
    },
    /// The income per person is exactly the level: the page gives free
    /// meals "sub nivelul" and the contribution "peste nivelul", neither at
    /// it. We gave the contribution; the office decides.
    CanteenExactlyAtLevel { level: Decimal },
    /// Services under a contract with the town hall (Legea 208/1997).
    CanteenContract,
    // --- Kindergarten tickets --------------------------------------------
    /// Given without a request to the holder of the family-with-children
    /// aid, with it or after it.
    TicketsWithoutRequest,
    /// Given September–June; `in_period` on the day of the check, else the
    /// next period starts on `next_starts`.
    TicketsMonths {
        in_period: bool,
        next_starts: NaiveDate,
    },
    /// 105 lei is the page's minimum nominal value a month, per child.
    TicketsMinimumValue,
    /// Regular attendance: daily presence but for excused absences (medical
    /// with a note, up to 3 days' leave a month) within 50 % of the days;
    /// once a school year more, for medical reasons.
    TicketsAttendanceRules,
    /// Unexcused absences (no medical note, beyond 3 days of leave a month):
    /// no tickets for that month; a month of regular attendance brings
    /// them again.
    TicketsMissedMonth,
    /// For food, hygiene, clothing, school supplies; never cigarettes or
    /// alcohol, never for money, no change, only where the sticker is.
    TicketsUse,
    /// Homeless children in the office's records, and foreign or stateless
    /// children resident or protected in Romania, get them too.
    TicketsHomelessAndForeignChildren,
    /// The family-allowance level the page names (557 lei) was replaced by
    /// the VMI family-with-children aid's level.
    TicketsLevelIsVmiLevel { level: Decimal },
    // --- Emergency and funeral aid --------------------------------------
    /// DASM Cluj-Napoca lists it and gives the form; its pages state no
    /// amount or criteria: the office decides each case.
    LocalAidCaseByCase,
    /// The papers for the death aid are on the office's "Acte necesare
    /// ajutor deces" form.
    FuneralAidDocumentsOnForm,
    /// The rules seed `004` states are Năvodari's own and do not apply here.
    OtherTownRulesDoNotApply,
    /// The person lives in another town: the pages say what DASM
    /// Cluj-Napoca does for its residents (for the emergency aid: "aplică
    /// legislația"), not that the service is Cluj-Napoca's own; they ask at
    /// their own town hall, whose rules the pages do not give. `funeral`: the pages do not say
    /// either what happens when the person who died lived in Cluj-Napoca.
    AskYourOwnTownHall { funeral: bool },
    // --- Explained, not screened ------------------------------------------
    /// The pages describe it but give no criteria to check.
    NotScreened,
    /// The household's answers show it is not among those the service is
    /// for (its page's audience): listed among what does not apply.
    NotForThisHousehold { audience: Audience },
    /// The multiannual dental programme for disadvantaged people.
    DentalProgramme,
    /// Social tickets through the "Alimente" programme.
    FoodTicketProgramme,
    /// POAD: DASM assesses families without or with low income and lists
    /// those in its records.
    EuFoodAid,
    /// School bags and supplies for children of families with the VMI or a
    /// free canteen meal.
    SchoolSupplies,
    /// The certificate of double household expenses (EU citizens, mostly
    /// from Germany, who support relatives in Romania).
    DoubleHouseholdExpensesCertificate,
    /// The certificate for seasonal work (Romanians going to work in the EU).
    SeasonalWorkCertificate,
    /// "Bani de liceu": schools send the requests, DASM makes the social
    /// inquiry.
    HighSchoolMoneyInquiry,
    /// The Social Inclusion Centre: whom it serves and what it offers.
    SocialInclusionCentre { address: &'static str },
    /// Seed `004` names the newborn vouchers and nothing more.
    NewbornVouchersNamedOnly,
    /// A person with a severe disability whose certificate says "cu
    /// asistent personal" chooses between a personal assistant and the
    /// monthly allowance (not those with a severe visual disability).
    PersonalAssistantChoice,
    /// The allowance equals a personal assistant's net pay (grade 0), paid
    /// by the town hall where the person lives, while the certificate is
    /// valid, from the month after the application.
    PersonalAssistantAllowance,
    /// Who cannot get the allowance: children in special protection,
    /// adults in public residential care over a month, persons detained.
    PersonalAssistantExcluded,
    /// The papers seed `004` lists, for a child and for an adult.
    PersonalAssistantDocuments,
    /// The DGASPC Cluj (seed `003`) for a child or a person with a
    /// disability at risk.
    AskDgaspc,
    /// Legea 34/1998: who may ask for a subsidy, and the legal framework.
    NgoSubsidyWho,
    /// The 2024 estimated budget per social service code (seed `002`).
    NgoSubsidyBudgets {
        budgets: &'static [ServiceBudget],
        total: Decimal,
    },
    /// The average monthly subsidy is set by HCL 788/2022 (which replaced
    /// HCL 596/2016), not on the pages.
    NgoAverageSubsidyByHcl,
    /// The catalogue of NGOs on seed `000`.
    NgoCatalogue { names: &'static [&'static str] },
    /// Legea 350/2005 grants: the 2024 estimated budget and what was funded
    /// in 2023.
    NgoGrants {
        budget_2024: Decimal,
        funded_2023: u32,
    },
}

/// Whom a service is for, as its page says, in terms the household's
/// answers can test. Where the page names no one the answers can see
/// (the "populaţiei defavorizate" of the dental programme, EU citizens
/// supporting relatives here), the service is for anyone and stays listed.
/// How the answers test it is `Audience::touches`, in
/// `benefits::information_only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// No one the answers can rule out.
    Anyone,
    /// Children of the family: "ghiozdane, rechizite pentru copii" (seed
    /// `000`). A member whose role is child, under 18.
    Children,
    /// A pupil: "Bani de liceu", asked by the schools (seed `000`). A child
    /// of the family or a member in school; the page gives no age.
    Pupils,
    /// A newborn (seed `004`: "tichete sociale pe suport electronic pentru
    /// nou-născuţi"): a child in the first year. The page gives no age; the
    /// first year is the generous reading of "nou-născut".
    Newborns,
    /// "persoane marginalizate social … aflate în evidențele DASM" (seed
    /// `000`): not for someone who said they are not in DASM's records.
    InDasmRecords,
    /// A severe disability ("handicap grav", seed `004`).
    SevereDisability,
    /// Associations and foundations, never a household: kept as
    /// information for the volunteers who help them.
    Organisations,
}
