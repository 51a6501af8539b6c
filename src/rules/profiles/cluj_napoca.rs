//! Cluj-Napoca (the default): DASM's Social Protection Service (seed `000`;
//! where the older page `001` differs, `000` stands: the phone is `000`'s,
//! the e-mail is `001`'s alone), AJPIS Cluj (it decides and pays the child
//! benefits), DGASPC Cluj (seed `003`), the Social Inclusion Centre, and
//! Cluj-Napoca's own programmes.

use crate::rules::core::ids::local::PaymentsAgency;
use crate::rules::core::municipality::{
    MunicipalityId, Phone, PhonePurpose, DASM_CLUJ, DASM_CLUJ_PAGE,
};
use crate::rules::core::outcome::BenefitId;
use crate::rules::core::params::means::DGASPC_PAGE;

use super::{
    Duty, EmergencyNumber, FindContact, Institution, InstitutionId, Names, Profile, N112, N119,
};

pub static PROFILE: Profile = Profile {
    id: MunicipalityId::ClujNapoca,
    names: Names {
        ro: "Cluj-Napoca",
        hu: None,
        en: None,
    },
    county: Some("Cluj"),
    office: Some(&DASM_CLUJ),
    institutions: &INSTITUTIONS,
    benefit_places: &[(
        BenefitId::SocialInclusionCentre,
        InstitutionId::InclusionCentreCluj,
    )],
    // Cluj-Napoca's own programmes and what DASM's pages describe as its
    // own services: screened only here. (The national benefits DASM files
    // are in every profile.)
    local_benefits: &[
        BenefitId::RentAid,
        BenefitId::EmergencyAid,
        BenefitId::FuneralAid,
        BenefitId::DentalProgramme,
        BenefitId::FoodTicketProgramme,
        BenefitId::EuFoodAid,
        BenefitId::SchoolSupplies,
        BenefitId::DoubleHouseholdExpensesCertificate,
        BenefitId::SeasonalWorkCertificate,
        BenefitId::SocialInclusionCentre,
        BenefitId::NgoSubsidies,
        BenefitId::NgoGrants,
    ],
    filing_windows: &[],
    email_orders: &[],
    email_without_order: &[],
    at_office_only: &[],
    forms: &[],
    payments_agency: PaymentsAgency::OwnCounty,
    emergency_numbers: &NUMBERS,
    source: DASM_CLUJ_PAGE,
};

static NUMBERS: [EmergencyNumber; 2] = [N112, N119];

static INSTITUTIONS: [Institution; 5] = [
    Institution {
        id: InstitutionId::DasmCluj,
        name: Some(DASM_CLUJ.name),
        address: Some(DASM_CLUJ.address),
        phones: &[Phone {
            number: DASM_CLUJ.phone,
            purpose: PhonePurpose::Office,
            source: DASM_CLUJ_PAGE,
        }],
        email: DASM_CLUJ.email,
        hours: DASM_CLUJ.hours,
        portal: DASM_CLUJ.portal,
        duties: &[Duty::RegistersDossiers, Duty::RefersToServices],
        find_contact: None,
        source: DASM_CLUJ_PAGE,
    },
    // Seed 000: "este necesară întocmirea unei anchete sociale. Aceasta se realizează de către
    // servicilul Autoritarea Tutelară (str. Venus, 20-22, DASM)".
    Institution {
        id: InstitutionId::GuardianshipCluj,
        name: Some("Autoritatea Tutelară (DASM)"),
        address: Some("str. Venus nr. 20-22, Cluj-Napoca"),
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::SocialInquiry],
        find_contact: None,
        source: DASM_CLUJ_PAGE,
    },
    // Seed 000: "Adresa Agenţiei Judeţene pentru Plăţi şi Inspecţie
    // Socială Cluj este str. G. Coşbuc, nr. 2." No phone or hours.
    Institution {
        id: InstitutionId::AjpisCluj,
        name: Some("Agenția Județeană pentru Plăți și Inspecție Socială Cluj (AJPIS)"),
        address: Some("str. G. Coșbuc nr. 2, Cluj-Napoca"),
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::DecidesAndPaysChildBenefits],
        find_contact: Some(FindContact::AjpisCluj),
        source: DASM_CLUJ_PAGE,
    },
    // Seed 003: what DGASPC Cluj does; its address and phone are not on
    // the pages.
    Institution {
        id: InstitutionId::DgaspcCluj,
        name: Some("Direcţia Generală de Asistenţă Socială şi Protecţia Copilului Cluj (DGASPC)"),
        address: None,
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[
            Duty::ChildProtection,
            Duty::AdultsInDifficulty,
            Duty::SocialEmergencies,
            Duty::DomesticViolenceVictims,
        ],
        find_contact: Some(FindContact::DgaspcCluj),
        source: DGASPC_PAGE,
    },
    // Seed 000: "Sediul Centrului de incluziune socială este în municipiul
    // Cluj-Napoca, str. Plevnei, nr. 158."
    Institution {
        id: InstitutionId::InclusionCentreCluj,
        name: Some("Centrul de incluziune socială (DASM)"),
        address: Some("str. Plevnei nr. 158, Cluj-Napoca"),
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::EmploymentInclusion],
        find_contact: None,
        source: DASM_CLUJ_PAGE,
    },
];
