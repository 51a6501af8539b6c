//! Romanian for the means-tested and local benefits (issue 10): VMI, the
//! social canteen, kindergarten tickets, the rent aid, the emergency and
//! funeral aid and the services explained without criteria. `ro.rs` sends
//! each of this area's identifiers here, one arm per shared `match`.

use rust_decimal::Decimal;

use super::{
    age as years, date, date_with_weekday, income_kind, lei, member_label, plural, year_month,
};
use crate::rules::household::{
    Answer, Household, KindergartenAttendance, ListedAsset, WithoutIncomeSpan,
};
use crate::rules::information_only::Audience;
use crate::rules::means::{
    CanteenCategory, MeansCriterion, MeansDocument, MeansFact, MeansForm, MeansNote, MeansPart,
    TicketsRoute, VmiComponent,
};
use crate::rules::outcome::{BenefitId, Deadline, DeadlineId};

pub fn benefit_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::Vmi => "Venitul minim de incluziune (VMI)",
        BenefitId::RentAid => "Ajutor pentru plata chiriei",
        BenefitId::SocialCanteen => "Masa la cantina de ajutor social",
        BenefitId::KindergartenTickets => "Tichete sociale pentru grădiniță",
        BenefitId::EmergencyAid => "Ajutor de urgență",
        BenefitId::FuneralAid => "Ajutor de deces (înmormântare)",
        BenefitId::DentalProgramme => "Programul de stomatologie pentru persoane defavorizate",
        BenefitId::FoodTicketProgramme => "Tichete sociale prin Programul social Alimente",
        BenefitId::EuFoodAid => "Ajutoare alimentare POAD",
        BenefitId::SchoolSupplies => "Ghiozdane și rechizite pentru copii",
        BenefitId::DoubleHouseholdExpensesCertificate => {
            "Certificat de duble cheltuieli gospodărești"
        }
        BenefitId::SeasonalWorkCertificate => "Certificat pentru forța de muncă sezonieră",
        BenefitId::HighSchoolMoneyInquiry => "Ancheta socială pentru „Bani de liceu”",
        BenefitId::SocialInclusionCentre => "Centrul de incluziune socială",
        BenefitId::NewbornVouchers => "Tichete sociale pentru nou-născuți",
        BenefitId::PersonalAssistantOrAllowance => {
            "Asistent personal sau indemnizație lunară (handicap grav)"
        }
        BenefitId::NgoSubsidies => "Subvenții pentru ONG-uri (Legea 34/1998)",
        BenefitId::NgoGrants => "Finanțări nerambursabile pentru ONG-uri (Legea 350/2005)",
        // The other benefits have their sentences in `ro.rs`.
        _ => "",
    }
}

fn person(member: usize) -> String {
    format!("Persoana {}", member + 1)
}

fn component(c: VmiComponent) -> &'static str {
    match c {
        VmiComponent::InclusionAid => "ajutorul de incluziune",
        VmiComponent::FamilyWithChildrenAid => "ajutorul pentru familia cu copii",
    }
}

pub fn canteen_category(c: CanteenCategory) -> &'static str {
    // The page's categories, by their plural names: no adjective that would
    // need the person's gender.
    match c {
        CanteenCategory::ChildInLowIncomeFamily => "copiii sub 18 ani dintr-o familie cu venit mic",
        CanteenCategory::StudentInLowIncomeFamily => {
            "tinerii la cursuri de zi dintr-o familie cu venit mic"
        }
        CanteenCategory::VmiBeneficiary => "beneficiarii venitului minim de incluziune",
        CanteenCategory::Pensioner => "pensionarii",
        CanteenCategory::RetirementAgeAlone => {
            "persoanele care au împlinit vârsta de pensionare, în izolare socială, fără susținători legali sau fără venituri"
        }
        CanteenCategory::ChronicallyIllOrInvalid => "invalizii și bolnavii cronici",
        CanteenCategory::TemporarilyWithoutIncome => {
            "persoanele temporar fără venit (cel mult 90 de zile pe an)"
        }
    }
}

pub fn listed_asset(a: ListedAsset) -> &'static str {
    match a {
        ListedAsset::OtherBuildings => "Clădiri sau alte spații de locuit în afara locuinței de domiciliu și a anexelor gospodărești",
        ListedAsset::LandOverLimit => "Terenuri în intravilan (cu curtea casei) de peste 1.000 mp la oraș sau 2.000 mp la sat (nu se socotesc terenurile din zone de deal sau munte care nu se pot vinde, construi sau cultiva)",
        ListedAsset::CarUnderTenYears => "Mașină sau motocicletă mai nouă de 10 ani, în stare de funcționare (nu se socotește cea adaptată pentru o persoană cu handicap sau folosită la transportul ei ori al unei persoane dependente, sau pentru o zonă greu accesibilă)",
        ListedAsset::SeveralOldCars => "Mai mult de o mașină sau motocicletă mai veche de 10 ani, în stare de funcționare",
        ListedAsset::UtilityVehicles => "Autoutilitare, camioane, rulote, autobuze sau microbuze, în stare de funcționare",
        ListedAsset::Boats => "Șalupe, bărci cu motor, scutere de apă sau iahturi, în stare de funcționare (nu se socotesc bărcile necesare celor care locuiesc în Delta Dunării)",
        ListedAsset::FarmMachinery => "Tractor sau combină autopropulsată, în stare de funcționare",
        ListedAsset::FarmProcessingMachinery => "Presă de ulei sau moară de cereale, în stare de funcționare",
        ListedAsset::WoodworkingMachinery => "Gater sau alte utilaje de prelucrat lemnul, în stare de funcționare",
        ListedAsset::BankDepositsOver3000 => "Depozite bancare de peste 3.000 lei (fără dobândă)",
        ListedAsset::FarmProductionOverLimit => "Teren, animale și păsări care aduc pe an o producție netă de peste 1.000 euro (persoană singură) sau 2.500 euro (familie)",
    }
}

/// The criterion in plain words, with the person's numbers where there
/// are some. No detail is said rather than a wrong one: the card's mark
/// (✓, ✗, ?) already tells whether an answer is missing.
pub fn criterion(c: &MeansCriterion) -> (String, Option<String>) {
    match c {
        MeansCriterion::VmiIncome {
            component: comp,
            members,
            income_month,
            total_net,
            left_out,
            left_out_total,
            adjusted_total,
            per_member,
            limit_per_member,
            limit_total,
            single_aged_65,
        } => {
            let title = if *single_aged_65 {
                format!(
                    "Pentru {}: venitul net ajustat din {} de cel mult {} (persoană singură de cel puțin 65 de ani)",
                    component(*comp),
                    year_month(*income_month),
                    lei(*limit_per_member)
                )
            } else {
                format!(
                    "Pentru {}: venitul net ajustat din {} de cel mult {} pe membru de familie",
                    component(*comp),
                    year_month(*income_month),
                    lei(*limit_per_member)
                )
            };
            let detail = match (total_net, adjusted_total, limit_total) {
                (Some(total), Some(adjusted), Some(limit)) => {
                    let mut text = format!("Total venituri nete: {}.", lei(*total));
                    if !left_out.is_empty() {
                        let names: Vec<String> =
                            left_out.iter().map(|k| income_kind(*k).to_lowercase()).collect();
                        text.push_str(&format!(
                            " Nu se iau în calcul: {} ({}).",
                            names.join(", "),
                            lei(left_out_total.unwrap_or_default())
                        ));
                    }
                    text.push_str(&format!(" Venit ajustat: {}", lei(*adjusted)));
                    if *members > 1 {
                        text.push_str(&format!(
                            " pentru {} ({} pe persoană)",
                            plural(*members, "persoană", "persoane"),
                            per_member.map(lei).unwrap_or_default()
                        ));
                    }
                    text.push_str(&format!("; plafonul familiei: {}.", lei(*limit)));
                    Some(text)
                }
                _ => None,
            };
            // The inclusion aid's line comes first: the term is explained
            // there, in the page's own terms ("toate sumele primite/realizate
            // … în luna anterioară solicitării VMI, cu excepţia …").
            let detail = if *comp == VmiComponent::InclusionAid {
                let meaning = format!("„Venitul net ajustat” înseamnă toate veniturile nete ale familiei din {}, fără cele pe care legea VMI nu le socotește (de exemplu alocația de stat pentru copii, indemnizațiile pentru persoanele cu handicap, bursele, ajutorul pentru încălzire).", year_month(*income_month));
                Some(match detail {
                    Some(d) => format!("{meaning} {d}"),
                    None => meaning,
                })
            } else {
                detail
            };
            (title, detail)
        }
        MeansCriterion::LivesWithOthers { declared } => (
            "Familia nu locuiește și nu gospodărește împreună cu alte familii sau persoane".to_string(),
            declared.map(|d| {
                if d {
                    "Locuiți și gospodăriți împreună cu alții: la venit se adaugă și partea dumneavoastră din veniturile realizate în comun. O calculează primăria."
                        .to_string()
                } else {
                    "Ați spus că nu.".to_string()
                }
            }),
        ),
        MeansCriterion::ChildrenUnder18 {
            children,
            single_parent,
        } => (
            "Pentru ajutorul pentru familia cu copii: copii sub 18 ani în familie".to_string(),
            Some(match (children, single_parent) {
                (0, _) => "Nu aveți copii sub 18 ani în familie.".to_string(),
                (n, true) => format!("{} sub 18 ani; familie monoparentală.", plural(*n, "copil", "copii")),
                (n, false) => format!("{} sub 18 ani; familie cu ambii părinți.", plural(*n, "copil", "copii")),
            }),
        ),
        MeansCriterion::RentAidCategory {
            care_leaver,
            applicant_age,
            marginalised,
            domestic_violence_victim,
        } => {
            let mut parts = Vec::new();
            if *care_leaver == Some(true) {
                parts.push(match applicant_age {
                    Some(age) => format!("ați crescut într-un centru al DGASPC și aveți {}", years(*age)),
                    None => "ați crescut într-un centru al DGASPC".to_string(),
                });
            }
            match marginalised {
                Some(Answer::Yes) => parts.push("sunteți în evidența DASM ca persoană marginalizată social".to_string()),
                Some(Answer::NotSure) => parts.push("nu știți dacă sunteți în evidența DASM ca persoană marginalizată; o stabilește ancheta socială".to_string()),
                _ => {}
            }
            if *domestic_violence_victim == Some(true) {
                parts.push("sunteți victimă a violenței domestice".to_string());
            }
            (
                "Faceți parte dintr-o categorie a programului: tânăr până la 35 de ani ieșit din centrele DGASPC, persoană marginalizată social din evidența DASM sau victimă a violenței domestice".to_string(),
                if !parts.is_empty() {
                    Some(format!("Ați spus că {}.", parts.join("; ")))
                } else if *marginalised == Some(Answer::No) && *domestic_violence_victim == Some(false) {
                    Some("După răspunsurile date, nu faceți parte din niciuna. În evidența DASM ca persoană marginalizată social se intră în urma unei anchete sociale a DASM, pe care o puteți cere la DASM.".to_string())
                } else {
                    None
                },
            )
        }
        MeansCriterion::MonthsOfResidence {
            months,
            required,
            exempt,
        } => (
            format!("Domiciliul sau reședința în Cluj-Napoca de cel puțin {}", plural(*required, "lună", "luni")),
            if *exempt {
                Some("Nu se cere pentru tinerii ieșiți din centrele DGASPC și pentru victimele violenței domestice.".to_string())
            } else {
                months.map(|m| format!("Ați spus: {}.", plural(m, "lună", "luni")))
            },
        ),
        MeansCriterion::ActuallyLivesInCity { declared } => (
            "Locuiți efectiv în Cluj-Napoca, nu doar cu adresa în buletin".to_string(),
            declared.map(yes_no),
        ),
        MeansCriterion::NoHomeOwnedOrSold { declared } => (
            "Nimeni din familie (adult) nu are o locuință în proprietate și nu a vândut una în ultimii 10 ani".to_string(),
            declared.map(|d| if d { "Ați spus că da.".to_string() } else { "Ați spus că nu.".to_string() }),
        ),
        MeansCriterion::NoStateHousing { declared } => (
            "Nu folosiți o locuință din fondul locativ de stat".to_string(),
            declared.map(|d| if d { "Ați spus că folosiți.".to_string() } else { "Ați spus că nu.".to_string() }),
        ),
        MeansCriterion::NoStateHousingCredit { declared } => (
            "Nu ați primit sprijinul statului în credite pentru locuință sau din alt program pentru locuințe".to_string(),
            declared.map(|d| if d { "Ați spus că ați primit.".to_string() } else { "Ați spus că nu.".to_string() }),
        ),
        MeansCriterion::RentAidMonthsReceived {
            received,
            months,
            max_months,
        } => (
            format!(
                "Ajutorul pentru chirie primit până acum: mai puțin de {} (se dă pe cel mult {}, cu prelungire până la cel mult {})",
                plural(*max_months, "lună", "luni"),
                plural(*months, "lună", "luni"),
                plural(*max_months, "lună", "luni")
            ),
            received.map(|r| {
                if r == 0 {
                    "Nu l-ați primit până acum.".to_string()
                } else {
                    format!("Ați spus: {}.", plural(r, "lună", "luni"))
                }
            }),
        ),
        MeansCriterion::RentAidIncome {
            members,
            income_month,
            total_net,
            isr,
            coefficient,
            limit,
        } => (
            format!(
                "Venitul net al familiei din {} de cel mult {}",
                year_month(*income_month),
                limit.map(lei).unwrap_or_default()
            ),
            match (total_net, coefficient, limit) {
                (Some(total), Some(c), Some(l)) => Some(format!(
                    "Venitul familiei: {}. Plafonul pentru {}: {} × ISR {} = {}. ISR este „indicatorul social de referință”, o sumă stabilită prin Legea 76/2002 (legea asigurărilor pentru șomaj); pagina DASM socotește plafoanele cu ISR de {}.",
                    lei(*total),
                    plural(*members, "persoană", "persoane"),
                    decimal(*c),
                    lei(*isr),
                    lei(*l),
                    lei(*isr)
                )),
                _ => None,
            },
        ),
        MeansCriterion::NoListedAssets {
            owned,
            domestic_violence_exception,
        } => (
            "Nu dețineți bunuri de pe lista care exclude de la ajutorul pentru chirie".to_string(),
            owned.as_ref().map(|items| {
                if items.is_empty() {
                    "Ați spus că nu dețineți niciunul.".to_string()
                } else {
                    let names: Vec<&str> = items.iter().map(|a| listed_asset(*a)).collect();
                    let mut text = format!("Dețineți: {}.", names.join("; "));
                    if *domestic_violence_exception {
                        text.push_str(" Pentru victimele violenței domestice lista nu se aplică, în afară de clădirile sau spațiile de locuit în afara locuinței de domiciliu.");
                    }
                    text
                }
            }),
        ),
        MeansCriterion::LocalTaxesPaid { declared } => (
            "Impozitele și taxele locale pentru bunurile deținute sunt plătite".to_string(),
            declared.map(yes_no),
        ),
        MeansCriterion::NoLeaseWithRelative { declared } => (
            "Contractul de închiriere nu este încheiat cu o rudă până la gradul IV".to_string(),
            declared.map(|d| if d { "Ați spus că proprietarul vă este rudă până la gradul IV: pagina cere o declarație că nu este.".to_string() } else { "Ați spus că nu.".to_string() }),
        ),
        MeansCriterion::CanteenIncome {
            members,
            income_month,
            total_net,
            per_member,
            level,
        } => (
            format!(
                "Venitul net pe persoană din {} sub {} (masa gratuită)",
                year_month(*income_month),
                lei(*level)
            ),
            match (total_net, per_member) {
                (Some(total), Some(x)) => Some(format!(
                    "{} ÷ {} = {} pe persoană.",
                    lei(*total),
                    members,
                    lei(*x)
                )),
                _ => None,
            },
        ),
        MeansCriterion::CanteenMember { member, categories } => (
            format!("{}: poate lua masa la cantină", person(*member)),
            Some(if categories.is_empty() {
                "După răspunsurile de până acum, nu intră în niciuna dintre categoriile cantinei.".to_string()
            } else {
                let names: Vec<&str> = categories.iter().map(|c| canteen_category(*c)).collect();
                format!("Categoria: {}.", names.join("; "))
            }),
        ),
        MeansCriterion::KindergartenChild {
            member,
            age,
            attendance,
        } => (
            format!("{}: merge regulat la grădiniță", person(*member)),
            attendance.map(|a| {
                let age = age.map(|a| format!(" ({})", years(a))).unwrap_or_default();
                match a {
                    KindergartenAttendance::NotEnrolled => format!("Copilul{age} nu este înscris la grădiniță."),
                    KindergartenAttendance::AttendsRegularly => format!("Copilul{age} merge regulat la grădiniță."),
                    KindergartenAttendance::MissesDays => format!("Copilul{age} a lipsit nemotivat: pentru luna aceea tichetele nu se dau."),
                }
            }),
        ),
        MeansCriterion::TicketsRoute { route } => (
            "Familia are dreptul la ajutorul pentru familia cu copii (VMI) sau îngrijiți copilul pentru părinții plecați la muncă în străinătate".to_string(),
            route.map(|r| match r {
                TicketsRoute::FamilyWithChildrenAid => "Familia are dreptul la ajutorul pentru familia cu copii: tichetele se dau fără altă cerere.".to_string(),
                TicketsRoute::DesignatedCarer => "Sunteți persoana desemnată de părinții plecați la muncă în străinătate: tichetele se dau pe bază de cerere.".to_string(),
            }),
        ),
        MeansCriterion::TicketsCarerIncome {
            members,
            total_net,
            left_out_total,
            per_member,
            limit,
        } => (
            format!("Venitul pe persoană, inclusiv copilul îngrijit, de cel mult {}", lei(*limit)),
            match (total_net, per_member) {
                (Some(total), Some(x)) => Some(format!(
                    "{} venituri, din care nu se iau în calcul {}; împărțit la {}: {} pe persoană.",
                    lei(*total),
                    lei(left_out_total.unwrap_or_default()),
                    plural(*members, "persoană", "persoane"),
                    lei(*x)
                )),
                _ => None,
            },
        ),
    }
}

fn yes_no(d: bool) -> String {
    if d {
        "Ați spus că da.".to_string()
    } else {
        "Ați spus că nu.".to_string()
    }
}

/// "5,7": a coefficient with a decimal comma.
fn decimal(d: Decimal) -> String {
    d.normalize().to_string().replace('.', ",")
}

pub fn part(p: MeansPart) -> &'static str {
    match p {
        MeansPart::InclusionAid => "ajutorul de incluziune",
        MeansPart::FamilyWithChildrenAid => "ajutorul pentru familia cu copii",
        MeansPart::KindergartenTickets => "tichete de grădiniță pentru un copil (cel puțin)",
    }
}

pub fn form(f: MeansForm) -> &'static str {
    match f {
        MeansForm::VmiApplication => "Formular cerere acordare venit minim incluziune",
        MeansForm::BenefitsDossierCompletion => "Cerere completare dosar prestații",
        MeansForm::BenefitsRequiredDocuments => "Acte necesare acordare prestații",
        MeansForm::RentAidApplication => "Cerere ajutor pentru plata chiriei",
        MeansForm::RentAidInformation => "Informații – ajutor plata chiriei",
        MeansForm::CanteenApplicationFreeOrContribution => {
            "Cerere cantină cu 30% și cantină gratuită"
        }
        MeansForm::CanteenApplication => "Cerere cantină",
        MeansForm::KindergartenTicketsApplication => "Cerere acordare tichete grădiniță",
        MeansForm::DeathOrEmergencyAidApplication => "Cerere ajutor de deces-urgență",
        MeansForm::DeathAidDocuments => "Acte necesare ajutor deces",
        MeansForm::DentalProgrammeInformation => "Informații program stomatologic 2021-2024",
        MeansForm::DentalProgrammeApplication => "Cerere înscriere program stomatologic",
        MeansForm::GdprDeclaration => "Declarație GDPR",
        MeansForm::SocialTicketsApplication => "Formular cerere pentru acordare tichete sociale",
        MeansForm::HighSchoolInquiryApplication => "Cerere tip pentru ancheta - bani de liceu",
        MeansForm::NgoSubsidyApplication => {
            "Cerere de solicitare a subvenției în temeiul Legii nr. 34/1998"
        }
        MeansForm::NgoTechnicalSheet => "Fișa tehnică privind unitatea de asistență socială",
        MeansForm::NgoBudgetAnnex => "Anexa B Buget (Subvenție Legea 34)",
        MeansForm::NgoCatalogue => "Catalog ONG-uri Cluj-Napoca",
        MeansForm::LicensedNgoList => {
            "Lista ONG-uri licențiate cu activitate pe raza municipiului Cluj-Napoca"
        }
    }
}

pub fn document(d: &MeansDocument, household: &Household) -> String {
    let who = |m: &usize| member_label(household, *m);
    match d {
        MeansDocument::OwnResponsibilityDeclaration => "Declarația pe propria răspundere".to_string(),
        MeansDocument::PaymentUndertaking => "Angajamentul de plată (pentru sume care s-ar dovedi primite pe nedrept)".to_string(),
        MeansDocument::SchoolProof { member } => format!("Dovada că merge la școală sau grădiniță — {}", who(member)),
        MeansDocument::IdentityOrResidenceCard { member } => format!(
            "Actul de identitate (pentru un cetățean străin: certificatul de înregistrare sau cartea de rezidență) — {}",
            who(member)
        ),
        MeansDocument::JobSeekerProof { member } => format!(
            "Dovada de la AJOFM că își caută un loc de muncă — {}",
            who(member)
        ),
        MeansDocument::AssetCertificatesFromDomicile => "Adeverință de la taxe și impozite locale din localitatea de domiciliu (clădiri, terenuri, mașini — cu copie după certificatul de înmatriculare) și adeverință de la Registrul Agricol al primăriei de acolo (terenuri, animale), pentru fiecare persoană din cerere".to_string(),
        MeansDocument::NotarisedHousingDeclarations => "Declarații autentificate la notar: nimeni din familie (adult) nu are locuință în proprietate, nu folosește o locuință de stat, nu a vândut o locuință în ultimii 10 ani și nu a primit sprijinul statului în credite pentru locuință".to_string(),
        MeansDocument::RegisteredLease => "Contractul de închiriere înregistrat la ANAF și/sau declarația unică privind impozitul pe venit".to_string(),
        MeansDocument::NoRelativeLeaseDeclaration => "Declarație pe propria răspundere că nu ați încheiat contractul de închiriere cu o rudă până la gradul IV".to_string(),
        MeansDocument::PupilOrStudentCertificate { member } => format!(
            "Adeverință de elev sau student, care spune dacă primește bursă și cât — {}",
            who(member)
        ),
        MeansDocument::PensionDecision { member } => format!("Decizia de pensionare — {}", who(member)),
        MeansDocument::FamilyDoctorCertificate { member } => format!(
            "Adeverință de la medicul de familie că nu are boli contagioase și poate veni la cantină — {}",
            who(member)
        ),
        MeansDocument::SpecialistCertificate { member } => format!(
            "Adeverință de la medicul specialist pentru boala cronică — {}",
            who(member)
        ),
        MeansDocument::KindergartenCertificate { member } => format!("Adeverință de la grădiniță — {}", who(member)),
        MeansDocument::ParentalAuthorityDelegation => "Hotărârea judecătorească de delegare a autorității părintești către dumneavoastră (art. 104 din Legea 272/2004)".to_string(),
        MeansDocument::DayCoursesCertificate { member } => format!(
            "Adeverință de la școală sau facultate că urmează cursuri de zi — {}",
            who(member)
        ),
        MeansDocument::CivilStatusPapers => "După caz: certificatul de căsătorie, certificatul de deces al soțului sau soției, sentința de divorț, actele reprezentantului unui copil (dacă nu este părintele)".to_string(),
    }
}

/// The title of this area's obligations; `term` is "5 zile lucrătoare".
pub fn deadline_title(d: &Deadline, term: &str) -> String {
    match d.deadline {
        DeadlineId::ReportVmiChanges => format!(
            "Anunțați la primărie orice schimbare de domiciliu, de venituri sau a numărului de membri ai familiei în cel mult {term}"
        ),
        DeadlineId::SignRentAidContract => format!(
            "Semnați contractul de servicii sociale și planul de servicii (dumneavoastră și membrii familiei apți de muncă) în {term} de la primirea dispoziției"
        ),
        DeadlineId::ReportRentAidChanges => format!(
            "Anunțați la DASM, în scris, orice schimbare a condițiilor sau criteriilor pe care s-a dat ajutorul, în {term}"
        ),
        DeadlineId::PresentRegisteredLease => format!(
            "Aduceți la DASM contractul de închiriere înregistrat la ANAF (sau declarația unică) în cel mult {term} de la primirea înștiințării comisiei"
        ),
        _ => String::new(),
    }
}

/// A worked example for an event still to come that is not a change: "if
/// you received it today".
pub fn event_example(d: &Deadline) -> Option<String> {
    let c = d.computed.as_ref()?;
    match d.deadline {
        DeadlineId::SignRentAidContract => Some(format!(
            "De exemplu, dacă primiți dispoziția azi ({}), semnați până {}.",
            date(c.from),
            date_with_weekday(c.due)
        )),
        DeadlineId::PresentRegisteredLease => Some(format!(
            "De exemplu, dacă primiți înștiințarea azi ({}), aduceți contractul până {}.",
            date(c.from),
            date_with_weekday(c.due)
        )),
        _ => None,
    }
}

pub fn note(n: &MeansNote) -> String {
    match n {
        MeansNote::VmiOneApplicationOnePayment => "VMI se cere cu o singură cerere, pentru ambele ajutoare, și se plătește o dată pe lună, într-o singură plată.".to_string(),
        MeansNote::VmiAssetsCheckedByOffice => "Primăria verifică și bunurile familiei, după „Lista bunurilor ce duc la excluderea acordării VMI”. Lista nu este pe paginile oficiale pe care le avem; întrebați la primărie.".to_string(),
        MeansNote::VmiSharedHouseholdIncome => "Pentru că locuiți și gospodăriți împreună cu alte persoane, la venitul familiei se adaugă partea care vă revine din veniturile realizate în comun. Nu o putem calcula; suma de mai sus ține cont doar de veniturile dumneavoastră.".to_string(),
        MeansNote::VmiFloorApplied { computed, floor } => format!(
            "Din calcul ar rezulta {}, mai puțin de {}: se acordă {}.",
            lei(*computed),
            lei(*floor),
            lei(*floor)
        ),
        MeansNote::VmiDeclarationEvery { months } => format!(
            "O dată la {} depuneți la primărie declarația pe propria răspundere.",
            plural(*months, "lună", "luni")
        ),
        MeansNote::VmiLocalInterestWork { quarterly, quarterly_up_to } => {
            if *quarterly {
                format!("Cu ajutorul de incluziune, o persoană adultă aptă de muncă din familie face lucrări de interes local, la cererea primarului. Pentru că ajutorul de incluziune este de cel mult {}, orele se stabilesc o dată pe trimestru și se fac în oricare lună a trimestrului.", lei(*quarterly_up_to))
            } else {
                "Cu ajutorul de incluziune, o persoană adultă aptă de muncă din familie face lunar lucrări de interes local, la cererea primarului, în programul normal de lucru și cu respectarea normelor de securitate a muncii.".to_string()
            }
        }
        MeansNote::VmiJobSeekerObligation => "Adulții apți de muncă care nu lucrează cu contract, nu au activități independente sau agricole trebuie să fie înregistrați la agenția pentru ocuparea forței de muncă și să se prezinte ori de câte ori sunt chemați (pentru un loc de muncă sau un curs). Nu se aplică familiilor care primesc doar ajutorul pentru familia cu copii.".to_string(),
        MeansNote::VmiPapersIfRegisterCannotConfirm => "Familia și copiii se verifică în registrul național (SNIAS). Doar dacă nu se pot verifica acolo, vi se pot cere: certificatele de naștere ale copiilor, certificatul de căsătorie, hotărârile de adopție, plasament, tutelă sau delegare a autorității părintești, actul de reprezentant legal, hotărârea prin care soțul sau soția este declarat dispărut ori arestat.".to_string(),
        MeansNote::VmiOtherPapers => "După caz mai aduceți: certificatul de deces al unui membru al familiei care a murit și alte acte potrivite situației dumneavoastră.".to_string(),
        MeansNote::VmiKindergartenTicketsToo => "Copiii care merg regulat la grădiniță primesc și tichete sociale pentru grădiniță, fără altă cerere.".to_string(),
        MeansNote::VmiBandGap { per_member, amount } => format!(
            "Venitul ajustat pe membru de familie este {}: peste 275 lei, dar sub 276 lei. Pagina dă o sumă „până la 275 de lei” și alta „între 276 de lei și 700 de lei inclusiv”, fără să spună ce se întâmplă între ele. Am socotit a doua, {}; decide primăria.",
            lei(*per_member),
            lei(*amount)
        ),
        MeansNote::VmiAge65TwoReadings => "Ați împlinit 65 de ani. Pagina spune o dată „a depășit vârsta de 65 ani” și de două ori „cu vârsta de cel puțin 65 de ani”. Am citit „cel puțin 65 de ani”, adică plafonul de 400 lei din ziua în care împliniți 65 de ani; decide primăria.".to_string(),
        MeansNote::WhoCountsAsFamily => "Am socotit în familie pe toți cei pe care i-ați trecut, inclusiv rudele sau alte persoane (de exemplu un bunic care locuiește cu dumneavoastră). Paginile nu spun cine face parte din familie la acest ajutor: o astfel de persoană poate fi socotită separat, ca una cu care locuiți și gospodăriți. Decide biroul.".to_string(),
        MeansNote::RentAidScoringDecides => "Îndeplinirea criteriilor nu garantează ajutorul: o comisie punctează cererile eligibile după criterii de evaluare și decide cui se acordă.".to_string(),
        MeansNote::RentAidPaidToLandlord => "Ajutorul se plătește lunar, direct proprietarului locuinței.".to_string(),
        MeansNote::RentAidDuration { months, max_months, received } => {
            let mut text = format!(
                "Se acordă pe cel mult {} și se poate prelungi până la cel mult {} în total.",
                plural(*months, "lună", "luni"),
                plural(*max_months, "lună", "luni")
            );
            if let Some(r) = received.filter(|r| *r > 0 && r < max_months) {
                text.push_str(&format!(
                    " Ați primit deja {}: din cele {} v-ar mai rămâne cel mult {}.",
                    plural(r, "lună", "luni"),
                    plural(*max_months, "lună", "luni"),
                    plural(max_months - r, "lună", "luni")
                ));
            }
            text
        }
        MeansNote::RentAidMaximumReached { received, max_months } => format!(
            "Ați primit deja ajutorul {}, iar pagina DASM spune că se poate prelungi „până la maximum {}”. Pagina nu spune dacă după aceea se poate cere din nou: puteți depune cererea, iar DASM decide.",
            plural(*received, "lună", "luni"),
            plural(*max_months, "lună", "luni")
        ),
        MeansNote::RentAidSocialInquiry => "În evidența DASM ca persoană marginalizată social se intră în urma unei anchete sociale făcute de DASM. Dacă nu sunteți încă în evidență, puteți cere la DASM o anchetă socială: ea stabilește dacă intrați în această categorie a ajutorului pentru chirie.".to_string(),
        MeansNote::RentAidAmountNotOnPages => "Pagina DASM nu spune cât este ajutorul; întrebați la DASM.".to_string(),
        MeansNote::RentAidAgeLimitUnclear { age } => format!(
            "Aveți {}: pagina spune „până la 35 de ani” și nu lămurește dacă anul în care aveți 35 de ani se mai socotește. Decide DASM; puteți depune cererea.",
            years(*age)
        ),
        MeansNote::RentAidAssetListScope => "Lista bunurilor care exclud este scrisă pentru persoanele din evidența DASM; regula de dinainte de ea îi numește pe toți solicitanții. Decide DASM; puteți depune cererea.".to_string(),
        MeansNote::RentAidPupilCertificates => "Pentru fiecare copil din familie care merge la școală (și pentru fiecare student): adeverința de elev sau de student, în care scrie dacă primește bursă și cât.".to_string(),
        MeansNote::RentAidCaseByCasePapers => "După caz, DASM mai poate cere: certificatul de încadrare în grad de handicap, decizia de pensionare, sentința de divorț, hotărârile de plasament, adopție sau încredințare, acte medicale, certificatele de căsătorie sau de deces.".to_string(),
        MeansNote::RentAidRelativeLease => "Pagina cere o declarație că nu ați încheiat contractul de închiriere cu o rudă până la gradul IV.".to_string(),
        MeansNote::CanteenFree { per_member, level } => format!(
            "Masa este gratuită: venitul pe persoană ({}) este sub {}.",
            lei(*per_member),
            lei(*level)
        ),
        MeansNote::CanteenContribution { per_member, level, percent, contribution } => format!(
            "Venitul pe persoană ({}) nu este sub {}: masa se plătește cu o contribuție de {}% din venitul pe persoană, adică {} pe lună, dar nu mai mult decât costul meselor servite.",
            lei(*per_member),
            lei(*level),
            decimal(*percent),
            lei(*contribution)
        ),
        MeansNote::CanteenLevelIsVmiLevel { level } => format!(
            "Pagina cantinei vorbește de nivelul venitului pentru o persoană singură la ajutorul social. Din 2024 ajutorul social a fost înlocuit de venitul minim de incluziune, al cărui nivel este {} pe persoană.",
            lei(*level)
        ),
        MeansNote::CanteenIncomeCountUnclear { per_member, per_member_without, left_out, level } => {
            let names: Vec<String> = left_out.iter().map(|k| income_kind(*k).to_lowercase()).collect();
            format!(
                "Cu toate veniturile, venitul pe persoană este {}, nu sub {}. Fără {}, pe care venitul minim de incluziune nu le ia în calcul, ar fi {}, sub {}: atunci masa ar fi gratuită. Pagina cantinei cere dovada tuturor veniturilor, dar nu spune dacă acestea se scad. Nu vă spunem „probabil nu”: decide biroul de asistență socială care primește cererea; depuneți-o.",
                lei(*per_member),
                lei(*level),
                names.join(", "),
                lei(*per_member_without),
                lei(*level)
            )
        }
        MeansNote::CanteenExactlyAtLevel { level } => format!(
            "Venitul pe persoană este exact {}. Pagina spune că masa e gratuită pentru venituri sub acest nivel și cu contribuție pentru venituri peste el, dar nu spune ce se întâmplă la exact acest nivel. V-am arătat contribuția, ca să nu vă bazați pe masa gratuită; decide biroul de asistență socială.",
            lei(*level)
        ),
        MeansNote::CanteenIncomeExclusionsNotOnPages => "Pagina cantinei nu spune ce venituri nu se iau în calcul: am adunat toate veniturile nete. Biroul de asistență socială verifică.".to_string(),
        MeansNote::CanteenContract => "Masa la cantină se dă pe baza unui contract cu primăria, în care se scriu serviciile, drepturile și obligațiile și durata.".to_string(),
        MeansNote::TicketsWithoutRequest => "Tichetele se dau din oficiu, fără altă cerere, titularului ajutorului pentru familia cu copii, odată cu acesta sau după.".to_string(),
        MeansNote::TicketsMonths { in_period, next_starts } => {
            if *in_period {
                "Tichetele se dau pentru lunile septembrie – iunie, cât timp copilul merge regulat la grădiniță.".to_string()
            } else {
                format!("Tichetele se dau doar pentru lunile septembrie – iunie; în iulie și august nu se dau. Următoarea perioadă începe la {}.", date(*next_starts))
            }
        }
        MeansNote::TicketsMinimumValue => "Valoarea este de cel puțin 105 lei pe lună pentru fiecare copil (valoarea nominală minimă).".to_string(),
        MeansNote::TicketsAttendanceRules => "Frecvență regulată înseamnă prezență zilnică, în afară de absențele motivate, care nu pot trece de jumătate din zilele de grădiniță: absențe medicale, cu scutire adusă la întoarcere, și învoiri de la părinți de cel mult 3 zile pe lună, anunțate educatoarei. O singură dată pe an școlar, copilul primește tichetele și dacă a lipsit mai mult de jumătate din zile din motive medicale.".to_string(),
        MeansNote::TicketsMissedMonth => "Nu: pentru luna în care copilul lipsește nemotivat — fără scutire medicală adusă la întoarcere și peste cele 3 zile pe lună de învoire anunțate educatoarei — tichetele nu se dau. Frecvența se verifică pe fiecare lună: pentru o lună în care copilul merge regulat, tichetele se dau din nou.".to_string(),
        MeansNote::TicketsUse => "Cu tichetele cumpărați alimente, produse de igienă, haine și rechizite, doar în magazinele cu autocolantul emitentului. Nu cumpărați țigări sau băuturi alcoolice, nu cereți rest și nu le vindeți: altfel tichetele încetează și banii se recuperează.".to_string(),
        MeansNote::TicketsHomelessAndForeignChildren => "Primesc tichete și copiii fără adăpost, cât timp sunt în evidența serviciului social, și copiii fără cetățenie română: cetățeni UE, SEE sau elvețieni ori străini cu domiciliul sau reședința în România, străini sau apatrizi cu o formă de protecție, apatrizi cu domiciliul sau reședința în România.".to_string(),
        MeansNote::TicketsLevelIsVmiLevel { level } => format!(
            "Pagina vorbește de plafonul alocației pentru susținerea familiei; din 2024 aceasta a fost înlocuită de ajutorul pentru familia cu copii, cu plafonul de {} pe persoană.",
            lei(*level)
        ),
        MeansNote::LocalAidCaseByCase => "DASM Cluj-Napoca acordă acest ajutor și dă formularul de cerere. Paginile lui nu spun suma, condițiile sau actele; DASM analizează fiecare caz. Întrebați la ghișeu sau la telefon.".to_string(),
        MeansNote::FuneralAidDocumentsOnForm => "Actele necesare sunt în formularul „Acte necesare ajutor deces”, la DASM.".to_string(),
        MeansNote::OtherTownRulesDoNotApply => "Sumele și listele de acte pe care le găsiți pe paginile altor primării (de exemplu Năvodari) sunt hotărâri ale acelor consilii locale și nu se aplică în Cluj-Napoca.".to_string(),
        MeansNote::AskYourOwnTownHall { funeral } => {
            let mut text = "Locuiți în altă localitate. Paginile DASM Cluj-Napoca spun ce face DASM pentru cei cu domiciliul sau reședința în Cluj-Napoca și nu spun dacă și cum se face acest lucru în alte localități. Întrebați la serviciul de asistență socială al primăriei unde locuiți.".to_string();
            if *funeral {
                text.push_str(" Dacă persoana care a murit locuia în Cluj-Napoca, întrebați și la DASM Cluj-Napoca: paginile lui nu spun ce se întâmplă în acest caz.");
            }
            text
        }
        MeansNote::NotForThisHousehold { audience } => match audience {
            Audience::Anyone => "După răspunsurile date, acest serviciu nu este pentru familia dumneavoastră.",
            Audience::Children => "Este pentru copiii din familie; în familia pe care ați trecut-o nu este niciun copil sub 18 ani.",
            Audience::Pupils => "Este pentru elevi (școala trimite solicitarea); în familia pe care ați trecut-o nu este niciun copil sau elev.",
            Audience::Newborns => "Este pentru nou-născuți; în familia pe care ați trecut-o nu este niciun copil sub 1 an. Pagina nu dă o vârstă: întrebați la DASM dacă vi se potrivește.",
            Audience::InDasmRecords => "Centrul este pentru persoanele marginalizate social aflate în evidența DASM, iar ați spus că nu sunteți în evidența DASM. În evidență se intră în urma unei anchete sociale, pe care o puteți cere la DASM.",
            Audience::SevereDisability => "Este pentru persoanele cu handicap grav; după răspunsurile date, nimeni din familie nu are handicap grav.",
            Audience::Organisations => "Este pentru asociații și fundații, nu pentru o familie; informația rămâne aici pentru voluntarii care le ajută.",
        }
        .to_string(),
        MeansNote::NotScreened => "Paginile oficiale descriu acest serviciu, dar nu dau condiții pe care să le putem verifica. Vă spunem ce scrie și unde mergeți; decide biroul care primește cererea.".to_string(),
        MeansNote::DentalProgramme => "Programul multianual „Promovarea sănătății orale prin creșterea accesibilității populației defavorizate la servicii de stomatologie”: înscrierea se face la DASM, cu cererea de înscriere și declarația GDPR.".to_string(),
        MeansNote::FoodTicketProgramme => "Tichete sociale acordate prin Programul social „Alimente”, cu formularul de cerere pentru tichete sociale.".to_string(),
        MeansNote::EuFoodAid => "DASM evaluează familiile fără venituri sau cu venituri mici și întocmește listele cu familiile și persoanele singure din evidența sa pentru programul POAD (ajutoare alimentare din fonduri europene). Nu există o cerere separată pe pagină.".to_string(),
        MeansNote::SchoolSupplies => "DASM dă sprijin material — ghiozdane și rechizite — pentru copiii din familiile care primesc venit minim (fostul venit minim garantat și alocația pentru susținerea familiei) sau masă gratuită la cantină, și altele („etc.”, spune pagina): întrebați la DASM dacă sunteți printre ei.".to_string(),
        MeansNote::DoubleHouseholdExpensesCertificate => "DASM eliberează certificatul pentru dovedirea situației de duble cheltuieli gospodărești, pentru cetățenii UE (mai ales din Germania) care își întrețin rude din România.".to_string(),
        MeansNote::SeasonalWorkCertificate => "DASM eliberează certificatul pentru forța de muncă sezonieră, pentru cetățenii români care pleacă la muncă în UE.".to_string(),
        MeansNote::HighSchoolMoneyInquiry => "Pentru programul național „Bani de liceu”, școala trimite solicitarea, iar DASM face ancheta socială. Pe pagină este „Cerere tip pentru ancheta - bani de liceu”.".to_string(),
        MeansNote::SocialInclusionCentre { address } => format!(
            "Centrul de incluziune socială ({address}) este pentru persoanele marginalizate social sau în risc de marginalizare din Cluj-Napoca, aflate în evidența DASM. Oferă informare, consiliere, mediere pentru un loc de muncă și sprijin după angajare, ajutor la pornirea unor proiecte lucrative și de economie socială, acces la formare profesională."
        ),
        MeansNote::NewbornVouchersNamedOnly => "Pagina DAS Năvodari numește tichetele sociale pe suport electronic pentru nou-născuți, fără alte detalii. Întrebați la DASM dacă și cum se acordă.".to_string(),
        MeansNote::PersonalAssistantChoice => "Persoana cu handicap grav al cărei certificat are mențiunea „cu asistent personal” (sau părinții ori reprezentanții unui copil cu handicap grav, ori familia care îl are în plasament) alege între un asistent personal angajat și o indemnizație lunară. Nu pot alege cei cu handicap vizual grav.".to_string(),
        MeansNote::PersonalAssistantAllowance => "Indemnizația lunară este egală cu salariul net al unui asistent personal (gradația 0). O plătește primăria unde persoana are domiciliul sau reședința, cât timp certificatul de handicap este valabil, începând cu luna de după cerere.".to_string(),
        MeansNote::PersonalAssistantExcluded => "Nu primesc indemnizația: părinții unui copil cu handicap grav aflat la asistent maternal sau într-un centru rezidențial; adulții aflați la un asistent personal profesionist sau mai mult de o lună într-un centru rezidențial public (în afară de centrul respiro); persoanele reținute, arestate sau condamnate, pe acea perioadă.".to_string(),
        MeansNote::PersonalAssistantDocuments => "Pagina DAS Năvodari cere, pentru indemnizație: cererea tip, copie după certificatul de handicap, actele de identitate ale persoanei și ale reprezentantului legal, acordul DGASPC în original, o adeverință că nu are asistent personal angajat, extras de cont și, pentru un adult, ultimul cupon de pensie și actele de rudenie. Pentru angajarea unui asistent personal se cer și actele asistentului (identitate, studii, vechime, adeverință medicală, cazier). În Cluj-Napoca întrebați la DASM ce acte se cer.".to_string(),
        MeansNote::AskDgaspc => "Pentru un copil sau o persoană cu handicap aflată în dificultate, vă puteți adresa și Direcției Generale de Asistență Socială și Protecția Copilului (DGASPC) Cluj.".to_string(),
        MeansNote::NgoSubsidyWho => "Legea 34/1998: subvenții de la bugetul local pentru asociațiile și fundațiile române cu personalitate juridică (și cultele recunoscute) care înființează și administrează unități de asistență socială. DASM ține secretariatul comisiei și oferă consultanță. Se depun cererea de subvenție, fișa tehnică a unității și anexa de buget.".to_string(),
        MeansNote::NgoSubsidyBudgets { budgets, total } => {
            let lines: Vec<String> = budgets
                .iter()
                .map(|b| match b.estimate_2024 {
                    Some(v) => format!("{}: {}", b.code, lei(v)),
                    None => format!("{}: fără sumă pe pagină", b.code),
                })
                .collect();
            format!(
                "Valoarea estimată a contractelor pe 2024, pe codul serviciului social (planul de acțiune 2024): {}. Bugetul estimat al programului: {}.",
                lines.join("; "),
                lei(*total)
            )
        }
        MeansNote::NgoAverageSubsidyByHcl => "Nivelul mediu lunar al subvenției și categoriile de cheltuieli se stabilesc prin HCL nr. 788/2022 (care a înlocuit HCL nr. 596/2016); sumele nu sunt pe paginile pe care le avem.".to_string(),
        MeansNote::NgoCatalogue { names } => format!(
            "Catalogul ONG-urilor din Cluj-Napoca de pe pagina DASM: {}.",
            names.join("; ")
        ),
        MeansNote::NgoGrants { budget_2024, funded_2023 } => format!(
            "Legea 350/2005: finanțări nerambursabile pentru activități nonprofit de interes general, pentru servicii sociale sau medicale de interes local; DASM participă în comisie. Bugetul estimat pe 2024: {}. În 2023 au fost finanțate {} (consiliere, îngrijirea copiilor cu dizabilități, persoane toxicodependente, tineri din sistemul de protecție, masa caldă, victimele violenței în familie, after-school, îngrijirea vârstnicilor).",
            lei(*budget_2024),
            plural(*funded_2023, "ONG", "ONG-uri")
        ),
    }
}

pub fn question(f: MeansFact, household: &Household) -> String {
    // Every sentence names the person without an adjective or participle
    // that would need their gender (issue 21): "Elena poate munci?", not
    // "Elena este apt de muncă?". The applicant, holding the phone, is
    // spoken to directly.
    let who = |m: usize| member_label(household, m);
    match f {
        MeansFact::LivesWithOthers => "Locuiți și gospodăriți împreună cu alte familii sau persoane (care nu sunt în lista familiei), cu care împărțiți cheltuielile și veniturile?".to_string(),
        MeansFact::CareLeaver => "Ați crescut într-un centru sau o casă de tip familial a DGASPC (protecția copilului)?".to_string(),
        MeansFact::MarginalisedInDasmRecords => "Sunteți în evidența DASM ca persoană marginalizată social sau în risc de marginalizare, după o anchetă socială?".to_string(),
        MeansFact::DomesticViolenceVictim => "Sunteți victimă a violenței domestice?".to_string(),
        MeansFact::MonthsOfResidence => "De câte luni aveți domiciliul sau reședința în Cluj-Napoca?".to_string(),
        MeansFact::ActuallyLivesInCity => "Locuiți efectiv în Cluj-Napoca (nu doar cu adresa în buletin)?".to_string(),
        MeansFact::OwnsOrSoldHome => "Dumneavoastră sau un adult din familie aveți o locuință în proprietate sau ați vândut una în ultimii 10 ani?".to_string(),
        MeansFact::StateHousing => "Folosiți o locuință din fondul locativ de stat?".to_string(),
        MeansFact::StateHousingCredit => "Ați primit vreodată sprijinul statului în credite pentru închirierea sau construirea unei locuințe, ori dintr-un alt program pentru locuințe?".to_string(),
        MeansFact::RentAidMonthsReceived => "De câte luni ați primit până acum ajutorul pentru plata chiriei? Scrieți 0 dacă nu l-ați primit.".to_string(),
        MeansFact::RetirementAge { member: 0 } => "Ați împlinit vârsta de pensionare?".to_string(),
        MeansFact::RetirementAge { member } => format!("{} a împlinit vârsta de pensionare?", who(member)),
        MeansFact::SociallyIsolated { member: 0 } => "Trăiți în izolare socială, fără legături cu familia sau cu alte persoane?".to_string(),
        MeansFact::SociallyIsolated { member } => format!("{} trăiește în izolare socială, fără legături cu familia sau cu alte persoane?", who(member)),
        MeansFact::LegalSupporters { member: 0 } => "Aveți susținători legali (copii sau alte persoane obligate prin lege să vă asigure întreținerea)?".to_string(),
        MeansFact::LegalSupporters { member } => format!("{} are susținători legali (copii sau alte persoane obligate prin lege să îi asigure întreținerea)?", who(member)),
        MeansFact::ChronicallyIllOrInvalid => "Cine din familie are o invaliditate sau o boală cronică? Bifați fiecare persoană.".to_string(),
        MeansFact::DaysWithoutIncome { member: 0 } => "De cât timp, în anul acesta, nu aveți niciun venit?".to_string(),
        MeansFact::DaysWithoutIncome { member } => format!("De cât timp, în anul acesta, {} nu are niciun venit?", who(member)),
        MeansFact::FullTimeStudent { member: 0 } => "Urmați cursuri de zi (la școală, liceu sau facultate)?".to_string(),
        MeansFact::FullTimeStudent { member } => format!("{} urmează cursuri de zi (la școală, liceu sau facultate)?", who(member)),
        MeansFact::StudiesOverFiveYears { member: 0 } => "Urmați studii superioare care durează mai mult de 5 ani?".to_string(),
        MeansFact::StudiesOverFiveYears { member } => format!("{} urmează studii superioare care durează mai mult de 5 ani?", who(member)),
        MeansFact::Kindergarten { member } => format!("{} merge la grădiniță?", who(member)),
        MeansFact::DesignatedCarer => "Îngrijiți copilul pentru părinții plecați la muncă în străinătate, ca persoană desemnată de ei?".to_string(),
        MeansFact::ListedAssets => "Dețineți dumneavoastră sau cineva din familie vreunul dintre aceste bunuri?".to_string(),
        MeansFact::LocalTaxesPaid => "Aveți plătite impozitele și taxele locale pentru ce dețineți?".to_string(),
        MeansFact::LeaseWithRelative => "Proprietarul locuinței pe care o închiriați vă este rudă până la gradul IV inclusiv?".to_string(),
        MeansFact::LeaseRegistered => "Contractul de închiriere este deja înregistrat la ANAF?".to_string(),
        MeansFact::AbleToWork { member: 0 } => "Puteți munci?".to_string(),
        MeansFact::AbleToWork { member } => format!("{} poate munci?", who(member)),
    }
}

pub fn question_hint(f: MeansFact) -> Option<&'static str> {
    Some(match f {
        MeansFact::LivesWithOthers => "Dacă da, la venitul familiei se adaugă și partea dumneavoastră din veniturile câștigate împreună.",
        MeansFact::CareLeaver => "Ajutorul pentru chirie este și pentru tinerii de până la 35 de ani ieșiți din centrele DGASPC.",
        MeansFact::MarginalisedInDasmRecords => "O stabilește ancheta socială a DASM. Dacă nu știți, alegeți „Nu știu sigur”.",
        MeansFact::DomesticViolenceVictim => "Victimele violenței domestice pot primi ajutorul pentru chirie fără cele 24 de luni de domiciliu în oraș.",
        MeansFact::MonthsOfResidence => "Se cer cel puțin 24 de luni (2 ani), în afară de tinerii ieșiți din centrele DGASPC și victimele violenței domestice. Pentru ani, înmulțiți cu 12: 5 ani sunt 60 de luni.",
        MeansFact::ActuallyLivesInCity => "Cine are adresa în Cluj-Napoca doar în buletin, dar locuiește în altă parte, nu poate primi ajutorul pentru chirie.",
        MeansFact::OwnsOrSoldHome | MeansFact::StateHousing | MeansFact::StateHousingCredit => "Aceste situații exclud de la ajutorul pentru chirie; la dosar se dau declarații notariale.",
        MeansFact::RentAidMonthsReceived => "Ajutorul pentru chirie se dă pe cel mult 12 luni și se poate prelungi până la cel mult 36 de luni în total.",
        MeansFact::RetirementAge { .. } | MeansFact::SociallyIsolated { .. } | MeansFact::LegalSupporters { .. } => "Pot lua masa la cantina de ajutor social și persoanele care au împlinit vârsta de pensionare și sunt izolate, fără susținători sau fără venituri.",
        MeansFact::ChronicallyIllOrInvalid => "Pagina cantinei de ajutor social îi numește pe „invalizii și bolnavii cronici”: pot lua masa acolo. La dosar se aduce adeverința medicului specialist pentru boala cronică și acte despre starea de sănătate, de exemplu certificatul de încadrare în grad de handicap. Dacă nimeni, nu bifați nimic și continuați.",
        MeansFact::DaysWithoutIncome { .. } => "Pagina cantinei: poate lua masa acolo „orice persoană care, temporar, nu realizează venituri, pe o perioadă de cel mult 90 de zile pe an”. 90 de zile sunt cam 3 luni. Dacă nu știți sigur, biroul socotește zilele.",
        MeansFact::FullTimeStudent { .. } | MeansFact::StudiesOverFiveYears { .. } => "Tinerii la cursuri de zi, până la 25 de ani (26 la studii mai lungi de 5 ani), dintr-o familie cu venit mic, pot lua masa la cantină.",
        MeansFact::Kindergarten { .. } => "Tichetele de grădiniță se dau copiilor înscriși care merg regulat; lipsurile motivate (scutire medicală, învoire de cel mult 3 zile pe lună) nu contează.",
        MeansFact::DesignatedCarer => "Persoana desemnată de părinți (art. 104 din Legea 272/2004) poate cere tichete de grădiniță pentru copil.",
        MeansFact::ListedAssets => "Lista este cea de pe pagina DASM (din H.G. nr. 50/2011). Locuința de domiciliu și anexele gospodărești nu se socotesc: lista numește doar clădirile „în afara locuinţei de domiciliu şi a anexelor gospodăreşti”. Mașinile, bărcile și utilajele se socotesc doar dacă sunt în stare de funcționare: una stricată nu se bifează. Bifați tot ce dețineți; dacă nimic, nu bifați nimic și continuați.",
        MeansFact::LocalTaxesPaid => "Cine nu are plătite impozitele și taxele locale nu poate primi ajutorul pentru chirie. Dacă nu dețineți nimic impozabil, alegeți „Da”.",
        MeansFact::LeaseWithRelative => "Pentru ajutorul pentru chirie se dă o declarație că proprietarul nu vă este rudă până la gradul IV inclusiv. Pagina nu spune cine sunt aceste rude; dacă nu știți sigur, întrebați la DASM.",
        MeansFact::LeaseRegistered => "Dacă nu este încă, îl puteți aduce în 120 de zile de la înștiințarea comisiei.",
        MeansFact::AbleToWork { .. } => "Pentru un adult fără venit care poate munci (apt de muncă) se aduce dovada de la AJOFM că își caută un loc de muncă.",
    })
}

/// The label of a value offered by one of these questions.
pub fn option_label(f: MeansFact, value: &str) -> Option<&'static str> {
    use crate::questions::parse;
    match f {
        MeansFact::Kindergarten { .. } => parse(value).map(|a| match a {
            KindergartenAttendance::NotEnrolled => "Nu, nu merge la grădiniță",
            KindergartenAttendance::AttendsRegularly => "Da, merge regulat",
            KindergartenAttendance::MissesDays => "Merge, dar lipsește nemotivat (fără scutire medicală, peste cele 3 zile de învoire pe lună)",
        }),
        MeansFact::DaysWithoutIncome { .. } => parse(value).map(|s| match s {
            WithoutIncomeSpan::AtMost90Days => "De cel mult 90 de zile (cam 3 luni) în anul acesta",
            WithoutIncomeSpan::MoreThan90Days => "De mai mult de 90 de zile în anul acesta",
            WithoutIncomeSpan::NotSure => "Nu știu sigur",
        }),
        MeansFact::ListedAssets => parse(value).map(listed_asset),
        _ => None,
    }
}
