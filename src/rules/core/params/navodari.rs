//! Năvodari's own figures (seed `004`), each with its source. They are the
//! town's council decisions and the mayor's dispositions: they apply in
//! Năvodari only (seeds README).
//!
//! The page dates only the holiday tickets' table ("Si pentru anul 2020"):
//! those values are kept from 2020-01-01 and always shown with their year,
//! since the mayor sets them every year. The other figures are undated on
//! the page and record the day it was read (`DateBasis::PageReadOn`).

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::rules::core::source::{ymd, DateBasis, Seed, Source, SEEDS_READ_ON};

use super::{one, page_read_on as page, Param};

/// Seed `004`, the office's page (address, hours, phones, e-mail, windows).
pub const PAGE: Source = page(Seed::DasNavodari, None);
/// The council decision behind the emergency and funeral aid and the
/// holiday tickets ("Hotararii Consiliului Local Navodari nr.30/24.02.2017
/// ... modificata si completata ulterior prin HCL nr.236/30.09.2019").
pub const HCL_30_2017: Source = page(
    Seed::DasNavodari,
    Some("HCL Năvodari nr. 30/24.02.2017, modificată prin HCL nr. 236/30.09.2019"),
);
/// The home-care page (Legea 17/2000; the contribution grid is an HCL
/// Năvodari the page does not number).
pub const HOME_CARE_PAGE: Source = page(Seed::DasNavodari, Some("Legea 17/2000"));
/// The day centres' page (Legea 292/2011, Legea 272/2004).
pub const DAY_CENTRES_PAGE: Source = page(Seed::DasNavodari, Some("Legea 292/2011"));

/// The holiday tickets' table: "Si pentru anul 2020 tichetul social s-a
/// mentinut la valoarea de 10 lei"; "Valoarea unui tichet social si numarul
/// de tichete acordate pe fiecare categorie de beneficiari se stabileste
/// anual, prin dispozitie a Primarului".
pub const TICKETS_2020: Source = Source {
    seed: Some(Seed::DasNavodari),
    act: Some("dispoziția Primarului orașului Năvodari pentru anul 2020"),
    effective_from: ymd(2020, 1, 1),
    date_basis: DateBasis::InForce,
    checked_on: SEEDS_READ_ON,
};

/// The year the page's ticket values are for.
pub const TICKETS_YEAR: i32 = 2020;

/// "tichetul social s-a mentinut la valoarea de 10 lei".
pub static TICKET_FACE_VALUE: Param<Decimal> = Param {
    id: "navodari.holiday_tickets.face_value",
    values: &one(dec!(10), TICKETS_2020),
};

/// 60 lei per person per holiday: "beneficiari de venit minim garantat",
/// "alocatie de sustinere a familiei" (each person in the family),
/// "persoane cu handicap grav sau accentuat", pensioners up to the minimum
/// social pension, "persoane cu varsta de peste 60 ani, fara venituri".
pub static TICKETS_FULL: Param<Decimal> = Param {
    id: "navodari.holiday_tickets.full",
    values: &one(dec!(60), TICKETS_2020),
};

/// 50 lei: pensioners "cu venit net peste valoarea pensiei sociale minime –
/// pana la 1.000 lei, inclusiv".
pub static TICKETS_MIDDLE: Param<Decimal> = Param {
    id: "navodari.holiday_tickets.middle",
    values: &one(dec!(50), TICKETS_2020),
};

/// 40 lei: pensioners "cu venit net intre 1.001 lei – 1.450 lei, inclusiv".
pub static TICKETS_LOW: Param<Decimal> = Param {
    id: "navodari.holiday_tickets.low",
    values: &one(dec!(40), TICKETS_2020),
};

/// The upper end of the 50-lei tier: "pana la 1.000 lei, inclusiv".
pub static PENSIONER_MIDDLE_UP_TO: Param<Decimal> = Param {
    id: "navodari.holiday_tickets.pensioner_middle_up_to",
    values: &one(dec!(1000), TICKETS_2020),
};

/// The lower end of the 40-lei tier: "intre 1.001 lei".
pub static PENSIONER_LOW_FROM: Param<Decimal> = Param {
    id: "navodari.holiday_tickets.pensioner_low_from",
    values: &one(dec!(1001), TICKETS_2020),
};

/// The pensioners' category: "pensionarii ale caror venituri proprii,
/// nete, sunt sub 1.450 lei/luna, inclusiv" (the council's category; the
/// table says "mai mic sau egal cu 1.450 lei").
pub static PENSIONER_LIMIT: Param<Decimal> = Param {
    id: "navodari.holiday_tickets.pensioner_limit",
    values: &one(dec!(1450), HCL_30_2017),
};

/// "persoane cu varsta peste 60 ani, fara niciun venit".
pub static TICKETS_AGE: Param<u32> = Param {
    id: "navodari.holiday_tickets.age",
    values: &one(60, HCL_30_2017),
};

/// Medical emergency: "in cuantum de maxim 1.000 lei"; calamity: "in
/// cuantum de 1.000 lei"; child: "maxim 1.000 lei/ copil, pe perioada unui
/// an scolar"; above it, "Ajutoarele de urgenta care necesita o suma mai
/// mare de 1.000 lei ... se vor aproba sume individual prin Hotarare a
/// Consiliului Local".
pub static EMERGENCY_MAX: Param<Decimal> = Param {
    id: "navodari.emergency_aid.max",
    values: &one(dec!(1000), HCL_30_2017),
};

/// "beneficiarul este obligat sa prezinte documentele financiare
/// justificative in termen de maxim 60 zile de la ridicarea sumei".
pub static RECEIPTS_DAYS: Param<u32> = Param {
    id: "navodari.emergency_aid.receipts_days",
    values: &one(60, HCL_30_2017),
};

/// The child's aid: "in termen de maxim 30 zile de la expirarea perioadei
/// de acordare prevazuta in dispozitia de primar".
pub static CHILD_RECEIPTS_DAYS: Param<u32> = Param {
    id: "navodari.emergency_aid.child_receipts_days",
    values: &one(30, HCL_30_2017),
};

/// "Se acorda un ajutor de urgenta in suma fixa de 1.000 lei" (funeral).
pub static FUNERAL_SUM: Param<Decimal> = Param {
    id: "navodari.funeral_aid.sum",
    values: &one(dec!(1000), HCL_30_2017),
};

/// Home care: free "sub suma de 640 lei", with a contribution "peste suma
/// de 640 lei".
pub static HOME_CARE_LIMIT: Param<Decimal> = Param {
    id: "navodari.home_care.income_limit",
    values: &one(dec!(640), HOME_CARE_PAGE),
};

/// "Capacitatea totala a centrului este de maxim 50 de locuri".
pub static CHILDREN_DAY_CENTRE_PLACES: Param<u32> = Param {
    id: "navodari.children_day_centre.places",
    values: &one(50, DAY_CENTRES_PAGE),
};
