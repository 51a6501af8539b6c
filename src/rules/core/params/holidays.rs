//! Romanian public holidays (zile de sărbătoare legală), Codul muncii
//! (Legea 53/2003) art. 139 alin. (1), as dated data. The date arithmetic
//! (Easter, working days) is in `rules::calendar`.
//!
//! The data starts on [`COVERED_FROM`], 2024-01-01, the first day of the
//! list as last amended (Legea 52/2023 added 6 and 7 January from 2024).
//! The list has grown several times since 2003 and we have not checked
//! when each day was added, so for an earlier date the engine answers "not
//! covered" instead of guessing: a deadline counted with the wrong list is
//! worse than one not counted at all. For the same reason each entry's
//! `effective_from` is 2024-01-01: the day the article's current list
//! applies from, and the first day we vouch for, not the (often older) day
//! that holiday was first enacted.

use chrono::NaiveDate;
use serde::Serialize;

use crate::rules::core::source::{ymd, DateBasis, Source, SEEDS_READ_ON};

use super::Dated;

/// Identifier of the parameter, as reported in [`super::ParamError`].
pub const PARAM_ID: &str = "calendar.public_holidays";

/// First date the holiday list below is known to be in force.
pub const COVERED_FROM: NaiveDate = ymd(2024, 1, 1);

/// A public holiday. Easter and Pentecost are the Orthodox ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayId {
    /// 1 ianuarie (Anul Nou)
    NewYearsDay,
    /// 2 ianuarie
    NewYearsSecondDay,
    /// Boboteaza (6 ianuarie)
    Epiphany,
    /// Sfântul Ioan Botezătorul (7 ianuarie)
    SaintJohnTheBaptist,
    /// Ziua Unirii Principatelor Române (24 ianuarie)
    UnionOfThePrincipalitiesDay,
    /// Vinerea Mare (vinerea dinaintea Paștelui ortodox)
    GoodFriday,
    /// Prima zi de Paști
    EasterSunday,
    /// A doua zi de Paști
    EasterMonday,
    /// 1 Mai (Ziua Muncii)
    LabourDay,
    /// Ziua Copilului (1 iunie)
    ChildrensDay,
    /// Prima zi de Rusalii
    PentecostSunday,
    /// A doua zi de Rusalii
    PentecostMonday,
    /// Adormirea Maicii Domnului (15 august)
    Assumption,
    /// Sfântul Andrei (30 noiembrie)
    SaintAndrew,
    /// Ziua Națională a României (1 decembrie)
    NationalDay,
    /// Prima zi de Crăciun (25 decembrie)
    ChristmasDay,
    /// A doua zi de Crăciun (26 decembrie)
    ChristmasSecondDay,
}

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HolidayRule {
    /// The same month and day every year.
    Fixed { month: u32, day: u32 },
    /// Days after (negative: before) Orthodox Easter Sunday.
    EasterOffset { days: i64 },
}

/// One entry of the list: which holiday and how to date it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Holiday {
    pub id: HolidayId,
    pub rule: HolidayRule,
}

const CODUL_MUNCII: Source = Source {
    seed: None,
    act: Some("Codul muncii art. 139 alin. (1)"),
    effective_from: COVERED_FROM,
    date_basis: DateBasis::InForce,
    checked_on: SEEDS_READ_ON,
};

const LEGEA_52_2023: Source = Source {
    seed: None,
    act: Some("Legea 52/2023 (Codul muncii art. 139 alin. (1))"),
    effective_from: COVERED_FROM,
    date_basis: DateBasis::InForce,
    checked_on: SEEDS_READ_ON,
};

const fn fixed(id: HolidayId, month: u32, day: u32, source: Source) -> Dated<Holiday> {
    Dated {
        value: Holiday {
            id,
            rule: HolidayRule::Fixed { month, day },
        },
        source,
    }
}

const fn easter(id: HolidayId, days: i64) -> Dated<Holiday> {
    Dated {
        value: Holiday {
            id,
            rule: HolidayRule::EasterOffset { days },
        },
        source: CODUL_MUNCII,
    }
}

/// The holidays, in the order the law lists them. An entry applies to dates
/// on or after its `source.effective_from`, so a holiday added later is a new
/// entry with a later date; this list has no way to end a holiday, since the
/// law has not removed one while we have covered it.
pub const PUBLIC_HOLIDAYS: &[Dated<Holiday>] = &[
    fixed(HolidayId::NewYearsDay, 1, 1, CODUL_MUNCII),
    fixed(HolidayId::NewYearsSecondDay, 1, 2, CODUL_MUNCII),
    fixed(HolidayId::Epiphany, 1, 6, LEGEA_52_2023),
    fixed(HolidayId::SaintJohnTheBaptist, 1, 7, LEGEA_52_2023),
    fixed(HolidayId::UnionOfThePrincipalitiesDay, 1, 24, CODUL_MUNCII),
    easter(HolidayId::GoodFriday, -2),
    easter(HolidayId::EasterSunday, 0),
    easter(HolidayId::EasterMonday, 1),
    fixed(HolidayId::LabourDay, 5, 1, CODUL_MUNCII),
    fixed(HolidayId::ChildrensDay, 6, 1, CODUL_MUNCII),
    easter(HolidayId::PentecostSunday, 49),
    easter(HolidayId::PentecostMonday, 50),
    fixed(HolidayId::Assumption, 8, 15, CODUL_MUNCII),
    fixed(HolidayId::SaintAndrew, 11, 30, CODUL_MUNCII),
    fixed(HolidayId::NationalDay, 12, 1, CODUL_MUNCII),
    fixed(HolidayId::ChristmasDay, 12, 25, CODUL_MUNCII),
    fixed(HolidayId::ChristmasSecondDay, 12, 26, CODUL_MUNCII),
];

// A fixed month/day that does not exist in every year (a typo, or 29 February)
// fails the build here, so the calendar never meets one at run time. 2023 is
// not a leap year.
const _: () = {
    let mut i = 0;
    while i < PUBLIC_HOLIDAYS.len() {
        if let HolidayRule::Fixed { month, day } = PUBLIC_HOLIDAYS[i].value.rule {
            ymd(2023, month, day);
        }
        i += 1;
    }
};
