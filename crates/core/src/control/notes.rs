//! Deadline lines: a directive-level line that only states the deadline of
//! the directives around it (`Срок исполнения: постоянно`,
//! `Срок: до 1 мая 2020 года`).

/// Whether `text` opens with a deadline label: `Срок`, `Сроки`,
/// `Срок исполнения`, `Срок выполнения`, then `:` or a dash. Shared by the
/// control sheet and the validator.
pub fn is_deadline_note(text: &str) -> bool {
    let text = text.trim_start();
    let Some(rest) = strip_prefix_ci(text, "сроки").or_else(|| strip_prefix_ci(text, "срок"))
    else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = strip_prefix_ci(rest, "исполнения")
        .or_else(|| strip_prefix_ci(rest, "выполнения"))
        .unwrap_or(rest)
        .trim_start();
    rest.starts_with([':', '-', '–', '—'])
}

/// `text` without `prefix` (lower case) matched case-insensitively, char by
/// char; lower-cases only the chars it compares, not the whole text.
fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.chars();
    for p in prefix.chars() {
        let c = chars.next()?;
        if c != p && !c.to_lowercase().eq(std::iter::once(p)) {
            return None;
        }
    }
    Some(chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::is_deadline_note;

    #[test]
    fn recognises_labels() {
        assert!(is_deadline_note("Срок исполнения: постоянно"));
        assert!(is_deadline_note("  СРОК – до 1 мая 2020 года"));
        assert!(is_deadline_note("Сроки выполнения: 2020-2021 годы"));
        assert!(is_deadline_note("Сроки: до 1 марта 2021 года"));
        assert!(is_deadline_note("срок – 2021 год"));
        assert!(!is_deadline_note("Сроки проведения олимпиады согласовать"));
        assert!(!is_deadline_note("Сроком до 1 мая провести анализ"));
        assert!(!is_deadline_note("обеспечить соблюдение сроков: до 1 мая"));
        assert!(!is_deadline_note(""));
    }
}
