//! Deadline phrases: what introduces them (`до`, `к концу`, `в`, `в течение`,
//! `в период`, `на`, `с`, `по`, `не позднее`, `Срок:`) and how each maps to
//! a [`DeadlineValue`].

use crate::date::CivilDate;

use super::periods::{
    academic_words, academic_year, any_date, month_phrase, numeric_date, period, text_date,
    year_number, year_phrase, year_range, year_word, RawDate, RawPeriod,
};
use super::scan::Scan;
use super::types::{DeadlineValue, ExtractContext, Period, Recurrence};

/// A deadline found at some token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    /// Index after the phrase.
    pub end: usize,
    pub value: DeadlineValue,
    pub year_implied: bool,
    /// How bare the phrase is, which decides when it is a fact rather
    /// than a deadline.
    pub bare: Bare,
}

/// A phrase that a narrative sentence turns into a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bare {
    /// Introduced by a word that sets a term (`до`, `к концу`, `Срок:`).
    No,
    /// Introduced by a bare `в`/`во` (`в 2019 году`): after a past form in
    /// the same sentence (`центры открыты в 2019 г.`) it is a fact.
    In,
    /// A date in words with no introducing word (`провести 5 мая 2024
    /// года`): a past form anywhere in the sentence (`совещание
    /// (13 февраля 2020 г.) прошло`) makes it a fact.
    Date,
}

impl Found {
    fn new(end: usize, value: DeadlineValue, year_implied: bool) -> Self {
        Self {
            end,
            value,
            year_implied,
            bare: Bare::No,
        }
    }
}

/// A `Срок:` / `Срок исполнения:` / `Сроки реализации –` label at `i`;
/// returns the index after the colon or dash.
pub(super) fn label_at(s: &Scan, i: usize) -> Option<usize> {
    if !s.word_in(i, &["срок", "сроки"]) {
        return None;
    }
    let mut j = i + 1;
    if s.word_in(
        j,
        &[
            "исполнения",
            "выполнения",
            "реализации",
            "проведения",
            "исполнение",
        ],
    ) {
        j += 1;
    }
    (s.is_punct(j, ':') || s.is_dash(j)).then_some(j + 1)
}

/// The deadline phrase starting at token `i`, if any. In a `labelled`
/// context (after `Срок:`) bare dates and periods (`20 сентября 2019 г.`,
/// `20.09.19`, `сентябрь 2019 г.`, `2020 год`, `2019-2021 гг.`) count as
/// well.
pub(super) fn deadline_at(
    s: &Scan,
    i: usize,
    ctx: &ExtractContext,
    labelled: bool,
) -> Option<Found> {
    if let Some(found) = introduced(s, i, ctx).or_else(|| parenthesised(s, i, ctx)) {
        return Some(found);
    }
    // `от 25.02.2022` dates a document (`протокол от …`), it sets no term.
    let dated_document = i > 0 && s.is_word(i - 1, "от");
    if let Some(date) = numeric_date(s, i).filter(|_| !dated_document) {
        let (value, implied) = date_value(date, ctx);
        return Some(Found::new(date.next, value, implied));
    }
    // `Провести 5 мая 2024 года семинар`: the day the task is done. A date
    // in words without its year (`5 мая`) is too often some other day, and
    // one not after the adoption date is that of an earlier event
    // (`по итогам совещания 28 августа 2019 года провести …`). After a
    // `Срок:` label any date is the deadline (below), however early.
    let bare_date = text_date(s, i).filter(|d| d.year.is_some() && !dated_document && !labelled);
    if let Some(date) = bare_date {
        let (value, implied) = date_value(date, ctx);
        let earlier = match (value, ctx.adopted_on) {
            (DeadlineValue::Date(day), Some(adopted)) => day <= adopted,
            _ => false,
        };
        if earlier {
            return None;
        }
        return Some(Found {
            bare: Bare::Date,
            ..Found::new(date.next, value, implied)
        });
    }
    if let Some((first, second, next)) = academic_year(s, i) {
        return Some(Found::new(
            next,
            DeadlineValue::AcademicYear { first, second },
            false,
        ));
    }
    if labelled {
        if let Some(date) = any_date(s, i) {
            let (value, implied) = date_value(date, ctx);
            return Some(Found::new(date.next, value, implied));
        }
        if let Some((from, to, next)) = year_range(s, i) {
            return Some(Found::new(
                next,
                DeadlineValue::YearRange { from, to },
                false,
            ));
        }
        return within(s, i, ctx);
    }
    None
}

/// Phrases starting with a keyword.
fn introduced(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    let word = s.word(i)?;
    let single = |value| Some(Found::new(i + 1, value, false));
    match word {
        "постоянно" => single(DeadlineValue::Standing),
        "ежегодно" => single(DeadlineValue::Recurring(Recurrence::Yearly)),
        "ежеквартально" => single(DeadlineValue::Recurring(Recurrence::Quarterly)),
        "ежемесячно" => single(DeadlineValue::Recurring(Recurrence::Monthly)),
        "еженедельно" => single(DeadlineValue::Recurring(Recurrence::Weekly)),
        "ежедневно" => single(DeadlineValue::Recurring(Recurrence::Daily)),
        "до" => before(s, i + 1, ctx),
        "к" if s.is_word(i + 1, "концу") => end_of(s, i + 2, ctx),
        "к" => by_date(s, i + 1, ctx).or_else(|| {
            let (year, next) = year_phrase(s, i + 1)?;
            Some(Found::new(
                next,
                DeadlineValue::EndOf(Period::Year(year)),
                false,
            ))
        }),
        "по" if s.is_word(i + 1, "мере") && s.is_word(i + 2, "необходимости") => {
            Some(Found::new(i + 3, DeadlineValue::Standing, false))
        }
        "по" => by_date(s, i + 1, ctx),
        "не" if s.word_in(i + 1, &["позднее", "позже"]) => {
            if s.is_word(i + 2, "конца") {
                end_of(s, i + 3, ctx)
            } else {
                by_date(s, i + 2, ctx).or_else(|| end_of(s, i + 2, ctx))
            }
        }
        "в" | "во" => in_phrase(s, i + 1, ctx),
        "на" => on_phrase(s, i + 1, ctx),
        "с" | "со" => from(s, i + 1, ctx),
        _ => None,
    }
}

/// `(февраль)`, `(I квартал 2021 г.)`: a period in parentheses.
fn parenthesised(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    if !s.is_punct(i, '(') {
        return None;
    }
    let inner = within(s, i + 1, ctx)?;
    s.is_punct(inner.end, ')')
        .then(|| Found::new(inner.end + 1, inner.value, inner.year_implied))
}

/// After `до`: a date (`до 20 сентября 2019 года`), `конца` + period,
/// `начала` + year or academic year, a month (`до сентября 2019 года`: due the last day before it) or a year
/// (`до 2024 года`: due 31.12.2023).
fn before(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    if s.is_word(i, "конца") {
        return end_of(s, i + 1, ctx);
    }
    if s.is_word(i, "начала") {
        return before_start(s, i + 1, ctx);
    }
    if let Some(found) = by_date(s, i, ctx) {
        return Some(found);
    }
    if let Some((month, year, next)) = month_phrase(s, i) {
        let year = ctx.fill_year(year, |y| CivilDate::first_day_of_month(y, month)?.pred());
        let value = match month_start_value(month, year) {
            DeadlineValue::From(first) => DeadlineValue::Date(first.pred()?),
            other => other,
        };
        return Some(Found::new(next, value, is_implied(year)));
    }
    let (year, next) = year_phrase(s, i)?;
    Some(Found::new(next, DeadlineValue::BeforeYear(year), false))
}

/// After `до начала`: an academic year (`до начала 2020/2021 учебного
/// года`: due 31.08.2020), one without years (`до начала (нового)
/// учебного года`: the first 31 August on or after the adoption date) or a
/// year (`до начала 2021 года`: due 31.12.2020).
fn before_start(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    if let Some((first, _, next)) = academic_year(s, i) {
        let due = CivilDate::new(first, 8, 31)?;
        return Some(Found::new(next, DeadlineValue::Date(due), false));
    }
    let unnamed = if s.word_in(i, &["нового", "следующего", "очередного"])
    {
        i + 1
    } else {
        i
    };
    if let Some((true, next)) = academic_words(s, unnamed) {
        // Marked implied only when a year was filled in, as `date_value`
        // does.
        let (value, implied) = match ctx.fill_year(None, |y| CivilDate::new(y, 8, 31)) {
            Some((year, _)) => (DeadlineValue::Date(CivilDate::new(year, 8, 31)?), true),
            None => (
                DeadlineValue::MissingYear {
                    day: Some(31),
                    month: 8,
                },
                false,
            ),
        };
        return Some(Found::new(next, value, implied));
    }
    let (year, next) = year_phrase(s, i)?;
    Some(Found::new(next, DeadlineValue::BeforeYear(year), false))
}

/// A date after `до`, `к`, `по`, `не позднее`.
fn by_date(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    let date = any_date(s, i)?;
    let (value, implied) = date_value(date, ctx);
    Some(Found::new(date.next, value, implied))
}

/// After `до конца` / `к концу`: a period, or `года` / `текущего года`
/// (the document year).
fn end_of(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    let this_year = if s.is_word(i, "года") {
        Some(i + 1)
    } else if s.word_in(i, &["текущего", "этого", "календарного"]) && s.is_word(i + 1, "года")
    {
        Some(i + 2)
    } else {
        None
    };
    if let Some(next) = this_year {
        let year = ctx.document_year()?;
        return Some(Found::new(
            next,
            DeadlineValue::EndOf(Period::Year(year)),
            true,
        ));
    }
    period_value(s, i, ctx, DeadlineValue::EndOf)
}

/// A bare period read as "during": `феврале`, `I квартале 2021 г.`,
/// `2020 году`, `2019/2020 учебном году`, `2019-2021 годах`.
fn within(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    period_value(s, i, ctx, DeadlineValue::Within)
}

/// The period at `i` as a deadline value: an academic year or a year range
/// as such, a month or month range without a year (and no document year) as
/// missing its year (a range by its last month), any other period resolved
/// and passed to `wrap` (`EndOf` or `Within`).
fn period_value(
    s: &Scan,
    i: usize,
    ctx: &ExtractContext,
    wrap: fn(Period) -> DeadlineValue,
) -> Option<Found> {
    let (raw, next) = period(s, i)?;
    match raw {
        RawPeriod::Academic { years } => {
            let (first, second, implied) = match years {
                Some((first, second)) => (first, second, false),
                None => {
                    let first =
                        ctx.academic_first_year(|y| CivilDate::new(y.checked_add(1)?, 8, 31))?;
                    (first, first.checked_add(1)?, true)
                }
            };
            Some(Found::new(
                next,
                DeadlineValue::AcademicYear { first, second },
                implied,
            ))
        }
        RawPeriod::YearRange { from, to } => Some(Found::new(
            next,
            DeadlineValue::YearRange { from, to },
            false,
        )),
        RawPeriod::Month { month, year: None }
        | RawPeriod::MonthRange {
            to: month,
            year: None,
            ..
        } if ctx.document_year().is_none() => Some(Found::new(
            next,
            DeadlineValue::MissingYear { day: None, month },
            false,
        )),
        other => {
            let (period, implied) = other.resolve(ctx)?;
            Some(Found::new(next, wrap(period), implied))
        }
    }
}

/// After `в`/`во`: `течение …`, `период …`, `срок до …` or a period.
fn in_phrase(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    match s.word(i).unwrap_or_default() {
        "течение" => {
            if s.is_word(i + 1, "года") {
                let year = ctx.document_year()?;
                return Some(Found::new(
                    i + 2,
                    DeadlineValue::Within(Period::Year(year)),
                    true,
                ));
            }
            within(s, i + 1, ctx)
        }
        "период" => period_phrase(s, i + 1, ctx),
        "срок" => {
            if s.is_word(i + 1, "до") {
                before(s, i + 2, ctx)
            } else if s.is_word(i + 1, "не") {
                introduced(s, i + 1, ctx)
            } else {
                by_date(s, i + 1, ctx)
            }
        }
        _ => within(s, i, ctx).map(|found| Found {
            bare: Bare::In,
            ..found
        }),
    }
}

/// After `в период` / `на период`: `2020-2024 гг.`, `до 2024 года`,
/// `с 2020 по 2024 год`.
fn period_phrase(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    match s.word(i) {
        Some("до") => before(s, i + 1, ctx),
        Some("с" | "со") => from(s, i + 1, ctx),
        _ => within(s, i, ctx),
    }
}

/// After `на`: `2016-2022 годы`, `2019/2020 учебный год`, `2020 год`,
/// `период …`. Months and dates are not read here (`на 10%` is a target).
fn on_phrase(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    if s.is_word(i, "период") {
        return period_phrase(s, i + 1, ctx);
    }
    if let Some((first, second, next)) = academic_year(s, i) {
        return Some(Found::new(
            next,
            DeadlineValue::AcademicYear { first, second },
            false,
        ));
    }
    if let Some((from, to, next)) = year_range(s, i) {
        return Some(Found::new(
            next,
            DeadlineValue::YearRange { from, to },
            false,
        ));
    }
    let (year, next) = year_phrase(s, i)?;
    Some(Found::new(
        next,
        DeadlineValue::Within(Period::Year(year)),
        false,
    ))
}

/// After `с`/`со`: a date (`с 1 сентября 2021 г.`), a month
/// (`с сентября 2019 года`), a year (`с 2020 года`) or a year span
/// (`с 2020 по 2024 год`).
fn from(s: &Scan, i: usize, ctx: &ExtractContext) -> Option<Found> {
    if let Some(date) = any_date(s, i) {
        let (value, implied) = date_value(date, ctx);
        let value = match value {
            DeadlineValue::Date(d) => DeadlineValue::From(d),
            other => other,
        };
        return Some(Found::new(date.next, value, implied));
    }
    if let Some((month, year, next)) = month_phrase(s, i) {
        let year = ctx.fill_year(year, |y| CivilDate::first_day_of_month(y, month));
        let value = month_start_value(month, year);
        return Some(Found::new(next, value, is_implied(year)));
    }
    let first = year_number(s, i)?;
    let after_first = year_word(s, i + 1).map_or(i + 1, |(_, n)| n);
    if s.is_word(after_first, "по") {
        if let Some(last) = year_number(s, after_first + 1) {
            if let Some((_, next)) = year_word(s, after_first + 2) {
                return Some(Found::new(
                    next,
                    DeadlineValue::YearRange {
                        from: first,
                        to: last,
                    },
                    false,
                ));
            }
        }
    }
    if after_first == i + 1 {
        // `с 2020` without a year word is too ambiguous.
        return None;
    }
    let start = CivilDate::start_of_year(first)?;
    Some(Found::new(after_first, DeadlineValue::From(start), false))
}

/// The first day of a month as `From` in `year` (as filled by
/// [`ExtractContext::fill_year`]), or `MissingYear` without a year.
fn month_start_value(month: u8, year: Option<(i32, bool)>) -> DeadlineValue {
    let Some((year, _)) = year else {
        return DeadlineValue::MissingYear { day: None, month };
    };
    match CivilDate::first_day_of_month(year, month) {
        Some(first) => DeadlineValue::From(first),
        None => DeadlineValue::Impossible {
            day: 1,
            month: u32::from(month),
            year: Some(year),
        },
    }
}

/// Whether a year filled by [`ExtractContext::fill_year`] was implied.
fn is_implied(year: Option<(i32, bool)>) -> bool {
    year.is_some_and(|(_, implied)| implied)
}

/// The value of a written date: a valid `Date`, an `Impossible` one, or
/// `MissingYear` when no year is known. Returns `(value, year_implied)`.
pub(super) fn date_value(date: RawDate, ctx: &ExtractContext) -> (DeadlineValue, bool) {
    let day = u8::try_from(date.day).ok();
    let month = u8::try_from(date.month).ok();
    let filled = ctx.fill_year(date.year, |y| CivilDate::new(y, month?, day?));
    let year = filled.map(|(y, _)| y);
    let implied = is_implied(filled);
    let impossible = DeadlineValue::Impossible {
        day: u32::try_from(date.day).unwrap_or(u32::MAX),
        month: u32::try_from(date.month).unwrap_or(u32::MAX),
        year,
    };
    let (Some(day), Some(month)) = (day, month) else {
        return (impossible, implied);
    };
    match year {
        Some(y) => match CivilDate::new(y, month, day) {
            Some(valid) => (DeadlineValue::Date(valid), implied),
            None => (impossible, implied),
        },
        // Without a year, accept any day that exists in a leap year.
        None => match CivilDate::new(2000, month, day) {
            Some(_) => (
                DeadlineValue::MissingYear {
                    day: Some(day),
                    month,
                },
                false,
            ),
            None => (impossible, false),
        },
    }
}

/// Whether a lower-cased word is a past-tense verb or a short passive
/// participle (`были`, `открыты`, `проведены`, `проводилось`,
/// `отметили`, `одобрена`, `принята`): the mark of a narrative sentence.
pub(super) fn is_past_form(word: &str) -> bool {
    // Cyrillic letters take two bytes: 12 bytes are six letters. The last
    // letter tells which list can hold the word, so most words are turned
    // away after one comparison.
    let long = || word.len() >= 14 && PAST_LONG_ENDINGS.iter().any(|e| word.ends_with(e));
    match word.as_bytes().get(word.len().saturating_sub(2)..) {
        // а, after л (`была`) or after н, т (`одобрена`, `принята`)
        Some([0xD0, 0xB0]) => match word.as_bytes().get(word.len().saturating_sub(4)..) {
            Some([0xD0, 0xBB, ..]) => PAST_EXACT.contains(&word),
            Some([0xD0, 0xBD, ..] | [0xD1, 0x82, ..]) => {
                word.len() >= 14 && PAST_FEMININE_ENDINGS.iter().any(|e| word.ends_with(e))
            }
            _ => false,
        },
        // л, о
        Some([0xD0, 0xBB | 0xBE]) => PAST_EXACT.contains(&word),
        // и, ы
        Some([0xD0, 0xB8]) => PAST_EXACT.contains(&word) || long(),
        Some([0xD1, 0x8B]) => long(),
        // ь, я
        Some([0xD1, 0x8C | 0x8F]) => {
            word.len() >= 12 && PAST_REFLEXIVE_ENDINGS.iter().any(|e| word.ends_with(e))
        }
        _ => false,
    }
}

/// Past forms recognised whole.
const PAST_EXACT: &[&str] = &[
    "был",
    "была",
    "было",
    "были",
    "стал",
    "стала",
    "стало",
    "стали",
    "прошёл",
    "прошел",
    "прошла",
    "прошло",
    "прошли",
];

/// Endings of past plurals and short participles, in words of at least
/// seven letters (`отметили`, `открыты`, `проведены`).
const PAST_LONG_ENDINGS: &[&str] = &["ли", "ыты", "яты", "иты", "уты", "ены", "ёны", "аны", "яны"];

/// Endings of feminine short participles, in words of at least seven
/// letters (`одобрена`, `принята`, `открыта`, `организована`). Nouns of
/// that length with these endings are rare in resolutions; `-ана` is left
/// out for place names (`Татарстана`).
const PAST_FEMININE_ENDINGS: &[&str] = &["ена", "ёна", "ована", "ята", "ыта"];

/// Endings of reflexive past forms, in words of at least six letters
/// (`проводилось`).
const PAST_REFLEXIVE_ENDINGS: &[&str] = &["лись", "лось", "лся", "лась"];

#[cfg(test)]
mod tests {
    use super::{
        is_past_form, PAST_EXACT, PAST_FEMININE_ENDINGS, PAST_LONG_ENDINGS, PAST_REFLEXIVE_ENDINGS,
    };

    /// The definition [`is_past_form`] implements, without its shortcuts
    /// by last letter (lengths in bytes: Cyrillic letters take two).
    fn past_form_by_lists(word: &str) -> bool {
        PAST_EXACT.contains(&word)
            || (word.len() >= 12 && PAST_REFLEXIVE_ENDINGS.iter().any(|e| word.ends_with(e)))
            || (word.len() >= 14 && PAST_LONG_ENDINGS.iter().any(|e| word.ends_with(e)))
            || (word.len() >= 14 && PAST_FEMININE_ENDINGS.iter().any(|e| word.ends_with(e)))
    }

    #[test]
    fn past_forms_agree_with_their_lists() {
        // Every exact form, then endings, near misses and edge cases.
        let others = [
            "открыты",
            "проведены",
            "проводилось",
            "отметили",
            "учли",
            "провели",
            "создавались",
            "занялся",
            "обеспечить",
            "году",
            "организации",
            "охвата",
            "школы",
            "мероприятия",
            "письмо",
            "ли",
            "ы",
            "",
            "a",
            "сталь",
            "распределены",
            "решены",
            "сняты",
            "обучающихся",
            "детей",
            "проведённый",
            "стали-",
            "zли",
        ];
        for word in PAST_EXACT.iter().copied().chain(others) {
            assert_eq!(is_past_form(word), past_form_by_lists(word), "{word}");
        }
        assert!(is_past_form("проведены") && is_past_form("проводилось"));
        assert!(!is_past_form("обеспечить") && !is_past_form("организации"));
        assert!(is_past_form("одобрена") && is_past_form("организована"));
        assert!(!is_past_form("татарстана") && !is_past_form("программа"));
    }
}
