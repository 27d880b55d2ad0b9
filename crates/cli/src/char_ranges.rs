//! Ranges in characters for `check --json`: a location's `range` counts
//! UTF-8 bytes of the text it points into; `char_range` beside it gives
//! the same range in Unicode characters (code points), for consumers whose
//! strings are not indexed by bytes.

use std::ops::Range;

use resolution_core::extract::char_range;
use resolution_core::validate::{HeaderField, Location};
use resolution_core::Document;
use serde_json::{json, Value};

/// Adds `char_range` beside the byte `range` of `value`, the serialized
/// `location`, when it has one and its text is in `doc`.
pub fn add_char_range(doc: &Document, location: &Location, value: &mut Value) {
    let (Some((text, bytes)), Value::Object(map)) = (ranged_text(doc, location), value) else {
        return;
    };
    let chars = char_range(text, bytes.clone());
    map.insert(
        "char_range".to_string(),
        json!({ "start": chars.start, "end": chars.end }),
    );
}

/// The text a location's byte range points into, with that range.
fn ranged_text<'a>(
    doc: &'a Document,
    location: &'a Location,
) -> Option<(&'a str, &'a Range<usize>)> {
    match location {
        Location::Header { field, range } => Some((header_text(doc, *field)?, range.as_ref()?)),
        Location::SectionLead { section, range } => {
            let range = range.as_ref()?;
            let section = doc.all_sections().find(|s| s.id == *section)?;
            Some((&section.lead, range))
        }
        Location::Directive { directive, range } => {
            let range = range.as_ref()?;
            let directive = doc.all_directives().find(|d| d.id == *directive)?;
            Some((&directive.text, range))
        }
        Location::Preamble { .. } | Location::Section { .. } | Location::AgendaItem { .. } => None,
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
    use resolution_core::text::import_text;
    use resolution_core::validate::HeaderField;

    use super::*;

    fn with_char_range(doc: &Document, location: &Location) -> Value {
        let mut value = serde_json::to_value(location).unwrap_or(Value::Null);
        add_char_range(doc, location, &mut value);
        value
    }

    #[test]
    fn cyrillic_byte_ranges_are_counted_again_in_chars() {
        let doc = import_text("Управлению образования:\n1. провести сбор до 31 июня 2025 года.\n");
        let directive = doc.all_directives().next().expect("one directive");
        let start = directive.text.find("31").unwrap_or_default();
        let end = directive.text.len();
        let location = Location::directive_range(directive.id, start..end);
        let value = with_char_range(&doc, &location);
        assert_eq!(value["range"], json!({ "start": start, "end": end }));
        let chars = directive
            .text
            .get(..start)
            .unwrap_or_default()
            .chars()
            .count();
        let len = directive
            .text
            .get(start..)
            .unwrap_or_default()
            .chars()
            .count();
        assert!(chars < start, "Cyrillic letters take two bytes");
        assert_eq!(
            value["char_range"],
            json!({ "start": chars, "end": chars + len })
        );
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
            with_char_range(&doc, &header)["char_range"],
            json!({ "start": 1, "end": 2 })
        );
        let section = doc.all_sections().next().expect("one section");
        let lead = Location::SectionLead {
            section: section.id,
            range: Some(0..section.lead.len()),
        };
        assert_eq!(
            with_char_range(&doc, &lead)["char_range"]["end"],
            json!(section.lead.chars().count())
        );
        let whole = Location::directive(section.directives[0].id);
        assert!(with_char_range(&doc, &whole).get("char_range").is_none());
    }
}
