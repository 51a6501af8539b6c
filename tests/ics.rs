//! The calendar file of the dates to act by, read back by an independent
//! iCalendar parser (the `icalendar` crate): every date, the reminder a week
//! before (seed 000: send "cu cel puțin o săptămână înainte de expirarea
//! termenului"), and Romanian text with commas, semicolons and long lines.

use chrono::NaiveDate;
use eligibil::ics::{self, Event};
use icalendar::parser::{read_calendar, unfold};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn events() -> Vec<Event> {
    vec![
        Event {
            uid: "file-state-allowance-2027-03-10@eligibil".into(),
            date: d(2027, 3, 10),
            summary: "Depuneți dosarul pentru alocația de stat".into(),
            description: "Alocaţia de stat – 1 an de la data naşterii copilului; pe portal, cu o săptămână înainte, dacă trimiteți online.".into(),
        },
        Event {
            uid: "report-changes@eligibil".into(),
            // 29 February: a leap day survives the round trip.
            date: d(2028, 2, 29),
            summary: "Anunțați schimbarea, în 5 zile".into(),
            description: "Rând unu\nRând doi, cu virgulă; și punct și virgulă \\ și bară".into(),
        },
    ]
}

#[test]
fn the_calendar_reads_back_with_one_all_day_event_per_date_and_a_reminder_a_week_before() {
    let text = ics::calendar(&events(), d(2026, 11, 22));
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).expect("an independent parser reads it");
    let vevents: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(vevents.len(), 2);
    let prop = |c: &icalendar::parser::Component, name: &str| {
        c.properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.to_string())
            .unwrap_or_default()
    };
    assert_eq!(prop(vevents[0], "DTSTART"), "20270310");
    assert_eq!(prop(vevents[0], "DTEND"), "20270311");
    assert_eq!(prop(vevents[1], "DTSTART"), "20280229");
    assert_eq!(prop(vevents[1], "DTEND"), "20280301");
    for event in &vevents {
        let alarm = event
            .components
            .iter()
            .find(|c| c.name == "VALARM")
            .expect("a reminder");
        assert_eq!(prop(alarm, "TRIGGER"), "-P7D");
        assert_eq!(prop(alarm, "ACTION"), "DISPLAY");
    }
    assert_eq!(
        prop(vevents[0], "SUMMARY"),
        "Depuneți dosarul pentru alocația de stat"
    );
    // Commas, semicolons, backslashes and line breaks are escaped in the
    // file, so the parser gives the text back exactly.
    assert_eq!(prop(vevents[1], "DESCRIPTION"), events()[1].description);
    assert!(unfold(&text).contains("Rând doi\\, cu virgulă\\; și punct și virgulă \\\\ și bară"));
}

#[test]
fn lines_are_folded_at_75_octets_with_crlf_and_never_split_a_letter() {
    let text = ics::calendar(&events(), d(2026, 11, 22));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    // Unfolding gives the description back whole, diacritics intact.
    assert!(unfold(&text).contains("Alocaţia de stat – 1 an de la data naşterii copilului"));
}

/// Issue 22: twins have two state-allowance terms on the same day; with one
/// UID a calendar keeps one event. Every dated term gets its own UID, and
/// the same term gets the same UID when the file is made again.
#[test]
fn twins_get_one_calendar_event_each_with_its_own_stable_uid() {
    use eligibil::household_file::parse_household;
    use eligibil::rules::municipality::MunicipalityId;
    use eligibil::rules::{evaluate, EvalContext};
    let twins = br#"{
      "residence": { "municipality": "cluj-napoca", "kind": "domiciliu" },
      "members": [
        { "role": "applicant", "birth_date": "1992-04-01", "incomes": [] },
        { "role": "spouse", "birth_date": "1990-02-03", "incomes": [ { "kind": "salary", "net_monthly": "4800.00" } ] },
        { "role": "child", "name": "Ana", "birth_date": "2026-10-01", "birth_country": "romania", "incomes": [] },
        { "role": "child", "name": "Maria", "birth_date": "2026-10-01", "birth_country": "romania", "incomes": [] }
      ]
    }"#;
    let household = parse_household(twins).expect("a household file");
    let ctx = EvalContext {
        date: d(2026, 11, 22),
        municipality: MunicipalityId::ClujNapoca,
    };
    let evaluation = evaluate(&household, &ctx).expect("evaluated");
    let allowance = evaluation
        .benefits
        .iter()
        .find(|b| b.benefit == eligibil::rules::outcome::BenefitId::StateChildAllowance)
        .expect("the state allowance");
    let uids: Vec<String> = allowance
        .deadlines
        .iter()
        .filter_map(|d| Some(ics::uid(d, d.computed.as_ref()?.due)))
        .collect();
    // Seed 000: "Alocaţia de stat – 1 an de la data naşterii copilului":
    // 01.10.2026 + 1 an = 01.10.2027, once for Ana and once for Maria.
    let term: Vec<&String> = uids.iter().filter(|u| u.contains("20271001")).collect();
    assert_eq!(term.len(), 2, "{uids:?}");
    assert_ne!(term[0], term[1], "each twin's term is its own event");
    let again: Vec<String> = allowance
        .deadlines
        .iter()
        .filter_map(|d| Some(ics::uid(d, d.computed.as_ref()?.due)))
        .collect();
    assert_eq!(uids, again, "stable: made again, the same UIDs");
}
