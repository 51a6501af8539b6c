//! Who lives in the family: the applicant first, then anyone added.

use leptos::prelude::*;

use crate::draft::{FieldId, MemberDraft};
use crate::i18n::{msg, tr};
use crate::rules::household::Role;
use crate::ui::components::{DateInput, FieldMessage};
use crate::ui::slug;
use crate::ui::state::use_app_state;
use crate::ui::{announce, focus_later, focus_later_id};

/// The first field of the last card (the one just added, or the one that
/// took a deleted card's place at the end).
const NEW_CARD_FIRST_FIELD: &str = ".members fieldset.member:last-of-type select";

const ROLES: [Role; 5] = [
    Role::Spouse,
    Role::Partner,
    Role::Child,
    Role::Relative,
    Role::Other,
];

#[component]
pub fn MembersQuestion() -> impl IntoView {
    let state = use_app_state();
    let count = move || state.draft.with(|d| d.members.len());
    // A new card gets the focus on its first field (else the button that
    // made it sits under the bottom bar), and the change is said aloud.
    let add = move |_| {
        state.draft.update(|d| d.add_member(MemberDraft::default()));
        let n = count();
        focus_later(NEW_CARD_FIRST_FIELD);
        announce(&msg::members_added(
            &msg::count_people(n as u32),
            &n.to_string(),
        ));
    };
    view! {
        <div class="members">
            <For each=move || 0..count() key=|i| *i let:i>
                <MemberCard index=i/>
            </For>
            <button type="button" class="button secondary wide" data-testid="add-member" on:click=add>
                {msg::members_add()}
            </button>
            <p class="muted">
                {move || match count() {
                    1 => msg::members_alone().to_string(),
                    n => msg::members_now(&msg::count_people(n as u32)),
                }}
            </p>
        </div>
    }
}

#[component]
fn MemberCard(index: usize) -> impl IntoView {
    let state = use_app_state();
    let member = move || {
        state
            .draft
            .with(|d| d.members.get(index).cloned().unwrap_or_default())
    };
    let is_applicant = index == 0;
    let birth_problem = Signal::derive(move || {
        if !state.show_errors.get() {
            return None;
        }
        state.household.with(|(_, errors)| {
            errors
                .iter()
                .find(|e| e.field == FieldId::BirthDate { member: index })
                .map(|e| e.problem)
        })
    });
    let birth_error = Signal::derive(move || birth_problem.get().map(tr::input_problem));
    let birth_part =
        Signal::derive(move || birth_problem.get().map(|p| member().birth.part_at_fault(p)));
    let name_id = format!("member-{index}-name");
    let role_id = format!("member-{index}-role");
    let birth_id = format!("member-{index}-birth");
    let error_id = format!("member-{index}-birth-error");
    let heading = if is_applicant {
        msg::members_you().to_string()
    } else {
        msg::members_person(&(index + 1).to_string())
    };
    view! {
        <fieldset class="card member" data-testid=format!("member-{index}")>
            <legend>{heading}</legend>
            {(!is_applicant).then(|| view! {
                <label for=role_id.clone()>{msg::members_role()}</label>
                <select id=role_id on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    if let Some(role) = ROLES.iter().copied().find(|r| slug(*r) == chosen) {
                        state.draft.update(|d| if let Some(m) = d.members.get_mut(index) { m.role = role });
                    }
                }>
                    {ROLES.iter().map(|r| {
                        let r = *r;
                        view! { <option value=slug(r) prop:selected=move || member().role == r>{tr::role_name(r)}</option> }
                    }).collect_view()}
                </select>
            })}
            <label for=name_id.clone()>{msg::members_name()}</label>
            <input id=name_id autocomplete=if is_applicant { "name" } else { "off" } maxlength="40"
                prop:value=move || member().name
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    state.draft.update(|d| if let Some(m) = d.members.get_mut(index) { m.name = text });
                }/>
            <DateInput
                id=birth_id
                legend=Some(msg::members_birth())
                value=Signal::derive(move || member().birth)
                on_change=Callback::new(move |birth| state.draft.update(|d| if let Some(m) = d.members.get_mut(index) { m.birth = birth }))
                invalid_part=birth_part
                error_id=error_id.clone()
                own_birth_date=is_applicant
            />
            <FieldMessage message=birth_error id=error_id/>
            {(!is_applicant).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| {
                    state.draft.update(|d| d.remove_member(index));
                    // The card now in this place, or the last one, takes the focus.
                    let left = state.draft.with(|d| d.members.len());
                    if index < left {
                        focus_later_nth_card(index);
                    } else {
                        focus_later(NEW_CARD_FIRST_FIELD);
                    }
                    announce(&msg::members_removed(&msg::count_people(left as u32)));
                }>
                    {msg::members_remove()}
                </button>
            })}
        </fieldset>
    }
}

/// The first field of card `index` (the applicant's card starts with the
/// name; the others with "Cine este").
fn focus_later_nth_card(index: usize) {
    focus_later_id(if index == 0 {
        "member-0-name".to_string()
    } else {
        format!("member-{index}-role")
    });
}
