//! Sub-parsers for the pieces deadlines are built from: dates, years,
//! months, month ranges, quarters, half-years, academic years (and their
//! halves) and year ranges. Each takes a token index and returns what it
//! read plus the index after it.

use crate::date::{month_from_lower, CivilDate};

use super::scan::Scan;
use super::types::{ExtractContext, Period};

/// A date as written; fields are unchecked.
#[derive(Debug, Clone, Copy)]
pub(super) struct RawDate {
    pub day: u64,
    pub month: u64,
    pub year: Option<i32>,
    /// Index after the date (and after a trailing `года`/`г.`).
    pub next: usize,
}

/// A period as written; `year` is `None` when omitted (`в феврале`).
#[derive(Debug, Clone, Copy)]
pub(super) enum RawPeriod {
    Year(i32),
    HalfYear {
        half: u8,
        year: Option<i32>,
    },
    Quarter {
        quarter: u8,
        year: Option<i32>,
    },
    Month {
        month: u8,
        year: Option<i32>,
    },
    /// An academic year; `years` is `None` when none were written
    /// (`в течение учебного года`).
    Academic {
        years: Option<(i32, i32)>,
    },
    MonthRange {
        from: u8,
        to: u8,
        year: Option<i32>,
    },
    /// A half of an academic year; `years` is `None` when none were written
    /// (`во втором полугодии учебного года`).
    AcademicHalf {
        half: u8,
        years: Option<(i32, i32)>,
    },
    YearRange {
        from: i32,
        to: i32,
    },
}

impl RawPeriod {
    /// The calendar period, filling a missing year from the context (see
    /// [`ExtractContext::adopted_on`]). Returns `(period, year_implied)`;
    /// `None` for academic years and year ranges, or when the year is
    /// missing and the context has none.
    pub fn resolve(self, ctx: &ExtractContext) -> Option<(Period, bool)> {
        match self {
            RawPeriod::Year(year) => Some((Period::Year(year), false)),
            RawPeriod::HalfYear { year, .. }
            | RawPeriod::Quarter { year, .. }
            | RawPeriod::Month { year, .. }
            | RawPeriod::MonthRange { year, .. } => {
                let (year, implied) = ctx.fill_year(year, |y| self.in_year(y)?.end())?;
                Some((self.in_year(year)?, implied))
            }
            RawPeriod::AcademicHalf { half, years } => {
                let half_of = |first: i32| Period::AcademicHalfYear {
                    first,
                    second: first.saturating_add(1),
                    half,
                };
                let (period, implied) = match years {
                    Some((first, second)) => (
                        Period::AcademicHalfYear {
                            first,
                            second,
                            half,
                        },
                        false,
                    ),
                    None => {
                        let first = ctx.academic_first_year(|y| half_of(y).end())?;
                        (half_of(first), true)
                    }
                };
                Some((period, implied))
            }
            RawPeriod::Academic { .. } | RawPeriod::YearRange { .. } => None,
        }
    }

    /// A half-year, quarter, month or month range placed in `year`.
    fn in_year(self, year: i32) -> Option<Period> {
        match self {
            RawPeriod::HalfYear { half, .. } => Some(Period::HalfYear { year, half }),
            RawPeriod::Quarter { quarter, .. } => Some(Period::Quarter { year, quarter }),
            RawPeriod::Month { month, .. } => Some(Period::Month { year, month }),
            RawPeriod::MonthRange { from, to, .. } => Some(Period::MonthRange { year, from, to }),
            RawPeriod::Year(_)
            | RawPeriod::Academic { .. }
            | RawPeriod::AcademicHalf { .. }
            | RawPeriod::YearRange { .. } => None,
        }
    }
}

const YEAR_SINGULAR: &[&str] = &["год", "года", "году", "годом", "годе"];
const YEAR_PLURAL: &[&str] = &["годы", "годах", "годов", "годами", "годам"];

/// A four-digit year `1000..=9999` at `i`.
pub(super) fn year_number(s: &Scan, i: usize) -> Option<i32> {
    let (value, digits) = s.number(i)?;
    if digits != 4 {
        return None;
    }
    i32::try_from(value)
        .ok()
        .filter(|y| (1000..=9999).contains(y))
}

/// A year word at `i`: `года`, `г.`, `годах`, `гг.` … Returns
/// `(plural, next)`; `г.` counts as either.
pub(super) fn year_word(s: &Scan, i: usize) -> Option<(bool, usize)> {
    let word = s.word(i)?;
    if YEAR_SINGULAR.contains(&word) {
        return Some((false, i + 1));
    }
    if YEAR_PLURAL.contains(&word) {
        return Some((true, i + 1));
    }
    if word == "г" || word == "гг" {
        let next = if s.is_punct(i + 1, '.') && s.touching(i, i + 1) {
            i + 2
        } else {
            i + 1
        };
        return Some((word == "гг", next));
    }
    None
}

/// `2020 года`, `2020 г.`, `2019г.`: a year followed by a singular year
/// word (or `г.`).
pub(super) fn year_phrase(s: &Scan, i: usize) -> Option<(i32, usize)> {
    let year = year_number(s, i)?;
    let (plural, next) = year_word(s, i + 1)?;
    if plural && !s.is_word(i + 1, "гг") {
        return None;
    }
    Some((year, next))
}

/// An optional year after a month or quarter: `2021 г.`, `2021 года`,
/// `2021`. Returns `(year, next)`; `(None, i)` when there is none.
fn optional_year(s: &Scan, i: usize) -> (Option<i32>, usize) {
    match year_number(s, i) {
        Some(year) => {
            let next = year_word(s, i + 1).map_or(i + 1, |(_, n)| n);
            (Some(year), next)
        }
        None => (None, i),
    }
}

/// `31.12.2019`, `25. 02.2022`, `01.03.2022 г.`: a numeric date with a
/// four-digit year.
pub(super) fn numeric_date(s: &Scan, i: usize) -> Option<RawDate> {
    let (day, day_digits) = s.number(i)?;
    // Not the tail of a longer dotted number such as `1.2.31.12.2019`.
    if tail_of_dotted(s, i) {
        return None;
    }
    let (month, month_digits) = s.number(i + 2)?;
    if !(1..=2).contains(&day_digits)
        || !(1..=2).contains(&month_digits)
        || !s.is_punct(i + 1, '.')
        || !s.is_punct(i + 3, '.')
    {
        return None;
    }
    let year = year_number(s, i + 4)?;
    // The year must touch its dot: `31.12.2019`, not `31.12. 2019` lists.
    if !s.touching(i + 3, i + 4) {
        return None;
    }
    Some(numeric_with_year(s, i + 4, day, month, year))
}

/// A numeric date whose year is the token at `year_at`, with a singular
/// year word after it (`г.`, `года`) taken along.
fn numeric_with_year(s: &Scan, year_at: usize, day: u64, month: u64, year: i32) -> RawDate {
    let next = match year_word(s, year_at + 1) {
        Some((false, n)) => n,
        _ => year_at + 1,
    };
    RawDate {
        day,
        month,
        year: Some(year),
        next,
    }
}

/// `20.09.19`, `01.10.19 г.`: a numeric date with a two-digit year, read
/// as 20xx; or `20.09` without a year, when the day exists in the month
/// (of a leap year) and no `%` or quantity word follows (`до 10.05 %`).
/// Day, dots, month, dot and year touch; the month has two digits. Too
/// much like a section number (`2.3.15`, `1.10`) to stand alone, so only
/// read after a deadline word.
pub(super) fn short_numeric_date(s: &Scan, i: usize) -> Option<RawDate> {
    let (day, month) = compact_day_month(s, i)?;
    let Some((short, digits)) = s.number(i + 4) else {
        return year_less_numeric(s, i, day, month);
    };
    if !s.is_punct(i + 3, '.') || !s.touching(i + 2, i + 3) || !s.touching(i + 3, i + 4) {
        return year_less_numeric(s, i, day, month);
    }
    if digits != 2 || continues_dotted(s, i + 4) {
        return None;
    }
    let year = 2000 + i32::try_from(short).ok()?;
    Some(numeric_with_year(s, i + 4, day, month, year))
}

/// The year-less `20.09` at `i` (see [`short_numeric_date`]).
fn year_less_numeric(s: &Scan, i: usize, day: u64, month: u64) -> Option<RawDate> {
    let exists = u8::try_from(month)
        .ok()
        .zip(u8::try_from(day).ok())
        .and_then(|(month, day)| CivilDate::new(2000, month, day))
        .is_some();
    let quantity = s.is_punct(i + 3, '%')
        || s.word(i + 3).is_some_and(|w| {
            w.starts_with("ставк") || w.starts_with("час") || w == "ч" || w == "мин"
        });
    (exists && !quantity).then_some(RawDate {
        day,
        month,
        year: None,
        next: i + 3,
    })
}

/// `20.09` at `i`: a day of one or two digits, a dot and a two-digit month,
/// touching, not the tail of a longer dotted number, with a plausible day
/// (`1..=31`) and month (`1..=12`). Returns `(day, month)`.
fn compact_day_month(s: &Scan, i: usize) -> Option<(u64, u64)> {
    let (day, day_digits) = s.number(i)?;
    let (month, month_digits) = s.number(i + 2)?;
    let plausible = (1..=2).contains(&day_digits)
        && month_digits == 2
        && (1..=31).contains(&day)
        && (1..=12).contains(&month);
    let compact = s.is_punct(i + 1, '.') && s.touching(i, i + 1) && s.touching(i + 1, i + 2);
    (plausible && compact && !tail_of_dotted(s, i)).then_some((day, month))
}

/// Whether the number at `i` follows a dot that follows a number
/// (`1.2.31.12.2019`).
fn tail_of_dotted(s: &Scan, i: usize) -> bool {
    i > 0 && s.is_punct(i - 1, '.') && s.touching(i - 1, i) && s.number(i.wrapping_sub(2)).is_some()
}

/// Whether the number at `i` goes on with a dot and a number
/// (`20.09.19.1`).
fn continues_dotted(s: &Scan, i: usize) -> bool {
    s.is_punct(i + 1, '.')
        && s.touching(i, i + 1)
        && s.touching(i + 1, i + 2)
        && s.number(i + 2).is_some()
}

/// `20 сентября 2019 года`, `1 октября 2019 г.`, `20 сентября`: a day and a
/// month name with an optional year.
pub(super) fn text_date(s: &Scan, i: usize) -> Option<RawDate> {
    let (day, digits) = s.number(i)?;
    if !(1..=2).contains(&digits) {
        return None;
    }
    let month = month_from_lower(s.word(i + 1)?)?;
    let (year, next) = optional_year(s, i + 2);
    Some(RawDate {
        day,
        month: u64::from(month),
        year,
        next,
    })
}

/// A numeric date (with a four- or two-digit year) or a textual one.
pub(super) fn any_date(s: &Scan, i: usize) -> Option<RawDate> {
    numeric_date(s, i)
        .or_else(|| short_numeric_date(s, i))
        .or_else(|| text_date(s, i))
}

/// `сентября 2019 года`, `феврале`, `февраль`: a month name with an
/// optional year.
pub(super) fn month_phrase(s: &Scan, i: usize) -> Option<(u8, Option<i32>, usize)> {
    let month = month_from_lower(s.word(i)?)?;
    let (year, next) = optional_year(s, i + 1);
    Some((month, year, next))
}

/// `сентябре-октябре 2019 года`, `сентябрь – октябрь`: two month names
/// joined by a dash, the first before the second, with an optional year.
/// Returns `(from, to, year, next)`.
pub(super) fn month_range(s: &Scan, i: usize) -> Option<(u8, u8, Option<i32>, usize)> {
    let from = month_from_lower(s.word(i)?)?;
    if !s.is_dash(i + 1) {
        return None;
    }
    let (to, year, next) = month_phrase(s, i + 2)?;
    (from < to).then_some((from, to, year, next))
}

/// An ordinal `1..=max`: roman (`I`, `II`, `III`, `IV`), arabic (`1`,
/// `1-го`, `2-м`) or a word (`первого`, `втором`, …).
fn ordinal(s: &Scan, i: usize, max: u8) -> Option<(u8, usize)> {
    let (n, next) = if let Some((value, digits)) = s.number(i) {
        if digits != 1 {
            return None;
        }
        let n = u8::try_from(value).ok()?;
        let suffixed = s.is_dash(i + 1)
            && s.touching(i, i + 1)
            && s.touching(i + 1, i + 2)
            && s.word_in(i + 2, &["го", "м", "ом", "й", "ый", "ого"]);
        (n, if suffixed { i + 3 } else { i + 1 })
    } else {
        let word = s.word(i)?;
        let n = match word {
            "i" | "і" => 1,
            "ii" | "іі" => 2,
            "iii" | "ііі" => 3,
            "iv" | "іv" => 4,
            w if w.starts_with("перв") => 1,
            w if w.starts_with("втор") => 2,
            w if w.starts_with("трет") => 3,
            w if w.starts_with("четверт") || w.starts_with("четвёрт") => 4,
            _ => return None,
        };
        (n, i + 1)
    };
    (1..=max).contains(&n).then_some((n, next))
}

/// `I квартала 2021 г.`, `первом квартале`, `1 кв. 2021`.
pub(super) fn quarter_phrase(s: &Scan, i: usize) -> Option<(u8, Option<i32>, usize)> {
    let (quarter, j) = ordinal(s, i, 4)?;
    let word = s.word(j)?;
    let after = if word.starts_with("квартал") && word.len() <= "кварталом".len() {
        j + 1
    } else if word == "кв" {
        if s.is_punct(j + 1, '.') {
            j + 2
        } else {
            j + 1
        }
    } else {
        return None;
    };
    let (year, next) = optional_year(s, after);
    Some((quarter, year, next))
}

/// `первого полугодия 2021 года`, `II полугодии`, `втором полугодии
/// 2019/2020 учебного года`, `первом полугодии учебного года`.
pub(super) fn half_phrase(s: &Scan, i: usize) -> Option<(RawPeriod, usize)> {
    let (half, j) = ordinal(s, i, 2)?;
    if !s.word_in(
        j,
        &[
            "полугодие",
            "полугодия",
            "полугодии",
            "полугодию",
            "полугодием",
        ],
    ) {
        return None;
    }
    if let Some((first, second, next)) = academic_year(s, j + 1) {
        let years = Some((first, second));
        return Some((RawPeriod::AcademicHalf { half, years }, next));
    }
    if let Some((true, next)) = academic_words(s, j + 1) {
        return Some((RawPeriod::AcademicHalf { half, years: None }, next));
    }
    let (year, next) = optional_year(s, j + 1);
    Some((RawPeriod::HalfYear { half, year }, next))
}

/// `2019/2020 учебного года`, `2019-2020 учебный год`, `2019/20 уч. г.`.
pub(super) fn academic_year(s: &Scan, i: usize) -> Option<(i32, i32, usize)> {
    let first = year_number(s, i)?;
    if !(s.is_punct(i + 1, '/') || s.is_dash(i + 1)) {
        return None;
    }
    let (value, digits) = s.number(i + 2)?;
    let second = match digits {
        4 => i32::try_from(value).ok()?,
        2 => first - first % 100 + i32::try_from(value).ok()?,
        _ => return None,
    };
    let (_, next) = academic_words(s, i + 3)?;
    Some((first, second, next))
}

/// `учебного года`, `учебном году`, `уч. г.`, or a bare `учебного` at `j`.
/// Returns `(year_word_written, next)`.
pub(super) fn academic_words(s: &Scan, j: usize) -> Option<(bool, usize)> {
    let word = s.word(j)?;
    let after = if word.starts_with("учебн") {
        j + 1
    } else if word == "уч" && s.is_punct(j + 1, '.') {
        j + 2
    } else {
        return None;
    };
    Some(match year_word(s, after) {
        Some((false, n)) => (true, n),
        _ => (false, after),
    })
}

/// `2019-2021 годах`, `2020-2024 гг.`, `2016-2022 годы`, `2019–2024 годах`.
pub(super) fn year_range(s: &Scan, i: usize) -> Option<(i32, i32, usize)> {
    let from = year_number(s, i)?;
    if !s.is_dash(i + 1) {
        return None;
    }
    let to = year_number(s, i + 2)?;
    let (_, next) = year_word(s, i + 3)?;
    Some((from, to, next))
}

/// Any period phrase: academic year (with or without years), year range,
/// quarter, half-year, month range, month, or a single year with a year
/// word.
pub(super) fn period(s: &Scan, i: usize) -> Option<(RawPeriod, usize)> {
    if let Some((first, second, next)) = academic_year(s, i) {
        let years = Some((first, second));
        return Some((RawPeriod::Academic { years }, next));
    }
    if let Some((true, next)) = academic_words(s, i) {
        return Some((RawPeriod::Academic { years: None }, next));
    }
    if let Some((from, to, next)) = year_range(s, i) {
        return Some((RawPeriod::YearRange { from, to }, next));
    }
    if let Some((quarter, year, next)) = quarter_phrase(s, i) {
        return Some((RawPeriod::Quarter { quarter, year }, next));
    }
    if let Some(found) = half_phrase(s, i) {
        return Some(found);
    }
    if let Some((from, to, year, next)) = month_range(s, i) {
        return Some((RawPeriod::MonthRange { from, to, year }, next));
    }
    if let Some((month, year, next)) = month_phrase(s, i) {
        return Some((RawPeriod::Month { month, year }, next));
    }
    year_phrase(s, i).map(|(year, next)| (RawPeriod::Year(year), next))
}
