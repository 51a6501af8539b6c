//! How the means-tested and local benefits' questions are answered and
//! where each answer lands in the household (see the parent module).

use super::{about, household, member_mut, parse, parse_flag, Kind, Set, Spec};
use crate::rules::household::{Household, ListedAsset};
use crate::rules::means::MeansFact;

/// The most months a person can name: a lifetime.
const MAX_MONTHS: u32 = 1_500;

/// A yes/no question about the household, written by `write`.
macro_rules! yes_no {
    ($($field:tt)+) => {
        household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.$($field)+ = Some(parse_flag(v)?);
                Some(())
            }),
        )
    };
}

/// A yes/no question about one member's situation.
macro_rules! member_yes_no {
    ($member:expr, $field:ident) => {
        about(
            $member,
            Kind::YesNo,
            Set::Value(|h, m, v| {
                member_mut(h, m)?.situation.$field = Some(parse_flag(v)?);
                Some(())
            }),
        )
    };
}

pub fn spec(fact: MeansFact) -> Option<Spec> {
    use MeansFact::*;
    match fact {
        LivesWithOthers => yes_no!(situation.lives_with_others),
        CareLeaver => yes_no!(rent_aid.care_leaver),
        MarginalisedInDasmRecords => household(
            Kind::YesNoNotSure,
            Set::Value(|h, _, v| {
                h.rent_aid.marginalised_in_dasm_records = Some(parse(v)?);
                Some(())
            }),
        ),
        DomesticViolenceVictim => yes_no!(rent_aid.domestic_violence_victim),
        MonthsOfResidence => household(
            Kind::Count { max: MAX_MONTHS },
            Set::Count(|h, _, n| {
                h.rent_aid.months_of_residence = Some(n);
                Some(())
            }),
        ),
        ActuallyLivesInCity => yes_no!(rent_aid.actually_lives_in_city),
        OwnsOrSoldHome => yes_no!(rent_aid.owns_or_sold_home),
        StateHousing => yes_no!(rent_aid.state_housing),
        StateHousingCredit => yes_no!(rent_aid.state_housing_credit),
        RentAidMonthsReceived => household(
            Kind::Count { max: MAX_MONTHS },
            Set::Count(|h, _, n| {
                h.rent_aid.months_received = Some(n);
                Some(())
            }),
        ),
        RetirementAge { member } => member_yes_no!(member, reached_retirement_age),
        SociallyIsolated { member } => member_yes_no!(member, socially_isolated),
        LegalSupporters { member } => member_yes_no!(member, has_legal_supporters),
        ChronicallyIllOrInvalid => household(
            Kind::Members,
            Set::Members(|h, ticked| {
                for (i, m) in h.members.as_mut()?.iter_mut().enumerate() {
                    m.situation.chronically_ill_or_invalid = Some(ticked.contains(&i));
                }
                Some(())
            }),
        ),
        // As a person knows it (issue 21): not a count of days.
        DaysWithoutIncome { member } => about(
            member,
            Kind::Choice(&["at_most_90_days", "more_than_90_days", "not_sure"]),
            Set::Value(|h, m, v| {
                member_mut(h, m)?.situation.without_income_this_year = Some(parse(v)?);
                Some(())
            }),
        ),
        FullTimeStudent { member } => member_yes_no!(member, full_time_student),
        StudiesOverFiveYears { member } => member_yes_no!(member, studies_over_five_years),
        Kindergarten { member } => about(
            member,
            Kind::Choice(&["attends_regularly", "misses_days", "not_enrolled"]),
            Set::Value(|h, m, v| {
                member_mut(h, m)?.situation.kindergarten = Some(parse(v)?);
                Some(())
            }),
        ),
        DesignatedCarer => yes_no!(situation.designated_carer_for_parents_abroad),
        ListedAssets => household(
            Kind::Several(&[
                "other_buildings",
                "land_over_limit",
                "car_under_ten_years",
                "several_old_cars",
                "utility_vehicles",
                "boats",
                "farm_machinery",
                "farm_processing_machinery",
                "woodworking_machinery",
                "bank_deposits_over_3000",
                "farm_production_over_limit",
            ]),
            Set::Values(|h: &mut Household, _, values| {
                let items = values
                    .iter()
                    .map(|v| parse::<ListedAsset>(v))
                    .collect::<Option<Vec<_>>>()?;
                h.rent_aid.listed_assets = Some(items);
                Some(())
            }),
        ),
        LocalTaxesPaid => yes_no!(rent_aid.local_taxes_paid),
        LeaseWithRelative => yes_no!(rent_aid.lease_with_relative),
        LeaseRegistered => yes_no!(rent_aid.lease_registered_with_anaf),
        AbleToWork { member } => member_yes_no!(member, able_to_work),
    }
}
