//! Human-readable names for diagnostic locations: `header.topic`,
//! `section 2`, `item 2.3.1`, `agenda 1, item 1.2` (or their Russian
//! forms: `заголовок: тема`, `раздел 2`, `пункт 2.3.1`, …). Directives are
//! numbered as on the control sheet.

use resolution_core::control::{format_number, section_numbers};
use resolution_core::locale::Locale;
use resolution_core::validate::{HeaderField, Location};
use resolution_core::{DirectiveId, Document, Section};

/// Words of the labels in one language.
struct Words {
    preamble: &'static str,
    section: &'static str,
    lead: &'static str,
    item: &'static str,
    line_after: &'static str,
    line_in: &'static str,
    agenda: &'static str,
}

const EN: Words = Words {
    preamble: "preamble",
    section: "section",
    lead: "lead of section",
    item: "item",
    line_after: "deadline line after item",
    line_in: "deadline line in section",
    agenda: "agenda",
};

const RU: Words = Words {
    preamble: "преамбула, абзац",
    section: "раздел",
    lead: "вводная фраза раздела",
    item: "пункт",
    line_after: "строка срока после пункта",
    line_in: "строка срока в разделе",
    agenda: "вопрос повестки",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::Ru => &RU,
        Locale::En => &EN,
    }
}

pub fn label(doc: &Document, location: &Location, locale: Locale) -> String {
    let w = words(locale);
    match location {
        Location::Header { field, .. } => header_field(*field, locale),
        Location::Preamble { paragraph } => doc
            .preamble
            .iter()
            .position(|p| p.id == *paragraph)
            .map_or_else(
                || format!("{} #{paragraph}", w.preamble),
                |i| format!("{} {}", w.preamble, i + 1),
            ),
        Location::Section { section } => section_label(doc, |s| s.id == *section, w.section, w),
        Location::SectionLead { section, .. } => {
            section_label(doc, |s| s.id == *section, w.lead, w)
        }
        Location::Directive { directive, .. } => directive_label(doc, *directive, w),
        Location::AgendaItem { item } => doc
            .protocol
            .iter()
            .flat_map(|p| p.agenda.iter())
            .position(|a| a.id == *item)
            .map_or_else(
                || format!("{} #{item}", w.agenda),
                |i| format!("{} {}", w.agenda, i + 1),
            ),
    }
}

fn header_field(field: HeaderField, locale: Locale) -> String {
    let (en, ru) = match field {
        HeaderField::Kind => ("kind", "вид документа"),
        HeaderField::Number => ("number", "номер"),
        HeaderField::Organization => ("organization", "организация"),
        HeaderField::Meeting => ("meeting", "совещание"),
        HeaderField::Topic => ("topic", "тема"),
        HeaderField::AdoptedOn => ("adopted_on", "дата принятия"),
        HeaderField::Place => ("place", "место"),
        HeaderField::Approval => ("approval", "строка одобрения"),
    };
    match locale {
        Locale::Ru => format!("заголовок: {ru}"),
        Locale::En => format!("header.{en}"),
    }
}

/// Every section list in reading order, with the agenda position (1-based)
/// for protocol decisions.
fn section_lists(doc: &Document) -> impl Iterator<Item = (Option<usize>, &[Section])> {
    std::iter::once((None, doc.sections.as_slice())).chain(
        doc.protocol
            .iter()
            .flat_map(|p| p.agenda.iter().enumerate())
            .map(|(i, a)| (Some(i + 1), a.decided.as_slice())),
    )
}

fn prefix(agenda: Option<usize>, w: &Words) -> String {
    agenda.map_or_else(String::new, |a| format!("{} {a}, ", w.agenda))
}

fn section_label(doc: &Document, is: impl Fn(&Section) -> bool, word: &str, w: &Words) -> String {
    for (agenda, sections) in section_lists(doc) {
        if let Some(i) = sections.iter().position(&is) {
            return format!("{}{word} {}", prefix(agenda, w), i + 1);
        }
    }
    word.to_string()
}

/// Names a directive by its control-sheet number; a deadline line, which
/// has none, by the numbered directive above it or else by its section.
fn directive_label(doc: &Document, id: DirectiveId, w: &Words) -> String {
    for (agenda, sections) in section_lists(doc) {
        for (i, section) in sections.iter().enumerate() {
            let mut above: Option<Vec<usize>> = None;
            for (directive, path) in section_numbers(section, &[i + 1]) {
                if directive == id {
                    let at = prefix(agenda, w);
                    return match (path, above) {
                        (Some(path), _) => format!("{at}{} {}", w.item, format_number(&path)),
                        (None, Some(above)) => {
                            format!("{at}{} {}", w.line_after, format_number(&above))
                        }
                        (None, None) => format!("{at}{} {}", w.line_in, i + 1),
                    };
                }
                if path.is_some() {
                    above = path;
                }
            }
        }
    }
    format!("{} #{id}", w.item)
}
