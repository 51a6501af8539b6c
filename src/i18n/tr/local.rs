//! Romanian for what depends on the town (issue 19): Năvodari's own
//! benefits, the parents-abroad duty, the profiles' offices, windows,
//! e-mail rules and numbers, "open now", and the directory's needs.
//! `ro.rs` sends each of this area's identifiers here.

use rust_decimal::Decimal;

use super::{date, date_with_weekday, lei, plural, year_month};
use crate::rules::directory::{Need, ServiceStatus};
use crate::rules::household::{HomeCareSituation, LocalEmergency};
use crate::rules::local::{
    EmailList, LocalCriterion, LocalDocument, LocalFact, LocalForm, LocalNote, PaymentsAgency,
    PensionerTier, TicketCategory,
};
use crate::rules::municipality::{MunicipalityId, PhonePurpose};
use crate::rules::outcome::{BenefitId, Deadline, DeadlineId};
use crate::rules::profiles::{
    ClosedReason, Duty, EmergencyPurpose, FindContact, Institution, OpenState,
};

pub fn benefit_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::ParentsLeavingToWorkAbroad => {
            "Plecarea părinților la muncă în străinătate: anunțul cu 40 de zile înainte"
        }
        BenefitId::NavodariHolidayTickets => "Tichete sociale de Paște și de Crăciun (Năvodari)",
        BenefitId::NavodariEmergencyAid => "Ajutor de urgență (Năvodari)",
        BenefitId::NavodariFuneralAid => "Ajutor de înmormântare (Năvodari)",
        BenefitId::NavodariHomeCare => {
            "Îngrijire la domiciliu pentru persoane vârstnice (Năvodari)"
        }
        BenefitId::NavodariChildrenDayCentre => "Centrul de zi pentru copii (Năvodari)",
        BenefitId::NavodariElderlyDayCentre => "Centrul de zi pentru persoane în vârstă (Năvodari)",
        _ => "",
    }
}

/// The town's name in a sentence ("în Năvodari").
pub fn town(m: MunicipalityId) -> &'static str {
    match m {
        MunicipalityId::ClujNapoca => "Cluj-Napoca",
        MunicipalityId::Navodari => "Năvodari",
        MunicipalityId::Other => "altă localitate",
    }
}

fn ticket_category(c: TicketCategory) -> &'static str {
    match c {
        TicketCategory::MinimumIncome => {
            "familie cu venit minim de incluziune (fostul venit minim garantat)"
        }
        TicketCategory::FamilySupport => {
            "familie cu ajutor pentru familia cu copii (fosta alocație pentru susținerea familiei)"
        }
        TicketCategory::SevereOrAccentuatedDisability => "persoană cu handicap grav sau accentuat",
        TicketCategory::Pensioner => "pensionar cu venit net de cel mult 1.450 lei",
        TicketCategory::OverSixtyWithoutIncome => "persoană de peste 60 de ani, fără niciun venit",
    }
}

fn emergency(e: LocalEmergency) -> &'static str {
    match e {
        LocalEmergency::Medical => "probleme medicale deosebite, certificate de medicul specialist",
        LocalEmergency::Calamity => "calamitate naturală, incendiu sau accident",
        LocalEmergency::ChildExceptional => {
            "o situație excepțională care pune în pericol dezvoltarea copilului"
        }
        LocalEmergency::None => "niciuna dintre acestea",
    }
}

fn home_care_situation(s: HomeCareSituation) -> &'static str {
    match s {
        HomeCareSituation::NoFamilyOrSupport => "nu are familie sau nu e în întreținerea cuiva obligat la aceasta",
        HomeCareSituation::NoHome => "nu are locuință și nici cum să și-o asigure",
        HomeCareSituation::InsufficientIncome => "nu are venituri proprii sau nu îi ajung pentru îngrijire",
        HomeCareSituation::CannotManageAlone => "nu se poate gospodări singură sau are nevoie de îngrijire specializată",
        HomeCareSituation::SocioMedicalNeeds => "din cauza bolii sau a stării fizice ori psihice nu își poate asigura nevoile socio-medicale",
    }
}

pub fn criterion(c: &LocalCriterion) -> (String, Option<String>) {
    let who = |member: usize| format!("Persoana {}", member + 1);
    match c {
        LocalCriterion::TicketCategory { member, category, age, net_income, tier, age_exactly_limit } => {
            let title = format!("{}: categoria pentru tichetele de Paște și Crăciun", who(*member));
            let mut detail = match category {
                Some(c) => format!("Categoria: {}.", ticket_category(*c)),
                None => "Nu intră în niciuna dintre categoriile paginii.".to_string(),
            };
            if let Some(income) = net_income {
                detail.push_str(&format!(" Venit net propriu: {}.", lei(*income)));
            }
            if let Some(a) = age {
                detail.push_str(&format!(" Vârsta: {}.", super::age(*a)));
            }
            if let Some(t) = tier {
                detail.push(' ');
                detail.push_str(match t {
                    PensionerTier::UpToMinimumSocialPension => "Venit cel mult cât pensia socială minimă: 60 de lei.",
                    PensionerTier::AboveMinimumSocialPensionUpTo1000 => "Venit peste pensia socială minimă, până la 1.000 lei inclusiv: 50 de lei.",
                    PensionerTier::UpTo1000MinimumPensionUnknown => "Venit de cel mult 1.000 lei: 60 de lei dacă nu trece de pensia socială minimă, altfel 50 de lei.",
                    PensionerTier::Between1000And1001 => "Venit între 1.000 și 1.001 lei: pagina nu are treaptă pentru el.",
                    PensionerTier::From1001To1450 => "Venit între 1.001 și 1.450 lei inclusiv: 40 de lei.",
                });
            }
            if *age_exactly_limit {
                detail.push_str(" Are exact 60 de ani; pagina spune „peste 60 ani”.");
            }
            (title, Some(detail))
        }
        LocalCriterion::AnyTicketCategory { members_in_category } => (
            "Cineva din familie intră într-o categorie a tichetelor".to_string(),
            Some(if *members_in_category == 0 {
                "Nimeni din familie nu intră în categoriile paginii (venit minim, handicap grav sau accentuat, pensionari până la 1.450 lei, peste 60 de ani fără venit).".to_string()
            } else {
                format!("Intră {}.", plural(*members_in_category, "persoană", "persoane"))
            }),
        ),
        LocalCriterion::EmergencySituation { declared } => (
            "O situație de urgență dintre cele de pe pagină".to_string(),
            declared.map(|e| format!("Ați spus: {}.", emergency(e))),
        ),
        LocalCriterion::IncomeUpToMinimumWage { members, income_month, total_net, per_member } => (
            format!("Venitul pe membru de familie din {} de cel mult salariul de bază minim brut pe țară", year_month(*income_month)),
            per_member.map(|p| match total_net {
                Some(t) if t.is_zero() => "Familia nu are niciun venit.".to_string(),
                Some(t) => format!(
                    "Venitul familiei: {} pentru {}, adică {} pe membru. Pagina nu dă suma salariului minim: o compară primăria.",
                    lei(*t),
                    plural(*members, "persoană", "persoane"),
                    lei(p)
                ),
                None => String::new(),
            }),
        ),
        LocalCriterion::EmergencyAmount { situation, needed, max } => (
            match situation {
                LocalEmergency::Calamity => format!("Suma ajutorului pentru calamitate: {}", lei(*max)),
                LocalEmergency::ChildExceptional => format!("Cel mult {} pentru fiecare copil, pe un an școlar", lei(*max)),
                _ => format!("Cel mult {}, după costul medicamentelor, intervenției sau investigațiilor", lei(*max)),
            },
            needed.map(|n| {
                if n <= *max {
                    format!("Aveți nevoie de {}: în limita ajutorului, prin dispoziția primarului.", lei(n))
                } else {
                    format!("Aveți nevoie de {}, peste {}: suma o aprobă Consiliul Local, pentru fiecare caz în parte.", lei(n), lei(*max))
                }
            }),
        ),
        LocalCriterion::FuneralCosts { declared } => (
            "Ați suportat (sau suportați) cheltuielile cu înmormântarea".to_string(),
            declared.map(|d| if d { "Da.".to_string() } else { "Nu: ajutorul se dă celui care le suportă.".to_string() }),
        ),
        LocalCriterion::DeceasedLivedInTown { declared } => (
            "Persoana decedată avea domiciliul în Năvodari".to_string(),
            declared.map(|d| if d { "Da.".to_string() } else { "Nu: pagina cere ca defunctul să fi avut domiciliul în Năvodari.".to_string() }),
        ),
        LocalCriterion::FuneralRoute { vmi_family, other_death_aid } => (
            "Familia primește venit minim, sau are venituri mici și nu a primit ajutor de deces de la altă instituție".to_string(),
            Some(if *vmi_family {
                "Familia primește venitul minim de incluziune (pagina spune „ajutor social”, pe care VMI l-a înlocuit).".to_string()
            } else {
                match other_death_aid {
                    Some(true) => "Ați primit ajutor de deces de la altă instituție: pagina dă acest ajutor doar celor care nu l-au primit.".to_string(),
                    Some(false) => "Nu ați primit ajutor de deces de la altă instituție. Mai contează venitul pe membru de familie, față de salariul minim brut pe țară.".to_string(),
                    None => "Nu știm încă dacă ați primit ajutor de deces de la altă instituție.".to_string(),
                }
            }),
        ),
        LocalCriterion::HomeCareNeed { declared, situations } => (
            "Persoana vârstnică are nevoie de îngrijire la domiciliu, într-una dintre situațiile de pe pagină".to_string(),
            match (declared, situations) {
                (Some(false), _) => Some("Ați spus că nu are nevoie.".to_string()),
                (_, Some(list)) if list.is_empty() => Some("Niciuna dintre situațiile de pe pagină.".to_string()),
                (_, Some(list)) => Some(format!(
                    "Situația: {}.",
                    list.iter().map(|s| home_care_situation(*s)).collect::<Vec<_>>().join("; ")
                )),
                _ => None,
            },
        ),
        LocalCriterion::HomeCareIncome { net_income, limit, vmi_beneficiary } => (
            format!("Gratuit sub {} venit propriu, cu contribuție peste", lei(*limit)),
            if *vmi_beneficiary {
                Some("Primiți venitul minim de incluziune (pagina: „beneficiari ai ajutorului social”): fără contribuție.".to_string())
            } else {
                net_income.map(|i| format!("Venitul net propriu: {}.", lei(i)))
            },
        ),
        LocalCriterion::LeavingToWorkAbroad { declared } => (
            "Un părinte (sau amândoi, ori tutorele) pleacă la muncă în străinătate".to_string(),
            declared.map(|d| if d { "Da.".to_string() } else { "Nu.".to_string() }),
        ),
        LocalCriterion::MinorChild { children } => (
            "În familie este un copil sub 18 ani".to_string(),
            Some(if *children == 0 { "Nu este niciun copil sub 18 ani.".to_string() } else { plural(*children, "copil", "copii") }),
        ),
    }
}

pub fn document(d: &LocalDocument) -> String {
    match d {
        LocalDocument::WrittenRequest => "Cererea scrisă",
        LocalDocument::DeathCertificate => "Certificatul de deces, în original și în copie",
        LocalDocument::ApplicantIdentityCard => "Actul de identitate al solicitantului",
        LocalDocument::KinshipPapers => "Actele de stare civilă din care reiese rudenia cu persoana decedată",
        LocalDocument::HeirOrGuardianPapers => "Actele care arată calitatea de moștenitor, tutore sau curator (după caz)",
        LocalDocument::FuneralInvoiceAndReceipt => "Dovada cheltuielilor cu înmormântarea: factura cu bonul sau chitanța",
        LocalDocument::IncomeCertificates => "Adeverințele de venit",
        LocalDocument::CivilStatusPapers => "Actele de stare civilă ale membrilor familiei",
        LocalDocument::SpecialistMedicalPapers => "Actele medicale de la medicul specialist",
        LocalDocument::IncidentReport => "Procesul-verbal de constatare al instituțiilor abilitate (de exemplu ISU), după caz",
        LocalDocument::ExceptionalSituationProof => "Documentele care arată situația excepțională în care se află familia",
        LocalDocument::SocialInquiry => "Ancheta socială (o face Direcția Asistență Socială)",
        LocalDocument::InvoicesAndReceipts => "Facturile cu bonul sau chitanța pentru ce s-a cumpărat",
        LocalDocument::DepartureNotification => "Anunțul (notificarea) către serviciul de asistență socială de la domiciliu",
        LocalDocument::DelegationRequest => "Cererea către instanța de tutelă pentru delegarea autorității părintești, cu actele care dovedesc rudenia, vârsta și condițiile persoanei desemnate",
        LocalDocument::TicketCategoryPapers => "Copia actului de identitate și actele pe care cererea le cere pentru categoria dumneavoastră",
    }
    .to_string()
}

pub fn form(f: LocalForm) -> &'static str {
    match f {
        LocalForm::NavodariStateAllowance => "Formular AS",
        LocalForm::NavodariEuAnnex => "Anexa nr.1",
        LocalForm::NavodariAjpisTransfer => "Declaratie transfer AJPIS",
        LocalForm::NavodariChildRaising => "Formular ICC",
        LocalForm::NavodariInsertionIncentive => "Formular SI",
        LocalForm::NavodariChangeRequest => "Cerere modificare drepturi asistenta sociala",
        LocalForm::NavodariHeatingApplication => "Cerere-declaratie pe propria raspundere",
        LocalForm::NavodariAssetList => "Lista bunuri",
        LocalForm::NavodariFuneralApplication => "Cerere pentru înmormântare",
        LocalForm::NavodariHolidayTicketsApplication => "Cerere tip tichete sociale",
        LocalForm::NavodariKindergartenTickets => "Cerere-declaratie tichete gradinita",
        LocalForm::NavodariVmiLeaflet => "Pliant informativ",
        LocalForm::NavodariVmiPaymentUndertaking => "Angajament de plata",
        LocalForm::NavodariVmiApplication => "Cerere Venit minim de incluziune",
        LocalForm::NavodariVmiDeclaration => "Declaratie pe propria raspundere",
        LocalForm::NavodariVmiChanges => "Declaratie privind modificarile intervenite",
        LocalForm::NavodariVmiAssetList => "Lista bunurilor ce duc la excluderea acordarii VMI",
        LocalForm::NavodariChildrenDayCentre => "CERERE CZ copii",
        LocalForm::NavodariElderlyDayCentre => "CERERE CZ persoane in varsta",
        LocalForm::NavodariCanteen => "Cerere de înscriere cantina socială",
        LocalForm::NavodariHomeCare => "CERERE de înscriere",
        LocalForm::NavodariParentAbroad => "Declarație părinte plecat în străinătate",
        LocalForm::NavodariPersonalAssistantHiring => "Cerere angajare",
        LocalForm::NavodariPatientConsent => "Acord bolnav",
        LocalForm::NavodariUndertaking => "Angajament",
        LocalForm::NavodariDisabilityAllowance => "Cerere acordare indemnizatie",
    }
}

fn agency(a: PaymentsAgency) -> &'static str {
    match a {
        PaymentsAgency::AjpisConstanta => {
            "Agenția Județeană pentru Plăți și Inspecție Socială (AJPIS) Constanța"
        }
        PaymentsAgency::OwnCounty => {
            "agenția județeană pentru plăți și inspecție socială (AJPIS) a județului dumneavoastră"
        }
    }
}

fn email_list(l: EmailList) -> &'static str {
    match l {
        EmailList::StateAllowance => "dosarul de alocație",
        EmailList::NewInsertionIncentive => "un dosar nou de stimulent de inserție",
        EmailList::IncentiveFromChildRaising => {
            "trecerea de la indemnizație (ICC) la stimulentul de inserție"
        }
    }
}

pub fn note(n: &LocalNote) -> String {
    match n {
        LocalNote::FilingWindow { first_day, last_day, opens, closes, last_office_day, open_on_date } => {
            let mut text = format!(
                "La Năvodari dosarul se depune doar în zilele {}–{} ale fiecărei luni. {}: {} – {}.",
                first_day,
                last_day,
                if *open_on_date { "Perioada de acum" } else { "Următoarea perioadă" },
                date(*opens),
                date_with_weekday(*closes)
            );
            if last_office_day != closes {
                text.push_str(&format!(
                    " Pe {} biroul este închis: ultima zi este {}.",
                    date(*closes),
                    date_with_weekday(*last_office_day)
                ));
            }
            text
        }
        LocalNote::EmailOnePdf { address, list, order } => format!(
            "Puteți trimite {} și pe e-mail, la {}: scanați cererile și actele și salvați-le într-un singur fișier PDF, în această ordine: {}.",
            email_list(*list),
            address,
            order.iter().enumerate().map(|(i, item)| format!("{}. {}", i + 1, item)).collect::<Vec<_>>().join("; ")
        ),
        LocalNote::EmailNoOwnOrder { address } => format!(
            "Dosarul se poate trimite și pe e-mail, la {}, scanat. Pagina nu dă pentru acest ajutor o ordine a actelor; întrebați la Direcția Asistență Socială.",
            address
        ),
        LocalNote::AtTheOfficeOnly => "Dosarul se depune la sediul Direcției Asistență Socială Năvodari (str. Sănătății nr. 2); pagina nu dă altă cale pentru el.".to_string(),
        LocalNote::AgencyDecidesAndPays { agency: a } => format!(
            "Primăria verifică dosarul și îl trimite complet; {} stabilește dreptul și plătește.",
            agency(*a)
        ),
        LocalNote::FileAtYourTownHall => "Depuneți cererea la serviciul public de asistență socială al primăriei unde aveți domiciliul sau reședința (scrise în buletin). Regulile naționale sunt aceleași în orice localitate; adresa, programul și formularele le aflați de la primăria dumneavoastră.".to_string(),
        LocalNote::FileWhereYouLiveNavodari => "Locuiți în altă localitate: dosarele se depun la primăria unde aveți domiciliul stabil sau reședința înscrise în buletin.".to_string(),
        LocalNote::AskCountyDgaspc { county: Some(_) } => "Pentru un copil sau o persoană cu handicap aflată în dificultate vă puteți adresa Direcției Generale de Asistență Socială și Protecția Copilului (DGASPC) Constanța; pentru indemnizația lunară pagina cere „acord indemnizație de la D.G.A.S.P.C. Constanța – bloc Turn Gară”, în original.".to_string(),
        LocalNote::AskCountyDgaspc { county: None } => "Pentru un copil sau o persoană cu handicap aflată în dificultate vă puteți adresa Direcției Generale de Asistență Socială și Protecția Copilului (DGASPC) a județului dumneavoastră; primăria vă spune unde este.".to_string(),
        LocalNote::AllowanceFromMonthAfterRequest { if_filed_on, first_month } => format!(
            "Indemnizația lunară se plătește din luna de după cerere: depusă azi ({}), din {}. Opțiunea există doar dacă certificatul de handicap scrie „cu asistent personal”.",
            date(*if_filed_on),
            year_month(*first_month)
        ),
        LocalNote::TicketValue { member, category, per_holiday, year } => format!(
            "Persoana {} ({}): {} la fiecare sărbătoare, după valorile din {}.",
            member + 1,
            ticket_category(*category),
            lei(*per_holiday),
            year
        ),
        LocalNote::TicketTierByMinimumPension { member, low, high } => format!(
            "Persoana {}: {} dacă venitul nu trece de pensia socială minimă în vigoare la depunerea cererii, altfel {}. Pagina nu dă suma pensiei sociale minime; o verifică primăria.",
            member + 1,
            lei(*high),
            lei(*low)
        ),
        LocalNote::TicketTierGap { member } => format!(
            "Persoana {}: venitul este între 1.000 și 1.001 lei; treptele paginii („până la 1.000 lei, inclusiv”, „între 1.001 lei – 1.450 lei”) nu îl cuprind. Decide Direcția Asistență Socială; puteți depune cererea.",
            member + 1
        ),
        LocalNote::TicketAgeAtLimit { member } => format!(
            "Persoana {} are exact 60 de ani, fără venit. Pagina spune „peste 60 ani” și nu lămurește dacă anul în care împliniți 60 se socotește. Decide Direcția Asistență Socială; puteți depune cererea.",
            member + 1
        ),
        LocalNote::TicketsTotal { min, max, year } => format!(
            "Familia: {} în tichete la Paște și tot atât la Crăciun, după valorile pe {} (tichetul de 10 lei). Valoarea și numărul tichetelor le stabilește în fiecare an primarul, prin dispoziție: întrebați la Direcția Asistență Socială valorile de anul acesta.",
            if min == max { lei(*min) } else { format!("între {} și {}", lei(*min), lei(*max)) },
            year
        ),
        LocalNote::TicketOccasions { easter, christmas } => format!(
            "Tichetele se dau de două ori pe an, de Paște și de Crăciun. Următoarele: Paștele ({}) și Crăciunul ({}). Pagina nu spune până când se depune cererea; întrebați din timp.",
            date(*easter),
            date(*christmas)
        ),
        LocalNote::TicketOneCategory => "O persoană sau o familie primește tichete pentru o singură categorie; persoana cu handicap grav sau accentuat le primește pentru categoria persoanelor cu handicap.".to_string(),
        LocalNote::TicketVmiReplacesVmgAndAsf => "Pagina numește beneficiarii de venit minim garantat și de alocație pentru susținerea familiei; din 2024 amândouă sunt venitul minim de incluziune (VMI). Decide Direcția Asistență Socială cum se aplică.".to_string(),
        LocalNote::TicketsOnRequest => "Tichetele se dau doar pe cerere (formularul tip), depusă la sediul Direcției Asistență Socială, cu copia actului de identitate și actele cerute pentru categoria dumneavoastră.".to_string(),
        LocalNote::EmergencyMaximum { situation, sum, fixed } => match (situation, fixed) {
            (_, true) => format!("Ajutorul pentru calamitate, incendiu sau accident este de {}.", lei(*sum)),
            (LocalEmergency::ChildExceptional, _) => format!("Ajutorul este de cel mult {} pentru fiecare copil, pe un an școlar.", lei(*sum)),
            _ => format!("Ajutorul este de cel mult {}, după costul medicamentelor, al intervenției sau al investigațiilor recomandate.", lei(*sum)),
        },
        LocalNote::EmergencyOverMaximumCouncil { needed, max } => format!(
            "Aveți nevoie de {}, mai mult de {}: un asemenea ajutor îl aprobă Consiliul Local, pentru fiecare caz, pe baza expertizelor și actelor; Direcția Asistență Socială trimite dosarul comisiei de specialitate a primăriei.",
            lei(*needed),
            lei(*max)
        ),
        LocalNote::MinimumWageNotOnPage => "Condiția de venit este „până la nivelul salariului de bază minim brut pe țară garantat în plată, pe membru de familie”. Pagina nu dă suma; o compară primăria cu venitul familiei.".to_string(),
        LocalNote::ByMayorsDisposition => "Ajutorul se acordă prin dispoziția primarului, după ancheta socială care certifică situația de necesitate.".to_string(),
        LocalNote::ChildAidUses => "Ajutorul pentru copil se folosește pentru alimente, îmbrăcăminte și încălțăminte, manuale, rechizite sau echipament școlar.".to_string(),
        LocalNote::FuneralFixedSum { sum } => format!(
            "Ajutorul de înmormântare este de {}, prin dispoziția primarului, pentru o singură persoană: soțul sau soția, copilul, părintele, tutorele, curatorul, moștenitorul sau, în lipsa lor, cine dovedește că a plătit înmormântarea.",
            lei(*sum)
        ),
        LocalNote::FuneralApplicantMayLiveElsewhere => "Îl poate primi și cineva cu domiciliul în altă localitate, dacă dovedește că a plătit înmormântarea și dacă persoana decedată avea domiciliul în Năvodari.".to_string(),
        LocalNote::FuneralUnidentifiedByContract => "Înmormântarea persoanelor fără identitate sau fără aparținători, decedate în Năvodari, o plătește primăria, printr-un contract cu o firmă specializată.".to_string(),
        LocalNote::HomeCareFree { limit } => format!(
            "Îngrijirea este gratuită: fără venituri, cu venit minim de incluziune sau cu venituri sub {}.",
            lei(*limit)
        ),
        LocalNote::HomeCareContribution { limit } => format!(
            "Cu venituri peste {} se plătește o contribuție: un procent din costul serviciului, după grila de venituri aprobată de Consiliul Local Năvodari. Pagina nu dă grila; întrebați la unitatea de îngrijire (0785.294067).",
            lei(*limit)
        ),
        LocalNote::HomeCareExactlyAtLimit { limit } => format!(
            "Venitul este exact {}: pagina spune gratuit „sub suma de 640 lei” și cu contribuție „peste suma de 640 lei”, nu și la ea. Decide Direcția Asistență Socială.",
            lei(*limit)
        ),
        LocalNote::HomeCareServices => "Îngrijitorii ajută la: igiena corporală, îmbrăcat și dezbrăcat, hrănire și hidratare, igiena eliminărilor, transfer și mobilizare, deplasare în casă, comunicare, prepararea hranei, cumpărături, menaj și spălătorie, deplasare afară și însoțire, administrarea bunurilor, companie și socializare.".to_string(),
        LocalNote::ChildrenDayCentre { places } => format!(
            "Centrul de zi pentru copii primește copii din Năvodari aflați în dificultate și familiile lor (familii monoparentale, părinți plecați în străinătate, risc de abandon școlar, de neglijare sau abuz, copii în plasament sau tutelă ori reintegrați în familie). Oferă activități socio-educative și ajutor la teme, consiliere psihologică și logopedie. Are cel mult {} pentru copii de vârstă școlară. Telefon: 0785.294129.",
            plural(*places, "loc", "locuri")
        ),
        LocalNote::ElderlyDayCentre => "Centrul de zi pentru persoane în vârstă din Năvodari oferă activități de socializare, informative, creative și artistice, și supravegherea sănătății (tensiune, glicemie, greutate). Telefon: 0785.294067.".to_string(),
        LocalNote::CanteenAddress { address } => format!("Cantina de Ajutor Social Năvodari este în {address}."),
        LocalNote::AbroadWhoNotifies => "Anunțul îl face părintele care exercită singur autoritatea părintească sau la care locuiește copilul; la fel, când pleacă amândoi părinții sau tutorele. Se face la serviciul public de asistență socială de la domiciliu.".to_string(),
        LocalNote::AbroadCarerAndCourt => "În anunț desemnați persoana care va îngriji copilul: din familia extinsă, de cel puțin 18 ani, în stare să crească și să îngrijească un copil. Instanța de tutelă o confirmă și îi deleagă autoritatea părintească pe cel mult un an; persoana își dă acordul în fața instanței, iar cererea se soluționează în 3 zile. Copii ale hotărârii merg la primăria de la domiciliul părinților și la cea a persoanei desemnate.".to_string(),
        LocalNote::AbroadNoticeLate { departure } => format!(
            "Până la plecare ({}) au rămas mai puțin de 40 de zile: anunțați cât mai repede serviciul de asistență socială. Paginile nu spun ce urmează după termen.",
            date(*departure)
        ),
        LocalNote::AbroadCounting => "Am socotit 40 de zile calendaristice înapoi de la ziua plecării (ziua plecării nu se numără): sărbătorile și zilele de weekend se numără și ele. Dacă ziua aceea cade când biroul e închis, mergeți în ultima zi lucrătoare dinainte.".to_string(),
    }
}

/// The duty's title; the other deadlines of this area.
pub fn deadline_title(d: &Deadline, term: &str) -> String {
    match (d.deadline, &d.computed) {
        (DeadlineId::NotifyDepartureAbroad, Some(c)) => format!(
            "Anunțați plecarea la serviciul de asistență socială cel târziu {} (cu cel puțin 40 de zile înainte de plecarea din {})",
            date_with_weekday(c.due),
            date(c.from)
        ),
        (DeadlineId::NotifyDepartureAbroad, None) => {
            format!("Anunțați plecarea la serviciul de asistență socială cu cel puțin {term} înainte de a părăsi țara")
        }
        (DeadlineId::PresentEmergencyAidReceipts, _) => format!(
            "Aduceți facturile cu bon sau chitanță în cel mult {term} de la ridicarea sumei; altfel suma nejustificată se recuperează"
        ),
        (DeadlineId::PresentChildAidReceipts, _) => format!(
            "Aduceți facturile cu bon sau chitanță în cel mult {term} de la sfârșitul perioadei din dispoziția primarului; altfel suma nejustificată se recuperează"
        ),
        _ => String::new(),
    }
}

pub fn event_example(d: &Deadline) -> Option<String> {
    let c = d.computed.as_ref()?;
    match d.deadline {
        DeadlineId::PresentEmergencyAidReceipts => Some(format!(
            "De exemplu, dacă ridicați suma azi ({}), aduceți facturile până {}.",
            date(c.from),
            date_with_weekday(c.due)
        )),
        DeadlineId::PresentChildAidReceipts => Some(format!(
            "De exemplu, dacă perioada se încheie azi ({}), aduceți facturile până {}.",
            date(c.from),
            date_with_weekday(c.due)
        )),
        DeadlineId::NotifyDepartureAbroad => Some(format!(
            "Socotit: 40 de zile calendaristice înapoi de la {}.",
            date(c.from)
        )),
        _ => None,
    }
}

pub fn question(f: LocalFact) -> String {
    match f {
        LocalFact::LeavingToWorkAbroad => "Pleacă la muncă în străinătate părintele la care locuiește copilul (sau amândoi părinții, ori tutorele)?",
        LocalFact::DepartureDate => "În ce zi plecați din țară?",
        LocalFact::Emergency => "Treceți acum printr-una dintre aceste situații?",
        LocalFact::EmergencyCost => "De ce sumă aveți nevoie (medicamente, tratament sau ce îi trebuie copilului)?",
        LocalFact::FuneralCosts => "Ați plătit (sau plătiți) înmormântarea cuiva din familie?",
        LocalFact::DeceasedLivedInTown => "Persoana decedată avea domiciliul în Năvodari?",
        LocalFact::OtherDeathAid => "Ați primit ajutor de deces de la altă instituție (de exemplu casa de pensii sau angajatorul)?",
        LocalFact::NeedsHomeCare => "Sunteți o persoană vârstnică ce are nevoie de îngrijire acasă?",
        LocalFact::HomeCareSituations => "Care dintre acestea vi se potrivesc?",
    }
    .to_string()
}

pub fn question_hint(f: LocalFact) -> Option<&'static str> {
    match f {
        LocalFact::LeavingToWorkAbroad => Some("Legea 272/2004 cere anunțul cu cel puțin 40 de zile înainte de plecare, la serviciul de asistență socială al primăriei."),
        LocalFact::DepartureDate => Some("Din ea socotim ziua până la care trebuie făcut anunțul."),
        LocalFact::Emergency => Some("Ajutorul de urgență al Năvodariului se dă pentru aceste situații, familiilor cu venituri mici."),
        LocalFact::EmergencyCost => Some("Până la 1.000 lei aprobă primarul; peste, Consiliul Local."),
        LocalFact::FuneralCosts => None,
        LocalFact::DeceasedLivedInTown => Some("Ajutorul se poate da și cuiva din altă localitate, dacă persoana decedată avea domiciliul în Năvodari."),
        LocalFact::OtherDeathAid => None,
        LocalFact::NeedsHomeCare => Some("Cererea se face pe numele persoanei vârstnice. Dacă o faceți pentru un părinte, treceți-l pe el ca solicitant."),
        LocalFact::HomeCareSituations => Some("Ajunge una singură."),
    }
}

pub fn option_label(f: LocalFact, value: &str) -> Option<&'static str> {
    use crate::questions::parse;
    match f {
        LocalFact::Emergency => parse::<LocalEmergency>(value).map(emergency),
        LocalFact::HomeCareSituations => parse::<HomeCareSituation>(value).map(home_care_situation),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Offices, numbers, "open now"
// ---------------------------------------------------------------------------

pub fn phone_purpose(p: PhonePurpose) -> &'static str {
    match p {
        PhonePurpose::Office => "biroul",
        PhonePurpose::BenefitsAndDisability => {
            "beneficii de asistență socială și protecția persoanelor cu handicap"
        }
        PhonePurpose::ChildProtection => "protecția copilului – autoritate tutelară",
        PhonePurpose::ChildrenDayCentre => "centrul de zi pentru copii",
        PhonePurpose::ElderlyDayCentreAndHomeCare => {
            "centrul de zi pentru vârstnici și îngrijirea la domiciliu"
        }
        PhonePurpose::UkraineRefugees => "sprijin pentru refugiații din Ucraina (Programul 50/20)",
    }
}

pub fn duty(d: Duty) -> &'static str {
    match d {
        Duty::RegistersDossiers => "Primește, verifică și înregistrează dosarele locuitorilor.",
        Duty::RefersToServices => "Vă îndrumă spre servicii, hrană și adăpost; lucrează cu ONG-urile și cu celelalte servicii publice.",
        Duty::SocialInquiry => "Face ancheta socială.",
        Duty::DecidesAndPaysChildBenefits => "Stabilește și plătește alocațiile, indemnizațiile și stimulentele pentru copii.",
        Duty::ChildProtection => "Protecția copilului: prevenirea abandonului, a abuzului și a neglijării, plasament în familie, copiii cu nevoi speciale.",
        Duty::AdultsInDifficulty => "Adulții în dificultate: persoane vârstnice, persoane cu handicap, centre de zi, îngrijire la domiciliu.",
        Duty::SocialEmergencies => "Rezolvă urgențele sociale individuale și colective din județ.",
        Duty::DomesticViolenceVictims => "Servicii pentru victimele violenței în familie.",
        Duty::DisabilityAllowanceAgreement => "Dă acordul pentru indemnizația lunară a persoanei cu handicap grav.",
        Duty::EmploymentInclusion => "Informare, consiliere și mediere pentru un loc de muncă, pentru persoanele marginalizate social din evidența DASM.",
        Duty::CanteenMeals => "Prânzul și cina, pentru cei îndreptățiți după Legea 208/1997.",
        Duty::ChildrenDayCare => "Activități socio-educative, consiliere psihologică și logopedie pentru copiii în dificultate.",
        Duty::ElderlyDayCareAndHomeCare => "Activități pentru vârstnici și îngrijire la domiciliu.",
        Duty::RefugeeHelp => "Asistență și sprijin umanitar pentru refugiații din Ucraina.",
    }
}

pub fn find_contact(f: FindContact) -> &'static str {
    match f {
        FindContact::DgaspcCluj => "Adresa și telefonul DGASPC Cluj nu sunt pe paginile după care lucrăm. Le găsiți pe pagina oficială a DGASPC Cluj sau a Consiliului Județean Cluj (care a înființat-o), ori întrebați la DASM Cluj-Napoca, 0264 413 058.",
        FindContact::AjpisCluj => "Telefonul și programul AJPIS Cluj nu sunt pe paginile după care lucrăm; întrebați la DASM Cluj-Napoca, 0264 413 058, care îi trimite dosarele.",
        FindContact::AskDasNavodari => "Adresa și telefonul nu sunt pe pagina după care lucrăm; întrebați la Direcția Asistență Socială Năvodari, 0241.760.822.",
        FindContact::OwnTownHall => "Adresa, programul și telefonul le aflați de la primăria unde aveți domiciliul sau reședința.",
    }
}

/// The institution's name, or what it is where the profile holds no name.
pub fn institution_name(i: &Institution) -> &'static str {
    use crate::rules::profiles::InstitutionId;
    match (i.name, i.id) {
        (Some(name), _) => name,
        (None, InstitutionId::OwnCountyAjpis) => "Agenția județeană pentru plăți și inspecție socială (AJPIS) a județului dumneavoastră",
        (None, InstitutionId::OwnCountyDgaspc) => "Direcția generală de asistență socială și protecția copilului (DGASPC) a județului dumneavoastră",
        (None, _) => "Serviciul public de asistență socială al primăriei unde aveți domiciliul sau reședința",
    }
}

pub fn emergency_purpose(p: EmergencyPurpose) -> &'static str {
    match p {
        EmergencyPurpose::AllEmergencies => "orice urgență (ambulanță, poliție, pompieri)",
        EmergencyPurpose::ChildAbuse => "abuz împotriva copiilor — număr unic la nivel național",
        EmergencyPurpose::DomesticViolence => {
            "victimele violenței în familie (gratuit, 24 de ore din 24)"
        }
        EmergencyPurpose::ChildHelpline => "Telefonul copilului: abuz împotriva minorilor",
    }
}

/// "Deschis acum, până la 12:00" / "Închis: sărbătoare legală (...);
/// deschide joi, 27 noiembrie 2026, la 08:30".
pub fn open_state(s: &OpenState) -> String {
    match s {
        OpenState::Open { closes_at } => {
            format!("Deschis acum, până la {}", closes_at.format("%H:%M"))
        }
        OpenState::Closed { reason, opens_at } => {
            let why = match reason {
                ClosedReason::PublicHoliday { holiday } => {
                    format!("Închis: {} (zi liberă legală)", super::holiday(*holiday))
                }
                ClosedReason::Weekend => "Închis: weekend".to_string(),
                ClosedReason::OutsideHours => "Închis acum".to_string(),
                ClosedReason::NoHours => "Nu avem programul acestui birou".to_string(),
            };
            match opens_at {
                Some(at) => format!(
                    "{why}; deschide {}, la {}",
                    date_with_weekday(at.date()),
                    at.format("%H:%M")
                ),
                None => why,
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The directory
// ---------------------------------------------------------------------------

pub fn need(n: Need) -> &'static str {
    match n {
        Need::OlderPeople => "Persoane vârstnice",
        Need::DisabilityChildren => "Copii cu dizabilități",
        Need::DisabilityAdults => "Adulți cu dizabilități",
        Need::ChildrenAtRisk => "Copii în situație de risc",
        Need::DomesticViolence => "Violență în familie",
        Need::Homelessness => "Persoane fără adăpost",
        Need::Addiction => "Adicții (droguri, alcool)",
        Need::Food => "Hrană: cantine sociale și masa pe roți",
        Need::PalliativeCare => "Îngrijiri paliative",
        Need::CommunitySupport => "Sprijin în comunitate, informare și consiliere",
    }
}

pub fn service_status(s: ServiceStatus) -> &'static str {
    match s {
        ServiceStatus::Existing => "existent",
        ServiceStatus::Planned => "propus spre înființare în 2024",
    }
}

/// How DASM refers people to a provider whose contact the pages do not give.
pub fn referral(m: MunicipalityId) -> &'static str {
    match m {
        MunicipalityId::ClujNapoca => "Paginile nu dau datele de contact ale furnizorului. DASM Cluj-Napoca (str. Venus nr. 20-22, 0264 413 058) facilitează accesul la servicii, hrană și adăpost și lucrează cu furnizorii publici și privați: întrebați acolo.",
        MunicipalityId::Navodari => "Întrebați la Direcția Asistență Socială Năvodari, str. Sănătății nr. 2, 0241.760.822.",
        MunicipalityId::Other => "Întrebați la serviciul de asistență socială al primăriei dumneavoastră.",
    }
}

/// A sum for the directory's counts and the words' tests.
pub fn sum(d: Decimal) -> String {
    lei(d)
}

// ---------------------------------------------------------------------------
// Words written for DASM Cluj-Napoca, said for the town of the profile
// ---------------------------------------------------------------------------

/// The national benefits' words were first written for DASM Cluj-Napoca
/// ("Anunțați la DASM…", "Întrebați la DASM"). Under another profile the
/// same sentence names that town's office, or the person's own town hall.
/// Applied to a whole answer's text by the UI and the case harness, until
/// every sentence takes the profile itself.
pub fn for_town(text: &str, m: MunicipalityId) -> String {
    let replacements: &[(&str, &str)] = match m {
        MunicipalityId::ClujNapoca => return text.to_string(),
        MunicipalityId::Navodari => &[
            // DASM's own forms and sentences, first (the page names others).
            (" În Cluj-Napoca întrebați la DASM ce acte se cer.", ""),
            (
                "; îl găsiți la DASM în formularul „Plafoane și cuantumuri”",
                "; întrebați la DASM",
            ),
            (
                "în formularul „Lista bunurilor”, la DASM și pe pagina DASM",
                "în formularul „Lista bunuri”, la DASM",
            ),
            (
                "lista este la DASM, formularul „Lista bunurilor”",
                "lista este la DASM, formularul „Lista bunuri”",
            ),
            (
                "Lista este în formularul „Lista bunurilor”, la DASM și pe pagina DASM.",
                "Lista este în formularul „Lista bunuri”, la DASM.",
            ),
            (" („Informații generale depunere program”)", ""),
            (
                "DASM (telefon 0264 413 058) sau pe pagina DASM Cluj-Napoca",
                "Direcția Asistență Socială Năvodari (telefon 0241.760.822)",
            ),
            ("AJPIS Cluj (str. G. Coșbuc nr. 2)", "AJPIS Constanța"),
            ("(AJPIS) Cluj, str. G. Coșbuc nr. 2", "(AJPIS) Constanța"),
            ("(AJPIS) Cluj", "(AJPIS) Constanța"),
            ("AJPIS Cluj", "AJPIS Constanța"),
            ("DASM Cluj-Napoca", "Direcția Asistență Socială Năvodari"),
            ("ghișeul DASM", "sediul Direcției Asistență Socială"),
            ("pagina DASM", "pagina Direcției Asistență Socială"),
            ("evidența DASM", "evidența Direcției Asistență Socială"),
            ("DASM", "Direcția Asistență Socială"),
            ("în Cluj-Napoca", "în Năvodari"),
        ],
        MunicipalityId::Other => &[
            (
                " În Cluj-Napoca întrebați la DASM ce acte se cer.",
                " Întrebați la primărie ce acte se cer.",
            ),
            (
                "; îl găsiți la DASM în formularul „Plafoane și cuantumuri”",
                "; întrebați la DASM",
            ),
            (
                "este în formularul „Lista bunurilor”, la DASM și pe pagina DASM",
                "o aflați de la DASM",
            ),
            (
                "lista este la DASM, formularul „Lista bunurilor”",
                "lista o aflați de la DASM",
            ),
            (
                "Lista este în formularul „Lista bunurilor”, la DASM și pe pagina DASM.",
                "Lista o aflați de la DASM.",
            ),
            (" („Informații generale depunere program”)", ""),
            (
                "DASM (telefon 0264 413 058) sau pe pagina DASM Cluj-Napoca",
                "primăria dumneavoastră",
            ),
            (
                "AJPIS Cluj (str. G. Coșbuc nr. 2)",
                "AJPIS a județului dumneavoastră",
            ),
            (
                "(AJPIS) Cluj, str. G. Coșbuc nr. 2",
                "(AJPIS) a județului dumneavoastră",
            ),
            ("(AJPIS) Cluj", "(AJPIS) a județului dumneavoastră"),
            ("AJPIS Cluj", "AJPIS a județului dumneavoastră"),
            ("DASM Cluj-Napoca", "primăria dumneavoastră"),
            ("la ghișeul DASM", "la primărie"),
            ("la DASM", "la primărie"),
            ("pagina DASM", "pagina primăriei"),
            ("evidența DASM", "evidența primăriei"),
            ("Decide DASM", "Decide primăria"),
            ("DASM", "primăria"),
        ],
    };
    let mut out = text.to_string();
    for (from, to) in replacements {
        out = out.replace(from, to);
    }
    out
}
