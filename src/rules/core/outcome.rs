//! What the engine answers: per benefit a status, the amount where the rules
//! fix one, the reasons (each criterion with the person's numbers, the
//! threshold and its source), the documents, the deadlines and notes.
//!
//! Everything here is data: identifiers, numbers, dates and sources. The UI
//! turns it into sentences in the person's language.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

pub use super::calendar::YearMonth;

use super::calendar::HolidayId;
use super::facts::Fact;
use super::household::{Answer, EnergySource, HeatingSystem, IncomeKind, Residence, Tenure};
use super::ids::child_raising::{
    ChildRaisingCriterion, ChildRaisingDocument, ChildRaisingForm, ChildRaisingNote,
    ChildRaisingPart,
};
use super::ids::local::{LocalCriterion, LocalDocument, LocalForm, LocalNote};
use super::ids::means::{MeansCriterion, MeansDocument, MeansForm, MeansNote, MeansPart};
use super::municipality::{MunicipalityId, Office};
use super::params::ParamError;
use super::source::Source;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// The date the check was made for (never the clock: the caller passes it).
    pub date: NaiveDate,
    pub municipality: MunicipalityId,
    pub office: Option<&'static Office>,
    pub benefits: Vec<BenefitOutcome>,
    /// Facts still missing for any benefit, in the order they should be asked.
    pub needs: Vec<Fact>,
    /// The earliest day on which a rule cited here was last compared with
    /// its source, and whether the check is so long after it that figures
    /// may have changed since (then the person is told where to confirm).
    pub figures_checked_on: Option<NaiveDate>,
    pub figures_may_be_outdated: bool,
}

impl Evaluation {
    pub fn benefit(&self, id: BenefitId) -> Option<&BenefitOutcome> {
        self.benefits.iter().find(|b| b.benefit == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitId {
    /// Ajutor pentru încălzirea locuinței (Legea 226/2021).
    HeatingAid,
    /// Supliment pentru energie (Legea 226/2021).
    EnergySupplement,
    /// Alocația de stat pentru copii (Legea 61/1993).
    StateChildAllowance,
    // The child-raising area (issue 9, `rules::child_raising`).
    /// Indemnizația pentru creșterea copilului (OUG 111/2010).
    ChildRaisingAllowance,
    /// Stimulentul de inserție (OUG 111/2010).
    InsertionIncentive,
    /// The supplement for a further birth during the leave.
    FurtherBirthSupplement,
    /// Sprijinul lunar for a parent with a severe or accentuated disability
    /// who does not qualify for the leave.
    DisabledParentSupport,
    // Means-tested and local benefits (issue 10, `rules::means`).
    /// Venitul minim de incluziune (Legea 196/2016): ajutorul de incluziune
    /// and ajutorul pentru familia cu copii.
    Vmi,
    /// Ajutor pentru plata chiriei (Cluj-Napoca's own programme, seed `001`).
    RentAid,
    /// Cantina de ajutor social (Legea 208/1997).
    SocialCanteen,
    /// Tichete sociale pentru grădiniță (Legea 248/2015).
    KindergartenTickets,
    /// Ajutor de urgență (DASM Cluj-Napoca).
    EmergencyAid,
    /// Ajutor de deces / înmormântare (DASM Cluj-Napoca).
    FuneralAid,
    /// Programul multianual de sănătate orală (stomatologie).
    DentalProgramme,
    /// Tichete sociale prin Programul social Alimente.
    FoodTicketProgramme,
    /// Ajutoare alimentare POAD (fonduri europene).
    EuFoodAid,
    /// Ghiozdane și rechizite.
    SchoolSupplies,
    /// Certificat pentru dovedirea situației de duble cheltuieli gospodărești.
    DoubleHouseholdExpensesCertificate,
    /// Certificat pentru forța de muncă sezonieră.
    SeasonalWorkCertificate,
    /// Anchetă socială pentru „Bani de liceu”.
    HighSchoolMoneyInquiry,
    /// Centrul de incluziune socială (str. Plevnei 158).
    SocialInclusionCentre,
    /// Tichete sociale pe suport electronic pentru nou-născuți.
    NewbornVouchers,
    /// Asistent personal sau indemnizație lunară (handicap grav, Legea 448/2006).
    PersonalAssistantOrAllowance,
    /// Subvenții pentru asociații și fundații (Legea 34/1998).
    NgoSubsidies,
    /// Finanțări nerambursabile (Legea 350/2005).
    NgoGrants,
    // Issue 19: the abroad duty (national) and Năvodari's own benefits.
    /// Părinții care pleacă la muncă în străinătate: notificarea cu 40 de
    /// zile înainte (Legea 272/2004, art. 104), in every profile.
    ParentsLeavingToWorkAbroad,
    /// Tichete sociale de Paște și de Crăciun (Năvodari, seed `004`).
    NavodariHolidayTickets,
    /// Ajutoare de urgență (Năvodari: medical, calamity, child).
    NavodariEmergencyAid,
    /// Ajutor de înmormântare (Năvodari).
    NavodariFuneralAid,
    /// Îngrijire la domiciliu pentru persoane vârstnice (Năvodari).
    NavodariHomeCare,
    /// Centrul de zi pentru copii (Năvodari).
    NavodariChildrenDayCentre,
    /// Centrul de zi pentru persoane în vârstă (Năvodari).
    NavodariElderlyDayCentre,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Eligible,
    NotEligible,
    /// A criterion fails on our reading, but the pages leave room (an income
    /// the office may leave out, a condition it may judge otherwise): we say
    /// "probably not", why, and that the person may still file.
    ProbablyNotEligible,
    /// Some answer is missing (see `needs`), or the pages leave the decision
    /// to the office (no `needs`: the person must ask there).
    NeedsMoreInfo,
    /// The pages describe the benefit but give no criteria to screen on.
    InformationOnly,
    /// Not for this household at all (a child benefit in a family with no
    /// child): listed, not argued.
    NotApplicable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BenefitOutcome {
    pub benefit: BenefitId,
    pub status: Status,
    pub amount: Option<Amount>,
    pub reasons: Vec<Reason>,
    pub documents: Vec<DocumentItem>,
    pub deadlines: Vec<Deadline>,
    pub notes: Vec<NoteItem>,
    pub forms: Vec<Form>,
    /// Facts this benefit still needs, in asking order.
    pub needs: Vec<Fact>,
}

impl BenefitOutcome {
    /// A benefit whose rules do not cover the date of the check: nothing is
    /// answered for it but that, and the person asks the office.
    pub fn not_covered(benefit: BenefitId, error: &ParamError, date: NaiveDate) -> Self {
        let ParamError::NotCovered { covered_from, .. } = error;
        BenefitOutcome {
            benefit,
            status: Status::NeedsMoreInfo,
            amount: None,
            reasons: Vec::new(),
            documents: Vec::new(),
            deadlines: Vec::new(),
            notes: vec![NoteItem {
                note: Note::RulesNotCoveredOn {
                    date,
                    covered_from: *covered_from,
                },
                source: Source {
                    seed: None,
                    act: None,
                    effective_from: date,
                    date_basis: super::source::DateBasis::PageReadOn,
                    checked_on: super::source::SEEDS_READ_ON,
                },
            }],
            forms: Vec::new(),
            needs: Vec::new(),
        }
    }

    /// What the person pays each month for a service paid in part: the
    /// social canteen's contribution (30 % of the income per person, at most
    /// the cost of the meals, seed `004`), from the note that states it.
    /// `None` where nothing is paid or the pages leave it to the office.
    pub fn monthly_contribution(&self) -> Option<Decimal> {
        self.notes.iter().find_map(|n| match &n.note {
            Note::Means(MeansNote::CanteenContribution { contribution, .. }) => Some(*contribution),
            _ => None,
        })
    }

    /// Who decides: AJPIS for the child benefits DASM only registers,
    /// the person's own town hall when they live elsewhere, else DASM.
    pub fn decided_by(&self) -> Decider {
        let elsewhere = self.notes.iter().any(|n| {
            matches!(
                n.note,
                Note::FileWhereYouLive
                    | Note::Means(MeansNote::AskYourOwnTownHall { .. })
                    | Note::Local(LocalNote::FileAtYourTownHall)
                    | Note::Local(LocalNote::FileWhereYouLiveNavodari)
            )
        });
        if elsewhere {
            return Decider::OwnTownHall;
        }
        match self.benefit {
            BenefitId::StateChildAllowance
            | BenefitId::ChildRaisingAllowance
            | BenefitId::InsertionIncentive
            | BenefitId::FurtherBirthSupplement
            | BenefitId::DisabledParentSupport => Decider::Ajpis,
            _ => Decider::Dasm,
        }
    }

    /// Every source this answer cites.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.reasons
            .iter()
            .map(|r| &r.source)
            .chain(
                self.amount
                    .iter()
                    .flat_map(|a| a.parts.iter().map(|p| &p.source)),
            )
            .chain(self.documents.iter().map(|d| &d.source))
            .chain(self.deadlines.iter().map(|d| &d.source))
            .chain(self.notes.iter().map(|n| &n.source))
    }

    /// A "no" only for now: every criterion that fails is one a coming
    /// event turns (the person is not back at work yet). The words say
    /// "not yet", not "you do not qualify".
    pub fn not_yet(&self) -> bool {
        self.status == Status::NotEligible
            && self
                .reasons
                .iter()
                .filter(|r| r.check == Check::Fail)
                .all(|r| r.criterion.is_not_yet())
    }

    /// Status from the checks: a sure failure decides; else a probable one
    /// makes it "probably not"; else anything unknown leaves it open; else
    /// eligible.
    pub fn status_from(reasons: &[Reason]) -> Status {
        if reasons.iter().any(|r| r.check == Check::Fail) {
            Status::NotEligible
        } else if reasons.iter().any(|r| r.check == Check::ProbablyFail) {
            Status::ProbablyNotEligible
        } else if reasons.iter().any(|r| r.check == Check::Unknown) {
            Status::NeedsMoreInfo
        } else {
            Status::Eligible
        }
    }
}

/// Who decides a benefit (seed `000`: "Plata alocaţiilor, indemnizaţiilor
/// şi stimulentelor precum şi soluţionarea cererilor este efectuată de către
/// Agenția Județeană pentru Plăți și Inspecție socială").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decider {
    Dasm,
    Ajpis,
    /// The social assistance office of the town where the person lives.
    OwnTownHall,
}

/// A monthly amount and how it is made up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Amount {
    pub monthly_total: Decimal,
    pub parts: Vec<AmountPart>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AmountPart {
    pub part: SupplementPart,
    pub monthly: Decimal,
    pub paid_to: Payee,
    pub source: Source,
}

/// The parts of the energy supplement (seed `004`, lit. a)–c)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SupplementPart {
    Electricity,
    /// Electricity as the only energy source used: one larger amount.
    ElectricityOnly,
    NaturalGas,
    SolidOrPetroleum,
    /// The child-raising area's parts (`ids::child_raising`).
    #[serde(untagged)]
    ChildRaising(ChildRaisingPart),
    /// The VMI components and kindergarten tickets (`ids::means`). Serde
    /// wants untagged variants last.
    #[serde(untagged)]
    Means(MeansPart),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payee {
    /// Paid to the energy supplier, at most the billed consumption.
    Supplier,
    /// Paid directly to the applicant (titularul).
    Applicant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    Pass,
    Fail,
    /// Fails on our reading of the pages, but the office may decide
    /// otherwise (e.g. the deciding income may be one it leaves out).
    ProbablyFail,
    Unknown,
}

/// One criterion, as checked for this household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub check: Check,
    #[serde(flatten)]
    pub criterion: Criterion,
    pub source: Source,
}

/// Whether a family or a single person: the thresholds differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HouseholdKind {
    /// Familie.
    Family,
    /// Persoană singură.
    SinglePerson,
}

/// Whether a benefit is the same in every town or one town's own programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// A national benefit: a person living elsewhere files at their own
    /// town's social assistance office.
    National,
    /// The municipality's own programme, for its residents only.
    Local,
}

/// Incomes that may be left out of an income test, and what that changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    pub kinds: Vec<IncomeKind>,
    pub total: Decimal,
    /// Net income per member without them, rounded to the ban.
    pub per_member_without: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "criterion", rename_all = "snake_case")]
pub enum Criterion {
    /// Domiciliul sau reședința: in the municipality whose office decides
    /// for its own programmes; anywhere for a national benefit, filed where
    /// the person lives.
    Residence {
        required: MunicipalityId,
        declared: Option<Residence>,
        reach: Reach,
        /// No domicile or residence declared, and the household is
        /// homeless (`situation.homeless`): nothing more to ask.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        homeless: bool,
    },
    /// Venitul net mediu pe membru de familie (or the single person's net
    /// income) at most the limit.
    IncomePerMember {
        household: Option<HouseholdKind>,
        members: u32,
        income_month: YearMonth,
        total_net: Option<Decimal>,
        /// Rounded to the ban, half away from zero; this is the figure compared.
        per_member: Option<Decimal>,
        limit: Option<Decimal>,
        /// Over the limit only because of incomes the pages leave out of the
        /// income test of other benefits: their sum, and the figure without
        /// them (then the check is `ProbablyFail`, not `Fail`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        possibly_left_out: Option<LeftOut>,
    },
    /// No asset on the office's list of assets that exclude from the aid.
    NoExcludingAssets { declared: Option<Answer> },
    /// The heating system is one the pages cover.
    HeatingSystemCovered { system: Option<HeatingSystem> },
    /// At least one energy source the supplement is paid for.
    SupplementSource { sources: Option<Vec<EnergySource>> },
    /// A child of the family has the right to the state allowance: under
    /// 18, or 18 and over while still in high school or vocational school.
    ChildAllowanceAge {
        member: usize,
        age: Option<u32>,
        in_high_school: Option<bool>,
        /// Which of the two amount levels applies (none when not due).
        level: Option<AllowanceLevel>,
    },
    /// The family has a child (under 18, or older in high school).
    HasChild { children: u32 },
    /// The child-raising area's criteria (`ids::child_raising`).
    #[serde(untagged)]
    ChildRaising(ChildRaisingCriterion),
    /// The means-tested and local benefits' criteria (`ids::means`).
    /// Serde wants untagged variants last.
    #[serde(untagged)]
    Means(MeansCriterion),
    /// One town's own criteria and the abroad duty's (`ids::local`).
    #[serde(untagged)]
    Local(LocalCriterion),
}

impl Criterion {
    /// A criterion that fails now but will pass once an event the person
    /// expects happens (see [`BenefitOutcome::not_yet`]).
    pub fn is_not_yet(&self) -> bool {
        match self {
            Criterion::ChildRaising(c) => c.is_not_yet(),
            _ => false,
        }
    }
}

/// The two amounts of the state allowance (seed `004`): one for children
/// under 2 (under 3, or 3–18, with a disability), one for children 2–18.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AllowanceLevel {
    /// Sub 2 ani; sub 3 ani sau 3–18 ani cu handicap.
    Higher,
    /// 2–18 ani (și peste 18 ani la liceu sau școală profesională).
    Standard,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentItem {
    #[serde(flatten)]
    pub document: Document,
    pub source: Source,
}

/// A paper to bring. `member` is the index in `Household::members`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "document", rename_all = "snake_case")]
pub enum Document {
    /// Opis: the index every DASM Cluj-Napoca dossier must contain.
    DossierIndex,
    /// The application (cerere-declarație pe propria răspundere).
    ApplicationForm { form: Form },
    /// Proof of the right to use the home, by tenure.
    HomeUseProof { tenure: Tenure },
    /// Copy of the identity card; it must show the address of the home.
    IdentityCardCopy { member: usize },
    /// Birth certificate (for a child under 14).
    BirthCertificate { member: usize },
    /// Proof of an income received in `month`.
    IncomeProof {
        member: usize,
        kind: IncomeKind,
        month: YearMonth,
    },
    /// Copy of the car's identity card or registration (showing the year made).
    VehicleRegistration,
    /// Copy of the title deeds of the goods listed in the application.
    PropertyDeeds,
    /// The latest natural gas or electricity bill.
    LatestEnergyBill { system: HeatingSystem },
    /// Certificate from the owners' association: who lives there, how many
    /// rooms.
    OwnersAssociationCertificate,
    /// The state allowance form ("Cerere alocație", seed `000`).
    AllowanceApplication,
    /// The child's birth certificate (for the allowance, at any age).
    ChildBirthCertificate { member: usize },
    /// Both parents' identity cards.
    ParentsIdentityCards,
    /// Certificatul de căsătorie (married parents).
    MarriageCertificate,
    /// "Declarație celălalt părinte (doar pentru părinții necăsătoriți)".
    OtherParentDeclaration,
    /// "Anexa UE" and both parents' residence papers from the country of
    /// birth (a child born abroad).
    EuAnnexAndResidencePapers { member: usize },
    /// The school certificate of a pupil of 18 or over.
    SchoolCertificate { member: usize },
    /// The disability certificate of a child (the increased allowance).
    DisabilityCertificate { member: usize },
    /// The child-raising area's papers (`ids::child_raising`).
    #[serde(untagged)]
    ChildRaising(ChildRaisingDocument),
    /// The means-tested and local benefits' papers (`ids::means`). Serde
    /// wants untagged variants last.
    #[serde(untagged)]
    Means(MeansDocument),
    /// One town's own papers and the abroad duty's (`ids::local`).
    #[serde(untagged)]
    Local(LocalDocument),
}

/// The office's forms, named as on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// "Cerere-declarație pe propria răspundere" (încălzirea locuinței).
    HeatingApplication,
    /// "Cerere simplificată pentru modificare".
    HeatingChangeRequest,
    /// "Lista bunurilor".
    HeatingAssetList,
    /// "Plafoane și cuantumuri".
    HeatingThresholdsAndAmounts,
    /// "Opis".
    DossierIndex,
    /// "Informații generale depunere program".
    HeatingGeneralInfo,
    /// "Tipuri de ajutoare".
    HeatingAidTypes,
    /// "Criterii de eligibilitate".
    HeatingCriteria,
    /// "Acte necesare".
    HeatingRequiredDocuments,
    /// "Obligațiile beneficiarilor".
    HeatingObligations,
    /// "Informații suplimentare".
    HeatingMoreInfo,
    /// "Cerere alocație".
    AllowanceApplication,
    /// "Anexa UE (doar pentru copii născuți în UE)".
    EuAnnex,
    /// "Declarație celălalt părinte (doar pentru părinții necăsătoriți)".
    OtherParentDeclaration,
    /// "Lista actelor necesare pentru dosarele de alocatie indemnizație
    /// stimulent inserție".
    ChildBenefitsDocumentList,
    /// The child-raising area's forms (`ids::child_raising`).
    #[serde(untagged)]
    ChildRaising(ChildRaisingForm),
    /// The means-tested and local benefits' forms (`ids::means`). Serde
    /// wants untagged variants last.
    #[serde(untagged)]
    Means(MeansForm),
    /// Forms as another town's page names them (`ids::local`).
    #[serde(untagged)]
    Local(LocalForm),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayUnit {
    /// Zile calendaristice.
    Calendar,
    /// Zile lucrătoare (weekends and public holidays skipped).
    Working,
    /// Ani: "1 an de la data nașterii" (the same day a year later).
    Years,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineId {
    /// Tell the office of any change in the family or its income.
    ReportChanges,
    /// File the state allowance: within a year of the birth (seed `000`).
    FileStateAllowance,
    /// Ask for the increased allowance of a child with a disability
    /// certificate, aged 2–18: within 60 days of the certificate (seed `000`).
    FileIncreasedAllowance,
    /// Tell AJPIS of any change that may end or change the allowance,
    /// moving abroad with the children included (seed `004`).
    ReportAllowanceChanges,
    // Means-tested and local benefits (issue 10).
    /// Tell the town hall of any change of address, income or family
    /// members within 15 days (VMI, seed `004`).
    ReportVmiChanges,
    /// Sign the social services contract and plan within 5 working days of
    /// receiving the rent aid decision (seed `001`).
    SignRentAidContract,
    /// Tell DASM in writing of any change in the rent aid's conditions
    /// within 5 working days (seed `001`).
    ReportRentAidChanges,
    /// Bring the lease registered with ANAF within 120 days of the
    /// commission's notice (seed `001`).
    PresentRegisteredLease,
    // The child-raising area (issue 9, seed `000`'s "TERMENELE DE DEPUNERE").
    /// File the child-raising allowance (or the incentive directly): after
    /// the postnatal leave, from the birth without one, or from the decision.
    FileChildRaisingAllowance,
    /// File the next child's leave when one leave follows another: from 60
    /// days before the elder turns 2 until that day.
    FileNextChildLeave,
    /// The other parent's own request: at the latest the day before the
    /// child turns 2 (3).
    OtherParentLatest,
    /// The other parent's request, 30 days before to 15 days after the start
    /// of the leave they ask for.
    OtherParentWindow,
    /// Switching between the allowance and the incentive, or between
    /// parents: 30 calendar days.
    SwitchAllowanceAndIncentive,
    /// Going back to work during the leave: ask AJPIS to end the allowance
    /// within 15 working days.
    EndAllowanceOnReturn,
    /// File the insertion incentive: 30 working days after going back.
    FileInsertionIncentive,
    /// Report a change that may end or suspend the incentive: 15 working days.
    ReportIncentiveChanges,
    /// File the supplement for a further birth: 60 working days from it.
    FileFurtherBirthSupplement,
    /// A child with a disability: ask for the leave until 3, before the
    /// child turns 2 or within 30 days of the certificate.
    FileDisabilityExtension,
    /// A child with a disability aged 3–7: from 30 days before the child
    /// turns 3 until that day.
    FileFromThreeToSeven,
    /// A child with a disability of 4–7: 30 days from the certificate.
    FileFromFourToSeven,
    // Issue 19.
    /// Notify the social assistance service at least 40 days before
    /// leaving to work abroad (Legea 272/2004, art. 104; seed `004`).
    NotifyDepartureAbroad,
    /// Năvodari's emergency aid: bring the receipts within 60 days of
    /// collecting the sum (medical, calamity, over the maximum).
    PresentEmergencyAidReceipts,
    /// Năvodari's child aid: the receipts within 30 days of the end of the
    /// period in the mayor's disposition.
    PresentChildAidReceipts,
}

/// What a deadline counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The day the family's composition or income changes.
    ChangeInFamilyOrIncome,
    /// A child's birth.
    Birth { member: usize },
    /// The day a child's disability certificate was issued.
    CertificateIssued { member: usize },
    /// A change in the family or the address (domicile or residence).
    ChangeInFamilyOrAddress,
    // Means-tested and local benefits (issue 10).
    /// A change of address, income or number of family members (VMI).
    ChangeInAddressIncomeOrFamily,
    /// The day the decision (dispoziția) granting the aid is received.
    DecisionReceived,
    /// A change in the conditions or criteria the rent aid was granted on.
    ChangeInRentAidConditions,
    /// The day the commission's notice of eligibility and score is received.
    CommissionNoticeReceived,
    // The child-raising area (issue 9).
    /// The last day of the postnatal (maternity) leave.
    PostnatalLeaveEnd,
    /// The adoption, entrustment, placement or guardianship decision.
    CarerDecision,
    /// A child's birthday (the leave or incentive ends on it).
    Birthday { member: usize, years: u32 },
    /// The day the applicant went (or goes) back to work.
    BackToWork,
    /// Going back to work, still to come.
    ReturnToWorkToCome,
    /// The start of the other parent's leave, still to be chosen.
    OtherParentLeaveStart,
    /// A switch between allowance and incentive or between parents.
    SwitchOfRight,
    /// A change that may end or suspend the incentive.
    ChangeAffectingIncentive,
    // Issue 19.
    /// The day the parent leaves the country (counted back from).
    Departure,
    /// The day the emergency aid is collected, still to come.
    AidCollected,
    /// The end of the period the child's aid is granted for, still to come.
    AidPeriodEnds,
}

impl Anchor {
    /// Whether the anchor is an event that has not happened yet (a change
    /// the person will report), as opposed to a date the person gave.
    pub fn is_event_to_come(self) -> bool {
        match self {
            Anchor::ChangeInFamilyOrIncome | Anchor::ChangeInFamilyOrAddress => true,
            Anchor::ChangeInAddressIncomeOrFamily
            | Anchor::DecisionReceived
            | Anchor::ChangeInRentAidConditions
            | Anchor::CommissionNoticeReceived => true,
            Anchor::ReturnToWorkToCome
            | Anchor::OtherParentLeaveStart
            | Anchor::SwitchOfRight
            | Anchor::ChangeAffectingIncentive => true,
            Anchor::AidCollected | Anchor::AidPeriodEnds => true,
            Anchor::Departure => false,
            Anchor::Birth { .. }
            | Anchor::CertificateIssued { .. }
            | Anchor::PostnatalLeaveEnd
            | Anchor::CarerDecision
            | Anchor::Birthday { .. }
            | Anchor::BackToWork => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub deadline: DeadlineId,
    pub days: u32,
    pub unit: DayUnit,
    pub anchor: Anchor,
    /// The dates for an anchor on `computed.from` (for a change anchor, the
    /// day of the check: "if it changed today").
    pub computed: Option<ComputedDeadline>,
    /// For a dossier that may be sent through the portal: the day to send it
    /// by, a week before the term (seed `000`: "cu cel puțin o săptămână
    /// înainte de expirarea termenului").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_by: Option<NaiveDate>,
    /// The term had passed on the day of the check.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub passed: bool,
    /// The first day the dossier may be filed, where the page gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<NaiveDate>,
    /// Where seed `004` gives another term than seed `000`: that reading.
    /// `computed` is always the earlier of the two, safe under both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_reading: Option<OtherReading>,
    pub source: Source,
}

/// The term another page gives for the same filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherReading {
    pub days: u32,
    pub unit: DayUnit,
    pub due: Option<NaiveDate>,
    pub source: Source,
}

/// How a due date was worked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComputedDeadline {
    pub from: NaiveDate,
    pub due: NaiveDate,
    /// When `due` falls on a weekend or public holiday the office is closed:
    /// the last working day on or before it. The pages do not say the term
    /// moves, so we never move `due` itself.
    pub last_office_day: NaiveDate,
    /// Public holidays between `from` and `due` (they matter for working days).
    pub holidays_between: Vec<(NaiveDate, HolidayId)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoteItem {
    #[serde(flatten)]
    pub note: Note,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum Note {
    /// The aid is for the cold season; these are the season's first and last
    /// days (the current one, or the next if the date is outside a season).
    ColdSeason {
        starts: NaiveDate,
        ends: NaiveDate,
        in_season: bool,
    },
    /// The pages give no table of heating aid amounts: the office works it
    /// out (its "Plafoane și cuantumuri" form).
    AmountSetByOffice,
    /// The pages do not list incomes left out of the heating aid's income
    /// test; we counted every net income declared.
    IncomeExclusionsNotOnPages,
    /// The pages say nothing about district heating (termoficare).
    DistrictHeatingNotOnPages,
    /// The list of assets that exclude is on the office's form, not on the pages.
    AssetListAtOffice,
    /// May be asked for with the heating aid or on its own.
    SupplementWithOrWithoutHeatingAid,
    /// Wrong declarations or unreported changes: fine between these amounts,
    /// and sums received without right are recovered.
    FalseDeclarationFine { min: Decimal, max: Decimal },
    /// Dossiers can be filed at the office or on its online portal.
    FileAtOfficeOrPortal,
    /// The person lives outside the municipality whose office we describe:
    /// a national benefit is filed at their own town's social assistance
    /// office (DASM Cluj-Napoca registers only its residents).
    FileWhereYouLive,
    /// "Probably not" on our reading: the person may still file, and the
    /// office decides.
    MayStillFile,
    /// The rules we hold for this benefit do not cover the date of the
    /// check: we answer nothing for it rather than guess.
    RulesNotCoveredOn {
        date: NaiveDate,
        covered_from: Option<NaiveDate>,
    },
    /// The allowance amounts are set by government decision and paid by
    /// AJPIS; the pages give no figures.
    AllowanceAmountByGovernment,
    /// The right starts the month after the birth (from the decision month
    /// for a child placed, under guardianship or adopted); a late
    /// application is paid back at most 12 months.
    AllowanceStartsAndBackPay,
    /// Who the allowance is paid to (a parent by agreement, the guardian,
    /// the foster carer; to a child over 14 with consent; to an 18+ pupil
    /// on their own application; a minor parent's case).
    AllowancePayee,
    /// It can be asked on the same application as the child-raising
    /// allowance: no second dossier.
    AllowanceWithChildRaisingAllowance,
    /// A child already receiving it (the income list says so).
    AllowanceAlreadyReceived { member: usize },
    /// A pupil of 18 or over files the request personally at AJPIS, with
    /// supporting papers, and is paid directly (seed `004`); `elsewhere`:
    /// the person lives outside Cluj-Napoca (their own county's agency).
    YoungPersonFilesAtAjpis { member: usize, elsewhere: bool },
    /// A dossier for a child born in another European country is
    /// registered only in person at the counter (seed `000`).
    InPersonOnly { member: usize },
    /// Filed at DASM, decided and paid by AJPIS Cluj (str. G. Coșbuc 2);
    /// only complete dossiers are registered; the applicant or the spouse
    /// comes in person, else a notarised power of attorney from both.
    DasmRegistersAjpisPays,
    /// A child of 2 or over: with a disability certificate the allowance is
    /// the higher one, asked within 60 days of the certificate.
    HigherWithDisabilityCertificate,
    /// Other papers the pages list "după caz" (death or divorce, guardianship,
    /// adoption or entrustment decisions, notarised declarations).
    AllowanceDocumentsAsTheCaseMay,
    /// Checked outside the season: filing for the next season opens with it,
    /// and the income counted will be the month before filing.
    FilingWithNextSeason {
        season_starts: NaiveDate,
        income_month_if_filed_then: YearMonth,
    },
    /// The child-raising area's notes (`ids::child_raising`).
    #[serde(untagged)]
    ChildRaising(ChildRaisingNote),
    /// The means-tested and local benefits' notes (`ids::means`). Serde
    /// wants untagged variants last.
    #[serde(untagged)]
    Means(MeansNote),
    /// Where and when to file in the town, its own benefits' notes and the
    /// abroad duty's (`ids::local`).
    #[serde(untagged)]
    Local(LocalNote),
}
