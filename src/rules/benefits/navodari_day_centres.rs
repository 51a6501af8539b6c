//! Năvodari's day centres (seed `004`, "CENTRUL DE ZI PENTRU COPII SI
//! PERSOANE IN VARSTA"), explained, not screened: for whom they are, what
//! they offer, their phone. The children's centre is for children living in
//! Năvodari in difficulty and their families (at most 50 places); the
//! elderly people's for the town's elderly. The pages give no criteria
//! beyond these, so the answer is information, for residents.

use crate::rules::core::household::{Household, Role};
use crate::rules::core::ids::local::LocalNote;
use crate::rules::core::municipality::MunicipalityId;
use crate::rules::core::outcome::{
    BenefitId, BenefitOutcome, Check, Note, NoteItem, Reach, Status,
};
use crate::rules::core::params::navodari as p;
use crate::rules::core::params::ParamError;
use crate::rules::core::source::Source;
use crate::rules::core::EvalContext;

use super::criteria;
use super::means;

pub fn children(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    let places = p::CHILDREN_DAY_CENTRE_PLACES.at(ctx.date)?;
    let mut out = centre(
        BenefitId::NavodariChildrenDayCentre,
        household,
        places.source,
    );
    let has_child = household
        .members
        .iter()
        .flatten()
        .any(|m| m.role == Role::Child && m.age_on(ctx.date).is_none_or(|a| a < 18));
    if household.members.is_some() && !has_child {
        out.status = Status::NotApplicable;
        out.notes.clear();
        return Ok(out);
    }
    if out.status == Status::InformationOnly {
        out.notes.push(NoteItem {
            note: Note::Local(LocalNote::ChildrenDayCentre {
                places: places.value,
            }),
            source: places.source,
        });
    }
    Ok(out)
}

pub fn elderly(household: &Household, ctx: &EvalContext) -> Result<BenefitOutcome, ParamError> {
    p::CHILDREN_DAY_CENTRE_PLACES.at(ctx.date)?;
    let mut out = centre(
        BenefitId::NavodariElderlyDayCentre,
        household,
        p::DAY_CENTRES_PAGE,
    );
    if out.status == Status::InformationOnly {
        out.notes.push(NoteItem {
            note: Note::Local(LocalNote::ElderlyDayCentre),
            source: p::DAY_CENTRES_PAGE,
        });
    }
    Ok(out)
}

fn centre(benefit: BenefitId, household: &Household, source: Source) -> BenefitOutcome {
    let residence = criteria::residence(household, MunicipalityId::Navodari, Reach::Local, source);
    let status = if residence.reason.check == Check::Fail {
        Status::NotEligible
    } else {
        Status::InformationOnly
    };
    let mut out = means::outcome(benefit, status, vec![residence.reason], Vec::new());
    out.needs = residence.needs;
    out
}
