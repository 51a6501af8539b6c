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
