//! The directory of social services (issue 19): every service of the
//! town's pages, found by need or by a word (diacritics forgiven), with
//! what the pages give about each and how the office refers people where
//! they give no contact; the emergency numbers of the town's profile.
//! The data and the search are the engine's (`rules::directory`); this
//! screen only lays them out.

use leptos::prelude::*;

use crate::i18n::{msg, tr};
use crate::rules::directory::{self, Need, Service, ServiceStatus, NEEDS};
use crate::rules::profiles;
use crate::ui::state::use_app_state;

#[component]
pub fn DirectoryPage(need: Option<Need>) -> impl IntoView {
    let state = use_app_state();
    Effect::new(move |_| crate::ui::focus_later("#question-title"));
    let town = state
        .draft
        .with_untracked(crate::draft::Draft::municipality);
    let chosen = RwSignal::new(need);
    let query = RwSignal::new(String::new());
    let found = move || {
        let q = query.get();
        let mut list: Vec<&'static Service> = if q.trim().is_empty() {
            match chosen.get() {
                Some(n) => directory::for_need_in(town, n),
                None => directory::all().filter(|s| s.town == town).collect(),
            }
        } else {
            directory::search_in(town, &q)
        };
        if let (Some(n), false) = (chosen.get(), q.trim().is_empty()) {
            list.retain(|s| directory::needs(s).contains(&n));
        }
        list
    };
    let numbers = profiles::profile(town)
        .emergency_numbers
        .iter()
        .map(|e| view! { <li>{msg::directory_number(e.number, tr::local::emergency_purpose(e.purpose))}</li> })
        .collect_view();
    view! {
        <section class="directory" data-testid="directory">
            <h1 id="question-title" tabindex="-1">{msg::directory_title()}</h1>
            <p class="muted">{msg::directory_intro()}</p>
            <label for="directory-need">{msg::directory_need()}</label>
            <select id="directory-need" data-testid="directory-need" on:change=move |ev| {
                let v = event_target_value(&ev);
                chosen.set(v.parse::<usize>().ok().and_then(|i| NEEDS.get(i).copied()));
            }>
                <option value="" selected=need.is_none()>{msg::directory_need_any()}</option>
                {NEEDS.iter().enumerate().map(|(i, n)| {
                    let n = *n;
                    view! { <option value=i.to_string() selected=need == Some(n)>{tr::local::need(n)}</option> }
                }).collect_view()}
            </select>
            <label for="directory-search">{msg::directory_search()}</label>
            <input id="directory-search" type="search" autocomplete="off" data-testid="directory-search"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
            <p role="status" class="directory-count" data-testid="directory-count">{move || {
                let n = found().len();
                if n == 0 { msg::directory_none().to_string() } else { msg::directory_count(n as u32) }
            }}</p>
            <ul class="plain directory-list">
                {move || found().into_iter().take(60).map(service_card).collect_view()}
            </ul>
            <p class="notice">{tr::local::referral(town)}</p>
            <h2>{msg::directory_numbers()}</h2>
            <ul class="plain">{numbers}</ul>
            <div class="actions">
                <button type="button" class="button secondary" on:click=move |_| state.back()>{msg::nav_back()}</button>
            </div>
        </section>
    }
}

fn service_card(s: &'static Service) -> impl IntoView {
    let title = if s.name.is_empty() {
        s.provider
    } else {
        s.name
    };
    view! {
        <li class="card service" data-testid="service">
            <h2 class="service-name">{title}</h2>
            {(!s.name.is_empty()).then(|| view! { <p>{msg::directory_provider(s.provider)}</p> })}
            {(s.status == ServiceStatus::Planned).then(|| view! { <p class="verdict ask">{tr::local::service_status(s.status)}</p> })}
            {directory::beneficiaries(s).map(|b| view! { <p>{msg::directory_for(b)}</p> })}
            {s.capacity.map(|c| view! { <p>{msg::directory_capacity(c)}</p> })}
            {s.code.map(|c| view! { <p class="muted small">{msg::directory_code(c)}</p> })}
            <p class="source">{msg::directory_source(&tr::source(&s.source), &s.year.to_string())}</p>
        </li>
    }
}
