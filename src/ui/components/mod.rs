//! Pieces several screens use: big tappable choices, the date of birth in
//! three boxes, the back/continue bar, field messages, the office card.

use leptos::prelude::*;

use crate::draft::{AmountDoubt, DateDraft, DatePart, FieldId};
use crate::i18n::{msg, tr};
use crate::rules::municipality::Office;
use crate::ui::pages::Unanswered;
use crate::ui::state::{use_app_state, Screen};

/// One answer out of several, as large radio cards (easy on a touch screen,
/// native radios underneath for keyboards and screen readers).
#[component]
pub fn Choices<T>(
    name: &'static str,
    options: Vec<(T, &'static str)>,
    #[prop(into)] selected: Signal<Option<T>>,
    #[prop(into)] on_pick: Callback<T>,
    /// The stored name of each option (`"no"`, `"tenant"`), as `data-value`:
    /// the same in every language, for tests and tools that answer by it.
    #[prop(optional)]
    values: Vec<&'static str>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let described_by = described_by_message();
    view! {
        <div class="choices" role="radiogroup" aria-labelledby="question-title" aria-describedby=described_by>
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (value, label))| {
                    let data_value = values.get(i).copied();
                    let checked = move || selected.get() == Some(value);
                    view! {
                        <label class="choice" class:selected=checked>
                            <input
                                type="radio"
                                name=name
                                data-value=data_value
                                prop:checked=checked
                                on:change=move |_| on_pick.run(value)
                            />
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// `"question-error"` while the question's "choose an answer" message
/// shows, so the group is read with it.
fn described_by_message() -> impl Fn() -> Option<&'static str> + Send + Sync + Copy + 'static {
    let unanswered = use_context::<Unanswered>().map(|u| u.0);
    // `try_get`: the signal belongs to the question page, and an update
    // already queued may run after that page is gone (a case wiped in the
    // kiosk); then there is simply no message to point at.
    move || {
        unanswered
            .filter(|u| u.try_get().unwrap_or(false))
            .map(|_| "question-error")
    }
}

/// Several answers at once, as checkbox cards. `note` puts a sentence
/// beside one option (why it cannot be unticked), read with that box.
#[component]
pub fn Checks<T>(
    options: Vec<(T, String)>,
    #[prop(into)] checked: Signal<Vec<T>>,
    #[prop(into)] on_toggle: Callback<(T, bool)>,
    #[prop(into)] note: Signal<Option<(T, String)>>,
    /// The element naming the group: the question's heading by default.
    #[prop(default = "question-title")]
    labelled_by: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let described_by = described_by_message();
    view! {
        <div class="choices" role="group" aria-labelledby=labelled_by aria-describedby=described_by>
            {options
                .into_iter()
                .map(|(value, label)| {
                    let is_checked = move || checked.with(|list| list.contains(&value));
                    let note_text = move || note.get().filter(|(v, _)| *v == value).map(|(_, text)| text);
                    view! {
                        <label class="choice" class:selected=is_checked>
                            <input
                                type="checkbox"
                                prop:checked=is_checked
                                aria-describedby=move || note_text().map(|_| "choice-note")
                                on:change=move |ev| on_toggle.run((value, event_target_checked(&ev)))
                            />
                            <span>
                                {label}
                                {move || note_text().map(|text| view! { <span class="choice-note" id="choice-note">{text}</span> })}
                            </span>
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// A message under a field. It is read with the field (the field's
/// `aria-describedby` names it, and "Continuă" moves the focus to the first
/// field at fault), not as an alert: an alert would be said again at every
/// keystroke while the person retypes.
#[component]
pub fn FieldMessage(
    #[prop(into)] message: Signal<Option<&'static str>>,
    id: String,
) -> impl IntoView {
    view! {
        <Show when=move || message.get().is_some()>
            <p class="field-error" id=id.clone()>
                {move || message.get().unwrap_or_default()}
            </p>
        </Show>
    }
}

/// The question about a sum typed in a way that is almost never meant
/// ("1,100" for 1.100 lei, a wage of 5 lei), asked after "Continuă" and
/// before going on: the app never guesses either way.
#[component]
pub fn AmountCheck(field: FieldId, input_id: String) -> impl IntoView {
    let state = use_app_state();
    let doubt = move || {
        if !state.show_errors.get() {
            return None;
        }
        state.draft.with(|d| {
            let doubt = d.amount_doubt(field)?;
            Some((doubt, d.amount_text(field).unwrap_or_default().to_string()))
        })
    };
    move || {
        doubt().map(|(doubt, typed)| {
            let (question, yes, no) = tr::amount_doubt(doubt, &typed);
            let meant = match doubt {
                AmountDoubt::CommaBeforeThreeDigits { meant, .. } => Some(meant),
                AmountDoubt::VerySmall { .. } => None,
            };
            // "No" keeps the sum as typed where it can be one; else the
            // person corrects it in the box.
            let keeps = matches!(
                doubt,
                AmountDoubt::CommaBeforeThreeDigits { read: Some(_), .. }
            );
            let input = input_id.clone();
            let label = question.clone();
            view! {
                <div class="amount-check" role="group" aria-label=label data-testid="amount-check">
                    <p class="amount-question">{question}</p>
                    <div class="amount-answers">
                        <button type="button" class="button secondary amount-yes" on:click=move |_| {
                            state.draft.update(|d| match meant {
                                Some(sum) => d.set_amount(field, sum),
                                None => d.confirm_amount(field),
                            });
                        }>{yes}</button>
                        <button type="button" class="button secondary" on:click=move |_| {
                            if keeps {
                                state.draft.update(|d| d.confirm_amount(field));
                            } else {
                                crate::ui::focus_later_id(input.clone());
                            }
                        }>{no}</button>
                    </div>
                </div>
            }
        })
    }
}

/// The answers given, in the groups the questions come in, each one tap
/// from its question: a changed answer leads on to any new question it
/// makes necessary, then to the results.
#[component]
pub fn AnswerGroups(
    /// The groups' headings are h2 on a screen of their own, h3 in a section.
    #[prop(default = false)]
    top_level: bool,
) -> impl IntoView {
    let state = use_app_state();
    let groups = move || {
        state.household.with(|(h, _)| {
            state
                .draft
                .with(|d| tr::grouped_answer_lines(d, h, state.today))
        })
    };
    move || {
        groups()
            .into_iter()
            .map(|(group, lines)| {
                let name = tr::group_name(group);
                let heading = if top_level {
                    view! { <h2 class="answer-group">{name}</h2> }.into_any()
                } else {
                    view! { <h3 class="answer-group">{name}</h3> }.into_any()
                };
                view! {
                    {heading}
                    <dl class="answer-lines">
                        {lines.into_iter().map(|line| {
                            let fact = line.fact;
                            view! {
                                <div class="answer-line">
                                    <dt>{line.question}</dt>
                                    <dd>
                                        <span>{line.answer}</span>
                                        <button type="button" class="link-button no-print" on:click=move |_| state.go(Screen::Question(fact))>
                                            {msg::answers_change()}<span class="sr-only">{msg::answers_change_hidden()}</span>
                                        </button>
                                    </dd>
                                </div>
                            }
                        }).collect_view()}
                    </dl>
                }
            })
            .collect_view()
    }
}

/// Day, month, year in three boxes: works with any phone keyboard and
/// reads well aloud, unlike a date picker for a birth year decades ago.
/// The boxes are one group named by `legend` (or by the question), the box
/// at fault is marked and every box is read with the message.
#[component]
pub fn DateInput(
    id: String,
    legend: Option<&'static str>,
    #[prop(into)] value: Signal<DateDraft>,
    #[prop(into)] on_change: Callback<DateDraft>,
    #[prop(into)] invalid_part: Signal<Option<DatePart>>,
    error_id: String,
    /// The person's own birth date: the browser may fill it in.
    #[prop(default = false)]
    own_birth_date: bool,
) -> impl IntoView {
    type Part = (
        DatePart,
        &'static str,
        fn() -> &'static str,
        &'static str,
        u8,
        &'static str,
        fn(&DateDraft) -> String,
        fn(&mut DateDraft, String),
    );
    const PARTS: [Part; 3] = [
        (
            DatePart::Day,
            "day",
            msg::date_day,
            "w2",
            2,
            "bday-day",
            |d| d.day.clone(),
            |d, t| d.day = t,
        ),
        (
            DatePart::Month,
            "month",
            msg::date_month,
            "w2",
            2,
            "bday-month",
            |d| d.month.clone(),
            |d, t| d.month = t,
        ),
        (
            DatePart::Year,
            "year",
            msg::date_year,
            "w4",
            4,
            "bday-year",
            |d| d.year.clone(),
            |d, t| d.year = t,
        ),
    ];
    let parts = PARTS
        .into_iter()
        .map(|(part, key, label, width, max, token, read, write)| {
            let input_id = format!("{id}-{key}");
            let described = error_id.clone();
            view! {
                <div class="date-part">
                    <label for=input_id.clone()>{label()}</label>
                    <input id=input_id class=width inputmode="numeric" maxlength=max
                        autocomplete=if own_birth_date { token } else { "off" }
                        aria-invalid=move || (invalid_part.get() == Some(part)).to_string()
                        aria-describedby=move || invalid_part.get().map(|_| described.clone())
                        prop:value=move || value.with(read)
                        on:input=move |ev| {
                            let mut d = value.get_untracked();
                            write(&mut d, event_target_value(&ev));
                            on_change.run(d);
                        }/>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="date-input" aria-labelledby=legend.is_none().then_some("question-title")>
            {legend.map(|text| view! { <legend>{text}</legend> })}
            <div class="date-parts">{parts}</div>
        </fieldset>
    }
}

/// Back and continue, at the bottom of every question.
#[component]
pub fn Nav(
    #[prop(into)] on_back: Callback<()>,
    #[prop(into)] on_continue: Callback<()>,
    #[prop(optional)] continue_label: Option<&'static str>,
) -> impl IntoView {
    view! {
        <nav class="step-nav" aria-label=msg::nav_label()>
            <button type="button" class="button secondary" on:click=move |_| on_back.run(())>
                {msg::nav_back()}
            </button>
            <button type="submit" class="button primary" data-testid="continue" on:click=move |ev| {
                ev.prevent_default();
                on_continue.run(())
            }>
                {continue_label.unwrap_or_else(msg::nav_continue)}
            </button>
        </nav>
    }
}

/// "Deschis acum, până la 15:30" / "Închis: … Se deschide …", from the
/// office's hours and the public-holiday calendar, at the device's time
/// (the engine's `open_now`; the screen only reads the clock).
fn open_now_text(office: &'static Office) -> String {
    let now = js_sys::Date::new_0();
    let at = chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .and_then(|d| d.and_hms_opt(now.get_hours(), now.get_minutes(), 0));
    match at.map(|at| crate::rules::profiles::open_now(office.hours, at)) {
        Some(Ok(state)) => tr::local::open_state(&state),
        _ => msg::office_open_unknown().to_string(),
    }
}

/// Where to go: office, address, hours, phone, online portal.
#[component]
pub fn OfficeCard(office: &'static Office) -> impl IntoView {
    let day = |n: u8| tr::weekday_name(u32::from(n));
    let hours = office
        .hours
        .iter()
        .map(|h| {
            let days = if h.first_weekday == h.last_weekday {
                day(h.first_weekday).to_string()
            } else {
                msg::office_days_range(day(h.first_weekday), day(h.last_weekday))
            };
            view! { <li><span class="days">{days}</span>" "{h.opens}" – "{h.closes}</li> }
        })
        .collect_view();
    let tel = format!("tel:{}", office.phone.replace(' ', ""));
    view! {
        <section class="card office" aria-labelledby="office-title">
            <h2 id="office-title">{msg::office_title()}</h2>
            <p class="office-name">{office.name}</p>
            <p>{office.address}{office.counter.map(|c| format!(", {c}"))}</p>
            <h3>{msg::office_hours()}</h3>
            <ul class="hours">{hours}</ul>
            // The lobby kiosk stands in DASM Cluj-Napoca's own hall.
            {(use_app_state().kiosk && office.address == crate::rules::municipality::DASM_CLUJ.address)
                .then(|| view! { <p class="you-are-here" data-testid="you-are-here">{msg::office_you_are_here()}</p> })}
            <p class="open-now" data-testid="open-now">{open_now_text(office)}</p>
            <p>{msg::office_phone()}" "<a href=tel>{office.phone}</a></p>
            {office.email.map(|e| view! {
                <p>{msg::office_email()}" "<a href=format!("mailto:{}", e.value)>{e.value}</a></p>
            })}
            {office.portal.map(|url| view! {
                <p>{msg::office_portal()}" "<a href=url rel="noopener" target="_blank">{url.trim_start_matches("https://").trim_end_matches('/')}</a></p>
            })}
            <p class="source">{msg::office_source(&tr::source(&office.source))}</p>
        </section>
    }
}
