//! A compact structural outline of a document, for snapshot tests and
//! debugging: header facts, counts and addressees, not whole paragraphs.

use std::fmt::Write;

use crate::model::{Document, Section};

/// Characters of long texts shown in the outline.
const PREFIX_CHARS: usize = 40;

fn prefix(s: &str) -> String {
    let mut out: String = s.chars().take(PREFIX_CHARS).collect();
    if s.chars().nth(PREFIX_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// One line per fact, e.g. `section 1 «Руководителям ОО» lead «обеспечить» directives 5 items [0, 3]`.
pub fn outline(doc: &Document) -> String {
    let mut out = String::new();
    let h = &doc.header;
    let kind = h.kind.map_or("-", |k| k.title_ru());
    let _ = writeln!(out, "kind: {kind}");
    for (name, value) in [
        ("number", &h.number),
        ("organization", &h.organization),
        ("meeting", &h.meeting),
        ("topic", &h.topic),
        ("adopted_on", &h.adopted_on),
        ("place", &h.place),
        ("approval", &h.approval),
    ] {
        if !value.is_empty() {
            let _ = writeln!(out, "{name}: {}", prefix(value));
        }
    }
    let _ = writeln!(out, "preamble: {}", doc.preamble.len());
    sections(&mut out, "", &doc.sections);
    if let Some(p) = &doc.protocol {
        let _ = writeln!(out, "chair: {}", prefix(&p.chair));
        let _ = writeln!(out, "secretary: {}", prefix(&p.secretary));
        let _ = writeln!(out, "attendees: {}", p.attendees.len());
        for (i, item) in p.agenda.iter().enumerate() {
            let _ = writeln!(
                out,
                "agenda {} [{}] «{}» reporter «{}»",
                i + 1,
                item.source_number.as_deref().unwrap_or("-"),
                prefix(&item.title),
                prefix(&item.reporter)
            );
            let paragraphs = item
                .heard
                .summary
                .split('\n')
                .filter(|s| !s.is_empty())
                .count();
            let _ = writeln!(
                out,
                "  heard «{}» paragraphs {paragraphs}",
                item.heard.speaker
            );
            sections(&mut out, "  ", &item.decided);
        }
    }
    for s in &doc.signatories {
        let _ = writeln!(out, "signatory «{}» «{}»", s.role, s.name);
    }
    let _ = writeln!(out, "unclassified: {}", doc.unclassified.len());
    for u in &doc.unclassified {
        let _ = writeln!(out, "  «{}»", prefix(u));
    }
    out
}

fn sections(out: &mut String, indent: &str, sections: &[Section]) {
    for s in sections {
        let items: Vec<usize> = s.directives.iter().map(|d| d.items.len()).collect();
        let numbers: Vec<&str> = s
            .directives
            .iter()
            .map(|d| d.source_number.as_deref().unwrap_or("-"))
            .collect();
        let _ = write!(
            out,
            "{indent}section [{}] «{}»",
            s.source_number.as_deref().unwrap_or("-"),
            prefix(&s.addressee)
        );
        if !s.lead.is_empty() {
            let _ = write!(out, " lead «{}»", s.lead);
        }
        let _ = writeln!(
            out,
            " directives {} numbers {numbers:?} items {items:?}",
            s.directives.len()
        );
    }
}
