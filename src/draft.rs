//! The answers as the person typed them, kept exactly (so a typing mistake
//! never loses anything), and their conversion into a [`Household`] with a
//! problem per field that cannot be read. Plain Rust: tested natively; the
//! browser only stores it (see `storage.rs`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::questions::{self, Kind, Set, Spec};
use crate::rules::facts::Fact;
use crate::rules::household::{
    Answer, Assets, EnergySource, HeatingSystem, Home, Household, Income, IncomeKind, Member,
    Residence, ResidenceKind, Role, Situation, Tenure,
};
use crate::rules::municipality::MunicipalityId;
use crate::rules::topics::Topic;
use crate::rules::validate;

/// The stored format's version. A draft written by an older version is
/// migrated by `decode` (see `migrate_v1`); one from a newer version is
/// refused rather than guessed at.
///
/// 1. typed fields for every answer.
/// 2. the questions of `questions::spec` keep their answers in `answers`.
pub const SCHEMA: u32 = 2;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub residence: Option<ResidenceChoice>,
    /// Set once the person confirms who lives with them.
    pub members_confirmed: bool,
    pub members: Vec<MemberDraft>,
    pub heating: Option<HeatingSystem>,
    pub energy_sources: Option<Vec<EnergySource>>,
    /// The answers to every question asked through `questions::spec`, as
    /// typed, keyed by [`fact_key`].
    pub answers: BTreeMap<String, AnswerDraft>,
    /// The questions answered, in the order they were answered ([`fact_key`]),
    /// so "Întrebarea 3" follows the case across reloads and detours.
    pub asked: Vec<String>,
    /// What brings the person (chosen at the start); empty: check everything.
    pub topics: Vec<Topic>,
    /// Sums the person confirmed as typed when asked about them ("1,10 lei
    /// is right"), as `<field>=<text>`: a changed text is asked about again.
    pub confirmed_amounts: Vec<String>,
    /// The town whose profile the case is checked under (issue 19): its
    /// office, filing rules and own programmes (the command line's
    /// `--city`). `None`: the town where the person lives, if we hold its
    /// profile, else Cluj-Napoca's (see [`Draft::municipality`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub town: Option<MunicipalityId>,
}

/// A sum typed in a way that is almost never what the person meant. The
/// app asks about it before going on, and never guesses either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountDoubt {
    /// "1,100": a comma before exactly three digits is read as decimals
    /// (1,10 lei), but is most often a thousands separator (1.100 lei).
    /// `read` is `None` where the decimals cannot be a sum ("1,234").
    CommaBeforeThreeDigits {
        read: Option<Decimal>,
        meant: Decimal,
    },
    /// More than nothing and under 10 lei a month: a wage, a pension or a
    /// benefit that small is almost always a typing slip ("1,5" for 1.500).
    VerySmall { read: Decimal },
}

/// Below this a monthly sum is asked about.
const VERY_SMALL_LEI: u32 = 10;

/// What is doubtful about a sum as typed, if anything (a sum that cannot
/// be read is an input problem, not a doubt).
pub fn amount_doubt(text: &str) -> Option<AmountDoubt> {
    let read = parse_lei(text).ok();
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
    if let Some((whole, decimals)) = cleaned.split_once(',') {
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if digits(whole) && whole.len() <= 3 && decimals.len() == 3 && digits(decimals) {
            let meant: Decimal = format!("{whole}{decimals}").parse().ok()?;
            return Some(AmountDoubt::CommaBeforeThreeDigits { read, meant });
        }
    }
    let read = read?;
    (read > Decimal::ZERO && read < Decimal::from(VERY_SMALL_LEI))
        .then_some(AmountDoubt::VerySmall { read })
}

/// An answer as given: a choice's value, several values, or text still to
/// be read (a sum, a count) or a date in three boxes. Stored in serde's
/// plain form (`{"one": "tenant"}`): tagged forms would pull serde's
/// buffering code into the wasm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerDraft {
    One(String),
    Several(Vec<String>),
    Text(String),
    Date(DateDraft),
}

/// The key an answer is stored under ([`Fact::key`]: `tenure`,
/// `incomes:1`), stable across versions and languages.
pub fn fact_key(fact: Fact) -> String {
    fact.key()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResidenceChoice {
    ClujDomiciliu,
    ClujResedinta,
    /// In Cluj-Napoca with no home: no domicile, no residence (persoană
    /// fără adăpost). The household is `situation.homeless`, with no
    /// residence; the profile stays Cluj-Napoca's.
    ClujHomeless,
    Elsewhere,
    /// Năvodari (its own profile, issue 19).
    NavodariDomiciliu,
    NavodariResedinta,
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
    BirthDate {
        member: usize,
    },
    IncomeAmount {
        member: usize,
        income: usize,
    },
    Members,
    Heating,
    /// The answer to a question asked through `questions::spec`.
    Answer {
        fact: Fact,
    },
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
    /// A whole number was expected (months, days).
    NotACount,
    /// More than the question allows (e.g. more than 24 months).
    CountTooLarge,
    /// An answer the question does not offer (a stored answer from another
    /// version, or a changed file).
    NotAnOption,
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

    /// The three boxes as a real date: blank, not numbers or not a day of
    /// the calendar (31 February) is said so.
    fn as_date(&self) -> Result<NaiveDate, InputProblem> {
        if self.is_blank() {
            return Err(InputProblem::Required);
        }
        let num = |s: &str| s.trim().parse::<u32>().map_err(|_| InputProblem::NotADate);
        let (day, month, year) = (num(&self.day)?, num(&self.month)?, num(&self.year)?);
        let year = i32::try_from(year).map_err(|_| InputProblem::NotADate)?;
        NaiveDate::from_ymd_opt(year, month, day).ok_or(InputProblem::NotADate)
    }

    /// The date, or what is wrong with it relative to `today`.
    pub fn parse(&self, today: NaiveDate) -> Result<NaiveDate, InputProblem> {
        let date = self.as_date()?;
        if date > today {
            return Err(InputProblem::DateInFuture);
        }
        match validate::birth_date_problem(date, today) {
            None => Ok(date),
            Some(_) => Err(InputProblem::DateTooOld),
        }
    }
}

/// One of a date's three boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DateDraft {
    /// The box a problem with this date is about, so the focus and the
    /// mark go there: a year too old or in the future is the year's; a day
    /// or month that is not a number (or not in range) is that box's; a
    /// date that does not exist (31 February) is the day's.
    pub fn part_at_fault(&self, problem: InputProblem) -> DatePart {
        let number = |s: &str| s.trim().parse::<u32>().ok();
        match problem {
            InputProblem::DateTooOld | InputProblem::DateInFuture => DatePart::Year,
            InputProblem::Required => {
                if self.day.trim().is_empty() {
                    DatePart::Day
                } else if self.month.trim().is_empty() {
                    DatePart::Month
                } else {
                    DatePart::Year
                }
            }
            _ => {
                if !number(&self.day).is_some_and(|d| (1..=31).contains(&d)) {
                    DatePart::Day
                } else if !number(&self.month).is_some_and(|m| (1..=12).contains(&m)) {
                    DatePart::Month
                } else if number(&self.year).is_none() {
                    DatePart::Year
                } else {
                    DatePart::Day
                }
            }
        }
    }

    /// A date that is not a birth date (a certificate, a return to work):
    /// after `today` only if `future` allows it.
    pub fn parse_event(&self, today: NaiveDate, future: bool) -> Result<NaiveDate, InputProblem> {
        let date = self.as_date()?;
        if date > today && !future {
            return Err(InputProblem::DateInFuture);
        }
        // Dates of events in a family's life are within a lifetime either way.
        match validate::birth_date_problem(date.min(today), today) {
            None => Ok(date),
            Some(_) => Err(InputProblem::DateTooOld),
        }
    }
}

impl Draft {
    /// The profile the case is evaluated under (`EvalContext.municipality`):
    /// the town stored with the case, else the one the residence answer
    /// names (Năvodari), else Cluj-Napoca (someone living elsewhere is then
    /// told to file at their own town hall, as before).
    pub fn municipality(&self) -> MunicipalityId {
        self.town.unwrap_or(match self.residence {
            Some(ResidenceChoice::NavodariDomiciliu | ResidenceChoice::NavodariResedinta) => {
                MunicipalityId::Navodari
            }
            // Another town: the national benefits, at its town hall's
            // social assistance service, and no town's own programmes.
            Some(ResidenceChoice::Elsewhere) => MunicipalityId::Other,
            _ => MunicipalityId::ClujNapoca,
        })
    }

    /// The energy sources ticked, with the heating's own source always among
    /// them: it is in use by definition. Before the person answers,
    /// electricity is ticked too: almost every home uses it, and a pensioner
    /// who ticked only "lemne" lost the 30 lei paid for it (issue 10). The
    /// screen says so, and it can be unticked.
    pub fn energy_sources_in_use(&self) -> Vec<EnergySource> {
        let mut list = self
            .energy_sources
            .clone()
            .unwrap_or_else(|| vec![EnergySource::Electricity]);
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
        let residence = self.residence.and_then(|choice| match choice {
            ResidenceChoice::ClujDomiciliu => Some(Residence {
                municipality: MunicipalityId::ClujNapoca,
                kind: ResidenceKind::Domiciliu,
            }),
            ResidenceChoice::ClujResedinta => Some(Residence {
                municipality: MunicipalityId::ClujNapoca,
                kind: ResidenceKind::Resedinta,
            }),
            // No domicile or residence to give: `situation.homeless` below.
            ResidenceChoice::ClujHomeless => None,
            ResidenceChoice::Elsewhere => Some(Residence {
                municipality: MunicipalityId::Other,
                kind: ResidenceKind::Domiciliu,
            }),
            ResidenceChoice::NavodariDomiciliu => Some(Residence {
                municipality: MunicipalityId::Navodari,
                kind: ResidenceKind::Domiciliu,
            }),
            ResidenceChoice::NavodariResedinta => Some(Residence {
                municipality: MunicipalityId::Navodari,
                kind: ResidenceKind::Resedinta,
            }),
        });
        let homeless = (self.residence == Some(ResidenceChoice::ClujHomeless)).then_some(true);

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
                disability_certificate_date: None,
                birth_country: None,
                situation: Default::default(),
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
                energy_sources,
                heating: self.heating,
                ..Home::default()
            },
            assets: Assets::default(),
            situation: Situation {
                homeless,
                ..Situation::default()
            },
            ..Household::default()
        };
        let household = self.apply_answers(household, today, &mut errors);
        (household, errors)
    }

    /// Whether anything has been answered: the reasons chosen at the start
    /// are not an answer yet.
    pub fn is_started(&self) -> bool {
        let mut answers_only = self.clone();
        answers_only.topics.clear();
        answers_only != Draft::new()
    }

    /// The number of `fact`'s question in this case: its place among the
    /// questions answered, or the next number for a new one.
    pub fn question_number(&self, fact: Fact) -> usize {
        let key = fact_key(fact);
        self.asked
            .iter()
            .position(|k| *k == key)
            .unwrap_or(self.asked.len())
            + 1
    }

    /// Notes that `fact` was answered (once).
    pub fn record_asked(&mut self, fact: Fact) {
        let key = fact_key(fact);
        if !self.asked.contains(&key) {
            self.asked.push(key);
        }
    }

    /// The text typed for a sum, by field: an income row or a sum question.
    pub fn amount_text(&self, field: FieldId) -> Option<&str> {
        match field {
            FieldId::IncomeAmount { member, income } => self
                .members
                .get(member)?
                .incomes
                .as_ref()?
                .get(income)
                .map(|i| i.amount.as_str()),
            FieldId::Answer { fact } => match self.answer(fact)? {
                AnswerDraft::Text(text)
                    if questions::spec(fact).is_some_and(|s| s.kind == Kind::Money) =>
                {
                    Some(text.as_str())
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The doubt about the sum typed in `field` that the person has not
    /// settled yet.
    pub fn amount_doubt(&self, field: FieldId) -> Option<AmountDoubt> {
        let text = self.amount_text(field)?;
        let doubt = amount_doubt(text)?;
        (!self.confirmed_amounts.contains(&confirmation(field, text))).then_some(doubt)
    }

    /// Every sum still in doubt, by field.
    pub fn amount_doubts(&self) -> Vec<(FieldId, AmountDoubt)> {
        let incomes = self.members.iter().enumerate().flat_map(|(member, m)| {
            (0..m.incomes.as_ref().map_or(0, Vec::len))
                .map(move |income| FieldId::IncomeAmount { member, income })
        });
        let answers = self
            .answers
            .keys()
            .filter_map(|k| Fact::from_key(k))
            .map(|fact| FieldId::Answer { fact });
        incomes
            .chain(answers)
            .filter_map(|field| self.amount_doubt(field).map(|d| (field, d)))
            .collect()
    }

    /// "Yes, that is the sum": kept as typed, not asked about again while
    /// the text stays the same.
    pub fn confirm_amount(&mut self, field: FieldId) {
        if let Some(text) = self.amount_text(field) {
            let key = confirmation(field, text);
            if !self.confirmed_amounts.contains(&key) {
                self.confirmed_amounts.push(key);
            }
        }
    }

    /// "I meant 1.100 lei": the text becomes that sum, written plainly.
    pub fn set_amount(&mut self, field: FieldId, sum: Decimal) {
        let text = sum.normalize().to_string();
        match field {
            FieldId::IncomeAmount { member, income } => {
                if let Some(row) = self
                    .members
                    .get_mut(member)
                    .and_then(|m| m.incomes.as_mut())
                    .and_then(|l| l.get_mut(income))
                {
                    row.amount = text;
                }
            }
            FieldId::Answer { fact } => self.set_answer(fact, AnswerDraft::Text(text)),
            _ => {}
        }
    }

    /// The answer given to `fact`, if any.
    pub fn answer(&self, fact: Fact) -> Option<&AnswerDraft> {
        self.answers.get(&fact_key(fact))
    }

    pub fn set_answer(&mut self, fact: Fact, answer: AnswerDraft) {
        self.answers.insert(fact_key(fact), answer);
    }

    /// "Continuă" on a question of several choices with nothing ticked:
    /// that is the answer "none of these" (a renter who owns nothing on the
    /// list, a parent in none of the listed situations), not a question
    /// left blank. Other kinds of question are left as they are: a choice
    /// not made is still unanswered.
    pub fn confirm_none(&mut self, fact: Fact) {
        let several = questions::spec(fact)
            .is_some_and(|s| matches!(s.kind, Kind::Several(_) | Kind::Members));
        if several && self.answer(fact).is_none() {
            self.set_answer(fact, AnswerDraft::Several(Vec::new()));
        }
    }

    /// Forgets the answers to the questions about the whole family
    /// (`Kind::Members`): called when a member is added or removed, since
    /// such an answer says "no" for every member not ticked, and a member
    /// added afterwards was never asked. The questions are then asked again.
    /// Takes member `index` out of the family with everything answered
    /// about them; the answers about the members after them move with them
    /// (they are kept by the member's place: `disability:2` becomes
    /// `disability:1`), so nobody inherits another person's answers.
    pub fn remove_member(&mut self, index: usize) {
        if index >= self.members.len() || index == 0 {
            return;
        }
        self.members.remove(index);
        let moved = |key: &str| -> Option<Option<String>> {
            let (name, member) = key.split_once(':')?;
            let member: usize = member.parse().ok()?;
            Some(match member.cmp(&index) {
                std::cmp::Ordering::Less => Some(key.to_string()),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(format!("{name}:{}", member - 1)),
            })
        };
        let answers = std::mem::take(&mut self.answers);
        for (key, answer) in answers {
            match moved(&key) {
                Some(Some(new_key)) => {
                    self.answers.insert(new_key, answer);
                }
                Some(None) => {}
                None => {
                    self.answers.insert(key, answer);
                }
            }
        }
        self.asked = std::mem::take(&mut self.asked)
            .into_iter()
            .filter_map(|key| moved(&key).unwrap_or(Some(key)))
            .collect();
        self.confirmed_amounts.clear();
        self.forget_member_lists();
    }

    /// A member added at the end: the answers that name who among the
    /// family something applies to are asked again.
    pub fn add_member(&mut self, member: MemberDraft) {
        self.members.push(member);
        self.forget_member_lists();
    }

    pub fn forget_member_lists(&mut self) {
        self.answers.retain(|key, _| {
            !Fact::from_key(key)
                .and_then(questions::spec)
                .is_some_and(|s| s.kind == Kind::Members)
        });
    }

    /// Writes each answer into the household through its question's
    /// setter. An answer that cannot be read stays unanswered and is
    /// reported at its question, so nothing is guessed and nothing typed is
    /// lost.
    fn apply_answers(
        &self,
        mut household: Household,
        today: NaiveDate,
        errors: &mut Vec<FieldError>,
    ) -> Household {
        for (key, answer) in &self.answers {
            let Some((fact, spec)) =
                Fact::from_key(key).and_then(|fact| questions::spec(fact).map(|spec| (fact, spec)))
            else {
                // A fact this version no longer asks this way: ignored.
                continue;
            };
            if let Err(problem) = apply(&mut household, spec, answer, today) {
                errors.push(FieldError {
                    field: FieldId::Answer { fact },
                    problem,
                });
            }
        }
        household
    }
}

/// How a confirmed sum is remembered: the field and the text confirmed.
fn confirmation(field: FieldId, text: &str) -> String {
    let at = match field {
        FieldId::IncomeAmount { member, income } => format!("income:{member}:{income}"),
        FieldId::Answer { fact } => fact.key(),
        _ => String::new(),
    };
    format!("{at}={}", text.trim())
}

/// Writes one answer, or says what is wrong with it. A member the answer
/// is about who is no longer in the household is not an error: the answer
/// waits (and is not asked) until they are.
fn apply(
    household: &mut Household,
    spec: Spec,
    answer: &AnswerDraft,
    today: NaiveDate,
) -> Result<(), InputProblem> {
    let member = spec.member;
    if spec.about_member
        && household
            .members
            .as_ref()
            .is_none_or(|m| m.get(member).is_none())
    {
        return Ok(());
    }
    let written = match (spec.kind, spec.set, answer) {
        (kind, Set::Value(set), AnswerDraft::One(value)) => {
            if !kind.options().contains(&value.as_str()) {
                return Err(InputProblem::NotAnOption);
            }
            set(household, member, value)
        }
        (Kind::Several(options), Set::Values(set), AnswerDraft::Several(values)) => {
            if !values.iter().all(|v| options.contains(&v.as_str())) {
                return Err(InputProblem::NotAnOption);
            }
            // Each value once, in the question's order.
            let ordered: Vec<String> = options
                .iter()
                .filter(|o| values.iter().any(|v| v == *o))
                .map(|o| (*o).to_string())
                .collect();
            set(household, member, &ordered)
        }
        (Kind::Members, Set::Members(set), AnswerDraft::Several(values)) => {
            // About every member: waits (unasked) until the family is known.
            let Some(count) = household.members.as_ref().map(Vec::len) else {
                return Ok(());
            };
            let mut ticked = values
                .iter()
                .map(|v| v.parse::<usize>().ok().filter(|i| *i < count))
                .collect::<Option<Vec<usize>>>()
                .ok_or(InputProblem::NotAnOption)?;
            ticked.sort_unstable();
            ticked.dedup();
            set(household, &ticked)
        }
        (Kind::Money, Set::Money(set), AnswerDraft::Text(text)) => {
            set(household, member, parse_lei(text)?)
        }
        (Kind::Count { max }, Set::Count(set), AnswerDraft::Text(text)) => {
            let trimmed = text.trim();
            if trimmed.is_empty() {
                return Err(InputProblem::Required);
            }
            let n: u32 = trimmed.parse().map_err(|_| InputProblem::NotACount)?;
            if n > max {
                return Err(InputProblem::CountTooLarge);
            }
            set(household, member, n)
        }
        (Kind::Date { future }, Set::Date(set), AnswerDraft::Date(date)) => {
            set(household, member, date.parse_event(today, future)?)
        }
        _ => None,
    };
    written.ok_or(InputProblem::NotAnOption)
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
    match probe.schema {
        1 => serde_json::from_str::<EnvelopeV1>(json)
            .map(|e| migrate_v1(e.draft))
            .map_err(|_| DecodeError::Unreadable),
        SCHEMA => serde_json::from_str::<Envelope>(json)
            .map(|e| e.draft)
            .map_err(|_| DecodeError::Unreadable),
        other => Err(DecodeError::UnknownSchema(other)),
    }
}

/// Schema 1: the answers about assets and papers had fields of their own.
#[derive(Deserialize)]
struct EnvelopeV1 {
    draft: DraftV1,
}

/// Schema 1 as it was written, field by field (a frozen format; no
/// `flatten`, whose buffering code would weigh on the wasm).
#[derive(Default, Deserialize)]
#[serde(default)]
struct DraftV1 {
    residence: Option<ResidenceChoice>,
    members_confirmed: bool,
    members: Vec<MemberDraft>,
    heating: Option<HeatingSystem>,
    energy_sources: Option<Vec<EnergySource>>,
    excluding_assets: Option<Answer>,
    tenure: Option<Tenure>,
    owners_association: Option<bool>,
    vehicles: Option<bool>,
    declared_property: Option<bool>,
}

/// Moves schema 1's answer fields into `answers`, as the same question now
/// stores them; everything else is read as it was.
fn migrate_v1(old: DraftV1) -> Draft {
    fn name<T: Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .ok()
            .and_then(|v| match v {
                serde_json::Value::String(s) => Some(s),
                serde_json::Value::Bool(b) => Some(b.to_string()),
                _ => None,
            })
            .unwrap_or_default()
    }
    let mut draft = Draft {
        residence: old.residence,
        members_confirmed: old.members_confirmed,
        members: old.members,
        heating: old.heating,
        energy_sources: old.energy_sources,
        answers: BTreeMap::new(),
        asked: Vec::new(),
        topics: Vec::new(),
        confirmed_amounts: Vec::new(),
        town: None,
    };
    let moved = [
        (Fact::ExcludingAssets, old.excluding_assets.map(name)),
        (Fact::Tenure, old.tenure.map(name)),
        (Fact::OwnersAssociation, old.owners_association.map(name)),
        (Fact::Vehicles, old.vehicles.map(name)),
        (Fact::DeclaredProperty, old.declared_property.map(name)),
    ];
    for (fact, value) in moved {
        if let Some(value) = value {
            draft.set_answer(fact, AnswerDraft::One(value));
        }
    }
    draft
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
