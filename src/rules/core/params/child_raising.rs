//! The figures and terms of the child-raising allowance (indemnizația
//! pentru creșterea copilului, ICC, OUG 111/2010), the insertion incentive
//! (stimulentul de inserție), the supplement for a further birth and the
//! support for a parent with a disability, as seed `000` (DASM Cluj-Napoca,
//! current; it stands where the two differ) and seed `004` (the national
//! rules in detail, published by DAS Năvodari) state them.
//!
//! The pages date only the 2023 changes (HG 865/2023, 19.09.2023, seed
//! `000`); every other figure records the day the page was read
//! (`DateBasis::PageReadOn`), so a check dated before it is told the rules
//! we hold do not cover it.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::rules::core::source::{ymd, DateBasis, Seed, Source, SEEDS_READ_ON};

use super::{one, page_read_on as page, Param};

/// Seed `000`, "Alocaţii şi indemnizaţii creşterea copilului": the filing
/// terms ("TERMENELE DE DEPUNERE") and the "ANUNŢ IMPORTANT".
pub const PAGE_000: Source = page(Seed::DasmCluj, Some("OUG 111/2010"));
/// Seed `004`, "Indemnizație de creștere a copilului" and "Stimulent de
/// inserție".
pub const PAGE_004: Source = page(Seed::DasNavodari, Some("OUG 111/2010"));
/// Seed `004`'s observation on the ceiling during leave: "(art.12 din HG
/// 52/2011)".
pub const PAGE_004_HG_52: Source = page(Seed::DasNavodari, Some("HG 52/2011, art. 12"));
/// Seed `004`'s incentive amounts ("CUANTUMURI"), with the article of the
/// act they come from named beside the 1-year threshold for a child with a
/// disability that seed `000` does not give.
pub const PAGE_004_ART_7: Source = page(Seed::DasNavodari, Some("OUG 111/2010, art. 7"));

/// The day the 2023 rules apply from: "începând cu data intrării în vigoare
/// a HG nr. 865/2023, data de 19.09.2023" (seed `000`).
pub const HG_865_FROM: chrono::NaiveDate = ymd(2023, 9, 19);
pub const HG_865: Source = Source {
    seed: Some(Seed::DasmCluj),
    act: Some("HG 865/2023"),
    effective_from: HG_865_FROM,
    date_basis: DateBasis::InForce,
    checked_on: SEEDS_READ_ON,
};

// ---------------------------------------------------------------------------
// Who and when
// ---------------------------------------------------------------------------

/// "minim 12 luni în ultimele 24 de luni anterioare naşterii copilului"
/// (seed `004`): the months needed, and the window they are counted in.
pub static QUALIFYING_MONTHS: Param<u32> = Param {
    id: "icc.qualifying_months",
    values: &one(12, PAGE_004),
};
pub static QUALIFYING_WINDOW_MONTHS: Param<u32> = Param {
    id: "icc.qualifying_window_months",
    values: &one(24, PAGE_004),
};

/// The leave lasts until the child is 2, or 3 with a disability (seed
/// `000`: "Indemnizația până la vârsta de 2 ani"; "până la 2/3 ani pentru
/// copil cu handicap").
pub static LEAVE_UNTIL_YEARS: Param<u32> = Param {
    id: "icc.leave_until_years",
    values: &one(2, PAGE_000),
};
pub static LEAVE_UNTIL_YEARS_DISABLED: Param<u32> = Param {
    id: "icc.leave_until_years_disabled",
    values: &one(3, PAGE_000),
};
/// "Pentru copilul cu certificat de încadrare într-un grad de handicap, cu
/// vârsta între 3 și 7 ani, părintele poate opta" (seed `000`).
pub static DISABLED_OPTIONS_UNTIL_YEARS: Param<u32> = Param {
    id: "icc.disabled_options_until_years",
    values: &one(7, PAGE_000),
};

// ---------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------

/// "85% din media veniturilor ultimilor 12 luni" (seed `000`); "85% din
/// media aritmetică a veniturilor nete realizate în ultimele 12 luni din
/// ultimele 24" (seed `004`).
pub static SHARE_OF_INCOME: Param<Decimal> = Param {
    id: "icc.share_of_income",
    values: &one(dec!(0.85), PAGE_000),
};
/// "Cuantumul minim-1314 lei" (seed `004`; seed `000` gives no minimum).
pub static MINIMUM: Param<Decimal> = Param {
    id: "icc.minimum",
    values: &one(dec!(1314), PAGE_004),
};
/// "până la maxim 8500 lei" (seed `000`); "Cuantumul maxim-8500 lei" (seed
/// `004`).
pub static MAXIMUM: Param<Decimal> = Param {
    id: "icc.maximum",
    values: &one(dec!(8500), PAGE_000),
};
/// "se majorează cuantumul … la 50% din indemnizația inițială" for twins,
/// triplets and overlapping rights, from 19.09.2023 (seed `000`; seed
/// `004`'s older "1314 lei pentru fiecare dintre copii, începând cu cel de
/// al doilea" is replaced).
pub static INCREASE_SHARE: Param<Decimal> = Param {
    id: "icc.increase_share",
    values: &one(dec!(0.50), HG_865),
};
/// The ceiling of taxable income during the leave: "de cinci ori cuantumul
/// minim al unei indemnizaţii" (seed `004`), which it prints both as 6250
/// and as "maxim 6.570 lei, adică de 5 ori cuantumul minim". We compute it
/// from the minimum in force: 5 × 1314 = 6570.
pub static CEILING_TIMES_MINIMUM: Param<u32> = Param {
    id: "icc.ceiling_times_minimum",
    values: &one(5, PAGE_004_HG_52),
};
/// The other figure seed `004` prints for the same ceiling: "respectiv 6250
/// lei". Kept only to say that the page differs from itself.
pub static CEILING_OTHER_FIGURE: Param<Decimal> = Param {
    id: "icc.ceiling_other_figure",
    values: &one(dec!(6250), PAGE_004),
};
/// "sprijin lunar în cuantum de 45% din cuantumul minim al indemnizaţiei"
/// (seed `000`), for a parent with a severe or accentuated disability.
pub static DISABLED_PARENT_SHARE: Param<Decimal> = Param {
    id: "icc.disabled_parent_support_share",
    values: &one(dec!(0.45), PAGE_000),
};

/// The insertion incentive (seed `000`, "ANUNŢ IMPORTANT"; seed `004`,
/// "CUANTUMURI"): 1500 lei a month when work resumes before the child is 6
/// months (12 with a disability), until 2 years (3); 650 lei after that,
/// until 3 years (4).
pub static INCENTIVE_HIGHER: Param<Decimal> = Param {
    id: "insertion_incentive.higher",
    values: &one(dec!(1500), PAGE_000),
};
pub static INCENTIVE_LOWER: Param<Decimal> = Param {
    id: "insertion_incentive.lower",
    values: &one(dec!(650), PAGE_000),
};
/// "înainte de împlinirea vârstei de 6 luni a copilului" (seed `000`, which
/// stands): for every child, one with a disability too.
pub static INCENTIVE_EARLY_MONTHS: Param<u32> = Param {
    id: "insertion_incentive.early_months",
    values: &one(6, PAGE_000),
};
/// The other reading for a child with a disability: "respectiv 1 an în
/// cazul copilului încadrat în grad de handicap" (seed `004`, OUG 111/2010
/// art. 7). Only named beside ours; AJPIS decides (issue 17).
pub static INCENTIVE_EARLY_MONTHS_DISABLED_004: Param<u32> = Param {
    id: "insertion_incentive.early_months_disabled_004",
    values: &one(12, PAGE_004_ART_7),
};
pub static INCENTIVE_HIGHER_UNTIL_YEARS: Param<u32> = Param {
    id: "insertion_incentive.higher_until_years",
    values: &one(2, PAGE_000),
};
pub static INCENTIVE_HIGHER_UNTIL_YEARS_DISABLED: Param<u32> = Param {
    id: "insertion_incentive.higher_until_years_disabled",
    values: &one(3, PAGE_000),
};
pub static INCENTIVE_LOWER_UNTIL_YEARS: Param<u32> = Param {
    id: "insertion_incentive.lower_until_years",
    values: &one(3, PAGE_000),
};
pub static INCENTIVE_LOWER_UNTIL_YEARS_DISABLED: Param<u32> = Param {
    id: "insertion_incentive.lower_until_years_disabled",
    values: &one(4, PAGE_000),
};

/// The other parent's non-transferable share of the leave: "cel puțin 2
/// luni … începând cu data intrării în vigoare a HG nr. 865/2023"; "cu
/// drepturi stabilite până la data de 19.09.2023 … de cel puțin o lună"
/// (seed `000`).
pub const OTHER_PARENT_MONTHS: u32 = 2;
pub const OTHER_PARENT_MONTHS_BEFORE_2023: u32 = 1;
/// An exception to the share (seed `004`): the incentive asked "cu cel puţin
/// 3 luni înainte de împlinirea de către copil a vârstei de 2, respectiv 3
/// ani".
pub static SHARE_EXCEPTION_MONTHS_BEFORE: Param<u32> = Param {
    id: "icc.other_parent.exception_months_before",
    values: &one(3, PAGE_004),
};

// ---------------------------------------------------------------------------
// Terms (seed 000, "TERMENELE DE DEPUNERE", unless said otherwise)
// ---------------------------------------------------------------------------

/// "Cu maxim 30 de zile calendaristice înainte de expirarea concediului
/// postnatal, dar nu mai mult de 60 de zile lucrătoare de la ultima zi a
/// concediului postnatal".
pub static AFTER_LEAVE_OPENS_DAYS_BEFORE: Param<u32> = Param {
    id: "icc.term.after_leave.opens_days_before",
    values: &one(30, PAGE_000),
};
pub static AFTER_LEAVE_WORKING_DAYS: Param<u32> = Param {
    id: "icc.term.after_leave.working_days",
    values: &one(60, PAGE_000),
};
/// Seed `004` for the allowance after the maternity leave: "Începând cu
/// ziua următoare celei în care încetează concediul şi indemnizaţia de
/// maternitate … dacă cererea este depusă în termen de cel mult 60 de zile
/// de la acea dată" — bare days, beside its own "60 zile lucrătoare de la
/// … ultima zi a concediului de maternitate" and seed `000`'s "60 de zile
/// lucrătoare". The calendar days end first (issue 17). Counted, as seed
/// `000` counts, from the last day of the postnatal leave: a day before
/// seed `004`'s own count from the day after, so the date is safe under
/// every reading.
pub static AFTER_LEAVE_DAYS_004: Param<u32> = Param {
    id: "icc.term.after_leave.days_004",
    values: &one(60, PAGE_004),
};
/// "60 de zile calendaristice de la naştere dacă nu există concediu de
/// maternitate" (seed `000`); seed `004`: "în termen de cel mult 60 zile
/// lucrătoare de la data naşterii copilului, pentru persoanele care nu
/// îndeplinesc condiţiile legale pentru acordarea concediului de
/// maternitate". The pages differ; the calendar days end first.
pub static NO_LEAVE_CALENDAR_DAYS: Param<u32> = Param {
    id: "icc.term.no_leave.calendar_days",
    values: &one(60, PAGE_000),
};
pub static NO_LEAVE_WORKING_DAYS_004: Param<u32> = Param {
    id: "icc.term.no_leave.working_days_004",
    values: &one(60, PAGE_004),
};
/// "Începând cu data adopţiei, a instituirii tutelei, plasamentului … sau
/// încredinţării, dacă cererea este depusă în termen de cel mult 60 zile de
/// la acea dată" (seed `004`; seed `000` gives no term for these).
pub static DECISION_DAYS: Param<u32> = Param {
    id: "icc.term.decision.days",
    values: &one(60, PAGE_004),
};
/// "30 de zile calendaristice în cazul în care se face trecerea din
/// indemnizaţie … în stimulent (şi invers) sau … de la un părinte la
/// celalalt".
pub static SWITCH_DAYS: Param<u32> = Param {
    id: "icc.term.switch.days",
    values: &one(30, PAGE_000),
};
/// "începând cu 60 de zile înainte de împlinirea vârstei de 2 ani a unui
/// copil şi până la împlinirea vârstei de 2 ani a aceluiași copil" (one
/// child's leave followed by the next's).
pub static NEXT_CHILD_OPENS_DAYS_BEFORE: Param<u32> = Param {
    id: "icc.term.next_child.opens_days_before",
    values: &one(60, PAGE_000),
};
/// The other parent's leave: "începând cu 30 de zile înainte de data cu care
/// se solicită concediul și până la 15 zile de la data cu care se solicită".
pub static OTHER_PARENT_DAYS_BEFORE: Param<u32> = Param {
    id: "icc.term.other_parent.days_before",
    values: &one(30, PAGE_000),
};
pub static OTHER_PARENT_DAYS_AFTER: Param<u32> = Param {
    id: "icc.term.other_parent.days_after",
    values: &one(15, PAGE_000),
};
/// "60 de zile lucrătoare de la nașterea unui al doilea copil, în timp ce
/// părintele se află în concediu cu alt copil".
pub static SUPPLEMENT_WORKING_DAYS: Param<u32> = Param {
    id: "further_birth_supplement.term.working_days",
    values: &one(60, PAGE_000),
};
/// "30 de zile lucrătoare de la data reluării activitaţii".
pub static INCENTIVE_WORKING_DAYS: Param<u32> = Param {
    id: "insertion_incentive.term.working_days",
    values: &one(30, PAGE_000),
};
/// Going back to work during the leave: "în maxim 15 zile lucrătoare, cerere
/// de încetare" (seed `004`), before the incentive's own request.
pub static END_ON_RETURN_WORKING_DAYS: Param<u32> = Param {
    id: "icc.duty.end_on_return.working_days",
    values: &one(15, PAGE_004),
};
/// "orice modificare … de natură să determine încetarea sau suspendarea
/// plăţii drepturilor, în maxim 15 zile lucrătoare" (seed `004`).
pub static REPORT_INCENTIVE_CHANGES_WORKING_DAYS: Param<u32> = Param {
    id: "insertion_incentive.duty.report_changes.working_days",
    values: &one(15, PAGE_004),
};
/// A child with a disability: "cu 30 de zile înainte de împlinirea vârstei
/// de 2/3 ani sau în 30 de zile de la emiterea certificatului" (seed
/// `000`); seed `004` gives "60 zile" from a certificate issued after age 2.
pub static DISABILITY_EXTENSION_DAYS: Param<u32> = Param {
    id: "icc.term.disability_extension.days",
    values: &one(30, PAGE_000),
};
pub static DISABILITY_EXTENSION_DAYS_004: Param<u32> = Param {
    id: "icc.term.disability_extension.days_004",
    values: &one(60, PAGE_004),
};
/// "începând cu 30 de zile înainte până la împlinirea vârstei de 3 ani,
/// pentru concediu/indemnizație creștere/ stimulent inserție copil cu
/// handicap de la 3 la 7 ani".
pub static FROM_THREE_OPENS_DAYS_BEFORE: Param<u32> = Param {
    id: "icc.term.from_three.opens_days_before",
    values: &one(30, PAGE_000),
};
/// "30 de zile de la obținerea certificatului …, pentru copiii aflați între
/// 4 și 7 ani".
pub static FROM_FOUR_CERTIFICATE_DAYS: Param<u32> = Param {
    id: "icc.term.from_four.certificate_days",
    values: &one(30, PAGE_000),
};
