//! A case kept on the device or handed over as a file: what is written
//! reads back the same, and a file that is malformed, from a newer version
//! or changed by hand into something impossible is refused whole, with the
//! reason, so nothing stored changes.

use chrono::NaiveDate;
use eligibil::cases::{self, Case, ImportError};
use eligibil::draft::{AnswerDraft, DateDraft, IncomeDraft, MemberDraft};
use eligibil::rules::facts::Fact;
use eligibil::rules::household::{IncomeKind, Role};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

fn birth(day: &str, month: &str, year: &str) -> DateDraft {
    DateDraft {
        day: day.into(),
        month: month.into(),
        year: year.into(),
    }
}

/// Ana (born 14.03.1988, salary "2.400") and her husband, tenants.
fn ana() -> Case {
    let mut case = Case::new("c1".into(), "Ana Pop".into(), "2026-11-22 10:04".into());
    case.draft.members[0].name = "Ana".into();
    case.draft.members[0].birth = birth("14", "3", "1988");
    case.draft.members[0].incomes = Some(vec![IncomeDraft {
        kind: IncomeKind::Salary,
        amount: "2.400".into(),
    }]);
    case.draft.members.push(MemberDraft {
        role: Role::Spouse,
        birth: birth("2", "7", "1986"),
        incomes: Some(vec![]),
        ..MemberDraft::default()
    });
    case.draft.members_confirmed = true;
    case.draft
        .set_answer(Fact::Tenure, AnswerDraft::One("tenant".into()));
    case.ticked
        .insert(cases::document_key("heating_aid", "dossier_index"));
    case
}

#[test]
fn a_case_written_to_a_file_reads_back_identical() {
    let case = ana();
    let text = cases::to_file(&case);
    assert_eq!(cases::from_file(&text, today()), Ok(case));
}

#[test]
fn what_a_person_typed_and_has_not_corrected_yet_travels_with_the_case() {
    // The app keeps "două mii" as typed until it is corrected; so does a file.
    let mut case = ana();
    case.draft.members[1].incomes = Some(vec![IncomeDraft {
        kind: IncomeKind::Pension,
        amount: "două mii".into(),
    }]);
    let text = cases::to_file(&case);
    assert_eq!(cases::from_file(&text, today()), Ok(case));
}

#[test]
fn a_file_that_is_not_json_is_refused() {
    assert_eq!(
        cases::from_file("\u{89}PNG...", today()),
        Err(ImportError::NotJson)
    );
    let text = cases::to_file(&ana());
    assert_eq!(
        cases::from_file(&text[..text.len() / 2], today()),
        Err(ImportError::NotJson),
        "a file cut short"
    );
}

#[test]
fn json_that_is_not_a_case_file_is_refused() {
    assert_eq!(cases::from_file("[]", today()), Err(ImportError::NotACase));
    assert_eq!(
        cases::from_file(r#"{"residence": null}"#, today()),
        Err(ImportError::NotACase),
        "a household file for the command-line tool is not a case file"
    );
}

#[test]
fn a_file_from_a_newer_version_is_refused_not_guessed() {
    let text = cases::to_file(&ana()).replace("\"schema\":2", "\"schema\":3");
    assert_eq!(
        cases::from_file(&text, today()),
        Err(ImportError::NewerVersion { schema: 3 })
    );
}

#[test]
fn a_file_changed_by_hand_into_a_field_of_the_wrong_kind_is_refused() {
    let text = cases::to_file(&ana())
        .replace("\"members_confirmed\":true", "\"members_confirmed\":\"da\"");
    assert_eq!(
        cases::from_file(&text, today()),
        Err(ImportError::Unreadable)
    );
}

#[test]
fn a_file_changed_by_hand_into_an_impossible_household_is_refused() {
    // Two applicants: the first member is the applicant, and only the first.
    let mut two_applicants = ana();
    two_applicants.draft.members[1].role = Role::Applicant;
    assert!(matches!(
        cases::from_file(&cases::to_file(&two_applicants), today()),
        Err(ImportError::Impossible { .. })
    ));
    // A birth after the day of the check.
    let mut unborn = ana();
    unborn.draft.members[1].birth = birth("1", "1", "2030");
    assert!(matches!(
        cases::from_file(&cases::to_file(&unborn), today()),
        Err(ImportError::Impossible { .. })
    ));
    // An answer no question offers.
    let mut castle = ana();
    castle
        .draft
        .set_answer(Fact::Tenure, AnswerDraft::One("castle".into()));
    assert!(matches!(
        cases::from_file(&cases::to_file(&castle), today()),
        Err(ImportError::Impossible { .. })
    ));
}

#[test]
fn a_copy_gets_a_name_no_case_has_yet() {
    assert_eq!(cases::copy_name("Ana", &["Ana"]), "Ana (copie)");
    assert_eq!(
        cases::copy_name("Ana", &["Ana", "Ana (copie)", "Ana (copie 2)"]),
        "Ana (copie 3)"
    );
}

/// Issue 22: a case named with the full 80 characters, copied, came back
/// as "… (copie)" (88 characters) and was set aside on the next load.
#[test]
fn a_copy_of_a_case_with_the_longest_name_is_a_case_the_app_still_reads() {
    let long: String =
        "Familia Popescu-Ionescu din strada Memorandumului, blocul 12, scara B, ap. 4, et 2"
            .chars()
            .take(cases::MAX_NAME_CHARS)
            .collect();
    assert_eq!(long.chars().count(), cases::MAX_NAME_CHARS);
    let first = cases::copy_name(&long, &[long.as_str()]);
    assert!(first.chars().count() <= cases::MAX_NAME_CHARS, "{first}");
    assert!(first.ends_with(" (copie)"));
    let second = cases::copy_name(&long, &[long.as_str(), first.as_str()]);
    assert!(second.ends_with(" (copie 2)") && second.chars().count() <= cases::MAX_NAME_CHARS);

    let mut copy = ana();
    copy.name = first;
    assert_eq!(cases::from_file(&cases::to_file(&copy), today()), Ok(copy));
}

/// A name over the limit (an older version's copy) is cut, and the case
/// with all its answers is kept rather than refused.
#[test]
fn a_stored_case_whose_name_is_too_long_is_read_with_its_name_cut() {
    let mut case = ana();
    case.name = format!("{} (copie)", "A".repeat(cases::MAX_NAME_CHARS));
    let read = cases::from_file(&cases::to_file(&case), today()).expect("read, not refused");
    assert_eq!(read.name.chars().count(), cases::MAX_NAME_CHARS);
    assert_eq!(read.draft, case.draft);
}
