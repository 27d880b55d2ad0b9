//! The printed layout of a document as a flat list of blocks, shared by the
//! Markdown and Word exports so both print the same parts in the same order
//! with the same numbers.

use crate::control::{display_addressee, format_number, is_collapsed, number_section};
use crate::model::{Document, Section};

use super::title_line;

/// Which header field a header line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeaderPart {
    Organization,
    Meeting,
    Topic,
    DateAndPlace,
    Approval,
}

/// One printed block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// `Решение`, `Протокол № 4`.
    Title(String),
    HeaderLine(HeaderPart, String),
    /// A plain paragraph (preamble, hearing summary).
    Paragraph(String),
    /// `Председатель: Горяченкова О.А.`
    Labelled {
        label: String,
        value: String,
    },
    /// A list entry without a number (attendees).
    Bullet(String),
    /// A part heading: `ПОВЕСТКА`, `1. О реализации …`.
    Heading(String),
    /// An agenda entry: number, title and reporter.
    AgendaEntry {
        number: usize,
        title: String,
        reporter: String,
    },
    /// A section line: the addressee (and lead), numbered as level 0.
    Section {
        list: usize,
        number: String,
        text: String,
    },
    /// A directive or sub-item. `level` is its numbering level (0 for a
    /// directive that stands for its section); `None` for an unnumbered
    /// deadline line.
    Directive {
        list: usize,
        number: Option<String>,
        level: Option<usize>,
        text: String,
    },
    Signature {
        role: String,
        name: String,
    },
}

/// The layout of `doc`. Numbered lists are told apart by `list`: 0 for the
/// document's sections, `n` for the РЕШИЛИ of agenda item `n`.
pub(crate) fn layout(doc: &Document) -> Vec<Block> {
    let mut out = Vec::new();
    header(doc, &mut out);
    for paragraph in &doc.preamble {
        push_paragraphs(&paragraph.text, &mut out);
    }
    sections(&doc.sections, 0, &[], &mut out);
    if let Some(protocol) = &doc.protocol {
        labelled("Председатель", &protocol.chair, &mut out);
        labelled("Секретарь", &protocol.secretary, &mut out);
        let attendees: Vec<&String> = protocol
            .attendees
            .iter()
            .filter(|a| !a.trim().is_empty())
            .collect();
        if !attendees.is_empty() {
            out.push(Block::Labelled {
                label: "Присутствовали".into(),
                value: String::new(),
            });
            out.extend(attendees.into_iter().map(|a| {
                // The list marker is ours; drop one the author typed.
                let text = a
                    .trim()
                    .trim_start_matches(['-', '–', '—', '•'])
                    .trim_start();
                Block::Bullet(text.to_owned())
            }));
        }
        if !protocol.agenda.is_empty() {
            out.push(Block::Heading("ПОВЕСТКА".into()));
            for (index, item) in protocol.agenda.iter().enumerate() {
                out.push(Block::AgendaEntry {
                    number: index + 1,
                    title: item.title.trim().to_owned(),
                    reporter: item.reporter.trim().to_owned(),
                });
            }
        }
        for (index, item) in protocol.agenda.iter().enumerate() {
            let number = index + 1;
            let title = item.title.trim();
            out.push(Block::Heading(if title.is_empty() {
                format!("{number}.")
            } else {
                format!("{number}. {title}")
            }));
            labelled("СЛУШАЛИ", &item.heard.speaker, &mut out);
            push_paragraphs(&item.heard.summary, &mut out);
            if !item.decided.is_empty() {
                out.push(Block::Labelled {
                    label: "РЕШИЛИ".into(),
                    value: String::new(),
                });
                sections(&item.decided, number, &[], &mut out);
            }
        }
    }
    for signatory in &doc.signatories {
        if signatory.role.trim().is_empty() && signatory.name.trim().is_empty() {
            continue;
        }
        out.push(Block::Signature {
            role: signatory.role.trim().trim_end_matches(':').to_owned(),
            name: signatory.name.trim().to_owned(),
        });
    }
    out
}

fn header(doc: &Document, out: &mut Vec<Block>) {
    let h = &doc.header;
    header_line(HeaderPart::Organization, &h.organization, out);
    out.push(Block::Title(title_line(doc)));
    header_line(HeaderPart::Meeting, &h.meeting, out);
    header_line(HeaderPart::Topic, &h.topic, out);
    let date_place: Vec<&str> = [h.adopted_on.trim(), h.place.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    header_line(HeaderPart::DateAndPlace, &date_place.join(", "), out);
    header_line(HeaderPart::Approval, &h.approval, out);
}

fn header_line(part: HeaderPart, text: &str, out: &mut Vec<Block>) {
    let text = text.trim();
    if !text.is_empty() {
        out.push(Block::HeaderLine(part, text.to_owned()));
    }
}

fn labelled(label: &str, value: &str, out: &mut Vec<Block>) {
    let value = value.trim();
    if !value.is_empty() {
        out.push(Block::Labelled {
            label: label.to_owned(),
            value: value.to_owned(),
        });
    }
}

/// Text with line breaks becomes one paragraph per non-empty line.
fn push_paragraphs(text: &str, out: &mut Vec<Block>) {
    out.extend(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| Block::Paragraph(l.to_owned())),
    );
}

/// The section line: `Руководителям ОО обеспечить:`.
pub(crate) fn section_heading(section: &Section) -> String {
    let addressee = display_addressee(&section.addressee);
    let lead = section.lead.trim().trim_end_matches(':').trim_end();
    let mut text: String = [addressee.as_str(), lead]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !text.is_empty() && !section.directives.is_empty() {
        text.push(':');
    }
    text
}

fn sections(list: &[Section], list_id: usize, prefix: &[usize], out: &mut Vec<Block>) {
    for (index, section) in list.iter().enumerate() {
        let mut base = prefix.to_vec();
        base.push(index + 1);
        let collapsed = is_collapsed(section);
        if !collapsed {
            out.push(Block::Section {
                list: list_id,
                number: format_number(&base),
                text: section_heading(section),
            });
        }
        for numbered in number_section(section, &base) {
            let level = numbered.path.as_ref().map(|p| p.len().saturating_sub(1));
            out.push(Block::Directive {
                list: list_id,
                number: numbered.path.as_deref().map(format_number),
                level,
                text: numbered.directive.text.trim().to_owned(),
            });
        }
    }
}
