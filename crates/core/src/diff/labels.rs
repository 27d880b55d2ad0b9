//! Localised names of the places a diff talks about (`п. 2.1`, `раздел 3`,
//! `вопрос 2, раздел 1`), shared by the plain-text report and the display
//! rows. Positions are 1-based as printed in the document.

use std::fmt::Write;

use crate::locale::Locale;

use super::types::{DirectivePlace, HeaderField, ParagraphPlace, SectionOwner, SectionPlace};

/// `ru` or `en` by locale.
pub(crate) fn t(l: Locale, ru: &'static str, en: &'static str) -> &'static str {
    match l {
        Locale::Ru => ru,
        Locale::En => en,
    }
}

pub(crate) fn header_field(l: Locale, f: HeaderField) -> &'static str {
    match f {
        HeaderField::Kind => t(l, "вид документа", "kind"),
        HeaderField::Number => t(l, "номер", "number"),
        HeaderField::Organization => t(l, "организация", "organization"),
        HeaderField::Meeting => t(l, "совещание", "meeting"),
        HeaderField::Topic => t(l, "тема", "topic"),
        HeaderField::AdoptedOn => t(l, "дата принятия", "adoption date"),
        HeaderField::Place => t(l, "место", "place"),
        HeaderField::Approval => t(l, "одобрение", "approval"),
    }
}

/// `name N` for the entry at 0-based `index` of a list.
pub(crate) fn numbered(name: &str, index: usize) -> String {
    format!("{name} {}", index.saturating_add(1))
}

pub(crate) fn paragraph(l: Locale, p: &ParagraphPlace) -> String {
    numbered(t(l, "абзац", "paragraph"), p.index)
}

pub(crate) fn agenda_item(l: Locale, index: usize) -> String {
    numbered(t(l, "вопрос", "agenda item"), index)
}

pub(crate) fn attendee(l: Locale, index: usize) -> String {
    numbered(t(l, "присутствующий", "attendee"), index)
}

pub(crate) fn signature(l: Locale, index: usize) -> String {
    numbered(t(l, "подпись", "signature"), index)
}

pub(crate) fn unclassified_line(l: Locale, index: usize) -> String {
    numbered(t(l, "строка", "line"), index)
}

fn agenda_prefix(l: Locale, owner: SectionOwner) -> String {
    match owner {
        SectionOwner::Document => String::new(),
        SectionOwner::Agenda { index, .. } => format!("{}, ", agenda_item(l, index)),
    }
}

pub(crate) fn section(l: Locale, p: &SectionPlace) -> String {
    format!(
        "{}{}",
        agenda_prefix(l, p.owner),
        numbered(t(l, "раздел", "section"), p.index)
    )
}

pub(crate) fn directive(l: Locale, p: &DirectivePlace) -> String {
    let mut number = p.section.index.saturating_add(1).to_string();
    for i in &p.path {
        let _ = write!(number, ".{}", i.saturating_add(1));
    }
    format!(
        "{}{} {number}",
        agenda_prefix(l, p.section.owner),
        t(l, "п.", "point")
    )
}
