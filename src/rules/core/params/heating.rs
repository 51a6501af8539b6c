//! Heating aid and energy supplement (ajutor pentru încălzirea locuinței,
//! supliment pentru energie), Legea 226/2021, as stated on seed `004`.
//!
//! Seed `004` states the figures without a date, and no page says since
//! when they apply: each records the day the page was read
//! (`DateBasis::PageReadOn`), so a check dated before it is told the rules
//! we hold do not cover it, never answered with a date we made up. The
//! heating aid amount table is not on the pages and is not here.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::rules::core::source::{Seed, Source};

use super::{page_read_on, Dated, Param};

const LAW_226_2021: Source = page_read_on(Seed::DasNavodari, Some("Legea 226/2021"));

const fn from_2021(value: Decimal) -> [Dated<Decimal>; 1] {
    [Dated {
        value,
        source: LAW_226_2021,
    }]
}

/// "de până la 1.386 lei în cazul familiilor" (net income per family member).
pub static INCOME_LIMIT_FAMILY: Param<Decimal> = Param {
    id: "heating_aid.income_limit.family",
    values: &from_2021(dec!(1386)),
};

/// "de până la 2.053 lei în cazul persoanei singure".
pub static INCOME_LIMIT_SINGLE: Param<Decimal> = Param {
    id: "heating_aid.income_limit.single_person",
    values: &from_2021(dec!(2053)),
};

/// "a). 30 lei/lună pentru consumul de energie electrică" (paid to the supplier).
pub static SUPPLEMENT_ELECTRICITY: Param<Decimal> = Param {
    id: "energy_supplement.electricity",
    values: &from_2021(dec!(30)),
};

/// "b). 10 lei/lună pentru consumul de gaze naturale" (paid to the supplier).
pub static SUPPLEMENT_NATURAL_GAS: Param<Decimal> = Param {
    id: "energy_supplement.natural_gas",
    values: &from_2021(dec!(10)),
};

/// "c). 20 lei/lună pentru consumul de combustibili solizi şi/sau petrolieri"
/// (paid to the applicant).
pub static SUPPLEMENT_SOLID_OR_PETROLEUM: Param<Decimal> = Param {
    id: "energy_supplement.solid_or_petroleum",
    values: &from_2021(dec!(20)),
};

/// "În situaţia în care singura sursă de energie utilizată este energia
/// electrică, cuantumul suplimentului este de 70 lei/lună."
pub static SUPPLEMENT_ELECTRICITY_ONLY: Param<Decimal> = Param {
    id: "energy_supplement.electricity_only",
    values: &from_2021(dec!(70)),
};

/// "amendă de la 500 lei la 2000 lei" for a wrong declaration or an
/// unreported change.
pub static FINE_MIN: Param<Decimal> = Param {
    id: "heating_aid.fine.min",
    values: &from_2021(dec!(500)),
};

pub static FINE_MAX: Param<Decimal> = Param {
    id: "heating_aid.fine.max",
    values: &from_2021(dec!(2000)),
};

/// "obligaţia de a comunica orice modificare … în termen de 5 zile de la data
/// modificării". The page says "zile", not "zile lucrătoare": calendar days.
pub static REPORT_CHANGES_DAYS: Param<u32> = Param {
    id: "heating_aid.report_changes.days",
    values: &[Dated {
        value: 5,
        source: LAW_226_2021,
    }],
};

/// "pentru sezonul rece noiembrie – martie": first and last month.
pub static COLD_SEASON_MONTHS: Param<(u32, u32)> = Param {
    id: "heating_aid.cold_season.months",
    values: &[Dated {
        value: (11, 3),
        source: LAW_226_2021,
    }],
};
