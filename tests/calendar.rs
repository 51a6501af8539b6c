//! The working-day calendar, checked the way a caseworker would: against a
//! printed 2024–2030 calendar and the list in Codul muncii art. 139.

use chrono::{Datelike, NaiveDate, Weekday};
use eligibil::rules::calendar::*;
use eligibil::rules::params::holidays::{HolidayRule, PARAM_ID, PUBLIC_HOLIDAYS};
use eligibil::rules::params::ParamError;

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid test date")
}

fn holidays(year: i32) -> Vec<(NaiveDate, HolidayId)> {
    public_holidays(year).expect("year is covered")
}

fn date_of(year: i32, id: HolidayId) -> NaiveDate {
    let found: Vec<NaiveDate> = holidays(year)
        .into_iter()
        .filter(|&(_, h)| h == id)
        .map(|(date, _)| date)
        .collect();
    assert_eq!(found.len(), 1, "{id:?} should occur once in {year}");
    found[0]
}

#[test]
fn orthodox_easter_2024_to_2030_matches_the_church_calendar() {
    // The dates printed in the Romanian Orthodox calendar for these years.
    let expected = [
        (2024, d(2024, 5, 5)),
        (2025, d(2025, 4, 20)),
        (2026, d(2026, 4, 12)),
        (2027, d(2027, 5, 2)),
        (2028, d(2028, 4, 16)),
        (2029, d(2029, 4, 8)),
        (2030, d(2030, 4, 28)),
    ];
    for (year, easter) in expected {
        assert_eq!(orthodox_easter(year), Some(easter), "Easter {year}");
        // Easter is a Sunday, whatever the algorithm.
        assert_eq!(easter.weekday(), Weekday::Sun);
        assert_eq!(date_of(year, HolidayId::EasterSunday), easter);
        assert_eq!(
            date_of(year, HolidayId::EasterMonday),
            easter.succ_opt().unwrap()
        );
    }
}

#[test]
fn orthodox_easter_outside_1900_2099_uses_the_wider_calendar_gap() {
    // 1900–2099 the Julian calendar runs 13 days behind; from 2100 it is 14.
    // 2100: Julian Easter is 18 April, i.e. Gregorian 2 May (18 + 14).
    assert_eq!(orthodox_easter(1900), Some(d(1900, 4, 22)));
    assert_eq!(orthodox_easter(2099), Some(d(2099, 4, 12)));
    assert_eq!(orthodox_easter(2100), Some(d(2100, 5, 2)));
    assert_eq!(orthodox_easter(2200), Some(d(2200, 4, 6)));
}

#[test]
fn orthodox_easter_does_not_panic_on_any_year() {
    // A year chrono cannot hold has no answer, not a crash.
    assert_eq!(orthodox_easter(i32::MAX), None);
    assert_eq!(orthodox_easter(i32::MIN), None);
    assert!(public_holidays(i32::MAX).is_err());
    assert!(public_holidays(i32::MIN).is_err());
}

#[test]
fn good_friday_and_pentecost_follow_easter() {
    // Vinerea Mare = Easter − 2; Rusalii = Easter + 49 (Sunday) and + 50 (Monday).
    // (year, Good Friday, Pentecost Sunday, Pentecost Monday)
    let expected = [
        // Easter 5 May 2024: Friday 3 May; 5 May + 49 = 23 June.
        (2024, d(2024, 5, 3), d(2024, 6, 23), d(2024, 6, 24)),
        // Easter 20 April 2025: Friday 18 April; 20 April + 49 = 8 June.
        (2025, d(2025, 4, 18), d(2025, 6, 8), d(2025, 6, 9)),
        // Easter 12 April 2026: Friday 10 April; 12 April + 49 = 31 May.
        (2026, d(2026, 4, 10), d(2026, 5, 31), d(2026, 6, 1)),
        // Easter 2 May 2027: Friday 30 April; 2 May + 49 = 20 June.
        (2027, d(2027, 4, 30), d(2027, 6, 20), d(2027, 6, 21)),
        // Easter 28 April 2030: Friday 26 April; 28 April + 49 = 16 June.
        (2030, d(2030, 4, 26), d(2030, 6, 16), d(2030, 6, 17)),
    ];
    for (year, friday, sunday, monday) in expected {
        assert_eq!(date_of(year, HolidayId::GoodFriday), friday, "{year}");
        assert_eq!(date_of(year, HolidayId::PentecostSunday), sunday, "{year}");
        assert_eq!(date_of(year, HolidayId::PentecostMonday), monday, "{year}");
        assert_eq!(friday.weekday(), Weekday::Fri);
        assert_eq!(sunday.weekday(), Weekday::Sun);
        assert_eq!(monday.weekday(), Weekday::Mon);
    }
}

#[test]
fn every_fixed_holiday_of_2026_is_listed() {
    // The fixed dates of art. 139 alin. (1), as in force in 2026.
    let fixed = [
        (d(2026, 1, 1), HolidayId::NewYearsDay),
        (d(2026, 1, 2), HolidayId::NewYearsSecondDay),
        (d(2026, 1, 6), HolidayId::Epiphany),
        (d(2026, 1, 7), HolidayId::SaintJohnTheBaptist),
        (d(2026, 1, 24), HolidayId::UnionOfThePrincipalitiesDay),
        (d(2026, 5, 1), HolidayId::LabourDay),
        (d(2026, 6, 1), HolidayId::ChildrensDay),
        (d(2026, 8, 15), HolidayId::Assumption),
        (d(2026, 11, 30), HolidayId::SaintAndrew),
        (d(2026, 12, 1), HolidayId::NationalDay),
        (d(2026, 12, 25), HolidayId::ChristmasDay),
        (d(2026, 12, 26), HolidayId::ChristmasSecondDay),
    ];
    let list = holidays(2026);
    for entry in fixed {
        assert!(list.contains(&entry), "{entry:?} missing from 2026");
    }
}

#[test]
fn every_year_has_seventeen_holidays_sorted_by_date() {
    // 12 fixed dates + 5 Easter-based days (Good Friday, Easter Sunday and
    // Monday, Pentecost Sunday and Monday) = 17 for every covered year.
    for year in 2024..=2030 {
        let list = holidays(year);
        assert_eq!(list.len(), 17, "{year}");
        assert!(
            list.windows(2).all(|w| w[0].0 <= w[1].0),
            "{year} not sorted"
        );
        assert!(list.iter().all(|(date, _)| date.year() == year));
        // Only 2026 has two holidays on one date (1 June = Pentecost Monday),
        // so 16 distinct days off that year and 17 in the others.
        let mut dates: Vec<NaiveDate> = list.iter().map(|&(date, _)| date).collect();
        dates.dedup();
        let distinct = if year == 2026 { 16 } else { 17 };
        assert_eq!(dates.len(), distinct, "{year}");
    }
}

#[test]
fn children_s_day_on_pentecost_monday_keeps_both_holidays() {
    // 2026: Easter 12 April + 50 days = Monday 1 June, which is also Ziua Copilului.
    let on_june_first: Vec<HolidayId> = holidays(2026)
        .into_iter()
        .filter(|&(date, _)| date == d(2026, 6, 1))
        .map(|(_, id)| id)
        .collect();
    assert_eq!(
        on_june_first,
        [HolidayId::ChildrensDay, HolidayId::PentecostMonday]
    );
    // Asked for one, the law lists Ziua Copilului first.
    assert_eq!(
        public_holiday(d(2026, 6, 1)),
        Ok(Some(HolidayId::ChildrensDay))
    );
    assert_eq!(is_working_day(d(2026, 6, 1)), Ok(false));
}

#[test]
fn boboteaza_and_sfantul_ioan_are_holidays_from_2024() {
    // Added by Legea 52/2023, counted from 2024. In 2024 they fall on a
    // Saturday and a Sunday; in 2026 on Tuesday and Wednesday, so those two
    // weekdays are not working days.
    for year in [2024, 2026] {
        assert_eq!(public_holiday(d(year, 1, 6)), Ok(Some(HolidayId::Epiphany)));
        assert_eq!(
            public_holiday(d(year, 1, 7)),
            Ok(Some(HolidayId::SaintJohnTheBaptist))
        );
    }
    assert_eq!(is_working_day(d(2026, 1, 6)), Ok(false));
    assert_eq!(is_working_day(d(2026, 1, 7)), Ok(false));
    // Thursday 8 January 2026 is an ordinary working day again.
    assert_eq!(is_working_day(d(2026, 1, 8)), Ok(true));
}

#[test]
fn each_holiday_cites_its_act() {
    // 6 and 7 January cite the law that added them; the rest the Labour Code.
    for entry in PUBLIC_HOLIDAYS {
        let act = entry.source.act.expect("every holiday cites an act");
        assert!(act.contains("Codul muncii art. 139 alin. (1)"), "{act}");
        let added_2023 = matches!(
            entry.value.id,
            HolidayId::Epiphany | HolidayId::SaintJohnTheBaptist
        );
        assert_eq!(act.contains("Legea 52/2023"), added_2023, "{act}");
        assert_eq!(entry.source.effective_from, COVERED_FROM);
    }
    // Fixed holidays exist in every year (none on 29 February).
    assert!(PUBLIC_HOLIDAYS
        .iter()
        .all(|e| !matches!(e.value.rule, HolidayRule::Fixed { month: 2, day: 29 })));
}

#[test]
fn a_date_in_2023_is_refused_not_answered() {
    // We do not vouch for the list before 2024 (6–7 January, for one, were
    // not yet holidays), so Christmas 2023 gets "not covered", not "yes".
    let refused = |date| ParamError::NotCovered {
        param: PARAM_ID,
        date,
        covered_from: Some(d(2024, 1, 1)),
    };
    assert_eq!(
        public_holiday(d(2023, 12, 25)),
        Err(refused(d(2023, 12, 25)))
    );
    assert_eq!(public_holidays(2023), Err(refused(d(2023, 1, 1))));
    // A plain Wednesday in 2023, and even a Saturday, are refused too.
    assert_eq!(is_working_day(d(2023, 6, 14)), Err(refused(d(2023, 6, 14))));
    assert_eq!(
        is_working_day(d(2023, 12, 30)),
        Err(refused(d(2023, 12, 30)))
    );
    // The first covered day is answered: 1 January 2024 is a holiday.
    assert_eq!(
        public_holiday(d(2024, 1, 1)),
        Ok(Some(HolidayId::NewYearsDay))
    );
}

#[test]
fn counting_back_past_2024_is_refused() {
    // Tuesday 2 January 2024 and Monday 1 January are holidays, so the last
    // working day on or before 2 January would be in 2023: refused, and the
    // error names 31 December 2023, the first day we could not check.
    assert_eq!(
        working_day_on_or_before(d(2024, 1, 2)),
        Err(ParamError::NotCovered {
            param: PARAM_ID,
            date: d(2023, 12, 31),
            covered_from: Some(d(2024, 1, 1)),
        })
    );
}

#[test]
fn weekends_are_not_working_days() {
    // Saturday 14 and Sunday 15 March 2026 (no holiday that week);
    // Monday 16 and Wednesday 18 March are working days.
    assert_eq!(is_working_day(d(2026, 3, 14)), Ok(false));
    assert_eq!(is_working_day(d(2026, 3, 15)), Ok(false));
    assert_eq!(is_working_day(d(2026, 3, 16)), Ok(true));
    assert_eq!(is_working_day(d(2026, 3, 18)), Ok(true));
    assert_eq!(public_holiday(d(2026, 3, 14)), Ok(None));
    // A holiday on a Saturday (15 August 2026) is still just a day off;
    // it gives no extra day on the Monday.
    assert_eq!(
        public_holiday(d(2026, 8, 15)),
        Ok(Some(HolidayId::Assumption))
    );
    assert_eq!(is_working_day(d(2026, 8, 17)), Ok(true));
}

#[test]
fn two_working_days_from_thursday_26_november_2026_skip_sfantul_andrei() {
    // Thursday 26 Nov 2026 + 2 working days: Friday 27 is the 1st;
    // Sat 28, Sun 29, Mon 30 (Sf. Andrei), Tue 1 Dec (Ziua Națională) are
    // off; Wednesday 2 December is the 2nd.
    assert_eq!(d(2026, 11, 26).weekday(), Weekday::Thu);
    assert_eq!(add_working_days(d(2026, 11, 26), 2), Ok(d(2026, 12, 2)));
    assert_eq!(d(2026, 12, 2).weekday(), Weekday::Wed);
}

#[test]
fn working_days_across_christmas_and_new_year_2026_2027() {
    // From Thursday 24 Dec 2026: Fri 25 (Crăciun), Sat 26, Sun 27 are off,
    // so 1 working day later is Monday 28 December.
    assert_eq!(add_working_days(d(2026, 12, 24), 1), Ok(d(2026, 12, 28)));
    // 5 working days: Mon 28, Tue 29, Wed 30, Thu 31 Dec, then Fri 1 Jan
    // (Anul Nou), Sat 2, Sun 3 are off, so Monday 4 January 2027.
    assert_eq!(add_working_days(d(2026, 12, 24), 5), Ok(d(2027, 1, 4)));
    // 7: Tue 5 Jan is the 6th; Wed 6 (Boboteaza) and Thu 7 (Sf. Ioan) are
    // off; Friday 8 January 2027 is the 7th.
    assert_eq!(add_working_days(d(2026, 12, 24), 7), Ok(d(2027, 1, 8)));
}

#[test]
fn working_days_across_easter_2027() {
    // Orthodox Easter 2027 is 2 May: Good Friday 30 April, Sat 1 May (Ziua
    // Muncii, on a weekend), Sun 2 May, Easter Monday 3 May all off.
    // From Thursday 29 April, the next working day is Tuesday 4 May.
    assert_eq!(add_working_days(d(2027, 4, 29), 1), Ok(d(2027, 5, 4)));
    // And the day before Easter weekend is the last one before Easter Monday.
    assert_eq!(working_day_on_or_before(d(2027, 5, 3)), Ok(d(2027, 4, 29)));
    assert_eq!(working_day_on_or_after(d(2027, 4, 30)), Ok(d(2027, 5, 4)));
}

#[test]
fn zero_working_days_is_the_start_date() {
    // "Within 0 working days" means the same day, even a Sunday.
    assert_eq!(add_working_days(d(2026, 3, 15), 0), Ok(d(2026, 3, 15)));
    // The start is never counted: from Sunday 15 March 2026, 1 working day
    // is Monday 16.
    assert_eq!(add_working_days(d(2026, 3, 15), 1), Ok(d(2026, 3, 16)));
}

#[test]
fn working_day_on_or_before_a_saturday_is_the_friday() {
    // Saturday 28 November 2026 → Friday 27 November.
    assert_eq!(
        working_day_on_or_before(d(2026, 11, 28)),
        Ok(d(2026, 11, 27))
    );
    // Saturday 26 Dec 2026 is also a holiday; Friday 25 is Christmas, so
    // the answer is Thursday 24 December.
    assert_eq!(
        working_day_on_or_before(d(2026, 12, 26)),
        Ok(d(2026, 12, 24))
    );
    // A working day is its own answer, both ways.
    assert_eq!(
        working_day_on_or_before(d(2026, 11, 27)),
        Ok(d(2026, 11, 27))
    );
    assert_eq!(
        working_day_on_or_after(d(2026, 11, 27)),
        Ok(d(2026, 11, 27))
    );
}

#[test]
fn deadline_ending_on_a_weekend_moves_past_the_holidays() {
    // Saturday 28 Nov 2026 → Sun 29, Mon 30 (Sf. Andrei), Tue 1 Dec are
    // off → Wednesday 2 December.
    assert_eq!(working_day_on_or_after(d(2026, 11, 28)), Ok(d(2026, 12, 2)));
}

#[test]
fn year_boundary() {
    // Thursday 31 Dec 2026 + 1 working day: Fri 1 Jan (holiday), Sat 2,
    // Sun 3 → Monday 4 January 2027.
    assert_eq!(add_working_days(d(2026, 12, 31), 1), Ok(d(2027, 1, 4)));
    // Sunday 3 Jan 2027 counted back: Sat 2, Fri 1 (holiday) → Thursday 31
    // December 2026.
    assert_eq!(working_day_on_or_before(d(2027, 1, 3)), Ok(d(2026, 12, 31)));
    // Tuesday 31 Dec 2024 + 1: Wed 1 and Thu 2 Jan 2025 are holidays → Friday 3.
    assert_eq!(add_working_days(d(2024, 12, 31), 1), Ok(d(2025, 1, 3)));
}

#[test]
fn adding_a_year_of_working_days() {
    // 2026 has 261 weekdays (365 days, 52 full weeks + Thursday 1 Jan); the
    // weekday holidays are 1, 2, 6, 7 Jan, 10 and 13 Apr, 1 May, 1 Jun,
    // 30 Nov, 1 Dec, 25 Dec = 11 (24 Jan, 15 Aug and 26 Dec are Saturdays;
    // Easter and Pentecost Sunday are Sundays), so 250 working days. Counting
    // 250 from 31 Dec 2025 lands on the last one, Thursday 31 Dec 2026.
    assert_eq!(add_working_days(d(2025, 12, 31), 250), Ok(d(2026, 12, 31)));
    assert_eq!(add_working_days(d(2025, 12, 31), 251), Ok(d(2027, 1, 4)));
}

#[test]
fn huge_counts_end_in_an_error_not_a_panic() {
    // u32::MAX working days is far past the years we can date.
    assert!(add_working_days(d(2026, 1, 1), u32::MAX).is_err());
}

#[test]
fn calendar_days_are_checked_arithmetic() {
    // 2026 is not a leap year; 2024 is.
    assert_eq!(add_calendar_days(d(2026, 2, 28), 1), Some(d(2026, 3, 1)));
    assert_eq!(add_calendar_days(d(2024, 3, 1), -1), Some(d(2024, 2, 29)));
    assert_eq!(add_calendar_days(d(2026, 1, 1), 0), Some(d(2026, 1, 1)));
    assert_eq!(add_calendar_days(d(2026, 1, 1), 30), Some(d(2026, 1, 31)));
    // Out of chrono's range: None, never a panic.
    assert_eq!(add_calendar_days(NaiveDate::MAX, 1), None);
    assert_eq!(add_calendar_days(NaiveDate::MIN, -1), None);
    assert_eq!(add_calendar_days(d(2026, 1, 1), i64::MAX), None);
    assert_eq!(add_calendar_days(d(2026, 1, 1), i64::MIN), None);
}

#[test]
fn holiday_ids_serialize_in_snake_case() {
    // The UI looks up its sentences by these keys.
    let json = serde_json::to_string(&[HolidayId::ChildrensDay, HolidayId::GoodFriday])
        .expect("serializes");
    assert_eq!(json, r#"["childrens_day","good_friday"]"#);
}
