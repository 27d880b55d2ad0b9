//! Calendar dates (`CivilDate`) and Russian date parsing helpers.
//!
//! A [`CivilDate`] is a plain proleptic-Gregorian calendar day without a time
//! zone. [`parse_date`] reads the adoption date of a document header
//! (`30 августа 2019 года`, `25.02.2022`, `25. 02.2022`) and tells a valid
//! date, an impossible one (`31 июня 2019`) and text that is not a date apart.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Smallest year accepted by [`CivilDate::new`].
pub const MIN_YEAR: i32 = 1;
/// Largest year accepted by [`CivilDate::new`].
pub const MAX_YEAR: i32 = 9999;

/// A calendar day. Ordered chronologically (year, then month, then day).
///
/// Displayed in the Russian numeric style: `20.09.2019`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CivilDate {
    /// Year, `MIN_YEAR..=MAX_YEAR`.
    pub year: i32,
    /// Month, `1..=12`.
    pub month: u8,
    /// Day of month, `1..=days_in_month(year, month)`.
    pub day: u8,
}

impl CivilDate {
    /// A valid date, or `None` when the day does not exist in that month
    /// (`31.06`, `29.02` of a non-leap year, day or month `0`) or the year is
    /// outside `MIN_YEAR..=MAX_YEAR`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || day == 0 {
            return None;
        }
        let last = days_in_month(year, month)?;
        (day <= last).then_some(Self { year, month, day })
    }

    /// 1 January of `year`.
    pub fn start_of_year(year: i32) -> Option<Self> {
        Self::new(year, 1, 1)
    }

    /// 31 December of `year`.
    pub fn end_of_year(year: i32) -> Option<Self> {
        Self::new(year, 12, 31)
    }

    /// The first day of `month` in `year`.
    pub fn first_day_of_month(year: i32, month: u8) -> Option<Self> {
        Self::new(year, month, 1)
    }

    /// The first day of quarter `quarter` (`1..=4`) of `year`.
    pub fn start_of_quarter(year: i32, quarter: u8) -> Option<Self> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        Self::new(year, (quarter - 1) * 3 + 1, 1)
    }

    /// The last day of quarter `quarter` (`1..=4`) of `year`: 31.03, 30.06,
    /// 30.09 or 31.12.
    pub fn end_of_quarter(year: i32, quarter: u8) -> Option<Self> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        last_day_of_month(year, quarter * 3)
    }

    /// The first day of half-year `half` (`1..=2`) of `year`.
    pub fn start_of_half_year(year: i32, half: u8) -> Option<Self> {
        if !(1..=2).contains(&half) {
            return None;
        }
        Self::new(year, (half - 1) * 6 + 1, 1)
    }

    /// The last day of half-year `half` (`1..=2`) of `year`: 30.06 or 31.12.
    pub fn end_of_half_year(year: i32, half: u8) -> Option<Self> {
        if !(1..=2).contains(&half) {
            return None;
        }
        last_day_of_month(year, half * 6)
    }

    /// The day before this one (`None` before `01.01.0001`).
    pub fn pred(self) -> Option<Self> {
        if self.day > 1 {
            return Self::new(self.year, self.month, self.day - 1);
        }
        if self.month > 1 {
            return last_day_of_month(self.year, self.month - 1);
        }
        Self::end_of_year(self.year.checked_sub(1)?)
    }

    /// The day after this one (`None` after `31.12.9999`).
    pub fn succ(self) -> Option<Self> {
        if let Some(next) = Self::new(self.year, self.month, self.day.saturating_add(1)) {
            return Some(next);
        }
        if self.month < 12 {
            return Self::new(self.year, self.month + 1, 1);
        }
        Self::start_of_year(self.year.checked_add(1)?)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (`1..=12`) of `year`; `None` for another month.
pub fn days_in_month(year: i32, month: u8) -> Option<u8> {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if is_leap_year(year) => Some(29),
        2 => Some(28),
        _ => None,
    }
}

/// The last day of `month` in `year` (`None` for a month outside `1..=12`
/// or a year outside `MIN_YEAR..=MAX_YEAR`).
pub fn last_day_of_month(year: i32, month: u8) -> Option<CivilDate> {
    CivilDate::new(year, month, days_in_month(year, month)?)
}

/// How [`month_name`] names a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthForm {
    /// Russian nominative: `январь`.
    NominativeRu,
    /// Russian prepositional, for `в январе`: `январе`.
    PrepositionalRu,
    /// English: `January`.
    En,
}

/// The name of `month` (`1..=12`) in `form`; `None` for any other number.
pub fn month_name(month: u8, form: MonthForm) -> Option<&'static str> {
    const NOMINATIVE_RU: [&str; 12] = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ];
    const PREPOSITIONAL_RU: [&str; 12] = [
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let table = match form {
        MonthForm::NominativeRu => &NOMINATIVE_RU,
        MonthForm::PrepositionalRu => &PREPOSITIONAL_RU,
        MonthForm::En => &EN,
    };
    table.get(usize::from(month.checked_sub(1)?)).copied()
}

/// The month (`1..=12`) named by a Russian month word in any grammatical
/// case, case-insensitively: `января`, `январь`, `январе`, `январю`,
/// `январём`, `ЯНВАРЯ`, … Also accepts `мая`/`май`/`мае`.
pub fn month_from_word(word: &str) -> Option<u8> {
    let mut buf = [0u8; 40];
    let lower = lowercase_into(word, &mut buf)?;
    month_from_lower(lower)
}

/// The month named by an already lower-cased Russian word.
pub(crate) fn month_from_lower(word: &str) -> Option<u8> {
    const STEMS: [(&str, u8); 12] = [
        ("январ", 1),
        ("феврал", 2),
        ("март", 3),
        ("апрел", 4),
        ("ма", 5),
        ("июн", 6),
        ("июл", 7),
        ("август", 8),
        ("сентябр", 9),
        ("октябр", 10),
        ("ноябр", 11),
        ("декабр", 12),
    ];
    for (stem, month) in STEMS {
        if let Some(ending) = word.strip_prefix(stem) {
            let endings: &[&str] = match month {
                3 | 8 => &["", "а", "е", "у", "ом"],
                5 => &["й", "я", "е", "ю", "ем"],
                _ => &["ь", "я", "е", "ю", "ём", "ем"],
            };
            return endings.contains(&ending).then_some(month);
        }
    }
    None
}

/// Lower-cases `c` for ASCII and Cyrillic letters (the only scripts the
/// scanner cares about); other characters are returned unchanged. The
/// result always has the same UTF-8 length as `c`, so byte offsets into a
/// lower-cased copy of a text match the original.
pub(crate) fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{400}'..='\u{40F}' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        _ => c,
    }
}

/// Writes the lower-cased `word` into `buf` and returns it, or `None` when
/// it does not fit (no real month word is that long).
pub(crate) fn lowercase_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    for c in word.chars() {
        let lc = lower_char(c);
        let n = lc.len_utf8();
        let slot = buf.get_mut(len..len + n)?;
        lc.encode_utf8(slot);
        len += n;
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// Result of [`parse_date`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateParse {
    /// A valid calendar date.
    Ok(CivilDate),
    /// Looks like a date, but the day does not exist (`31 июня 2019`,
    /// `30.02.2020`, `00.13.2020`).
    Impossible {
        /// Day as written.
        day: u32,
        /// Month as written (`1..=12` for month names).
        month: u32,
        /// Year as written.
        year: i32,
    },
    /// The text is not a date.
    NotADate,
}

/// Parses a complete date as typed in a document header:
/// `30 августа 2019 года`, `30 августа 2019 г.`, `13 февраля 2020 г.`,
/// `«30» августа 2019 г.`, `25.02.2022`, `25. 02.2022` (a stray space after
/// a dot is tolerated).
///
/// Leading and trailing whitespace, a trailing `года`/`г.`/`г` and a final
/// dot are ignored; anything else makes the text [`DateParse::NotADate`].
/// A date whose numbers are in range for their fields but whose day does
/// not exist in that month is [`DateParse::Impossible`].
pub fn parse_date(text: &str) -> DateParse {
    let mut tokens = DateTokens::new(text.trim());
    let Some(first) = tokens.next() else {
        return DateParse::NotADate;
    };
    let DateTok::Number(day) = first else {
        return DateParse::NotADate;
    };
    let (month, year) = match tokens.next() {
        Some(DateTok::Dot) => {
            let Some(DateTok::Number(month)) = tokens.next() else {
                return DateParse::NotADate;
            };
            if tokens.next() != Some(DateTok::Dot) {
                return DateParse::NotADate;
            }
            let Some(DateTok::Number(year)) = tokens.next() else {
                return DateParse::NotADate;
            };
            (month, year)
        }
        Some(DateTok::Month(month)) => {
            let Some(DateTok::Number(year)) = tokens.next() else {
                return DateParse::NotADate;
            };
            (u64::from(month), year)
        }
        _ => return DateParse::NotADate,
    };
    // Optional trailer: `года`, `г.`, `г`, `.`
    let mut rest = tokens.peekable();
    if matches!(rest.peek(), Some(DateTok::YearWord)) {
        rest.next();
    }
    if matches!(rest.peek(), Some(DateTok::Dot)) {
        rest.next();
    }
    if rest.next().is_some() {
        return DateParse::NotADate;
    }
    classify(day, month, year)
}

/// Builds a [`DateParse`] from numbers as written.
fn classify(day: u64, month: u64, year: u64) -> DateParse {
    let (Ok(day32), Ok(month32), Ok(year32)) = (
        u32::try_from(day),
        u32::try_from(month),
        i32::try_from(year),
    ) else {
        return DateParse::NotADate;
    };
    if day32 > 99 || month32 > 99 || !(MIN_YEAR..=MAX_YEAR).contains(&year32) {
        return DateParse::NotADate;
    }
    let (Ok(d), Ok(m)) = (u8::try_from(day32), u8::try_from(month32)) else {
        return DateParse::NotADate;
    };
    match CivilDate::new(year32, m, d) {
        Some(date) => DateParse::Ok(date),
        None => DateParse::Impossible {
            day: day32,
            month: month32,
            year: year32,
        },
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateTok {
    Number(u64),
    Dot,
    Month(u8),
    YearWord,
    Other,
}

/// A tiny tokenizer for [`parse_date`]: numbers, dots, month names and the
/// year word; whitespace separates tokens and is otherwise ignored.
struct DateTokens<'a> {
    rest: &'a str,
}

impl<'a> DateTokens<'a> {
    fn new(text: &'a str) -> Self {
        Self { rest: text }
    }
}

impl Iterator for DateTokens<'_> {
    type Item = DateTok;

    fn next(&mut self) -> Option<DateTok> {
        // Quotes around the day (`«30» августа 2019 г.`) are decoration.
        self.rest = self.rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”')
        });
        let c = self.rest.chars().next()?;
        if c.is_ascii_digit() {
            let end = self
                .rest
                .find(|ch: char| !ch.is_ascii_digit())
                .unwrap_or(self.rest.len());
            let (digits, rest) = self.rest.split_at(end);
            self.rest = rest;
            // Over-long numbers are not dates.
            return Some(digits.parse().map_or(DateTok::Other, DateTok::Number));
        }
        if c == '.' {
            self.rest = self.rest.get(1..).unwrap_or_default();
            return Some(DateTok::Dot);
        }
        if c.is_alphabetic() {
            let end = self
                .rest
                .find(|ch: char| !ch.is_alphabetic())
                .unwrap_or(self.rest.len());
            let (word, rest) = self.rest.split_at(end);
            self.rest = rest;
            let mut buf = [0u8; 40];
            let Some(lower) = lowercase_into(word, &mut buf) else {
                return Some(DateTok::Other);
            };
            if let Some(month) = month_from_lower(lower) {
                return Some(DateTok::Month(month));
            }
            return Some(if matches!(lower, "года" | "г" | "год") {
                DateTok::YearWord
            } else {
                DateTok::Other
            });
        }
        self.rest = self.rest.get(c.len_utf8()..).unwrap_or_default();
        Some(DateTok::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> CivilDate {
        CivilDate::new(y, m, day).expect("valid test date")
    }

    #[test]
    fn validity_and_leap_years() {
        assert!(CivilDate::new(2020, 2, 29).is_some());
        assert!(CivilDate::new(2019, 2, 29).is_none());
        assert!(CivilDate::new(2000, 2, 29).is_some());
        assert!(CivilDate::new(1900, 2, 29).is_none());
        assert!(CivilDate::new(2019, 6, 31).is_none());
        assert!(CivilDate::new(2019, 0, 1).is_none());
        assert!(CivilDate::new(2019, 13, 1).is_none());
        assert!(CivilDate::new(2019, 1, 0).is_none());
        assert!(CivilDate::new(0, 1, 1).is_none());
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(2023, 2), Some(28));
        assert_eq!(days_in_month(2023, 13), None);
    }

    #[test]
    fn period_ends() {
        assert_eq!(last_day_of_month(2020, 2), Some(d(2020, 2, 29)));
        assert_eq!(CivilDate::end_of_quarter(2021, 1), Some(d(2021, 3, 31)));
        assert_eq!(CivilDate::end_of_quarter(2021, 2), Some(d(2021, 6, 30)));
        assert_eq!(CivilDate::end_of_quarter(2021, 3), Some(d(2021, 9, 30)));
        assert_eq!(CivilDate::end_of_quarter(2021, 5), None);
        assert_eq!(CivilDate::start_of_quarter(2021, 4), Some(d(2021, 10, 1)));
        assert_eq!(CivilDate::end_of_half_year(2021, 1), Some(d(2021, 6, 30)));
        assert_eq!(CivilDate::start_of_half_year(2021, 2), Some(d(2021, 7, 1)));
        assert_eq!(CivilDate::end_of_half_year(2021, 3), None);
        assert_eq!(d(2020, 3, 1).pred(), Some(d(2020, 2, 29)));
        assert_eq!(d(2020, 1, 1).pred(), Some(d(2019, 12, 31)));
        assert_eq!(d(2019, 12, 31).succ(), Some(d(2020, 1, 1)));
        assert_eq!(d(9999, 12, 31).succ(), None);
    }

    #[test]
    fn ordering_and_display() {
        assert!(d(2019, 9, 20) < d(2019, 10, 1));
        assert!(d(2019, 12, 31) < d(2020, 1, 1));
        assert_eq!(d(2019, 9, 20).to_string(), "20.09.2019");
        assert_eq!(d(5, 1, 2).to_string(), "02.01.0005");
        let json = serde_json::to_string(&d(2019, 9, 20)).expect("serialize");
        let back: CivilDate = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, d(2019, 9, 20));
    }

    #[test]
    fn month_names_in_each_form() {
        assert_eq!(month_name(1, MonthForm::NominativeRu), Some("январь"));
        assert_eq!(month_name(6, MonthForm::PrepositionalRu), Some("июне"));
        assert_eq!(month_name(2, MonthForm::En), Some("February"));
        assert_eq!(month_name(0, MonthForm::PrepositionalRu), None);
        assert_eq!(month_name(13, MonthForm::En), None);
    }

    #[test]
    fn month_words_in_all_cases() {
        for w in ["января", "январь", "январе", "январю", "Январём", "ЯНВАРЯ"]
        {
            assert_eq!(month_from_word(w), Some(1), "{w}");
        }
        for w in ["февраля", "феврале", "Февраль"] {
            assert_eq!(month_from_word(w), Some(2), "{w}");
        }
        for w in ["марта", "март", "марте"] {
            assert_eq!(month_from_word(w), Some(3), "{w}");
        }
        for w in ["мая", "май", "мае"] {
            assert_eq!(month_from_word(w), Some(5), "{w}");
        }
        assert_eq!(month_from_word("августа"), Some(8));
        assert_eq!(month_from_word("сентябре"), Some(9));
        assert_eq!(month_from_word("декабря"), Some(12));
        for w in [
            "мама",
            "марш",
            "январский",
            "ма",
            "",
            "июнь-июль",
            "майский",
        ] {
            assert_eq!(month_from_word(w), None, "{w}");
        }
    }

    #[test]
    fn parses_header_dates() {
        assert_eq!(
            parse_date("30 августа 2019 года"),
            DateParse::Ok(d(2019, 8, 30))
        );
        assert_eq!(
            parse_date("30 августа 2019 г."),
            DateParse::Ok(d(2019, 8, 30))
        );
        assert_eq!(
            parse_date("13 февраля 2020 г."),
            DateParse::Ok(d(2020, 2, 13))
        );
        assert_eq!(parse_date("25.02.2022"), DateParse::Ok(d(2022, 2, 25)));
        assert_eq!(parse_date("25. 02.2022"), DateParse::Ok(d(2022, 2, 25)));
        assert_eq!(
            parse_date("  25.02.2022 г. "),
            DateParse::Ok(d(2022, 2, 25))
        );
        assert_eq!(parse_date("1 ИЮЛЯ 2021"), DateParse::Ok(d(2021, 7, 1)));
        assert_eq!(
            parse_date("«30» августа 2019 г."),
            DateParse::Ok(d(2019, 8, 30))
        );
        assert_eq!(parse_date("30.08.2019г."), DateParse::Ok(d(2019, 8, 30)));
    }

    #[test]
    fn impossible_dates_are_reported() {
        assert_eq!(
            parse_date("31 июня 2019"),
            DateParse::Impossible {
                day: 31,
                month: 6,
                year: 2019
            }
        );
        assert_eq!(
            parse_date("30.02.2020"),
            DateParse::Impossible {
                day: 30,
                month: 2,
                year: 2020
            }
        );
        assert_eq!(
            parse_date("29.02.2019"),
            DateParse::Impossible {
                day: 29,
                month: 2,
                year: 2019
            }
        );
        assert_eq!(
            parse_date("0 сентября 2019 года"),
            DateParse::Impossible {
                day: 0,
                month: 9,
                year: 2019
            }
        );
    }

    #[test]
    fn rejects_non_dates() {
        for text in [
            "",
            "Комитет по образованию",
            "25.02",
            "30 августа",
            "30 августа 2019 года в 10:00",
            "2019",
            "99999999999999999999999.01.2020",
            "12.1000.2020",
            "1.1.0",
            "август 2019",
        ] {
            assert_eq!(parse_date(text), DateParse::NotADate, "{text}");
        }
    }
}
