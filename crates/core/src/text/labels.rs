//! Protocol labels: `Председатель –`, `Секретарь:`, `Присутствовали:`,
//! `ПОВЕСТКА`, `СЛУШАЛИ:`, `РЕШИЛИ:`. Each returns the byte length to
//! consume.

use super::words::{leading_person_name, lower_into, strip_prefix_ci, strip_word_ci};

/// A role label with a separator: `Председатель - Горяченкова О.А.`,
/// `Секретарь- Душакова И.В.`, `Председатель:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RoleLabel {
    /// End of the label and its separator.
    pub end: usize,
    /// Start of the value (after whitespace).
    pub value: usize,
}

pub(crate) const CHAIR_WORDS: [&str; 2] = ["Председательствующий", "Председатель"];
pub(crate) const SECRETARY_WORDS: [&str; 1] = ["Секретарь"];
pub(crate) const REPORTER_WORDS: [&str; 2] = ["Докладчики", "Докладчик"];

pub(crate) fn role_label(text: &str, words: &[&str]) -> Option<RoleLabel> {
    let n = words.iter().find_map(|w| strip_word_ci(text, w))?;
    let rest = &text[n..];
    let trimmed = rest.trim_start();
    let sep = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—' | ':'))?;
    let end = n + (rest.len() - trimmed.len()) + sep.len_utf8();
    let after = &text[end..];
    let value = end + (after.len() - after.trim_start().len());
    Some(RoleLabel { end, value })
}

/// A role label followed directly by a name, without a separator:
/// `Секретарь Петрова Б.Б., методист`. Only the protocol header reads it
/// (a signature line looks the same).
pub(crate) fn role_name_label(text: &str, words: &[&str]) -> Option<RoleLabel> {
    let n = words.iter().find_map(|w| strip_word_ci(text, w))?;
    let rest = &text[n..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None;
    }
    leading_person_name(trimmed)?;
    let value = n + (rest.len() - trimmed.len());
    Some(RoleLabel { end: n, value })
}

/// A reporter label, `Докладчик: Сидоров В.В.`, `Докладчик – …`, also
/// without a separator before a name.
pub(crate) fn reporter_label(text: &str) -> Option<RoleLabel> {
    role_label(text, &REPORTER_WORDS).or_else(|| role_name_label(text, &REPORTER_WORDS))
}

/// `Присутствовали:` (also `Присутствуют`), with an optional colon.
pub(crate) fn attendees_label(text: &str) -> Option<usize> {
    ["Присутствовали", "Присутствуют", "Присутствовало"]
        .iter()
        .find_map(|w| word_with_colon(text, w))
}

/// `Отсутствовали:` (also `Отсутствуют`), with an optional colon.
pub(crate) fn absentees_label(text: &str) -> Option<usize> {
    ["Отсутствовали", "Отсутствуют"]
        .iter()
        .find_map(|w| word_with_colon(text, w))
}

/// `Приглашённые:` (also `Приглашенные`, `Приглашены`), with an optional
/// colon.
pub(crate) fn invited_label(text: &str) -> Option<usize> {
    ["Приглашённые", "Приглашенные", "Приглашены"]
        .iter()
        .find_map(|w| word_with_colon(text, w))
}

/// `Голосовали: «за» – 12 …`, `Итоги голосования: …`: a voting record.
pub(crate) fn is_vote_label(text: &str) -> bool {
    [
        "Голосовали",
        "Проголосовали",
        "Голосование",
        "Итоги голосования",
    ]
    .iter()
    .any(|w| strip_word_ci(text, w).is_some())
}

/// `«за» – 12`, `против – 0`, `воздержались – 0`: a line of a voting record.
pub(crate) fn is_vote_count(text: &str) -> bool {
    let t = text.trim_start_matches(['«', '"']);
    strip_word_ci(t, "за").is_some()
        || strip_word_ci(t, "против").is_some()
        || strip_prefix_ci(t, "воздержал").is_some()
}

/// `СЛУШАЛИ:`.
pub(crate) fn heard_label(text: &str) -> Option<usize> {
    word_with_colon(text, "Слушали")
}

/// `РЕШИЛИ:`, `ПОСТАНОВИЛИ:`, `РЕШЕНО:`.
pub(crate) fn decided_label(text: &str) -> Option<usize> {
    ["Решили", "Постановили", "Решено"]
        .iter()
        .find_map(|w| word_with_colon(text, w))
}

fn word_with_colon(text: &str, word: &str) -> Option<usize> {
    let n = strip_word_ci(text, word)?;
    let rest = &text[n..];
    let trimmed = rest.trim_start();
    match trimmed.strip_prefix(':') {
        Some(_) => Some(n + (rest.len() - trimmed.len()) + 1),
        None if trimmed.is_empty() => Some(n),
        None if text[..n].chars().all(|c| !c.is_lowercase()) => Some(n),
        None => None,
    }
}

/// `ПОВЕСТКА`, `Повестка дня:` as a whole line.
pub(crate) fn is_agenda_label(text: &str) -> bool {
    if text.len() > 60 || !text.starts_with(['П', 'п']) {
        return false;
    }
    let t = text.trim_end();
    let t = t.strip_suffix([':', '.']).unwrap_or(t).trim_end();
    let mut lower = String::with_capacity(t.len());
    lower_into(t, &mut lower);
    matches!(
        lower.as_str(),
        "повестка" | "повестка дня" | "повестка заседания" | "повестка совещания"
    )
}

/// A label of the protocol header: chair, secretary, attendees, absentees,
/// invited. A line
/// opening with one is never a wrapped continuation, in any case
/// (`решили:` may end a wrapped decision lead, so it is not one).
pub(crate) fn is_header_label(text: &str) -> bool {
    [&CHAIR_WORDS[..], &SECRETARY_WORDS[..]]
        .iter()
        .any(|w| role_label(text, w).is_some() || role_name_label(text, w).is_some())
        || attendees_label(text).is_some()
        || absentees_label(text).is_some()
        || invited_label(text).is_some()
}

/// Any label that starts the protocol body.
pub(crate) fn is_body_label(text: &str) -> bool {
    is_header_label(text)
        || heard_label(text).is_some()
        || decided_label(text).is_some()
        || is_agenda_label(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let t = "Секретарь- Душакова И.В. - специалист";
        let r = role_label(t, &SECRETARY_WORDS).expect("secretary");
        assert_eq!(&t[r.value..], "Душакова И.В. - специалист");
        assert!(role_label("Председатель комитета", &CHAIR_WORDS).is_none());
        assert!(role_name_label("Председатель комитета", &CHAIR_WORDS).is_none());
        let t = "секретарь Петрова Б.Б., методист";
        let r = role_name_label(t, &SECRETARY_WORDS).expect("secretary");
        assert_eq!(&t[r.value..], "Петрова Б.Б., методист");
        assert_eq!(heard_label("СЛУШАЛИ: Иванова"), Some("СЛУШАЛИ:".len()));
        assert_eq!(decided_label("РЕШИЛИ:"), Some("РЕШИЛИ:".len()));
        assert_eq!(heard_label("Слушали доклад"), None);
        let t = "Докладчик – Сидоров В.В.";
        assert_eq!(
            &t[reporter_label(t).expect("reporter").value..],
            "Сидоров В.В."
        );
        assert!(reporter_label("Докладчик выступил").is_none());
        assert!(is_vote_label("Голосовали: «за» – 12"));
        assert!(is_vote_count("«против» – 0"));
        assert!(is_vote_count("воздержались – 0"));
        assert!(!is_vote_count("заслушать отчёт"));
        assert_eq!(
            absentees_label("отсутствовали:"),
            Some("отсутствовали:".len())
        );
        assert!(invited_label("Приглашенные: Лебедева Ж.Ж.").is_some());
        assert!(is_agenda_label("ПОВЕСТКА"));
        assert!(is_agenda_label("Повестка дня:"));
        assert!(!is_agenda_label("Повестка совещания включала три вопроса"));
        assert_eq!(
            attendees_label("Присутствовали:"),
            Some("Присутствовали:".len())
        );
    }
}
