//! The text a location's byte range counts into, so the range can be given
//! in other units: characters for the command line's JSON (as Python
//! counts), UTF-16 code units for the JavaScript API (as JavaScript
//! strings count). Ranges in the core are UTF-8 byte offsets.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use serde_json::{json, Value};

use crate::extract::{TextOffsets, Units};
use crate::ids::{DirectiveId, SectionId};
use crate::model::Document;

use super::{Diagnostic, HeaderField, Location};

/// The texts of a document's directives and section leads by id, gathered
/// once: converting the ranges of every diagnostic then costs a look-up
/// each, not a walk of the document per diagnostic (which made
/// `check --json` of a 3 MB draft take 10 s).
pub struct LocatedTexts<'a> {
    doc: &'a Document,
    leads: HashMap<SectionId, &'a str>,
    directives: HashMap<DirectiveId, &'a str>,
    /// Checkpoints through each long text a range was converted in (by
    /// its address and length), built on first use: the ranges of many
    /// findings in one long text are then not each counted from its start.
    offsets: RefCell<HashMap<(usize, usize), TextOffsets<'a>>>,
}

/// Texts shorter than this (in bytes) are counted from their start for
/// each range, without checkpoints.
const CHECKPOINTS_FROM: usize = 1024;

impl<'a> LocatedTexts<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let mut leads = HashMap::new();
        for section in doc.all_sections() {
            leads.entry(section.id).or_insert(section.lead.as_str());
        }
        let mut directives = HashMap::new();
        for directive in doc.all_directives() {
            directives
                .entry(directive.id)
                .or_insert(directive.text.as_str());
        }
        Self {
            doc,
            leads,
            directives,
            offsets: RefCell::default(),
        }
    }

    /// The text `location`'s byte range points into, with the range;
    /// `None` for locations without a range or whose node is not in the
    /// document.
    fn ranged_text<'l>(&self, location: &'l Location) -> Option<(&'a str, &'l Range<usize>)> {
        match location {
            Location::Header { field, range } => {
                Some((header_text(self.doc, *field)?, range.as_ref()?))
            }
            Location::SectionLead { section, range } => {
                Some((self.leads.get(section)?, range.as_ref()?))
            }
            Location::Directive { directive, range } => {
                Some((self.directives.get(directive)?, range.as_ref()?))
            }
            Location::Preamble { .. } | Location::Section { .. } | Location::AgendaItem { .. } => {
                None
            }
        }
    }

    /// Adds to `value`, `diagnostic` serialized, beside every byte `range`
    /// (of its location and of each related place) the same range in
    /// `units` of the located text ([`char_range`](crate::extract::char_range)
    /// or [`utf16_range`](crate::extract::utf16_range)), as
    /// `{ "start", "end" }` under `name`.
    pub fn add_converted_ranges(
        &self,
        diagnostic: &Diagnostic,
        value: &mut Value,
        name: &str,
        units: Units,
    ) {
        if let Some(location) = value.get_mut("location") {
            self.add_range(&diagnostic.location, location, name, units);
        }
        if let Some(Value::Array(related)) = value.get_mut("related") {
            for (place, location) in related.iter_mut().zip(diagnostic.related.iter()) {
                self.add_range(location, place, name, units);
            }
        }
    }

    fn add_range(&self, location: &Location, value: &mut Value, name: &str, units: Units) {
        let (Some((text, bytes)), Value::Object(map)) = (self.ranged_text(location), value) else {
            return;
        };
        let converted = self.convert(text, bytes.clone(), units);
        map.insert(
            name.to_string(),
            json!({ "start": converted.start, "end": converted.end }),
        );
    }

    /// `bytes` of `text` in `units`; through checkpoints for a long text.
    fn convert(&self, text: &'a str, bytes: Range<usize>, units: Units) -> Range<usize> {
        if text.len() < CHECKPOINTS_FROM {
            return units.range(text, bytes);
        }
        let mut offsets = self.offsets.borrow_mut();
        offsets
            .entry((text.as_ptr() as usize, text.len()))
            .or_insert_with(|| TextOffsets::new(text))
            .range(units, bytes)
    }
}

fn header_text(doc: &Document, field: HeaderField) -> Option<&str> {
    let header = &doc.header;
    match field {
        HeaderField::Kind => None,
        HeaderField::Number => Some(&header.number),
        HeaderField::Organization => Some(&header.organization),
        HeaderField::Meeting => Some(&header.meeting),
        HeaderField::Topic => Some(&header.topic),
        HeaderField::AdoptedOn => Some(&header.adopted_on),
        HeaderField::Place => Some(&header.place),
        HeaderField::Approval => Some(&header.approval),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{char_range, utf16_range};
    use crate::text::import_text;
    use crate::validate::RuleCode;

    use super::*;

    fn converted(doc: &Document, location: &Location, name: &str) -> Value {
        let diagnostic = Diagnostic::new(
            RuleCode::PercentOver100,
            location.clone(),
            Default::default(),
        );
        let mut value = serde_json::to_value(&diagnostic).unwrap_or(Value::Null);
        let units = if name == "char_range" {
            Units::Chars
        } else {
            Units::Utf16
        };
        LocatedTexts::new(doc).add_converted_ranges(&diagnostic, &mut value, name, units);
        value["location"].clone()
    }

    #[test]
    fn cyrillic_byte_ranges_are_counted_again_in_chars_and_utf16() {
        let doc =
            import_text("Управлению образования:\n1. провести сбор до 31 июня 2025 года 𝟙.\n");
        let directive = doc.all_directives().next().expect("one directive");
        let start = directive.text.find("31").unwrap_or_default();
        let end = directive.text.len();
        let location = Location::directive_range(directive.id, start..end);
        let before = directive.text.get(..start).unwrap_or_default();
        let rest = directive.text.get(start..).unwrap_or_default();
        let chars = converted(&doc, &location, "char_range");
        assert_eq!(chars["range"], json!({ "start": start, "end": end }));
        let (at, len) = (before.chars().count(), rest.chars().count());
        assert!(at < start, "Cyrillic letters take two bytes");
        assert_eq!(chars["char_range"], json!({ "start": at, "end": at + len }));
        let utf16 = converted(&doc, &location, "utf16_range");
        let (at, len) = (before.encode_utf16().count(), rest.encode_utf16().count());
        assert_eq!(rest.chars().count() + 1, len, "𝟙 takes two UTF-16 units");
        assert_eq!(
            utf16["utf16_range"],
            json!({ "start": at, "end": at + len })
        );
    }

    #[test]
    fn ranges_in_a_long_text_go_through_checkpoints_and_count_the_same() {
        let long = "провести сбор до 31 июня 2025 года 𝟙, ".repeat(100);
        let doc = import_text(&format!("Управлению образования:\n1. {long}\n"));
        let directive = doc.all_directives().next().expect("one directive");
        let text = directive.text.as_str();
        assert!(text.len() > CHECKPOINTS_FROM);
        let texts = LocatedTexts::new(&doc);
        for start in text.rmatch_indices("31").map(|(at, _)| at) {
            for end in [start + 2, start + 40, text.len(), text.len() + 7] {
                let location = Location::directive_range(directive.id, start..end);
                let diagnostic =
                    Diagnostic::new(RuleCode::PercentOver100, location, Default::default());
                let mut value = serde_json::to_value(&diagnostic).unwrap_or(Value::Null);
                texts.add_converted_ranges(&diagnostic, &mut value, "char_range", Units::Chars);
                texts.add_converted_ranges(&diagnostic, &mut value, "utf16_range", Units::Utf16);
                let (chars, units) = (char_range(text, start..end), utf16_range(text, start..end));
                assert_eq!(
                    value["location"]["char_range"],
                    json!({ "start": chars.start, "end": chars.end })
                );
                assert_eq!(
                    value["location"]["utf16_range"],
                    json!({ "start": units.start, "end": units.end })
                );
            }
        }
        assert_eq!(texts.offsets.borrow().len(), 1, "one text, indexed once");
    }

    #[test]
    fn header_and_lead_ranges_too_and_nothing_without_a_range() {
        let mut doc = import_text("Руководителям ОО обеспечить:\n- участие в конкурсах.\n");
        doc.header.adopted_on = "«1» сентября".to_string();
        let header = Location::Header {
            field: HeaderField::AdoptedOn,
            range: Some(2..3),
        };
        assert_eq!(
            converted(&doc, &header, "char_range")["char_range"],
            json!({ "start": 1, "end": 2 })
        );
        let section = doc.all_sections().next().expect("one section");
        let lead = Location::SectionLead {
            section: section.id,
            range: Some(0..section.lead.len()),
        };
        assert_eq!(
            converted(&doc, &lead, "char_range")["char_range"]["end"],
            json!(section.lead.chars().count())
        );
        let whole = Location::directive(section.directives[0].id);
        assert!(converted(&doc, &whole, "char_range")
            .get("char_range")
            .is_none());
    }
}
