//! Human-readable names for diagnostic locations: `header.topic`,
//! `section 2`, `item 2.3.1`, `agenda 1, item 1.2` (or their Russian
//! forms: `заголовок: тема`, `раздел 2`, `пункт 2.3.1`, …). Directives are
//! numbered as on the control sheet. [`Labels`] numbers a document once,
//! so naming each of tens of thousands of findings is a look-up.

use std::collections::HashMap;

use resolution_core::control::{format_number, section_numbers};
use resolution_core::locale::Locale;
use resolution_core::validate::{HeaderField, Location};
use resolution_core::{AgendaItemId, DirectiveId, Document, ParagraphId, Section, SectionId};

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

/// The labels of one document's nodes in one language, numbered once.
pub struct Labels {
    words: &'static Words,
    locale: Locale,
    preamble: HashMap<ParagraphId, usize>,
    /// The agenda position (1-based) for protocol decisions and the
    /// section's position (1-based) in its list.
    sections: HashMap<SectionId, (Option<usize>, usize)>,
    directives: HashMap<DirectiveId, String>,
    agenda: HashMap<AgendaItemId, usize>,
}

impl Labels {
    pub fn new(doc: &Document, locale: Locale) -> Self {
        let words = words(locale);
        let mut labels = Self {
            words,
            locale,
            preamble: HashMap::new(),
            sections: HashMap::new(),
            directives: HashMap::new(),
            agenda: HashMap::new(),
        };
        for (i, paragraph) in doc.preamble.iter().enumerate() {
            labels.preamble.entry(paragraph.id).or_insert(i + 1);
        }
        let agenda = doc.protocol.iter().flat_map(|p| p.agenda.iter());
        for (i, item) in agenda.enumerate() {
            labels.agenda.entry(item.id).or_insert(i + 1);
        }
        for (agenda, sections) in section_lists(doc) {
            for (i, section) in sections.iter().enumerate() {
                labels.sections.entry(section.id).or_insert((agenda, i + 1));
                labels.name_directives(agenda, i + 1, section);
            }
        }
        labels
    }

    /// Names every directive of a section by its control-sheet number; a
    /// deadline line, which has none, by the numbered directive above it
    /// or else by its section.
    fn name_directives(&mut self, agenda: Option<usize>, position: usize, section: &Section) {
        let w = self.words;
        let at = prefix(agenda, w);
        let mut above: Option<Vec<usize>> = None;
        for (directive, path) in section_numbers(section, &[position]) {
            let label = match (&path, &above) {
                (Some(path), _) => format!("{at}{} {}", w.item, format_number(path)),
                (None, Some(above)) => format!("{at}{} {}", w.line_after, format_number(above)),
                (None, None) => format!("{at}{} {position}", w.line_in),
            };
            self.directives.entry(directive).or_insert(label);
            if path.is_some() {
                above = path;
            }
        }
    }

    pub fn label(&self, location: &Location) -> String {
        let w = self.words;
        match location {
            Location::Header { field, .. } => header_field(*field, self.locale),
            Location::Preamble { paragraph } => match self.preamble.get(paragraph) {
                Some(i) => format!("{} {i}", w.preamble),
                None => format!("{} #{paragraph}", w.preamble),
            },
            Location::Section { section } => self.section_label(*section, w.section),
            Location::SectionLead { section, .. } => self.section_label(*section, w.lead),
            Location::Directive { directive, .. } => match self.directives.get(directive) {
                Some(label) => label.clone(),
                None => format!("{} #{directive}", w.item),
            },
            Location::AgendaItem { item } => match self.agenda.get(item) {
                Some(i) => format!("{} {i}", w.agenda),
                None => format!("{} #{item}", w.agenda),
            },
        }
    }

    fn section_label(&self, section: SectionId, word: &str) -> String {
        match self.sections.get(&section) {
            Some((agenda, i)) => format!("{}{word} {i}", prefix(*agenda, self.words)),
            None => word.to_string(),
        }
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

#[cfg(test)]
mod tests {
    use resolution_core::text::import_text;

    use super::*;

    const DECISION: &str = "РЕШЕНИЕ\n\
совещания руководителей\n\
\n\
Участники обсудили итоги года.\n\
\n\
1. Руководителям ОО:\n\
Срок исполнения: постоянно\n\
1.1. провести собрания с родителями;\n\
1.2. обеспечить участие в олимпиаде.\n\
Срок исполнения: до 1 марта 2025 года\n\
2. Управлению образования:\n\
2.1. подготовить отчёт до 1 апреля 2025 года.\n";

    const PROTOCOL: &str = "ПРОТОКОЛ №3\n\
заседания методического совета\n\
\n\
Председатель: Иванова А.А.\n\
Секретарь: Петрова Б.Б.\n\
\n\
ПОВЕСТКА:\n\
1. О плане работы.\n\
2. Об олимпиаде.\n\
\n\
1. СЛУШАЛИ: Иванову А.А. о плане работы.\n\
РЕШИЛИ:\n\
1.1. Утвердить план работы.\n\
2. СЛУШАЛИ: Петрову Б.Б. об олимпиаде.\n\
РЕШИЛИ:\n\
2.1. Провести олимпиаду до 1 декабря 2025 года.\n\
2.2. Подвести итоги до 20 декабря 2025 года.\n";

    fn directive_labels(doc: &Document, locale: Locale) -> Vec<String> {
        let labels = Labels::new(doc, locale);
        doc.all_directives()
            .map(|d| labels.label(&Location::directive(d.id)))
            .collect()
    }

    #[test]
    fn directives_are_named_as_on_the_control_sheet() {
        let doc = import_text(DECISION);
        assert_eq!(
            directive_labels(&doc, Locale::Ru),
            [
                "строка срока в разделе 1",
                "пункт 1.1",
                "пункт 1.2",
                "строка срока после пункта 1.2",
                "пункт 2.1",
            ]
        );
        assert_eq!(
            directive_labels(&doc, Locale::En)[3],
            "deadline line after item 1.2"
        );
    }

    #[test]
    fn sections_preamble_and_header_by_position() {
        let doc = import_text(DECISION);
        let labels = Labels::new(&doc, Locale::Ru);
        let second = doc.sections.get(1).map(|s| s.id).expect("two sections");
        assert_eq!(
            labels.label(&Location::Section { section: second }),
            "раздел 2"
        );
        let lead = Location::SectionLead {
            section: second,
            range: None,
        };
        assert_eq!(labels.label(&lead), "вводная фраза раздела 2");
        let paragraph = doc.preamble.first().map(|p| p.id).expect("a preamble");
        assert_eq!(
            labels.label(&Location::Preamble { paragraph }),
            "преамбула, абзац 1"
        );
        let topic = Location::Header {
            field: HeaderField::Topic,
            range: None,
        };
        assert_eq!(labels.label(&topic), "заголовок: тема");
    }

    #[test]
    fn protocol_decisions_name_their_agenda_item() {
        let doc = import_text(PROTOCOL);
        // A section of one directive is numbered as the section, as on
        // the control sheet (`1.1.` there, under agenda item 1).
        assert_eq!(
            directive_labels(&doc, Locale::Ru),
            [
                "вопрос повестки 1, пункт 1",
                "вопрос повестки 2, пункт 1.1",
                "вопрос повестки 2, пункт 1.2",
            ]
        );
        let labels = Labels::new(&doc, Locale::En);
        let second = doc
            .protocol
            .as_ref()
            .and_then(|p| p.agenda.get(1))
            .map(|a| a.id)
            .expect("two agenda items");
        assert_eq!(
            labels.label(&Location::AgendaItem { item: second }),
            "agenda 2"
        );
    }

    #[test]
    fn nodes_not_in_the_document_are_named_by_id() {
        let doc = import_text(DECISION);
        let labels = Labels::new(&doc, Locale::En);
        let stranger = Location::directive(DirectiveId(9_999));
        assert_eq!(labels.label(&stranger), "item #9999");
    }
}
