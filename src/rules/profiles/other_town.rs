//! Any other Romanian town: the national benefits, filed at the social
//! assistance service of the person's own town hall ("serviciului public
//! de asistență socială de la domiciliu", Legea 272/2004 as seed `004`
//! quotes it). We hold no address, hours or phone for it, and no town's own
//! programme: a person is never told "no" because of the town.

use crate::rules::core::ids::local::PaymentsAgency;
use crate::rules::core::municipality::MunicipalityId;
use crate::rules::core::params::navodari::PAGE;

use super::{
    Duty, EmergencyNumber, FindContact, Institution, InstitutionId, Names, Profile, N112, N119,
};

/// The town hall's social assistance service: no name, address or phone
/// of our own; the words say where it is.
pub static TOWN_HALL: Institution = Institution {
    id: InstitutionId::OwnTownHall,
    name: None,
    address: None,
    phones: &[],
    email: None,
    hours: &[],
    portal: None,
    duties: &[Duty::RegistersDossiers],
    find_contact: Some(FindContact::OwnTownHall),
    source: PAGE,
};

pub static PROFILE: Profile = Profile {
    id: MunicipalityId::Other,
    names: Names {
        ro: "altă localitate",
        hu: None,
        en: None,
    },
    county: None,
    office: None,
    institutions: &INSTITUTIONS,
    benefit_places: &[],
    local_benefits: &[],
    filing_windows: &[],
    email_orders: &[],
    email_without_order: &[],
    at_office_only: &[],
    forms: &[],
    payments_agency: PaymentsAgency::OwnCounty,
    emergency_numbers: &NUMBERS,
    source: PAGE,
};

static NUMBERS: [EmergencyNumber; 2] = [N112, N119];

static INSTITUTIONS: [Institution; 3] = [
    Institution {
        id: InstitutionId::OwnTownHall,
        name: None,
        address: None,
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::RegistersDossiers],
        find_contact: Some(FindContact::OwnTownHall),
        source: PAGE,
    },
    Institution {
        id: InstitutionId::OwnCountyAjpis,
        name: None,
        address: None,
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::DecidesAndPaysChildBenefits],
        find_contact: Some(FindContact::OwnTownHall),
        source: PAGE,
    },
    Institution {
        id: InstitutionId::OwnCountyDgaspc,
        name: None,
        address: None,
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::ChildProtection, Duty::AdultsInDifficulty],
        find_contact: Some(FindContact::OwnTownHall),
        source: PAGE,
    },
];
