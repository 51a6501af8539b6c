//! The body of each question screen, one per fact the engine can ask for.
//! Each writes the person's answer into the draft as it is given.

mod generic;
mod members;

use leptos::prelude::*;

use crate::draft::{Draft, FieldError, FieldId, IncomeDraft, ResidenceChoice};
use crate::i18n::{msg, tr};
use crate::rules::facts::Fact;
use crate::rules::household::{EnergySource, HeatingSystem, IncomeKind};
use crate::ui::components::{AmountCheck, Checks, Choices, FieldMessage};
use crate::ui::slug;
use crate::ui::state::{use_app_state, AppState};
use crate::ui::{announce, focus_later_id};

use generic::GenericQuestion;
pub use members::MembersQuestion;

/// Does this input problem belong on this question's screen?
pub fn belongs(fact: Fact, error: &FieldError) -> bool {
    belongs_field(fact, error.field)
}

/// Is this field on this question's screen?
pub fn belongs_field(fact: Fact, field: FieldId) -> bool {
    match (fact, field) {
        (Fact::Members, FieldId::BirthDate { .. } | FieldId::Members) => true,
        (Fact::Incomes { member }, FieldId::IncomeAmount { member: m, .. }) => member == m,
        (Fact::EnergySources, FieldId::Heating) => true,
        (asked, FieldId::Answer { fact }) => asked == fact,
        _ => false,
    }
}

/// What pressing "Continuă" records before moving on: confirming a list
/// that may rightly be left as it is.
pub fn on_continue(fact: Fact, state: AppState) {
    state.draft.update(|d| match fact {
        Fact::Members => d.members_confirmed = true,
        Fact::EnergySources => {
            let list = d.energy_sources_in_use();
            // An empty list is an answer too: a home using none of these.
            d.energy_sources = Some(list);
        }
        other => d.confirm_none(other),
    });
}

pub fn body(fact: Fact) -> AnyView {
    match fact {
        Fact::Residence => choice(
            "residence",
            [
                ResidenceChoice::ClujDomiciliu,
                ResidenceChoice::ClujResedinta,
                ResidenceChoice::ClujHomeless,
                ResidenceChoice::NavodariDomiciliu,
                ResidenceChoice::NavodariResedinta,
                ResidenceChoice::Elsewhere,
            ]
            .into_iter()
            .map(|c| (c, tr::residence_choice(c)))
            .collect(),
            |d| d.residence,
            |d, v| d.residence = Some(v),
        ),
        Fact::Members => view! { <MembersQuestion/> }.into_any(),
        Fact::Incomes { member } => view! { <IncomesQuestion member=member/> }.into_any(),
        Fact::Heating => choice(
            "heating",
            [
                HeatingSystem::NaturalGas,
                HeatingSystem::Electricity,
                HeatingSystem::SolidOrPetroleum,
                HeatingSystem::DistrictHeating,
                HeatingSystem::None,
            ]
            .into_iter()
            .map(|h| (h, tr::heating_system(h)))
            .collect(),
            |d| d.heating,
            |d, v| d.heating = Some(v),
        ),
        Fact::EnergySources => view! { <EnergySourcesQuestion/> }.into_any(),
        // Every other question is asked by the kind of answer it takes.
        _ => match crate::questions::spec(fact) {
            Some(spec) => view! { <GenericQuestion fact=fact spec=spec/> }.into_any(),
            None => view! { <p class="notice warn">{msg::question_not_in_app()}</p> }.into_any(),
        },
    }
}

fn choice<T>(
    name: &'static str,
    options: Vec<(T, &'static str)>,
    read: fn(&Draft) -> Option<T>,
    write: fn(&mut Draft, T),
) -> AnyView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let state = use_app_state();
    view! {
        <Choices
            name=name
            options=options
            selected=Signal::derive(move || state.draft.with(read))
            on_pick=Callback::new(move |v| state.draft.update(|d| write(d, v)))
        />
    }
    .into_any()
}

#[component]
fn EnergySourcesQuestion() -> impl IntoView {
    let state = use_app_state();
    let checked = Signal::derive(move || state.draft.with(Draft::energy_sources_in_use));
    // The heating's own source cannot be unticked here: say why beside it.
    let note = Signal::derive(move || {
        state.draft.with(|d| {
            let heating = d.heating?;
            let source = heating.energy_source()?;
            Some((
                source,
                msg::energy_kept_ticked(&tr::heating_system(heating).to_lowercase()),
            ))
        })
    });
    let on_toggle = Callback::new(move |(source, on): (EnergySource, bool)| {
        state.draft.update(|d| {
            let mut list = d.energy_sources_in_use();
            list.retain(|s| *s != source);
            if on {
                list.push(source);
            }
            d.energy_sources = Some(list);
            // Unticking the heating's own source does not take: it is re-added.
            d.energy_sources = Some(d.energy_sources_in_use());
        });
    });
    view! {
        <Checks
            options=[
                EnergySource::Electricity,
                EnergySource::NaturalGas,
                EnergySource::SolidOrPetroleum,
                EnergySource::DistrictHeating,
            ]
                .into_iter()
                .map(|s| (s, tr::energy_source(s).to_string()))
                .collect()
            checked=checked
            on_toggle=on_toggle
            note=note
        />
    }
}

/// Every kind a person can name, the usual ones first. The kinds some
/// benefits leave out of the income test (a scholarship, day labour, the
/// kindergarten tickets…) must be nameable, or the VMI would count them.
const INCOME_KINDS: [IncomeKind; 26] = [
    IncomeKind::Salary,
    IncomeKind::Pension,
    IncomeKind::Unemployment,
    IncomeKind::MaternityAllowance,
    IncomeKind::SickLeaveAllowance,
    IncomeKind::StateChildAllowance,
    IncomeKind::ChildRaisingAllowance,
    IncomeKind::InsertionIncentive,
    IncomeKind::DisabilityAllowance,
    IncomeKind::Maintenance,
    IncomeKind::SelfEmployment,
    IncomeKind::DayLabour,
    IncomeKind::Agriculture,
    IncomeKind::Property,
    IncomeKind::Scholarship,
    IncomeKind::MinimumInclusionIncome,
    IncomeKind::HeatingAidOrSupplement,
    IncomeKind::KindergartenTickets,
    IncomeKind::TrainingStipend,
    IncomeKind::OccasionalHelp,
    IncomeKind::EmergencyAid,
    IncomeKind::ExceptionalCompensation,
    IncomeKind::HivOrTbFoodAllowance,
    IncomeKind::PublicSupportProgramme,
    IncomeKind::AgriculturalStateAid,
    IncomeKind::Other,
];

#[component]
fn IncomesQuestion(member: usize) -> impl IntoView {
    let state = use_app_state();
    let incomes = move || {
        state
            .draft
            .with(|d| d.members.get(member).and_then(|m| m.incomes.clone()))
    };
    let had = Signal::derive(move || incomes().map(|list| !list.is_empty()));
    let update = move |f: &dyn Fn(&mut Vec<IncomeDraft>)| {
        state.draft.update(|d| {
            if let Some(m) = d.members.get_mut(member) {
                f(m.incomes.get_or_insert_with(Vec::new));
            }
        });
    };
    let pick = Callback::new(move |yes: bool| {
        update(&|list| {
            if !yes {
                list.clear();
            } else if list.is_empty() {
                list.push(IncomeDraft::default());
            }
        });
    });
    let rows = move || incomes().map(|l| l.len()).unwrap_or(0);
    let error_for = move |i: usize| {
        Signal::derive(move || {
            if !state.show_errors.get() {
                return None;
            }
            state.household.with(|(_, errors)| {
                let field = FieldId::IncomeAmount { member, income: i };
                // "1,234" gets the question "did you mean 1.234 lei?", not
                // also "too many decimals".
                if state.draft.with(|d| d.amount_doubt(field).is_some()) {
                    return None;
                }
                errors
                    .iter()
                    .find(|e| e.field == field)
                    .map(|e| tr::input_problem(e.problem))
            })
        })
    };
    view! {
        <Choices name="had-income" options=vec![(true, msg::incomes_had()), (false, msg::incomes_none())] selected=had on_pick=pick/>
        <Show when=move || had.get() == Some(true)>
            <div class="income-rows">
                <For each=move || 0..rows() key=|i| *i let:i>
                    {
                        let amount_id = format!("income-{member}-{i}");
                        let kind_id = format!("income-kind-{member}-{i}");
                        let error_id = format!("income-error-{member}-{i}");
                        let error = error_for(i);
                        let value = move || incomes().and_then(|l| l.get(i).cloned()).unwrap_or_default();
                        view! {
                            <div class="income-row card">
                                <label for=kind_id.clone()>{msg::incomes_kind()}</label>
                                <select id=kind_id on:change=move |ev| {
                                    let chosen = event_target_value(&ev);
                                    if let Some(kind) = INCOME_KINDS.iter().copied().find(|k| slug(*k) == chosen) {
                                        update(&|list| if let Some(row) = list.get_mut(i) { row.kind = kind });
                                    }
                                }>
                                    {INCOME_KINDS.iter().map(|k| {
                                        let k = *k;
                                        view! {
                                            <option value=slug(k) prop:selected=move || value().kind == k>
                                                {tr::income_kind(k)}
                                            </option>
                                        }
                                    }).collect_view()}
                                </select>
                                <label for=amount_id.clone()>{msg::incomes_amount()}</label>
                                <div class="money">
                                    <input id=amount_id inputmode="decimal" autocomplete="off"
                                        aria-invalid=move || error.get().is_some().to_string()
                                        aria-describedby=error_id.clone()
                                        prop:value=move || value().amount
                                        on:input=move |ev| {
                                            let text = event_target_value(&ev);
                                            update(&|list| if let Some(row) = list.get_mut(i) { row.amount = text.clone() });
                                        }/>
                                    <span class="unit">{msg::answer_unit_lei()}</span>
                                </div>
                                <FieldMessage message=error id=error_id/>
                                <AmountCheck field=FieldId::IncomeAmount { member, income: i } input_id=format!("income-{member}-{i}")/>
                                <Show when=move || { rows() > 1 }>
                                    <button type="button" class="link-button" on:click=move |_| {
                                        update(&|list| { if i < list.len() { list.remove(i); } });
                                        // The row now in this place, or the last one, takes the focus.
                                        let left = rows();
                                        focus_income_row(member, i.min(left.saturating_sub(1)));
                                        announce(&msg::incomes_removed(&left.to_string()));
                                    }>
                                        {msg::incomes_remove()}
                                    </button>
                                </Show>
                            </div>
                        }
                    }
                </For>
                <button type="button" class="button secondary" on:click=move |_| {
                    update(&|list| list.push(IncomeDraft::default()));
                    let n = rows();
                    focus_income_row(member, n.saturating_sub(1));
                    announce(&msg::incomes_added(&n.to_string()));
                }>
                    {msg::incomes_add()}
                </button>
            </div>
        </Show>
    }
}

/// Focuses the kind of income of row `row` once drawn.
fn focus_income_row(member: usize, row: usize) {
    focus_later_id(format!("income-kind-{member}-{row}"));
}
