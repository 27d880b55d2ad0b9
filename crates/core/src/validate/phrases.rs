//! Small pieces of message text shared by several rules.

use std::sync::Arc;

use crate::date::CivilDate;

/// `20.09.2019` as a shared string, without the formatting machinery (it
/// is built for many diagnostics on every run).
pub(crate) fn date_arg(date: CivilDate) -> Arc<str> {
    fn push(out: &mut String, n: u32, width: u32) {
        for power in (0..width).rev() {
            let digit = (n / 10u32.pow(power)) % 10;
            out.push(char::from_digit(digit, 10).unwrap_or('0'));
        }
    }
    let mut out = String::with_capacity(10);
    push(&mut out, u32::from(date.day), 2);
    out.push('.');
    push(&mut out, u32::from(date.month), 2);
    out.push('.');
    push(&mut out, date.year.unsigned_abs(), 4);
    out.into()
}

/// The Russian noun form after a number: `1 день`, `2 дня`, `5 дней`.
pub(crate) fn plural_ru(
    n: u64,
    one: &'static str,
    few: &'static str,
    many: &'static str,
) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=14) => many,
        (1, _) => one,
        (2..=4, _) => few,
        _ => many,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_like_civil_date() {
        for (y, m, d) in [(2019, 9, 20), (2021, 12, 1), (987, 1, 31)] {
            let date = CivilDate::new(y, m, d);
            assert_eq!(
                date.map(date_arg).as_deref(),
                date.map(|d| d.to_string()).as_deref()
            );
            assert!(date.is_some());
        }
    }

    #[test]
    fn russian_plurals() {
        let f = |n| plural_ru(n, "день", "дня", "дней");
        assert_eq!(f(1), "день");
        assert_eq!(f(31), "день");
        assert_eq!(f(3), "дня");
        assert_eq!(f(11), "дней");
        assert_eq!(f(30), "дней");
    }
}
