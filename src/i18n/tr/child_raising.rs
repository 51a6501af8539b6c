//! Romanian for the child-raising area (issue 9): the child-raising
//! allowance (ICC), the insertion incentive, the supplement for a further
//! birth and the support for a parent with a disability. `ro.rs` sends each
//! of this area's identifiers here.

use rust_decimal::Decimal;

use super::{date, date_with_weekday, lei, member_label, plural};
use crate::rules::child_raising::{
    ChildRaisingCriterion, ChildRaisingDocument, ChildRaisingFact, ChildRaisingForm,
    ChildRaisingNote, ChildRaisingPart, IncentiveRate,
};
use crate::rules::household::{AssimilatedPeriod, Carer, DisabilityGrade, Household};
use crate::rules::outcome::{Anchor, BenefitId, Deadline, DeadlineId};

pub fn benefit_name(b: BenefitId) -> &'static str {
    match b {
        BenefitId::ChildRaisingAllowance => "Indemnizația pentru creșterea copilului",
        BenefitId::InsertionIncentive => "Stimulentul de inserție",
        BenefitId::FurtherBirthSupplement => {
            "Suma suplimentară pentru încă un copil născut în concediu"
        }
        BenefitId::DisabledParentSupport => "Sprijin lunar pentru părintele cu dizabilitate",
        _ => "",
    }
}

/// The verdict of a benefit asked only once the person is back at work.
pub fn not_yet(b: BenefitId) -> &'static str {
    match b {
        BenefitId::InsertionIncentive => "Încă nu: stimulentul se cere după ce reluați lucrul",
        _ => "Încă nu: se cere după ce reluați lucrul",
    }
}

fn percent(share: Decimal) -> String {
    format!("{}%", (share * Decimal::from(100)).normalize())
}

pub fn carer(c: Carer) -> &'static str {
    match c {
        Carer::NaturalParent => "Părintele copilului (mama sau tatăl)",
        // Said of "copilul" (the noun), never with a pronoun that would
        // need the child's gender ("L-am adoptat" about a girl).
        Carer::AdoptiveParent => "Am adoptat copilul",
        Carer::EntrustedForAdoption => "Copilul mi-a fost încredințat în vederea adopției",
        Carer::Placement => "Am copilul în plasament (și plasament în regim de urgență)",
        Carer::Guardian => "Sunt tutorele copilului",
        Carer::FosterCarer => {
            "Am copilul în grijă ca asistent maternal profesionist, iar copilul nu este al meu"
        }
    }
}

pub fn assimilated_period(p: AssimilatedPeriod) -> &'static str {
    use AssimilatedPeriod::*;
    match p {
        MissionAbroad => "Trimis(ă) în misiune permanentă în străinătate",
        Covid2020Allowance => "Am primit indemnizația din pandemie (OUG 30/2020, art. XI și XV)",
        AccompaniedSpouseOnMission => "Mi-am însoțit soțul sau soția în misiune permanentă în străinătate",
        UnemploymentBenefit => "Am primit indemnizație de șomaj",
        RegisteredForUnemploymentBenefit => "Am fost înscris(ă) la AJOFM pentru indemnizația de șomaj",
        SickLeave => "Concediu medical (de boală, de maternitate sau alt concediu plătit de CASS)",
        WorkAccidentLeave => "Concediu medical după un accident de muncă sau o boală profesională",
        InvalidityPension => "Pensie de invaliditate",
        EmployerSuspension => "Activitatea oprită temporar de angajator (șomaj tehnic), fără desfacerea contractului",
        ChildRaisingLeave => "Concediu și indemnizație pentru creșterea altui copil",
        UnpaidChildRaisingLeave => "Concediu fără plată pentru creșterea copilului",
        BetweenFixedTermContracts => "Cel mult 3 luni între două contracte de muncă pe durată determinată",
        DoctoralStudent => "Doctorand(ă)",
        MilitaryService => "Serviciu militar voluntar, concentrat(ă), mobilizat(ă) sau în prizonierat",
        FullTimeStudies => "Elev(ă) sau student(ă) la cursuri de zi (liceu, „A doua șansă”, licență, master), în țară sau în străinătate",
        BetweenStudies => "Perioada dintre terminarea unei școli sau facultăți la zi și începerea alteia la zi, în același an",
        AfterGraduation => "Cele 60 de zile de după terminarea școlii obligatorii sau a studiilor la zi",
        UnpaidTrainingLeave => "Concediu fără plată pentru cursuri de formare profesională",
        BeforeResidency => "Perioada dintre absolvirea medicinei și începerea primului rezidențiat",
    }
}

/// "o lună", "5 luni", "20 de luni"; "nicio lună" for none.
fn months(n: u32) -> String {
    match n {
        0 => "nicio lună".to_string(),
        1 => "o lună".to_string(),
        n => plural(n, "lună", "luni"),
    }
}

/// "un an", "2 ani", "20 de ani".
fn years(n: u32) -> String {
    match n {
        1 => "un an".to_string(),
        n => plural(n, "an", "ani"),
    }
}

pub fn criterion(c: &ChildRaisingCriterion) -> (String, Option<String>) {
    match c {
        ChildRaisingCriterion::ChildAgeForLeave { disabled, years: y, until, disability_unasked, .. } => (
            if *disabled {
                format!("Copilul cu handicap are sub {}", years(*y))
            } else {
                format!("Copilul are sub {}", years(*y))
            },
            Some(if *disability_unasked {
                format!(
                    "A împlinit {} la {}. Pentru un copil cu certificat de încadrare în grad de handicap, vârsta este cu un an mai mare: de aceea vă întrebăm dacă are certificat.",
                    years(*y),
                    date(*until)
                )
            } else {
                format!("Împlinește {} la {}.", years(*y), date(*until))
            }),
        ),
        ChildRaisingCriterion::CarerMayApply { carer: who } => (
            "Cereți ca părinte, părinte adoptiv, tutore sau persoană care are copilul încredințat ori în plasament".to_string(),
            who.map(|c| match c {
                Carer::FosterCarer => "Asistentul maternal profesionist poate cere doar pentru copiii săi naturali sau adoptați.".to_string(),
                other => format!("Ați spus: {}.", carer(other).to_lowercase()),
            }),
        ),
        ChildRaisingCriterion::QualifyingMonths { income_months, assimilated_months, required, window } => {
            let title = format!(
                "Cel puțin {} cu venituri (sau în situațiile socotite la fel) în ultimele {} dinainte de naștere",
                months(*required),
                months(*window)
            );
            let detail = income_months.map(|m| {
                if m >= *required {
                    return format!("Ați spus: {} cu venituri. Sunt destule (se cer cel puțin {required}).", months(m));
                }
                let Some(a) = assimilated_months else {
                    return format!("Ați spus: {} cu venituri, mai puțin de {required}; se socotesc și situațiile de mai jos.", months(m));
                };
                let total = (m + a).min(*window);
                if total >= *required {
                    format!(
                        "{} cu venituri + {} în situațiile socotite la fel = {}. Sunt destule (se cer cel puțin {required}).",
                        months(m),
                        months(*a),
                        months(total)
                    )
                } else {
                    format!(
                        "{} cu venituri + {} în situațiile socotite la fel = {}, mai puțin de {required}. Ar mai trebui {}: răspunsul se schimbă dacă în cele {} ați mai avut luni cu venituri sau în una dintre situațiile din listă (de exemplu studii la zi, șomaj, concediu medical). AJPIS le numără din acte.",
                        months(m),
                        months(*a),
                        months(total),
                        months(required - total),
                        months(*window)
                    )
                }
            });
            (title, detail)
        }
        ChildRaisingCriterion::AllowanceAmount { average_net_income, share, computed, minimum, maximum } => (
            format!(
                "Suma: {} din venitul net mediu, cel puțin {} și cel mult {}",
                percent(*share),
                lei(*minimum),
                lei(*maximum)
            ),
            match (average_net_income, computed) {
                (Some(avg), Some(c)) => {
                    let clamped = if c < minimum {
                        format!(" Este sub minim: se dă {}.", lei(*minimum))
                    } else if c > maximum {
                        format!(" Este peste maxim: se dă {}.", lei(*maximum))
                    } else {
                        String::new()
                    };
                    Some(format!("{} × {} = {}.{clamped}", percent(*share), lei(*avg), lei(*c)))
                }
                _ => None,
            },
        ),
        ChildRaisingCriterion::BackAtWork { back, date: when, child_age_months, early_months, rate, until, higher_ended } => {
            let title = "V-ați întors la muncă, cu venituri impozabile".to_string();
            let rate_lei = |r: &IncentiveRate| match r {
                IncentiveRate::Higher => "1.500 lei",
                IncentiveRate::Lower => "650 lei",
            };
            let detail = match (back, when) {
                (Some(false), _) => Some("Încă nu: ați spus că nu v-ați întors la muncă. Stimulentul se cere după ce reluați lucrul.".to_string()),
                (Some(true), Some(d)) => Some(match (child_age_months, early_months, rate, until) {
                    (_, _, _, Some(u)) if u <= d => format!(
                        "Reluați lucrul la {}, dar stimulentul se dă doar până la {}.",
                        date(*d),
                        date(*u)
                    ),
                    (Some(m), Some(e), Some(r), Some(u)) => {
                        let at = format!("Reluați lucrul la {}, când copilul are {}", date(*d), months(*m));
                        match (r, higher_ended) {
                            (IncentiveRate::Lower, Some(ended)) => format!(
                                "{at}: înainte de {}, deci 1.500 lei pe lună până la {}. De atunci, după concediu, stimulentul este 650 lei pe lună, până la {}.",
                                months(*e),
                                date(*ended),
                                date(*u)
                            ),
                            (IncentiveRate::Higher, _) => format!(
                                "{at}: înainte de {}, deci {} pe lună, până la {}.",
                                months(*e),
                                rate_lei(r),
                                date(*u)
                            ),
                            (IncentiveRate::Lower, None) => format!(
                                "{at}: nu înainte de {}, deci {} pe lună, până la {}.",
                                months(*e),
                                rate_lei(r),
                                date(*u)
                            ),
                        }
                    }
                    _ => format!("Reluați lucrul la {}.", date(*d)),
                }),
                _ => None,
            };
            (title, detail)
        }
        ChildRaisingCriterion::ReceivesAllowance { receives } => (
            "Primiți (sau ați primit) indemnizația pentru creșterea acestui copil".to_string(),
            receives.map(|r| if r {
                "Ați spus că da: dreptul este deja stabilit de AJPIS, lunile cu venituri nu se mai cer.".to_string()
            } else {
                "Ați spus că nu.".to_string()
            }),
        ),
        ChildRaisingCriterion::BornDuringLeave { on_leave, .. } => (
            "Copilul cel mic s-a născut cât erați în concediul de creștere a copilului mai mare".to_string(),
            on_leave.map(|l| if l {
                "Ați spus că erați în concediu cu copilul mai mare.".to_string()
            } else {
                "Ați spus că nu erați în concediu cu copilul mai mare.".to_string()
            }),
        ),
        ChildRaisingCriterion::ParentDisability { grade } => (
            "Aveți handicap grav sau accentuat".to_string(),
            grade.map(|g| match g {
                DisabilityGrade::Severe => "Grad de handicap: grav.".to_string(),
                DisabilityGrade::Accentuated => "Grad de handicap: accentuat.".to_string(),
                _ => "Gradul de handicap nu este grav sau accentuat.".to_string(),
            }),
        ),
    }
}

pub fn part(p: ChildRaisingPart) -> &'static str {
    match p {
        ChildRaisingPart::Allowance => "indemnizația",
        ChildRaisingPart::MultipleBirthIncrease => {
            "+50% pentru încă un copil din aceeași naștere (gemeni, tripleți)"
        }
        ChildRaisingPart::InsertionIncentive => "stimulentul de inserție",
        ChildRaisingPart::FurtherBirthSupplement => "50% din indemnizația pe care o primiți",
        ChildRaisingPart::DisabledParentSupport => "45% din indemnizația minimă",
    }
}

pub fn form(f: ChildRaisingForm) -> &'static str {
    match f {
        ChildRaisingForm::AllowanceApplication => "Cerere tip (indemnizație creștere copil)",
        ChildRaisingForm::IncomeCertificate => "Adeverință tip",
        ChildRaisingForm::IncentiveApplication => "Cerere tip (stimulent inserție)",
        ChildRaisingForm::ContributionDeclaration => "Declarație stagiu de cotizare",
        ChildRaisingForm::DisabledChildApplication => {
            "Cerere tip (indemnizație creștere copil cu handicap)"
        }
    }
}

pub fn document(d: &ChildRaisingDocument, _household: &Household) -> String {
    match d {
        ChildRaisingDocument::AllowanceApplication => "Formularul „Cerere tip” pentru indemnizație, semnat de ambii părinți (pe aceeași cerere puteți bifa și alocația de stat)".to_string(),
        ChildRaisingDocument::IncomeCertificate => "„Adeverință tip” de la angajator: veniturile din cele 12 luni dinainte de naștere și perioada concediului de maternitate".to_string(),
        ChildRaisingDocument::MealVouchersCertificate => "O adeverință separată de la angajator cu suma bonurilor de masă și a altor bonusuri fără asigurări sociale din cele 12 luni (dacă s-au dat împreună cu salariul, adeverința spune asta)".to_string(),
        ChildRaisingDocument::IncomeCertificatePerJob => "Pentru fiecare loc de muncă din ultimele 24 de luni: adeverință de venit și dovada încetării sau suspendării contractului".to_string(),
        ChildRaisingDocument::CollaborationIncomePapers => "Pentru venituri din colaborări, prestări servicii sau drepturi de autor: contractul, adeverința cu venitul net lunar și dovada încetării".to_string(),
        ChildRaisingDocument::WorkSuspensionDecision => "Decizia de suspendare a activității pe durata concediului (Codul muncii, art. 51 lit. a)".to_string(),
        ChildRaisingDocument::AssimilatedPeriodProof { period } => format!(
            "Dovada perioadei: {} (adeverință de la școală, facultate, AJOFM, casa de sănătate sau de pensii, după caz)",
            assimilated_period(*period).to_lowercase()
        ),
        ChildRaisingDocument::CarerDecision { carer: c } => match c {
            Carer::AdoptiveParent => "Hotărârea judecătorească de adopție".to_string(),
            Carer::EntrustedForAdoption => "Hotărârea judecătorească de încredințare în vederea adopției".to_string(),
            Carer::Placement => "Hotărârea judecătorească sau a comisiei pentru protecția copilului privind plasamentul".to_string(),
            Carer::Guardian => "Actul de numire ca tutore".to_string(),
            _ => String::new(),
        },
        ChildRaisingDocument::SocialInquiryUnmarriedFather => "Dacă cere tatăl (părinți necăsătoriți): ancheta socială făcută de Autoritatea Tutelară, str. Venus 20-22 (DASM)".to_string(),
        ChildRaisingDocument::OtherChildrenBirthCertificates => "Certificatele de naștere ale celorlalți copii".to_string(),
        ChildRaisingDocument::IncentiveApplication => "Formularul „Cerere tip” pentru stimulentul de inserție, semnat de ambii părinți".to_string(),
        ChildRaisingDocument::ContributionDeclaration => "Formularul „Declarație stagiu de cotizare”".to_string(),
        ChildRaisingDocument::IncentiveIncomeCertificate => "„Adeverință tip” de la angajatorul actual sau fost: veniturile dinainte de naștere, perioada concediului de maternitate și data reluării activității".to_string(),
        ChildRaisingDocument::ReturnToWorkDecision => "Decizia de reluare a activității (sau contractul de muncă nou; pentru activități independente, declarația la ANAF)".to_string(),
    }
}

/// The title of this area's terms and duties; `term` is "60 de zile lucrătoare".
pub fn deadline_title(d: &Deadline, term: &str) -> String {
    let due = d.computed.as_ref().map(|c| date_with_weekday(c.due));
    let opens = d.opens.map(date);
    let between = |what: &str| match (&opens, &due) {
        (Some(o), Some(u)) => format!("{what} între {o} și {u}"),
        (None, Some(u)) => format!("{what} până {u}"),
        _ => format!("{what} în {term}"),
    };
    match d.deadline {
        DeadlineId::FileChildRaisingAllowance => between("Depuneți dosarul pentru indemnizația de creștere a copilului"),
        DeadlineId::FileNextChildLeave => between("Depuneți dosarul pentru concediul cu copilul cel mic (în continuarea celui cu copilul mai mare)"),
        DeadlineId::OtherParentLatest => match &due {
            Some(u) => format!("Dacă celălalt părinte își ia lunile lui de concediu, își depune cererea cel târziu {u}"),
            None => "Celălalt părinte își depune cererea cel târziu în ziua dinaintea zilei în care copilul împlinește 2 ani (3 cu handicap)".to_string(),
        },
        DeadlineId::OtherParentWindow => "Celălalt părinte depune cererea pentru lunile lui de concediu cu cel mult 30 de zile înainte și cel târziu la 15 zile după data de la care le cere".to_string(),
        DeadlineId::SwitchAllowanceAndIncentive => format!("Dacă treceți de la indemnizație la stimulent (sau invers) ori concediul trece la celălalt părinte, depuneți cererea în {term}"),
        DeadlineId::EndAllowanceOnReturn => match (&d.anchor, &due) {
            (Anchor::BackToWork, Some(u)) => format!("Cereți la AJPIS încetarea indemnizației, cu buletinul și dovada reluării lucrului, până {u}"),
            _ => format!("Când reveniți la muncă în timpul concediului, cereți la AJPIS încetarea indemnizației, cu buletinul și dovada reluării lucrului, în {term}"),
        },
        DeadlineId::FileInsertionIncentive => between("Depuneți dosarul pentru stimulentul de inserție"),
        DeadlineId::ReportIncentiveChanges => format!("Anunțați la AJPIS orice schimbare care poate opri sau suspenda stimulentul în {term}"),
        DeadlineId::FileFurtherBirthSupplement => between("Depuneți dosarul pentru suma suplimentară (copilul născut în concediu)"),
        DeadlineId::FileDisabilityExtension => between("Cereți prelungirea concediului până la 3 ani (copil cu handicap)"),
        DeadlineId::FileFromThreeToSeven => between("Pentru copilul cu handicap de 3–7 ani, cereți concediul sau stimulentul"),
        DeadlineId::FileFromFourToSeven => between("Cereți indemnizația sau stimulentul pentru copilul cu handicap de 4–7 ani"),
        _ => String::new(),
    }
}

/// How a window's dates were counted, for the terms that are not simply
/// "N days from a date".
pub fn window_steps(d: &Deadline) -> Option<Vec<String>> {
    let c = d.computed.as_ref()?;
    let steps = match (d.deadline, d.anchor) {
        (DeadlineId::FileChildRaisingAllowance | DeadlineId::FileInsertionIncentive, Anchor::PostnatalLeaveEnd) => vec![format!(
            "Socotit: cel mai devreme cu 30 de zile calendaristice înainte de ultima zi a concediului postnatal ({}), cel târziu la {} după ea.",
            date(c.from),
            super::day_unit(d.days, d.unit)
        )],
        (_, Anchor::Birthday { years: y, .. }) => vec![match d.deadline {
            DeadlineId::OtherParentLatest | DeadlineId::FileDisabilityExtension => format!(
                "Copilul împlinește {} la {}; cererea se depune înainte de această zi.",
                years(y),
                date(c.from)
            ),
            _ => format!("Copilul împlinește {} la {}.", years(y), date(c.from)),
        }],
        _ => return None,
    };
    Some(steps)
}

/// A worked example for a duty whose event is still to come.
pub fn event_example(d: &Deadline) -> Option<String> {
    let c = d.computed.as_ref()?;
    let text = match d.deadline {
        DeadlineId::OtherParentWindow => format!(
            "De exemplu, pentru un concediu care începe azi ({}), cererea se poate depune până {}.",
            date(c.from),
            date_with_weekday(c.due)
        ),
        DeadlineId::EndAllowanceOnReturn => format!(
            "De exemplu, dacă reluați lucrul azi ({}), cererea de încetare se depune până {}.",
            date(c.from),
            date_with_weekday(c.due)
        ),
        DeadlineId::SwitchAllowanceAndIncentive => format!(
            "De exemplu, pentru o trecere de azi ({}), cererea se depune până {}.",
            date(c.from),
            date_with_weekday(c.due)
        ),
        _ => return None,
    };
    Some(text)
}

/// What a late filing still gives, for this area's terms.
pub fn passed(d: &Deadline) -> Option<&'static str> {
    match d.deadline {
        DeadlineId::FileChildRaisingAllowance
        | DeadlineId::FileNextChildLeave
        | DeadlineId::FileInsertionIncentive
        | DeadlineId::FileFurtherBirthSupplement
        | DeadlineId::FileDisabilityExtension
        | DeadlineId::FileFromThreeToSeven
        | DeadlineId::FileFromFourToSeven => Some("Puteți depune și acum: dosarul depus după termen dă dreptul de la data depunerii, nu de la data la care îl aveați."),
        DeadlineId::OtherParentLatest | DeadlineId::EndAllowanceOnReturn => Some("Termenul a trecut: mergeți cât mai repede la DASM sau la AJPIS; banii primiți fără drept se dau înapoi."),
        _ => None,
    }
}

pub fn note(n: &ChildRaisingNote) -> String {
    match n {
        ChildRaisingNote::AmountFromCertificate => "Suma exactă o stabilește AJPIS din adeverința de venit. Noi am aplicat regula de pe pagina oficială la media pe care ne-ați dat-o.".to_string(),
        ChildRaisingNote::MonthsBeforeDecision => "Pentru un copil adoptat, încredințat, în plasament sau sub tutelă, cele 24 de luni se socotesc înainte de data hotărârii, nu de la naștere.".to_string(),
        ChildRaisingNote::LivesInRomaniaWithChild => "Trebuie să locuiți în România cu copilul și să vă ocupați de creșterea lui. După ce primiți dreptul, puteți sta cu copilul în altă țară cel mult 6 luni pe an (pe toată durata, dacă sunteți în misiune în străinătate sau vă însoțiți soțul în misiune).".to_string(),
        ChildRaisingNote::OtherParentShare { months: m, rules_of_2023 } => {
            let (share, them) = if *m == 1 {
                ("o lună din concediu îi revine celuilalt părinte și nu se poate transfera", "nu o cere")
            } else {
                ("{} din concediu îi revin celuilalt părinte și nu se pot transfera", "nu le cere")
            };
            let cut = if *rules_of_2023 {
                format!(" Pagina 004 spune „se reduc cu o lună”, scris pentru regula veche, de o lună; pentru partea de {} (drepturile de după 19.09.2023, HG 865/2023) AJPIS stabilește cu cât se scurtează.", months(*m))
            } else {
                " Se scurtează cu o lună (regula pentru drepturile stabilite înainte de 19.09.2023).".to_string()
            };
            format!(
                "Cel puțin {}. Dacă el {them}, concediul și indemnizația dumneavoastră (sau, după caz, stimulentul de inserție) se scurtează oricum: anunțul scris nu păstrează concediul întreg. Faptul că celălalt părinte {them} se anunță în scris la AJPIS; fără anunț, reducerea se face din oficiu.{cut} Excepții: dacă cereți doar stimulentul de inserție, sau dacă cereți stimulentul cu cel puțin 3 luni înainte ca copilul să împlinească 2 ani (3 cu handicap).",
                share.replace("{}", &months(*m)),
            )
        }
        ChildRaisingNote::IncomeCeilingDuringLeave { ceiling, times, minimum, other_figure } => format!(
            "În concediu puteți avea venituri impozabile din muncă de cel mult {} într-un an calendaristic ({} × indemnizația minimă de {}). Cât rămâneți în această limită, indemnizația se plătește mai departe, dar pentru aceste venituri nu puteți cere stimulentul de inserție. Peste această sumă plata indemnizației se suspendă. Atenție: aceeași pagină scrie într-un loc și {}; întrebați la DASM dacă sunteți aproape de prag.",
            lei(*ceiling),
            times,
            lei(*minimum),
            lei(*other_figure)
        ),
        ChildRaisingNote::LateFilingFromFilingDate => "Un dosar depus după termen se primește, dar dreptul începe de la data depunerii lui.".to_string(),
        ChildRaisingNote::DocumentsAsTheCaseMay => "După caz, mai aduceți: certificatul de deces al unui părinte, sentința de divorț, actele de curatelă, hotărârile de încredințare sau adopție, adeverințe de la școală, facultate sau doctorat, declarații notariale, extrasul de cont dacă vreți plata pe card.".to_string(),
        ChildRaisingNote::DisabilityExtension { .. } => "Pentru copilul cu certificat de handicap concediul se poate prelungi până la 3 ani, cât e valabil certificatul. Cererea de prelungire se face înainte să împlinească 2 ani.".to_string(),
        ChildRaisingNote::DisabilityOptionsThreeToSeven { .. } => "Pentru copilul cu certificat de handicap între 3 și 7 ani puteți alege: concediu pentru îngrijirea copilului bolnav, cu indemnizația minimă, sau stimulentul de inserție (pentru copiii de 4–7 ani, pe durata certificatului). Dacă mai aveți un copil mic, puteți face două cereri înainte de 3 ani. Regulile exacte diferă de la caz la caz: întrebați la DASM.".to_string(),
        ChildRaisingNote::StateAllowanceOnSameApplication => "Pe aceeași cerere puteți bifa și alocația de stat: nu e nevoie de un al doilea dosar.".to_string(),
        ChildRaisingNote::IncentiveIfBackBy { higher, early_until, higher_until, lower, lower_until } => match (higher, early_until) {
            (Some(h), Some(e)) => format!(
                "Dacă vă întoarceți la muncă înainte de {}, stimulentul este {} pe lună până la {}, apoi {} pe lună până la {}. Dacă vă întoarceți mai târziu, este {} pe lună, până la {}.",
                date(*e),
                lei(*h),
                date(*higher_until),
                lei(*lower),
                date(*lower_until),
                lei(*lower),
                date(*lower_until)
            ),
            _ => format!(
                "Dacă vă întoarceți acum la muncă, stimulentul este {} pe lună, până la {}.",
                lei(*lower),
                date(*lower_until)
            ),
        },
        ChildRaisingNote::IncentiveDisabledEarlyReadings { early_months, early_until, other_months, other_until, back_in_between } => {
            let other = if other_months % 12 == 0 { years(other_months / 12) } else { months(*other_months) };
            if *back_in_between {
                format!(
                    "Paginile oficiale diferă pentru copilul cu handicap. Pagina DASM Cluj-Napoca (000), care se aplică, dă 1.500 lei celor care revin la muncă înainte ca copilul să împlinească {}, pentru orice copil; pagina 004 (OUG 111/2010, art. 7) scrie {} pentru copilul cu handicap (până la {}). Ați revenit între cele două praguri: v-am socotit 650 lei, după pagina DASM; după pagina 004 ar fi 1.500 lei. Decide AJPIS.",
                    months(*early_months),
                    other,
                    date(*other_until)
                )
            } else {
                format!(
                    "Pentru copilul cu handicap paginile oficiale diferă: pagina DASM Cluj-Napoca (000), care se aplică, dă 1.500 lei celor care revin la muncă înainte ca copilul să împlinească {} ({}), pentru orice copil; pagina 004 (OUG 111/2010, art. 7) scrie {} ({}). Sigur după ambele este să reveniți înainte de {}; între cele două date decide AJPIS.",
                    months(*early_months),
                    date(*early_until),
                    other,
                    date(*other_until),
                    date(*early_until)
                )
            }
        }
        ChildRaisingNote::IncentiveOnThresholdDay { day, early_months, higher, lower } => format!(
            "Ați reluat lucrul chiar în ziua în care copilul a împlinit {} ({}). Paginile spun doar „înainte de {}” ({}) și „după {}” ({}); pentru ziua însăși nu spun. V-am socotit {}, citirea prudentă; decide AJPIS.",
            months(*early_months),
            date(*day),
            months(*early_months),
            lei(*higher),
            months(*early_months),
            lei(*lower),
            lei(*lower)
        ),
        ChildRaisingNote::IncentiveFourToSevenAmountNotOnPages => "Pagina DASM nu spune cât este stimulentul pentru copilul cu handicap de 4–7 ani: suma o stabilește AJPIS.".to_string(),
        ChildRaisingNote::IncentiveDirectTermNotOnPages => "Pentru stimulentul cerut fără indemnizație, paginile dau termenul doar de la naștere sau de la sfârșitul concediului de maternitate. Pentru un copil adoptat, încredințat, în plasament sau sub tutelă, întrebați la DASM până când depuneți.".to_string(),
        ChildRaisingNote::IncentiveFather => "Tatăl care a avut cel puțin o lună de concediu de creștere a copilului poate cere stimulentul când revine la muncă la 2 ani ai copilului.".to_string(),
        ChildRaisingNote::IncentiveDisabilityThreeToSeven => "Pentru copilul cu handicap, părintele care a reluat lucrul poate primi stimulentul și între 3 (sau 4) și 7 ani, cât e valabil certificatul.".to_string(),
        ChildRaisingNote::SupplementHalfOfAllowance => "Suma suplimentară este 50% din indemnizația pe care o primiți (de la 19.09.2023). Dacă treceți indemnizația la venituri, o calculăm.".to_string(),
        ChildRaisingNote::PapersPerJob => "Dacă în ultimele 24 de luni ați avut mai multe locuri de muncă: pentru fiecare, adeverință de venit și dovada încetării sau suspendării contractului. Pentru colaborări, prestări servicii sau drepturi de autor: contractul, adeverința cu venitul net lunar și dovada încetării.".to_string(),
        ChildRaisingNote::TwoDossiers => "Pentru că copilul mai mare are handicap și sunteți în concediu până la 3 ani ai lui, la 2 ani ai lui faceți două dosare: prelungirea concediului cu el și suma suplimentară pentru cel mic.".to_string(),
        ChildRaisingNote::SupportAskOffice { leave_until, past: false } => format!(
            "Pagina oficială nu spune până la ce vârstă a copilului se dă sprijinul; l-am socotit cât ar fi durat concediul, până la {}. Decide biroul: întrebați la DASM.",
            date(*leave_until)
        ),
        ChildRaisingNote::SupportAskOffice { leave_until, past: true } => format!(
            "Pagina oficială nu spune până la ce vârstă a copilului se dă sprijinul. Noi îl socotim cât ar fi durat concediul, până la {}, iar copilul a trecut de această vârstă: nu vă putem spune dacă îl primiți. Decide biroul: întrebați la DASM.",
            date(*leave_until)
        ),
    }
}

pub fn question(f: ChildRaisingFact, household: &Household) -> String {
    let youngest = crate::rules::child_raising::youngest(household)
        .map(|y| member_label(household, y.index))
        .unwrap_or_else(|| "copilul".to_string());
    match f {
        ChildRaisingFact::Carer => format!("Ce sunteți pentru {youngest}?"),
        ChildRaisingFact::DecisionDate => "La ce dată s-a dat hotărârea de adopție, încredințare, plasament sau tutelă?".to_string(),
        ChildRaisingFact::IncomeMonths => "În cele 24 de luni dinainte de naștere, câte luni ați avut venituri din salariu, activități independente sau agricole?".to_string(),
        ChildRaisingFact::AssimilatedPeriods => "În acele 24 de luni ați fost în vreuna dintre aceste situații?".to_string(),
        ChildRaisingFact::AssimilatedMonths => "Câte luni, în total, ați fost în aceste situații (fără lunile cu venituri)?".to_string(),
        ChildRaisingFact::MaternityLeave => "A avut mama copilului concediu de maternitate (pre- și postnatal)?".to_string(),
        ChildRaisingFact::MaternityLeaveEnd => "Care este ultima zi a concediului postnatal (de lehuzie)?".to_string(),
        ChildRaisingFact::AverageNetIncome => "Cât a fost, în medie, venitul net lunar în cele 12 luni dinainte de naștere?".to_string(),
        ChildRaisingFact::LeaveForOlderChild => format!("Când s-a născut {youngest}, erați în concediul de creștere a copilului mai mare?"),
        ChildRaisingFact::BackToWork => "V-ați întors la muncă după naștere, sau știți deja data la care vă întoarceți?".to_string(),
        ChildRaisingFact::ReceivesAllowance => format!("Primiți (sau ați primit) deja indemnizația pentru creșterea copilului pentru {youngest}?"),
        ChildRaisingFact::BackToWorkDate => "De la ce dată lucrați din nou (sau veți lucra)?".to_string(),
        ChildRaisingFact::MealVouchers => "În cele 12 luni dinainte de naștere ați primit de la angajator bonuri de masă sau alte bonusuri pentru care nu se plătesc asigurări sociale?".to_string(),
    }
}

pub fn question_hint(f: ChildRaisingFact) -> Option<&'static str> {
    Some(match f {
        ChildRaisingFact::Carer => "Indemnizația o poate cere părintele, părintele adoptiv, tutorele sau cine are copilul încredințat ori în plasament.",
        ChildRaisingFact::DecisionDate => "Data scrie pe hotărârea judecătorească sau a comisiei. Termenul de 60 de zile se socotește de la ea.",
        ChildRaisingFact::IncomeMonths => "Se cer cel puțin 12 luni. Numărați lunile în care ați avut salariu sau venituri impozabile; adeverința de la angajator sau de la ANAF le arată. Scrieți 0 dacă niciuna.",
        ChildRaisingFact::AssimilatedPeriods => "Aceste perioade se socotesc ca lunile cu venit. Bifați tot ce se potrivește; dacă nimic, nu bifați nimic și continuați.",
        ChildRaisingFact::AssimilatedMonths => "Adunați lunile din aceste situații care nu se suprapun cu lunile cu venituri. Adeverințele de la școală, facultate, AJOFM sau casa de sănătate arată perioadele.",
        ChildRaisingFact::MaternityLeave => "De aici socotim termenul: cu concediu de maternitate, după ce se termină; fără el, de la naștere.",
        ChildRaisingFact::MaternityLeaveEnd => "Scrie pe certificatul de concediu medical pentru lehuzie (de la medic) sau în adeverința de la angajator. Dacă nu s-a terminat încă, scrieți ziua în care se va termina.",
        ChildRaisingFact::AverageNetIncome => "Indemnizația este 85% din această medie. Adeverința tip de la angajator arată veniturile lunare; adunați-le pe cele 12 luni și împărțiți la 12.",
        ChildRaisingFact::LeaveForOlderChild => "Dacă da, puteți primi o sumă suplimentară până se termină concediul cu copilul mai mare, iar concediul cu cel mic poate urma după.",
        ChildRaisingFact::BackToWork => "Stimulentul de inserție se dă celor care lucrează din nou și au venituri impozabile, până la 3 ani ai copilului (4 cu handicap; pentru copilul cu handicap de 4–7 ani, părintelui care a avut concediul de creștere).",
        ChildRaisingFact::ReceivesAllowance => "Dacă da, AJPIS v-a stabilit deja dreptul: nu vă mai întrebăm lunile cu venituri. Când vă întoarceți la muncă cereți încetarea indemnizației, apoi stimulentul de inserție.",
        ChildRaisingFact::BackToWorkDate => "Data scrie pe decizia de reluare a activității sau în contractul de muncă. Suma stimulentului depinde de vârsta copilului la această dată.",
        ChildRaisingFact::MealVouchers => "Dacă da, la cerere se adaugă o adeverință separată de la angajator cu suma lor, pe lângă „Adeverința tip”.",
    })
}

pub fn option_label(f: ChildRaisingFact, value: &str) -> Option<&'static str> {
    use crate::questions::parse;
    match f {
        ChildRaisingFact::Carer => parse(value).map(carer),
        ChildRaisingFact::AssimilatedPeriods => parse(value).map(assimilated_period),
        _ => None,
    }
}
