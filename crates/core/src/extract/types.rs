//! Public result types of [`extract`](super::extract): deadlines, targets
//! and legal references with their byte ranges and normalised values.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::date::CivilDate;

/// Everything found in one piece of text. Each list is sorted by range
/// start and its ranges do not overlap.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Extraction {
    /// Deadlines and periods of execution.
    pub deadlines: Vec<Deadline>,
    /// Quantitative targets (percentages and counts).
    pub targets: Vec<Target>,
    /// References to legal acts (decrees, orders, laws). Dates inside them
    /// are never reported as deadlines.
    pub references: Vec<LegalRef>,
}

/// Settings for [`extract`](super::extract).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ExtractContext {
    /// The year of the document (normally the year of its adoption date),
    /// used when [`adopted_on`](Self::adopted_on) is not known. A year-less
    /// phrase such as `до 20 сентября`, `до 20.09`, `в феврале` or
    /// `(февраль)` takes this year; without it (and without an adoption
    /// date) such a phrase becomes [`DeadlineValue::MissingYear`].
    pub default_year: Option<i32>,
    /// The adoption date of the document. When known, a year-less phrase
    /// takes the first year that puts its last day on or after this date:
    /// in a decision adopted on 30.08.2019 `до 20 сентября` is 20.09.2019
    /// but `до 20 мая` and `(февраль)` fall in 2020. `в течение учебного
    /// года` is the academic year the date falls in, or for a decision
    /// adopted in June to August the one starting that September (2019/2020
    /// here). `до конца года` and `в течение года` are the adoption year.
    /// Takes precedence over `default_year`.
    #[serde(default)]
    pub adopted_on: Option<CivilDate>,
}

impl ExtractContext {
    /// The context of a document adopted on `date`: its year and the date
    /// itself.
    pub fn adopted(date: Option<CivilDate>) -> Self {
        Self {
            default_year: date.map(|d| d.year),
            adopted_on: date,
        }
    }
}

/// One deadline phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Deadline {
    /// Byte range of the phrase in the text, e.g. `до 20 сентября 2019 года`
    /// or `Срок исполнения: постоянно` (a `Срок:` label is included).
    pub range: Range<usize>,
    /// The normalised meaning.
    pub value: DeadlineValue,
    /// `true` when the year was not written and was taken from the
    /// [`ExtractContext`] (the adoption date or the document year).
    pub year_implied: bool,
    /// `true` when the phrase is introduced by a label `Срок:`,
    /// `Срок исполнения:` or `Сроки:`.
    pub labelled: bool,
}

/// A calendar period used by period deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Period {
    /// A whole calendar year.
    Year(i32),
    /// Half-year `half` (`1..=2`) of `year`.
    HalfYear {
        /// Calendar year.
        year: i32,
        /// `1` or `2`.
        half: u8,
    },
    /// Quarter `quarter` (`1..=4`) of `year`.
    Quarter {
        /// Calendar year.
        year: i32,
        /// `1..=4`.
        quarter: u8,
    },
    /// Month `month` (`1..=12`) of `year`.
    Month {
        /// Calendar year.
        year: i32,
        /// `1..=12`.
        month: u8,
    },
    /// Months `from..=to` of `year`: `в сентябре-октябре 2019 года` runs
    /// 01.09.2019–31.10.2019.
    MonthRange {
        /// Calendar year.
        year: i32,
        /// First month, `1..=12`.
        from: u8,
        /// Last month, `from + 1..=12`.
        to: u8,
    },
    /// Half `half` of the academic year `first`/`second`: the first half
    /// runs 01.09–31.12 of `first`, the second 01.01–31.08 of `second`
    /// (`во II полугодии 2019/2020 учебного года`).
    AcademicHalfYear {
        /// The academic year's first year as written.
        first: i32,
        /// The academic year's second year as written.
        second: i32,
        /// `1` or `2`.
        half: u8,
    },
}

/// How often a recurring task repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Recurrence {
    /// `ежегодно`
    Yearly,
    /// `ежеквартально`
    Quarterly,
    /// `ежемесячно`
    Monthly,
    /// `еженедельно`
    Weekly,
    /// `ежедневно`
    Daily,
}

/// The normalised meaning of a deadline phrase.
///
/// Conventions (see [`DeadlineValue::due`]):
/// * `до 20 сентября 2019 года` is due on 20.09.2019 (the date itself is the
///   last day, as bureaucratic usage intends).
/// * `до 2024 года` means "before 1 January 2024", so it is due 31.12.2023
///   ([`DeadlineValue::BeforeYear`]).
/// * `к концу 2020 года`, `до конца I квартала 2021 г.` are due at the
///   period's last day ([`DeadlineValue::EndOf`]); `в феврале 2020 года`,
///   `в I квартале 2021 г.`, `в 2020 году` also have a start
///   ([`DeadlineValue::Within`]).
/// * An academic year `2019/2020` runs 01.09.2019–31.08.2020.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum DeadlineValue {
    /// By a calendar day: `до 20 сентября 2019 года`, `до 31.12.2019`,
    /// `31.12.2019`.
    Date(CivilDate),
    /// By the end of a period: `к концу 2020 года`,
    /// `до конца первого полугодия 2021 года`.
    EndOf(Period),
    /// During a period: `в феврале`, `(февраль)`, `в сентябре-октябре
    /// 2019 года`, `в I квартале 2021 г.`, `в 2020 году`, `на 2020 год`.
    Within(Period),
    /// Before the start of a year: `до 2024 года`, `в период до 2024 года`;
    /// due 31 December of the previous year.
    BeforeYear(i32),
    /// An academic year: `в течение 2019/2020 учебного года`,
    /// `2019-2020 учебный год`. Both years are kept as written, so a
    /// validator can flag `2019/2021` (not consecutive). Runs from
    /// 01.09.`first` to 31.08.`second`.
    AcademicYear {
        /// The first year as written.
        first: i32,
        /// The second year as written.
        second: i32,
    },
    /// A range of calendar years: `в 2019-2021 годах`,
    /// `в период 2020-2024 гг.`, `на 2016-2022 годы`. Runs from 01.01.`from`
    /// to 31.12.`to`; `from > to` is kept as written for a validator.
    YearRange {
        /// First year as written.
        from: i32,
        /// Last year as written.
        to: i32,
    },
    /// A start date without an end: `с 1 сентября 2021 г.`,
    /// `с сентября 2019 года` (start 01.09.2019).
    From(CivilDate),
    /// A recurring task: `ежегодно`, `ежеквартально`, …
    Recurring(Recurrence),
    /// A standing task: `постоянно`, `по мере необходимости`.
    Standing,
    /// A date that does not exist in the calendar: `до 31 июня 2019 года`,
    /// `30.02.2020`, `до 0 сентября`. Kept so a validator can report it.
    Impossible {
        /// Day as written.
        day: u32,
        /// Month as written.
        month: u32,
        /// Year as written, or the document year when none was written.
        year: Option<i32>,
    },
    /// A day or month without a year when the context has neither an
    /// adoption date nor a default year: `до 20 сентября`, `в феврале`.
    MissingYear {
        /// Day of month, when one was written.
        day: Option<u8>,
        /// Month `1..=12`.
        month: u8,
    },
}

/// Comparator of a target value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Comparator {
    /// `не менее`, `не ниже`, `не меньше`: ≥
    AtLeast,
    /// `не более`, `не выше`, `не больше`: ≤
    AtMost,
    /// `более`, `свыше`, `больше`: >
    MoreThan,
    /// `менее`, `меньше`: <
    LessThan,
    /// `до 73 %`: reach the value (a growth target).
    UpTo,
    /// A plain value: `100 %`, `с охватом 100% обучающихся`.
    Exactly,
    /// A relative change: `на 10%`.
    ChangeBy,
}

/// A decimal number as written (`12,5` is `units = 125, scale = 1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Amount {
    /// All digits as one integer.
    pub units: u64,
    /// Number of digits after the decimal comma.
    pub scale: u8,
}

/// What a target counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum TargetUnit {
    /// A percentage: `30 %`.
    Percent,
    /// A count of something: `не менее 30 педагогов` has noun `педагогов`
    /// (as written).
    Count {
        /// The counted noun as written.
        noun: String,
    },
}

/// One quantitative target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Target {
    /// Byte range of the phrase: `не менее 30%`, `до 73 %`,
    /// `не менее 30 педагогов`.
    pub range: Range<usize>,
    /// How the value is compared.
    pub comparator: Comparator,
    /// The number.
    pub amount: Amount,
    /// Percent or a counted noun.
    pub unit: TargetUnit,
    /// Index into [`Extraction::deadlines`] of the deadline this target is
    /// tied to (`к концу 2019 года до 73 %`), if any.
    pub deadline: Option<usize>,
    /// The due date of that deadline, copied for convenience.
    pub due: Option<CivilDate>,
}

/// Kind of a referenced legal act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum LegalActKind {
    /// `Указ`
    Decree,
    /// `Приказ`
    Order,
    /// `Постановление`
    Resolution,
    /// `Распоряжение`
    Directive,
    /// `Федеральный закон`, `Закон`
    Law,
    /// `Решение`, `Письмо`, `Протокол` and other acts with a date (and
    /// usually a number).
    Other,
}

/// A reference to a legal act: `Указ Президента РФ от 07.05.2018 г. №204`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LegalRef {
    /// Byte range from the act word up to and including the number.
    pub range: Range<usize>,
    /// The kind of act.
    pub kind: LegalActKind,
    /// The act's date, when written and valid.
    pub date: Option<CivilDate>,
    /// The act's number as written after `№`: `204`, `273-ФЗ`; empty when
    /// none was written.
    pub number: String,
    /// Byte range of a quoted title right after the reference
    /// (`«О национальных целях …»`, quotes included), if any. Dates and
    /// numbers inside it are not deadlines or targets either.
    #[serde(default)]
    pub title: Option<Range<usize>>,
}
