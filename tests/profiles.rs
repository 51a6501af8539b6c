//! Municipality profiles (issue 19): "open now" at the edges of the hours and
//! on public holidays, the filing windows as dates, which benefits each
//! profile screens, where each result sends the person, the words said for
//! the town, and the directory of social services found by need.

use chrono::{NaiveDate, NaiveDateTime};

use eligibil::i18n::tr;
use eligibil::rules::calendar::HolidayId;
use eligibil::rules::directory::{
    self, code_line, code_needs, for_need, for_need_in, search, services_for, Need, ServiceStatus,
    Situation,
};
use eligibil::rules::municipality::{MunicipalityId, DASM_CLUJ};
use eligibil::rules::outcome::BenefitId;
use eligibil::rules::profiles::{
    self, navodari, office_for, open_now, window_dates, ClosedReason, EmergencyPurpose,
    InstitutionId, OpenState,
};
use eligibil::rules::{benefits_for, BENEFITS};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(h, min, 0))
        .expect("a date-time")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn closed(reason: ClosedReason, opens_at: NaiveDateTime) -> OpenState {
    OpenState::Closed {
        reason,
        opens_at: Some(opens_at),
    }
}

// ---------------------------------------------------------------------------
// Open now / opens at
// ---------------------------------------------------------------------------

#[test]
fn dasm_opens_at_08_30_and_closes_at_15_30_on_a_monday() {
    // Seed 000: "Luni, Marţi, Miercuri: 08.30-15:30". Monday 23 Nov 2026.
    let hours = DASM_CLUJ.hours;
    assert_eq!(
        open_now(hours, at(2026, 11, 23, 8, 29)).unwrap(),
        closed(ClosedReason::OutsideHours, at(2026, 11, 23, 8, 30))
    );
    assert_eq!(
        open_now(hours, at(2026, 11, 23, 8, 30)).unwrap(),
        OpenState::Open {
            closes_at: at(2026, 11, 23, 15, 30)
        }
    );
    assert_eq!(
        open_now(hours, at(2026, 11, 23, 15, 29)).unwrap(),
        OpenState::Open {
            closes_at: at(2026, 11, 23, 15, 30)
        }
    );
    // At 15:30 it is closed; Tuesday it opens again at 08:30.
    assert_eq!(
        open_now(hours, at(2026, 11, 23, 15, 30)).unwrap(),
        closed(ClosedReason::OutsideHours, at(2026, 11, 24, 8, 30))
    );
}

#[test]
fn dasm_stays_open_until_17_00_on_thursday_and_until_14_00_on_friday() {
    // "Joi: 08.30-17:00"; "Vineri: 08:30-14:00". Thursday 26 Nov 2026.
    let hours = DASM_CLUJ.hours;
    assert_eq!(
        open_now(hours, at(2026, 11, 26, 16, 59)).unwrap(),
        OpenState::Open {
            closes_at: at(2026, 11, 26, 17, 0)
        }
    );
    assert_eq!(
        open_now(hours, at(2026, 11, 27, 13, 59)).unwrap(),
        OpenState::Open {
            closes_at: at(2026, 11, 27, 14, 0)
        }
    );
}

#[test]
fn after_friday_the_next_opening_skips_saint_andrew_and_the_national_day() {
    // Fri 27 Nov 2026 at 14:00: Sat, Sun, then Mon 30 Nov (Sfântul Andrei)
    // and Tue 1 Dec (Ziua Națională) are closed: Wednesday 2 Dec at 08:30.
    assert_eq!(
        open_now(DASM_CLUJ.hours, at(2026, 11, 27, 14, 0)).unwrap(),
        closed(ClosedReason::OutsideHours, at(2026, 12, 2, 8, 30))
    );
    assert_eq!(
        open_now(DASM_CLUJ.hours, at(2026, 11, 29, 10, 0)).unwrap(),
        closed(ClosedReason::Weekend, at(2026, 12, 2, 8, 30))
    );
}

#[test]
fn on_a_public_holiday_the_office_is_closed_within_its_hours() {
    assert_eq!(
        open_now(DASM_CLUJ.hours, at(2026, 12, 1, 10, 0)).unwrap(),
        closed(
            ClosedReason::PublicHoliday {
                holiday: HolidayId::NationalDay
            },
            at(2026, 12, 2, 8, 30)
        )
    );
}

#[test]
fn navodari_closes_at_noon_on_thursday_and_opens_again_at_15_00() {
    // Seed 004: "Joi: 8 30 – 12 00 , 15 00 – 17 00". Thursday 26 Nov 2026.
    let hours = navodari::OFFICE.hours;
    assert_eq!(
        open_now(hours, at(2026, 11, 26, 11, 59)).unwrap(),
        OpenState::Open {
            closes_at: at(2026, 11, 26, 12, 0)
        }
    );
    assert_eq!(
        open_now(hours, at(2026, 11, 26, 12, 0)).unwrap(),
        closed(ClosedReason::OutsideHours, at(2026, 11, 26, 15, 0))
    );
    assert_eq!(
        open_now(hours, at(2026, 11, 26, 14, 59)).unwrap(),
        closed(ClosedReason::OutsideHours, at(2026, 11, 26, 15, 0))
    );
    assert_eq!(
        open_now(hours, at(2026, 11, 26, 15, 0)).unwrap(),
        OpenState::Open {
            closes_at: at(2026, 11, 26, 17, 0)
        }
    );
    // Another day closes at noon and has no afternoon: Monday 12:00 → Tuesday.
    assert_eq!(
        open_now(hours, at(2026, 11, 23, 12, 0)).unwrap(),
        closed(ClosedReason::OutsideHours, at(2026, 11, 24, 8, 30))
    );
}

#[test]
fn navodari_thursday_afternoon_before_christmas_then_closed_until_monday() {
    // Thu 24 Dec 2026 16:59 open; at 17:00 closed: 25 and 26 Dec are
    // holidays, 27 a Sunday: Monday 28 Dec at 08:30.
    let hours = navodari::OFFICE.hours;
    assert!(matches!(
        open_now(hours, at(2026, 12, 24, 16, 59)).unwrap(),
        OpenState::Open { .. }
    ));
    assert_eq!(
        open_now(hours, at(2026, 12, 24, 17, 0)).unwrap(),
        closed(ClosedReason::OutsideHours, at(2026, 12, 28, 8, 30))
    );
}

#[test]
fn the_other_reading_of_navodari_hours_opens_earlier_and_is_kept_apart() {
    // The filing sections say "Luni – Vineri: 08:00 – 12:00"; the office's
    // hours say 8:30. `hours` keeps the narrower one.
    let other = navodari::OFFICE.other_hours_reading;
    assert!(matches!(
        open_now(other, at(2026, 11, 23, 8, 0)).unwrap(),
        OpenState::Open { .. }
    ));
    assert!(matches!(
        open_now(navodari::OFFICE.hours, at(2026, 11, 23, 8, 0)).unwrap(),
        OpenState::Closed { .. }
    ));
}

#[test]
fn an_office_without_hours_and_a_date_before_the_calendar() {
    assert_eq!(
        open_now(&[], at(2026, 11, 23, 10, 0)).unwrap(),
        OpenState::Closed {
            reason: ClosedReason::NoHours,
            opens_at: None
        }
    );
    assert!(open_now(DASM_CLUJ.hours, at(2023, 12, 29, 10, 0)).is_err());
}

#[test]
fn open_state_words() {
    assert_eq!(
        tr::local::open_state(&open_now(DASM_CLUJ.hours, at(2026, 12, 1, 10, 0)).unwrap()),
        "Închis: Ziua Națională (zi liberă legală); deschide miercuri, 2 decembrie 2026, la 08:30"
    );
    assert_eq!(
        tr::local::open_state(&OpenState::Open {
            closes_at: at(2026, 11, 26, 17, 0)
        }),
        "Deschis acum, până la 17:00"
    );
}

// ---------------------------------------------------------------------------
// Filing windows
// ---------------------------------------------------------------------------

#[test]
fn the_child_benefits_window_at_its_edges() {
    let window = profiles::profile(MunicipalityId::Navodari)
        .window_for(BenefitId::StateChildAllowance)
        .expect("a window");
    // The 25th itself is in ("inclusiv"): a Wednesday in November 2026.
    let w = window_dates(window, day(2026, 11, 25)).unwrap();
    assert_eq!(
        (w.opens, w.closes, w.open_on_date),
        (day(2026, 11, 1), day(2026, 11, 25), true)
    );
    // The 26th: the next month's window.
    let w = window_dates(window, day(2026, 11, 26)).unwrap();
    assert_eq!(
        (w.opens, w.closes, w.open_on_date),
        (day(2026, 12, 1), day(2026, 12, 25), false)
    );
    // 25 December is Christmas: the last office day is Thursday the 24th.
    assert_eq!(w.last_office_day, day(2026, 12, 24));
    // December past the 25th: January's window.
    let w = window_dates(window, day(2026, 12, 28)).unwrap();
    assert_eq!((w.opens, w.closes), (day(2027, 1, 1), day(2027, 1, 25)));
}

#[test]
fn the_kindergarten_window_ends_on_the_20th() {
    let window = profiles::profile(MunicipalityId::Navodari)
        .window_for(BenefitId::KindergartenTickets)
        .expect("a window");
    let w = window_dates(window, day(2026, 11, 20)).unwrap();
    assert!(w.open_on_date);
    let w = window_dates(window, day(2026, 11, 21)).unwrap();
    assert_eq!((w.opens, w.closes), (day(2026, 12, 1), day(2026, 12, 20)));
    // 20 Dec 2026 is a Sunday.
    assert_eq!(w.last_office_day, day(2026, 12, 18));
}

// ---------------------------------------------------------------------------
// Which benefits each profile screens, and where it sends the person
// ---------------------------------------------------------------------------

#[test]
fn a_town_s_own_benefits_appear_only_under_its_profile() {
    let cluj: Vec<BenefitId> = benefits_for(MunicipalityId::ClujNapoca).collect();
    let navodari: Vec<BenefitId> = benefits_for(MunicipalityId::Navodari).collect();
    let other: Vec<BenefitId> = benefits_for(MunicipalityId::Other).collect();
    for id in profiles::profile(MunicipalityId::ClujNapoca).local_benefits {
        assert!(
            cluj.contains(id) && !navodari.contains(id) && !other.contains(id),
            "{id:?}"
        );
    }
    for id in profiles::profile(MunicipalityId::Navodari).local_benefits {
        assert!(
            navodari.contains(id) && !cluj.contains(id) && !other.contains(id),
            "{id:?}"
        );
        assert!(
            BENEFITS.iter().any(|(b, _)| b == id),
            "{id:?} is registered"
        );
    }
    // The national ones are everywhere, the abroad duty among them.
    for id in [
        BenefitId::HeatingAid,
        BenefitId::Vmi,
        BenefitId::StateChildAllowance,
        BenefitId::PersonalAssistantOrAllowance,
        BenefitId::ParentsLeavingToWorkAbroad,
    ] {
        assert!(
            cluj.contains(&id) && navodari.contains(&id) && other.contains(&id),
            "{id:?}"
        );
    }
}

#[test]
fn every_profile_lists_112_and_119_first() {
    for p in profiles::PROFILES {
        let purposes: Vec<(&str, EmergencyPurpose)> = p
            .emergency_numbers
            .iter()
            .take(2)
            .map(|n| (n.number, n.purpose))
            .collect();
        assert_eq!(
            purposes,
            [
                ("112", EmergencyPurpose::AllEmergencies),
                ("119", EmergencyPurpose::ChildAbuse)
            ],
            "{:?}",
            p.id
        );
    }
    // Năvodari's county lines (seed 004).
    let numbers: Vec<&str> = profiles::profile(MunicipalityId::Navodari)
        .emergency_numbers
        .iter()
        .map(|n| n.number)
        .collect();
    assert_eq!(
        numbers,
        ["112", "119", "0341/921", "0800.500.333", "0241/983"]
    );
}

#[test]
fn each_result_names_where_to_go() {
    let canteen = office_for(MunicipalityId::Navodari, BenefitId::SocialCanteen);
    assert_eq!(
        canteen.address,
        Some("str. Sănătății nr. 2 (la etaj), Năvodari")
    );
    let care = office_for(MunicipalityId::Navodari, BenefitId::NavodariHomeCare);
    assert_eq!(care.phones[0].number, "0785.294067");
    let heating = office_for(MunicipalityId::Navodari, BenefitId::HeatingAid);
    assert_eq!(heating.id, InstitutionId::DasNavodari);
    assert_eq!(
        heating.email.map(|e| e.value),
        Some("asistentasociala@primaria-navodari.ro")
    );
    let centre = office_for(MunicipalityId::ClujNapoca, BenefitId::SocialInclusionCentre);
    assert_eq!(centre.address, Some("str. Plevnei nr. 158, Cluj-Napoca"));
    let cluj = office_for(MunicipalityId::ClujNapoca, BenefitId::HeatingAid);
    assert_eq!(cluj.portal, Some("https://portal.dasmclujnapoca.ro/"));
    // Another town: its town hall, no address of ours.
    let town_hall = office_for(MunicipalityId::Other, BenefitId::HeatingAid);
    assert_eq!((town_hall.name, town_hall.address), (None, None));
    assert!(tr::local::institution_name(town_hall).contains("primăriei"));
}

#[test]
fn dgaspc_cluj_has_no_address_or_phone_and_says_where_to_find_them() {
    let p = profiles::profile(MunicipalityId::ClujNapoca);
    let dgaspc = p
        .institution(InstitutionId::DgaspcCluj)
        .expect("DGASPC Cluj");
    assert_eq!(dgaspc.address, None);
    assert!(dgaspc.phones.is_empty());
    let words = tr::local::find_contact(dgaspc.find_contact.expect("where to find it"));
    assert!(words.contains("nu sunt pe paginile"), "{words}");
    // AJPIS Cluj has an address (seed 000) but no phone.
    let ajpis = p.institution(InstitutionId::AjpisCluj).expect("AJPIS Cluj");
    assert_eq!(ajpis.address, Some("str. G. Coșbuc nr. 2, Cluj-Napoca"));
    assert!(ajpis.phones.is_empty());
}

#[test]
fn a_town_name_as_typed_finds_its_profile_and_any_other_is_other() {
    for (name, id) in [
        ("Năvodari", MunicipalityId::Navodari),
        ("NAVODARI", MunicipalityId::Navodari),
        ("navodari", MunicipalityId::Navodari),
        ("Cluj-Napoca", MunicipalityId::ClujNapoca),
        ("cluj napoca", MunicipalityId::ClujNapoca),
        ("Brașov", MunicipalityId::Other),
        ("", MunicipalityId::Other),
    ] {
        assert_eq!(MunicipalityId::from_town_name(name), id, "{name}");
    }
    assert_eq!(
        MunicipalityId::from_slug("navodari"),
        Some(MunicipalityId::Navodari)
    );
    assert_eq!(
        MunicipalityId::from_slug("other"),
        Some(MunicipalityId::Other)
    );
    assert_eq!(MunicipalityId::from_slug("Brașov"), None);
}

#[test]
fn words_written_for_dasm_are_said_for_the_town() {
    let text = "Anunțați la DASM orice schimbare. Decide DASM. AJPIS Cluj (str. G. Coșbuc nr. 2) plătește.";
    assert_eq!(
        tr::local::for_town(text, MunicipalityId::Navodari),
        "Anunțați la Direcția Asistență Socială orice schimbare. Decide Direcția Asistență Socială. AJPIS Constanța plătește."
    );
    assert_eq!(
        tr::local::for_town(text, MunicipalityId::Other),
        "Anunțați la primărie orice schimbare. Decide primăria. AJPIS a județului dumneavoastră plătește."
    );
    assert_eq!(tr::local::for_town(text, MunicipalityId::ClujNapoca), text);
}

// ---------------------------------------------------------------------------
// The directory of social services
// ---------------------------------------------------------------------------

fn names(list: &[&directory::Service]) -> Vec<String> {
    list.iter()
        .map(|s| format!("{} — {}", s.provider, s.name))
        .collect()
}

#[test]
fn the_directory_holds_every_line_of_its_sources() {
    assert_eq!(directory::EXISTING_2024.len(), 120);
    assert_eq!(directory::PLANNED_2024.len(), 3);
    assert!(directory::PLANNED_2024
        .iter()
        .all(|s| s.status == ServiceStatus::Planned));
    assert_eq!(directory::DGASPC_CLUJ.len(), 2);
    assert_eq!(directory::NGO_CATALOGUE.len(), 23);
    assert_eq!(directory::NOMENCLATURE.len(), 73);
    assert_eq!(directory::NAVODARI_SERVICES.len(), 5);
    // The DGASPC's own centres in the plan (row 39).
    let dgaspc = directory::EXISTING_2024
        .iter()
        .filter(|s| {
            s.provider
                .starts_with("Direcția Generală de Asistență Socială")
        })
        .count();
    assert_eq!(dgaspc, 21);
    // Every printed code, typos included, is in the nomenclature of table
    // D.1, but the foster-care network's 8790 SF-C (D.1 lists the services
    // that may get subsidies, and foster care is not among them).
    for s in directory::EXISTING_2024
        .iter()
        .chain(&directory::PLANNED_2024)
    {
        if let Some(code) = s.code.filter(|c| *c != "8790 SF-C") {
            assert!(code_line(code).is_some(), "{code} ({})", s.name);
        }
        assert!(!directory::needs(s).is_empty(), "{} has a need", s.name);
    }
}

#[test]
fn food_finds_the_canteens_and_meals_on_wheels() {
    let found = for_need(Need::Food);
    assert_eq!(
        names(&found),
        [
            "Asociația Filantropică Medical Creștină Christiana - Filiala Cluj — Cantina socială Sf. Arhidiacon Ștefan",
            "Asociația Serviciul de Ajutor Maltez în România — Masa pe roți",
            "Fundația Prison Fellowship România — Cantina Socială",
            "Parohia Ortodoxă Română Sfânta Treime — Cantina socială Sfântul Ioan cel Milostiv",
            "Asociația Misionarii lui Padre Pio — Serviciul social în comunitate – Hrană pe roți Mânca-vor săracii și se vor sătura",
        ]
    );
    assert_eq!(
        services_for(MunicipalityId::ClujNapoca, Situation::NoCanteenPlace).len(),
        5
    );
}

#[test]
fn palliative_care_homelessness_addiction_and_domestic_violence() {
    assert_eq!(
        names(&for_need(Need::PalliativeCare)),
        ["Asociația Sfântul Nectarie Cluj — Centrul de îngrijiri paliative Sfântul Nectarie"]
    );
    let homeless = names(&for_need(Need::Homelessness));
    assert_eq!(homeless.len(), 5, "{homeless:#?}");
    assert!(homeless
        .iter()
        .any(|n| n.contains("Centrul social de urgență")));
    assert!(homeless.iter().any(|n| n.contains("Arlechino")));
    let addiction = for_need(Need::Addiction);
    assert_eq!(addiction.len(), 5, "{:#?}", names(&addiction));
    assert!(addiction.iter().any(|s| s.status == ServiceStatus::Planned));
    let violence = names(&for_need(Need::DomesticViolence));
    for expected in [
        "Centrul pentru prevenirea și combaterea violenței în familie",
        "Centrul de consiliere pentru prevenirea și combaterea violenței domestice",
        "Adăpost pentru victimele violenței domestice",
        "Componenta Asistenţă Socială a Persoanei Adulte",
    ] {
        assert!(
            violence.iter().any(|n| n.contains(expected)),
            "{expected}: {violence:#?}"
        );
    }
}

#[test]
fn a_child_at_risk_leads_to_dgaspc_and_the_child_protection_services() {
    let found = names(&services_for(
        MunicipalityId::ClujNapoca,
        Situation::ChildAtRisk,
    ));
    for expected in [
        "Componenta Protecţia Drepturilor Copilului",
        "Centrul de Primire a Copilului în Regim de Urgență Gavroche",
        "Rețeaua de Asistenți maternali profesioniști",
        "Centrul de zi \"Țara minunilor\"",
    ] {
        assert!(found.iter().any(|n| n.contains(expected)), "{expected}");
    }
    assert_eq!(
        directory::county_directorate(MunicipalityId::ClujNapoca),
        InstitutionId::DgaspcCluj
    );
    let r = directory::referral(Situation::ChildAtRisk);
    assert!(r.numbers.contains(&EmergencyPurpose::ChildAbuse));
}

#[test]
fn an_older_person_alone_is_pointed_to_home_care_and_day_centres_not_care_homes() {
    let found = services_for(MunicipalityId::ClujNapoca, Situation::OlderPersonAlone);
    let all = names(&found);
    assert!(all
        .iter()
        .any(|n| n.contains("Centrul de zi pentru vârstnici nr. 1")));
    assert!(all
        .iter()
        .any(|n| n.contains("Unitatea de îngrijire la domiciliu pentru persoane vârstnice")));
    assert!(
        all.iter()
            .any(|n| n.contains("Unitate de îngrijire la domiciliu")),
        "Maltez's 8818 ID-I"
    );
    assert!(!all.iter().any(|n| n.contains("Cămin")), "{all:#?}");
    // In Năvodari, its own home care and elderly day centre.
    let navodari = names(&services_for(
        MunicipalityId::Navodari,
        Situation::OlderPersonAlone,
    ));
    assert_eq!(navodari.len(), 2, "{navodari:#?}");
}

#[test]
fn disability_is_split_between_children_and_adults() {
    let children = names(&for_need(Need::DisabilityChildren));
    assert!(children.iter().any(|n| n.contains("Autism Transilvania")));
    assert!(children
        .iter()
        .any(|n| n.contains("Grădinița specială malteză")));
    assert!(children
        .iter()
        .any(|n| n.contains("Centru rezidențial pentru copii cu dizabilități nr.9")));
    let adults = names(&for_need(Need::DisabilityAdults));
    assert!(adults.iter().any(|n| n.contains("Napoca Protheus")));
    assert!(adults.iter().any(|n| n.contains("Deficiențe Vizuale")));
    assert!(!adults.iter().any(|n| n.contains("Autism Transilvania")));
    // The page's spellings meet the nomenclature.
    assert_eq!(code_needs("8899CZ-D-I"), [Need::DisabilityAdults]);
    assert_eq!(
        code_needs("8818 ID-I"),
        [Need::OlderPeople, Need::DisabilityAdults]
    );
}

#[test]
fn the_search_forgives_missing_diacritics_and_case() {
    let with = search("Căsuța Bucuriei");
    let without = search("casuta bucuriei");
    assert!(!with.is_empty());
    assert_eq!(with, without);
    // The plan's line and the catalogue's.
    assert_eq!(without.len(), 2, "{:#?}", names(&without));
    assert_eq!(search("gradinita speciala malteza").len(), 1);
    // A code, with or without its spaces and hyphens.
    assert_eq!(search("CPDH-II").len(), 2);
    assert_eq!(search("cz vd").len(), search("CZ-VD").len());
    assert!(search("").is_empty());
    assert!(search("   ").is_empty());
    // The nomenclature's category is searched too: "paliative".
    assert_eq!(search("paliative").len(), 1);
}

#[test]
fn each_town_has_its_own_directory() {
    assert_eq!(for_need_in(MunicipalityId::Navodari, Need::Food).len(), 1);
    assert_eq!(
        for_need_in(MunicipalityId::Navodari, Need::DomesticViolence).len(),
        1
    );
    assert!(for_need_in(MunicipalityId::Other, Need::Food).is_empty());
    assert!(for_need(Need::Food)
        .iter()
        .all(|s| s.town == MunicipalityId::ClujNapoca));
}

#[test]
fn the_topics_and_verdicts_link_to_the_directory() {
    use eligibil::rules::topics::Topic;
    assert_eq!(
        directory::topic_needs(Topic::ElderlyAtHome)[0],
        Need::OlderPeople
    );
    assert!(directory::topic_needs(Topic::Crisis).contains(&Need::DomesticViolence));
    assert_eq!(
        directory::benefit_links(BenefitId::SocialCanteen),
        [Situation::NoCanteenPlace]
    );
    assert_eq!(
        directory::benefit_links(BenefitId::NavodariHomeCare),
        [Situation::OlderPersonAlone]
    );
    for need in directory::NEEDS {
        assert!(!tr::local::need(need).is_empty());
    }
}

// ---------------------------------------------------------------------------
// The town stored with the case; the new questions
// ---------------------------------------------------------------------------

#[test]
fn the_town_is_stored_with_the_case_and_read_back() {
    use eligibil::cases::{self, Case};
    use eligibil::draft::{Draft, ResidenceChoice};
    let mut draft = Draft::new();
    assert_eq!(draft.municipality(), MunicipalityId::ClujNapoca);
    draft.residence = Some(ResidenceChoice::NavodariDomiciliu);
    assert_eq!(draft.municipality(), MunicipalityId::Navodari);
    draft.town = Some(MunicipalityId::Other);
    assert_eq!(draft.municipality(), MunicipalityId::Other);
    let mut case = Case::new("c1".into(), "Test".into(), "2026-11-22 10:00".into());
    case.draft = draft.clone();
    let text = cases::to_file(&case);
    assert!(text.contains("\"town\":\"other\""), "{text}");
    let back = cases::from_file(&text, day(2026, 11, 22)).expect("reads back");
    assert_eq!(back.draft.town, Some(MunicipalityId::Other));
    // A case written before the field reads as no town chosen.
    assert!(!cases::to_file(&Case::new("c2".into(), "Old".into(), "x".into())).contains("town"));
}

#[test]
fn every_new_question_has_a_screen_and_its_words() {
    use eligibil::questions;
    use eligibil::rules::facts::Fact;
    use eligibil::rules::household::Household;
    use eligibil::rules::local::LocalFact;
    use eligibil::rules::outcome::YearMonth;
    let month = YearMonth {
        year: 2026,
        month: 10,
    };
    for fact in LocalFact::ALL {
        let fact = Fact::Local(fact);
        assert!(questions::spec(fact).is_some(), "{fact:?} has a spec");
        assert!(!tr::question(fact, &Household::default(), month).is_empty());
        assert_eq!(Fact::from_key(&fact.key()), Some(fact), "{fact:?} key");
        if let Some(spec) = questions::spec(fact) {
            for value in spec.kind.options() {
                assert!(
                    !tr::option_label(fact, value).is_empty(),
                    "{fact:?} {value}"
                );
            }
        }
    }
}
