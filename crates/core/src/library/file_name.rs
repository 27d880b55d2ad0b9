//! The file name of an exported draft: kind, number, topic and adoption
//! date, in Russian as the author wrote them, made safe for every common
//! file system.

use crate::date::{parse_date, DateParse};
use crate::model::{Document, Kind};
use crate::words::collapse_whitespace;

/// Longest file name produced, in characters, extension included.
pub const MAX_FILE_NAME_CHARS: usize = 100;
const EXTENSION: &str = ".json";
/// Between the parts of the name.
const SEPARATOR: &str = " - ";

/// `Решение №7 - Качество образования - 2024-08-28.json`. The date part is
/// the adoption date in ISO form when it reads as a date; without kind,
/// topic and meeting the name starts with `Черновик`.
pub fn export_file_name(doc: &Document) -> String {
    let header = &doc.header;
    let mut kind = header.kind.map_or("Черновик", Kind::title_ru).to_string();
    let number = safe_part(&header.number);
    if !number.is_empty() {
        kind = format!("{kind} №{number}");
    }
    let topic = match safe_part(&header.topic) {
        t if t.is_empty() => safe_part(&header.meeting),
        t => t,
    };
    let date = match parse_date(&header.adopted_on) {
        DateParse::Ok(d) => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        _ => String::new(),
    };
    let fixed = [kind.as_str(), date.as_str()]
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.chars().count() + SEPARATOR.len())
        .sum::<usize>()
        + EXTENSION.len();
    let room = MAX_FILE_NAME_CHARS.saturating_sub(fixed);
    let topic = cut_at_word(&topic, room);
    let stem = [kind.as_str(), topic.as_str(), date.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(SEPARATOR);
    let stem = cut_at_word(&stem, MAX_FILE_NAME_CHARS - EXTENSION.len());
    format!("{stem}{EXTENSION}")
}

/// Drops characters that are unsafe in file names (`/\:*?"<>|`, control
/// characters, quotes) and collapses whitespace.
fn safe_part(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => ' ',
            '«' | '»' | '“' | '”' | '„' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let words = collapse_whitespace(&cleaned);
    words.trim_matches(['.', ' ', '-']).to_string()
}

/// At most `max` characters, cut at a word boundary when there is one, with
/// no trailing dots, spaces or dashes.
fn cut_at_word(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > 0 => cut.get(..space).unwrap_or(&cut).to_string(),
        _ => cut,
    };
    at_word.trim_end_matches(['.', ' ', '-']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Header;
    use crate::samples::sample_decision;

    fn named(header: Header) -> String {
        export_file_name(&Document {
            header,
            ..Document::default()
        })
    }

    fn assert_safe(name: &str) {
        assert!(name.ends_with(".json"), "{name}");
        assert!(name.chars().count() <= MAX_FILE_NAME_CHARS, "{name}");
        assert!(
            !name.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|']),
            "{name}"
        );
        assert!(!name.chars().any(char::is_control), "{name}");
        assert_eq!(name.trim(), name);
        assert!(!name.starts_with('.'));
    }

    #[test]
    fn sample_decision_is_named_by_kind_topic_and_date() {
        let name = export_file_name(&sample_decision());
        assert_eq!(
            name,
            "Решение - Качество образования от национальных целей к результатам каждой школы - 2026-08-27.json"
        );
        assert_safe(&name);
    }

    #[test]
    fn protocol_with_number_and_numeric_date() {
        let name = named(Header {
            kind: Some(Kind::Protocol),
            number: "4".into(),
            meeting: "совещания руководителей ОО".into(),
            adopted_on: "25.02.2022".into(),
            ..Header::default()
        });
        assert_eq!(
            name,
            "Протокол №4 - совещания руководителей ОО - 2022-02-25.json"
        );
    }

    #[test]
    fn unsafe_characters_are_removed() {
        let name = named(Header {
            kind: Some(Kind::Resolution),
            number: "1/2".into(),
            topic: "«Школа: <вызовы> и \"ответы\"?*|\\ \n\t..»".into(),
            adopted_on: "не помню".into(),
            ..Header::default()
        });
        assert_eq!(name, "Резолюция №1 2 - Школа вызовы и ответы.json");
        assert_safe(&name);
    }

    #[test]
    fn empty_header_gives_a_draft_name() {
        assert_eq!(named(Header::default()), "Черновик.json");
    }

    #[test]
    fn long_topics_are_cut_at_a_word_and_keep_the_date() {
        let name = named(Header {
            kind: Some(Kind::Decision),
            topic: "Повышение качества образования ".repeat(10),
            adopted_on: "30 августа 2019 года".into(),
            ..Header::default()
        });
        assert_safe(&name);
        assert!(name.starts_with("Решение - Повышение качества"), "{name}");
        assert!(name.ends_with(" - 2019-08-30.json"), "{name}");
        let topic = name
            .trim_start_matches("Решение - ")
            .trim_end_matches(" - 2019-08-30.json");
        assert!(
            ["Повышение", "качества", "образования"]
                .iter()
                .any(|w| topic.ends_with(w)),
            "cut mid-word: {name}"
        );
    }

    #[test]
    fn huge_number_still_fits() {
        let name = named(Header {
            kind: Some(Kind::Instructions),
            number: "9".repeat(300),
            ..Header::default()
        });
        assert_safe(&name);
    }
}
