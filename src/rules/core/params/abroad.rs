//! The parents-leaving-to-work-abroad duty (Legea 272/2004), as seed `004`
//! quotes it. A national rule: the same in every town.

use crate::rules::core::source::{Seed, Source};

use super::{one, page_read_on as page, Param};

/// Seed `004`, "OBLIGATIILE PARINTILOR CARE INTENTIONEAZA SA PLECE LA MUNCA
/// IN STRAINATATE", quoting the law.
pub const ABROAD_PAGE: Source = page(Seed::DasNavodari, Some("Legea 272/2004, art. 104"));

/// "are obligaţia de a notifica această intenţie serviciului public de
/// asistenţă socială de la domiciliu, cu minimum 40 de zile înainte de a
/// părăsi ţara": calendar days (the law says "zile", not "zile
/// lucrătoare").
pub static NOTICE_DAYS: Param<u32> = Param {
    id: "abroad.notice_days",
    values: &one(40, ABROAD_PAGE),
};

/// "Soluţionarea cererii de delegare ... se face în termen de 3 zile".
pub static COURT_DAYS: Param<u32> = Param {
    id: "abroad.court_days",
    values: &one(3, ABROAD_PAGE),
};
