//! The directory of social services (issue 19), as offline data with the
//! source's year:
//!
//! - every service of seed `002`, Cluj-Napoca's 2024 action plan: the 120
//!   existing ones of table A (provider, service, service code, capacity as
//!   reported for 2023) and the 3 of table B proposed to be founded
//!   (marked planned), with the nomenclature of table D.1 (73 service
//!   codes, their category and beneficiaries) that turns a code into plain
//!   needs;
//! - DGASPC Cluj's two components as seed `003` describes them (the county
//!   body; its own centres are the 002 lines it provides);
//! - the NGO catalogue of seed `000` (names only: the page lists them);
//! - Năvodari's own services (seed `004`).
//!
//! Names and codes keep the seed's spelling (a typo such as "8818 ID-I" or
//! "8899CZ-D-I" included). The pages give no contacts for most providers:
//! the directory shows what they give and how the town's office refers
//! people (the words for a referral are the UI's, in `i18n/tr/local.rs`).
//!
//! Found by need ([`for_need`]) or by a search that forgives missing
//! diacritics ([`search`]); [`SITUATIONS`], [`topic_needs`] and
//! [`benefit_links`] link the verdicts and the "what brings you" topics to
//! it, as data.

use serde::Serialize;

pub use crate::rules::core::municipality::fold;

use crate::rules::core::municipality::{MunicipalityId, DASM_CLUJ_PAGE};
use crate::rules::core::outcome::BenefitId;
use crate::rules::core::params;
use crate::rules::core::source::{ymd, DateBasis, Seed, Source, SEEDS_READ_ON};
use crate::rules::core::topics::Topic;

use super::profiles::{EmergencyPurpose, InstitutionId};

/// A plain need a person can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    OlderPeople,
    DisabilityChildren,
    DisabilityAdults,
    ChildrenAtRisk,
    DomesticViolence,
    Homelessness,
    Addiction,
    /// Canteens and meals on wheels.
    Food,
    PalliativeCare,
    /// Community assistance, information and counselling for anyone in
    /// need (8899 CZ-PN-*), and what fits no other need.
    CommunitySupport,
}

pub const NEEDS: [Need; 10] = [
    Need::OlderPeople,
    Need::DisabilityChildren,
    Need::DisabilityAdults,
    Need::ChildrenAtRisk,
    Need::DomesticViolence,
    Need::Homelessness,
    Need::Addiction,
    Need::Food,
    Need::PalliativeCare,
    Need::CommunitySupport,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceStatus {
    Existing,
    /// "Servicii sociale propuse spre a fi înființate" (seed `002`, B).
    Planned,
}

/// What kind of service, from its code (or its name where it has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    HomeCare,
    DayCentre,
    Residential,
    Canteen,
    MealsOnWheels,
    /// Community assistance, support services, mobile teams.
    Community,
    FosterCare,
    /// A county body or a catalogue entry, not one service.
    Organisation,
}

/// Where an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Seed `002`, table A or B.
    ActionPlan2024,
    /// Seed `003`: DGASPC Cluj.
    Dgaspc,
    /// Seed `000`: "Catalog ONG-uri Cluj-Napoca".
    NgoCatalogue,
    /// Seed `004`: Năvodari.
    Navodari,
}

/// One service (or organisation) as its page gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Service {
    pub provider: &'static str,
    /// The service's name; empty for a catalogue entry (the page gives
    /// only the organisation).
    pub name: &'static str,
    /// The social service code (HG 867/2015) as printed.
    pub code: Option<&'static str>,
    /// "Cap./ nr. benef." as printed ("38", "25/lună", "12/zi").
    pub capacity: Option<&'static str>,
    /// Whom it is for, as printed (table B; the nomenclature for a code).
    pub beneficiaries: Option<&'static str>,
    pub status: ServiceStatus,
    pub origin: Origin,
    /// The town whose directory lists it.
    pub town: MunicipalityId,
    /// The year the source is for (the 2024 plan; capacities "Raportat la
    /// anul 2023"; the pages read for `000`, `003`, `004`).
    pub year: i32,
    /// A mark the page prints beside it, as printed ("SE INTRODUC").
    pub remark: Option<&'static str>,
    /// Needs the page states outright (DGASPC's components, Năvodari's).
    pub stated_needs: &'static [Need],
    pub source: Source,
}

/// One line of the nomenclature (seed `002`, D.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CodeLine {
    pub code: &'static str,
    pub category: &'static str,
    /// The beneficiaries' category; the page prints it on the first line
    /// of each group and it holds for the lines below.
    pub beneficiaries: &'static str,
}

const PLAN: Source = Source {
    seed: Some(Seed::ClujActionPlan2024),
    act: Some("HG 867/2015 (Nomenclatorul serviciilor sociale)"),
    effective_from: ymd(2024, 1, 1),
    date_basis: DateBasis::InForce,
    checked_on: SEEDS_READ_ON,
};
const DGASPC: Source = params::means::DGASPC_PAGE;
const CATALOGUE: Source = DASM_CLUJ_PAGE;
const NAVODARI: Source = params::navodari::PAGE;

const fn plan(
    provider: &'static str,
    name: &'static str,
    code: Option<&'static str>,
    capacity: Option<&'static str>,
) -> Service {
    Service {
        provider,
        name,
        code,
        capacity,
        beneficiaries: None,
        status: ServiceStatus::Existing,
        origin: Origin::ActionPlan2024,
        town: MunicipalityId::ClujNapoca,
        year: 2024,
        remark: None,
        stated_needs: &[],
        source: PLAN,
    }
}

const fn planned(name: &'static str, code: &'static str, beneficiaries: &'static str) -> Service {
    Service {
        provider: "Direcția de Asistență Socială și Medicală Cluj-Napoca",
        name,
        code: Some(code),
        capacity: None,
        beneficiaries: Some(beneficiaries),
        status: ServiceStatus::Planned,
        origin: Origin::ActionPlan2024,
        town: MunicipalityId::ClujNapoca,
        year: 2024,
        remark: None,
        stated_needs: &[],
        source: PLAN,
    }
}

const fn ngo(name: &'static str) -> Service {
    Service {
        provider: name,
        name: "",
        code: None,
        capacity: None,
        beneficiaries: None,
        status: ServiceStatus::Existing,
        origin: Origin::NgoCatalogue,
        town: MunicipalityId::ClujNapoca,
        year: SEEDS_READ_ON_YEAR,
        remark: None,
        stated_needs: &[],
        source: CATALOGUE,
    }
}

const fn nom(code: &'static str, category: &'static str, beneficiaries: &'static str) -> CodeLine {
    CodeLine {
        code,
        category,
        beneficiaries,
    }
}

/// The year the undated pages were read.
const SEEDS_READ_ON_YEAR: i32 = 2026;

/// Seed `002`, table A: "Serviciile sociale existente la nivel local".
pub static EXISTING_2024: [Service; 120] = [
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul de zi \"Țara minunilor\"", Some("8891 CZ-C-II"), Some("38")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul de servicii socio medicale", Some("8891 CZ-C-III"), Some("70")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul social de urgență", Some("8790 CR-PFA-I"), Some("50")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul de găzduire temporară", Some("8790 CR-PFA-I"), Some("64")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul social comunitar", Some("8899 CZ-PN-V"), Some("30")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul de Resurse pentru Părinți și Copii", Some("8899 CZ-F-I"), Some("25")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul pentru prevenirea și combaterea violenței în familie", Some("8899 CZ-VD-I"), Some("25/lună")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centru de Incluziune socială", None, Some("120")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul de zi pentru vârstnici nr. 1", None, Some("110")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "Centrul de zi pentru vârstnici nr. 2", None, Some("85")),
    plan("Direcția de Asistență Socială și Medicală în subordinea Consiliului Local al municipiului Cluj-Napoca", "10 Cluburi de pensionari", None, Some("255")),
    plan("Agenția Națională Antidrog", "Centrul de prevenire, evaluare și consiliere antidrog Cluj", Some("8899 CZ-AD-I"), Some("72")),
    plan("Federația Comunităților Evreiești din România - Cultul Mozaic", "Centru de îngrijire și asistență la domiciliu \"Yad Be Yad\" Cluj Napoca", Some("8810 ID-I"), Some("40")),
    plan("Fundația World Vision România", "Centrul de zi pentru consiliere și sprijin pentru părinți și copii", Some("8899 CZ-F-I"), Some("30")),
    plan("Fundația World Vision România", "Serviciul de asistență comunitară pentru adulți", Some("8899 CZ-PN-V"), Some("30")),
    plan("Arhiepiscopia Vadului, Feleacului și Clujului", "Centrul de informare și consiliere", Some("8899 CZ-PN-III"), Some("12/zi")),
    plan("Asociația Alfa Grup", "Serviciul de ajutor Alfa Grup", Some("8899 CZ-PN-V"), Some("30")),
    plan("Asociația Autism Transilvania", "Centrul de zi pentru copii cu dizabilități Autism Transilvania", Some("8891 CZ-C-III"), Some("70")),
    plan("Asociația Betel Hope", "Centrul de zi pentru copii BETEL", Some("8891 CZ-C-II"), Some("12")),
    plan("Asociația Caritabilă Maria Gabriel", "Centrul rezidențial Maria Gabriel", Some("8790 CR-II"), Some("6")),
    plan("Asociația Caritas Eparhial Greco - Catholic Cluj", "Unitatea de îngrijire la domiciliu pentru persoane vârstnice", Some("8810 ID-I"), Some("65/lună")),
    plan("Asociația Caritas Eparhial Greco - Catholic Cluj", "Centru de zi pentru copii aflați în situație de risc de separare de părinți", Some("8891 CZ-C-II"), Some("30")),
    plan("Asociația Caritas Eparhial Greco - Catholic Cluj", "Centrul de zi de recuperare pentru copii cu dizabilități", Some("8891 CZ-C-III"), Some("30")),
    plan("Asociația Casa Aksza", "Casa de tip familial Casa Aksza", Some("8790 CR-C-I"), Some("15")),
    plan("Asociația Casa Greta", "Cămin pentru îngrijire vârstnici", Some("8730 CR-V-I"), Some("26")),
    plan("Asociația Casa Maria Pentru Îngrijirea Bătrânilor", "Centrul rezidențial de îngrijire și asistență pentru persoane vârstnice", Some("8730 CR-V-I"), Some("15")),
    plan("Asociația Căsuța Bucuriei", "Casa de tip familial \"Căsuța Bucuriei\"", Some("8790 CR-C-I"), Some("10")),
    plan("Asociația Club Partener U 1919", "Serviciul social de asistență comunitară „Oameni pentru oameni”", Some("8899 CZ-PN-V"), Some("30/lună")),
    plan("Asociația Congregația Surorilor Maicii Domnului", "Casa de tip familial \"Maica Domnului\"", Some("8790 CR-C-I"), Some("10")),
    plan("Asociația de Caritate Proiect Theodora", "Cămin pentru persoane vârstnice Casa Theodora", Some("8730 CR-V-I"), Some("98")),
    plan("ADIZMC", "Serviciul de asistență comunitară", Some("8899 CZ-PN-V"), Some("30")),
    plan("ADIZMC", "Centrul de consiliere pentru prevenirea și combaterea violenței domestice", Some("8899 CZ-VD-I"), Some("8/zi")),
    plan("Asociația Dorina Palace", "Centrul rezidențial de îngrijire și recuperare a persoanelor vârstnice Dorina Palace", Some("8730 CR-V-I"), Some("38")),
    plan("Asociația Down Centrul Educațional \"Raluca\"", "Centrul de zi pentru persoane cu handicap", Some("8899CZ-D-I"), Some("20")),
    plan("Asociația Familia Regăsită", "Serviciul de asistență comunitară AFR", Some("8899 CZ-PN-V"), Some("50/lună")),
    plan("Asociația Familia Regăsită", "Centrul de zi AFR pentru copii din familii aflate în dificultate", Some("8891 CZ-C-II"), Some("12")),
    plan("Asociația Filantropică Medical Creștină Christiana - Filiala Cluj", "Cantina socială Sf. Arhidiacon Ștefan", Some("8899 CPDH-I"), Some("150")),
    plan("Asociația Filantropică Medical Creștină Christiana - Filiala Cluj", "Centrul de asistență medico - socială Sf. Pantelimon", Some("8899 CZ-PN-V"), Some("60/lună")),
    plan("Asociația Filantropică Medical Creștină Christiana - Filiala Cluj", "Centrul de servicii de asistență comunitară în adicții Răscruci", Some("8899 CZ-PN-V"), Some("98")),
    plan("Asociația Filantropică Medical Creștină Christiana - Filiala Cluj", "Centrul de prevenire, evaluare și consiliere antidrog Casa Albă", Some("8899 CZ-AD-I"), Some("40")),
    plan("Asociația Filantropică Medical Creștină Christiana - Filiala Cluj", "Serviciul de asistență comunitară Educație și familie", Some("8899 CZ-PN-V"), Some("20/zi")),
    plan("Asociația Filantropică Medical Creștină Christiana - Filiala Cluj", "Centrul de zi pentru copii- Centrul de servicii sociale Acoperământul Maicii Domnului", Some("8891 CZ-C-II"), Some("20")),
    plan("Asociația Filantropică Medical Creștină Christiana - Filiala Cluj", "Centrul de consiliere și sprijin pentru părinți și copii- Centrul de servicii sociale Acoperământul Maicii Domnului", Some("8899 CZ-F-I"), Some("40")),
    plan("Asociația Gal & Gal", "Cămin pentru persoane vârstnice Casa Ambrozia", Some("8730 CR-V-I"), Some("26")),
    plan("Asociația Humana", "Căminul de vârstnici Casa Humana", Some("8730 CR-V-I"), Some("14")),
    plan("Asociația Humana", "Ambulanța socială", Some("8899 SIS-II"), Some("10/zi")),
    plan("Asociația Humana", "Serviciul de îngrijire la domiciliu", Some("8810 ID-I"), Some("15")),
    plan("Asociația Little People România", "Consiliere și sprijin pentru copiii bolnavi de cancer", Some("8899 CZ-PN-V"), Some("50")),
    plan("Asociația Lumea ca Lumea", "Servicii de asistență comunitară", Some("8899 CZ-PN-V"), Some("4/zi")),
    plan("Asociația Maghiară a Handicapaților Motori Cluj", "Cămin social „Sfântul Kamill,", Some("8730 CR-V-I"), Some("52")),
    plan("Asociația Națională a Surzilor din România - Filiala Surzilor Cluj", "Asistență și suport pentru persoanele adulte cu dizabilități de auz", Some("8899 SC-D-I"), Some("14")),
    plan("Asociația Nevăzătorilor din România Filiala Județeană Cluj", "Servicii de Asistență și Suport pentru Persoanele Adulte cu Deficiențe Vizuale", Some("8899 SC-D-I"), Some("20")),
    plan("Asociația pentru Protejarea și Ajutorarea Handicapaților Motor Cluj - APAHM Cluj", "Centrul de Zi pentru Persoane Adulte cu Dizabilități Napoca Protheus", Some("8899 CZ-D-I"), Some("13")),
    plan("Asociația pentru Protejarea și Ajutorarea Handicapaților Neuro - Psihici", "Centrul de zi Sf. Maria Cluj", Some("8899 CZ-D-I"), Some("22")),
    plan("Asociația Pentru Solidaritate și Empatie Delia Grădinaru", "Serviciul de asistență comunitară ASE Delia Grădinaru", Some("8899 CZ-PN-V"), Some("12")),
    plan("Asociația Preventis", "Servicii de asistență comunitară antidrog", Some("8899 CZ-PN-V"), Some("600/lună")),
    plan("Asociația Preventis", "Centrul de consiliere și sprijin pentru părinți și copii", Some("8899 CZ-F-I"), Some("50")),
    plan("Asociația Providența Gondviseles Fursorge Cluj", "Centrul de zi pentru persoane cu dizabilități", Some("8899 CZ-D-I"), Some("12")),
    plan("Asociația Serviciul de Ajutor Maltez în România", "Masa pe roți", Some("8899 CPDH-II"), Some("22")),
    plan("Asociația Serviciul de Ajutor Maltez în România", "Servicii de asistență comunitară", Some("8899 CZ-PN-V"), Some("20")),
    plan("Asociația Serviciul de Ajutor Maltez în România", "Unitate de îngrijire la domiciliu", Some("8818 ID-I"), Some("30")),
    plan("Asociația Serviciul de Ajutor Maltez în România", "Centrul de zi pentru copii cu dizabilități neuromotorii \"Grădinița specială malteză\"", Some("8891 CZ-C-III"), Some("25")),
    plan("Asociația Sfântul Nectarie Cluj", "Centrul de îngrijiri paliative Sfântul Nectarie", Some("8710 CRMS-II"), Some("40")),
    plan("Asociația Transilvania pentru Promovarea Bolnavilor Psihici", "Servicii sociale acordate în comunitate destinate persoanelor adulte", Some("8899 CZ-PN-V"), Some("406")),
    plan("Casa cu Bunici Filofteia S.R.L.", "Cămin pentru persoane vârstnice Casa cu bunici Filofteia", Some("8730 CR-V-I"), Some("36")),
    Service {
        remark: Some("SE INTRODUC"),
        ..plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centrul de servicii de recuperare neuro-motorie de tip ambulatoriu pentru persoane adulte cu dizabilități Cluj-Napoca", Some("8899 CZ-D-II"), Some("8"))
    },
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centru de zi pentru persoane adulte cu Alzheimer", Some("8899 CZ-D-I"), Some("8/zi")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centru de zi/recuperare pentru copii cu autism", Some("8891 CZ-C-III"), Some("24")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centru de recuperare pentru copii cu handicap motor/ fizic/ neuropsihic", Some("8891 CZ-C-III"), Some("50")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Casa de tip Familial 2 Cluj Napoca", Some("8790 CR-C-I"), Some("12")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Casa de tip Familial 3 Cluj Napoca", Some("8790 CR-C-I"), Some("12")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centru de zi pentru copii cu dizabilități nr.9 Țândărică", Some("8891 CZ-C-III"), Some("10")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centru rezidențial pentru copii cu dizabilități nr.9 Țândărică", Some("8790 CR-C-I"), Some("16")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Casa de Tip Familial Târnavelor Cluj", Some("8790 CR-C-I"), Some("12")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Casa de tip familial Grigorescu Cluj", Some("8790 CR-C-I"), Some("12")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centru rezidențial pentru copii cu dizabilități nr. 10 \"Pinocchio\" Cluj Napoca", Some("8790 CR-C-I"), Some("6")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centru de zi de recuperare pentru copii cu dizabilități nr. 10 \"Pinocchio\" Cluj Napoca", Some("8891 CZ-C-III"), Some("16")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Casa de tip familial \"Perlino\"", Some("8790 CR-C-I"), Some("12")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Adăpost de noapte pentru copii străzii \"Arlechino\" Cluj- Napoca", Some("8790 CR-C-III"), Some("12")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Casa 1-Casa de tip familial-Complex comunitar de servicii pentru copilul cu handicap", Some("8790 CR-C-I"), Some("12")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centrul Maternal \"Luminița\" Cluj-Napoca", Some("8790 CR-MC-I"), Some("6")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centrul de Primire a Copilului în Regim de Urgență Gavroche", Some("8790 CR-C-II"), Some("22")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Rețeaua de Asistenți maternali profesioniști, Persoane/Familii de plasament", Some("8790 SF-C"), Some("140 AMP, 40 P/F")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centrul de zi de recuperare pentru copii cu dizabilități Cluj Napoca", Some("8891 CZ-C-III"), Some("50")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centrul de recuperare pentru copii cu dizabilități Cluj Napoca", Some("8891 CZ-C-III"), Some("10")),
    plan("Direcția Generală de Asistență Socială și Protecția Copilului Cluj", "Centrul de zi pentru integrare/reintegrare socio-profesională a persoanelor adulte cu dizabilități Cluj-Napoca", Some("8899 CZD-I"), Some("8")),
    plan("Filiala Napoca a Societății Române de Sprijin a Vârstnicilor și Suferinșilor cu Afecțiuni de Tip Alzheimer", "Echipa mobilă pentru persoane adulte cu dizabilități \"Unitatea Mobilă Alzheimer Napoca\" (UMAN)", Some("8810 ID-VI"), Some("2")),
    plan("Fundația Biblos", "Căminul pentru persoane vârstnice Bethesda", Some("8730 CR-V-I"), Some("20")),
    plan("Fundația Clinica Pro Vita", "Centrul de zi de consiliere și informare", Some("8899 CZ-PN-III"), None),
    plan("Fundația Creștină de Ajutorare", "Centru de îngrijire la domiciliu Petro", Some("8810 ID-I"), Some("10")),
    plan("Fundația Creștină Diakonia", "Cămin pentru persoane vârstnice Fratele bun", Some("8730 CR-V-I"), Some("20")),
    plan("Fundația Creștină Diakonia", "Unitate de îngrijire la domiciliu pentru persoane vârstnice și persoane aflate în situație de dependență", Some("8810 ID-I"), Some("150/ lună")),
    plan("Fundația de Caritate Herald", "Serviciul de asistență comunitară", Some("8899 CZ-PN-V"), Some("3")),
    plan("Fundația Febe", "Cămin pentru persoane vârstnice", Some("8730 CR-V-I"), Some("68")),
    plan("Fundația Febe", "Centrul de abilitare și reabilitare pentru persoane adulte cu dizabilități", Some("8790 CR-D-II"), Some("16")),
    plan("Fundația Pentru Îngrijirea Vârstnicului", "Centrul de zi pentru persoane vârstnice", Some("8810 CZ-V-I"), Some("60/zi")),
    plan("Fundația Pentru Îngrijirea Vârstnicului", "Unitate de îngrijire la domiciliu pentru persoane vârstnice", Some("8810 ID-I"), Some("15/zi")),
    plan("Fundația Prison Fellowship România", "Centrul de incluziune socială", Some("8790 CR-PFA-I"), Some("24")),
    plan("Fundația Prison Fellowship România", "Serviciul de Asistență Comunitară", Some("8899 CZ-PN-V"), Some("0")),
    plan("Fundația Prison Fellowship România", "Cantina Socială", Some("8899 CPDH-I"), Some("0")),
    plan("Fundația Română pentru Copii, Comunitate și Familie", "Centrul de zi \"Clujul Are Suflet\"", Some("8891 CZ-C-II"), Some("50")),
    plan("Fundația Română pentru Copii, Comunitate și Familie", "Centrul de zi Everychild", Some("8891 CZ-C-II"), Some("45")),
    plan("Organizația Creștină Ecce Homo", "Asistența socială a familiilor aflate în criză", Some("8899 CZ-PN-V"), Some("30/lună")),
    plan("Organizația Creștină Ecce Homo", "Asistența socială a vârstnicilor Bunicii - semenii noștri", Some("8899 CZ-PN-V"), Some("40/lună")),
    plan("Organizația Creștină Ecce Homo", "Asistență socială a persoanei vârstnice - Serviciul de îngrijiri la domiciliu Avus", Some("8810 ID-I"), Some("25/lună")),
    plan("Organizația Creștină Ecce Homo", "Casa de tip familial \"a-mic\"", Some("8790 CR-C-I"), Some("10")),
    plan("Parohia Ortodoxă Română Sfânta Treime", "Cantina socială Sfântul Ioan cel Milostiv", Some("8899 CPDH-I"), Some("20")),
    plan("Parohia Ortodoxă Română Sfânta Treime", "Serviciul de asistență comunitară Sfânta Treime", Some("8899 CZ-PN-V"), Some("50/lună")),
    plan("Penitenciarul Gherla", "Serviciul educație și asistență psihosocială, secția exterioară Cluj-Napoca", Some("8899 CZ-PN-IV"), Some("70")),
    plan("Protopopiatul Ortodox Român Cluj I", "Serviciul de asistență comunitară Protopopiatul Ortodox Român Cluj I", Some("8899 CZ-PN-V"), Some("21 /lună")),
    plan("Protopopiatul Ortodox Român Cluj II", "Serviciul de asistență comunitară - Protopopiatul Ortodox Român Cluj II", Some("8899 CZ-PN-V"), Some("13 /lună")),
    plan("Societatea Femeilor Ortodoxe din Arhiepiscopia Vadului, Feleacului și Clujului", "Programul Sfântul Vasile cel Mare de servicii sociale acordate în comunitate persoanelor adulte", Some("8899 CZ-PN-V"), Some("85/lună")),
    plan("Societatea Națională de Cruce Roșie din România, Filiala Cluj", "Serviciul de asistență comunitară al Crucii Roșii române, filiala Cluj", Some("8899 CZ-PN-V"), Some("20/lună")),
    plan("Uniunea Creștină din România", "Centrul Rezidențial Sf. Ioan al lui Dumnezeu de reintegrare socio-profesională a persoanelor fără adăpost", Some("8790 CR-PFA-I"), Some("10")),
    plan("Uniunea Creștină din România", "Centru de zi pentru copii aflați în situații de risc de separare de părinți", Some("8891 CZ-C-II"), Some("40")),
    plan("Universitatea Babeș Bolyai", "Centrul de consiliere pentru prevenirea și combaterea violenței domestice din cadrul Centrului de cercetare și prevenire a violenței familiale și societale", Some("8899 CZ-VD-I"), Some("4/zi")),
    plan("Asociația Misionarii lui Padre Pio", "Centrul social- comunitar Pietrelcina", Some("8899CZ-PN-V"), Some("100")),
    plan("Asociația Misionarii lui Padre Pio", "Centrul Socio-educational de zi pentru copii Solievo", Some("8891CZ-C-VI"), Some("40")),
    plan("Asociația Misionarii lui Padre Pio", "Serviciul social în comunitate – Hrană pe roți Mânca-vor săracii și se vor sătura", Some("8899CPDH-II"), Some("100")),
    plan("Asociația Clujul pentru Viață", "Centrul de zi de consiliere și informare", Some("8899CZ-PN-III"), Some("3/zi")),
];

/// Seed `002`, table B: "Servicii sociale propuse spre a fi înființate"
/// (the page names no provider; the plan is DASM's).
pub static PLANNED_2024: [Service; 3] = [
    planned(
        "Centru rezidențial de îngrijire și asistență socială pentru persoane vârstnice",
        "8730 CR-V-I",
        "Persoane vârstnice",
    ),
    planned(
        "Adăpost pentru victimele violenței domestice",
        "8790 CR-VD-I",
        "Victime adulte ale violenței domestice și copiii acestora",
    ),
    planned(
        "Centru rezidențial de recuperare din adicții",
        "8720 CR-AD-I",
        "copii adulți",
    ),
];

/// Seed `003`: DGASPC Cluj's two components ("Instituția își desfășoară
/// activitatea pe două componente principale").
pub static DGASPC_CLUJ: [Service; 2] = [
    Service {
        provider: "Direcţia Generală de Asistenţă Socială şi Protecţia Copilului Cluj",
        name: "Componenta Protecţia Drepturilor Copilului",
        code: None,
        capacity: None,
        beneficiaries: None,
        status: ServiceStatus::Existing,
        origin: Origin::Dgaspc,
        town: MunicipalityId::ClujNapoca,
        year: SEEDS_READ_ON_YEAR,
        remark: None,
        // "Prevenirea abandonului, abuzului şi a neglijării copilului";
        // "Promovarea protecţiei copilului cu nevoi speciale".
        stated_needs: &[Need::ChildrenAtRisk, Need::DisabilityChildren],
        source: DGASPC,
    },
    Service {
        provider: "Direcţia Generală de Asistenţă Socială şi Protecţia Copilului Cluj",
        name: "Componenta Asistenţă Socială a Persoanei Adulte",
        code: None,
        capacity: None,
        beneficiaries: None,
        status: ServiceStatus::Existing,
        origin: Origin::Dgaspc,
        town: MunicipalityId::ClujNapoca,
        year: SEEDS_READ_ON_YEAR,
        remark: None,
        // "persoanelor vârstnice şi persoanelor cu handicap"; "Creşterea
        // calităţii serviciilor oferite pentru victimele violenţei în
        // familie".
        stated_needs: &[
            Need::OlderPeople,
            Need::DisabilityAdults,
            Need::DomesticViolence,
        ],
        source: DGASPC,
    },
];

/// Seed `000`: "Catalog ONG-uri Cluj-Napoca" (names as printed).
pub static NGO_CATALOGUE: [Service; 23] = [
    ngo("ASOCIAȚIA NAȚIONALĂ A INTRPREȚILOR AUTORIZAȚI ÎN LIMBAJ MIMICO-GESTUAL (ANILMG)"),
    ngo("ASOCIAȚIA BABILON TRAVEL"),
    ngo("ASOCIAŢIA „CĂSUŢA BUCURIEI”"),
    ngo("ASOCIAȚIA AUTISM TRANSILVANIA"),
    ngo("ASOCIAȚIA CARITAS EPARHIAL GRECO CATOLIC"),
    ngo("FUNDAȚIA PENTRU ÎNGRIJIREA VARSTNICULUI"),
    ngo("ASOCIAȚIA MAGHIARĂ A HANDICAPAȚILOR MOTORI CLUJ"),
    ngo("SOCIETATEA FEMEILOR ORTODOXE DIN ARDEAL"),
    ngo("ASOCIAȚIA FILANTROPICĂ MEDICAL CREȘTINĂ CHRISTIANA"),
    ngo("CONGREGAȚIA SURORILOR MAICII DOMNULUI"),
    ngo("ORGANIZAȚIA CREȘTINĂ „ECCE HOMO”"),
    ngo("FUNDAȚIA „FAMILIA SFÂNTĂ”"),
    ngo("ASOCIAȚIA FAMILIA REGĂSITĂ"),
    ngo("FUNDAȚIA CREȘTINĂ DE AJUTORARE"),
    ngo("FUNDAȚIA DEZVOLTAREA POPOARELOR"),
    ngo("FUNDAȚIA DE CARITATE HERALD"),
    ngo("ASOCIAȚIA INCEPTIS MOVENS"),
    ngo("SERVICIUL DE AJUTOR MALTEZ IN ROMÂNIA"),
    ngo("ASOCIAȚIA PENTRU AJUTORAREA ȘI PROTEJAREA HANDICAPATILOR MOTOR"),
    ngo("ASOCIAȚIA PREVENTIS"),
    ngo("ASOCIAȚIA PROVIDENȚA GONVISELLES FURSORGE"),
    ngo("ORGANIZAȚIA CREȘTINĂ „SOMETHING NEW”"),
    ngo("UNIUNEA CREȘTINĂ DIN ROMÂNIA"),
];

const fn navodari(
    name: &'static str,
    capacity: Option<&'static str>,
    needs: &'static [Need],
) -> Service {
    Service {
        provider: "Direcția Asistență Socială Năvodari",
        name,
        code: None,
        capacity,
        beneficiaries: None,
        status: ServiceStatus::Existing,
        origin: Origin::Navodari,
        town: MunicipalityId::Navodari,
        year: SEEDS_READ_ON_YEAR,
        remark: None,
        stated_needs: needs,
        source: NAVODARI,
    }
}

/// Seed `004`: "SERVICII SOCIALE" and DGASPC Constanța's emergency module.
pub static NAVODARI_SERVICES: [Service; 5] = [
    navodari("Cantina de ajutor social", None, &[Need::Food]),
    // "Capacitatea totala a centrului este de maxim 50 de locuri".
    navodari(
        "Centru de Zi pentru Copii",
        Some("50"),
        &[Need::ChildrenAtRisk],
    ),
    navodari(
        "Centru de Zi pentru Persoane in Varsta",
        None,
        &[Need::OlderPeople],
    ),
    navodari(
        "Unitate de ingrijire la domiciliu pentru persoane varstnice",
        None,
        &[Need::OlderPeople],
    ),
    Service {
        provider: "DGASPC Constanta",
        name: "Modul de Primire in Regim de Urgenta pentru victimele violentei in familie",
        ..navodari("", None, &[Need::DomesticViolence])
    },
];

/// Seed `002`, D.1: the nomenclature of service codes (HG 867/2015), with
/// each code's category and beneficiaries.
pub static NOMENCLATURE: [CodeLine; 73] = [
    nom("8710 CRMS-I", "Centre rezidențiale medico- sociale", "Persoane vârstnice, bolnavi cronici în fază terminală"),
    nom("8710 CRMS-II", "Centre rezidențiale de îngrijiri paliative", "Persoane vârstnice, bolnavi cronici în fază terminală"),
    nom("8720 CR-AD-I", "Centre rezidențiale de reabilitare socială pentru adicții", "Persoane cu diferite adicții: droguri, alcool, alte substanțe toxice"),
    nom("8720 CR-AD-II", "Centre rezidențiale de tip comunitate terapeutică", "Persoane cu diferite adicții: droguri, alcool, alte substanțe toxice"),
    nom("8730 CR-V-I", "Cămine pentru persoane vârstnice", "Persoane vârstnice"),
    nom("8730 CR-V-II", "Centre de tip respiro/centre de criză", "Persoane vârstnice"),
    nom("8730 CR-V-III", "Locuințe protejate", "Persoane vârstnice"),
    nom("8790 CR-D-I", "Centre de îngrijire și asistență", "Persoane adulte cu dizabilități"),
    nom("8790 CR-D-II", "Centre de abilitare și reabilitare", "Persoane adulte cu dizabilități"),
    nom("8790 CR-D-IV", "Centre pentru viață independentă", "Persoane adulte cu dizabilități"),
    nom("8790 CR-D-VI", "Centre respiro/centre de criză", "Persoane adulte cu dizabilități"),
    nom("8790 CR-D-VII", "Locuințe protejate", "Persoane adulte cu dizabilități"),
    nom("8790 CR-C-I", "Centre rezidențiale pentru copilul separat temporar sau definitiv de părinții săi: centre de plasament, case de tip familial, apartamente, etc.", "Copii în sistemul de protecție specială"),
    nom("8790 CR-C-II", "Centre de primire în regim de urgență", "Copii în sistemul de protecție specială"),
    nom("8790 CR-C-III", "Adăposturi de noapte pentru copiii străzii", "Copii în sistemul de protecție specială"),
    nom("8790 CR-C-IV", "Centre de orientare, supraveghere și sprijinire a reintegrării sociale a copilului care a săvârșit fapte penale și nu răspunde penal", "Copii în sistemul de protecție specială"),
    nom("8790 CR-MC-I", "Centre maternale", "Mamă și copil"),
    nom("8790 CR-MC-II", "Centre pentru gravide în dificultate", "Mamă și copil"),
    nom("8790 CRT-I", "Centre multifuncționale", "Tineri în dificultate"),
    nom("8790 CR-II", "Centre de tranzit", "Tineri în dificultate"),
    nom("8790 EST R", "Internate de tip social", "Elevi, studenți și tineri, care provin din familii aflate în situații de dificultate"),
    nom("8790 CR-VD-I", "Centre de primire în regim de urgență", "Victime ale violenței domestice"),
    nom("8790 CR-VD-II", "Centre de recuperare", "Victime ale violenței domestice"),
    nom("8790 CR-VD-III", "Locuințe protejate", "Victime ale violenței domestice"),
    nom("8790 CR-PFA-I", "Centre rezidențiale de asistență și reintegrare/reintegrare socială pentru persoanele fără adăpost", "Persoane fără adăpost"),
    nom("8790 CR-PFA-II", "Adăposturi de noapte", "Persoane fără adăpost"),
    nom("8790 CR-VTP-I", "Centre de asistență și protecție a victimelor", "Victime ale traficului de persoane"),
    nom("8790 CR-VTP-II", "Locuințe protejate", "Victime ale traficului de persoane"),
    nom("8790 CR-PD-I", "Centre rezidențiale de îngrijire și asistență persoane dependente (bolnavi cronici, bolnavi în fază terminală, etc.)", "Persoane în situație de dependență"),
    nom("8790 CR-PD-II", "Centre rezidențiale recuperare/reabilitare persoane dependente (altele decât persoanele vârstnice și persoanele cu dizabilități)", "Persoane în situație de dependență"),
    nom("8810 CZ-V-I", "Centre de zi de asistență și recuperare", "Persoane vârstnice"),
    nom("8810 CZ-V-II", "Centre de zi de socializare și petrecere a timpului liber (tip club)", "Persoane vârstnice"),
    nom("8810 ID-I", "Unități de îngrijire la domiciliu", "Persoane vârstnice, persoane cu dizabilități, persoane aflate în situație de dependență"),
    nom("8810 ID-III", "4 Servicii de îngrijire la domiciliu pentru persoane adulte cu dizabilități", "Persoane vârstnice, persoane cu dizabilități, persoane aflate în situație de dependență"),
    nom("8810 ID-VI", "Echipe mobile pentru persoane adulte cu dizabilități", "Persoane vârstnice, persoane cu dizabilități, persoane aflate în situație de dependență"),
    nom("8899 SC-D-I", "Servicii de asistență și suport", "Servicii în comunitate pentru persoane adulte cu dizabilități"),
    nom("8899 CZ-D-I", "Centre de zi", "Persoane adulte cu dizabilități"),
    nom("8899 CZ-D-II", "Centre de servicii de recuperare neuromotorie de tip ambulatoriu", "Persoane adulte cu dizabilități"),
    nom("8891CZ-C-I", "Creșe", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-II", "Centre de zi pentru copii aflați în situație de risc de separare de părinți", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-III", "Centre de zi de recuperare pentru copii cu dizabilități", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-IV", "Centre de zi pentru pregătirea și sprijinirea integrării sau reintegrării copilului în familie", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-V", "Centre de zi de coordonare și informare pentru copiii străzii", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-VI", "Centre de zi pentru dezvoltarea deprinderilor de viață independentă", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-VII", "Centre de zi pentru orientarea, supravegherea și sprijinirea reintegrării sociale a copilului care săvârșește fapte penale și nu răspunde penal", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891 CZ-C-VIII", "Servicii de supraveghere și îngrijire pe timpul zilei acordate de bone", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-TC", "Telefonul copilului", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    nom("8891CZ-C-EM", "Echipe mobile", "Copii: copii în familie, copii separați sau în risc de separare de părinți"),
    // The page prints "Familie cu copii" in this row's code column and no
    // code; table 3.a gives 8899 CZ-F-I at the same row (49).
    nom("8899 CZ-F-I", "Centre de zi pentru consiliere și sprijin pentru părinți și copii", "Familie cu copii"),
    nom("8899 CZ-VD-I", "Centre de consiliere pentru prevenirea și combaterea violenței în familie", "Victime ale violenței în familie și agresori"),
    nom("8899 CZ-VD-II", "Centre de informare și sensibilizare a populației", "Victime ale violenței în familie și agresori"),
    nom("8899 CZ-VD-III", "Centre de asistență destinate agresorilor", "Victime ale violenței în familie și agresori"),
    nom("8899 CZ-VD-LTP", "Linie telefonică de urgență (help-line) destinată victimelor violenței domestice", "Victime ale violenței domestice"),
    nom("8899 CZ-AD-I", "Centre de zi pentru prevenire, evaluare și consiliere antidrog", "Persoane toxico-dependente, persoane cu diferite adicții: droguri, alcool, alte substanțe toxice etc."),
    nom("8899 CZ-AD-II", "Centre de zi de integrare- reintegrare socială", "Persoane toxico-dependente, persoane cu diferite adicții: droguri, alcool, alte substanțe toxice etc."),
    nom("8899 CZ-AD-III", "Centre de zi pentru asistența integrată a adicțiilor", "Persoane toxico-dependente, persoane cu diferite adicții: droguri, alcool, alte substanțe toxice etc."),
    nom("8899 CZ-AD-IV", "Centre de zi pentru reducerea riscurilor asociate consumului de droguri", "Persoane toxico-dependente, persoane cu diferite adicții: droguri, alcool, alte substanțe toxice etc."),
    nom("8899 CZ-VTP-I", "Centre de zi pentru informare și consiliere", "Victime ale traficului de persoane"),
    nom("8899 CZ-VTP-II", "Centre de zi pentru integrare/reintegrare socială", "Victime ale traficului de persoane"),
    nom("8899 CZ-PFA-I", "Centre de zi pentru informare și consiliere", "Persoane fără adăpost"),
    nom("8899 CZ-PFA-II", "Centre de zi pentru integrare/reintegrare socială", "Persoane fără adăpost"),
    nom("8899 CRPCSA", "Centre regionale de proceduri și cazare a solicitanților de azil și a celor cărora le-a fost acordată o formă de protecție în România", "Solicitanți de azil și persoane care au primit o formă de protecție în România"),
    nom("8899 CZ-PN-I", "Centre de zi pentru victime ale dezastrelor naturale", "Alte persoane aflate în situații de nevoie"),
    nom("8899 CZ-PN-II", "Centre de suport pentru situații de urgență/de criză", "Alte persoane aflate în situații de nevoie"),
    nom("8899 CZ-PN-III", "Centre de zi de consiliere și informare", "Alte persoane aflate în situații de nevoie"),
    nom("8899 CZ-PN-IV", "Centre de zi de integrare/reintegrare socială", "Alte persoane aflate în situații de nevoie"),
    nom("8899 CZ-PN-V", "Servicii de asistență comunitară", "Alte persoane aflate în situații de nevoie"),
    nom("8899 CZ-PN-VI", "Serviciu pentru sprijinirea victimelor infracțiunilor", "Alte persoane aflate în situații de nevoie"),
    nom("8899 CZ-PN-VII", "Centre respiro pentru familiile copiilor cu dizabilități", "Alte persoane aflate în situații de nevoie"),
    nom("8899 SIS-I", "Echipă mobilă", "Persoane fără adăpost, persoane cu diferite adicții, victime ale violenței în familie, victime ale dezastrelor naturale etc."),
    nom("8899-SIS-II", "Ambulanța socială", "Persoane fără adăpost, persoane cu diferite adicții, victime ale violenței în familie, victime ale dezastrelor naturale etc."),
    nom("8899 CPDH-I", "Cantine sociale", "Persoane în risc de sărăcie"),
    nom("8899 CPDH-II", "Servicii mobile de acordare a hranei - masa pe roți", "Persoane în risc de sărăcie"),
];

/// Every entry of the directory, in the order above.
pub fn all() -> impl Iterator<Item = &'static Service> {
    EXISTING_2024
        .iter()
        .chain(PLANNED_2024.iter())
        .chain(DGASPC_CLUJ.iter())
        .chain(NGO_CATALOGUE.iter())
        .chain(NAVODARI_SERVICES.iter())
}

/// A code's letters without digits, spaces or hyphens ("8899 CZ-PN-V" →
/// "CZPNV"), so the page's spellings ("8899CZ-D-I", "8899 CZD-I", the typo
/// "8818 ID-I") meet the nomenclature's.
pub fn code_key(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The nomenclature line for a code, if the code is in it.
pub fn code_line(code: &str) -> Option<&'static CodeLine> {
    let key = code_key(code);
    NOMENCLATURE.iter().find(|l| code_key(l.code) == key)
}

/// The plain needs a service code stands for (seed `002`'s categories of
/// beneficiaries, put in plain words).
pub fn code_needs(code: &str) -> &'static [Need] {
    use Need::*;
    let key = code_key(code);
    let k = key.as_str();
    // Longer prefixes first: CRVD and CRVTP start like CRV.
    if k.starts_with("CPDH") {
        &[Food]
    } else if k == "CRMSI" {
        &[PalliativeCare, OlderPeople]
    } else if k.starts_with("CRMS") || k.starts_with("CRPD") {
        &[PalliativeCare]
    } else if k.starts_with("CRAD") || k.starts_with("CZAD") {
        &[Addiction]
    } else if k.starts_with("CRVD") || k.starts_with("CZVD") {
        &[DomesticViolence]
    } else if k.starts_with("CRPFA") || k.starts_with("CZPFA") {
        &[Homelessness]
    } else if k.starts_with("CRVTP") || k.starts_with("CZVTP") {
        &[CommunitySupport]
    } else if k.starts_with("CRV") || k.starts_with("CZV") {
        &[OlderPeople]
    } else if k.starts_with("CRD") || k.starts_with("CZD") || k.starts_with("SCD") {
        &[DisabilityAdults]
    } else if k == "CZCIII" || k == "CZPNVII" {
        &[DisabilityChildren]
    } else if k.starts_with("CZC")
        || k.starts_with("CRC")
        || k.starts_with("CRMC")
        || k == "SFC"
        || k == "CZFI"
    {
        &[ChildrenAtRisk]
    } else if k == "IDI" {
        &[OlderPeople, DisabilityAdults]
    } else if k.starts_with("ID") {
        &[DisabilityAdults]
    } else if k == "SISI" {
        &[Homelessness, Addiction, DomesticViolence]
    } else {
        // 8899 CZ-PN-*, SIS-II, CRT-I, CR-II, EST R, CRPCSA.
        &[CommunitySupport]
    }
}

/// What kind of service an entry is.
pub fn kind(s: &Service) -> ServiceKind {
    let name = fold(s.name);
    match s.code.map(code_key) {
        _ if matches!(s.origin, Origin::Dgaspc | Origin::NgoCatalogue) => ServiceKind::Organisation,
        Some(k) if k == "CPDHI" => ServiceKind::Canteen,
        Some(k) if k == "CPDHII" => ServiceKind::MealsOnWheels,
        Some(k) if k.starts_with("ID") => ServiceKind::HomeCare,
        Some(k) if k == "SFC" => ServiceKind::FosterCare,
        Some(k) if k.starts_with("CR") => ServiceKind::Residential,
        Some(k) if k.starts_with("CZPN") || k.starts_with("SC") || k.starts_with("SIS") => {
            ServiceKind::Community
        }
        Some(k) if k.starts_with("CZ") => ServiceKind::DayCentre,
        Some(_) => ServiceKind::Community,
        None if name.contains("cantina") => ServiceKind::Canteen,
        None if name.contains("ingrijire la domiciliu") => ServiceKind::HomeCare,
        None if name.contains("centru de zi")
            || name.contains("centrul de zi")
            || name.contains("cluburi") =>
        {
            ServiceKind::DayCentre
        }
        None if name.contains("modul de primire") => ServiceKind::Residential,
        None => ServiceKind::Community,
    }
}

/// Needs a service's own name says beyond its code ("copii cu autism" in
/// a residential code, "vârstnici" in a community one); for a service with
/// no code, its name alone.
fn name_needs(s: &Service) -> Vec<Need> {
    let name = fold(s.name);
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    let mut needs = Vec::new();
    let disability = has(&[
        "dizabilit",
        "handicap",
        "autism",
        "deficiente vizuale",
        "de auz",
    ]);
    let children = has(&["copii", "copil"]);
    if disability && children {
        needs.push(Need::DisabilityChildren);
    } else if disability {
        needs.push(Need::DisabilityAdults);
    }
    if has(&["varstnic", "batrani", "pensionari", "alzheimer", "bunicii"]) {
        needs.push(Need::OlderPeople);
    }
    if has(&["antidrog", "adictii"]) {
        needs.push(Need::Addiction);
    }
    if has(&["violent"]) {
        needs.push(Need::DomesticViolence);
    }
    if has(&["fara adapost", "strazii"]) {
        needs.push(Need::Homelessness);
    }
    if has(&["paliativ"]) {
        needs.push(Need::PalliativeCare);
    }
    if has(&["cantina", "masa pe roti", "hrana pe roti"]) {
        needs.push(Need::Food);
    }
    needs
}

/// Every need an entry serves: the ones its page states, its code's, and
/// its name's.
pub fn needs(s: &Service) -> Vec<Need> {
    let mut all: Vec<Need> = s.stated_needs.to_vec();
    if let Some(code) = s.code {
        all.extend_from_slice(code_needs(code));
    }
    all.extend(name_needs(s));
    if all.is_empty() && s.origin == Origin::ActionPlan2024 {
        all.push(Need::CommunitySupport);
    }
    all.sort();
    all.dedup();
    all
}

/// The beneficiaries as the page gives them: table B's own, else the
/// nomenclature's for the code.
pub fn beneficiaries(s: &Service) -> Option<&'static str> {
    s.beneficiaries
        .or_else(|| s.code.and_then(code_line).map(|l| l.beneficiaries))
}

/// Cluj-Napoca's directory entries for `need` (seeds `002`, `003`, `000`).
pub fn for_need(need: Need) -> Vec<&'static Service> {
    for_need_in(MunicipalityId::ClujNapoca, need)
}

/// A town's directory entries for `need`; none for a town we hold no
/// directory for (the words send the person to their town hall).
pub fn for_need_in(town: MunicipalityId, need: Need) -> Vec<&'static Service> {
    all()
        .filter(|s| s.town == town && needs(s).contains(&need))
        .collect()
}

/// Every entry whose provider, name, code, beneficiaries or code category
/// holds every word of `query` (case, diacritics and the code's spaces and
/// hyphens aside). An empty query finds nothing.
pub fn search(query: &str) -> Vec<&'static Service> {
    let words: Vec<String> = fold(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    all()
        .filter(|s| {
            let mut text = fold(s.provider);
            text.push(' ');
            text.push_str(&fold(s.name));
            if let Some(code) = s.code {
                text.push(' ');
                text.push_str(&fold(code));
                text.push(' ');
                text.push_str(&code_key(code).to_lowercase());
                if let Some(line) = code_line(code) {
                    text.push(' ');
                    text.push_str(&fold(line.category));
                }
            }
            if let Some(b) = beneficiaries(s) {
                text.push(' ');
                text.push_str(&fold(b));
            }
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect()
}

/// A town's entries matching `query`.
pub fn search_in(town: MunicipalityId, query: &str) -> Vec<&'static Service> {
    search(query)
        .into_iter()
        .filter(|s| s.town == town)
        .collect()
}

// ---------------------------------------------------------------------------
// Links from the verdicts and the "what brings you" topics (our routing)
// ---------------------------------------------------------------------------

/// A situation the person names, and where it leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    ChildAtRisk,
    DomesticViolence,
    OlderPersonAlone,
    NoCanteenPlace,
}

/// Where a situation leads: the needs to list (only these kinds of
/// service, when given), the institution roles, the numbers.
#[derive(Debug, Serialize)]
pub struct Referral {
    pub situation: Situation,
    pub needs: &'static [Need],
    /// `None`: every kind of service for those needs.
    pub kinds: Option<&'static [ServiceKind]>,
    /// The county directorate (DGASPC) of the profile, when it matters.
    pub county_directorate: bool,
    pub numbers: &'static [EmergencyPurpose],
}

pub static SITUATIONS: [Referral; 4] = [
    // A child at risk: DGASPC and the child-protection services.
    Referral {
        situation: Situation::ChildAtRisk,
        needs: &[Need::ChildrenAtRisk],
        kinds: None,
        county_directorate: true,
        numbers: &[
            EmergencyPurpose::ChildAbuse,
            EmergencyPurpose::ChildHelpline,
        ],
    },
    // Domestic violence: the counselling centres and the lines.
    Referral {
        situation: Situation::DomesticViolence,
        needs: &[Need::DomesticViolence],
        kinds: None,
        county_directorate: true,
        numbers: &[
            EmergencyPurpose::AllEmergencies,
            EmergencyPurpose::DomesticViolence,
        ],
    },
    // An older person living alone: home care and day centres.
    Referral {
        situation: Situation::OlderPersonAlone,
        needs: &[Need::OlderPeople],
        kinds: Some(&[ServiceKind::HomeCare, ServiceKind::DayCentre]),
        county_directorate: false,
        numbers: &[],
    },
    // No place at the canteen: canteens and meals on wheels.
    Referral {
        situation: Situation::NoCanteenPlace,
        needs: &[Need::Food],
        kinds: Some(&[ServiceKind::Canteen, ServiceKind::MealsOnWheels]),
        county_directorate: false,
        numbers: &[],
    },
];

pub fn referral(situation: Situation) -> &'static Referral {
    SITUATIONS
        .iter()
        .find(|r| r.situation == situation)
        .unwrap_or(&SITUATIONS[0])
}

/// The services a situation leads to in a town.
pub fn services_for(town: MunicipalityId, situation: Situation) -> Vec<&'static Service> {
    let r = referral(situation);
    all()
        .filter(|s| s.town == town)
        .filter(|s| needs(s).iter().any(|n| r.needs.contains(n)))
        .filter(|s| {
            r.kinds.is_none_or(|kinds| {
                kinds.contains(&kind(s))
                    || kind(s) == ServiceKind::Organisation && r.county_directorate
            })
        })
        .collect()
}

/// The county directorate a town's profile names for a situation.
pub fn county_directorate(town: MunicipalityId) -> InstitutionId {
    match town {
        MunicipalityId::ClujNapoca => InstitutionId::DgaspcCluj,
        MunicipalityId::Navodari => InstitutionId::DgaspcConstanta,
        MunicipalityId::Other => InstitutionId::OwnCountyDgaspc,
    }
}

/// The directory's needs a "what brings you" topic calls for.
pub fn topic_needs(topic: Topic) -> &'static [Need] {
    match topic {
        Topic::Child | Topic::BackToWork | Topic::Heating | Topic::Rent => &[],
        Topic::LowIncome => &[Need::Food],
        Topic::Disability => &[Need::DisabilityChildren, Need::DisabilityAdults],
        Topic::ElderlyAtHome => &[Need::OlderPeople, Need::PalliativeCare],
        Topic::Crisis => &[
            Need::DomesticViolence,
            Need::ChildrenAtRisk,
            Need::Homelessness,
        ],
    }
}

/// The situations a benefit's answer links to.
pub fn benefit_links(benefit: BenefitId) -> &'static [Situation] {
    match benefit {
        BenefitId::SocialCanteen => &[Situation::NoCanteenPlace],
        BenefitId::NavodariHomeCare | BenefitId::NavodariElderlyDayCentre => {
            &[Situation::OlderPersonAlone]
        }
        BenefitId::NavodariChildrenDayCentre | BenefitId::ParentsLeavingToWorkAbroad => {
            &[Situation::ChildAtRisk]
        }
        BenefitId::NavodariEmergencyAid | BenefitId::EmergencyAid => {
            &[Situation::DomesticViolence, Situation::ChildAtRisk]
        }
        _ => &[],
    }
}
