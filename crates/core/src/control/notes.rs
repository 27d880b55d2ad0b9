//! Deadline lines: a directive-level line that only states the deadline of
//! the directives around it (`Срок исполнения: постоянно`,
//! `Срок: до 1 мая 2020 года`).

/// Whether `text` opens with a deadline label: `Срок`, `Сроки`,
/// `Срок исполнения`, `Срок выполнения`, then `:` or a dash. Shared by the
/// control sheet and the validator.
pub fn is_deadline_note(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    let Some(rest) = lower
        .strip_prefix("сроки")
        .or_else(|| lower.strip_prefix("срок"))
    else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix("исполнения")
        .or_else(|| rest.strip_prefix("выполнения"))
        .unwrap_or(rest)
        .trim_start();
    rest.starts_with([':', '-', '–', '—'])
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
