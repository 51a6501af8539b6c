//! The identifiers of the child-raising area (issue 9, OUG 111/2010): the
//! child-raising allowance (ICC), the insertion incentive, the supplement
//! for a further birth during leave and the support for a parent with a
//! disability. As in `means`, each shared enum of the engine (`Fact`,
//! `Criterion`, `Document`, `Form`, `Note`, `SupplementPart`) wraps the
//! matching enum here in one `#[serde(untagged)]` variant. Also here: what
//! the four benefits share (the youngest child, the 12 months of 24, the
//! allowance's amount, the dated terms).

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::calendar;
use super::criteria;
use super::deadlines;
use super::facts::Fact;
use super::household::{
    AssimilatedPeriod, Carer, DisabilityGrade, Household, IncomeKind, Member, Role,
};
use super::municipality::DASM_CLUJ_PAGE;
use super::outcome::{
    Anchor, BenefitId, BenefitOutcome, Check, ComputedDeadline, Criterion, DayUnit, Deadline,
    DeadlineId, Document, DocumentItem, Note, NoteItem, OtherReading, Reach, Reason, Status,
};
use super::params::{child_raising as p, Param, ParamError};
use super::source::Source;
use super::EvalContext;

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

    /// The stable name an answer is stored under, as [`Fact::key`].
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

// ---------------------------------------------------------------------------
// What the benefits share
// ---------------------------------------------------------------------------

/// The child these benefits are about: the youngest in the family, with
/// every child born the same day (twins, triplets).
pub struct Youngest<'a> {
    pub index: usize,
    pub child: &'a Member,
    pub birth: NaiveDate,
    pub multiples: u32,
    /// A child born that day has a disability certificate.
    pub disabled: bool,
    /// A child born that day whose disability is not asked yet (none of
    /// them said to have one): the first such child, to ask about.
    pub disability_unasked: Option<usize>,
}

impl Youngest<'_> {
    /// The question about the youngest's disability, while it is open.
    pub fn disability_need(&self) -> Option<Fact> {
        self.disability_unasked
            .filter(|_| !self.disabled)
            .map(|member| Fact::Disability { member })
    }
}

/// The youngest child with a birth date; `None` when no child is given one.
pub fn youngest(household: &Household) -> Option<Youngest<'_>> {
    let members = household.members.as_deref()?;
    let (index, child, birth) = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == Role::Child)
        .filter_map(|(i, m)| Some((i, m, m.birth_date?)))
        .max_by_key(|(i, _, birth)| (*birth, std::cmp::Reverse(*i)))?;
    let multiples = members
        .iter()
        .filter(|m| m.role == Role::Child && m.birth_date == Some(birth))
        .count();
    Some(Youngest {
        index,
        child,
        birth,
        multiples: u32::try_from(multiples).unwrap_or(1),
        disabled: members.iter().any(|m| {
            m.role == Role::Child && m.birth_date == Some(birth) && m.disabled() == Some(true)
        }),
        disability_unasked: members.iter().position(|m| {
            m.role == Role::Child && m.birth_date == Some(birth) && m.disability_unknown()
        }),
    })
}

/// The day `birth` turns `years` (29 February counts on 28 February in a
/// common year, the earlier day).
pub fn birthday(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    birth.checked_add_months(Months::new(years.checked_mul(12)?))
}

/// Whole months of age on `date` (a month is complete on the same day of
/// the month, or on the month's last day when it is shorter).
pub fn age_in_months(birth: NaiveDate, date: NaiveDate) -> Option<u32> {
    if date < birth {
        return None;
    }
    let months = (date.year() - birth.year()) * 12 + date.month() as i32 - birth.month() as i32;
    let months = u32::try_from(months).ok()?;
    if birth.checked_add_months(Months::new(months))? > date {
        months.checked_sub(1)
    } else {
        Some(months)
    }
}

/// The applicant: the first member, who fills in the application.
pub fn applicant(household: &Household) -> Option<&Member> {
    household.members.as_deref()?.first()
}

/// The sum the applicant declared for one kind of income, if any.
pub fn applicant_income(household: &Household, kind: IncomeKind) -> Option<Decimal> {
    let incomes = applicant(household)?.incomes.as_ref()?;
    let mut of_kind = incomes.iter().filter(|i| i.kind == kind).peekable();
    of_kind.peek()?;
    Some(of_kind.map(|i| i.net_monthly).sum())
}

/// The outcome each of these benefits starts from: the residence checked
/// (a national benefit, filed where the person lives), nothing else
/// decided yet. Refused before the rules we hold apply, so nothing is
/// answered then (not even "not for you").
pub fn fresh(
    benefit: BenefitId,
    household: &Household,
    ctx: &EvalContext,
) -> Result<BenefitOutcome, ParamError> {
    p::MINIMUM.at(ctx.date)?;
    let residence =
        criteria::residence(household, ctx.municipality, Reach::National, DASM_CLUJ_PAGE);
    Ok(BenefitOutcome {
        benefit,
        status: Status::NeedsMoreInfo,
        amount: None,
        reasons: vec![residence.reason],
        documents: Vec::new(),
        deadlines: Vec::new(),
        notes: Vec::new(),
        forms: Vec::new(),
        needs: residence.needs,
    })
}

/// The youngest child; without one, `out` is settled and `None` comes
/// back: the family not listed yet (asked for), or no child in it (not for
/// this household; `say_no_child` adds the criterion that says so).
pub fn youngest_or_settle<'a>(
    household: &'a Household,
    out: &mut BenefitOutcome,
    say_no_child: bool,
) -> Option<Youngest<'a>> {
    if household.members.is_none() {
        out.needs.push(Fact::Members);
        return None;
    }
    let found = youngest(household);
    if found.is_none() {
        if say_no_child {
            out.reasons.push(Reason {
                check: Check::Fail,
                criterion: Criterion::HasChild { children: 0 },
                source: p::PAGE_004,
            });
        }
        out.status = Status::NotApplicable;
        out.needs.clear();
    }
    found
}

/// Not for this household: nothing more to ask.
pub fn not_applicable(mut out: BenefitOutcome) -> BenefitOutcome {
    out.status = Status::NotApplicable;
    out.needs.clear();
    out
}

/// The family papers the allowance and the incentive both ask, each where
/// it applies (seeds `000` and `004`): the marriage certificate; for
/// unmarried parents the other parent's declaration and, if the father
/// applies, the social inquiry; the decision for a carer who is not a
/// natural parent.
pub fn family_papers(household: &Household, out: &mut BenefitOutcome) {
    let members = household.members.as_deref().unwrap_or_default();
    let doc = |document, source| DocumentItem { document, source };
    if members.iter().any(|m| m.role == Role::Spouse) {
        out.documents
            .push(doc(Document::MarriageCertificate, p::PAGE_004));
    }
    if members.iter().any(|m| m.role == Role::Partner) {
        out.documents
            .push(doc(Document::OtherParentDeclaration, p::PAGE_000));
        out.documents.push(doc(
            Document::ChildRaising(ChildRaisingDocument::SocialInquiryUnmarriedFather),
            p::PAGE_000,
        ));
    }
    if let Some(carer) = household
        .child_raising
        .carer
        .filter(|c| *c != Carer::NaturalParent)
    {
        out.documents.push(doc(
            Document::ChildRaising(ChildRaisingDocument::CarerDecision { carer }),
            p::PAGE_004,
        ));
    }
}

/// The rules of the leave the allowance and the incentive both explain:
/// the ceiling on income during it (5 × the minimum, and the page's other
/// figure) and the other parent's share (2 months from 19.09.2023, 1
/// before).
pub fn leave_notes(birth: NaiveDate, date: NaiveDate) -> Result<[NoteItem; 2], ParamError> {
    let minimum = p::MINIMUM.at(date)?.value;
    let times = p::CEILING_TIMES_MINIMUM.at(date)?;
    let rules_of_2023 = birth >= p::HG_865_FROM;
    Ok([
        NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::IncomeCeilingDuringLeave {
                ceiling: minimum * Decimal::from(times.value),
                times: times.value,
                minimum,
                other_figure: p::CEILING_OTHER_FIGURE.at(date)?.value,
            }),
            source: times.source,
        },
        NoteItem {
            note: Note::ChildRaising(ChildRaisingNote::OtherParentShare {
                months: if rules_of_2023 {
                    p::OTHER_PARENT_MONTHS
                } else {
                    p::OTHER_PARENT_MONTHS_BEFORE_2023
                },
                rules_of_2023,
            }),
            source: if rules_of_2023 {
                p::HG_865
            } else {
                p::PAGE_000
            },
        },
    ])
}

/// Back at work on `back`: the request to end the allowance within 15
/// working days (seed `004`), made at AJPIS, not through the portal.
pub fn end_allowance_on_return(back: NaiveDate, date: NaiveDate) -> Result<Deadline, ParamError> {
    let mut term = Term::counted(
        DeadlineId::EndAllowanceOnReturn,
        Anchor::BackToWork,
        back,
        &p::END_ON_RETURN_WORKING_DAYS,
        DayUnit::Working,
        date,
    )?;
    term.portal = false;
    term.build(date)
}

/// The carer criterion, shared by the allowance and the incentive.
pub fn carer_check(household: &Household, source: Source) -> (Reason, Vec<Fact>) {
    let carer = household.child_raising.carer;
    let check = match carer {
        None => Check::Unknown,
        Some(Carer::FosterCarer) => Check::Fail,
        Some(_) => Check::Pass,
    };
    let needs = if carer.is_none() {
        vec![Fact::ChildRaising(ChildRaisingFact::Carer)]
    } else {
        Vec::new()
    };
    (
        Reason {
            check,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::CarerMayApply { carer }),
            source,
        },
        needs,
    )
}

/// The 12 months of 24, as the person counts them. Once every answer is in
/// (the months with income, which assimilated periods, how many months in
/// them) and they add up to fewer than 12, the answers leave no room: a
/// plain no, with the months still missing said beside it (issue 17).
pub fn months_check(
    household: &Household,
    date: NaiveDate,
) -> Result<(Reason, Vec<Fact>), ParamError> {
    let required = p::QUALIFYING_MONTHS.at(date)?;
    let window = p::QUALIFYING_WINDOW_MONTHS.at(date)?.value;
    let facts = &household.child_raising;
    let need = |f| vec![Fact::ChildRaising(f)];
    let (check, needs) = match (
        facts.income_months,
        &facts.assimilated_periods,
        facts.assimilated_months,
    ) {
        (None, _, _) => (Check::Unknown, need(ChildRaisingFact::IncomeMonths)),
        (Some(m), _, _) if m >= required.value => (Check::Pass, vec![]),
        (Some(_), None, _) => (Check::Unknown, need(ChildRaisingFact::AssimilatedPeriods)),
        (Some(_), Some(periods), _) if periods.is_empty() => (Check::Fail, vec![]),
        (Some(_), Some(_), None) => (Check::Unknown, need(ChildRaisingFact::AssimilatedMonths)),
        (Some(m), Some(_), Some(a)) if m.saturating_add(a).min(window) >= required.value => {
            (Check::Pass, vec![])
        }
        (Some(_), Some(_), Some(_)) => (Check::Fail, vec![]),
    };
    let assimilated_months = match &facts.assimilated_periods {
        Some(p) if p.is_empty() => Some(0),
        _ => facts.assimilated_months,
    };
    Ok((
        Reason {
            check,
            criterion: Criterion::ChildRaising(ChildRaisingCriterion::QualifyingMonths {
                income_months: facts.income_months,
                assimilated_months: if facts.income_months.is_some_and(|m| m >= required.value) {
                    None
                } else {
                    assimilated_months
                },
                required: required.value,
                window,
            }),
            source: required.source,
        },
        needs,
    ))
}

/// 85% of the average net income, at least the minimum and at most the
/// maximum, rounded to the ban (half away from zero: the pages state sums
/// in lei and bani).
pub fn allowance_amount(
    average: Decimal,
    date: NaiveDate,
) -> Result<(Decimal, Decimal), ParamError> {
    let share = p::SHARE_OF_INCOME.at(date)?.value;
    let computed =
        (average * share).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let min = p::MINIMUM.at(date)?.value;
    let max = p::MAXIMUM.at(date)?.value;
    Ok((computed, computed.clamp(min, max)))
}

/// A filing window counted from a date the person gave: the first and the
/// last day, the send-by day for the portal, and whether it had passed.
pub struct Term {
    pub deadline: DeadlineId,
    pub anchor: Anchor,
    pub from: NaiveDate,
    pub days: u32,
    pub unit: DayUnit,
    /// The window's first day, where the page gives one.
    pub opens: Option<NaiveDate>,
    /// A due day the page fixes itself (a birthday), instead of `days`
    /// counted from `from`.
    pub due: Option<NaiveDate>,
    pub other_reading: Option<OtherReading>,
    /// Whether the dossier can go through the portal (send a week early).
    pub portal: bool,
    pub source: Source,
}

impl Term {
    pub fn counted(
        deadline: DeadlineId,
        anchor: Anchor,
        from: NaiveDate,
        length: &Param<u32>,
        unit: DayUnit,
        date: NaiveDate,
    ) -> Result<Self, ParamError> {
        let length = length.at(date)?;
        Ok(Term {
            deadline,
            anchor,
            from,
            days: length.value,
            unit,
            opens: None,
            due: None,
            other_reading: None,
            portal: true,
            source: length.source,
        })
    }

    pub fn build(self, date: NaiveDate) -> Result<Deadline, ParamError> {
        let send_days = super::params::child::PORTAL_SEND_DAYS_BEFORE
            .at(date)?
            .value;
        let computed = match self.due {
            Some(due) => fixed(self.from, due, self.opens).ok(),
            None => deadlines::compute(self.from, self.days, self.unit).ok(),
        };
        let passed = computed.as_ref().is_some_and(|c| c.due < date);
        let send_by = computed
            .as_ref()
            .filter(|_| self.portal && !passed)
            .and_then(|c| c.due.checked_sub_days(Days::new(u64::from(send_days))))
            .filter(|by| *by >= date && self.opens.is_none_or(|o| *by >= o));
        Ok(Deadline {
            deadline: self.deadline,
            days: self.days,
            unit: self.unit,
            anchor: self.anchor,
            computed,
            send_by,
            passed,
            opens: self.opens,
            other_reading: self.other_reading,
            source: self.source,
        })
    }
}

/// The dates of a term whose last day the page fixes (a birthday), with the
/// public holidays in the window (from `opens`, else from `from`), when the
/// office is closed.
fn fixed(
    from: NaiveDate,
    due: NaiveDate,
    opens: Option<NaiveDate>,
) -> Result<ComputedDeadline, ParamError> {
    let last_office_day = calendar::working_day_on_or_before(due)?;
    let start = opens.unwrap_or(from).min(due);
    let mut holidays_between = Vec::new();
    for year in start.year()..=due.year() {
        holidays_between.extend(
            calendar::public_holidays(year)?
                .into_iter()
                .filter(|(d, _)| *d >= start && *d <= due),
        );
    }
    Ok(ComputedDeadline {
        from,
        due,
        last_office_day,
        holidays_between,
    })
}

/// The term counted from the birth for a natural parent, shared by the
/// allowance and the incentive asked without it ("stimulent inserție
/// direct", seed `000`): after a maternity leave, from 30 days before its
/// last day until 60 working days after it (seed `000`; seed `004` for the
/// incentive too); for the allowance seed `004` also writes a bare "60 de
/// zile", so `allowance` gives those, the earlier date, with the working
/// days as the other reading. Without maternity leave, 60 calendar days
/// from the birth (seed `000`; seed `004`: 60 working days). `None` while
/// the leave is not known.
pub fn after_birth_term(
    deadline: DeadlineId,
    allowance: bool,
    y: &Youngest<'_>,
    facts: &super::household::ChildRaisingFacts,
    date: NaiveDate,
) -> Result<Option<Term>, ParamError> {
    Ok(match (facts.maternity_leave, facts.maternity_leave_end) {
        (Some(true), Some(end)) => {
            let before = p::AFTER_LEAVE_OPENS_DAYS_BEFORE.at(date)?.value;
            let mut t = if allowance {
                let mut t = Term::counted(
                    deadline,
                    Anchor::PostnatalLeaveEnd,
                    end,
                    &p::AFTER_LEAVE_DAYS_004,
                    DayUnit::Calendar,
                    date,
                )?;
                t.other_reading = Some(other_reading(
                    end,
                    &p::AFTER_LEAVE_WORKING_DAYS,
                    DayUnit::Working,
                    date,
                )?);
                t
            } else {
                Term::counted(
                    deadline,
                    Anchor::PostnatalLeaveEnd,
                    end,
                    &p::AFTER_LEAVE_WORKING_DAYS,
                    DayUnit::Working,
                    date,
                )?
            };
            t.opens = days_before(end, before);
            Some(t)
        }
        (Some(false), _) => {
            let mut t = Term::counted(
                deadline,
                Anchor::Birth { member: y.index },
                y.birth,
                &p::NO_LEAVE_CALENDAR_DAYS,
                DayUnit::Calendar,
                date,
            )?;
            t.other_reading = Some(other_reading(
                y.birth,
                &p::NO_LEAVE_WORKING_DAYS_004,
                DayUnit::Working,
                date,
            )?);
            Some(t)
        }
        _ => None,
    })
}

/// The window for a child with a disability aged 3 to 7 (seed `000`):
/// "începând cu 30 de zile înainte până la împlinirea vârstei de 3 ani"
/// or, for a certificate first issued once the child is 4, "30 de zile de
/// la obținerea certificatului … pentru copiii aflați între 4 și 7 ani".
/// `None` without the certificate's date when the child is already past 3.
pub fn three_to_seven_term(
    y: &Youngest<'_>,
    date: NaiveDate,
) -> Result<Option<Deadline>, ParamError> {
    let issued = y.child.disability_certificate_date;
    let four = birthday(y.birth, 4);
    if let (Some(issued), Some(four)) = (issued, four) {
        if issued >= four {
            return Term::counted(
                DeadlineId::FileFromFourToSeven,
                Anchor::CertificateIssued { member: y.index },
                issued,
                &p::FROM_FOUR_CERTIFICATE_DAYS,
                DayUnit::Calendar,
                date,
            )?
            .build(date)
            .map(Some);
        }
    }
    let Some(three) = birthday(y.birth, 3) else {
        return Ok(None);
    };
    if issued.is_none() && date >= three {
        return Ok(None);
    }
    let opens = p::FROM_THREE_OPENS_DAYS_BEFORE.at(date)?;
    Term {
        deadline: DeadlineId::FileFromThreeToSeven,
        anchor: Anchor::Birthday {
            member: y.index,
            years: 3,
        },
        from: three,
        days: opens.value,
        unit: DayUnit::Calendar,
        opens: days_before(three, opens.value),
        due: Some(three),
        other_reading: None,
        portal: true,
        source: opens.source,
    }
    .build(date)
    .map(Some)
}

/// The other reading of a term where seed `004` differs from seed `000`:
/// its due day, for the person to see that ours is the earlier one.
pub fn other_reading(
    from: NaiveDate,
    length: &Param<u32>,
    unit: DayUnit,
    date: NaiveDate,
) -> Result<OtherReading, ParamError> {
    let length = length.at(date)?;
    Ok(OtherReading {
        days: length.value,
        unit,
        due: deadlines::compute(from, length.value, unit)
            .ok()
            .map(|c| c.due),
        source: length.source,
    })
}

/// A duty counted from an event still to come, worked out for it happening
/// on the day of the check.
pub fn duty(
    deadline: DeadlineId,
    anchor: Anchor,
    length: &Param<u32>,
    unit: DayUnit,
    date: NaiveDate,
) -> Result<Deadline, ParamError> {
    let length = length.at(date)?;
    Ok(super::means::obligation(
        deadline,
        length.value,
        unit,
        anchor,
        length.source,
        date,
    ))
}

/// `date` minus `days` calendar days.
pub fn days_before(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    calendar::add_calendar_days(date, -i64::from(days))
}
