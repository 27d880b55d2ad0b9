//! The day `check` and `control` judge deadlines against (`--today`): the
//! current date by default, as in the browser, or a given day, or none.

use std::time::{SystemTime, UNIX_EPOCH};

use resolution_core::date::CivilDate;

/// What `--today` asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Today {
    /// No `--today`: the current date in UTC (the standard library knows
    /// no local time zone; the browser uses the local date).
    #[default]
    Current,
    /// `--today YYYY-MM-DD`.
    On(CivilDate),
    /// `--today none`: no date, so the rule that needs one (RES404,
    /// deadline already past) is left out and the output does not change
    /// from day to day.
    Off,
}

impl Today {
    /// The date to validate with, if any.
    pub fn date(self) -> Option<CivilDate> {
        match self {
            Today::Current => utc_today(),
            Today::On(date) => Some(date),
            Today::Off => None,
        }
    }
}

/// Today's date in UTC, from the system clock.
fn utc_today() -> Option<CivilDate> {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    civil_from_days(i64::try_from(seconds / 86_400).ok()?)
}

/// The date `days` days after 1 January 1970 (Howard Hinnant's
/// `civil_from_days`, on the proleptic Gregorian calendar).
fn civil_from_days(days: i64) -> Option<CivilDate> {
    let z = days.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    CivilDate::new(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_the_epoch_become_calendar_dates() {
        for (days, (year, month, day)) in [
            (0, (1970, 1, 1)),
            (-1, (1969, 12, 31)),
            (11_017, (2000, 3, 1)),
            (19_782, (2024, 2, 29)),
            (20_780, (2026, 11, 23)),
        ] {
            assert_eq!(
                civil_from_days(days),
                CivilDate::new(year, month, day),
                "{days}"
            );
        }
        assert_eq!(civil_from_days(i64::MAX), None);
    }

    #[test]
    fn the_default_is_a_date_and_none_is_none() {
        assert!(Today::Current.date().is_some());
        assert_eq!(Today::Off.date(), None);
        let day = CivilDate::new(2024, 9, 1);
        assert_eq!(day.and_then(|d| Today::On(d).date()), day);
    }
}
