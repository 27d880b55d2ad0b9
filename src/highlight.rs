//! Highlight segments of a directive text: deadlines and targets found by
//! `resolution_core::extract`, split into plain and marked runs for the
//! mirror behind the textarea. Pure, so it is tested natively.

use std::ops::Range;

use resolution_core::date::CivilDate;
use resolution_core::extract::{Extraction, Target};
use resolution_core::locale::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Deadline,
    /// A deadline whose due date is before today.
    PastDeadline,
    Target,
}

impl MarkKind {
    pub fn class(self) -> &'static str {
        match self {
            MarkKind::Deadline => "hl hl-deadline",
            MarkKind::PastDeadline => "hl hl-deadline hl-past",
            MarkKind::Target => "hl hl-target",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            MarkKind::Deadline => "deadline",
            MarkKind::PastDeadline => "deadline-past",
            MarkKind::Target => "target",
        }
    }
}

/// A marked phrase: its byte range and the normalised value in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub kind: MarkKind,
    pub title: String,
}

/// A run of the text: plain or marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Marked(&'a str, &'a Mark),
}

/// Marks for the deadlines and targets of one extraction, sorted and
/// without overlaps (a later phrase overlapping an earlier one is dropped).
pub fn marks(extraction: &Extraction, today: Option<CivilDate>, locale: Locale) -> Vec<Mark> {
    let deadline_marks = extraction.deadlines.iter().map(|d| {
        let past = matches!((d.value.due(), today), (Some(due), Some(today)) if due < today);
        let described = match locale {
            Locale::Ru => d.value.describe_ru(),
            Locale::En => d.value.describe_en(),
        };
        let title = match (locale, past) {
            (Locale::Ru, true) => format!("{} (уже прошёл)", capitalised(&described)),
            (Locale::En, true) => format!("{} (already passed)", capitalised(&described)),
            (_, false) => capitalised(&described),
        };
        Mark {
            range: d.range.clone(),
            kind: if past {
                MarkKind::PastDeadline
            } else {
                MarkKind::Deadline
            },
            title,
        }
    });
    let target_marks = extraction.targets.iter().map(|t| Mark {
        range: t.range.clone(),
        kind: MarkKind::Target,
        title: target_title(t, locale),
    });
    let mut all: Vec<Mark> = deadline_marks.chain(target_marks).collect();
    all.sort_by_key(|m| (m.range.start, m.range.end));
    let mut out: Vec<Mark> = Vec::with_capacity(all.len());
    for m in all {
        let overlaps = out
            .last()
            .is_some_and(|last| m.range.start < last.range.end);
        if !overlaps && m.range.start < m.range.end {
            out.push(m);
        }
    }
    out
}

fn target_title(t: &Target, locale: Locale) -> String {
    capitalised(&match locale {
        Locale::Ru => t.describe_ru(),
        Locale::En => t.describe_en(),
    })
}

/// `срок: 01.10.2024` → `Срок: 01.10.2024`.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Split `text` into plain and marked runs. Marks whose range is not on
/// char boundaries of `text` (a stale extraction) are left out.
pub fn segments<'a>(text: &'a str, marks: &'a [Mark]) -> Vec<Segment<'a>> {
    let mut out = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for m in marks {
        if m.range.start < at {
            continue;
        }
        let (Some(before), Some(marked)) = (text.get(at..m.range.start), text.get(m.range.clone()))
        else {
            continue;
        };
        if !before.is_empty() {
            out.push(Segment::Plain(before));
        }
        out.push(Segment::Marked(marked, m));
        at = m.range.end;
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            out.push(Segment::Plain(rest));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolution_core::extract::{extract, ExtractContext};

    fn ctx() -> ExtractContext {
        ExtractContext {
            default_year: Some(2024),
            adopted_on: None,
        }
    }

    fn joined(segs: &[Segment<'_>]) -> String {
        segs.iter()
            .map(|s| match s {
                Segment::Plain(t) | Segment::Marked(t, _) => *t,
            })
            .collect()
    }

    #[test]
    fn deadline_and_target_are_marked_and_text_is_kept_whole() {
        let text = "обеспечить увеличение охвата до 75 % к концу 2025 года;";
        let ex = extract(text, &ctx());
        let today = CivilDate::new(2024, 9, 1);
        let marks = marks(&ex, today, Locale::Ru);
        let segs = segments(text, &marks);
        assert_eq!(joined(&segs), text);
        let marked: Vec<(&str, MarkKind)> = segs
            .iter()
            .filter_map(|s| match s {
                Segment::Marked(t, m) => Some((*t, m.kind)),
                Segment::Plain(_) => None,
            })
            .collect();
        assert!(
            marked.contains(&("до 75 %", MarkKind::Target)),
            "{marked:?}"
        );
        assert!(
            marked.contains(&("к концу 2025 года", MarkKind::Deadline)),
            "{marked:?}"
        );
        assert!(
            marks.iter().any(|m| m.title.starts_with("Срок: ")),
            "{marks:?}"
        );
        assert!(
            marks.iter().any(|m| m.title.starts_with("Цель: ")),
            "{marks:?}"
        );
    }

    #[test]
    fn past_deadlines_are_told_apart() {
        let text = "разработать план до 1 октября 2024 года";
        let ex = extract(text, &ctx());
        let later = marks(&ex, CivilDate::new(2025, 1, 1), Locale::Ru);
        assert_eq!(later.first().map(|m| m.kind), Some(MarkKind::PastDeadline));
        assert!(later[0].title.contains("уже прошёл"));
        let earlier = marks(&ex, CivilDate::new(2024, 9, 1), Locale::En);
        assert_eq!(earlier.first().map(|m| m.kind), Some(MarkKind::Deadline));
        assert!(
            earlier[0].title.starts_with("Due: "),
            "{}",
            earlier[0].title
        );
    }

    #[test]
    fn stale_or_overlapping_marks_never_split_a_char() {
        let text = "до 1 мая";
        let bad = [
            Mark {
                range: 1..4,
                kind: MarkKind::Target,
                title: String::new(),
            },
            Mark {
                range: 2..50,
                kind: MarkKind::Target,
                title: String::new(),
            },
        ];
        let segs = segments(text, &bad);
        assert_eq!(joined(&segs), text);
    }
}
