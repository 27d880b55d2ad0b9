//! Finding dates inside running text (`… совещания 30 августа 2019 года`,
//! `(13 февраля 2020 г.)`, `25. 02.2022`). Whole-line dates are checked
//! with [`crate::date::parse_date`].

use std::ops::Range;

use crate::date::{month_from_word, parse_date, DateParse};

/// Is the whole line a date (`25. 02.2022`, `30 августа 2019 года`)?
pub(crate) fn is_date_line(text: &str) -> bool {
    text.len() <= 40 && !matches!(parse_date(text), DateParse::NotADate)
}

/// Byte range of the first date in `text`, including a trailing `года`,
/// `г.` or `г`.
pub fn find_date(text: &str) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()) {
            if let Some(end) = date_at(text, i) {
                return Some(i..end);
            }
        }
        i += 1;
    }
    None
}

fn digits(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

fn spaces(b: &[u8], i: usize) -> usize {
    b.get(i..).map_or(0, |s| {
        s.iter().take_while(|&&c| c == b' ' || c == b'\t').count()
    })
}

/// End of a date starting at byte `i` (a digit), if one starts there.
fn date_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let day = digits(b, i);
    if !(1..=2).contains(&day) {
        return None;
    }
    let mut j = i + day;
    let end = if b.get(j) == Some(&b'.') {
        j += 1;
        j += spaces(b, j);
        let month = digits(b, j);
        if !(1..=2).contains(&month) || b.get(j + month) != Some(&b'.') {
            return None;
        }
        j += month + 1;
        j += spaces(b, j);
        let year = digits(b, j);
        if year != 4 {
            return None;
        }
        j + year
    } else {
        let gap = spaces(b, j);
        if gap == 0 {
            return None;
        }
        j += gap;
        let word_len = text[j..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(text.len() - j, |(n, _)| n);
        month_from_word(&text[j..j + word_len])?;
        j += word_len;
        let gap = spaces(b, j);
        let year = digits(b, j + gap);
        if gap == 0 || year != 4 {
            return None;
        }
        j + gap + year
    };
    Some(year_suffix(text, end))
}

/// Extends a date ending at `end` over ` года`, ` г.`, `г.` or ` г` (at
/// most one space before).
fn year_suffix(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let gap = rest.len() - trimmed.len();
    if gap > 1 {
        return end;
    }
    for word in ["года", "г."] {
        if trimmed.starts_with(word) {
            return end + gap + word.len();
        }
    }
    let after_g = trimmed.strip_prefix('г');
    if after_g.is_some_and(|r| !r.starts_with(char::is_alphanumeric)) {
        return end + gap + 'г'.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Option<&str> {
        find_date(s).map(|r| &s[r])
    }

    #[test]
    fn finds_dates_in_text() {
        assert_eq!(
            found("Одобрена участниками заседания 30 августа 2019 года"),
            Some("30 августа 2019 года")
        );
        assert_eq!(
            found("(далее – Совещание) (13 февраля 2020 г.) приняли"),
            Some("13 февраля 2020 г.")
        );
        assert_eq!(found("от 07.05.2018 г. №204"), Some("07.05.2018 г."));
        assert_eq!(found("25. 02.2022"), Some("25. 02.2022"));
        assert_eq!(found("в 2019-2024 годах, 100 %"), None);
        assert_eq!(found("до 5 лет"), None);
    }

    #[test]
    fn whole_line_dates() {
        assert!(is_date_line("25. 02.2022"));
        assert!(is_date_line("30 августа 2019 года"));
        assert!(!is_date_line("Комитет по образованию"));
    }
}
