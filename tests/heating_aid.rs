//! Ajutorul pentru încălzirea locuinței (Legea 226/2021), checked case by
//! case the way a caseworker at DASM Cluj-Napoca would.
//!
//! The rules are on seed 004 (DAS Năvodari, national rules), section "AJUTOR
//! PENTRU INCALZIREA LOCUINTEI SI SUPLIMENT LUNAR PENTRU ENERGIE", and the
//! Cluj-Napoca specifics on seed 000 (DASM Cluj-Napoca). Every expected value
//! below is worked out by hand from those pages; the quoted words are theirs.
//! The papers, deadlines and date limits the two benefits share are tested
//! here once (the supplement's own file checks that it carries them too).
//!
//! Unless a test says otherwise the check is dated Sunday 22 November 2026
//! (`check_date()`), so the income month is October 2026.

mod common;

use common::*;
use eligibil::rules::calendar::HolidayId;
use eligibil::rules::household::{
    Answer, EnergySource, HeatingSystem, Household, IncomeKind, Residence, ResidenceKind, Role,
    Tenure,
};
use eligibil::rules::municipality::MunicipalityId;
use eligibil::rules::outcome::{
    Anchor, Check, Criterion, DayUnit, DeadlineId, Document, HouseholdKind, Note, Status, YearMonth,
};
use eligibil::rules::params::ParamError;
use eligibil::rules::source::Seed;
use eligibil::rules::EngineError;
use rust_decimal_macros::dec;

fn heating_status(household: &Household) -> Status {
    heating_aid(&run(household, check_date())).status
}

// ---------------------------------------------------------------------------
// Income per family member: the family limit, 1 386 lei
// seed 004: "al căror venit net pe membru de familie este: de până la 1.386
// lei în cazul familiilor". "de până la" = up to and including.
// ---------------------------------------------------------------------------

#[test]
fn family_of_two_at_exactly_1386_per_member_qualifies() {
    // 2 members × 1386.00 = 2772.00 lei total; 2772.00 / 2 = 1386.00 ≤ 1386.
    let ev = run(&answered_gas(family_with_total(2, "2772.00")), check_date());
    let aid = heating_aid(&ev);
    assert_eq!(
        income_check(aid),
        (Check::Pass, Some(dec!(1386.00)), Some(dec!(1386)))
    );
    assert_eq!(aid.status, Status::Eligible);
}

#[test]
fn family_of_two_one_ban_over_1386_per_member_does_not_qualify() {
    // 2 × 1386.01 = 2772.02 lei; 2772.02 / 2 = 1386.01 > 1386.
    let ev = run(&answered_gas(family_with_total(2, "2772.02")), check_date());
    let aid = heating_aid(&ev);
    assert_eq!(
        income_check(aid),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
    assert_eq!(aid.status, Status::NotEligible);
}

#[test]
fn family_of_three_at_exactly_1386_per_member_qualifies() {
    // seed 004: "de până la 1.386 lei în cazul familiilor"; 3 members × 1386
    // = 4158.00 total; 4158.00 / 3 = 1386.00 ≤ 1386.
    let ev = run(&answered_gas(family_with_total(3, "4158.00")), check_date());
    let aid = heating_aid(&ev);
    assert_eq!(
        income_check(aid),
        (Check::Pass, Some(dec!(1386.00)), Some(dec!(1386)))
    );
    assert_eq!(aid.status, Status::Eligible);
}

#[test]
fn family_of_three_one_ban_over_1386_per_member_does_not_qualify() {
    // 3 × 1386.01 = 4158.03 lei; 4158.03 / 3 = 1386.01 exactly > 1386.
    let ev = run(&answered_gas(family_with_total(3, "4158.03")), check_date());
    let aid = heating_aid(&ev);
    assert_eq!(
        income_check(aid),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
    assert_eq!(aid.status, Status::NotEligible);
}

#[test]
fn family_average_is_rounded_to_the_ban_before_it_is_compared() {
    // The engine rounds the average to the ban (2 decimals, half away from
    // zero) and compares that rounded figure, so the person sees the number
    // that decides. The page states the limit in whole lei, never in
    // fractions of a ban.
    //
    // 4158.01 / 3 = 1386.00333…  → rounds down to 1386.00 → ≤ 1386: passes.
    let ev = run(&answered_gas(family_with_total(3, "4158.01")), check_date());
    assert_eq!(
        income_check(heating_aid(&ev)),
        (Check::Pass, Some(dec!(1386.00)), Some(dec!(1386)))
    );
    assert_eq!(heating_aid(&ev).status, Status::Eligible);

    // 4158.02 / 3 = 1386.00666…  → rounds up to 1386.01 → > 1386: fails.
    let ev = run(&answered_gas(family_with_total(3, "4158.02")), check_date());
    assert_eq!(
        income_check(heating_aid(&ev)),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
    assert_eq!(heating_aid(&ev).status, Status::NotEligible);
}

#[test]
fn family_average_of_exactly_half_a_ban_over_rounds_up_and_fails() {
    // 2772.01 / 2 = 1386.005: exactly half a ban. Half away from zero gives
    // 1386.01 > 1386 → fails. (Banker's rounding would give 1386.00 and pass;
    // the engine does not use it.)
    let ev = run(&answered_gas(family_with_total(2, "2772.01")), check_date());
    assert_eq!(
        income_check(heating_aid(&ev)),
        (Check::Fail, Some(dec!(1386.01)), Some(dec!(1386)))
    );
    assert_eq!(heating_aid(&ev).status, Status::NotEligible);
}

#[test]
fn every_members_incomes_of_every_kind_are_added_before_dividing() {
    // Applicant: salary 1000.00 + self-employment 300.00; spouse: pension
    // 1200.50; child: maintenance 250.00.
    // Total = 1000.00 + 300.00 + 1200.50 + 250.00 = 2750.50 lei.
    // 2750.50 / 3 = 916.8333… → 916.83 ≤ 1386 → passes.
    let members = vec![
        person(
            Role::Applicant,
            d(1980, 1, 15),
            vec![
                income(IncomeKind::Salary, "1000.00"),
                income(IncomeKind::SelfEmployment, "300.00"),
            ],
        ),
        person(
            Role::Spouse,
            d(1958, 4, 2),
            vec![income(IncomeKind::Pension, "1200.50")],
        ),
        person(
            Role::Child,
            d(2016, 9, 9),
            vec![income(IncomeKind::Maintenance, "250.00")],
        ),
    ];
    let ev = run(&answered_gas(members), check_date());
    let aid = heating_aid(&ev);
    let r = reason(aid, |c| matches!(c, Criterion::IncomePerMember { .. }));
    match &r.criterion {
        Criterion::IncomePerMember {
            household,
            members,
            total_net,
            per_member,
            income_month,
            ..
        } => {
            assert_eq!(*household, Some(HouseholdKind::Family));
            assert_eq!(*members, 3);
            assert_eq!(*total_net, Some(dec!(2750.50)));
            assert_eq!(*per_member, Some(dec!(916.83)));
            // seed 004: "veniturile realizate în luna anterioară depunerii
            // cererii": checked in November 2026 → October 2026.
            assert_eq!(
                *income_month,
                YearMonth {
                    year: 2026,
                    month: 10
                }
            );
        }
        _ => unreachable!(),
    }
    assert_eq!(r.check, Check::Pass);
}

#[test]
fn income_limit_is_cited_from_legea_226_2021_on_seed_004() {
    let ev = run(&answered_gas(family_with_total(2, "1000.00")), check_date());
    let r = reason(heating_aid(&ev), |c| {
        matches!(c, Criterion::IncomePerMember { .. })
    });
    assert_eq!(r.source.seed, Some(Seed::DasNavodari));
    assert_eq!(r.source.act, Some("Legea 226/2021"));
    // No page says since when these figures apply: they are dated by the
    // day the page was read, and say so.
    assert_eq!(r.source.effective_from, d(2026, 11, 22));
    assert_eq!(
        r.source.date_basis,
        eligibil::rules::source::DateBasis::PageReadOn
    );
}

// ---------------------------------------------------------------------------
// The single person's limit, 2 053 lei
// seed 004: "de până la 2.053 lei în cazul persoanei singure".
// ---------------------------------------------------------------------------

#[test]
fn single_person_at_exactly_2053_qualifies() {
    // One member: the net income is the figure compared. 2053.00 ≤ 2053.
    let ev = run(
        &answered_gas(vec![applicant_earning("2053.00")]),
        check_date(),
    );
    let aid = heating_aid(&ev);
    assert_eq!(
        income_check(aid),
        (Check::Pass, Some(dec!(2053.00)), Some(dec!(2053)))
    );
    assert_eq!(aid.status, Status::Eligible);
}

#[test]
fn single_person_one_ban_over_2053_does_not_qualify() {
    // 2053.01 > 2053.
    let ev = run(
        &answered_gas(vec![applicant_earning("2053.01")]),
        check_date(),
    );
    let aid = heating_aid(&ev);
    assert_eq!(
        income_check(aid),
        (Check::Fail, Some(dec!(2053.01)), Some(dec!(2053)))
    );
    assert_eq!(aid.status, Status::NotEligible);
}

#[test]
fn single_person_is_held_to_2053_and_a_family_to_1386_per_member() {
    // 1700.00 lei: above the family limit (1386) but within the single
    // person's (2053). A person living alone qualifies …
    let alone = run(
        &answered_gas(vec![applicant_earning("1700.00")]),
        check_date(),
    );
    let r = reason(heating_aid(&alone), |c| {
        matches!(c, Criterion::IncomePerMember { .. })
    });
    assert!(matches!(
        r.criterion,
        Criterion::IncomePerMember {
            household: Some(HouseholdKind::SinglePerson),
            members: 1,
            ..
        }
    ));
    assert_eq!(heating_aid(&alone).status, Status::Eligible);

    // … while a couple with 1700.00 lei each (3400.00 / 2 = 1700.00 > 1386)
    // does not.
    let couple = vec![
        applicant_earning("1700.00"),
        person(
            Role::Spouse,
            d(1986, 3, 3),
            vec![income(IncomeKind::Salary, "1700.00")],
        ),
    ];
    let together = run(&answered_gas(couple), check_date());
    assert_eq!(
        income_check(heating_aid(&together)),
        (Check::Fail, Some(dec!(1700.00)), Some(dec!(1386)))
    );
    assert_eq!(heating_aid(&together).status, Status::NotEligible);
}

#[test]
fn single_person_with_no_income_at_all_qualifies() {
    // `incomes: []` means "asked: no income": 0.00 ≤ 2053.
    let alone = vec![person(Role::Applicant, d(1970, 8, 20), vec![])];
    let ev = run(&answered_gas(alone), check_date());
    assert_eq!(
        income_check(heating_aid(&ev)),
        (Check::Pass, Some(dec!(0)), Some(dec!(2053)))
    );
    assert_eq!(heating_aid(&ev).status, Status::Eligible);
}

// ---------------------------------------------------------------------------
// The amount: the pages give no table
// ---------------------------------------------------------------------------

#[test]
fn eligible_household_is_given_no_heating_aid_amount_and_is_sent_to_the_office() {
    // Seed 004 gives the income limits and the supplement's sums but no table
    // of heating aid amounts; seed 000 lists the office's "Plafoane și
    // cuantumuri" form. So: no amount, and the note that the office sets it.
    let ev = run(&answered_gas(family_with_total(3, "2700.00")), check_date());
    let aid = heating_aid(&ev);
    assert_eq!(aid.status, Status::Eligible);
    assert_eq!(aid.amount, None);
    assert!(has_note(aid, |n| matches!(n, Note::AmountSetByOffice)));
}

#[test]
fn heating_aid_never_has_an_amount_whatever_the_heating() {
    let members = || family_with_total(2, "2000.00"); // 1000.00 per member
    for (heating, sources) in [
        (HeatingSystem::NaturalGas, vec![EnergySource::NaturalGas]),
        (HeatingSystem::Electricity, vec![EnergySource::Electricity]),
        (
            HeatingSystem::SolidOrPetroleum,
            vec![EnergySource::SolidOrPetroleum],
        ),
    ] {
        let ev = run(&answered(members(), heating, &sources), check_date());
        assert_eq!(heating_aid(&ev).status, Status::Eligible, "{heating:?}");
        assert_eq!(heating_aid(&ev).amount, None, "{heating:?}");
        assert!(
            has_note(heating_aid(&ev), |n| matches!(n, Note::AmountSetByOffice)),
            "{heating:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// How the home is heated
// seed 004: "ajutor pentru încălzirea locuinţei cu combustibil solid, gaze
// naturale şi energie electrică"; nothing about district heating.
// ---------------------------------------------------------------------------

#[test]
fn home_heated_with_gas_electricity_or_solid_fuel_is_covered() {
    for (heating, source) in [
        (HeatingSystem::NaturalGas, EnergySource::NaturalGas),
        (HeatingSystem::Electricity, EnergySource::Electricity),
        (
            HeatingSystem::SolidOrPetroleum,
            EnergySource::SolidOrPetroleum,
        ),
    ] {
        let ev = run(
            &answered(family_with_total(2, "2000.00"), heating, &[source]),
            check_date(),
        );
        let r = reason(heating_aid(&ev), |c| {
            matches!(c, Criterion::HeatingSystemCovered { .. })
        });
        assert_eq!(r.check, Check::Pass, "{heating:?}");
    }
}

#[test]
fn district_heating_is_left_to_the_office_with_nothing_more_to_ask() {
    // The pages never mention termoficare: the engine says neither yes nor
    // no, asks nothing more about eligibility and tells the person to ask.
    let h = answered(
        family_with_total(2, "2000.00"),
        HeatingSystem::DistrictHeating,
        &[EnergySource::Electricity, EnergySource::DistrictHeating],
    );
    let ev = run(&h, check_date());
    let aid = heating_aid(&ev);
    assert_eq!(aid.status, Status::NeedsMoreInfo);
    assert!(
        aid.needs.is_empty(),
        "nothing the person could answer decides it: {:?}",
        aid.needs
    );
    assert!(has_note(aid, |n| matches!(
        n,
        Note::DistrictHeatingNotOnPages
    )));
    let r = reason(aid, |c| matches!(c, Criterion::HeatingSystemCovered { .. }));
    assert_eq!(r.check, Check::Unknown);
}

#[test]
fn unheated_home_gets_no_heating_aid() {
    // The aid is "pentru încălzirea locuinţei": a home that is not heated
    // has nothing to help with. Electricity is still used (not for heating).
    let h = answered(
        family_with_total(2, "2000.00"),
        HeatingSystem::None,
        &[EnergySource::Electricity],
    );
    let ev = run(&h, check_date());
    let aid = heating_aid(&ev);
    assert_eq!(aid.status, Status::NotEligible);
    assert_eq!(
        reason(aid, |c| matches!(c, Criterion::HeatingSystemCovered { .. })).check,
        Check::Fail
    );
    assert!(aid.needs.is_empty());
    assert!(
        aid.documents.is_empty(),
        "no papers for an aid one cannot get"
    );
}

// ---------------------------------------------------------------------------
// Assets that exclude
// seed 004: "care nu deţin bunuri care să excludă de la acordarea ajutorului"
// (the list is the office's "Lista bunurilor" form, seed 000).
// ---------------------------------------------------------------------------

#[test]
fn owning_an_asset_on_the_excluding_list_disqualifies() {
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.assets.excluding = Some(Answer::Yes);
    let ev = run(&h, check_date());
    let aid = heating_aid(&ev);
    assert_eq!(aid.status, Status::NotEligible);
    assert_eq!(
        reason(aid, |c| matches!(c, Criterion::NoExcludingAssets { .. })).check,
        Check::Fail
    );
    assert!(aid.needs.is_empty());
}

#[test]
fn not_sure_about_excluding_assets_leaves_it_to_the_office_with_nothing_more_to_ask() {
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.assets.excluding = Some(Answer::NotSure);
    let ev = run(&h, check_date());
    let aid = heating_aid(&ev);
    assert_eq!(aid.status, Status::NeedsMoreInfo);
    assert!(
        aid.needs.is_empty(),
        "asking again would not help: {:?}",
        aid.needs
    );
    assert_eq!(
        reason(aid, |c| matches!(c, Criterion::NoExcludingAssets { .. })).check,
        Check::Unknown
    );
    // The person is pointed to the list at the office.
    assert!(has_note(aid, |n| matches!(n, Note::AssetListAtOffice)));
}

#[test]
fn owning_nothing_on_the_list_passes_and_needs_no_pointer_to_the_list() {
    let ev = run(&answered_gas(family_with_total(2, "2000.00")), check_date());
    let aid = heating_aid(&ev);
    assert_eq!(
        reason(aid, |c| matches!(c, Criterion::NoExcludingAssets { .. })).check,
        Check::Pass
    );
    assert!(!has_note(aid, |n| matches!(n, Note::AssetListAtOffice)));
}

// ---------------------------------------------------------------------------
// Where the applicant lives
// seed 000: "Solicitantul trebuie să fie cetățean cu domiciliul sau
// reședința în municipiul Cluj-Napoca".
// ---------------------------------------------------------------------------

#[test]
fn residence_outside_cluj_napoca_is_screened_alike_and_sent_to_its_own_town() {
    // Legea 226/2021 is national: the same conditions in every town. Only
    // the office differs: seed 000, DASM Cluj-Napoca registers dossiers of
    // people with "domiciliul sau reședința în municipiul Cluj-Napoca", so
    // someone living elsewhere files at their own town's office.
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.residence = Some(Residence {
        municipality: MunicipalityId::Other,
        kind: ResidenceKind::Domiciliu,
    });
    let ev = run(&h, check_date());
    let aid = heating_aid(&ev);
    // 2000.00 / 2 = 1000.00 <= 1386: the income test passes as anywhere.
    assert_eq!(aid.status, Status::Eligible);
    assert_eq!(
        reason(aid, |c| matches!(c, Criterion::Residence { .. })).check,
        Check::Pass
    );
    assert!(has_note(aid, |n| matches!(n, Note::FileWhereYouLive)));
    assert_eq!(ev.office, None, "no DASM Cluj-Napoca office card for them");
}

#[test]
fn residence_in_cluj_napoca_is_not_told_to_file_elsewhere() {
    let ev = run(&answered_gas(family_with_total(2, "2000.00")), check_date());
    assert!(!has_note(heating_aid(&ev), |n| matches!(
        n,
        Note::FileWhereYouLive
    )));
    assert!(ev.office.is_some());
}

#[test]
fn residence_criterion_cites_the_dasm_cluj_page() {
    let ev = run(&answered_gas(family_with_total(2, "2000.00")), check_date());
    let r = reason(heating_aid(&ev), |c| {
        matches!(c, Criterion::Residence { .. })
    });
    assert_eq!(r.check, Check::Pass);
    assert_eq!(r.source.seed, Some(Seed::DasmCluj));
}

#[test]
fn resedinta_in_cluj_napoca_counts_like_domiciliu() {
    // "domiciliul sau reședința": either address in the ID card will do.
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.residence = Some(Residence {
        municipality: MunicipalityId::ClujNapoca,
        kind: ResidenceKind::Resedinta,
    });
    assert_eq!(heating_status(&h), Status::Eligible);
}

// ---------------------------------------------------------------------------
// The cold season
// seed 004: "pentru sezonul rece noiembrie – martie".
// ---------------------------------------------------------------------------

fn season(date: chrono::NaiveDate) -> (chrono::NaiveDate, chrono::NaiveDate, bool) {
    let ev = run(&answered_gas(family_with_total(2, "2000.00")), date);
    heating_aid(&ev)
        .notes
        .iter()
        .find_map(|n| match n.note {
            Note::ColdSeason {
                starts,
                ends,
                in_season,
            } => Some((starts, ends, in_season)),
            _ => None,
        })
        .expect("the cold season note")
}

#[test]
fn check_in_november_falls_in_the_season_november_to_march() {
    // 22 Nov 2026 → season 1 Nov 2026 – 31 Mar 2027 (March has 31 days).
    assert_eq!(
        season(d(2026, 11, 22)),
        (d(2026, 11, 1), d(2027, 3, 31), true)
    );
}

#[test]
fn check_in_january_belongs_to_the_season_that_began_the_november_before() {
    // 15 Jan 2027 → the season that started 1 Nov 2026.
    assert_eq!(
        season(d(2027, 1, 15)),
        (d(2026, 11, 1), d(2027, 3, 31), true)
    );
}

#[test]
fn last_day_of_march_is_in_season_and_first_of_april_is_not() {
    assert_eq!(
        season(d(2027, 3, 31)),
        (d(2026, 11, 1), d(2027, 3, 31), true)
    );
    // From 1 April the next season is the one from 1 Nov 2027 to 31 Mar 2028.
    assert_eq!(
        season(d(2027, 4, 1)),
        (d(2027, 11, 1), d(2028, 3, 31), false)
    );
}

#[test]
fn check_in_summer_points_to_the_coming_season() {
    // 1 Jul 2027 → next season 1 Nov 2027 – 31 Mar 2028, not in season now.
    assert_eq!(
        season(d(2027, 7, 1)),
        (d(2027, 11, 1), d(2028, 3, 31), false)
    );
}

// ---------------------------------------------------------------------------
// Documents: only those that apply (seed 004, points 1–4; seed 000: opis)
// ---------------------------------------------------------------------------

fn heating_docs(h: &Household, date: chrono::NaiveDate) -> Vec<Document> {
    docs(heating_aid(&run(h, date)))
}

#[test]
fn every_dossier_holds_the_opis_and_the_application_form() {
    // seed 000: "Fiecare tip de dosar va conţine obligatoriu un formular opis";
    // seed 004: the aid "se acordă în baza cererii-declaraţiei de proprie
    // răspundere".
    let ev = run(
        &answered_gas(vec![applicant_earning("1500.00")]),
        check_date(),
    );
    let aid = heating_aid(&ev);
    let opis = aid
        .documents
        .iter()
        .find(|i| i.document == Document::DossierIndex)
        .expect("opis");
    assert_eq!(opis.source.seed, Some(Seed::DasmCluj));
    assert!(docs(aid)
        .iter()
        .any(|doc| matches!(doc, Document::ApplicationForm { .. })));
}

#[test]
fn proof_of_the_home_follows_the_tenure() {
    // seed 004 point 1: "contract de vânzare-cumpărare, contract de
    // închiriere, contract de comodat, certificat de moştenitor sau orice alt
    // document".
    for tenure in [
        Tenure::OwnerByPurchase,
        Tenure::OwnerByInheritance,
        Tenure::Tenant,
        Tenure::Comodat,
        Tenure::Other,
    ] {
        let mut h = answered_gas(vec![applicant_earning("1500.00")]);
        h.home.tenure = Some(tenure);
        assert!(
            heating_docs(&h, check_date()).contains(&Document::HomeUseProof { tenure }),
            "{tenure:?}"
        );
    }
}

#[test]
fn child_whose_14th_birthday_is_the_check_date_brings_an_identity_card() {
    // seed 004 point 2: "copii ale actelor de identitate pentru persoanele cu
    // vârsta peste 14 ani … certificatele de naştere pentru persoanele cu
    // vârsta sub 14 ani". Born 22 Nov 2012, checked 22 Nov 2026: 14 today.
    let members = vec![
        applicant_earning("2000.00"),
        person(Role::Child, d(2012, 11, 22), vec![]),
    ];
    let papers = heating_docs(&answered_gas(members), check_date());
    assert!(papers.contains(&Document::IdentityCardCopy { member: 1 }));
    assert!(!papers.contains(&Document::BirthCertificate { member: 1 }));
}

#[test]
fn child_checked_the_day_before_the_14th_birthday_brings_a_birth_certificate() {
    // Born 23 Nov 2012, checked 22 Nov 2026: still 13, 14 tomorrow.
    let members = vec![
        applicant_earning("2000.00"),
        person(Role::Child, d(2012, 11, 23), vec![]),
    ];
    let papers = heating_docs(&answered_gas(members), check_date());
    assert!(papers.contains(&Document::BirthCertificate { member: 1 }));
    assert!(!papers.contains(&Document::IdentityCardCopy { member: 1 }));
}

#[test]
fn child_who_turned_14_the_day_before_brings_an_identity_card() {
    // Born 21 Nov 2012, checked 22 Nov 2026: 14 since yesterday.
    let members = vec![
        applicant_earning("2000.00"),
        person(Role::Child, d(2012, 11, 21), vec![]),
    ];
    let papers = heating_docs(&answered_gas(members), check_date());
    assert!(papers.contains(&Document::IdentityCardCopy { member: 1 }));
}

#[test]
fn each_member_gets_exactly_one_identity_paper() {
    // Applicant (adult), spouse (adult), child of 10 → ID, ID, birth cert.
    let members = vec![
        applicant_earning("2000.00"),
        person(Role::Spouse, d(1990, 1, 1), vec![]),
        person(Role::Child, d(2016, 1, 1), vec![]),
    ];
    let papers = heating_docs(&answered_gas(members), check_date());
    for member in 0..3 {
        let count = papers
            .iter()
            .filter(|doc| {
                matches!(doc, Document::IdentityCardCopy { member: m } | Document::BirthCertificate { member: m } if *m == member)
            })
            .count();
        assert_eq!(count, 1, "member {member}");
    }
    assert!(papers.contains(&Document::BirthCertificate { member: 2 }));
}

#[test]
fn income_proof_is_asked_per_member_and_per_kind_for_the_month_before() {
    // seed 004 point 3: "acte doveditoare privind veniturile realizate în
    // luna anterioară depunerii cererii de către toţi membrii familiei".
    // Checked 22 Nov 2026 → October 2026.
    // Applicant: two salaries (two jobs) and a pension → one salary proof and
    // one pension proof; spouse: unemployment → one proof; child: no income
    // → none.
    let members = vec![
        person(
            Role::Applicant,
            d(1962, 5, 5),
            vec![
                income(IncomeKind::Salary, "500.00"),
                income(IncomeKind::Salary, "300.00"),
                income(IncomeKind::Pension, "900.00"),
            ],
        ),
        person(
            Role::Spouse,
            d(1970, 6, 6),
            vec![income(IncomeKind::Unemployment, "600.00")],
        ),
        person(Role::Child, d(2015, 7, 7), vec![]),
    ];
    let october = YearMonth {
        year: 2026,
        month: 10,
    };
    let proofs: Vec<Document> = heating_docs(&answered_gas(members), check_date())
        .into_iter()
        .filter(|doc| matches!(doc, Document::IncomeProof { .. }))
        .collect();
    let expected = [
        Document::IncomeProof {
            member: 0,
            kind: IncomeKind::Salary,
            month: october,
        },
        Document::IncomeProof {
            member: 0,
            kind: IncomeKind::Pension,
            month: october,
        },
        Document::IncomeProof {
            member: 1,
            kind: IncomeKind::Unemployment,
            month: october,
        },
    ];
    assert_eq!(proofs.len(), expected.len(), "{proofs:?}");
    for doc in expected {
        assert!(proofs.contains(&doc), "missing {doc:?}");
    }
}

#[test]
fn check_in_january_asks_for_december_income_of_the_previous_year() {
    // Filed 15 Jan 2027 → "luna anterioară" is December 2026.
    let december = YearMonth {
        year: 2026,
        month: 12,
    };
    let ev = run(
        &answered_gas(vec![applicant_earning("1500.00")]),
        d(2027, 1, 15),
    );
    let aid = heating_aid(&ev);
    assert!(docs(aid).contains(&Document::IncomeProof {
        member: 0,
        kind: IncomeKind::Salary,
        month: december
    }));
    assert!(matches!(
        reason(aid, |c| matches!(c, Criterion::IncomePerMember { .. })).criterion,
        Criterion::IncomePerMember { income_month, .. } if income_month == december
    ));
}

#[test]
fn energy_bill_only_for_gas_or_electric_heating() {
    // seed 004: "copie după ultima factură de plată gaze naturale/energie
    // electrică, în funcţie de modalitatea de încălzire".
    let bill = |heating, sources: &[EnergySource]| {
        heating_docs(
            &answered(family_with_total(2, "2000.00"), heating, sources),
            check_date(),
        )
        .into_iter()
        .filter(|doc| matches!(doc, Document::LatestEnergyBill { .. }))
        .collect::<Vec<_>>()
    };
    assert_eq!(
        bill(HeatingSystem::NaturalGas, &[EnergySource::NaturalGas]),
        [Document::LatestEnergyBill {
            system: HeatingSystem::NaturalGas
        }]
    );
    assert_eq!(
        bill(HeatingSystem::Electricity, &[EnergySource::Electricity]),
        [Document::LatestEnergyBill {
            system: HeatingSystem::Electricity
        }]
    );
    // Wood or coal: there is no gas or electricity bill for the heating.
    assert!(bill(
        HeatingSystem::SolidOrPetroleum,
        &[EnergySource::Electricity, EnergySource::SolidOrPetroleum]
    )
    .is_empty());
    // District heating (left to the office): not a gas or electricity bill.
    assert!(bill(
        HeatingSystem::DistrictHeating,
        &[EnergySource::Electricity, EnergySource::DistrictHeating]
    )
    .is_empty());
}

#[test]
fn owners_association_certificate_only_for_a_block_with_an_association() {
    // seed 004: "adeverinţă de la asociaţia de proprietari din care să
    // rezulte numele şi numărul persoanelor care locuiesc efectiv la adresa …
    // precum şi numărul de camere al locuinţei".
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.home.owners_association = Some(true);
    assert!(heating_docs(&h, check_date()).contains(&Document::OwnersAssociationCertificate));
    h.home.owners_association = Some(false);
    assert!(!heating_docs(&h, check_date()).contains(&Document::OwnersAssociationCertificate));
}

#[test]
fn vehicle_papers_only_when_a_car_is_declared() {
    // seed 004: "copie după cartea de identitate sau talonul
    // autoturismului/autoturismelor … aflate în stare de funcţionare".
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.assets.vehicles = Some(true);
    assert!(heating_docs(&h, check_date()).contains(&Document::VehicleRegistration));
    h.assets.vehicles = Some(false);
    assert!(!heating_docs(&h, check_date()).contains(&Document::VehicleRegistration));
}

#[test]
fn property_deeds_only_when_property_is_declared() {
    // seed 004: "copie după actul de proprietate al bunurilor deţinute … bunuri
    // imobile, bunuri mobile aflate în stare de funcţionare".
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.assets.declared_property = Some(true);
    assert!(heating_docs(&h, check_date()).contains(&Document::PropertyDeeds));
    h.assets.declared_property = Some(false);
    assert!(!heating_docs(&h, check_date()).contains(&Document::PropertyDeeds));
}

#[test]
fn minimal_dossier_of_a_single_tenant_with_no_income_lists_only_what_applies() {
    // A single adult tenant, no income, gas heating, no association, no car,
    // nothing declared: opis, application, lease, ID copy, gas bill. Nothing
    // else applies (no income → no income proof).
    let alone = vec![person(Role::Applicant, d(1975, 3, 1), vec![])];
    let papers = heating_docs(&answered_gas(alone), check_date());
    let expected = [
        Document::DossierIndex,
        Document::HomeUseProof {
            tenure: Tenure::Tenant,
        },
        Document::IdentityCardCopy { member: 0 },
        Document::LatestEnergyBill {
            system: HeatingSystem::NaturalGas,
        },
    ];
    for doc in &expected {
        assert!(papers.contains(doc), "missing {doc:?}");
    }
    let application = papers
        .iter()
        .filter(|doc| matches!(doc, Document::ApplicationForm { .. }))
        .count();
    assert_eq!(application, 1);
    assert_eq!(papers.len(), expected.len() + 1, "{papers:?}");
}

#[test]
fn household_that_does_not_qualify_is_given_no_document_list() {
    let ev = run(&answered_gas(family_with_total(2, "4000.00")), check_date()); // 2000.00 > 1386
    assert_eq!(heating_aid(&ev).status, Status::NotEligible);
    assert!(heating_aid(&ev).documents.is_empty());
    assert!(heating_aid(&ev).deadlines.is_empty());
}

// ---------------------------------------------------------------------------
// Reporting changes: 5 calendar days
// seed 004: "obligaţia de a comunica orice modificare intervenită în
// componenţa familiei şi a veniturilor acesteia, în termen de 5 zile de la
// data modificării". Weekdays checked with `date -d`.
// ---------------------------------------------------------------------------

fn report_changes(date: chrono::NaiveDate) -> eligibil::rules::outcome::Deadline {
    let ev = run(&answered_gas(family_with_total(2, "2000.00")), date);
    let aid = heating_aid(&ev);
    assert_eq!(aid.deadlines.len(), 1, "{:?}", aid.deadlines);
    aid.deadlines[0].clone()
}

#[test]
fn change_on_sunday_22_november_2026_must_be_reported_by_friday_27_november() {
    // 22 Nov 2026 (Sunday) + 5 calendar days = 27 Nov 2026 (Friday), a
    // working day: the office is open that day.
    let deadline = report_changes(d(2026, 11, 22));
    assert_eq!(deadline.deadline, DeadlineId::ReportChanges);
    assert_eq!(deadline.days, 5);
    assert_eq!(deadline.unit, DayUnit::Calendar);
    assert_eq!(deadline.anchor, Anchor::ChangeInFamilyOrIncome);
    assert_eq!(deadline.source.seed, Some(Seed::DasNavodari));
    let computed = deadline.computed.expect("dates worked out");
    assert_eq!(computed.from, d(2026, 11, 22));
    assert_eq!(computed.due, d(2026, 11, 27));
    assert_eq!(computed.last_office_day, d(2026, 11, 27));
    assert!(computed.holidays_between.is_empty());
}

#[test]
fn change_due_on_a_saturday_is_last_handed_in_on_the_friday() {
    // 23 Nov 2026 (Monday) + 5 = 28 Nov 2026 (Saturday): the office is closed;
    // the last day it is open before then is Friday 27 Nov. The due date
    // itself does not move (the page does not say it does).
    let computed = report_changes(d(2026, 11, 23)).computed.expect("dates");
    assert_eq!(computed.due, d(2026, 11, 28));
    assert_eq!(computed.last_office_day, d(2026, 11, 27));
    assert!(computed.holidays_between.is_empty());
}

#[test]
fn change_due_on_saint_andrew_is_last_handed_in_on_the_friday_before() {
    // 25 Nov 2026 (Wednesday) + 5 = 30 Nov 2026, a Monday that is Sf. Andrei
    // (public holiday, Codul muncii art. 139). Sunday 29 and Saturday 28 are
    // weekend → last office day Friday 27 Nov 2026.
    let computed = report_changes(d(2026, 11, 25)).computed.expect("dates");
    assert_eq!(computed.due, d(2026, 11, 30));
    assert_eq!(computed.last_office_day, d(2026, 11, 27));
    assert_eq!(
        computed.holidays_between,
        vec![(d(2026, 11, 30), HolidayId::SaintAndrew)]
    );
}

#[test]
fn change_due_on_national_day_skips_back_over_two_holidays_and_a_weekend() {
    // 26 Nov 2026 (Thursday) + 5 = 1 Dec 2026 (Tuesday, Ziua Națională).
    // 30 Nov is Sf. Andrei, 28–29 Nov the weekend → Friday 27 Nov 2026.
    let computed = report_changes(d(2026, 11, 26)).computed.expect("dates");
    assert_eq!(computed.due, d(2026, 12, 1));
    assert_eq!(computed.last_office_day, d(2026, 11, 27));
    assert_eq!(
        computed.holidays_between,
        vec![
            (d(2026, 11, 30), HolidayId::SaintAndrew),
            (d(2026, 12, 1), HolidayId::NationalDay)
        ]
    );
}

#[test]
fn change_due_on_new_years_day_is_last_handed_in_on_new_years_eve() {
    // 27 Dec 2026 (Sunday) + 5 = 1 Jan 2027 (Friday, Anul Nou). The day
    // before, Thursday 31 Dec 2026, is a working day. Christmas (25–26 Dec)
    // falls before the change, so it is not "between".
    let computed = report_changes(d(2026, 12, 27)).computed.expect("dates");
    assert_eq!(computed.due, d(2027, 1, 1));
    assert_eq!(computed.last_office_day, d(2026, 12, 31));
    assert_eq!(
        computed.holidays_between,
        vec![(d(2027, 1, 1), HolidayId::NewYearsDay)]
    );
}

#[test]
fn wrong_declaration_fine_is_500_to_2000_lei() {
    // seed 004: "se sancţionează cu amendă de la 500 lei la 2000 lei".
    let ev = run(&answered_gas(family_with_total(2, "2000.00")), check_date());
    assert!(has_note(heating_aid(&ev), |n| matches!(
        n,
        Note::FalseDeclarationFine { min, max } if *min == dec!(500) && *max == dec!(2000)
    )));
}

#[test]
fn dossier_can_be_filed_at_the_office_or_on_the_portal() {
    // seed 000: "Dosarele se pot înregistra la DASM, str. Venus, FN, ghișeul
    // 1 sau trimise pe portalul online … https://portal.dasmclujnapoca.ro/".
    let ev = run(&answered_gas(family_with_total(2, "2000.00")), check_date());
    assert!(has_note(heating_aid(&ev), |n| matches!(
        n,
        Note::FileAtOfficeOrPortal
    )));
    let office = ev.office.expect("Cluj-Napoca has an office");
    assert_eq!(office.portal, Some("https://portal.dasmclujnapoca.ro/"));
    assert_eq!(office.phone, "0264 413 058");
    // "Luni, Marţi, Miercuri: 08.30-15:30 / Joi: 08.30-17:00 / Vineri: 08:30-14:00"
    let hours: Vec<_> = office
        .hours
        .iter()
        .map(|h| (h.first_weekday, h.last_weekday, h.opens, h.closes))
        .collect();
    assert_eq!(
        hours,
        [
            (1, 3, "08:30", "15:30"),
            (4, 4, "08:30", "17:00"),
            (5, 5, "08:30", "14:00")
        ]
    );
}

// ---------------------------------------------------------------------------
// Dates the rules cover
// No page dates the figures (params/heating.rs): they are held from the day
// the pages were read, 22 November 2026.
// ---------------------------------------------------------------------------

#[test]
fn check_before_the_pages_were_read_is_refused_not_answered() {
    let err = run_err(
        &answered_gas(family_with_total(2, "2000.00")),
        d(2026, 11, 21),
    );
    match err {
        EngineError::Parameter {
            detail: ParamError::NotCovered {
                date, covered_from, ..
            },
        } => {
            assert_eq!(date, d(2026, 11, 21));
            assert_eq!(covered_from, Some(d(2026, 11, 22)));
        }
        other => panic!("expected a parameter error, got {other:?}"),
    }
}

#[test]
fn check_before_the_pages_were_read_is_refused_even_with_no_answers_yet() {
    let err = run_err(&Household::default(), d(2021, 10, 31));
    assert!(matches!(
        err,
        EngineError::Parameter { detail: ParamError::NotCovered { covered_from: Some(from), .. } }
            if from == d(2026, 11, 22)
    ));
}

#[test]
fn check_on_the_day_the_pages_were_read_uses_their_figures() {
    // The first day covered. An incomplete household is answered with the
    // 1386 lei limit.
    let mut h = answered_gas(family_with_total(2, "2000.00"));
    h.assets.excluding = None;
    let ev = run(&h, d(2026, 11, 22));
    assert_eq!(heating_aid(&ev).status, Status::NeedsMoreInfo);
    assert_eq!(income_check(heating_aid(&ev)).2, Some(dec!(1386)));
}
