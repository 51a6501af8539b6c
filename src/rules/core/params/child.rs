//! The state child allowance (alocația de stat pentru copii, Legea 61/1993)
//! as seeds `004` (the national rules, published by DAS Năvodari) and `000`
//! (DASM Cluj-Napoca: its filing terms) state it. The pages give no date for
//! these rules, so each records the day the page was read
//! (`DateBasis::PageReadOn`): a check dated before it is told the rules we
//! hold do not cover it, never answered with a guess. The amounts are not
//! on the pages and are not here.

use crate::rules::core::source::{DateBasis, Seed, Source, SEEDS_READ_ON};

use super::{Dated, Param};

/// Seed `004`, section "Alocație de stat" (Legea 61/1993).
pub const PAGE_004: Source = Source {
    seed: Some(Seed::DasNavodari),
    act: Some("Legea 61/1993"),
    effective_from: SEEDS_READ_ON,
    date_basis: DateBasis::PageReadOn,
    checked_on: SEEDS_READ_ON,
};

/// Seed `000`, "TERMENELE DE DEPUNERE" and the notes after it.
pub const PAGE_000: Source = Source {
    seed: Some(Seed::DasmCluj),
    act: None,
    effective_from: SEEDS_READ_ON,
    date_basis: DateBasis::PageReadOn,
    checked_on: SEEDS_READ_ON,
};

const fn on_004(value: u32) -> [Dated<u32>; 1] {
    [Dated {
        value,
        source: PAGE_004,
    }]
}

const fn on_000(value: u32) -> [Dated<u32>; 1] {
    [Dated {
        value,
        source: PAGE_000,
    }]
}

/// "beneficiază toţi copiii în vârstă de până la 18 ani, cât și tinerii care
/// au împlinit vârsta de 18 ani, care urmează cursurile învăţământului
/// liceal sau profesional … până la terminarea acestora".
pub static AGE_LIMIT: Param<u32> = Param {
    id: "state_child_allowance.age_limit",
    values: &on_004(18),
};

/// "alocație pentru copiii cu vârsta de până la 2 ani sau de până la 3 ani,
/// în cazul copilului cu handicap": the higher amount's age.
pub static HIGHER_LEVEL_UNTIL: Param<u32> = Param {
    id: "state_child_allowance.higher_level_until",
    values: &on_004(2),
};

pub static HIGHER_LEVEL_UNTIL_DISABLED: Param<u32> = Param {
    id: "state_child_allowance.higher_level_until_disabled",
    values: &on_004(3),
};

/// "Alocaţia de stat – 1 an de la data naşterii copilului" (years).
pub static FILING_YEARS: Param<u32> = Param {
    id: "state_child_allowance.filing_years",
    values: &on_000(1),
};

/// "60 de zile de la obținerea certificatului de încadrare într-un grad de
/// handicap pentru solicitarea alocației de stat majorată pentru copiii
/// între 2-18 ani". The page says "zile", not "zile lucrătoare": calendar
/// days, as for every other term the pages state that way.
pub static INCREASED_FILING_DAYS: Param<u32> = Param {
    id: "state_child_allowance.increased_filing_days",
    values: &on_000(60),
};

/// "în termen de cel mult 15 zile de la apariţia acesteia" (calendar days).
pub static REPORT_CHANGES_DAYS: Param<u32> = Param {
    id: "state_child_allowance.report_changes_days",
    values: &on_004(15),
};

/// "cu cel puțin o săptămână înainte de expirarea termenului de
/// înregistrare" (for a dossier sent through the portal), in days.
pub static PORTAL_SEND_DAYS_BEFORE: Param<u32> = Param {
    id: "dasm.portal.send_days_before",
    values: &on_000(7),
};
