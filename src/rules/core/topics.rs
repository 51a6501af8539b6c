//! What brings a person (a child, heating, low income…), and which
//! benefits that calls for: the routing the app uses to ask only what
//! matters, with "check everything" as the default. This is our routing,
//! not a rule of law: a topic never makes anyone eligible or not, it only
//! chooses which benefits are screened first; the rest stay one tap away.

use serde::{Deserialize, Serialize};

use super::outcome::BenefitId;

/// The reasons a person can give at the start (issue 9's list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// A child born or on the way.
    Child,
    /// Going back to work after the child-raising leave.
    BackToWork,
    LowIncome,
    Heating,
    Rent,
    Disability,
    /// An elderly person at home.
    ElderlyAtHome,
    /// A crisis: an emergency, a death in the family, violence at home.
    Crisis,
}

/// Every topic, in the order the start screen offers them.
pub const TOPICS: [Topic; 8] = [
    Topic::Child,
    Topic::BackToWork,
    Topic::LowIncome,
    Topic::Heating,
    Topic::Rent,
    Topic::Disability,
    Topic::ElderlyAtHome,
    Topic::Crisis,
];

impl Topic {
    /// The benefits screened for this topic. Empty where none is screened
    /// yet (the app then checks everything it can and says so).
    pub fn benefits(self) -> &'static [BenefitId] {
        use BenefitId::*;
        match self {
            // A new parent's own benefits; money help for the family is
            // "low income", one more tick away.
            Topic::Child => &[
                StateChildAllowance,
                ChildRaisingAllowance,
                InsertionIncentive,
                FurtherBirthSupplement,
                DisabledParentSupport,
                NewbornVouchers,
            ],
            Topic::BackToWork => &[InsertionIncentive, ChildRaisingAllowance],
            Topic::LowIncome => &[
                Vmi,
                HeatingAid,
                EnergySupplement,
                SocialCanteen,
                KindergartenTickets,
                FoodTicketProgramme,
                EuFoodAid,
                SchoolSupplies,
                HighSchoolMoneyInquiry,
                DentalProgramme,
            ],
            Topic::Heating => &[HeatingAid, EnergySupplement],
            Topic::Rent => &[RentAid],
            Topic::Disability => &[
                StateChildAllowance,
                ChildRaisingAllowance,
                DisabledParentSupport,
                PersonalAssistantOrAllowance,
                SocialCanteen,
            ],
            Topic::ElderlyAtHome => &[
                HeatingAid,
                EnergySupplement,
                SocialCanteen,
                Vmi,
                PersonalAssistantOrAllowance,
                DentalProgramme,
            ],
            Topic::Crisis => &[EmergencyAid, FuneralAid, RentAid, SocialInclusionCentre],
        }
    }
}

/// The benefits among `available` that `topics` call for; all of
/// `available` when no topic was chosen ("check everything") or when none
/// of the chosen topics has a benefit screened yet.
pub fn scope(topics: &[Topic], available: &[BenefitId]) -> Vec<BenefitId> {
    let chosen: Vec<BenefitId> = available
        .iter()
        .copied()
        .filter(|b| topics.iter().any(|t| t.benefits().contains(b)))
        .collect();
    if chosen.is_empty() {
        available.to_vec()
    } else {
        chosen
    }
}
