//! The lobby kiosk: a shared touch screen where nothing of one person may
//! remain for the next. An idle timer asks "Mai sunteți aici?" and then
//! wipes everything; "Ieșire rapidă" (in the header) wipes at once and
//! leaves this neutral page — people escaping violence use the kiosk too.

use std::time::Duration;

use leptos::prelude::*;

use crate::draft::Draft;
use crate::i18n::msg;
use crate::ui::state::{use_app_state, Screen};

/// Seconds without a touch before the question, and again before the wipe.
/// `?idle=N` shortens both (for trying the kiosk, and for its tests).
const IDLE_SECONDS: u32 = 120;
const GRACE_SECONDS: u32 = 30;

#[component]
pub fn KioskIdle() -> impl IntoView {
    let state = use_app_state();
    let (warn_after, wipe_after) = match idle_override() {
        Some(n) => (n, 2 * n),
        None => (IDLE_SECONDS, IDLE_SECONDS + GRACE_SECONDS),
    };
    // Counted in ticks of one second, not from the clock, so a device whose
    // clock jumps cannot skip the warning.
    let idle = RwSignal::new(0u32);
    for event in ["pointerdown", "keydown", "input", "touchstart"] {
        let handle = window_event_listener_untyped(event, move |_| idle.set(0));
        on_cleanup(move || handle.remove());
    }
    // Nothing to protect on an untouched start screen.
    let has_content =
        move || state.screen() != Screen::Welcome || state.draft.with(|d| *d != Draft::new());
    if let Ok(handle) = set_interval_with_handle(
        move || {
            if !has_content() {
                idle.set(0);
                return;
            }
            let seconds = idle.get_untracked() + 1;
            if seconds >= wipe_after {
                idle.set(0);
                state.wipe();
            } else {
                idle.set(seconds);
            }
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    let warning: Memo<bool> = Memo::new(move |_| idle.get() >= warn_after);
    // While the question shows, the case behind it is hidden (not only
    // dimmed: the last person's results must not be readable for the 30
    // seconds), and the question takes the focus so a screen reader says it.
    Effect::new(move |_| {
        let on = warning.get();
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.class_list().toggle_with_force("idle-warning", on);
        }
        if on {
            crate::ui::focus_later("#idle-continue");
        }
    });
    view! {
        <Show when=move || warning.get()>
            <div class="idle-backdrop">
                <div class="idle-dialog card" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text" data-testid="idle-warning">
                    <h2 id="idle-title">{msg::kiosk_idle_title()}</h2>
                    <p id="idle-text">
                        {move || msg::kiosk_idle_text(&wipe_after.saturating_sub(idle.get()).to_string())}
                    </p>
                    <button type="button" id="idle-continue" class="button primary wide" on:click=move |_| {
                        idle.set(0);
                        crate::ui::focus_later("#question-title");
                    }>
                        {msg::kiosk_idle_continue()}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// `?idle=N` in the address, N seconds (at least 1).
fn idle_override() -> Option<u32> {
    let query = web_sys::window()?.location().search().ok()?;
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix("idle="))
        .and_then(|n| n.parse::<u32>().ok())
        .filter(|n| *n >= 1)
}

/// What "Ieșire rapidă" leaves on screen: nothing about anyone's case.
#[component]
pub fn NeutralPage() -> impl IntoView {
    let state = use_app_state();
    // Arriving here moves the focus to the heading, which announces the screen.
    Effect::new(move |_| crate::ui::focus_later("#question-title"));
    view! {
        <section class="neutral" data-testid="neutral">
            <h1 id="question-title" tabindex="-1">{msg::kiosk_neutral_title()}</h1>
            <p class="lead">{msg::kiosk_neutral_text()}</p>
            <button type="button" class="button primary wide" on:click=move |_| state.reset_to(Screen::Welcome)>
                {msg::kiosk_neutral_start()}
            </button>
        </section>
    }
}
