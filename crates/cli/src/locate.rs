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
