//! Municipality profiles as data (issue 19). National rules are the same in
//! every Romanian town; offices, hours, filing windows, forms, emergency
//! numbers and the town's own programmes are not. Each town is one `static`
//! [`Profile`] in its own file, every field with its source:
//!
//! - [`cluj_napoca`]: DASM's Social Protection Service (seed `000`, where
//!   `001` differs `000` stands), AJPIS Cluj, DGASPC Cluj (seed `003`), the
//!   Social Inclusion Centre, and Cluj-Napoca's own programmes;
//! - [`navodari`]: Direcția Asistență Socială Năvodari (seed `004`): its
//!   office, hours, phones, e-mail filing, monthly filing windows and its
//!   own benefits;
//! - [`other_town`]: any other town: the national benefits, filed at the
//!   social assistance service of the person's own town hall.
//!
//! The engine applies national rules everywhere and a town's own benefits
//! only under its profile ([`applies`]): a benefit of one town never appears
//! in another's results. After each benefit is screened, [`localise`] puts
//! the profile's office, forms, windows and agency in place of Cluj-Napoca's
//! (the national benefits were first written for DASM Cluj-Napoca).
//!
//! A new town is a data file here, its line in [`PROFILES`], its
//! `MunicipalityId` and its cases in `tests/cases/` (README: "Municipality
//! profiles").

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::rules::benefits::{criteria, means};
use crate::rules::core::calendar;
use crate::rules::core::household::{DisabilityGrade, Household};
use crate::rules::core::ids::local::{EmailList, LocalForm, LocalNote, PaymentsAgency};
use crate::rules::core::ids::means::{MeansCriterion, MeansNote, TicketsRoute};
use crate::rules::core::municipality::{Contact, MunicipalityId, Office, OpeningHours, Phone};
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Criterion, Document, Form, Note, NoteItem, Reach, Status, YearMonth,
};
use crate::rules::core::params::{self, ParamError};
use crate::rules::core::source::{ymd, DateBasis, Source, SEEDS_READ_ON};
use crate::rules::core::EvalContext;

pub mod cluj_napoca;
pub mod hours;
pub mod navodari;
pub mod other_town;

pub use hours::{open_now, ClosedReason, OpenState};

/// One town: what differs from the national rules.
#[derive(Debug, Serialize)]
pub struct Profile {
    pub id: MunicipalityId,
    pub names: Names,
    /// The county (județ) the pages name for its agencies.
    pub county: Option<&'static str>,
    /// The office a dossier is filed at, with its address (none for
    /// `Other`: the person's own town hall, whose address we do not hold).
    pub office: Option<&'static Office>,
    /// Every institution the profile names: the office, the payments
    /// agency, the county directorate, centres, with what each does.
    pub institutions: &'static [Institution],
    /// Where a benefit is filed or given when it is not the main office
    /// (the canteen's own address, a day centre's phone).
    pub benefit_places: &'static [(BenefitId, InstitutionId)],
    /// The town's own benefits: screened under this profile only.
    pub local_benefits: &'static [BenefitId],
    /// Monthly filing windows ("LUNAR între 01 și 25").
    pub filing_windows: &'static [FilingWindow],
    /// The order of the scanned papers in the one PDF sent by e-mail.
    pub email_orders: &'static [EmailOrder],
    /// Benefits that may be sent by e-mail without a list of their own.
    pub email_without_order: &'static [BenefitId],
    /// Benefits filed only at the office.
    pub at_office_only: &'static [BenefitId],
    /// The forms of the town's page, per benefit. Only read for a profile
    /// other than Cluj-Napoca (whose forms the benefits name themselves).
    pub forms: &'static [(BenefitId, &'static [LocalForm])],
    /// The agency that decides and pays the child benefits.
    pub payments_agency: PaymentsAgency,
    /// The numbers to call: the national ones first, then the town's.
    pub emergency_numbers: &'static [EmergencyNumber],
    pub source: Source,
}

/// The town's name. The pages give it in Romanian only; Hungarian and
/// English names are left for when a source gives them.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Names {
    pub ro: &'static str,
    pub hu: Option<&'static str>,
    pub en: Option<&'static str>,
}

/// An institution the profile names, with what the pages give of it.
#[derive(Debug, Serialize)]
pub struct Institution {
    pub id: InstitutionId,
    /// As the page prints it; `None` for the town hall of `Other`.
    pub name: Option<&'static str>,
    pub address: Option<&'static str>,
    pub phones: &'static [Phone],
    pub email: Option<Contact>,
    pub hours: &'static [OpeningHours],
    pub portal: Option<&'static str>,
    /// What it does, as the page says (the words are in i18n).
    pub duties: &'static [Duty],
    /// Where the pages are silent about its address or phone: where to
    /// find them. Never a guessed address.
    pub find_contact: Option<FindContact>,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionId {
    DasmCluj,
    GuardianshipCluj,
    AjpisCluj,
    DgaspcCluj,
    InclusionCentreCluj,
    DasNavodari,
    GuardianshipNavodari,
    AjpisConstanta,
    DgaspcConstanta,
    CanteenNavodari,
    ChildrenDayCentreNavodari,
    ElderlyCareNavodari,
    UkraineProgrammeNavodari,
    /// Any other town: its town hall's social assistance service.
    OwnTownHall,
    OwnCountyAjpis,
    OwnCountyDgaspc,
}

/// What an institution does, as its page (or the page naming it) says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Duty {
    /// Receives, checks and registers the dossiers of the town's residents.
    RegistersDossiers,
    /// Facilitates access to services, food and shelter; works with NGOs
    /// and the other public services (seed `000`).
    RefersToServices,
    /// Makes the social inquiry (unmarried father, the abroad duty).
    SocialInquiry,
    /// Decides and pays the child benefits.
    DecidesAndPaysChildBenefits,
    /// Child protection: preventing abandonment, abuse and neglect; family
    /// alternatives; children with special needs (seed `003`).
    ChildProtection,
    /// Adults in difficulty: elderly people, people with disabilities,
    /// day centres, home care (seed `003`).
    AdultsInDifficulty,
    /// Solves individual and collective social emergencies in the county
    /// (seed `003`, "solutionarea urgenţelor sociale").
    SocialEmergencies,
    /// Services for victims of domestic violence (seed `003`; Constanța's
    /// emergency module, seed `004`).
    DomesticViolenceVictims,
    /// The agreement the disability allowance needs (seed `004`, "acord
    /// indemnizație de la D.G.A.S.P.C. Constanța").
    DisabilityAllowanceAgreement,
    /// Employment counselling and mediation for marginalised people.
    EmploymentInclusion,
    /// Two meals a day under Law 208/1997.
    CanteenMeals,
    /// Socio-educational activities and counselling for children.
    ChildrenDayCare,
    /// Activities and health checks for elderly people; home care.
    ElderlyDayCareAndHomeCare,
    /// Humanitarian help for refugees from Ukraine (Programul 50/20).
    RefugeeHelp,
}

/// Where to find a contact the pages do not give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindContact {
    /// DGASPC Cluj's address and phone: on its own site or the county
    /// council's (it was set up by HCJ Cluj 208/2004), or ask DASM.
    DgaspcCluj,
    /// AJPIS Cluj's phone and hours: ask DASM, which sends it the dossiers.
    AjpisCluj,
    /// AJPIS and DGASPC Constanța: ask DAS Năvodari.
    AskDasNavodari,
    /// The person's own town hall (and its county's agencies).
    OwnTownHall,
}

/// A monthly window in which the office receives a kind of dossier.
#[derive(Debug, Serialize)]
pub struct FilingWindow {
    pub benefits: &'static [BenefitId],
    /// "LUNAR între 01 și 25 (inclusiv) ale lunii".
    pub first_day: u32,
    pub last_day: u32,
    pub source: Source,
}

/// The page's list for one benefit's e-mailed PDF.
#[derive(Debug, Serialize)]
pub struct EmailOrder {
    pub benefit: BenefitId,
    pub list: EmailList,
    pub items: &'static [&'static str],
    pub source: Source,
}

/// A number to call.
#[derive(Debug, Serialize)]
pub struct EmergencyNumber {
    pub number: &'static str,
    pub purpose: EmergencyPurpose,
    /// The same everywhere, or the county's.
    pub reach: Reach,
    /// "gratuit, cu apelare 24 de ore din 24".
    pub free_24h: bool,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EmergencyPurpose {
    /// 112: every emergency (OUG 34/2008).
    AllEmergencies,
    /// 119: abuse against children ("număr unic de telefon la nivel
    /// național").
    ChildAbuse,
    /// The line for victims of domestic violence.
    DomesticViolence,
    /// Telefonul copilului (abuse against minors; emergency measures).
    ChildHelpline,
}

/// The three profiles.
pub static PROFILES: [&Profile; 3] = [
    &cluj_napoca::PROFILE,
    &navodari::PROFILE,
    &other_town::PROFILE,
];

/// The profile of `id`.
pub fn profile(id: MunicipalityId) -> &'static Profile {
    match id {
        MunicipalityId::ClujNapoca => &cluj_napoca::PROFILE,
        MunicipalityId::Navodari => &navodari::PROFILE,
        MunicipalityId::Other => &other_town::PROFILE,
    }
}

/// The office with an address for a municipality we have a profile for
/// (none for `Other`: the person's own town hall, whose address we do not
/// hold).
pub fn office(id: MunicipalityId) -> Option<&'static Office> {
    profile(id).office
}

/// The town a benefit belongs to, for a town's own benefit; `None` for a
/// national one.
pub fn home_of(benefit: BenefitId) -> Option<MunicipalityId> {
    PROFILES
        .iter()
        .find(|p| p.local_benefits.contains(&benefit))
        .map(|p| p.id)
}

/// Whether `benefit` is screened under the profile `id`: every national
/// benefit, and a town's own only in that town.
pub fn applies(benefit: BenefitId, id: MunicipalityId) -> bool {
    home_of(benefit).is_none_or(|home| home == id)
}

impl Profile {
    pub fn institution(&self, id: InstitutionId) -> Option<&'static Institution> {
        // The profiles are statics: their lists live for the program.
        let list: &'static [Institution] = self.institutions;
        list.iter().find(|i| i.id == id)
    }

    /// The forms of the town's page for `benefit` (none where it names none).
    pub fn forms_for(&self, benefit: BenefitId) -> &'static [LocalForm] {
        self.forms
            .iter()
            .find(|(b, _)| *b == benefit)
            .map(|(_, forms)| *forms)
            .unwrap_or(&[])
    }

    pub fn window_for(&self, benefit: BenefitId) -> Option<&'static FilingWindow> {
        let list: &'static [FilingWindow] = self.filing_windows;
        list.iter().find(|w| w.benefits.contains(&benefit))
    }
}

/// Where a result sends the person: the place named for that benefit, else
/// the profile's main office (for `Other`, the town hall). The UI shows its
/// name, address, hours, phones and portal, and [`open_now`] over its hours.
pub fn office_for(id: MunicipalityId, benefit: BenefitId) -> &'static Institution {
    let p = profile(id);
    p.benefit_places
        .iter()
        .find(|(b, _)| *b == benefit)
        .and_then(|(_, place)| p.institution(*place))
        .or_else(|| p.institutions.first())
        .unwrap_or(&other_town::TOWN_HALL)
}

/// A filing window as dates, for a check on `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WindowDates {
    pub opens: NaiveDate,
    pub closes: NaiveDate,
    /// The last day the office is open on or before `closes`.
    pub last_office_day: NaiveDate,
    pub open_on_date: bool,
}

/// The window open on `date` (from its first to its last day, inclusive),
/// else the next one: the same month's if `date` is before it, the next
/// month's if after.
pub fn window_dates(window: &FilingWindow, date: NaiveDate) -> Result<WindowDates, ParamError> {
    let in_month = |year: i32, month: u32| -> Option<(NaiveDate, NaiveDate)> {
        Some((
            NaiveDate::from_ymd_opt(year, month, window.first_day)?,
            NaiveDate::from_ymd_opt(year, month, window.last_day)?,
        ))
    };
    let out_of_range = || means::not_covered("profile.filing_window", date);
    let (opens, closes) = match in_month(date.year(), date.month()) {
        Some((_, closes)) if date <= closes => {
            in_month(date.year(), date.month()).ok_or_else(out_of_range)?
        }
        _ => {
            let next = date
                .with_day(1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
                .ok_or_else(out_of_range)?;
            in_month(next.year(), next.month()).ok_or_else(out_of_range)?
        }
    };
    Ok(WindowDates {
        opens,
        closes,
        last_office_day: calendar::working_day_on_or_before(closes)?,
        open_on_date: opens <= date && date <= closes,
    })
}

/// Puts the profile in place of Cluj-Napoca in one benefit's answer:
/// under Năvodari's or another town's profile, DASM's opis, portal, forms
/// and counter rules give way to the town's own forms, filing windows,
/// e-mail rules and payments agency (or to the person's own town hall).
/// Under every profile, the disability allowance's first month is dated.
pub fn localise(out: &mut BenefitOutcome, household: &Household, ctx: &EvalContext) {
    allowance_first_month(out, household, ctx);
    if ctx.municipality == MunicipalityId::ClujNapoca {
        return;
    }
    let p = profile(ctx.municipality);
    let county = match ctx.municipality {
        MunicipalityId::Navodari => Some(MunicipalityId::Navodari),
        _ => None,
    };
    let town_hall = ctx.municipality == MunicipalityId::Other;
    // DASM Cluj-Napoca's own rules: the opis, its forms, its portal.
    out.documents
        .retain(|d| d.document != Document::DossierIndex);
    // "Cerere alocație" is DASM's form; Năvodari's is "Formular AS".
    if let Some(form) = p.forms_for(out.benefit).first().filter(|_| !town_hall) {
        for d in &mut out.documents {
            if d.document == Document::AllowanceApplication {
                d.document = Document::ApplicationForm {
                    form: Form::Local(*form),
                };
            }
        }
    }
    let active = !matches!(out.status, Status::NotApplicable | Status::NotEligible);
    out.forms = if active {
        p.forms_for(out.benefit)
            .iter()
            .map(|f| Form::Local(*f))
            .collect()
    } else {
        Vec::new()
    };
    for d in &mut out.deadlines {
        d.send_by = None;
    }
    out.notes = std::mem::take(&mut out.notes)
        .into_iter()
        .filter_map(|mut n| {
            n.note = match n.note {
                Note::FileAtOfficeOrPortal | Note::InPersonOnly { .. } => return None,
                Note::Means(MeansNote::OtherTownRulesDoNotApply) => return None,
                Note::DasmRegistersAjpisPays => {
                    n.source = p.source;
                    Note::Local(LocalNote::AgencyDecidesAndPays {
                        agency: p.payments_agency,
                    })
                }
                Note::YoungPersonFilesAtAjpis { member, .. } => Note::YoungPersonFilesAtAjpis {
                    member,
                    elsewhere: true,
                },
                Note::FileWhereYouLive => {
                    n.source = p.source;
                    Note::Local(if town_hall {
                        LocalNote::FileAtYourTownHall
                    } else {
                        LocalNote::FileWhereYouLiveNavodari
                    })
                }
                Note::Means(MeansNote::AskDgaspc) => {
                    Note::Local(LocalNote::AskCountyDgaspc { county })
                }
                other => other,
            };
            Some(n)
        })
        .collect();
    let files_here = !criteria::lives_elsewhere(household, ctx.municipality);
    if !active || !files_here || town_hall {
        return;
    }
    // Kindergarten tickets given "din oficiu" with the VMI family aid have
    // no request of their own: the window and the counter rule are for the
    // request ("pe bază de cerere", the designated carer).
    if out.reasons.iter().any(|r| {
        matches!(
            r.criterion,
            Criterion::Means(MeansCriterion::TicketsRoute {
                route: Some(TicketsRoute::FamilyWithChildrenAid)
            })
        )
    }) {
        return;
    }
    // The town's own filing rules, for someone who files at its office.
    if let Some(window) = p.window_for(out.benefit) {
        if let Ok(w) = window_dates(window, ctx.date) {
            out.notes.push(NoteItem {
                note: Note::Local(LocalNote::FilingWindow {
                    first_day: window.first_day,
                    last_day: window.last_day,
                    opens: w.opens,
                    closes: w.closes,
                    last_office_day: w.last_office_day,
                    open_on_date: w.open_on_date,
                }),
                source: window.source,
            });
        }
    }
    let address = p.office.and_then(|o| o.email).map(|e| e.value);
    for order in p.email_orders.iter().filter(|o| o.benefit == out.benefit) {
        if let Some(address) = address {
            out.notes.push(NoteItem {
                note: Note::Local(LocalNote::EmailOnePdf {
                    address,
                    list: order.list,
                    order: order.items,
                }),
                source: order.source,
            });
        }
    }
    if let Some(address) = address.filter(|_| p.email_without_order.contains(&out.benefit)) {
        out.notes.push(NoteItem {
            note: Note::Local(LocalNote::EmailNoOwnOrder { address }),
            source: p.source,
        });
    }
    // The place of its own a benefit has in the town (the canteen's floor).
    if out.benefit == BenefitId::SocialCanteen {
        if let Some(address) = p
            .benefit_places
            .iter()
            .find(|(b, _)| *b == out.benefit)
            .and_then(|(_, place)| p.institution(*place))
            .and_then(|i| i.address)
        {
            out.notes.push(NoteItem {
                note: Note::Local(LocalNote::CanteenAddress { address }),
                source: p.source,
            });
        }
    }
    if p.at_office_only.contains(&out.benefit) {
        out.notes.push(NoteItem {
            note: Note::Local(LocalNote::AtTheOfficeOnly),
            source: p.source,
        });
    }
}

/// The disability allowance "se acordă începând cu luna următoare
/// depunerii cererii" (seed `004`): dated for a request filed on the day of
/// the check, for a household with a member whose disability is severe.
fn allowance_first_month(out: &mut BenefitOutcome, household: &Household, ctx: &EvalContext) {
    if out.benefit != BenefitId::PersonalAssistantOrAllowance {
        return;
    }
    let severe = household
        .members
        .iter()
        .flatten()
        .any(|m| m.disability == Some(DisabilityGrade::Severe));
    if !severe || out.status == Status::NotEligible {
        return;
    }
    let first_month = if ctx.date.month() == 12 {
        YearMonth {
            year: ctx.date.year() + 1,
            month: 1,
        }
    } else {
        YearMonth {
            year: ctx.date.year(),
            month: ctx.date.month() + 1,
        }
    };
    out.notes.push(NoteItem {
        note: Note::Local(LocalNote::AllowanceFromMonthAfterRequest {
            if_filed_on: ctx.date,
            first_month,
        }),
        source: params::means::DISABILITY_PAGE,
    });
}

/// 112, the single emergency number. Not on the seed pages (seed `002`
/// names only a first-aid campaign "BEFORE 112"): from the act, named.
pub const N112: EmergencyNumber = EmergencyNumber {
    number: "112",
    purpose: EmergencyPurpose::AllEmergencies,
    reach: Reach::National,
    free_24h: false,
    source: Source {
        seed: None,
        act: Some("OUG nr. 34/2008, art. 2 alin. (1)"),
        effective_from: ymd(2008, 3, 28),
        date_basis: DateBasis::InForce,
        checked_on: SEEDS_READ_ON,
    },
};

/// 119 (seed `004`): "ABUZ ÎMPOTRIVA COPIILOR: 119 – număr unic de telefon
/// la nivel național".
pub const N119: EmergencyNumber = EmergencyNumber {
    number: "119",
    purpose: EmergencyPurpose::ChildAbuse,
    reach: Reach::National,
    free_24h: false,
    source: params::navodari::PAGE,
};
