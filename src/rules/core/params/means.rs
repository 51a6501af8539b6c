//! The figures of the means-tested and local benefits, each with its source.
//!
//! None of the pages dates these figures, so each records the day the page
//! was read (`DateBasis::PageReadOn`): a check dated before it is told the
//! rules we hold do not cover it, never answered with a guess. They change
//! with the ISR and by law; `checked_on` says when they were last compared
//! with the page.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::rules::core::source::{Seed, Source};

use super::{one, page_read_on as page, Param};

/// Seed `004`, "Venitul minim de incluziune" (Legea 196/2016).
pub const VMI_PAGE: Source = page(Seed::DasNavodari, Some("Legea 196/2016"));
/// Seed `001`, "Informații utile privind acordarea ajutorului pentru plata
/// chiriei" (Cluj-Napoca's own programme; the page names no act for it).
pub const RENT_AID_PAGE: Source = page(Seed::DasmClujOld, None);
/// Seed `001`: the ISR "conform Legii nr. 76/2002".
pub const ISR_PAGE: Source = page(Seed::DasmClujOld, Some("Legea 76/2002"));
/// Seed `001`'s list of excluding assets, taken from H.G. nr. 50/2011.
pub const RENT_AID_ASSET_LIST: Source = page(Seed::DasmClujOld, Some("H.G. nr. 50/2011"));
/// Seed `004`, "Cantina de Ajutor Social" (Legea 208/1997).
pub const CANTEEN_PAGE: Source = page(Seed::DasNavodari, Some("Legea 208/1997"));
/// Seed `004`, "Tichete sociale pentru grădiniță" (Legea 248/2015).
pub const TICKETS_PAGE: Source = page(Seed::DasNavodari, Some("Legea 248/2015"));
/// Seed `004`, "Indemnizație lunară pentru persoanele cu handicap" and
/// "Asistent Personal" (Legea 448/2006, art. 42 alin. (4)).
pub const DISABILITY_PAGE: Source = page(Seed::DasNavodari, Some("Legea 448/2006"));
/// Seed `004`'s list of benefits (it names the newborn vouchers only).
pub const NAVODARI_BENEFIT_LIST: Source = page(Seed::DasNavodari, None);
/// Seed `001`, the older DASM Cluj-Napoca page (forms and services).
pub const DASM_OLD_PAGE: Source = page(Seed::DasmClujOld, None);
/// Seed `002`, the Cluj-Napoca action plan for 2024 (Legea 34/1998).
pub const ACTION_PLAN_34: Source = page(Seed::ClujActionPlan2024, Some("Legea 34/1998"));
/// Seed `002`, the Cluj-Napoca action plan for 2024 (Legea 350/2005).
pub const ACTION_PLAN_350: Source = page(Seed::ClujActionPlan2024, Some("Legea 350/2005"));
/// Seed `003`, DGASPC Cluj.
pub const DGASPC_PAGE: Source = page(Seed::DgaspcCluj, None);

// ---------------------------------------------------------------------------
// Venitul minim de incluziune (seed 004)
// ---------------------------------------------------------------------------

/// "pentru ajutorul de incluziune, nivelul maxim al venitului net trebuie să
/// fie de 275 lei"; "275 lei/lună/membru de familie".
pub static INCLUSION_LEVEL: Param<Decimal> = Param {
    id: "vmi.inclusion_aid.level_per_member",
    values: &one(dec!(275), VMI_PAGE),
};

/// "400 lei/lună în cazul persoanei singure cu vârsta de cel puțin 65 de ani".
pub static INCLUSION_LEVEL_SINGLE_65: Param<Decimal> = Param {
    id: "vmi.inclusion_aid.level_single_65",
    values: &one(dec!(400), VMI_PAGE),
};

/// The age of the single person with the higher level: "cel puțin 65 de ani".
pub static SINGLE_PERSON_AGE: Param<u32> = Param {
    id: "vmi.inclusion_aid.single_person_age",
    values: &one(65, VMI_PAGE),
};

/// "pentru ajutorul pentru familia cu copii, nivelul maxim al venitului net
/// trebuie să fie de 700 lei/membru de familie".
pub static FAMILY_LEVEL: Param<Decimal> = Param {
    id: "vmi.family_with_children_aid.level_per_member",
    values: &one(dec!(700), VMI_PAGE),
};

/// "cuprins între 276 de lei/lună și 700 de lei inclusiv": where the second
/// band of the family-with-children aid starts.
pub static SECOND_BAND_FROM: Param<Decimal> = Param {
    id: "vmi.family_with_children_aid.second_band_from",
    values: &one(dec!(276), VMI_PAGE),
};

/// "Se acordă familiilor cu copii aflați în întreținere cu vârsta de până
/// la 18 ani".
pub static CHILD_AGE_LIMIT: Param<u32> = Param {
    id: "vmi.family_with_children_aid.child_age_limit",
    values: &one(18, VMI_PAGE),
};

/// The four tables of the family-with-children aid, for 1, 2, 3 and 4 or
/// more children, exactly as seed `004` prints them.
/// Two parents, up to 275 lei: "107 lei … 214 lei … 321 de lei … 428 de lei".
pub static FAMILY_TWO_PARENTS_UP_TO_275: Param<[Decimal; 4]> = Param {
    id: "vmi.family_with_children_aid.two_parents.up_to_275",
    values: &one([dec!(107), dec!(214), dec!(321), dec!(428)], VMI_PAGE),
};

/// Single parent, up to 275 lei: "120 de lei … 240 de lei … 360 de lei …
/// 480 de lei".
pub static FAMILY_SINGLE_PARENT_UP_TO_275: Param<[Decimal; 4]> = Param {
    id: "vmi.family_with_children_aid.single_parent.up_to_275",
    values: &one([dec!(120), dec!(240), dec!(360), dec!(480)], VMI_PAGE),
};

/// Two parents, 276–700 lei: "85 de lei … 170 de lei … 255 de lei … 340 de lei".
pub static FAMILY_TWO_PARENTS_276_TO_700: Param<[Decimal; 4]> = Param {
    id: "vmi.family_with_children_aid.two_parents.276_to_700",
    values: &one([dec!(85), dec!(170), dec!(255), dec!(340)], VMI_PAGE),
};

/// Single parent, 276–700 lei: "110 lei … 215 lei … 325 de lei … 430 de lei".
pub static FAMILY_SINGLE_PARENT_276_TO_700: Param<[Decimal; 4]> = Param {
    id: "vmi.family_with_children_aid.single_parent.276_to_700",
    values: &one([dec!(110), dec!(215), dec!(325), dec!(430)], VMI_PAGE),
};

/// "Dacă din calcul rezultă o sumă mai mică de 50 de lei, atunci se acordă
/// 50 de lei."
pub static FLOOR: Param<Decimal> = Param {
    id: "vmi.floor",
    values: &one(dec!(50), VMI_PAGE),
};

/// "în termen de maximum 15 zile de la data la care a intervenit
/// modificarea" (calendar days: the page says "zile").
pub static REPORT_CHANGES_DAYS: Param<u32> = Param {
    id: "vmi.report_changes.days",
    values: &one(15, VMI_PAGE),
};

/// "din 6 în 6 luni, declaraţia pe propria răspundere".
pub static DECLARATION_EVERY_MONTHS: Param<u32> = Param {
    id: "vmi.declaration.every_months",
    values: &one(6, VMI_PAGE),
};

/// "Fac excepţie familiile pentru care suma aferentă ajutorului de
/// incluziune este de până la 50 de lei": hours set quarterly.
pub static LOCAL_WORK_QUARTERLY_UP_TO: Param<Decimal> = Param {
    id: "vmi.local_work.quarterly_up_to",
    values: &one(dec!(50), VMI_PAGE),
};

/// "Dovada şcolarizării pentru copiii cu vârsta cuprinsă între 3 şi 16 ani".
pub static SCHOOL_PROOF_AGES: Param<(u32, u32)> = Param {
    id: "vmi.documents.school_proof_ages",
    values: &one((3, 16), VMI_PAGE),
};

// ---------------------------------------------------------------------------
// Ajutor pentru plata chiriei, Cluj-Napoca (seed 001)
// ---------------------------------------------------------------------------

/// "nivel calculat în condițiile în care ISR reprezintă 500 lei" (the
/// indicatorul social de referință, Legea 76/2002).
pub static ISR: Param<Decimal> = Param {
    id: "isr",
    values: &one(dec!(500), ISR_PAGE),
};

/// "Coeficient de multiplicare x ISR" for a single person and families of
/// 2 to 6 persons: 4; 5,7; 6,6; 7,5; 8,4; 9,3.
pub static RENT_AID_COEFFICIENTS: Param<[Decimal; 6]> = Param {
    id: "rent_aid.income_level.coefficients",
    values: &one(
        [
            dec!(4),
            dec!(5.7),
            dec!(6.6),
            dec!(7.5),
            dec!(8.4),
            dec!(9.3),
        ],
        RENT_AID_PAGE,
    ),
};

/// "se adaugă câte 0,5 ISR pentru fiecare persoană din familiile cu peste
/// 6 membri".
pub static RENT_AID_COEFFICIENT_PER_EXTRA_PERSON: Param<Decimal> = Param {
    id: "rent_aid.income_level.per_person_above_six",
    values: &one(dec!(0.5), RENT_AID_PAGE),
};

/// The levels the page prints in lei, for 1 to 6 persons: "2.000", "2.850",
/// "3.300", "3.750", "4.200", "4.650". Not used by the rule (it computes
/// them from the ISR); a test checks the computation gives these.
pub static RENT_AID_PRINTED_LEVELS: Param<[Decimal; 6]> = Param {
    id: "rent_aid.income_level.printed",
    values: &one(
        [
            dec!(2000),
            dec!(2850),
            dec!(3300),
            dec!(3750),
            dec!(4200),
            dec!(4650),
        ],
        RENT_AID_PAGE,
    ),
};

/// "tinerii în vârstă de până la 35 de ani".
pub static CARE_LEAVER_AGE: Param<u32> = Param {
    id: "rent_aid.care_leaver.age",
    values: &one(35, RENT_AID_PAGE),
};

/// "de minimum 24 luni anterior datei depunerii cererii".
pub static RESIDENCE_MONTHS: Param<u32> = Param {
    id: "rent_aid.residence_months",
    values: &one(24, RENT_AID_PAGE),
};

/// "pe o perioadă de până la 12 luni, cu posibilitatea de prelungire până
/// la maximum 36 de luni".
pub static DURATION_MONTHS: Param<(u32, u32)> = Param {
    id: "rent_aid.duration_months",
    values: &one((12, 36), RENT_AID_PAGE),
};

/// "În termen de 5 zile lucrătoare de la primirea dispoziției … să semneze
/// contractul de acordare de servicii sociale și planul de servicii".
pub static SIGN_CONTRACT_WORKING_DAYS: Param<u32> = Param {
    id: "rent_aid.sign_contract.working_days",
    values: &one(5, RENT_AID_PAGE),
};

/// "în scris, în termen de cinci zile lucrătoare de la producerea acestora".
pub static REPORT_CHANGES_WORKING_DAYS: Param<u32> = Param {
    id: "rent_aid.report_changes.working_days",
    values: &one(5, RENT_AID_PAGE),
};

/// "în termen de maximum 120 de zile de la primirea înștiințării comisiei"
/// (calendar days: the page says "zile").
pub static REGISTERED_LEASE_DAYS: Param<u32> = Param {
    id: "rent_aid.registered_lease.days",
    values: &one(120, RENT_AID_PAGE),
};

// ---------------------------------------------------------------------------
// Cantina de ajutor social (seed 004, Legea 208/1997)
// ---------------------------------------------------------------------------

/// "o contributie de 30% din venitul pe persoana, fara a se depasi costul
/// meselor servite".
pub static CANTEEN_CONTRIBUTION_PERCENT: Param<Decimal> = Param {
    id: "social_canteen.contribution_percent",
    values: &one(dec!(30), CANTEEN_PAGE),
};

/// "fără a depăşi vârsta de 25 de ani, respectiv 26 de ani în cazul celor
/// care urmează studii superioare cu o durata mai mare de 5 ani".
pub static CANTEEN_STUDENT_AGES: Param<(u32, u32)> = Param {
    id: "social_canteen.student_age_limits",
    values: &one((25, 26), CANTEEN_PAGE),
};

/// "copiii în vârstă de până la 18 ani".
pub static CANTEEN_CHILD_AGE: Param<u32> = Param {
    id: "social_canteen.child_age",
    values: &one(18, CANTEEN_PAGE),
};

/// "pe o perioadă de cel mult 90 de zile pe an".
pub static CANTEEN_DAYS_WITHOUT_INCOME: Param<u32> = Param {
    id: "social_canteen.days_without_income",
    values: &one(90, CANTEEN_PAGE),
};

// ---------------------------------------------------------------------------
// Tichete sociale pentru grădiniță (seed 004, Legea 248/2015)
// ---------------------------------------------------------------------------

/// "Valoarea nominală lunară minimă … este de 105 lei/lună".
pub static TICKETS_MONTHLY_MINIMUM: Param<Decimal> = Param {
    id: "kindergarten_tickets.monthly_minimum",
    values: &one(dec!(105), TICKETS_PAGE),
};

/// "se acorda pentru perioada septembrie-iunie": first and last month.
pub static TICKETS_MONTHS: Param<(u32, u32)> = Param {
    id: "kindergarten_tickets.months",
    values: &one((9, 6), TICKETS_PAGE),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::core::source::ymd;

    /// The page's lei column is its ISR column times 500 lei: the rule
    /// computes the levels, and they must be the ones printed.
    #[test]
    fn the_printed_rent_aid_levels_are_the_isr_multiples() {
        let date = ymd(2026, 11, 22);
        let isr = ISR.at(date).map(|d| d.value);
        let coefficients = RENT_AID_COEFFICIENTS.at(date).map(|d| d.value);
        let printed = RENT_AID_PRINTED_LEVELS.at(date).map(|d| d.value);
        let (Ok(isr), Ok(coefficients), Ok(printed)) = (isr, coefficients, printed) else {
            panic!("rent aid parameters cover the day the page was read");
        };
        for (c, p) in coefficients.iter().zip(printed) {
            assert_eq!(*c * isr, p);
        }
    }
}
