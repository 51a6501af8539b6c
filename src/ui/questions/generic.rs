//! One screen body per kind of answer (`questions::Kind`), for every
//! question that has no screen of its own: a new benefit's questions are a
//! line in `questions::spec` and words in `i18n`, never a new component.

use leptos::prelude::*;

use crate::draft::{AnswerDraft, DateDraft, FieldId};
use crate::i18n::{msg, tr};
use crate::questions::{Kind, Spec};
use crate::rules::facts::Fact;
use crate::ui::components::{AmountCheck, Checks, Choices, DateInput, FieldMessage};
use crate::ui::state::use_app_state;

#[component]
pub fn GenericQuestion(fact: Fact, spec: Spec) -> impl IntoView {
    let state = use_app_state();
    let current = move || state.draft.with(|d| d.answer(fact).cloned());
    let set = move |answer: AnswerDraft| state.draft.update(|d| d.set_answer(fact, answer));
    // What is wrong with the answer, once the person pressed "Continuă".
    let problem = Signal::derive(move || {
        if !state.show_errors.get() {
            return None;
        }
        // A sum in doubt gets its question, not also an input message.
        if state
            .draft
            .with(|d| d.amount_doubt(FieldId::Answer { fact }).is_some())
        {
            return None;
        }
        state.household.with(|(_, errors)| {
            errors
                .iter()
                .find(|e| e.field == FieldId::Answer { fact })
                .map(|e| e.problem)
        })
    });
    let error = Signal::derive(move || problem.get().map(tr::input_problem));
    let options: Vec<(&'static str, &'static str)> = spec
        .kind
        .options()
        .iter()
        .map(|value| (*value, tr::option_label(fact, value)))
        .collect();
    let body = match spec.kind {
        Kind::Choice(_) | Kind::YesNo | Kind::YesNoNotSure => {
            let values: Vec<&'static str> = options.iter().map(|(v, _)| *v).collect();
            let stored = values.clone();
            let selected = Signal::derive(move || match current() {
                Some(AnswerDraft::One(chosen)) => values.iter().copied().find(|v| *v == chosen),
                _ => None,
            });
            view! {
                <Choices
                    name="answer"
                    values=stored
                    options=options
                    selected=selected
                    on_pick=Callback::new(move |v: &'static str| set(AnswerDraft::One(v.to_string())))
                />
            }
            .into_any()
        }
        Kind::Several(_) => {
            let checked = Signal::derive(move || match current() {
                Some(AnswerDraft::Several(list)) => spec
                    .kind
                    .options()
                    .iter()
                    .copied()
                    .filter(|o| list.iter().any(|v| v == o))
                    .collect(),
                _ => Vec::new(),
            });
            view! {
                <Checks
                    options=options.iter().map(|(v, l)| (*v, l.to_string())).collect()
                    checked=checked
                    note=Signal::derive(|| None)
                    on_toggle=Callback::new(move |(value, on): (&'static str, bool)| {
                        let mut list = match current() {
                            Some(AnswerDraft::Several(list)) => list,
                            _ => Vec::new(),
                        };
                        list.retain(|v| v != value);
                        if on {
                            list.push(value.to_string());
                        }
                        set(AnswerDraft::Several(list));
                    })
                />
            }
            .into_any()
        }
        // Who among the family: a box per member, named as the questions name them.
        Kind::Members => {
            let count = state.draft.with_untracked(|d| d.members.len());
            let labels: Vec<(usize, String)> = state
                .household
                .with_untracked(|(h, _)| (0..count).map(|i| (i, tr::member_label(h, i))).collect());
            let checked = Signal::derive(move || match current() {
                Some(AnswerDraft::Several(list)) => list
                    .iter()
                    .filter_map(|v| v.parse::<usize>().ok())
                    .collect(),
                _ => Vec::new(),
            });
            view! {
                <Checks
                    options=labels
                    checked=checked
                    note=Signal::derive(|| None)
                    on_toggle=Callback::new(move |(member, on): (usize, bool)| {
                        let mut list = match current() {
                            Some(AnswerDraft::Several(list)) => list,
                            _ => Vec::new(),
                        };
                        let value = member.to_string();
                        list.retain(|v| *v != value);
                        if on {
                            list.push(value);
                        }
                        set(AnswerDraft::Several(list));
                    })
                />
            }
            .into_any()
        }
        Kind::Date { .. } => {
            let value = Signal::derive(move || match current() {
                Some(AnswerDraft::Date(date)) => date,
                _ => DateDraft::default(),
            });
            let invalid_part =
                Signal::derive(move || problem.get().map(|p| value.with(|d| d.part_at_fault(p))));
            view! {
                <DateInput
                    id="answer-date".to_string()
                    legend=None
                    value=value
                    on_change=Callback::new(move |date| set(AnswerDraft::Date(date)))
                    invalid_part=invalid_part
                    error_id="answer-error".to_string()
                />
            }
            .into_any()
        }
        Kind::Money | Kind::Count { .. } => {
            let money = spec.kind == Kind::Money;
            let text = move || match current() {
                Some(AnswerDraft::Text(text)) => text,
                _ => String::new(),
            };
            view! {
                <label for="answer-text">{if money { msg::answer_sum() } else { msg::answer_number() }}</label>
                <div class="money">
                    <input id="answer-text" inputmode=if money { "decimal" } else { "numeric" } autocomplete="off"
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="answer-error"
                        prop:value=text
                        on:input=move |ev| set(AnswerDraft::Text(event_target_value(&ev)))/>
                    {money.then(|| view! { <span class="unit">{msg::answer_unit_lei()}</span> })}
                </div>
                {money.then(|| view! { <AmountCheck field=FieldId::Answer { fact } input_id="answer-text".to_string()/> })}
            }
            .into_any()
        }
    };
    view! {
        {body}
        <FieldMessage message=error id="answer-error".to_string()/>
    }
}
