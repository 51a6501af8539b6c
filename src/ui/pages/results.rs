//! The results, built for many benefits: a summary first (what the person
//! can get, what not and why, what the office decides), then one list of
//! what to do and by when across every benefit, then each benefit's details
//! folded until opened, with its sources one tap away. Nothing here decides:
//! it lays out what the engine answered.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::cases;
use crate::i18n::{msg, tr};
use crate::ics;
use crate::rules::household::Household;
use crate::rules::outcome::{
    BenefitId, BenefitOutcome, Check, Deadline, Evaluation, Note, Reason, Status,
};
use crate::rules::EngineError;
use crate::ui::components::{AnswerGroups, OfficeCard};
use crate::ui::files::download;
use crate::ui::state::{use_app_state, Screen, ASKED_IN_APP};

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
                    .map(|on| view! { <p class="notice warn" role="note">{tr::figures_may_be_outdated(on)}</p> });
                let office = evaluation.office.map(|o| view! { <OfficeCard office=o/> });
                // Reasons chosen at the start that no screened benefit answers yet.
                let unscreened: Vec<&'static str> = state.draft.with(|d| {
                    d.topics
                        .iter()
                        .filter(|t| !t.benefits().iter().any(|b| ASKED_IN_APP.contains(b)))
                        .map(|t| tr::topic(*t))
                        .collect()
                });
                let unscreened = (!unscreened.is_empty()).then(|| view! {
                    <p class="notice" role="note">{msg::results_unscreened(&unscreened.join("”, „"))}</p>
                });
                let information = evaluation
                    .benefits
                    .iter()
                    .filter(|b| b.status == Status::InformationOnly)
                    .count();
                view! {
                    {outdated}
                    {unscreened}
                    <NextStep evaluation=evaluation.clone()/>
                    <Summary evaluation=evaluation.clone()/>
                    <Agenda evaluation=evaluation.clone()/>
                    <AnswersList/>
                    <h2 class="section-title no-print">{msg::results_each()}</h2>
                    <div class="benefit-cards">{cards(evaluation, &household, false)}</div>
                    <Papers evaluation=evaluation.clone() household=household.clone()/>
                    {(information > 0).then(|| view! {
                        // Every service explained, not screened, behind one line.
                        <details class="card other-services no-print" data-testid="other-services">
                            <summary id="other-services"><h2 class="benefit-name">{msg::results_other_services(&information.to_string())}</h2></summary>
                            <p class="muted small">{msg::results_other_intro()}</p>
                            {cards(evaluation, &household, true)}
                        </details>
                    })}
                    <ServicesForYou evaluation=evaluation.clone()/>
                    {office}
                    {evaluation.figures_checked_on.map(|on| view! {
                        <p class="muted small">{msg::results_checked_on(&tr::date(on))}</p>
                    })}
                    <PrintSources evaluation=evaluation.clone()/>
                }
                .into_any()
            }
            Err(error) => view! { <EngineProblem error=error.clone()/> }.into_any(),
        })
    };
    // The case's name, for a volunteer's print-out (a kiosk's case has none worth printing).
    let case_name = move || {
        (!state.kiosk)
            .then(|| {
                let id = state.current.get();
                state
                    .cases
                    .with(|all| all.iter().find(|c| c.id == id).map(|c| c.name.clone()))
            })
            .flatten()
    };
    view! {
        <section class="results" data-testid="results">
            <p class="print-only print-title">{msg::results_print_title()}</p>
            <h1 id="question-title" tabindex="-1">{move || case_name().map_or_else(|| msg::results_title().to_string(), |n| msg::results_title_case(&n))}</h1>
            <p class="muted results-meta">
                {msg::results_calculated(&tr::date(state.today))}
            </p>
            {body}
            <div class="actions no-print">
                <button type="button" class="button secondary" data-testid="change-answers" on:click=move |_| open_answers()>{msg::results_change_answers()}</button>
                <button type="button" class="button secondary" on:click=move |_| {
                    if let Some(w) = web_sys::window() { let _ = w.print(); }
                }>{msg::results_print()}</button>
                <button type="button" class="button secondary" on:click=move |_| state.new_case_confirmed()>{msg::header_new_case()}</button>
            </div>
        </section>
    }
}

/// Opens the list of answers given and moves there: each answer opens its
/// question (after a reload "înapoi" would lead to the start screen, not
/// to the answers).
fn open_answers() {
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(details) = document
        .as_ref()
        .and_then(|d| d.query_selector(".answers-details").ok().flatten())
    {
        let _ = details.set_attribute("open", "");
    }
    if let Some(title) = document
        .and_then(|d| d.get_element_by_id("answers-title"))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        crate::ui::focus_element(&title);
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
            Group::CanGet => msg::group_can_get(),
            Group::Decide => msg::group_decide(),
            Group::CannotGet => msg::group_cannot_get(),
            Group::Information => msg::group_information(),
            Group::NotApplicable => msg::group_not_applicable(),
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
        // The services explained are one line below the groups, not a list.
        .filter(|group| *group != Group::Information)
        .filter_map(|group| {
            // What does not apply is named in one line: nothing to open, nothing to do.
            if group == Group::NotApplicable {
                let names: Vec<&str> = evaluation
                    .benefits
                    .iter()
                    .filter(|b| b.status == Status::NotApplicable)
                    .map(|b| tr::benefit_name(b.benefit))
                    .collect();
                return (!names.is_empty()).then(|| {
                    view! {
                        <h3 class="summary-group">{group.heading()}</h3>
                        <p class="not-applicable" data-testid="not-applicable">{names.join(", ")}</p>
                    }
                    .into_any()
                });
            }
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
                .into_any()
            })
        })
        .collect_view();
    // Benefits the person's reasons left out: named, one tap from checking.
    let state = use_app_state();
    let skipped: Vec<&'static str> = ASKED_IN_APP
        .iter()
        .filter(|id| !evaluation.benefits.iter().any(|b| b.benefit == **id))
        .map(|id| tr::benefit_name(*id))
        .collect();
    let skipped = (!skipped.is_empty()).then(|| {
        view! {
            <h3 class="summary-group no-print">{msg::results_not_checked()}</h3>
            <p class="no-print">{skipped.join(", ")}</p>
            <button type="button" class="button secondary no-print" data-testid="check-everything" on:click=move |_| {
                state.draft.update(|d| d.topics.clear());
                state.go(state.next_screen());
            }>
                {msg::results_check_these()}
            </button>
        }
    });
    let information = evaluation
        .benefits
        .iter()
        .filter(|b| b.status == Status::InformationOnly)
        .count();
    let information = (information > 0).then(|| view! {
        <p class="summary-more no-print">
            <a href="#other-services">{msg::results_other_services_link(&information.to_string())}</a>
        </p>
    });
    view! {
        <section class="card summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{msg::results_summary()}</h2>
            {groups}
            {information}
            {skipped}
        </section>
    }
}

fn summary_line(b: &BenefitOutcome) -> impl IntoView {
    let amount = b
        .amount
        .as_ref()
        .filter(|_| shows_amount(b.status))
        .map(|a| msg::money_per_month(&tr::lei(a.monthly_total)))
        .or_else(|| {
            let by_office = b.notes.iter().any(|n| n.note == Note::AmountSetByOffice);
            (by_office && shows_amount(b.status))
                .then(|| msg::results_amount_by_office().to_string())
        });
    // Outside November–March the heating aid waits for the next season.
    let season = b.notes.iter().find_map(|n| match n.note {
        Note::ColdSeason {
            starts,
            in_season: false,
            ..
        } if shows_amount(b.status) => Some(msg::results_from_season(&tr::date(starts))),
        _ => None,
    });
    // The benefit's nearest dated term still open, beside its verdict.
    let due = shows_amount(b.status)
        .then(|| {
            b.deadlines
                .iter()
                .filter(|d| !d.passed && !d.anchor.is_event_to_come())
                .filter_map(|d| d.computed.as_ref().map(|c| c.due))
                .min()
        })
        .flatten()
        .map(|due| msg::results_due(&tr::date(due)));
    // A "no" says which criterion failed, with the person's numbers.
    // A "no" says which condition decided it, in one line; its numbers are
    // in the card, one tap away (issue 17: one line per verdict).
    let why = decisive(b).map(|r| criterion_text(&r.criterion));
    view! {
        <li>
            {if b.status == Status::NotApplicable {
                // No card below to go to.
                view! { <span class="summary-name">{tr::benefit_name(b.benefit)}</span> }.into_any()
            } else {
                view! { <a href=format!("#{}", slug(b.benefit))>{tr::benefit_name(b.benefit)}</a> }.into_any()
            }}
            // Under "Alte servicii" the heading already says what they are.
            // Under "Puteți primi" a plain "Îndepliniți condițiile" says nothing
            // the heading has not said; what it adds (a sum to pay) stays.
            {{
                let verdict = tr::status_of(b);
                let redundant = b.status == Status::Eligible && verdict == tr::status(Status::Eligible);
                (b.status != Status::InformationOnly && !redundant)
                    .then(|| view! { <span class=status_class(b.status)>{verdict}</span> })
            }}
            {amount.map(|a| view! { <span class="summary-amount">{a}</span> })}
            {season.map(|text| view! { <span class="summary-season">{text}</span> })}
            {due.map(|text| view! { <span class="summary-due">{text}</span> })}
            {why.map(|(what, detail)| view! {
                <span class="summary-why">{what}</span>
                // On paper, for the caseworker handed it: the numbers too.
                {detail.map(|d| view! { <span class="summary-why-detail print-only">{d}</span> })}
            })}
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

/// Every deadline of the evaluation, each once with the benefits it is
/// for, dated ones first by date.
fn agenda_items(evaluation: &Evaluation) -> Vec<AgendaItem<'_>> {
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
    items
}

fn for_benefits(benefits: &[BenefitId]) -> String {
    let names: Vec<&str> = benefits.iter().map(|b| tr::benefit_name(*b)).collect();
    msg::results_for(&names.join(", "))
}

/// The first thing to do, dated, at the top of the results: the nearest
/// term still open.
#[component]
fn NextStep(evaluation: Evaluation) -> impl IntoView {
    let items = agenda_items(&evaluation);
    let next = items.iter().find(|item| {
        !item.deadline.passed
            && !item.deadline.anchor.is_event_to_come()
            && item.deadline.computed.is_some()
    })?;
    let (what, _) = deadline_text(next.deadline);
    let others = items
        .iter()
        .filter(|item| !item.deadline.anchor.is_event_to_come() && item.deadline.computed.is_some())
        .count()
        .saturating_sub(1);
    // Short: the step itself (it names its benefit and its dates); how the
    // dates were reached and the portal's day are in the list below.
    Some(view! {
        <section class="card next-step" aria-labelledby="next-step-title" data-testid="next-step">
            <h2 id="next-step-title">{msg::results_next_step()}</h2>
            <p class="next-what">{what}</p>
            <p class="no-print"><a href="#agenda-title">{if others > 0 { msg::results_all_dates(&(others + 1).to_string()) } else { msg::results_how_counted().to_string() }}</a></p>
        </section>
    })
}

/// One list of what to do and by when, across every benefit: the dated
/// terms with how each date was reached, then the duties that start only
/// when something changes, one line each.
#[component]
fn Agenda(evaluation: Evaluation) -> impl IntoView {
    let items = agenda_items(&evaluation);
    // The dated items, for the person's own calendar.
    let events: Vec<ics::Event> = items
        .iter()
        .filter(|item| !item.deadline.anchor.is_event_to_come())
        .filter_map(|item| {
            let due = item.deadline.computed.as_ref()?.due;
            let (summary, steps) = deadline_text(item.deadline);
            Some(ics::Event {
                uid: ics::uid(item.deadline, due),
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
                download(&ics::calendar(&events, today), msg::results_calendar_file(), "text/calendar");
            }>
                {msg::results_calendar()}
            </button>
        }
    });
    let (duties, dated): (Vec<&AgendaItem>, Vec<&AgendaItem>) = items
        .iter()
        .partition(|item| item.deadline.anchor.is_event_to_come());
    if items.is_empty() {
        return None;
    }
    let dated_list = dated
        .iter()
        .map(|item| {
            let (what, steps) = deadline_text(item.deadline);
            view! {
                <li class:passed=item.deadline.passed>
                    <p class="criterion">{what}</p>
                    {steps.into_iter().map(|s| view! { <p class="detail">{s}</p> }).collect_view()}
                    <p class="for-benefits">{for_benefits(&item.benefits)}</p>
                </li>
            }
        })
        .collect_view();
    // With dated terms above, the duties fold to one line; alone, they show.
    let fold_duties = !dated.is_empty();
    let duties = (!duties.is_empty()).then(|| {
        let count = duties.len();
        let lines = duties
            .iter()
            .map(|item| {
                let (what, _) = deadline_text(item.deadline);
                view! { <li>{what}<span class="for-benefits">" — "{for_benefits(&item.benefits)}</span></li> }
            })
            .collect_view();
        let title = msg::results_duties(&count.to_string());
        if fold_duties {
            view! {
                <details class="duties" data-testid="duties">
                    <summary>{title}</summary>
                    <ul class="plain duty-lines">{lines}</ul>
                </details>
            }
            .into_any()
        } else {
            view! {
                <div class="duties" data-testid="duties">
                    <h3>{title}</h3>
                    <ul class="plain duty-lines">{lines}</ul>
                </div>
            }
            .into_any()
        }
    });
    Some(view! {
        <section class="card agenda" aria-labelledby="agenda-title" data-testid="agenda">
            <h2 id="agenda-title">{msg::results_agenda()}</h2>
            {(!dated.is_empty()).then(|| view! { <ul class="plain">{dated_list}</ul> })}
            {duties}
            {calendar_button}
        </section>
    })
}

/// The answers the verdicts rest on, each one tap from its question: a
/// changed answer leads on to any new question it makes necessary, then
/// back here.
#[component]
fn AnswersList() -> impl IntoView {
    let state = use_app_state();
    let lines = move || {
        state
            .household
            .with(|(h, _)| state.draft.with(|d| tr::answer_lines(d, h, state.today)))
    };
    let count = move || lines().len();
    view! {
        <section class="card answers" aria-labelledby="answers-title" data-testid="answers">
            <h2 id="answers-title">{msg::answers_title()}</h2>
            <details class="answers-details">
                <summary class="no-print">{move || msg::answers_show(&count().to_string())}</summary>
                <AnswerGroups/>
            </details>
        </section>
    }
}

/// The directory's services the person's answers point to: the needs of
/// the reasons they chose at the start, and of the situations a verdict
/// links to (no canteen place → canteens and meals on wheels); then the
/// whole directory, one tap away.
#[component]
fn ServicesForYou(evaluation: Evaluation) -> impl IntoView {
    use crate::rules::directory;
    let state = use_app_state();
    let mut needs: Vec<directory::Need> = state.draft.with(|d| {
        d.topics
            .iter()
            .flat_map(|t| directory::topic_needs(*t).iter().copied())
            .collect()
    });
    for b in evaluation
        .benefits
        .iter()
        .filter(|b| b.status != Status::NotApplicable)
    {
        for situation in directory::benefit_links(b.benefit) {
            needs.extend(directory::referral(*situation).needs.iter().copied());
        }
    }
    needs.sort();
    needs.dedup();
    let buttons = needs
        .into_iter()
        .map(|need| view! {
            <li><button type="button" class="link-button" on:click=move |_| state.go(Screen::Directory(Some(need)))>
                {msg::directory_see(tr::local::need(need))}
            </button></li>
        })
        .collect_view();
    view! {
        <section class="card services-for-you no-print" data-testid="services-for-you">
            <h2>{msg::directory_for_you()}</h2>
            <ul class="plain">{buttons}</ul>
            <button type="button" class="button secondary" on:click=move |_| state.go(Screen::Directory(None))>
                {msg::directory_open()}
            </button>
        </section>
    }
}

/// On paper, the sources of every verdict printed, once each, in small
/// type: the cards that hold them on screen are not printed.
#[component]
fn PrintSources(evaluation: Evaluation) -> impl IntoView {
    let mut sources: Vec<String> = evaluation
        .benefits
        .iter()
        .filter(|b| !matches!(b.status, Status::NotApplicable | Status::InformationOnly))
        .flat_map(|b| b.sources().map(tr::source).collect::<Vec<_>>())
        .collect();
    sources.sort();
    sources.dedup();
    (!sources.is_empty()).then(|| {
        view! {
            <section class="print-only print-sources">
                <h2>{msg::results_sources_title()}</h2>
                <p>{sources.join(" · ")}</p>
            </section>
        }
    })
}

/// On paper, the papers of every benefit the person may file for, in one
/// checklist (a paper several benefits ask for is listed once): the cards
/// with their folds are not printed.
#[component]
fn Papers(evaluation: Evaluation, household: Household) -> impl IntoView {
    let mut papers: Vec<(String, Vec<BenefitId>)> = Vec::new();
    for b in evaluation.benefits.iter().filter(|b| {
        matches!(
            b.status,
            Status::Eligible | Status::NeedsMoreInfo | Status::ProbablyNotEligible
        )
    }) {
        for d in &b.documents {
            let text = document_text(&d.document, &household);
            match papers.iter_mut().find(|(t, _)| *t == text) {
                Some((_, benefits)) => benefits.push(b.benefit),
                None => papers.push((text, vec![b.benefit])),
            }
        }
    }
    (!papers.is_empty()).then(|| {
        let items = papers
            .into_iter()
            .map(|(text, benefits)| view! {
                <li><span class="box" aria-hidden="true"></span>{text}<span class="for-benefits">" — "{for_benefits(&benefits)}</span></li>
            })
            .collect_view();
        view! {
            <section class="print-only papers">
                <h2>{msg::results_papers()}</h2>
                <ul class="plain">{items}</ul>
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
            .map(|p| view! { <li>{tr::lei(p.monthly)}" — "{tr::supplement_part(p.part)}"; "{tr::payee(p.paid_to)}</li> })
            .collect_view();
        view! {
            <div class="amount">
                <p class="amount-figure">{tr::lei(a.monthly_total)}<span class="per">" "{msg::per_month()}</span></p>
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
            let (what, detail) = criterion_text(&r.criterion);
            view! {
                <li class=check_class(r.check)>
                    <span class="icon" aria-hidden="true">{check_icon(r.check)}</span>
                    <div>
                        <p class="criterion"><span class="sr-only">{tr::check_mark(r.check)}": "</span>{what}</p>
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
                        <label for=box_id>{document_text(&d.document, &household)}</label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h4>{msg::results_papers()}</h4>
            <ul class="checklist">{items}</ul>
        }
    });
    let documents_elsewhere = same_papers_as.map(|other| {
        view! {
            <h4>{msg::results_papers()}</h4>
            <p>{msg::results_same_papers(tr::benefit_name(other))}</p>
        }
    });
    let notes = (!outcome.notes.is_empty()).then(|| {
        let items = outcome
            .notes
            .iter()
            .map(|n| view! { <li>{note_text(&n.note)}</li> })
            .collect_view();
        view! {
            <h4>{msg::results_good_to_know()}</h4>
            <ul class="notes">{items}</ul>
        }
    });
    let forms = (outcome.status != Status::NotEligible && !outcome.forms.is_empty()).then(|| {
        let names: Vec<String> = outcome
            .forms
            .iter()
            .map(|f| format!("„{}”", tr::form(*f)))
            .collect();
        view! {
            <p class="forms">{msg::results_forms(&names.join(", "))}</p>
        }
    });
    let ask_office =
        (outcome.status == Status::NeedsMoreInfo && outcome.needs.is_empty()).then(|| {
            view! {
                <p class="notice">{msg::results_ask_office()}</p>
            }
        });
    // The sources, one tap away instead of under every line.
    let mut sources: Vec<String> = outcome.sources().map(tr::source).collect();
    sources.sort();
    sources.dedup();
    let source_count = sources.len();
    let sources = sources
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view();
    let sources = view! {
        <details class="sources">
            <summary>{msg::results_sources_count(&source_count.to_string())}</summary>
            <ul class="source">{sources}</ul>
        </details>
    };
    if compact {
        let notes = outcome
            .notes
            .iter()
            .map(|n| view! { <p>{note_text(&n.note)}</p> })
            .collect_view();
        return view! {
            <article class="card benefit compact" id=id.clone() data-testid=format!("benefit-{id}")>
                <details class="benefit-details" data-testid="details">
                    <summary><h3 class="benefit-name">{tr::benefit_name(outcome.benefit)}</h3></summary>
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
            <h3 class="benefit-name">{tr::benefit_name(outcome.benefit)}</h3>
            <p class=status_class(outcome.status) data-testid="verdict" data-status=crate::ui::slug(outcome.status)>{tr::status_of(&outcome)}</p>
            {amount}
            {ask_office}
            <details class="benefit-details" data-testid="details">
                <summary>{msg::results_details()}</summary>
                <h4>{msg::results_why()}</h4>
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

/// The engine's sentences in the words of the person's town: where the
/// check is for Năvodari or another town, "DASM" and Cluj-Napoca's offices
/// become that town's (`tr::local::for_town`).
fn in_town(text: String) -> String {
    let town = use_app_state()
        .draft
        .with_untracked(crate::draft::Draft::municipality);
    if town == crate::rules::municipality::MunicipalityId::ClujNapoca {
        text
    } else {
        tr::local::for_town(&text, town)
    }
}

fn criterion_text(c: &crate::rules::outcome::Criterion) -> (String, Option<String>) {
    let (what, detail) = tr::criterion(c);
    (in_town(what), detail.map(in_town))
}

fn deadline_text(d: &Deadline) -> (String, Vec<String>) {
    let (what, steps) = tr::deadline(d);
    (in_town(what), steps.into_iter().map(in_town).collect())
}

fn document_text(d: &crate::rules::outcome::Document, household: &Household) -> String {
    in_town(tr::document(d, household))
}

fn note_text(n: &Note) -> String {
    in_town(tr::note(n))
}

/// A stable name for tests and element ids (`heating-aid`), from the
/// engine's own identifier, so a new benefit needs nothing here.
fn slug(benefit: BenefitId) -> String {
    crate::ui::slug(benefit).replace('_', "-")
}

#[component]
fn EngineProblem(error: EngineError) -> impl IntoView {
    let message = match error {
        EngineError::Parameter { .. } => msg::results_engine_date().to_string(),
        EngineError::InvalidHousehold { .. } => msg::results_engine_household().to_string(),
    };
    view! { <p class="notice warn" role="alert">{message}</p> }
}
