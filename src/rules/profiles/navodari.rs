//! Năvodari (seed `004`, Direcția Asistență Socială Năvodari): its office,
//! hours (the Thursday afternoon), phones, e-mail and the e-mail filing
//! rules (one PDF, in the page's order), the monthly filing windows, the
//! forms the page names, its own benefits and the county's numbers. Its
//! national rules apply everywhere and live in the benefits' own files;
//! what is here is Năvodari's alone.

use crate::rules::core::ids::local::{EmailList, LocalForm, PaymentsAgency};
use crate::rules::core::municipality::{
    Contact, MunicipalityId, Office, OpeningHours, Phone, PhonePurpose, RemoteFiling,
};
use crate::rules::core::outcome::{BenefitId, Reach};
use crate::rules::core::params::means::DISABILITY_PAGE;
use crate::rules::core::params::navodari::{DAY_CENTRES_PAGE, HOME_CARE_PAGE, PAGE};

use super::{
    Duty, EmailOrder, EmergencyNumber, EmergencyPurpose, FilingWindow, FindContact, Institution,
    InstitutionId, Names, Profile, N112, N119,
};

const EMAIL: &str = "asistentasociala@primaria-navodari.ro";

/// "PROGRAM DE LUCRU CU PUBLICUL: Luni, Marti, Miercuri, Vineri: 8 30 – 12
/// 00; Joi: 8 30 – 12 00 , 15 00 – 17 00".
const HOURS: [OpeningHours; 4] = [
    OpeningHours {
        first_weekday: 1,
        last_weekday: 3,
        opens: "08:30",
        closes: "12:00",
    },
    OpeningHours {
        first_weekday: 4,
        last_weekday: 4,
        opens: "08:30",
        closes: "12:00",
    },
    OpeningHours {
        first_weekday: 4,
        last_weekday: 4,
        opens: "15:00",
        closes: "17:00",
    },
    OpeningHours {
        first_weekday: 5,
        last_weekday: 5,
        opens: "08:30",
        closes: "12:00",
    },
];

/// The filing sections ("PERIOADA DE DEPUNERE"): "Luni – Vineri: 08:00 –
/// 12:00; Joi: 08:00-12:00; 15:00 – 17:00". Kept as the other reading; the
/// office's hours above open later, so "open now" follows them.
const FILING_HOURS: [OpeningHours; 2] = [
    OpeningHours {
        first_weekday: 1,
        last_weekday: 5,
        opens: "08:00",
        closes: "12:00",
    },
    OpeningHours {
        first_weekday: 4,
        last_weekday: 4,
        opens: "15:00",
        closes: "17:00",
    },
];

/// "Date de contact: Navodari, str. Sanatatii, nr.2, telefon: 0241.760822";
/// "La sediul instituției (Năvodari, str. Sanătăţii nr. 2)".
pub const OFFICE: Office = Office {
    name: "Direcția Asistență Socială Năvodari",
    address: "str. Sănătății nr. 2, Năvodari",
    counter: None,
    hours: &HOURS,
    phone: "0241.760.822",
    portal: None,
    source: PAGE,
    email: Some(Contact {
        value: EMAIL,
        source: PAGE,
    }),
    other_phones: &PHONES,
    remote_filing: &[RemoteFiling::Email {
        address: EMAIL,
        one_pdf: true,
        source: PAGE,
    }],
    other_hours_reading: &FILING_HOURS,
};

/// "0241.760.822/0756.055.582" and the contact block's compartments.
const PHONES: [Phone; 5] = [
    Phone {
        number: "0756.055.582",
        purpose: PhonePurpose::Office,
        source: PAGE,
    },
    Phone {
        number: "0745.520597",
        purpose: PhonePurpose::BenefitsAndDisability,
        source: PAGE,
    },
    Phone {
        number: "0744.485985",
        purpose: PhonePurpose::ChildProtection,
        source: PAGE,
    },
    Phone {
        number: "0785.294129",
        purpose: PhonePurpose::ChildrenDayCentre,
        source: PAGE,
    },
    Phone {
        number: "0785.294067",
        purpose: PhonePurpose::ElderlyDayCentreAndHomeCare,
        source: PAGE,
    },
];

const CHILD_BENEFITS: [BenefitId; 3] = [
    BenefitId::StateChildAllowance,
    BenefitId::ChildRaisingAllowance,
    BenefitId::InsertionIncentive,
];

pub static PROFILE: Profile = Profile {
    id: MunicipalityId::Navodari,
    names: Names {
        ro: "Năvodari",
        hu: None,
        en: None,
    },
    // The page names "Agenția Județeană pentru Plăți și Inspecție Socială
    // Constanța" and "D.G.A.S.P.C. Constanța".
    county: Some("Constanța"),
    office: Some(&OFFICE),
    institutions: &INSTITUTIONS,
    benefit_places: &[
        (BenefitId::SocialCanteen, InstitutionId::CanteenNavodari),
        (
            BenefitId::NavodariChildrenDayCentre,
            InstitutionId::ChildrenDayCentreNavodari,
        ),
        (
            BenefitId::NavodariElderlyDayCentre,
            InstitutionId::ElderlyCareNavodari,
        ),
        (BenefitId::NavodariHomeCare, InstitutionId::ElderlyCareNavodari),
    ],
    local_benefits: &[
        BenefitId::NavodariHolidayTickets,
        BenefitId::NavodariEmergencyAid,
        BenefitId::NavodariFuneralAid,
        BenefitId::NavodariHomeCare,
        BenefitId::NavodariChildrenDayCentre,
        BenefitId::NavodariElderlyDayCentre,
    ],
    filing_windows: &[
        // "PERIOADA DE DEPUNERE: LUNAR între 01 și 25 (inclusiv) ale lunii"
        // (alocație de stat, indemnizație de creștere, stimulent de inserție).
        FilingWindow {
            benefits: &CHILD_BENEFITS,
            first_day: 1,
            last_day: 25,
            source: PAGE,
        },
        // "LUNAR între 01 și 20 (inclusiv) ale lunii" (tichete grădiniță).
        FilingWindow {
            benefits: &[BenefitId::KindergartenTickets],
            first_day: 1,
            last_day: 20,
            source: PAGE,
        },
    ],
    email_orders: &[
        EmailOrder {
            benefit: BenefitId::StateChildAllowance,
            list: EmailList::StateAllowance,
            items: &[
                "Cererea care să conțină telefon și adresă de mail",
                "Carte de identitate titular",
                "Carte de identitate celălalt părinte",
                "Certificat de naștere copil",
                "Anchetă socială (după caz)",
                "Dispoziție DGASPC (după caz)",
                "Sentință civilă cu ștampilă tribunal definitivă prin “neapelare” (după caz)",
                "Certificat căsătorie/livret familie",
                "Anexa 1",
                "Numere de asigurare emise de statul în care este născut minorul sau unde locuiește familia în prezent, pentru ambii părinți",
                "Copii după documentele din care să reiasă adresa de domiciliu din statul membru UE în care locuiește familia/a locuit familia",
                "Copie extras de cont pe numele reprezentantului legal care solicită beneficiul",
            ],
            source: PAGE,
        },
        EmailOrder {
            benefit: BenefitId::InsertionIncentive,
            list: EmailList::NewInsertionIncentive,
            items: &[
                "Cerere (număr de telefon + mail obligatoriu)",
                "Declarația celuilalt părinte",
                "Cărțile de identitate pentru părinții minorului",
                "Certificat de naștere copil/copii",
                "Certificat de căsătorie/anchetă socială",
                "Adeverință venit angajator/declaratie ANAF (pentru activitati independente)",
                "Copie extras de cont",
            ],
            source: PAGE,
        },
        EmailOrder {
            benefit: BenefitId::InsertionIncentive,
            list: EmailList::IncentiveFromChildRaising,
            items: &[
                "Cerere (număr de telefon + mail obligatoriu)",
                "Declarația celuilalt părinte",
                "Cărțile de identitate pentru părinții minorului",
                "Certificat de naștere copil/copii",
                "Certificat de căsătorie/anchetă socială",
                "Decizie reluare activitate/declaratie ANAF (activități independente)",
                "Extras de cont",
            ],
            source: PAGE,
        },
    ],
    // ICC: "Online pe adresa de email (respectând indicațiile menționate la
    // baza paginii)", with no list of its own; heating aid and the energy
    // supplement: "prin intermediul poştei electronice".
    email_without_order: &[
        BenefitId::ChildRaisingAllowance,
        BenefitId::HeatingAid,
        BenefitId::EnergySupplement,
    ],
    // Kindergarten tickets: "MODALITATE DE DEPUNERE: La sediul instituției"
    // only; the allowance and the assistant: "Dosarele se depun la sediul".
    at_office_only: &[
        BenefitId::KindergartenTickets,
        BenefitId::PersonalAssistantOrAllowance,
    ],
    forms: &[
        (
            BenefitId::StateChildAllowance,
            &[
                LocalForm::NavodariStateAllowance,
                LocalForm::NavodariEuAnnex,
                LocalForm::NavodariAjpisTransfer,
            ],
        ),
        (
            BenefitId::ChildRaisingAllowance,
            &[LocalForm::NavodariChildRaising, LocalForm::NavodariAjpisTransfer],
        ),
        (
            BenefitId::InsertionIncentive,
            &[
                LocalForm::NavodariInsertionIncentive,
                LocalForm::NavodariAjpisTransfer,
            ],
        ),
        (
            BenefitId::HeatingAid,
            &[
                LocalForm::NavodariHeatingApplication,
                LocalForm::NavodariChangeRequest,
                LocalForm::NavodariAssetList,
            ],
        ),
        (
            BenefitId::EnergySupplement,
            &[
                LocalForm::NavodariHeatingApplication,
                LocalForm::NavodariChangeRequest,
            ],
        ),
        (
            BenefitId::Vmi,
            &[
                LocalForm::NavodariVmiApplication,
                LocalForm::NavodariVmiDeclaration,
                LocalForm::NavodariVmiPaymentUndertaking,
                LocalForm::NavodariVmiChanges,
                LocalForm::NavodariVmiAssetList,
                LocalForm::NavodariVmiLeaflet,
            ],
        ),
        (
            BenefitId::KindergartenTickets,
            &[LocalForm::NavodariKindergartenTickets],
        ),
        (BenefitId::SocialCanteen, &[LocalForm::NavodariCanteen]),
        (
            BenefitId::PersonalAssistantOrAllowance,
            &[
                LocalForm::NavodariDisabilityAllowance,
                LocalForm::NavodariPersonalAssistantHiring,
                LocalForm::NavodariPatientConsent,
                LocalForm::NavodariUndertaking,
            ],
        ),
        (
            BenefitId::NavodariFuneralAid,
            &[LocalForm::NavodariFuneralApplication],
        ),
        (
            BenefitId::NavodariHolidayTickets,
            &[LocalForm::NavodariHolidayTicketsApplication],
        ),
        (BenefitId::NavodariHomeCare, &[LocalForm::NavodariHomeCare]),
        (
            BenefitId::NavodariChildrenDayCentre,
            &[LocalForm::NavodariChildrenDayCentre],
        ),
        (
            BenefitId::NavodariElderlyDayCentre,
            &[LocalForm::NavodariElderlyDayCentre],
        ),
        (
            BenefitId::ParentsLeavingToWorkAbroad,
            &[LocalForm::NavodariParentAbroad],
        ),
    ],
    payments_agency: PaymentsAgency::AjpisConstanta,
    emergency_numbers: &NUMBERS,
    source: PAGE,
};

/// "TELEFOANE DE URGENTA": 119 (national), then the county's lines.
static NUMBERS: [EmergencyNumber; 5] = [
    N112,
    N119,
    // "VICTIMELE VIOLENȚEI ÎN FAMILIE: tel. 0341/921 tel. 0800.500.333
    // (gratuit, cu apelare 24 de ore din 24)".
    EmergencyNumber {
        number: "0341/921",
        purpose: EmergencyPurpose::DomesticViolence,
        reach: Reach::Local,
        free_24h: true,
        source: PAGE,
    },
    EmergencyNumber {
        number: "0800.500.333",
        purpose: EmergencyPurpose::DomesticViolence,
        reach: Reach::Local,
        free_24h: true,
        source: PAGE,
    },
    // "TELEFONUL COPILULUI – 0241/983 ... pot fi reclamate cazurile de
    // abuz impotriva minorilor".
    EmergencyNumber {
        number: "0241/983",
        purpose: EmergencyPurpose::ChildHelpline,
        reach: Reach::Local,
        free_24h: false,
        source: PAGE,
    },
];

static INSTITUTIONS: [Institution; 8] = [
    Institution {
        id: InstitutionId::DasNavodari,
        name: Some(OFFICE.name),
        address: Some(OFFICE.address),
        phones: &[
            Phone {
                number: "0241.760.822",
                purpose: PhonePurpose::Office,
                source: PAGE,
            },
            Phone {
                number: "0756.055.582",
                purpose: PhonePurpose::Office,
                source: PAGE,
            },
        ],
        email: OFFICE.email,
        hours: &HOURS,
        portal: None,
        duties: &[Duty::RegistersDossiers],
        find_contact: None,
        source: PAGE,
    },
    // "Anchetă socială efectuată de către Serviciul autoritate tutelară,
    // situat pe str. Mălinului"; "Comp. Protectia Copilului-Autoritate
    // Tutelara: 0744.485985".
    Institution {
        id: InstitutionId::GuardianshipNavodari,
        name: Some("Serviciul autoritate tutelară"),
        address: Some("str. Mălinului, Năvodari"),
        phones: &[Phone {
            number: "0744.485985",
            purpose: PhonePurpose::ChildProtection,
            source: PAGE,
        }],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::SocialInquiry, Duty::ChildProtection],
        find_contact: None,
        source: PAGE,
    },
    // "Agenția Județeană pentru Plăți si Inspecție Socială Constanța": no
    // address or phone on the page.
    Institution {
        id: InstitutionId::AjpisConstanta,
        name: Some("Agenția Județeană pentru Plăți și Inspecție Socială Constanța (AJPIS)"),
        address: None,
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::DecidesAndPaysChildBenefits],
        find_contact: Some(FindContact::AskDasNavodari),
        source: PAGE,
    },
    // "acord indemnizație de la D.G.A.S.P.C. Constanța – bloc Turn Gară";
    // "In cadrul DGASPC Constanta exista si un Modul de Primire in Regim de
    // Urgenta pentru victimele violentei in familie".
    Institution {
        id: InstitutionId::DgaspcConstanta,
        name: Some("D.G.A.S.P.C. Constanța"),
        address: Some("bloc Turn Gară"),
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[
            Duty::DisabilityAllowanceAgreement,
            Duty::DomesticViolenceVictims,
        ],
        find_contact: Some(FindContact::AskDasNavodari),
        source: DISABILITY_PAGE,
    },
    // "avand sediul in cladirea situata in Navodari, str.Sanatatii, nr.2 (la
    // etaj)".
    Institution {
        id: InstitutionId::CanteenNavodari,
        name: Some("Cantina de Ajutor Social Năvodari"),
        address: Some("str. Sănătății nr. 2 (la etaj), Năvodari"),
        phones: &[],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::CanteenMeals],
        find_contact: None,
        source: PAGE,
    },
    // "Centrul de zi pentru Copii: 0785.294129".
    Institution {
        id: InstitutionId::ChildrenDayCentreNavodari,
        name: Some("Centrul de Zi pentru Copii"),
        address: None,
        phones: &[Phone {
            number: "0785.294129",
            purpose: PhonePurpose::ChildrenDayCentre,
            source: PAGE,
        }],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::ChildrenDayCare],
        find_contact: None,
        source: DAY_CENTRES_PAGE,
    },
    // "Centrul de zi pentru Persoane Varstnice/ Unitate Ingrijire la
    // domiciliu persoane in varsta: 0785.294067".
    Institution {
        id: InstitutionId::ElderlyCareNavodari,
        name: Some("Centrul de zi pentru persoane în vârstă / Unitatea de îngrijire la domiciliu"),
        address: None,
        phones: &[Phone {
            number: "0785.294067",
            purpose: PhonePurpose::ElderlyDayCentreAndHomeCare,
            source: PAGE,
        }],
        email: None,
        hours: &[],
        portal: None,
        duties: &[Duty::ElderlyDayCareAndHomeCare],
        find_contact: None,
        source: HOME_CARE_PAGE,
    },
    // "Relatii Programul 50/20 -Asistenta si Sprijin umanitar pentru
    // persoanele refugiate din UCRAINA: Telefon mobil: 0762.247195 –
    // E-mail: refugiatinavodari@gmail.com".
    Institution {
        id: InstitutionId::UkraineProgrammeNavodari,
        name: Some("Programul 50/20 – Asistență și sprijin umanitar pentru persoanele refugiate din Ucraina"),
        address: None,
        phones: &[Phone {
            number: "0762.247195",
            purpose: PhonePurpose::UkraineRefugees,
            source: PAGE,
        }],
        email: Some(Contact {
            value: "refugiatinavodari@gmail.com",
            source: PAGE,
        }),
        hours: &[],
        portal: None,
        duties: &[Duty::RefugeeHelp],
        find_contact: None,
        source: PAGE,
    },
];
