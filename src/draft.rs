//! The answers as the person typed them, kept exactly (so a typing mistake
//! never loses anything), and their conversion into a [`Household`] with a
//! problem per field that cannot be read. Plain Rust: tested natively; the
//! browser only stores it (see `storage.rs`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::rules::household::{
    Answer, Assets, EnergySource, HeatingSystem, Home, Household, Income, IncomeKind, Member,
    Residence, ResidenceKind, Role, Tenure,
};
use crate::rules::municipality::MunicipalityId;
use crate::rules::validate;

/// Bump when a stored draft can no longer be read as is; `decode` then
/// says so instead of guessing.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub residence: Option<ResidenceChoice>,
    /// Set once the person confirms who lives with them.
    pub members_confirmed: bool,
    pub members: Vec<MemberDraft>,
    pub heating: Option<HeatingSystem>,
    pub energy_sources: Option<Vec<EnergySource>>,
    pub excluding_assets: Option<Answer>,
    pub tenure: Option<Tenure>,
    pub owners_association: Option<bool>,
    pub vehicles: Option<bool>,
    pub declared_property: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResidenceChoice {
    ClujDomiciliu,
    ClujResedinta,
    Elsewhere,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MemberDraft {
    pub role: Role,
    pub name: String,
    pub birth: DateDraft,
    /// `None`: not asked yet; `Some(empty)`: asked, no income.
    pub incomes: Option<Vec<IncomeDraft>>,
}

impl Default for MemberDraft {
    fn default() -> Self {
        Self {
            role: Role::Child,
            name: String::new(),
            birth: DateDraft::default(),
            incomes: None,
        }
    }
}

/// A date as three fields (day, month, year), the way people write it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DateDraft {
    pub day: String,
    pub month: String,
    pub year: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IncomeDraft {
    pub kind: IncomeKind,
    pub amount: String,
}

impl Default for IncomeDraft {
    fn default() -> Self {
        Self {
            kind: IncomeKind::Salary,
            amount: String::new(),
        }
    }
}

/// Which input a problem belongs to, so the message sits next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum FieldId {
    BirthDate { member: usize },
    IncomeAmount { member: usize, income: usize },
    Members,
    Heating,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum InputProblem {
    Required,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
    /// Day, month and year do not make a real date (31 February).
    NotADate,
    DateInFuture,
    DateTooOld,
    /// A household needs the applicant.
    NoApplicant,
    /// The heating's energy source was unticked among the sources used.
    HeatingSourceNotUsed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FieldError {
    #[serde(flatten)]
    pub field: FieldId,
    #[serde(flatten)]
    pub problem: InputProblem,
}

/// Reads a sum of lei as people type it: "1500", "1500,50", "1.500,50",
/// "2.400", "1500.5", with or without "lei". Romanian writes thousands with
/// a dot ("1.386 lei" on the pages), so dots that group digits in threes are
/// thousands separators; a sum never has three decimals, so that reading
/// is never ambiguous.
pub fn parse_lei(text: &str) -> Result<Decimal, InputProblem> {
    let trimmed = text.trim();
    let cut = trimmed.len().saturating_sub(3);
    let without_unit = match trimmed.get(cut..) {
        Some(unit) if unit.eq_ignore_ascii_case("lei") => &trimmed[..cut],
        _ => trimmed,
    };
    let cleaned: String = without_unit
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if cleaned.is_empty() {
        return Err(InputProblem::Required);
    }
    let normalized = if cleaned.contains(',') {
        cleaned.replace('.', "").replace(',', ".")
    } else if grouped_in_thousands(&cleaned) {
        cleaned.replace('.', "")
    } else {
        cleaned
    };
    if !normalized
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
    {
        return Err(InputProblem::NotANumber);
    }
    let value: Decimal = normalized.parse().map_err(|_| InputProblem::NotANumber)?;
    match validate::amount_problem(value) {
        None => Ok(value.normalize()),
        Some(validate::Problem::NegativeAmount { .. }) => Err(InputProblem::Negative),
        Some(validate::Problem::MoreThanTwoDecimals { .. }) => Err(InputProblem::TooManyDecimals),
        Some(_) => Err(InputProblem::TooLarge),
    }
}

/// "2.400", "1.234.567": dots separating groups of exactly three digits.
fn grouped_in_thousands(text: &str) -> bool {
    let mut groups = text.split('.');
    let head = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    !rest.is_empty()
        && (1..=3).contains(&head.len())
        && head.chars().all(|c| c.is_ascii_digit())
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

impl DateDraft {
    pub fn is_blank(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }

    /// The date, or what is wrong with it relative to `today`.
    pub fn parse(&self, today: NaiveDate) -> Result<NaiveDate, InputProblem> {
        if self.is_blank() {
            return Err(InputProblem::Required);
        }
        let num = |s: &str| s.trim().parse::<u32>().map_err(|_| InputProblem::NotADate);
        let (day, month, year) = (num(&self.day)?, num(&self.month)?, num(&self.year)?);
        let year = i32::try_from(year).map_err(|_| InputProblem::NotADate)?;
        let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(InputProblem::NotADate)?;
        if date > today {
            return Err(InputProblem::DateInFuture);
        }
        match validate::birth_date_problem(date, today) {
            None => Ok(date),
            Some(_) => Err(InputProblem::DateTooOld),
        }
    }
}

impl Draft {
    /// The energy sources ticked, with the heating's own source always among
    /// them: it is in use by definition.
    pub fn energy_sources_in_use(&self) -> Vec<EnergySource> {
        let mut list = self.energy_sources.clone().unwrap_or_default();
        if let Some(source) = self.heating.and_then(HeatingSystem::energy_source) {
            if !list.contains(&source) {
                list.push(source);
            }
        }
        list.sort();
        list
    }

    /// A fresh draft holds the applicant, so the members screen starts with them.
    pub fn new() -> Self {
        Self {
            members: vec![MemberDraft {
                role: Role::Applicant,
                ..MemberDraft::default()
            }],
            ..Self::default()
        }
    }

    /// The household the engine sees, and the problems of inputs that could
    /// not be read (those facts stay unanswered, so nothing is guessed).
    pub fn to_household(&self, today: NaiveDate) -> (Household, Vec<FieldError>) {
        let mut errors = Vec::new();
        let residence = self.residence.map(|choice| match choice {
            ResidenceChoice::ClujDomiciliu => Residence {
                municipality: MunicipalityId::ClujNapoca,
                kind: ResidenceKind::Domiciliu,
            },
            ResidenceChoice::ClujResedinta => Residence {
                municipality: MunicipalityId::ClujNapoca,
                kind: ResidenceKind::Resedinta,
            },
            ResidenceChoice::Elsewhere => Residence {
                municipality: MunicipalityId::Other,
                kind: ResidenceKind::Domiciliu,
            },
        });

        let mut members = Vec::with_capacity(self.members.len());
        for (index, m) in self.members.iter().enumerate() {
            let birth_date = match m.birth.parse(today) {
                Ok(date) => Some(date),
                Err(problem) => {
                    errors.push(FieldError {
                        field: FieldId::BirthDate { member: index },
                        problem,
                    });
                    None
                }
            };
            let incomes = m.incomes.as_ref().and_then(|list| {
                let mut parsed = Vec::with_capacity(list.len());
                let mut ok = true;
                for (i, income) in list.iter().enumerate() {
                    match parse_lei(&income.amount) {
                        Ok(net_monthly) => parsed.push(Income {
                            kind: income.kind,
                            net_monthly,
                        }),
                        Err(problem) => {
                            ok = false;
                            errors.push(FieldError {
                                field: FieldId::IncomeAmount {
                                    member: index,
                                    income: i,
                                },
                                problem,
                            });
                        }
                    }
                }
                ok.then_some(parsed)
            });
            let name = m.name.trim();
            members.push(Member {
                role: m.role,
                name: (!name.is_empty()).then(|| name.to_string()),
                birth_date,
                incomes,
                schooling: None,
                disability: None,
            });
        }
        if self.members.first().map(|m| m.role) != Some(Role::Applicant) {
            errors.push(FieldError {
                field: FieldId::Members,
                problem: InputProblem::NoApplicant,
            });
        }
        let members_known = self.members_confirmed
            && !errors
                .iter()
                .any(|e| matches!(e.field, FieldId::BirthDate { .. } | FieldId::Members));

        let mut energy_sources = self.energy_sources.clone();
        if let (Some(sources), Some(source)) = (
            &energy_sources,
            self.heating.and_then(|h| h.energy_source()),
        ) {
            if !sources.contains(&source) {
                errors.push(FieldError {
                    field: FieldId::Heating,
                    problem: InputProblem::HeatingSourceNotUsed,
                });
                energy_sources = None;
            }
        }

        let household = Household {
            residence,
            members: members_known.then_some(members),
            home: Home {
                tenure: self.tenure,
                owners_association: self.owners_association,
                energy_sources,
                heating: self.heating,
            },
            assets: Assets {
                excluding: self.excluding_assets,
                vehicles: self.vehicles,
                declared_property: self.declared_property,
            },
        };
        (household, errors)
    }
}

/// What is stored: the draft with the schema it was written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub draft: Draft,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// Written by a newer or older app whose format we do not read.
    UnknownSchema(u32),
    Unreadable,
}

pub fn encode(draft: &Draft) -> Envelope {
    Envelope {
        schema: SCHEMA,
        draft: draft.clone(),
    }
}

pub fn decode(json: &str) -> Result<Draft, DecodeError> {
    #[derive(Deserialize)]
    struct Probe {
        schema: u32,
    }
    let probe: Probe = serde_json::from_str(json).map_err(|_| DecodeError::Unreadable)?;
    if probe.schema != SCHEMA {
        return Err(DecodeError::UnknownSchema(probe.schema));
    }
    serde_json::from_str::<Envelope>(json)
        .map(|e| e.draft)
        .map_err(|_| DecodeError::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn sums_are_read_the_way_people_type_them() {
        assert_eq!(parse_lei("1500"), Ok(dec!(1500)));
        assert_eq!(parse_lei(" 1500,50 lei "), Ok(dec!(1500.50)));
        assert_eq!(parse_lei("1.500,50"), Ok(dec!(1500.50)));
        assert_eq!(parse_lei("1500.5"), Ok(dec!(1500.5)));
        assert_eq!(
            parse_lei("2.400"),
            Ok(dec!(2400)),
            "dot as thousands separator, as on the pages"
        );
        assert_eq!(parse_lei("1.234.567"), Ok(dec!(1234567)));
        assert_eq!(
            parse_lei("2.40"),
            Ok(dec!(2.4)),
            "two digits after the dot: decimals"
        );
        assert_eq!(parse_lei("0"), Ok(dec!(0)));
    }

    #[test]
    fn bad_sums_say_what_is_wrong() {
        assert_eq!(parse_lei(""), Err(InputProblem::Required));
        assert_eq!(parse_lei("lei"), Err(InputProblem::Required));
        assert_eq!(parse_lei("două mii"), Err(InputProblem::NotANumber));
        assert_eq!(parse_lei("-5"), Err(InputProblem::Negative));
        assert_eq!(parse_lei("10,505"), Err(InputProblem::TooManyDecimals));
        assert_eq!(parse_lei("99999999"), Err(InputProblem::TooLarge));
    }
}
