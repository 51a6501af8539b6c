use leptos::prelude::*;

use crate::i18n::ro;
use crate::rules::household::Household;
use crate::rules::outcome::{BenefitId, BenefitOutcome, Check, Note, Status};
use crate::rules::EngineError;
use crate::ui::components::OfficeCard;
use crate::ui::state::use_app_state;

/// The verdicts, with the reasons, documents, deadlines and the office.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = use_app_state();
    let body = move || {
        let household = state.household.with(|(h, _)| h.clone());
        state.evaluation.with(|result| match result {
            Ok(evaluation) => {
                let summary = evaluation
                    .benefits
                    .iter()
                    .map(|b| {
                        let amount = b
                            .amount
                            .as_ref()
                            .filter(|_| shows_amount(b.status))
                            .map(|a| format!("{} / lună", ro::lei(a.monthly_total)))
                            .or_else(|| {
                                let by_office = b.notes.iter().any(|n| n.note == Note::AmountSetByOffice);
                                (by_office && shows_amount(b.status))
                                    .then(|| "suma o calculează DASM".to_string())
                            });
                        // Outside November–March the heating aid waits for the next season.
                        let season = b.notes.iter().find_map(|n| match n.note {
                            Note::ColdSeason { starts, in_season: false, .. } if b.status != Status::NotEligible => {
                                Some(format!("se acordă din {}", ro::date(starts)))
                            }
                            _ => None,
                        });
                        view! {
                            <li>
                                <a href=format!("#{}", slug(b.benefit))>{ro::benefit_name(b.benefit)}</a>
                                <span class=status_class(b.status)>{ro::status(b.status)}</span>
                                {amount.map(|a| view! { <span class="summary-amount">{a}</span> })}
                                {season.map(|text| view! { <span class="summary-season">{text}</span> })}
                            </li>
                        }
                    })
                    .collect_view();
                // One application covers both benefits: a paper or note already
                // listed under an earlier benefit is not repeated below it.
                let mut shown_notes = Vec::new();
                let cards = evaluation
                    .benefits
                    .iter()
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
                        view! { <BenefitCard outcome=outcome household=household.clone() same_papers_as=same_papers_as/> }
                    })
                    .collect_view();
                let office = evaluation.office.map(|o| view! { <OfficeCard office=o/> });
                let outdated = evaluation
                    .figures_checked_on
                    .filter(|_| evaluation.figures_may_be_outdated)
                    .map(|on| view! { <p class="notice warn" role="note">{ro::figures_may_be_outdated(on)}</p> });
                view! {
                    {outdated}
                    <section class="card summary" aria-labelledby="summary-title">
                        <h2 id="summary-title">"Pe scurt"</h2>
                        <ul class="plain">{summary}</ul>
                    </section>
                    {cards}
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
            <p class="muted">"Calculat pentru data de "{ro::date(state.today)}". Decizia finală o ia DASM."</p>
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

/// A sum is shown only where the person may get it; beside a "probably
/// not" it would read as a promise.
fn shows_amount(s: Status) -> bool {
    !matches!(s, Status::NotEligible | Status::ProbablyNotEligible)
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Eligible => "verdict eligible",
        Status::NotEligible => "verdict not-eligible",
        Status::ProbablyNotEligible => "verdict probably-not",
        Status::NeedsMoreInfo => "verdict ask",
        Status::InformationOnly => "verdict info",
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
) -> impl IntoView {
    let title = ro::benefit_name(outcome.benefit);
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
                        <p class="source">"Sursa: "{ro::source(&r.source)}</p>
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
                let id = format!("doc-{}-{i}", slug(outcome.benefit));
                view! {
                    <li>
                        <input type="checkbox" id=id.clone()/>
                        <label for=id>{ro::document(&d.document, &household)}</label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Acte de adus"</h3>
            <ul class="checklist">{items}</ul>
        }
    });
    let documents_elsewhere = same_papers_as.map(|other| view! {
        <h3>"Acte de adus"</h3>
        <p>"Aceleași acte ca la „"{ro::benefit_name(other)}"”: ambele se pot cere pe aceeași cerere."</p>
    });
    let deadlines = (!outcome.deadlines.is_empty()).then(|| {
        let items = outcome
            .deadlines
            .iter()
            .map(|d| {
                let (what, steps) = ro::deadline(d);
                view! {
                    <li>
                        <p class="criterion">{what}</p>
                        {steps.into_iter().map(|s| view! { <p class="detail">{s}</p> }).collect_view()}
                        <p class="source">"Sursa: "{ro::source(&d.source)}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Termene"</h3>
            <ul class="plain">{items}</ul>
        }
    });
    let notes = (!outcome.notes.is_empty()).then(|| {
        let items = outcome
            .notes
            .iter()
            .map(|n| view! { <li>{ro::note(&n.note)}</li> })
            .collect_view();
        view! {
            <h3>"Bine de știut"</h3>
            <ul class="notes">{items}</ul>
        }
    });
    let forms = (outcome.status != Status::NotEligible).then(|| {
        let names: Vec<String> = outcome.forms.iter().map(|f| format!("„{}”", ro::form(*f))).collect();
        view! {
            <p class="forms">"Formularele sunt la DASM și pe pagina DASM, la „Ajutoare de încălzire”: "{names.join(", ")}"."</p>
        }
    });
    let ask_office = (outcome.status == Status::NeedsMoreInfo && outcome.needs.is_empty()).then(|| view! {
        <p class="notice">"Pentru ce este marcat cu „?”, întrebați la DASM: paginile oficiale nu ne permit să decidem."</p>
    });
    view! {
        <article class="card benefit" id=slug(outcome.benefit) data-testid=format!("benefit-{}", slug(outcome.benefit))>
            <h2>{title}</h2>
            <p class=status_class(outcome.status) data-testid="verdict">{ro::status(outcome.status)}</p>
            {amount}
            {ask_office}
            <h3>"De ce"</h3>
            <ul class="reasons">{reasons}</ul>
            {documents}
            {documents_elsewhere}
            {deadlines}
            {forms}
            {notes}
        </article>
    }
}

/// A stable name for tests and element ids.
fn slug(benefit: BenefitId) -> &'static str {
    match benefit {
        BenefitId::HeatingAid => "heating-aid",
        BenefitId::EnergySupplement => "energy-supplement",
    }
}

#[component]
fn EngineProblem(error: EngineError) -> impl IntoView {
    let message = match error {
        EngineError::Parameter { .. } => "Nu putem verifica pentru data de azi: regulile pe care le avem nu acoperă această dată. Verificați data telefonului sau întrebați la DASM.".to_string(),
        EngineError::InvalidHousehold { .. } => "Unele răspunsuri nu se potrivesc între ele. Mergeți înapoi și verificați-le.".to_string(),
    };
    view! { <p class="notice warn" role="alert">{message}</p> }
}
