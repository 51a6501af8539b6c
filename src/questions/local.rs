//! How the abroad duty's and one town's own questions are answered and
//! where each answer lands in the household (see the parent module).

use super::{household, parse, parse_flag, Kind, Set, Spec};
use crate::rules::household::HomeCareSituation;
use crate::rules::local::LocalFact;

pub fn spec(fact: LocalFact) -> Option<Spec> {
    match fact {
        LocalFact::LeavingToWorkAbroad => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.abroad.leaving_to_work_abroad = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        // A planned departure: a date after the check is the usual answer.
        LocalFact::DepartureDate => household(
            Kind::Date { future: true },
            Set::Date(|h, _, date| {
                h.abroad.departure_date = Some(date);
                Some(())
            }),
        ),
        LocalFact::Emergency => household(
            Kind::Choice(&["medical", "calamity", "child_exceptional", "none"]),
            Set::Value(|h, _, v| {
                h.local.emergency = Some(parse(v)?);
                Some(())
            }),
        ),
        LocalFact::EmergencyCost => household(
            Kind::Money,
            Set::Money(|h, _, sum| {
                h.local.emergency_cost = Some(sum);
                Some(())
            }),
        ),
        LocalFact::FuneralCosts => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.local.funeral_costs = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        LocalFact::DeceasedLivedInTown => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.local.deceased_lived_in_town = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        LocalFact::OtherDeathAid => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.local.other_death_aid = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        LocalFact::NeedsHomeCare => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.local.needs_home_care = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        LocalFact::HomeCareSituations => household(
            Kind::Several(&[
                "no_family_or_support",
                "no_home",
                "insufficient_income",
                "cannot_manage_alone",
                "socio_medical_needs",
            ]),
            Set::Values(|h, _, values| {
                let mut list: Vec<HomeCareSituation> =
                    values.iter().map(|v| parse(v)).collect::<Option<_>>()?;
                list.sort();
                list.dedup();
                h.local.home_care_situations = Some(list);
                Some(())
            }),
        ),
    }
}
