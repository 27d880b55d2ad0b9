//! Meaning of extracted values: due and start dates of deadlines, and short
//! Russian/English descriptions for hover text.

use std::fmt::Write as _;

use crate::date::{self, last_day_of_month, CivilDate, MonthForm};

use super::types::{Amount, Comparator, DeadlineValue, Period, Recurrence, Target, TargetUnit};

impl Period {
    /// The first day of the period.
    pub fn start(&self) -> Option<CivilDate> {
        match *self {
            Period::Year(year) => CivilDate::start_of_year(year),
            Period::HalfYear { year, half } => CivilDate::start_of_half_year(year, half),
            Period::Quarter { year, quarter } => CivilDate::start_of_quarter(year, quarter),
            Period::Month { year, month } => CivilDate::first_day_of_month(year, month),
            Period::MonthRange { year, from, .. } => CivilDate::first_day_of_month(year, from),
            Period::AcademicHalfYear {
                first,
                second,
                half,
            } => match half {
                1 => CivilDate::new(first, 9, 1),
                2 => CivilDate::start_of_year(second),
                _ => None,
            },
        }
    }

    /// The last day of the period.
    pub fn end(&self) -> Option<CivilDate> {
        match *self {
            Period::Year(year) => CivilDate::end_of_year(year),
            Period::HalfYear { year, half } => CivilDate::end_of_half_year(year, half),
            Period::Quarter { year, quarter } => CivilDate::end_of_quarter(year, quarter),
            Period::Month { year, month } => last_day_of_month(year, month),
            Period::MonthRange { year, to, .. } => last_day_of_month(year, to),
            Period::AcademicHalfYear {
                first,
                second,
                half,
            } => match half {
                1 => CivilDate::end_of_year(first),
                2 => CivilDate::new(second, 8, 31),
                _ => None,
            },
        }
    }

    /// The calendar year the period belongs to (for a half of an academic
    /// year, the calendar year that half falls in).
    pub fn year(&self) -> i32 {
        match *self {
            Period::Year(year)
            | Period::HalfYear { year, .. }
            | Period::Quarter { year, .. }
            | Period::Month { year, .. }
            | Period::MonthRange { year, .. } => year,
            Period::AcademicHalfYear { first, half: 1, .. } => first,
            Period::AcademicHalfYear { second, .. } => second,
        }
    }
}

impl DeadlineValue {
    /// The latest date by which the task must be done, when there is one.
    ///
    /// `None` for standing and recurring tasks, start-only dates, impossible
    /// dates and dates without a year.
    pub fn due(&self) -> Option<CivilDate> {
        match *self {
            DeadlineValue::Date(date) => Some(date),
            DeadlineValue::EndOf(period) | DeadlineValue::Within(period) => period.end(),
            DeadlineValue::BeforeYear(year) => CivilDate::end_of_year(year.checked_sub(1)?),
            DeadlineValue::AcademicYear { second, .. } => CivilDate::new(second, 8, 31),
            DeadlineValue::YearRange { to, .. } => CivilDate::end_of_year(to),
            DeadlineValue::From(_)
            | DeadlineValue::Recurring(_)
            | DeadlineValue::Standing
            | DeadlineValue::Impossible { .. }
            | DeadlineValue::MissingYear { .. } => None,
        }
    }

    /// The date the task starts, when the phrase gives one: the first day
    /// of a `Within` period, an academic year or a year range, or the date
    /// of `с 1 сентября 2021 г.`.
    pub fn start(&self) -> Option<CivilDate> {
        match *self {
            DeadlineValue::Within(period) => period.start(),
            DeadlineValue::AcademicYear { first, .. } => CivilDate::new(first, 9, 1),
            DeadlineValue::YearRange { from, .. } => CivilDate::start_of_year(from),
            DeadlineValue::From(date) => Some(date),
            DeadlineValue::Date(_)
            | DeadlineValue::EndOf(_)
            | DeadlineValue::BeforeYear(_)
            | DeadlineValue::Recurring(_)
            | DeadlineValue::Standing
            | DeadlineValue::Impossible { .. }
            | DeadlineValue::MissingYear { .. } => None,
        }
    }

    /// `true` for tasks without an end: `постоянно` and recurring tasks
    /// (`ежегодно`, `ежемесячно`, …).
    pub fn is_standing(&self) -> bool {
        matches!(self, DeadlineValue::Standing | DeadlineValue::Recurring(_))
    }

    /// Short Russian description for hover text: `срок: 20.09.2019`,
    /// `срок: 01.09.2019–31.08.2020`, `срок: постоянно`.
    pub fn describe_ru(&self) -> String {
        self.describe(Lang::Ru)
    }

    /// Short English description for hover text: `due: 20.09.2019`,
    /// `due: 01.09.2019–31.08.2020`, `due: ongoing`.
    pub fn describe_en(&self) -> String {
        self.describe(Lang::En)
    }

    fn describe(&self, lang: Lang) -> String {
        let head = lang.pick("срок: ", "due: ");
        let mut out = String::from(head);
        match *self {
            DeadlineValue::Recurring(rec) => out.push_str(recurrence_word(rec, lang)),
            DeadlineValue::Standing => out.push_str(lang.pick("постоянно", "ongoing")),
            DeadlineValue::Impossible { day, month, year } => {
                out.push_str(lang.pick("несуществующая дата ", "impossible date "));
                let _ = write!(out, "{day:02}.{month:02}");
                if let Some(year) = year {
                    let _ = write!(out, ".{year:04}");
                }
            }
            DeadlineValue::MissingYear { day, month } => {
                match day {
                    Some(day) => {
                        let _ = write!(out, "{day:02}.{month:02}");
                    }
                    None => out.push_str(month_name(month, lang)),
                }
                out.push_str(lang.pick(" (год не указан)", " (no year)"));
            }
            DeadlineValue::From(date) => {
                let _ = write!(out, "{}{date}", lang.pick("с ", "from "));
            }
            _ => match (self.start(), self.due()) {
                (Some(start), Some(due)) => {
                    let _ = write!(out, "{start}–{due}");
                }
                (None, Some(due)) => {
                    let _ = write!(out, "{due}");
                }
                _ => out.push_str(lang.pick("дата вне календаря", "date out of range")),
            },
        }
        out
    }
}

impl Amount {
    /// The value as a float (for comparisons such as "more than 100 %").
    pub fn as_f64(&self) -> f64 {
        // Precision loss above 2^53 is irrelevant for targets.
        self.units as f64 / 10f64.powi(i32::from(self.scale))
    }

    /// The number with a decimal comma, as written in Russian: `12,5`.
    pub fn to_string_ru(&self) -> String {
        self.format(',')
    }

    /// The number with a decimal point: `12.5`.
    pub fn to_string_en(&self) -> String {
        self.format('.')
    }

    fn format(&self, separator: char) -> String {
        let digits = self.units.to_string();
        let scale = usize::from(self.scale);
        if scale == 0 {
            return digits;
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let split = padded.len() - scale;
        let (int, frac) = padded.split_at(split);
        format!("{int}{separator}{frac}")
    }
}

impl Target {
    /// Short Russian description for hover text: `цель: ≥ 30 %`,
    /// `цель: до 73 % к 31.12.2019`, `цель: ≥ 30 педагогов`.
    pub fn describe_ru(&self) -> String {
        self.describe(Lang::Ru)
    }

    /// Short English description for hover text: `target: ≥ 30 %`,
    /// `target: up to 73 % by 31.12.2019`.
    pub fn describe_en(&self) -> String {
        self.describe(Lang::En)
    }

    fn describe(&self, lang: Lang) -> String {
        let mut out = String::from(lang.pick("цель: ", "target: "));
        let prefix = match self.comparator {
            Comparator::AtLeast => "≥ ",
            Comparator::AtMost => "≤ ",
            Comparator::MoreThan => "> ",
            Comparator::LessThan => "< ",
            Comparator::UpTo => lang.pick("до ", "up to "),
            Comparator::Exactly => "",
            Comparator::ChangeBy => lang.pick("на ", "by "),
        };
        out.push_str(prefix);
        out.push_str(&match lang {
            Lang::Ru => self.amount.to_string_ru(),
            Lang::En => self.amount.to_string_en(),
        });
        match &self.unit {
            TargetUnit::Percent => out.push_str(" %"),
            TargetUnit::Count { noun } => {
                out.push(' ');
                out.push_str(noun);
            }
        }
        if let Some(due) = self.due {
            let _ = write!(out, "{}{due}", lang.pick(" к ", " by "));
        }
        out
    }
}

#[derive(Clone, Copy)]
enum Lang {
    Ru,
    En,
}

impl Lang {
    fn pick(self, ru: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}

fn recurrence_word(rec: Recurrence, lang: Lang) -> &'static str {
    match rec {
        Recurrence::Yearly => lang.pick("ежегодно", "yearly"),
        Recurrence::Quarterly => lang.pick("ежеквартально", "quarterly"),
        Recurrence::Monthly => lang.pick("ежемесячно", "monthly"),
        Recurrence::Weekly => lang.pick("еженедельно", "weekly"),
        Recurrence::Daily => lang.pick("ежедневно", "daily"),
    }
}

fn month_name(month: u8, lang: Lang) -> &'static str {
    let form = match lang {
        Lang::Ru => MonthForm::NominativeRu,
        Lang::En => MonthForm::En,
    };
    date::month_name(month, form).unwrap_or("?")
}
