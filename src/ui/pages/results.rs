//! The results, built for many benefits: a summary first (what the person
//! can get, what not and why, what the office decides), then one list of
//! what to do and by when across every benefit, then each benefit's details
//! folded until opened, with its sources one tap away. Nothing here decides:
//! it lays out what the engine answered.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::cases;
use crate::i18n::ro;
use crate::ics;
use crate::rules::household::Household;
use crate::rules::outcome::{
    BenefitId, BenefitOutcome, Check, Deadline, Evaluation, Note, Reason, Status,
};
use crate::rules::EngineError;
use crate::ui::components::OfficeCard;
use crate::ui::files::download;
use crate::ui::state::{use_app_state, ASKED_IN_APP};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = use_app_state();
    // Arriving here moves the focus to the heading, which announces the screen.
    Effect::new(move |_| crate::ui::focus_later("#question-title"));
    let body = move || {
        let household = state.household.with(|(h, _)| h.clone());
        state.evaluation.with(|result| match result {
            Ok(evaluation) => {
                let outdated = evaluation
                    .figures_checked_on
                    .filter(|_| evaluation.figures_may_be_outdated)
                    .map(|on| view! { <p class="notice warn" role="note">{ro::figures_may_be_outdated(on)}</p> });
                let office = evaluation.office.map(|o| view! { <OfficeCard office=o/> });
                // Reasons chosen at the start that no screened benefit answers yet.
                let unscreened: Vec<&'static str> = state.draft.with(|d| {
                    d.topics
                        .iter()
                        .filter(|t| !t.benefits().iter().any(|b| ASKED_IN_APP.contains(b)))
                        .map(|t| ro::topic(*t))
                        .collect()
                });
                let unscreened = (!unscreened.is_empty()).then(|| view! {
                    <p class="notice" role="note">
                        {format!(
                            "Pentru „{}” aplicația nu are încă întrebări: întrebați la DASM (telefon 0264 413 058). Mai jos, ce am putut verifica.",
                            unscreened.join("”, „")
                        )}
                    </p>
                });
                view! {
                    {outdated}
                    {unscreened}
                    <Summary evaluation=evaluation.clone()/>
                    <Agenda evaluation=evaluation.clone()/>
                    <h2 class="section-title">"Fiecare ajutor, pe larg"</h2>
                    {cards(evaluation, &household, false)}
                    {evaluation.benefits.iter().any(|b| b.status == Status::InformationOnly).then(|| view! {
                        <h2 class="section-title">"Alte servicii și programe"</h2>
                        <p class="muted small">"Aplicația nu le verifică: spunem ce sunt, pentru cine și unde mergeți. Atingeți un nume ca să-l deschideți."</p>
                    })}
                    {cards(evaluation, &household, true)}
                    {office}
                }
                .into_any()
            }
            Err(error) => view! { <EngineProblem error=error.clone()/> }.into_any(),
        })
    };
    view! {
        <section class="results" data-testid="results">
            <h1 id="question-title" tabindex="-1">"Rezultatul"</h1>
            <p class="muted">"Calculat pentru data de "{ro::date(state.today)}". Decizia finală o ia biroul care primește cererea."</p>
            {move || state.evaluation.with(|e| e.as_ref().ok().and_then(|e| e.figures_checked_on)).map(|on| view! {
                <p class="muted small">"Regulile și sumele au fost verificate după paginile oficiale la "{ro::date(on)}"."</p>
            })}
            {body}
            <div class="actions no-print">
                <button type="button" class="button secondary" on:click=move |_| state.back()>"Modifică răspunsurile"</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    if let Some(w) = web_sys::window() { let _ = w.print(); }
                }>"Tipărește"</button>
                <button type="button" class="button secondary" on:click=move |_| state.new_case_confirmed()>"Caz nou"</button>
            </div>
        </section>
    }
}

/// How the summary groups the verdicts, in the order a person reads them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    CanGet,
    Decide,
    CannotGet,
    Information,
    NotApplicable,
}

impl Group {
    fn of(status: Status) -> Self {
        match status {
            Status::Eligible => Group::CanGet,
            Status::NeedsMoreInfo => Group::Decide,
            Status::NotEligible | Status::ProbablyNotEligible => Group::CannotGet,
            Status::InformationOnly => Group::Information,
            Status::NotApplicable => Group::NotApplicable,
        }
    }

    fn heading(self) -> &'static str {
        match self {
            Group::CanGet => "Puteți primi",
            Group::Decide => "De lămurit la birou",
            Group::CannotGet => "Nu puteți primi sau probabil nu",
            Group::Information => "Alte servicii și programe, de știut",
            Group::NotApplicable => "Nu se aplică în situația dumneavoastră",
        }
    }
}

const GROUPS: [Group; 5] = [
    Group::CanGet,
    Group::Decide,
    Group::CannotGet,
    Group::Information,
    Group::NotApplicable,
];

/// What the person can get (with amounts), what not (with the criterion
/// that failed and its numbers), what the office decides.
#[component]
fn Summary(evaluation: Evaluation) -> impl IntoView {
    let groups = GROUPS
        .into_iter()
        .filter_map(|group| {
            let items: Vec<_> = evaluation
                .benefits
                .iter()
                .filter(|b| Group::of(b.status) == group)
                .map(summary_line)
                .collect();
            (!items.is_empty()).then(|| {
                view! {
                    <h3 class="summary-group">{group.heading()}</h3>
                    <ul class="plain">{items}</ul>
                }
            })
        })
        .collect_view();
    // Benefits the person's reasons left out: named, one tap from checking.
    let state = use_app_state();
    let skipped: Vec<&'static str> = ASKED_IN_APP
        .iter()
        .filter(|id| !evaluation.benefits.iter().any(|b| b.benefit == **id))
        .map(|id| ro::benefit_name(*id))
        .collect();
    let skipped = (!skipped.is_empty()).then(|| {
        view! {
            <h3 class="summary-group">"Nu am verificat, după ce ați ales la început"</h3>
            <p>{skipped.join(", ")}</p>
            <button type="button" class="button secondary no-print" data-testid="check-everything" on:click=move |_| {
                state.draft.update(|d| d.topics.clear());
                state.go(state.next_screen());
            }>
                "Verifică și aceste ajutoare"
            </button>
        }
    });
    view! {
        <section class="card summary" aria-labelledby="summary-title">
            <h2 id="summary-title">"Pe scurt"</h2>
            {groups}
            {skipped}
        </section>
    }
}

fn summary_line(b: &BenefitOutcome) -> impl IntoView {
    let amount = b
        .amount
        .as_ref()
        .filter(|_| shows_amount(b.status))
        .map(|a| format!("{} / lună", ro::lei(a.monthly_total)))
        .or_else(|| {
            let by_office = b.notes.iter().any(|n| n.note == Note::AmountSetByOffice);
            (by_office && shows_amount(b.status)).then(|| "suma o calculează biroul".to_string())
        });
    // Outside November–March the heating aid waits for the next season.
    let season = b.notes.iter().find_map(|n| match n.note {
        Note::ColdSeason {
            starts,
            in_season: false,
            ..
        } if shows_amount(b.status) => Some(format!("se acordă din {}", ro::date(starts))),
        _ => None,
    });
    // A "no" says which criterion failed, with the person's numbers.
    let why = decisive(b).map(|r| {
        let (what, detail) = ro::criterion(&r.criterion);
        detail.unwrap_or(what)
    });
    view! {
        <li>
            {if b.status == Status::NotApplicable {
                // No card below to go to.
                view! { <span class="summary-name">{ro::benefit_name(b.benefit)}</span> }.into_any()
            } else {
                view! { <a href=format!("#{}", slug(b.benefit))>{ro::benefit_name(b.benefit)}</a> }.into_any()
            }}
            // Under "Alte servicii" the heading already says what they are.
            {(b.status != Status::InformationOnly).then(|| view! { <span class=status_class(b.status)>{ro::status(b.status)}</span> })}
            {amount.map(|a| view! { <span class="summary-amount">{a}</span> })}
            {season.map(|text| view! { <span class="summary-season">{text}</span> })}
            {why.map(|text| view! { <span class="summary-why">{text}</span> })}
        </li>
    }
}

/// The criterion that decided a "no" or a "probably not".
fn decisive(b: &BenefitOutcome) -> Option<&Reason> {
    let wanted = match b.status {
        Status::NotEligible => Check::Fail,
        Status::ProbablyNotEligible => Check::ProbablyFail,
        _ => return None,
    };
    b.reasons.iter().find(|r| r.check == wanted)
}

/// One deadline, with the benefits it is for (a rule two benefits share is
/// listed once).
struct AgendaItem<'a> {
    deadline: &'a Deadline,
    benefits: Vec<BenefitId>,
}

impl AgendaItem<'_> {
    /// Dated items first, by date; rules that wait for an event last.
    fn sort_key(&self) -> (bool, Option<NaiveDate>) {
        let date = self
            .deadline
            .computed
            .as_ref()
            .map(|c| c.due)
            .filter(|_| !self.deadline.anchor.is_event_to_come());
        (date.is_none(), date)
    }
}

/// One list of what to do and by when, across every benefit.
#[component]
fn Agenda(evaluation: Evaluation) -> impl IntoView {
    let mut items: Vec<AgendaItem> = Vec::new();
    for b in &evaluation.benefits {
        for d in &b.deadlines {
            match items.iter_mut().find(|item| item.deadline == d) {
                Some(item) => item.benefits.push(b.benefit),
                None => items.push(AgendaItem {
                    deadline: d,
                    benefits: vec![b.benefit],
                }),
            }
        }
    }
    items.sort_by_key(AgendaItem::sort_key);
    // The dated items, for the person's own calendar.
    let events: Vec<ics::Event> = items
        .iter()
        .filter(|item| !item.deadline.anchor.is_event_to_come())
        .filter_map(|item| {
            let due = item.deadline.computed.as_ref()?.due;
            let (summary, steps) = ro::deadline(item.deadline);
            Some(ics::Event {
                uid: format!(
                    "{}-{}@eligibil",
                    crate::ui::slug(item.deadline.deadline),
                    ics::day(due)
                ),
                date: due,
                summary,
                description: steps.join("\n"),
            })
        })
        .collect();
    let today = evaluation.date;
    let calendar_button = (!events.is_empty()).then(|| {
        view! {
            <button type="button" class="button secondary no-print" data-testid="calendar-file" on:click=move |_| {
                download(&ics::calendar(&events, today), "eligibil-termene.ics", "text/calendar");
            }>
                "Adaugă datele în calendarul telefonului"
            </button>
        }
    });
    (!items.is_empty()).then(|| {
        let list = items
            .iter()
            .map(|item| {
                let (what, steps) = ro::deadline(item.deadline);
                let names: Vec<&str> = item.benefits.iter().map(|b| ro::benefit_name(*b)).collect();
                view! {
                    <li>
                        <p class="criterion">{what}</p>
                        {steps.into_iter().map(|s| view! { <p class="detail">{s}</p> }).collect_view()}
                        <p class="for-benefits">"Pentru: "{names.join(", ")}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card agenda" aria-labelledby="agenda-title" data-testid="agenda">
                <h2 id="agenda-title">"Ce aveți de făcut și până când"</h2>
                <ul class="plain">{list}</ul>
                {calendar_button}
            </section>
        }
    })
}

/// Each benefit's card. One application covers benefits that share their
/// papers: a paper or note already listed under an earlier benefit is not
/// repeated below it.
/// `information`: the services explained, not screened, each folded to
/// its name; else the screened benefits.
fn cards(evaluation: &Evaluation, household: &Household, information: bool) -> impl IntoView {
    let mut shown_notes = Vec::new();
    evaluation
        .benefits
        .iter()
        // A benefit that is not for this household is named in the summary
        // only: its card would say nothing the person needs.
        .filter(|b| b.status != Status::NotApplicable)
        .filter(move |b| (b.status == Status::InformationOnly) == information)
        .map(|b| {
            let same_papers_as = evaluation
                .benefits
                .iter()
                .take_while(|earlier| earlier.benefit != b.benefit)
                .find(|earlier| {
                    !b.documents.is_empty()
                        && b.documents.iter().all(|d| earlier.documents.contains(d))
                })
                .map(|earlier| earlier.benefit);
            let mut outcome = b.clone();
            if same_papers_as.is_some() {
                outcome.documents.clear();
            }
            outcome.notes.retain(|n| !shown_notes.contains(n));
            shown_notes.extend(b.notes.iter().cloned());
            view! { <BenefitCard outcome=outcome household=household.clone() same_papers_as=same_papers_as compact=information/> }
        })
        .collect_view()
}

/// A sum is shown only where the person may get it; beside a "probably
/// not" it would read as a promise.
fn shows_amount(s: Status) -> bool {
    !matches!(
        s,
        Status::NotEligible | Status::ProbablyNotEligible | Status::NotApplicable
    )
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Eligible => "verdict eligible",
        Status::NotEligible => "verdict not-eligible",
        Status::ProbablyNotEligible => "verdict probably-not",
        Status::NeedsMoreInfo => "verdict ask",
        Status::InformationOnly => "verdict info",
        Status::NotApplicable => "verdict info",
    }
}

fn check_class(c: Check) -> &'static str {
    match c {
        Check::Pass => "check pass",
        Check::Fail => "check fail",
        Check::ProbablyFail => "check probably-fail",
        Check::Unknown => "check unknown",
    }
}

fn check_icon(c: Check) -> &'static str {
    match c {
        Check::Pass => "✓",
        Check::Fail => "✗",
        Check::ProbablyFail => "!",
        Check::Unknown => "?",
    }
}

#[component]
fn BenefitCard(
    outcome: BenefitOutcome,
    household: Household,
    same_papers_as: Option<BenefitId>,
    /// Folded to its name: a service explained, not screened.
    compact: bool,
) -> impl IntoView {
    let state = use_app_state();
    let id = slug(outcome.benefit);
    let box_prefix = id.clone();
    let amount = outcome.amount.clone().filter(|_| shows_amount(outcome.status)).map(|a| {
        let parts = a
            .parts
            .iter()
            .map(|p| view! { <li>{ro::lei(p.monthly)}" — "{ro::supplement_part(p.part)}"; "{ro::payee(p.paid_to)}</li> })
            .collect_view();
        view! {
            <div class="amount">
                <p class="amount-figure">{ro::lei(a.monthly_total)}<span class="per">" / lună"</span></p>
                <ul class="plain small">{parts}</ul>
            </div>
        }
    });
    // Once a criterion has failed, the ones never asked about are noise.
    let reasons = outcome
        .reasons
        .iter()
        .filter(|r| outcome.status != Status::NotEligible || r.check != Check::Unknown)
        .map(|r| {
            let (what, detail) = ro::criterion(&r.criterion);
            view! {
                <li class=check_class(r.check)>
                    <span class="icon" aria-hidden="true">{check_icon(r.check)}</span>
                    <div>
                        <p class="criterion"><span class="sr-only">{ro::check_mark(r.check)}": "</span>{what}</p>
                        {detail.map(|d| view! { <p class="detail">{d}</p> })}
                    </div>
                </li>
            }
        })
        .collect_view();
    let documents = (!outcome.documents.is_empty()).then(|| {
        let items = outcome
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let box_id = format!("doc-{box_prefix}-{i}");
                // A tick is saved with the case, under a key that survives
                // the list being rebuilt.
                let key = cases::document_key(
                    &crate::ui::slug(outcome.benefit),
                    &serde_json::to_string(&d.document).unwrap_or_default(),
                );
                let ticked_key = key.clone();
                view! {
                    <li>
                        <input type="checkbox" id=box_id.clone()
                            prop:checked=move || state.ticked.with(|t| t.contains(&ticked_key))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                state.ticked.update(|t| {
                                    if on { t.insert(key.clone()); } else { t.remove(&key); }
                                });
                            }/>
                        <label for=box_id>{ro::document(&d.document, &household)}</label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4>"Acte de adus"</h4>
            <ul class="checklist">{items}</ul>
        }
    });
    let documents_elsewhere = same_papers_as.map(|other| view! {
        <h4>"Acte de adus"</h4>
        <p>"Aceleași acte ca la „"{ro::benefit_name(other)}"”: ambele se pot cere pe aceeași cerere."</p>
    });
    let notes = (!outcome.notes.is_empty()).then(|| {
        let items = outcome
            .notes
            .iter()
            .map(|n| view! { <li>{ro::note(&n.note)}</li> })
            .collect_view();
        view! {
            <h4>"Bine de știut"</h4>
            <ul class="notes">{items}</ul>
        }
    });
    let forms = (outcome.status != Status::NotEligible && !outcome.forms.is_empty()).then(|| {
        let names: Vec<String> = outcome.forms.iter().map(|f| format!("„{}”", ro::form(*f))).collect();
        view! {
            <p class="forms">"Formularele sunt la birou și pe pagina DASM Cluj-Napoca: "{names.join(", ")}"."</p>
        }
    });
    let ask_office = (outcome.status == Status::NeedsMoreInfo && outcome.needs.is_empty()).then(|| view! {
        <p class="notice">"Pentru ce este marcat cu „?”, întrebați la birou: paginile oficiale nu ne permit să decidem."</p>
    });
    // The sources, one tap away instead of under every line.
    let mut sources: Vec<String> = outcome.sources().map(ro::source).collect();
    sources.sort();
    sources.dedup();
    let source_count = sources.len();
    let sources = sources
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    let sources = view! {
        <details class="sources">
            <summary>{format!("Sursele ({source_count})")}</summary>
            <ul class="source">{sources}</ul>
        </details>
    };
    if compact {
        let notes = outcome
            .notes
            .iter()
            .map(|n| view! { <p>{ro::note(&n.note)}</p> })
            .collect_view();
        return view! {
            <article class="card benefit compact" id=id.clone() data-testid=format!("benefit-{id}")>
                <details class="benefit-details" data-testid="details">
                    <summary><h3 class="benefit-name">{ro::benefit_name(outcome.benefit)}</h3></summary>
                    {notes}
                    {forms}
                    {(outcome.reasons.iter().any(|r| r.check != Check::Pass)).then(|| view! { <ul class="reasons">{reasons}</ul> })}
                    {documents}
                    {sources}
                </details>
            </article>
        }
        .into_any();
    }
    view! {
        <article class="card benefit" id=id.clone() data-testid=format!("benefit-{id}")>
            <h3 class="benefit-name">{ro::benefit_name(outcome.benefit)}</h3>
            <p class=status_class(outcome.status) data-testid="verdict">{ro::status(outcome.status)}</p>
            {amount}
            {ask_office}
            <details class="benefit-details" data-testid="details">
                <summary>"De ce, ce acte trebuie și ce mai e de știut"</summary>
                <h4>"De ce"</h4>
                <ul class="reasons">{reasons}</ul>
                {documents}
                {documents_elsewhere}
                {forms}
                {notes}
            </details>
            {sources}
        </article>
    }
    .into_any()
}

/// A stable name for tests and element ids (`heating-aid`), from the
/// engine's own identifier, so a new benefit needs nothing here.
fn slug(benefit: BenefitId) -> String {
    crate::ui::slug(benefit).replace('_', "-")
}

#[component]
fn EngineProblem(error: EngineError) -> impl IntoView {
    let message = match error {
        EngineError::Parameter { .. } => "Nu putem verifica pentru data de azi: regulile pe care le avem nu acoperă această dată. Verificați data telefonului sau întrebați la DASM.".to_string(),
        EngineError::InvalidHousehold { .. } => "Unele răspunsuri nu se potrivesc între ele. Mergeți înapoi și verificați-le.".to_string(),
    };
    view! { <p class="notice warn" role="alert">{message}</p> }
}
