//! Ajutorul pentru plata chiriei: Cluj-Napoca's own programme, as seed
//! `001` states it in full ("Informații utile privind acordarea ajutorului
//! pentru plata chiriei"). For residents of Cluj-Napoca only.
//!
//! Three categories (young people up to 35 who grew up in DGASPC
//! residential care, people in DASM's records found marginalised after a
//! social inquiry, victims of domestic violence); 24 months of residence
//! (not for care leavers and victims); no home owned or sold in 10 years,
//! no state housing or state housing credit; the family's net income under
//! a level in ISR multiples by family size; nothing on the list of
//! excluding assets (victims: only other buildings exclude); local taxes
//! paid; actually living in the city. Meeting the criteria does not
//! guarantee the aid: a commission scores the eligible applicants. The page
//! gives no amount; the aid is paid each month to the landlord.

use rust_decimal::Decimal;

use crate::rules::core::facts::Fact;
use crate::rules::core::household::{
    Answer, Household, IncomeKind, ListedAsset, ResidenceKind, Role, Schooling,
};
use crate::rules::core::ids::means::{
    MeansCriterion, MeansDocument, MeansFact, MeansForm, MeansNote,
};
use crate::rules::core::municipality::DASM_CLUJ_PAGE;
use crate::rules::core::outcome::{
    Anchor, BenefitId, BenefitOutcome, Check, Criterion, DayUnit, Deadline, DeadlineId, Document,
    DocumentItem, Form, Note, NoteItem, Reach, Reason, Status,
};
use crate::rules::core::params::{means as p, ParamError};
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria::{self, Checked};
use super::means;

pub fn evaluate(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let date = ctx.date;
    let page = p::RESIDENCE_MONTHS.at(date)?.source;
    let facts = &household.rent_aid;
    let categories = Categories::of(household, ctx)?;

    let mut checks = vec![
        criteria::residence(household, ctx.municipality, Reach::Local, page),
        categories.checked(page),
        residence_months(household, &categories, ctx)?,
        yes_no(
            facts.actually_lives_in_city,
            true,
            MeansFact::ActuallyLivesInCity,
            |declared| MeansCriterion::ActuallyLivesInCity { declared },
            page,
        ),
        yes_no(
            facts.owns_or_sold_home,
            false,
            MeansFact::OwnsOrSoldHome,
            |declared| MeansCriterion::NoHomeOwnedOrSold { declared },
            page,
        ),
        yes_no(
            facts.state_housing,
            false,
            MeansFact::StateHousing,
            |declared| MeansCriterion::NoStateHousing { declared },
            page,
        ),
        yes_no(
            facts.state_housing_credit,
            false,
            MeansFact::StateHousingCredit,
            |declared| MeansCriterion::NoStateHousingCredit { declared },
            page,
        ),
        months_received(household, ctx)?,
        income(household, ctx)?,
        listed_assets(household, &categories),
        yes_no(
            facts.local_taxes_paid,
            true,
            MeansFact::LocalTaxesPaid,
            |declared| MeansCriterion::LocalTaxesPaid { declared },
            page,
        ),
        lease_with_relative(household, page),
    ];
    // A person who is in no category is asked nothing else (see `settle`),
    // and while a question can still settle the category it is asked
    // first: the rest matters only then. Where only the office can settle
    // it (DASM's social inquiry, a care leaver of exactly 35), the rest is
    // asked all the same: every criterion a question can settle is
    // settled, and only the office's part is left "to check" (issue 21).
    if !checks[1].needs.is_empty() {
        for c in checks.iter_mut().skip(2) {
            c.needs.clear();
        }
    }
    let (reasons, status, mut needs) = criteria::settle(checks);

    let note = |note, source: Source| NoteItem {
        note: Note::Means(note),
        source,
    };
    let mut out = means::outcome(BenefitId::RentAid, status, reasons, FORMS.to_vec());
    if let Some(age) = categories.care_leaver_at_limit {
        out.notes
            .push(note(MeansNote::RentAidAgeLimitUnclear { age }, page));
    }
    // "din evidenţele DASM care în urma anchetei sociale, pot fi încadrate":
    // the inquiry is how one gets on the records, even after a "no".
    if household.rent_aid.marginalised_in_dasm_records == Some(Answer::No)
        && categories.any() != Check::Pass
    {
        out.notes.push(note(MeansNote::RentAidSocialInquiry, page));
    }
    if status == Status::NotEligible {
        return Ok(out);
    }
    // Cluj-Napoca's own programme: someone living elsewhere has failed above.
    means::opening_notes(&mut out, false, page);
    for reason in &out.reasons {
        let why = match (&reason.criterion, reason.check) {
            (Criterion::Means(MeansCriterion::NoListedAssets { .. }), Check::ProbablyFail) => {
                MeansNote::RentAidAssetListScope
            }
            (Criterion::Means(MeansCriterion::NoLeaseWithRelative { .. }), Check::ProbablyFail) => {
                MeansNote::RentAidRelativeLease
            }
            (
                Criterion::Means(MeansCriterion::RentAidMonthsReceived {
                    received: Some(received),
                    max_months,
                    ..
                }),
                Check::ProbablyFail,
            ) => MeansNote::RentAidMaximumReached {
                received: *received,
                max_months: *max_months,
            },
            _ => continue,
        };
        out.notes.push(NoteItem {
            note: Note::Means(why),
            source: reason.source,
        });
    }
    let (months, max_months) = p::DURATION_MONTHS.at(date)?.value;
    out.notes.push(note(MeansNote::RentAidScoringDecides, page));
    out.notes.push(note(MeansNote::RentAidPaidToLandlord, page));
    out.notes.push(note(
        MeansNote::RentAidDuration {
            months,
            max_months,
            received: household.rent_aid.months_received,
        },
        page,
    ));
    out.notes
        .push(note(MeansNote::RentAidAmountNotOnPages, page));

    if needs.is_empty() {
        let (documents, doc_needs) = documents(household, ctx)?;
        out.documents = documents;
        needs.extend(doc_needs);
        out.deadlines = obligations(household, ctx)?;
        out.notes
            .push(note(MeansNote::RentAidCaseByCasePapers, page));
        // Paper 8 for a child whose schooling nobody asked: the pages give
        // no school age to ask it by, so it is said.
        let members = household.members.as_deref().unwrap_or_default();
        if members.iter().any(|m| {
            m.role == Role::Child
                && m.schooling.is_none()
                && m.situation.full_time_student.is_none()
        }) {
            out.notes
                .push(note(MeansNote::RentAidPupilCertificates, p::RENT_AID_PAGE));
        }
        out.notes.push(NoteItem {
            note: Note::FileAtOfficeOrPortal,
            source: DASM_CLUJ_PAGE,
        });
    }
    needs.sort();
    needs.dedup();
    out.needs = needs;
    Ok(out)
}

/// The rent aid's forms on DASM Cluj-Napoca's page (seed `000`).
const FORMS: [Form; 3] = [
    Form::Means(MeansForm::RentAidApplication),
    Form::Means(MeansForm::RentAidInformation),
    Form::DossierIndex,
];

/// Where the household stands in each of the three categories.
struct Categories {
    care_leaver: Check,
    marginalised: Check,
    domestic_violence: Check,
    applicant_age: Option<u32>,
    declared: (Option<bool>, Option<Answer>, Option<bool>),
    /// A care leaver aged exactly 35: the page's "până la 35 de ani" does
    /// not say whether that year counts.
    care_leaver_at_limit: Option<u32>,
    needs: Vec<Fact>,
}

impl Categories {
    fn of(household: &Household, ctx: &EvalContext) -> Result<Self, ParamError> {
        let limit = p::CARE_LEAVER_AGE.at(ctx.date)?.value;
        let facts = &household.rent_aid;
        let applicant_age = household
            .members
            .as_deref()
            .and_then(|m| m.first())
            .and_then(|m| m.age_on(ctx.date));
        let mut needs = Vec::new();
        let mut care_leaver_at_limit = None;
        // "tinerii în vârstă de până la 35 de ani": under 35 qualifies, over
        // 35 does not; at exactly 35 the office decides (see the note).
        let care_leaver = match (facts.care_leaver, applicant_age) {
            (Some(false), _) => Check::Fail,
            (_, Some(age)) if age > limit => Check::Fail,
            (None, _) => {
                needs.push(Fact::Means(MeansFact::CareLeaver));
                Check::Unknown
            }
            (Some(true), None) => {
                needs.push(Fact::Members);
                Check::Unknown
            }
            (Some(true), Some(age)) if age < limit => Check::Pass,
            (Some(true), Some(age)) => {
                care_leaver_at_limit = Some(age);
                Check::Unknown
            }
        };
        let marginalised = match facts.marginalised_in_dasm_records {
            Some(Answer::Yes) => Check::Pass,
            Some(Answer::No) => Check::Fail,
            // Only the social inquiry can say: the office decides.
            Some(Answer::NotSure) => Check::Unknown,
            None => {
                needs.push(Fact::Means(MeansFact::MarginalisedInDasmRecords));
                Check::Unknown
            }
        };
        let domestic_violence = match facts.domestic_violence_victim {
            Some(true) => Check::Pass,
            Some(false) => Check::Fail,
            None => {
                needs.push(Fact::Means(MeansFact::DomesticViolenceVictim));
                Check::Unknown
            }
        };
        Ok(Categories {
            care_leaver,
            marginalised,
            domestic_violence,
            applicant_age,
            declared: (
                facts.care_leaver,
                facts.marginalised_in_dasm_records,
                facts.domestic_violence_victim,
            ),
            care_leaver_at_limit,
            needs,
        })
    }

    fn any(&self) -> Check {
        let all = [self.care_leaver, self.marginalised, self.domestic_violence];
        if all.contains(&Check::Pass) {
            Check::Pass
        } else if all.contains(&Check::Unknown) {
            Check::Unknown
        } else {
            Check::Fail
        }
    }

    /// The categories exempt from the 24 months (care leavers and victims):
    /// `Pass` exempt, `Fail` not, `Unknown` while one of them is open.
    fn exempt_from_residence_months(&self) -> Check {
        let both = [self.care_leaver, self.domestic_violence];
        if both.contains(&Check::Pass) {
            Check::Pass
        } else if both.contains(&Check::Unknown) {
            Check::Unknown
        } else {
            Check::Fail
        }
    }

    fn checked(&self, source: Source) -> Checked {
        let check = self.any();
        let (care_leaver, marginalised, domestic_violence_victim) = self.declared;
        Checked {
            reason: Reason {
                check,
                criterion: Criterion::Means(MeansCriterion::RentAidCategory {
                    care_leaver,
                    applicant_age: self.applicant_age,
                    marginalised,
                    domestic_violence_victim,
                }),
                source,
            },
            // Once one category applies, the others are asked only where
            // they still change something (the exemptions below).
            needs: if check == Check::Unknown {
                self.needs.clone()
            } else {
                Vec::new()
            },
        }
    }
}

/// "de minimum 24 luni anterior datei depunerii cererii (excepție fac
/// tinerii proveniți din structurile rezidențiale … și victimele violenței
/// domestice)".
fn residence_months(
    household: &Household,
    categories: &Categories,
    ctx: &EvalContext,
) -> Result<Checked, ParamError> {
    let required = p::RESIDENCE_MONTHS.at(ctx.date)?;
    let months = household.rent_aid.months_of_residence;
    let exempt = categories.exempt_from_residence_months();
    let (check, needs) = match (exempt, months) {
        (Check::Pass, _) => (Check::Pass, vec![]),
        (_, Some(m)) if m >= required.value => (Check::Pass, vec![]),
        (_, None) => (
            Check::Unknown,
            vec![Fact::Means(MeansFact::MonthsOfResidence)],
        ),
        // Too few months: only an exemption still open can change that.
        (Check::Unknown, Some(_)) => (Check::Unknown, exemption_needs(categories)),
        (_, Some(_)) => (Check::Fail, vec![]),
    };
    Ok(Checked {
        reason: Reason {
            check,
            criterion: Criterion::Means(MeansCriterion::MonthsOfResidence {
                months,
                required: required.value,
                exempt: exempt == Check::Pass,
            }),
            source: required.source,
        },
        needs,
    })
}

/// The category questions that could still exempt: care leaver, victim.
fn exemption_needs(categories: &Categories) -> Vec<Fact> {
    categories
        .needs
        .iter()
        .copied()
        .filter(|f| *f != Fact::Means(MeansFact::MarginalisedInDasmRecords))
        .collect()
}

/// A yes/no condition: `passes` is the answer that meets it.
fn yes_no(
    declared: Option<bool>,
    passes: bool,
    fact: MeansFact,
    criterion: fn(Option<bool>) -> MeansCriterion,
    source: Source,
) -> Checked {
    let (check, needs) = match declared {
        None => (Check::Unknown, vec![Fact::Means(fact)]),
        Some(answer) if answer == passes => (Check::Pass, vec![]),
        Some(_) => (Check::Fail, vec![]),
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::Means(criterion(declared)),
            source,
        },
        needs,
    }
}

/// "acordat pe o perioadă de până la 12 luni, cu posibilitatea de
/// prelungire până la maximum 36 de luni": under 36 months received the aid
/// (or its extension) may still be given; at 36 or more the page's maximum
/// is reached. It does not say whether one may apply again after that, so
/// it is "probably not", and the person may still ask.
fn months_received(household: &Household, ctx: &EvalContext) -> Result<Checked, ParamError> {
    let duration = p::DURATION_MONTHS.at(ctx.date)?;
    let (months, max_months) = duration.value;
    let received = household.rent_aid.months_received;
    let (check, needs) = match received {
        None => (
            Check::Unknown,
            vec![Fact::Means(MeansFact::RentAidMonthsReceived)],
        ),
        Some(r) if r < max_months => (Check::Pass, vec![]),
        Some(_) => (Check::ProbablyFail, vec![]),
    };
    Ok(Checked {
        reason: Reason {
            check,
            criterion: Criterion::Means(MeansCriterion::RentAidMonthsReceived {
                received,
                months,
                max_months,
            }),
            source: duration.source,
        },
        needs,
    })
}

/// The income level for a family of `members`: its ISR multiple (4 for a
/// single person … 9,3 for six, plus 0,5 for each person above six) times
/// the ISR. Returns the coefficient and the level.
pub fn income_level(
    members: usize,
    date: chrono::NaiveDate,
) -> Result<(Decimal, Decimal), ParamError> {
    let isr = p::ISR.at(date)?.value;
    let coefficients = p::RENT_AID_COEFFICIENTS.at(date)?.value;
    let extra = p::RENT_AID_COEFFICIENT_PER_EXTRA_PERSON.at(date)?.value;
    let index = members.clamp(1, 6) - 1;
    let above_six = Decimal::from(members.saturating_sub(6));
    let coefficient = coefficients[index] + extra * above_six;
    Ok((coefficient, (coefficient * isr).normalize()))
}

/// "veniturile nete lunare nu depășesc următoarele niveluri": the family's
/// net income of the month before filing (every income: the page leaves
/// none out) against the level for its size.
fn income(household: &Household, ctx: &EvalContext) -> Result<Checked, ParamError> {
    let isr = p::ISR.at(ctx.date)?.value;
    let source = p::RENT_AID_COEFFICIENTS.at(ctx.date)?.source;
    let members = household.members.as_deref().unwrap_or_default();
    let needs = means::income_needs(household);
    let total_net = means::split_income(household, &[]).map(|s| s.total);
    let level = if members.is_empty() {
        None
    } else {
        Some(income_level(members.len(), ctx.date)?)
    };
    let check = match (total_net, level) {
        (Some(total), Some((_, limit))) if total <= limit => Check::Pass,
        (Some(_), Some(_)) => Check::Fail,
        _ => Check::Unknown,
    };
    Ok(Checked {
        reason: Reason {
            check,
            criterion: Criterion::Means(MeansCriterion::RentAidIncome {
                members: u32::try_from(members.len()).unwrap_or(u32::MAX),
                income_month: criteria::previous_month(ctx.date),
                total_net,
                isr,
                coefficient: level.map(|(c, _)| c),
                limit: level.map(|(_, l)| l),
            }),
            source,
        },
        needs,
    })
}

/// "Nu pot beneficia … care deţin unul sau mai multe bunuri din Lista
/// bunurilor … (excepție fac victimele violenței domestice, cu excepția
/// situației în care se constată că dețin clădiri sau alte spații locative
/// în afara locuinței de domiciliu și a anexelor gospodărești)".
///
/// The list itself is titled "valabilă doar pentru categoria persoanelor
/// singure şi familiilor … aflate în evidenţa DASM", while the rule above
/// it names everyone but victims: for a care leaver who is not in DASM's
/// records, an item on the list makes it "probably not", not "no".
fn listed_assets(household: &Household, categories: &Categories) -> Checked {
    let source = p::RENT_AID_ASSET_LIST;
    let owned = household.rent_aid.listed_assets.clone();
    let victim = categories.domestic_violence;
    let (check, needs) = match &owned {
        None => (Check::Unknown, vec![Fact::Means(MeansFact::ListedAssets)]),
        Some(items) if items.is_empty() => (Check::Pass, vec![]),
        Some(items) => {
            let buildings = items.contains(&ListedAsset::OtherBuildings);
            match (victim, buildings) {
                (Check::Pass, false) => (Check::Pass, vec![]),
                // The exception's own exception names victims outright.
                (Check::Pass, true) => (Check::Fail, vec![]),
                // A victim's exception is still open: ask.
                (Check::Unknown, false)
                    if household.rent_aid.domestic_violence_victim.is_none() =>
                {
                    (
                        Check::Unknown,
                        vec![Fact::Means(MeansFact::DomesticViolenceVictim)],
                    )
                }
                _ if categories.marginalised == Check::Pass => (Check::Fail, vec![]),
                _ => (Check::ProbablyFail, vec![]),
            }
        }
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::Means(MeansCriterion::NoListedAssets {
                owned,
                domestic_violence_exception: victim == Check::Pass,
            }),
            source,
        },
        needs,
    }
}

/// "vor prezenta o declarație pe proprie răspundere că nu au încheiat un
/// contract între aceștia și o rudă până la gradul IV, inclusiv": with such
/// a lease that declaration cannot be signed. The page does not say the
/// aid is then refused in so many words, so it is "probably not".
fn lease_with_relative(household: &Household, source: Source) -> Checked {
    let declared = household.rent_aid.lease_with_relative;
    let (check, needs) = match declared {
        None => (
            Check::Unknown,
            vec![Fact::Means(MeansFact::LeaseWithRelative)],
        ),
        Some(false) => (Check::Pass, vec![]),
        Some(true) => (Check::ProbablyFail, vec![]),
    };
    Checked {
        reason: Reason {
            check,
            criterion: Criterion::Means(MeansCriterion::NoLeaseWithRelative { declared }),
            source,
        },
        needs,
    }
}

/// Documents 1–9 of seed `001`, each where it applies, and the facts still
/// needed to decide which apply.
fn documents(
    household: &Household,
    ctx: &EvalContext,
) -> Result<(Vec<DocumentItem>, Vec<Fact>), ParamError> {
    let source = p::RENT_AID_PAGE;
    let item = |document| DocumentItem { document, source };
    let mut docs = vec![
        DocumentItem {
            document: Document::DossierIndex,
            source: DASM_CLUJ_PAGE,
        },
        // 1. Cerere şi declaraţie pe proprie răspundere (tip).
        item(Document::ApplicationForm {
            form: Form::Means(MeansForm::RentAidApplication),
        }),
    ];
    let mut needs = Vec::new();
    let members = household.members.as_deref().unwrap_or_default();
    let income_month = criteria::previous_month(ctx.date);
    for (member, m) in members.iter().enumerate() {
        let age = m.age_on(ctx.date);
        // 2. identity papers of everyone (a residence card for a foreign
        // citizen), birth certificates for minors.
        if age.is_some_and(|a| a >= 14) {
            docs.push(item(Document::Means(
                MeansDocument::IdentityOrResidenceCard { member },
            )));
        }
        if age.is_some_and(|a| a < 18) {
            docs.push(item(Document::BirthCertificate { member }));
        }
        // 3. proof of every income of the month before filing.
        let incomes = m.incomes.as_deref().unwrap_or_default();
        docs.extend(
            means::income_proofs(member, m, income_month)
                .into_iter()
                .map(item),
        );
        // 4. an adult able to work without income: AJOFM's proof.
        let no_income = incomes.iter().all(|i| i.net_monthly.is_zero());
        if age.is_some_and(|a| a >= 18) && no_income {
            match m.situation.able_to_work {
                Some(true) => docs.push(item(Document::Means(MeansDocument::JobSeekerProof {
                    member,
                }))),
                Some(false) => {}
                None => needs.push(Fact::Means(MeansFact::AbleToWork { member })),
            }
        }
        // 8. pupils and students: the certificate with the scholarship.
        let studies = matches!(
            m.schooling,
            Some(Schooling::School | Schooling::HighSchool | Schooling::University)
        ) || m.situation.full_time_student == Some(true);
        if studies {
            docs.push(item(Document::Means(
                MeansDocument::PupilOrStudentCertificate { member },
            )));
        }
        // 9. as the case may be: disability certificate, pension decision.
        if m.disabled() == Some(true) {
            docs.push(item(Document::DisabilityCertificate { member }));
        }
        if incomes.iter().any(|i| i.kind == IncomeKind::Pension) {
            docs.push(item(Document::Means(MeansDocument::PensionDecision {
                member,
            })));
        }
    }
    // 2. "certificate de căsătorie".
    if members.iter().any(|m| m.role == Role::Spouse) {
        docs.push(item(Document::MarriageCertificate));
    }
    // 5. Only for a domicile in another town. A residence (viză de
    // reședință) in Cluj-Napoca is what a person whose domicile is
    // elsewhere has; a domicile in Cluj-Napoca needs none of this.
    if household
        .residence
        .is_some_and(|r| r.kind == ResidenceKind::Resedinta)
    {
        docs.push(item(Document::Means(
            MeansDocument::AssetCertificatesFromDomicile,
        )));
    }
    // 6. the notarised declarations.
    docs.push(item(Document::Means(
        MeansDocument::NotarisedHousingDeclarations,
    )));
    // 7. the lease registered with ANAF, if it already is (else within 120
    // days of the commission's notice: see the deadlines).
    match household.rent_aid.lease_registered_with_anaf {
        Some(true) => docs.push(item(Document::Means(MeansDocument::RegisteredLease))),
        Some(false) => {}
        None => needs.push(Fact::Means(MeansFact::LeaseRegistered)),
    }
    docs.push(item(Document::Means(
        MeansDocument::NoRelativeLeaseDeclaration,
    )));
    Ok((docs, needs))
}

/// The obligations with their dates, each worked out for the event
/// happening on the day of the check.
fn obligations(household: &Household, ctx: &EvalContext) -> Result<Vec<Deadline>, ParamError> {
    let sign = p::SIGN_CONTRACT_WORKING_DAYS.at(ctx.date)?;
    let report = p::REPORT_CHANGES_WORKING_DAYS.at(ctx.date)?;
    let lease = p::REGISTERED_LEASE_DAYS.at(ctx.date)?;
    let mut deadlines = vec![
        means::obligation(
            DeadlineId::SignRentAidContract,
            sign.value,
            DayUnit::Working,
            Anchor::DecisionReceived,
            sign.source,
            ctx.date,
        ),
        means::obligation(
            DeadlineId::ReportRentAidChanges,
            report.value,
            DayUnit::Working,
            Anchor::ChangeInRentAidConditions,
            report.source,
            ctx.date,
        ),
    ];
    if household.rent_aid.lease_registered_with_anaf != Some(true) {
        deadlines.push(means::obligation(
            DeadlineId::PresentRegisteredLease,
            lease.value,
            DayUnit::Calendar,
            Anchor::CommissionNoticeReceived,
            lease.source,
            ctx.date,
        ));
    }
    Ok(deadlines)
}
