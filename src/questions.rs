//! How each question is answered and where the answer lands in the
//! household: the kind of answer (one choice, yes/no, a date, a sum, a
//! count, several choices) and the field of the household file it fills.
//!
//! The app has one screen component per kind of answer, fed by this table,
//! not one per question: a new benefit's questions are a line here and
//! their words in `i18n`, never a new component (every component is paid
//! for in the wasm a phone downloads). Plain Rust, tested natively.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::value::StrDeserializer;
use serde::de::DeserializeOwned;

use crate::rules::facts::Fact;

mod child_raising;
mod local;
mod means;
use crate::rules::household::{Household, Member, Schooling};

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of these values: the household field's own names (serde).
    Choice(&'static [&'static str]),
    /// Yes or no, for a `bool` field.
    YesNo,
    /// Yes, no or "not sure", for an `Answer` field.
    YesNoNotSure,
    /// A date typed as day, month and year; `future` allows dates after the
    /// check (a planned return to work), else they are refused.
    Date { future: bool },
    /// A sum in lei, as people type it ("1.500,50").
    Money,
    /// A whole number from 0 to `max` (months, days).
    Count { max: u32 },
    /// Any of these values, for a list field.
    Several(&'static [&'static str]),
    /// Any of the household's members: one question for the whole family
    /// instead of one screen per person. The screen shows a checkbox per
    /// member (labelled with `tr::member_label`); the answer is the indices
    /// of those ticked, stored as `AnswerDraft::Several` of their numbers
    /// ("0", "2"). Nothing ticked means "nobody".
    Members,
}

/// How an answer is written into the household: a function per question,
/// given the member the question is about (0 for household questions). It
/// answers `None` when the value is not one the field takes or the member
/// is not (or no longer) in the household: the answer then stays pending.
#[derive(Debug, Clone, Copy)]
pub enum Set {
    /// A choice's value (a field's serde name); yes/no as "true"/"false".
    Value(fn(&mut Household, usize, &str) -> Option<()>),
    Date(fn(&mut Household, usize, NaiveDate) -> Option<()>),
    Money(fn(&mut Household, usize, Decimal) -> Option<()>),
    Count(fn(&mut Household, usize, u32) -> Option<()>),
    Values(fn(&mut Household, usize, &[String]) -> Option<()>),
    /// The members ticked (indices into `members`, each once, in order);
    /// every member not ticked is written as "no".
    Members(fn(&mut Household, &[usize]) -> Option<()>),
}

#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub kind: Kind,
    /// The member the question is about, for questions about one person
    /// (`about_member`); 0 for questions about the household.
    pub member: usize,
    pub about_member: bool,
    pub set: Set,
}

/// A field's value from its serde name (`"tenant"` → `Tenure::Tenant`),
/// through serde's own string deserializer: no JSON machinery in the wasm.
pub fn parse<T: DeserializeOwned>(name: &str) -> Option<T> {
    T::deserialize(StrDeserializer::<serde::de::value::Error>::new(name)).ok()
}

/// "true"/"false" as stored for a yes/no question.
pub fn parse_flag(value: &str) -> Option<bool> {
    match value {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// How `fact` is asked, or `None` for the facts with a screen of their own
/// (where the person lives, who is in the family, their incomes, how the
/// home is heated and which energy it uses: lists and answers that depend
/// on each other).
pub fn spec(fact: Fact) -> Option<Spec> {
    match fact {
        Fact::ExcludingAssets => household(
            Kind::YesNoNotSure,
            Set::Value(|h, _, v| {
                h.assets.excluding = Some(parse(v)?);
                Some(())
            }),
        ),
        Fact::Tenure => household(
            Kind::Choice(&[
                "owner_by_purchase",
                "owner_by_inheritance",
                "tenant",
                "comodat",
                "other",
            ]),
            Set::Value(|h, _, v| {
                h.home.tenure = Some(parse(v)?);
                Some(())
            }),
        ),
        Fact::OwnersAssociation => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.home.owners_association = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        Fact::Vehicles => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.assets.vehicles = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        Fact::DeclaredProperty => household(
            Kind::YesNo,
            Set::Value(|h, _, v| {
                h.assets.declared_property = Some(parse_flag(v)?);
                Some(())
            }),
        ),
        Fact::Disability { member } => about(
            member,
            Kind::Choice(DISABILITY_OPTIONS),
            Set::Value(|h, m, v| {
                member_mut(h, m)?.disability = Some(parse(v)?);
                Some(())
            }),
        ),
        Fact::ChildSchooling { member } => about(
            member,
            Kind::YesNo,
            Set::Value(|h, m, v| {
                let in_school = parse_flag(v)?;
                member_mut(h, m)?.schooling = Some(if in_school {
                    Schooling::HighSchool
                } else {
                    Schooling::None
                });
                Some(())
            }),
        ),
        Fact::ChildBirthCountry { member } => about(
            member,
            Kind::Choice(&["romania", "other_european", "outside_europe"]),
            Set::Value(|h, m, v| {
                member_mut(h, m)?.birth_country = Some(parse(v)?);
                Some(())
            }),
        ),
        Fact::ChildCertificateDate { member } => about(
            member,
            Kind::Date { future: false },
            Set::Date(|h, m, date| {
                member_mut(h, m)?.disability_certificate_date = Some(date);
                Some(())
            }),
        ),
        Fact::ChildRaising(fact) => child_raising::spec(fact),
        Fact::Means(fact) => means::spec(fact),
        Fact::Local(fact) => local::spec(fact),
        Fact::Residence
        | Fact::Members
        | Fact::Incomes { .. }
        | Fact::Heating
        | Fact::EnergySources => None,
    }
}

/// A question about the household.
fn household(kind: Kind, set: Set) -> Option<Spec> {
    Some(Spec {
        kind,
        member: 0,
        about_member: false,
        set,
    })
}

/// A question about one member.
fn about(member: usize, kind: Kind, set: Set) -> Option<Spec> {
    Some(Spec {
        kind,
        member,
        about_member: true,
        set,
    })
}

fn member_mut(household: &mut Household, index: usize) -> Option<&mut Member> {
    household.members.as_mut()?.get_mut(index)
}

/// The answers to a member's disability: no certificate, or its grade
/// (`DisabilityGrade`'s names).
pub const DISABILITY_OPTIONS: &[&str] = &["none", "mild", "medium", "accentuated", "severe"];

/// The values a yes/no answer is stored as.
pub const YES_NO: &[&str] = &["true", "false"];
/// The values a yes/no/not-sure answer is stored as (`Answer`'s names).
pub const YES_NO_NOT_SURE: &[&str] = &["yes", "no", "not_sure"];

impl Kind {
    /// The values offered, for the kinds that offer values.
    pub fn options(self) -> &'static [&'static str] {
        match self {
            Kind::Choice(options) | Kind::Several(options) => options,
            Kind::YesNo => YES_NO,
            Kind::YesNoNotSure => YES_NO_NOT_SURE,
            Kind::Date { .. } | Kind::Money | Kind::Count { .. } | Kind::Members => &[],
        }
    }
}
