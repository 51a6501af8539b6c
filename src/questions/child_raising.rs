//! How the child-raising area's questions are answered and where each
//! answer lands in the household (see the parent module).

use super::{household, parse, parse_flag, Kind, Set, Spec};
use crate::rules::child_raising::ChildRaisingFact;
use crate::rules::household::AssimilatedPeriod;

/// The months of the 24 before the birth.
const MAX_MONTHS: u32 = 24;

pub fn spec(fact: ChildRaisingFact) -> Option<Spec> {
    use ChildRaisingFact::*;
    match fact {
        Carer => household(
            Kind::Choice(&[
                "natural_parent",
                "adoptive_parent",
                "entrusted_for_adoption",
                "placement",
                "guardian",
                "foster_carer",
            ]),
            Set::Value(|h, _, v| {
                h.child_raising.carer = Some(parse(v)?);
                Some(())
            }),
        ),
        DecisionDate => household(
            Kind::Date { future: false },
            Set::Date(|h, _, d| {
                h.child_raising.decision_date = Some(d);
                Some(())
            }),
        ),
        IncomeMonths => household(
            Kind::Count { max: MAX_MONTHS },
            Set::Count(|h, _, n| {
                h.child_raising.income_months = Some(n);
                Some(())
            }),
        ),
        AssimilatedPeriods => household(
            Kind::Several(&[
                "full_time_studies",
                "between_studies",
                "after_graduation",
                "doctoral_student",
                "before_residency",
                "unemployment_benefit",
                "registered_for_unemployment_benefit",
                "sick_leave",
                "work_accident_leave",
                "invalidity_pension",
                "employer_suspension",
                "child_raising_leave",
                "unpaid_child_raising_leave",
                "between_fixed_term_contracts",
                "unpaid_training_leave",
                "mission_abroad",
                "accompanied_spouse_on_mission",
                "military_service",
                "covid2020_allowance",
            ]),
            Set::Values(|h, _, values| {
                let items = values
                    .iter()
                    .map(|v| parse::<AssimilatedPeriod>(v))
                    .collect::<Option<Vec<_>>>()?;
                h.child_raising.assimilated_periods = Some(items);
                Some(())
            }),
        ),
        AssimilatedMonths => household(
            Kind::Count { max: MAX_MONTHS },
            Set::Count(|h, _, n| {
                h.child_raising.assimilated_months = Some(n);
                Some(())
            }),
        ),
        MaternityLeave => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.child_raising.maternity_leave = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        // The leave may still be running: a date ahead is allowed.
        MaternityLeaveEnd => household(
            Kind::Date { future: true },
            Set::Date(|h, _, d| {
                h.child_raising.maternity_leave_end = Some(d);
                Some(())
            }),
        ),
        AverageNetIncome => household(
            Kind::Money,
            Set::Money(|h, _, m| {
                h.child_raising.average_net_income = Some(m);
                Some(())
            }),
        ),
        LeaveForOlderChild => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.child_raising.leave_for_older_child = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        BackToWork => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.child_raising.back_to_work = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        ReceivesAllowance => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.child_raising.receives_allowance = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        MealVouchers => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.child_raising.meal_vouchers = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        BackToWorkDate => household(
            Kind::Date { future: true },
            Set::Date(|h, _, d| {
                h.child_raising.back_to_work_date = Some(d);
                Some(())
            }),
        ),
    }
}
