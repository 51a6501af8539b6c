//! Suplimentul pentru energie (Legea 226/2021), checked case by case.
//!
//! Seed 004, section "SUPLIMENTUL PENTRU ENERGIE":
//!   "Familiile al căror venit net mediu/membru de familie este de până la
//!   1.386 lei şi persoane singure ale căror venit net este de până la 2.053
//!   lei beneficiază lunar … de un supliment pentru energie în sumă fixă …
//!   a). 30 lei/lună pentru consumul de energie electrică
//!   b). 10 lei/lună pentru consumul de gaze naturale
//!   c). 20 lei/lună pentru consumul de combustibili solizi şi/sau petrolieri"
//!   "se plăteşte astfel: a). furnizorului … în cazul suplimentului prevăzut
//!   la lit. “a” – “b”; b). direct titularului, în cazul suplimentului
//!   prevăzut la lit. “c”"
//!   "Suplimentul pentru energie se acordă cumulat, în funcţie de sursele de
//!   furnizare a energiei utilizate. În situaţia în care singura sursă de
//!   energie utilizată este energia electrică, cuantumul suplimentului este
//!   de 70 lei/lună."
//!
//! Every expected sum below is added up by hand from those lines.

mod common;

use common::*;
use eligibil::rules::household::{Answer, EnergySource, HeatingSystem, Residence, ResidenceKind};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{
    Amount, Check, Criterion, DeadlineId, Document, Note, Payee, Status, SupplementPart,
};
use eligibil::rules::source::Seed;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use EnergySource::{DistrictHeating, Electricity, NaturalGas, SolidOrPetroleum};

/// A family of two with 1000.00 lei per member (2000.00 / 2 ≤ 1386), every
/// question answered, using `sources`; heated with the first source that
/// heats (the heating only matters to the heating aid).
fn family_using(sources: &[EnergySource]) -> eligibil::rules::household::Household {
    let heating = match sources.first() {
        Some(NaturalGas) => HeatingSystem::NaturalGas,
        Some(Electricity) => HeatingSystem::Electricity,
        Some(SolidOrPetroleum) => HeatingSystem::SolidOrPetroleum,
        Some(DistrictHeating) => HeatingSystem::DistrictHeating,
        None => HeatingSystem::None,
    };
    answered(family_with_total(2, "2000.00"), heating, sources)
}

fn amount_for(sources: &[EnergySource]) -> Option<Amount> {
    let ev = run(&family_using(sources), check_date());
    supplement(&ev).amount.clone()
}

/// (part, lei a month, paid to) for each part, in the engine's order.
fn parts(amount: &Amount) -> Vec<(SupplementPart, Decimal, Payee)> {
    amount
        .parts
        .iter()
        .map(|p| (p.part, p.monthly, p.paid_to))
        .collect()
}

fn has_part(amount: &Amount, part: SupplementPart, monthly: Decimal, paid_to: Payee) -> bool {
    parts(amount).contains(&(part, monthly, paid_to))
}

// ---------------------------------------------------------------------------
// Who gets it: the same income limits as the heating aid
// ---------------------------------------------------------------------------

#[test]
fn family_of_two_at_exactly_1386_per_member_gets_the_supplement() {
    // 2772.00 / 2 = 1386.00 ≤ 1386 ("de până la 1.386 lei").
    let ev = run(&answered_gas(family_with_total(2, "2772.00")), check_date());
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Pass, Some(dec!(1386.00)), Some(dec!(1386)))
    );
    assert_eq!(supplement(&ev).status, Status::Eligible);
}

#[test]
fn family_of_two_one_ban_over_1386_per_member_gets_no_supplement() {
    // 2772.02 / 2 = 1386.01 > 1386.
    let ev = run(&answered_gas(family_with_total(2, "2772.02")), check_date());
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
    assert_eq!(supplement(&ev).status, Status::NotEligible);
    assert_eq!(supplement(&ev).amount, None);
}

#[test]
fn family_of_three_at_exactly_1386_per_member_gets_the_supplement() {
    // 3 × 1386 = 4158.00; 4158.00 / 3 = 1386.00 ≤ 1386.
    let ev = run(&answered_gas(family_with_total(3, "4158.00")), check_date());
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Pass, Some(dec!(1386.00)), Some(dec!(1386)))
    );
    assert_eq!(supplement(&ev).status, Status::Eligible);
}

#[test]
fn family_of_three_one_ban_over_1386_per_member_gets_no_supplement() {
    // 3 × 1386.01 = 4158.03; 4158.03 / 3 = 1386.01 > 1386.
    let ev = run(&answered_gas(family_with_total(3, "4158.03")), check_date());
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
    assert_eq!(supplement(&ev).status, Status::NotEligible);
}

#[test]
fn supplement_compares_the_average_rounded_to_the_ban() {
    // Rounded to 2 decimals, half away from zero, then compared.
    // 4158.01 / 3 = 1386.00333… → 1386.00 ≤ 1386 → passes.
    let ev = run(&answered_gas(family_with_total(3, "4158.01")), check_date());
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Pass, Some(dec!(1386.00)), Some(dec!(1386)))
    );
    assert_eq!(supplement(&ev).status, Status::Eligible);
    // 4158.02 / 3 = 1386.00666… → 1386.01 > 1386 → fails.
    let ev = run(&answered_gas(family_with_total(3, "4158.02")), check_date());
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
    assert_eq!(supplement(&ev).status, Status::NotEligible);
    // 2772.01 / 2 = 1386.005 (half a ban) → away from zero → 1386.01 → fails.
    let ev = run(&answered_gas(family_with_total(2, "2772.01")), check_date());
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
}

#[test]
fn single_person_at_exactly_2053_gets_the_supplement() {
    // "persoane singure ale căror venit net este de până la 2.053 lei".
    let ev = run(
        &answered_gas(vec![applicant_earning("2053.00")]),
        check_date(),
    );
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Pass, Some(dec!(2053.00)), Some(dec!(2053)))
    );
    assert_eq!(supplement(&ev).status, Status::Eligible);
}

#[test]
fn single_person_one_ban_over_2053_gets_no_supplement() {
    let ev = run(
        &answered_gas(vec![applicant_earning("2053.01")]),
        check_date(),
    );
    assert_eq!(
        income_check(supplement(&ev)),
        (Check::Fail, Some(dec!(2053.01)), Some(dec!(2053)))
    );
    assert_eq!(supplement(&ev).status, Status::NotEligible);
}

#[test]
fn owning_excluding_assets_rules_out_the_supplement_too() {
    // The supplement is granted "atunci când sunt îndeplinite condiţiile de
    // acordare a ajutorului pentru încălzire", which include owning nothing
    // that excludes.
    let mut h = family_using(&[Electricity]);
    h.assets.excluding = Some(Answer::Yes);
    let ev = run(&h, check_date());
    assert_eq!(supplement(&ev).status, Status::NotEligible);
    assert_eq!(supplement(&ev).amount, None);
}

#[test]
fn residence_outside_cluj_napoca_still_gets_the_supplement_filed_at_home() {
    // Legea 226/2021 is national; seed 000: DASM Cluj-Napoca registers only
    // its residents' dossiers, so the person files in their own town.
    let mut h = family_using(&[Electricity]);
    h.residence = Some(Residence {
        municipality: MunicipalityId::Other,
        kind: ResidenceKind::Domiciliu,
    });
    let ev = run(&h, check_date());
    assert_eq!(supplement(&ev).status, Status::Eligible);
    assert!(has_note(supplement(&ev), |n| matches!(
        n,
        Note::FileWhereYouLive
    )));
}

// ---------------------------------------------------------------------------
// How much, and to whom
// ---------------------------------------------------------------------------

#[test]
fn electricity_as_the_only_source_gets_70_lei_paid_to_the_supplier() {
    // "singura sursă de energie utilizată este energia electrică … 70 lei/lună",
    // electricity is lit. a) → paid "furnizorului".
    let amount = amount_for(&[Electricity]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(70));
    assert_eq!(
        parts(&amount),
        [(SupplementPart::ElectricityOnly, dec!(70), Payee::Supplier)]
    );
}

#[test]
fn electricity_and_gas_add_up_to_40_lei_both_paid_to_the_suppliers() {
    // Cumulative: 30 (a, electricity) + 10 (b, gas) = 40 lei/month; a)–b) go
    // to the supplier.
    let amount = amount_for(&[NaturalGas, Electricity]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(40));
    assert_eq!(amount.parts.len(), 2);
    assert!(has_part(
        &amount,
        SupplementPart::Electricity,
        dec!(30),
        Payee::Supplier
    ));
    assert!(has_part(
        &amount,
        SupplementPart::NaturalGas,
        dec!(10),
        Payee::Supplier
    ));
}

#[test]
fn electricity_and_wood_add_up_to_50_lei_wood_part_paid_to_the_applicant() {
    // 30 (a, electricity → supplier) + 20 (c, solid fuel → "direct
    // titularului") = 50 lei/month.
    let amount = amount_for(&[SolidOrPetroleum, Electricity]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(50));
    assert_eq!(amount.parts.len(), 2);
    assert!(has_part(
        &amount,
        SupplementPart::Electricity,
        dec!(30),
        Payee::Supplier
    ));
    assert!(has_part(
        &amount,
        SupplementPart::SolidOrPetroleum,
        dec!(20),
        Payee::Applicant
    ));
}

#[test]
fn electricity_gas_and_solid_fuel_add_up_to_60_lei() {
    // 30 + 10 + 20 = 60 lei/month.
    let amount = amount_for(&[NaturalGas, Electricity, SolidOrPetroleum]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(60));
    assert_eq!(amount.parts.len(), 3);
    assert!(has_part(
        &amount,
        SupplementPart::Electricity,
        dec!(30),
        Payee::Supplier
    ));
    assert!(has_part(
        &amount,
        SupplementPart::NaturalGas,
        dec!(10),
        Payee::Supplier
    ));
    assert!(has_part(
        &amount,
        SupplementPart::SolidOrPetroleum,
        dec!(20),
        Payee::Applicant
    ));
}

#[test]
fn gas_alone_gets_10_lei_paid_to_the_supplier() {
    let amount = amount_for(&[NaturalGas]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(10));
    assert_eq!(
        parts(&amount),
        [(SupplementPart::NaturalGas, dec!(10), Payee::Supplier)]
    );
}

#[test]
fn solid_fuel_alone_gets_20_lei_paid_to_the_applicant() {
    let amount = amount_for(&[SolidOrPetroleum]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(20));
    assert_eq!(
        parts(&amount),
        [(SupplementPart::SolidOrPetroleum, dec!(20), Payee::Applicant)]
    );
}

#[test]
fn gas_and_solid_fuel_add_up_to_30_lei_split_between_supplier_and_applicant() {
    // 10 (b → supplier) + 20 (c → applicant) = 30 lei/month.
    let amount = amount_for(&[NaturalGas, SolidOrPetroleum]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(30));
    assert!(has_part(
        &amount,
        SupplementPart::NaturalGas,
        dec!(10),
        Payee::Supplier
    ));
    assert!(has_part(
        &amount,
        SupplementPart::SolidOrPetroleum,
        dec!(20),
        Payee::Applicant
    ));
}

#[test]
fn electricity_with_district_heating_gets_30_not_70() {
    // Electricity is not "singura sursă de energie utilizată" when the home
    // also takes district heat, so lit. a) applies: 30 lei. District heating
    // is none of a)–c) and adds nothing.
    let amount = amount_for(&[DistrictHeating, Electricity]).expect("eligible");
    assert_eq!(amount.monthly_total, dec!(30));
    assert_eq!(
        parts(&amount),
        [(SupplementPart::Electricity, dec!(30), Payee::Supplier)]
    );
}

#[test]
fn district_heating_alone_gets_no_supplement() {
    // None of a)–c) is used: nothing to pay for.
    let ev = run(&family_using(&[DistrictHeating]), check_date());
    let s = supplement(&ev);
    assert_eq!(s.status, Status::NotEligible);
    assert_eq!(s.amount, None);
    assert_eq!(
        reason(s, |c| matches!(c, Criterion::SupplementSource { .. })).check,
        Check::Fail
    );
}

#[test]
fn household_using_no_energy_source_gets_no_supplement() {
    // `energy_sources: []` = asked: none used; unheated.
    let ev = run(&family_using(&[]), check_date());
    assert_eq!(supplement(&ev).status, Status::NotEligible);
    assert_eq!(supplement(&ev).amount, None);
}

#[test]
fn monthly_total_is_the_sum_of_its_parts() {
    for sources in [
        vec![Electricity],
        vec![NaturalGas],
        vec![SolidOrPetroleum],
        vec![NaturalGas, Electricity],
        vec![SolidOrPetroleum, Electricity],
        vec![NaturalGas, SolidOrPetroleum],
        vec![NaturalGas, Electricity, SolidOrPetroleum],
        vec![DistrictHeating, Electricity],
    ] {
        let amount = amount_for(&sources).expect("eligible");
        let sum: Decimal = amount.parts.iter().map(|p| p.monthly).sum();
        assert_eq!(amount.monthly_total, sum, "{sources:?}");
    }
}

#[test]
fn every_part_cites_legea_226_2021_on_seed_004() {
    let amount = amount_for(&[NaturalGas, Electricity, SolidOrPetroleum]).expect("eligible");
    for part in &amount.parts {
        assert_eq!(part.source.seed, Some(Seed::DasNavodari), "{:?}", part.part);
        assert_eq!(part.source.act, Some("Legea 226/2021"), "{:?}", part.part);
    }
}

// ---------------------------------------------------------------------------
// When and with what
// ---------------------------------------------------------------------------

#[test]
fn supplement_is_paid_outside_the_cold_season_too() {
    // "Suplimentul se acordă lunar, pe tot parcursul anului": a check on
    // 1 July 2027 still gives the sum (electricity only: 70 lei).
    let ev = run(
        &family_using(&[Electricity]),
        chrono::NaiveDate::from_ymd_opt(2027, 7, 1).unwrap(),
    );
    assert_eq!(supplement(&ev).status, Status::Eligible);
    assert_eq!(
        supplement(&ev).amount.as_ref().map(|a| a.monthly_total),
        Some(dec!(70))
    );
}

#[test]
fn supplement_can_be_asked_for_with_or_without_the_heating_aid() {
    // "poate fi solicitat împreună cu ajutorul pentru încălzirea locuinţei
    // sau separat".
    let ev = run(&family_using(&[NaturalGas, Electricity]), check_date());
    assert!(has_note(supplement(&ev), |n| matches!(
        n,
        Note::SupplementWithOrWithoutHeatingAid
    )));
}

#[test]
fn district_heated_family_using_electricity_gets_30_lei_while_heating_aid_goes_to_the_office() {
    // The heating aid cannot be decided from the pages (termoficare is not
    // mentioned), but the supplement can: electricity + district heat → 30.
    let h = answered(
        family_with_total(2, "2000.00"),
        HeatingSystem::DistrictHeating,
        &[Electricity, DistrictHeating],
    );
    let ev = run(&h, check_date());
    assert_eq!(heating_aid(&ev).status, Status::NeedsMoreInfo);
    assert_eq!(supplement(&ev).status, Status::Eligible);
    assert_eq!(
        supplement(&ev).amount.as_ref().map(|a| a.monthly_total),
        Some(dec!(30))
    );
}

#[test]
fn supplement_dossier_holds_the_opis_and_the_report_changes_deadline() {
    // Same application and obligations as the heating aid (seed 004, seed 000).
    let ev = run(&family_using(&[NaturalGas, Electricity]), check_date());
    let s = supplement(&ev);
    let papers = docs(s);
    assert!(papers.contains(&Document::DossierIndex));
    assert!(papers.contains(&Document::IdentityCardCopy { member: 0 }));
    assert_eq!(s.deadlines.len(), 1);
    assert_eq!(s.deadlines[0].deadline, DeadlineId::ReportChanges);
    // 22 Nov 2026 + 5 calendar days = 27 Nov 2026.
    assert_eq!(
        s.deadlines[0].computed.as_ref().map(|c| c.due),
        Some(d(2026, 11, 27))
    );
}

#[test]
fn family_over_the_limit_gets_no_supplement_papers_or_notes() {
    // 4000.00 / 2 = 2000.00 > 1386.
    let ev = run(&answered_gas(family_with_total(2, "4000.00")), check_date());
    let s = supplement(&ev);
    assert_eq!(s.status, Status::NotEligible);
    assert_eq!(s.amount, None);
    assert!(s.documents.is_empty());
    assert!(s.deadlines.is_empty());
    assert!(s.needs.is_empty());
}
