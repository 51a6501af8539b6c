//! The answers a case holds, as a person reads them back: the question in
//! short and what was answered, in the order they were answered. Shown on
//! the results (each opens its question again) and on the print-out, so a
//! caseworker handed the paper sees what the verdicts rest on.

use crate::draft::{AnswerDraft, DateDraft, Draft};
use crate::rules::criteria::previous_month;
use crate::rules::facts::Fact;
use crate::rules::household::Household;

use super::{energy_source, heating_system, income_kind, lei, option_label, question};
use crate::i18n::msg;

/// One answer: the fact (to open its question), the question, the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerLine {
    pub fact: Fact,
    pub question: String,
    pub answer: String,
}

/// The answers as the questions come: the family first, then the money,
/// the home, the children, the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AnswerGroup {
    Family,
    Incomes,
    Home,
    Children,
    Other,
}

pub fn group_of(fact: Fact) -> AnswerGroup {
    match fact {
        Fact::Residence | Fact::Members | Fact::Disability { .. } => AnswerGroup::Family,
        Fact::Incomes { .. } => AnswerGroup::Incomes,
        Fact::Heating
        | Fact::EnergySources
        | Fact::ExcludingAssets
        | Fact::Tenure
        | Fact::OwnersAssociation
        | Fact::Vehicles
        | Fact::DeclaredProperty => AnswerGroup::Home,
        Fact::ChildSchooling { .. }
        | Fact::ChildBirthCountry { .. }
        | Fact::ChildCertificateDate { .. }
        | Fact::ChildRaising(_) => AnswerGroup::Children,
        Fact::Means(_) | Fact::Local(_) => AnswerGroup::Other,
    }
}

pub fn group_name(g: AnswerGroup) -> &'static str {
    match g {
        AnswerGroup::Family => msg::answers_group_family(),
        AnswerGroup::Incomes => msg::answers_group_incomes(),
        AnswerGroup::Home => msg::answers_group_home(),
        AnswerGroup::Children => msg::answers_group_children(),
        AnswerGroup::Other => msg::answers_group_other(),
    }
}

/// The answers in their groups, each group in the order answered.
pub fn grouped_answer_lines(
    draft: &Draft,
    household: &Household,
    today: chrono::NaiveDate,
) -> Vec<(AnswerGroup, Vec<AnswerLine>)> {
    let mut groups: Vec<(AnswerGroup, Vec<AnswerLine>)> = Vec::new();
    for line in answer_lines(draft, household, today) {
        let g = group_of(line.fact);
        match groups.iter_mut().find(|(k, _)| *k == g) {
            Some((_, lines)) => lines.push(line),
            None => groups.push((g, vec![line])),
        }
    }
    groups.sort_by_key(|(g, _)| *g);
    groups
}

/// Every answer given, in the order given. A fact this version no longer
/// asks, or an answer about a member no longer in the family, is left out.
pub fn answer_lines(
    draft: &Draft,
    household: &Household,
    today: chrono::NaiveDate,
) -> Vec<AnswerLine> {
    let month = previous_month(today);
    draft
        .asked
        .iter()
        .filter_map(|key| Fact::from_key(key))
        .filter_map(|fact| {
            let answer = answer_text(fact, draft, household)?;
            Some(AnswerLine {
                fact,
                question: question(fact, household, month),
                answer,
            })
        })
        .collect()
}

fn answer_text(fact: Fact, draft: &Draft, household: &Household) -> Option<String> {
    Some(match fact {
        Fact::Residence => super::residence_choice(draft.residence?).to_string(),
        Fact::Members => draft
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let who = super::member_label(household, i);
                let born = date_draft(&m.birth);
                if born.is_empty() {
                    who
                } else {
                    msg::answers_member_born(&born, &who)
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
        Fact::Incomes { member } => {
            let incomes = draft.members.get(member)?.incomes.as_ref()?;
            if incomes.is_empty() {
                msg::answers_no_income().to_string()
            } else {
                incomes
                    .iter()
                    .map(|i| match crate::draft::parse_lei(&i.amount) {
                        Ok(sum) => msg::answers_income(income_kind(i.kind), &lei(sum)),
                        Err(_) => {
                            msg::answers_income_as_typed(income_kind(i.kind), i.amount.trim())
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        }
        Fact::Heating => heating_system(draft.heating?).to_string(),
        Fact::EnergySources => {
            let list = draft.energy_sources_in_use();
            if list.is_empty() {
                msg::answers_no_energy_source().to_string()
            } else {
                list.into_iter()
                    .map(energy_source)
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }
        _ => match draft.answer(fact)? {
            // A question about the whole family: the members ticked.
            AnswerDraft::Several(values)
                if crate::questions::spec(fact)
                    .is_some_and(|s| s.kind == crate::questions::Kind::Members) =>
            {
                let names: Vec<String> = values
                    .iter()
                    .filter_map(|v| v.parse::<usize>().ok())
                    .map(|i| super::member_label(household, i))
                    .collect();
                if names.is_empty() {
                    msg::answers_nobody().to_string()
                } else {
                    names.join(", ")
                }
            }
            AnswerDraft::One(value) => option_label(fact, value).to_string(),
            AnswerDraft::Several(values) if values.is_empty() => {
                msg::answers_none_of_these().to_string()
            }
            AnswerDraft::Several(values) => values
                .iter()
                .map(|v| option_label(fact, v))
                .collect::<Vec<_>>()
                .join("; "),
            AnswerDraft::Text(text) => {
                let money = crate::questions::spec(fact)
                    .is_some_and(|s| s.kind == crate::questions::Kind::Money);
                match crate::draft::parse_lei(text) {
                    Ok(sum) if money => lei(sum),
                    _ => text.trim().to_string(),
                }
            }
            AnswerDraft::Date(date) => date_draft(date),
        },
    })
}

/// "14.03.1988" as typed in the three boxes, in the language's order.
fn date_draft(d: &DateDraft) -> String {
    if d.is_blank() {
        return String::new();
    }
    msg::answers_date_typed(&pad(&d.day), &pad(&d.month), d.year.trim())
}

fn pad(part: &str) -> String {
    let part = part.trim();
    if part.len() == 1 {
        format!("0{part}")
    } else {
        part.to_string()
    }
}
