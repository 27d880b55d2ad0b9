//! The year a year-less phrase takes from the document: the first one that
//! puts the phrase on or after the adoption date (for an academic year
//! named without years in a summer decision, on or after the September
//! that follows), or the document year when only the year is known.

use crate::date::CivilDate;

use super::types::ExtractContext;

/// How many years past the first candidate are tried for a phrase whose
/// day exists only in leap years (`до 29 февраля`).
const LEAP_SEARCH: i32 = 4;

/// The summer months, from the end of lessons to the new academic year.
const SUMMER_FROM: u8 = 6;
const SUMMER_TO: u8 = 8;

/// The month an academic year starts in.
const ACADEMIC_START_MONTH: u8 = 9;

impl ExtractContext {
    /// The year of the document: of the adoption date, else the default.
    pub(super) fn document_year(&self) -> Option<i32> {
        self.adopted_on.map(|d| d.year).or(self.default_year)
    }

    /// The year of a phrase: `written` when there is one, else the implied
    /// year of a phrase whose last day in year `y` is `last_day(y)`.
    /// Returns `(year, year_implied)`.
    pub(super) fn fill_year(
        &self,
        written: Option<i32>,
        last_day: impl Fn(i32) -> Option<CivilDate>,
    ) -> Option<(i32, bool)> {
        match written {
            Some(year) => Some((year, false)),
            None => self
                .implied_year(0, self.adopted_on, last_day)
                .map(|year| (year, true)),
        }
    }

    /// The first calendar year of the academic year meant by a phrase
    /// without years (`в течение учебного года`, `во втором полугодии
    /// учебного года`) whose last day, for an academic year starting in
    /// `y`, is `last_day(y)`: the academic year the adoption date falls in,
    /// or the next one when the phrase ends before that date. A decision
    /// adopted in summer (June to August, after lessons end: the August
    /// councils) plans the academic year starting that September. Without
    /// an adoption date, the academic year starting in the document year.
    pub(super) fn academic_first_year(
        &self,
        last_day: impl Fn(i32) -> Option<CivilDate>,
    ) -> Option<i32> {
        let since = self.adopted_on.map(|adopted| {
            if (SUMMER_FROM..=SUMMER_TO).contains(&adopted.month) {
                CivilDate {
                    year: adopted.year,
                    month: ACADEMIC_START_MONTH,
                    day: 1,
                }
            } else {
                adopted
            }
        });
        self.implied_year(1, since, last_day)
    }

    /// The first year from the year of `since` minus `back` whose
    /// `last_day` is on or after `since`; the default year when no
    /// adoption date is known.
    fn implied_year(
        &self,
        back: i32,
        since: Option<CivilDate>,
        last_day: impl Fn(i32) -> Option<CivilDate>,
    ) -> Option<i32> {
        let Some(since) = since else {
            return self.default_year;
        };
        let first = since.year.checked_sub(back)?;
        let found = (first..=first.saturating_add(back + LEAP_SEARCH))
            .find(|&year| last_day(year).is_some_and(|day| day >= since));
        Some(found.unwrap_or(since.year))
    }
}
