//! The identifiers of the child-raising area (issue 9, OUG 111/2010): the
//! child-raising allowance (ICC), the insertion incentive, the supplement
//! for a further birth during leave and the support for a parent with a
//! disability. As in `means`, each shared enum of the engine (`Fact`,
//! `Criterion`, `Document`, `Form`, `Note`, `SupplementPart`) wraps the
//! matching enum here in one `#[serde(untagged)]` variant. Data only: what
//! the four benefits share (the youngest child, the 12 months of 24, the
//! allowance's amount, the dated terms) is in `rules::benefits::child_raising`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::rules::core::household::{AssimilatedPeriod, Carer, DisabilityGrade};

// ---------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------

/// The facts these benefits may still need, in asking order. Wrapped by
/// `Fact::ChildRaising`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "fact", rename_all = "snake_case")]
pub enum ChildRaisingFact {
    Carer,
    DecisionDate,
    /// Asked before the months: a parent already on the allowance who goes
    /// back to work is not asked the 12 months of 24 again.
    BackToWork,
    ReceivesAllowance,
    IncomeMonths,
    AssimilatedPeriods,
    AssimilatedMonths,
    MaternityLeave,
    MaternityLeaveEnd,
    AverageNetIncome,
    LeaveForOlderChild,
    BackToWorkDate,
    /// Papers: meal vouchers or other employer bonuses without social
    /// insurance in the 12 months (their own certificate, seed `004`).
    MealVouchers,
}

impl ChildRaisingFact {
    const ALL: [(ChildRaisingFact, &'static str); 13] = [
        (ChildRaisingFact::Carer, "carer"),
        (ChildRaisingFact::DecisionDate, "decision_date"),
        (ChildRaisingFact::ReceivesAllowance, "receives_allowance"),
        (ChildRaisingFact::IncomeMonths, "income_months"),
        (ChildRaisingFact::AssimilatedPeriods, "assimilated_periods"),
        (ChildRaisingFact::AssimilatedMonths, "assimilated_months"),
        (ChildRaisingFact::MaternityLeave, "maternity_leave"),
        (ChildRaisingFact::MaternityLeaveEnd, "maternity_leave_end"),
        (ChildRaisingFact::AverageNetIncome, "average_net_income"),
        (
            ChildRaisingFact::LeaveForOlderChild,
            "leave_for_older_child",
        ),
        (ChildRaisingFact::BackToWork, "back_to_work"),
        (ChildRaisingFact::BackToWorkDate, "back_to_work_date"),
        (ChildRaisingFact::MealVouchers, "meal_vouchers"),
    ];

    /// The stable name an answer is stored under, as
    /// [`Fact::key`](crate::rules::core::facts::Fact::key).
    pub fn key(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("", |(_, k)| k)
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().find(|(_, k)| *k == key).map(|(f, _)| *f)
    }
}

// ---------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------

/// The insertion incentive's two rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IncentiveRate {
    /// 1500 lei: back before the child is 6 months (seed `000`, for every
    /// child; seed `004`'s 1 year with a disability is only named), until 2
    /// (3 with a disability).
    Higher,
    /// 650 lei: back later, or once the 1500 lei have ended, until 3 (4).
    Lower,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "criterion", rename_all = "snake_case")]
pub enum ChildRaisingCriterion {
    /// The youngest child is still of an age for this benefit: it ends on
    /// the child's birthday `until`.
    ChildAgeForLeave {
        member: usize,
        disabled: bool,
        years: u32,
        until: NaiveDate,
        /// Past `until` without a disability, but the child's disability is
        /// not asked yet: with one the benefit runs longer (check unknown).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        disability_unasked: bool,
    },
    /// The applicant is one of those who may ask (a professional foster
    /// carer only for their own natural or adopted children).
    CarerMayApply { carer: Option<Carer> },
    /// At least 12 months with income or in assimilated periods in the 24
    /// before the birth (or the decision).
    QualifyingMonths {
        income_months: Option<u32>,
        assimilated_months: Option<u32>,
        required: u32,
        window: u32,
    },
    /// 85% of the average net income, between the minimum and the maximum.
    AllowanceAmount {
        average_net_income: Option<Decimal>,
        share: Decimal,
        computed: Option<Decimal>,
        minimum: Decimal,
        maximum: Decimal,
    },
    /// Back at work, with taxable income, while the incentive can be paid:
    /// when, how old the child was (whole months), and the rate that
    /// applies on the date of the check with its end. `higher_ended`: the
    /// 1500 lei of an early return ended that day (the child's 2nd, or 3rd,
    /// birthday); 650 lei follow (seed `004`). No `early_months` for a
    /// child with a disability aged 4 to 7, whose incentive has no rate on
    /// the pages.
    BackAtWork {
        back: Option<bool>,
        date: Option<NaiveDate>,
        child_age_months: Option<u32>,
        early_months: Option<u32>,
        rate: Option<IncentiveRate>,
        until: Option<NaiveDate>,
        #[serde(skip_serializing_if = "Option::is_none")]
        higher_ended: Option<NaiveDate>,
    },
    /// The applicant receives (or received) the allowance for this child:
    /// the right is already set (seed `004`, "Situația II").
    ReceivesAllowance { receives: Option<bool> },
    /// The youngest child was born while the applicant was on leave with an
    /// older child still under 2 (3 with a disability).
    BornDuringLeave {
        older: Option<usize>,
        on_leave: Option<bool>,
    },
    /// The applicant has a severe or accentuated disability.
    ParentDisability { grade: Option<DisabilityGrade> },
}

impl ChildRaisingCriterion {
    /// Not back at work yet: the incentive is asked once the person is.
    pub fn is_not_yet(&self) -> bool {
        matches!(
            self,
            ChildRaisingCriterion::BackAtWork {
                back: Some(false),
                ..
            }
        )
    }
}

// ---------------------------------------------------------------------------
// Amounts, documents, forms, notes
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildRaisingPart {
    /// The allowance itself.
    Allowance,
    /// +50% of it for each further child of a multiple birth (from 19.09.2023).
    MultipleBirthIncrease,
    InsertionIncentive,
    /// The supplement for a further birth during the leave.
    FurtherBirthSupplement,
    /// 45% of the minimum allowance for a parent with a disability.
    DisabledParentSupport,
}

/// The papers of these dossiers, each only when it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "document", rename_all = "snake_case")]
pub enum ChildRaisingDocument {
    /// „Cerere tip” for the allowance (signed by both parents).
    AllowanceApplication,
    /// „Adeverință tip”: the employer's certificate of the income in the 12
    /// months and of the maternity leave.
    IncomeCertificate,
    /// A certificate of the sum of the meal vouchers and other employer
    /// bonuses without social insurance in the 12 months, a paper of its
    /// own (seed `004`: "se va anexa la cererea de solicitare a
    /// indemnizației și o adeverință privind cuantumul acestora").
    MealVouchersCertificate,
    /// An income certificate and proof of the end or suspension of each
    /// contract, for someone with several jobs in the 24 months (seed `000`).
    IncomeCertificatePerJob,
    /// The contract, the certificate of monthly net income and proof of its
    /// end, for income from collaboration or author's rights (seed `000`).
    CollaborationIncomePapers,
    /// Decizia de suspendare a activității (Codul muncii, art. 51 lit. a).
    WorkSuspensionDecision,
    /// Proof of each assimilated period (school, university or doctorate
    /// certificates, the unemployment or sick-leave papers…).
    AssimilatedPeriodProof { period: AssimilatedPeriod },
    /// The court or commission decision of adoption, entrustment,
    /// placement or guardianship.
    CarerDecision { carer: Carer },
    /// The social inquiry by the Autoritate Tutelară (str. Venus 20-22),
    /// when the father applies and the parents are not married.
    SocialInquiryUnmarriedFather,
    /// The birth certificates of the other children.
    OtherChildrenBirthCertificates,
    /// „Cerere tip” for the insertion incentive.
    IncentiveApplication,
    /// „Declarație stagiu de cotizare”.
    ContributionDeclaration,
    /// Decizia de reluare a activității (or the ANAF declaration for
    /// independent work).
    ReturnToWorkDecision,
    /// The incentive asked without the allowance (seed `004`, "Situația
    /// I"): the „Adeverinţă tip” of the income before the birth, the
    /// maternity leave and the day work resumed.
    IncentiveIncomeCertificate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildRaisingForm {
    /// 2. „Cerere tip” (indemnizaţie creştere copil).
    AllowanceApplication,
    /// 2. „Adeverință tip”.
    IncomeCertificate,
    /// 3. „Cerere tip” (stimulent inserţie).
    IncentiveApplication,
    /// 3./4. „Declarație stagiu de cotizare”.
    ContributionDeclaration,
    /// 4. „Cerere tip” (indemnizaţie creştere copil cu handicap).
    DisabledChildApplication,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum ChildRaisingNote {
    /// AJPIS works the amount out from the income certificate: ours is the
    /// page's rule applied to the average the person gave.
    AmountFromCertificate,
    /// The 24 months count before the decision, not the birth.
    MonthsBeforeDecision,
    /// Lives in Romania with the child; a stay abroad of up to 6 months a
    /// year after the right is set still counts.
    LivesInRomaniaWithChild,
    /// The other parent's non-transferable share of the leave, the written
    /// notice when they do not take it, the cut by one month otherwise, and
    /// the two exceptions.
    OtherParentShare { months: u32, rules_of_2023: bool },
    /// Taxable income from work during the leave: up to `ceiling` a
    /// calendar year the allowance goes on but rules out the incentive
    /// (seed `004`: "(maxim 6.570 lei …) persoana îndreptăţită nu poate
    /// solicita stimulentul de inserţie"); over it the payment is suspended
    /// ("se suspendă … depăşeşte de cinci ori"). The page also prints
    /// `other_figure` for the same ceiling.
    IncomeCeilingDuringLeave {
        ceiling: Decimal,
        times: u32,
        minimum: Decimal,
        other_figure: Decimal,
    },
    /// A dossier filed after its term gives the right from the filing date.
    LateFilingFromFilingDate,
    /// Other papers "după caz": meal vouchers certificate, death or divorce,
    /// guardianship, adoption, school certificates, notarised declarations.
    DocumentsAsTheCaseMay,
    /// A child with a disability: the leave can go on until 3 for as long as
    /// the certificate is valid (asked before the child turns 2).
    DisabilityExtension { member: usize },
    /// A child with a disability aged 3 to 7: sick-child leave at the
    /// minimum, or the incentive; two dossiers when a younger child is also
    /// raised.
    DisabilityOptionsThreeToSeven { member: usize },
    /// The state allowance can be asked on the same application.
    StateAllowanceOnSameApplication,
    /// Not back at work: what the incentive would be, by when. The 1500
    /// lei only while a return before `early_until` is still possible;
    /// after the leave (`higher_until`) 650 lei follow until `lower_until`.
    IncentiveIfBackBy {
        #[serde(skip_serializing_if = "Option::is_none")]
        higher: Option<Decimal>,
        #[serde(skip_serializing_if = "Option::is_none")]
        early_until: Option<NaiveDate>,
        higher_until: NaiveDate,
        lower: Decimal,
        lower_until: NaiveDate,
    },
    /// A child with a disability: seed `000` (which stands) gives the 1500
    /// lei for a return before 6 months for every child; seed `004` (OUG
    /// 111/2010, art. 7) before 1 year. Ours is the earlier, safe reading;
    /// AJPIS decides. `back_in_between`: the person went back between the
    /// two, so we give 650 lei and name the other reading.
    IncentiveDisabledEarlyReadings {
        early_months: u32,
        early_until: NaiveDate,
        other_months: u32,
        other_until: NaiveDate,
        back_in_between: bool,
    },
    /// Back on the very day the child turned `early_months`: the pages say
    /// only "before" (1500 lei) and "after" (650 lei); we give 650 lei and
    /// AJPIS decides.
    IncentiveOnThresholdDay {
        day: NaiveDate,
        early_months: u32,
        higher: Decimal,
        lower: Decimal,
    },
    /// A child with a disability aged 4 to 7: seed `000` gives no sum for
    /// the incentive then; AJPIS sets it.
    IncentiveFourToSevenAmountNotOnPages,
    /// The incentive without the allowance, for a carer who is not a
    /// natural parent: the pages give its term only from the birth or the
    /// end of the maternity leave; ask the office.
    IncentiveDirectTermNotOnPages,
    /// A father who took at least a month of leave may ask for the
    /// incentive on going back at the child's 2nd birthday.
    IncentiveFather,
    /// For a child with a disability aged 3 to 7 the incentive can go on
    /// while the certificate is valid.
    IncentiveDisabilityThreeToSeven,
    /// The supplement is 50% of the allowance being paid (from 19.09.2023);
    /// without that sum we cannot say how much.
    SupplementHalfOfAllowance,
    /// Several jobs or collaboration income in the 24 months: the papers
    /// for each (seed `000`).
    PapersPerJob,
    /// When a leave with a child of 3–7 with a disability and a younger
    /// child's leave overlap: two dossiers before the elder turns 3.
    TwoDossiers,
    /// The pages give no age limit for the support: we screen it while the
    /// leave would have lasted (until `leave_until`); `past`: the child is
    /// older, and the office decides.
    SupportAskOffice { leave_until: NaiveDate, past: bool },
}
