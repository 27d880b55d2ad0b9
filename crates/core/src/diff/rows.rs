//! A [`DocumentDiff`] flattened into display rows in document order, for the
//! comparison view: header fields, preamble, body sections each followed by
//! their directives, the protocol part with its agenda items and their
//! РЕШИЛИ sections, signatures, unrecognised lines.
//!
//! The diff lists removed nodes first and by kind; here every row is placed
//! by its position (the old one for a removed node, the new one otherwise),
//! a removed node just before whatever now stands at its old position.

use crate::locale::Locale;

use super::labels::{self, t};
use super::types::{
    AgendaDetails, AgendaPlace, Change, DirectivePlace, DocumentDiff, LinePlace, Move,
    ParagraphPlace, Presence, SectionContent, SectionDetails, SectionOwner, SectionPlace,
    SignatoryDetails, TextChange, TextDetails, WordChange,
};
use crate::model::Signatory;

/// What a row reports; a node both moved and changed is `Changed` (its
/// [`DiffRow::note`] says where it moved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowChange {
    Added,
    Removed,
    Moved,
    Changed,
}

impl RowChange {
    /// `added`, `removed`, `moved` or `changed`.
    pub fn code(self) -> &'static str {
        match self {
            RowChange::Added => "added",
            RowChange::Removed => "removed",
            RowChange::Moved => "moved",
            RowChange::Changed => "changed",
        }
    }
}

/// The part of the document a row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowPart {
    Header,
    Paragraph,
    Section,
    Directive,
    /// The protocol part itself, chair, secretary and attendees.
    Protocol,
    AgendaItem,
    Signatory,
    Unclassified,
}

impl RowPart {
    /// A stable lower-case name, for styling and tests.
    pub fn code(self) -> &'static str {
        match self {
            RowPart::Header => "header",
            RowPart::Paragraph => "paragraph",
            RowPart::Section => "section",
            RowPart::Directive => "directive",
            RowPart::Protocol => "protocol",
            RowPart::AgendaItem => "agenda",
            RowPart::Signatory => "signatory",
            RowPart::Unclassified => "unclassified",
        }
    }
}

/// One changed text of a node: its localised name when the node has several
/// texts (addressee and lead, role and name), and the word script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowField {
    pub name: Option<&'static str>,
    pub words: Vec<WordChange>,
}

/// One line of the comparison view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffRow {
    pub change: RowChange,
    pub part: RowPart,
    /// Where the node is, localised (`п. 2.1`, `вопрос 1, раздел 2`, `тема`):
    /// in the old document for a removed node, in the new one otherwise.
    pub label: String,
    /// Localised remark: where a node moved (`п. 2.1 → п. 3.2`), its new
    /// number when only renumbered, a section's directive count.
    pub note: Option<String>,
    /// The whole text of an added or removed node.
    pub content: Option<String>,
    /// Changed texts of a node present in both documents.
    pub fields: Vec<RowField>,
    /// Nesting level for indentation: a directive's depth (1 for a
    /// top-level directive), 0 otherwise.
    pub depth: usize,
}

/// Sort key: part of the document, position within it, removed first.
type Key = (u8, Vec<usize>, u8);

const HEADER: u8 = 0;
const PREAMBLE: u8 = 1;
const BODY: u8 = 2;
const PROTOCOL: u8 = 3;
const AGENDA: u8 = 4;
const SIGNATURES: u8 = 5;
const UNCLASSIFIED: u8 = 6;

/// The rows of `diff` in document order, labelled in `locale`.
pub fn diff_rows(diff: &DocumentDiff, locale: Locale) -> Vec<DiffRow> {
    let l = locale;
    let mut rows: Vec<(Key, DiffRow)> = Vec::new();

    for (i, f) in diff.header.iter().enumerate() {
        let row = DiffRow {
            change: RowChange::Changed,
            part: RowPart::Header,
            label: labels::header_field(l, f.field).to_owned(),
            note: None,
            content: None,
            fields: vec![RowField {
                name: None,
                words: f.words.clone(),
            }],
            depth: 0,
        };
        rows.push(((HEADER, vec![i], 1), row));
    }

    for c in &diff.preamble {
        let place = |p: &ParagraphPlace| ((PREAMBLE, vec![p.index]), labels::paragraph(l, p));
        rows.push(row(l, RowPart::Paragraph, c, place, plain, text_fields, 0));
    }

    for c in &diff.sections {
        let place = |p: &SectionPlace| (section_key(p), labels::section(l, p));
        rows.push(row(
            l,
            RowPart::Section,
            c,
            place,
            |s: &SectionContent| {
                let text = [s.addressee.trim(), s.lead.trim()]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                let note = format!("{}: {}", t(l, "поручений", "directives"), s.directives);
                (text, Some(note))
            },
            |d: &SectionDetails| {
                named(
                    l,
                    [
                        (&d.addressee, ("адресат", "addressee")),
                        (&d.lead, ("вводные слова", "lead")),
                    ],
                )
            },
            0,
        ));
    }

    for c in &diff.directives {
        let place = |p: &DirectivePlace| {
            let (part, mut at) = section_key(&p.section);
            at.extend(p.path.iter().copied());
            ((part, at), labels::directive(l, p))
        };
        let depth = match c {
            Change::Added { new: p, .. } | Change::Modified { new: p, .. } => p.path.len(),
            Change::Removed { old: p, .. } => p.path.len(),
        };
        rows.push(row(
            l,
            RowPart::Directive,
            c,
            place,
            plain,
            text_fields,
            depth,
        ));
    }

    protocol_rows(diff, l, &mut rows);

    for c in &diff.signatories {
        let place = |p: &LinePlace| ((SIGNATURES, vec![p.index]), labels::signature(l, p.index));
        rows.push(row(
            l,
            RowPart::Signatory,
            c,
            place,
            |s: &Signatory| (format!("{} {}", s.role, s.name).trim().to_owned(), None),
            |d: &SignatoryDetails| {
                named(
                    l,
                    [(&d.role, ("должность", "role")), (&d.name, ("имя", "name"))],
                )
            },
            0,
        ));
    }

    for c in &diff.unclassified {
        let place = |p: &LinePlace| {
            let label = labels::unclassified_line(l, p.index);
            ((UNCLASSIFIED, vec![p.index]), label)
        };
        rows.push(row(
            l,
            RowPart::Unclassified,
            c,
            place,
            plain,
            text_fields,
            0,
        ));
    }

    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows.into_iter().map(|(_, row)| row).collect()
}

fn protocol_rows(diff: &DocumentDiff, l: Locale, rows: &mut Vec<(Key, DiffRow)>) {
    let p = &diff.protocol;
    if let Some(presence) = p.presence {
        let change = match presence {
            Presence::Added => RowChange::Added,
            Presence::Removed => RowChange::Removed,
        };
        let row = DiffRow {
            change,
            part: RowPart::Protocol,
            label: t(l, "протокольная часть", "minutes part").to_owned(),
            note: None,
            content: None,
            fields: Vec::new(),
            depth: 0,
        };
        rows.push(((PROTOCOL, Vec::new(), 0), row));
    }
    let people = [
        (&p.chair, t(l, "председатель", "chair")),
        (&p.secretary, t(l, "секретарь", "secretary")),
    ];
    for (i, (change, name)) in people.into_iter().enumerate() {
        if let Some(text) = change {
            let row = DiffRow {
                change: RowChange::Changed,
                part: RowPart::Protocol,
                label: name.to_owned(),
                note: None,
                content: None,
                fields: vec![RowField {
                    name: None,
                    words: text.words.clone(),
                }],
                depth: 0,
            };
            rows.push(((PROTOCOL, vec![i], 1), row));
        }
    }
    for c in &p.attendees {
        let place = |p: &LinePlace| ((PROTOCOL, vec![2, p.index]), labels::attendee(l, p.index));
        rows.push(row(l, RowPart::Protocol, c, place, plain, text_fields, 0));
    }
    for c in &p.agenda {
        let place = |p: &AgendaPlace| ((AGENDA, vec![p.index]), labels::agenda_item(l, p.index));
        rows.push(row(
            l,
            RowPart::AgendaItem,
            c,
            place,
            plain,
            |d: &AgendaDetails| {
                named(
                    l,
                    [
                        (&d.title, ("название", "title")),
                        (&d.reporter, ("докладчик", "reporter")),
                        (&d.speaker, ("СЛУШАЛИ", "HEARD")),
                        (&d.summary, ("содержание", "summary")),
                    ],
                )
            },
            0,
        ));
    }
}

/// Where a section sorts: body sections by index, РЕШИЛИ sections right
/// after their agenda item.
fn section_key(p: &SectionPlace) -> (u8, Vec<usize>) {
    match p.owner {
        SectionOwner::Document => (BODY, vec![p.index]),
        SectionOwner::Agenda { index, .. } => (AGENDA, vec![index, p.index]),
    }
}

/// The content of a node whose content is its text.
fn plain(text: &impl ToString) -> (String, Option<String>) {
    (text.to_string(), None)
}

fn text_fields(d: &TextDetails) -> Vec<RowField> {
    d.text
        .iter()
        .map(|c| RowField {
            name: None,
            words: c.words.clone(),
        })
        .collect()
}

/// The changed ones of a node's named texts, each named in `l`.
fn named<const N: usize>(
    l: Locale,
    fields: [(&Option<TextChange>, (&'static str, &'static str)); N],
) -> Vec<RowField> {
    fields
        .into_iter()
        .filter_map(|(change, (ru, en))| {
            Some(RowField {
                name: Some(t(l, ru, en)),
                words: change.as_ref()?.words.clone(),
            })
        })
        .collect()
}

/// One change as a keyed row. `place` gives a position's sort key and label,
/// `content` the text (and an optional note) of an added or removed node,
/// `fields` the changed texts of a modified one.
fn row<P, C, D>(
    l: Locale,
    part: RowPart,
    c: &Change<P, C, D>,
    place: impl Fn(&P) -> ((u8, Vec<usize>), String),
    content: impl Fn(&C) -> (String, Option<String>),
    fields: impl Fn(&D) -> Vec<RowField>,
    depth: usize,
) -> (Key, DiffRow) {
    let whole = |change, p: &P, body: &C, removed| {
        let ((part_rank, at), label) = place(p);
        let (text, note) = content(body);
        let row = DiffRow {
            change,
            part,
            label,
            note,
            content: Some(text),
            fields: Vec::new(),
            depth,
        };
        ((part_rank, at, if removed { 0 } else { 1 }), row)
    };
    match c {
        Change::Added { new, content: body } => whole(RowChange::Added, new, body, false),
        Change::Removed { old, content: body } => whole(RowChange::Removed, old, body, true),
        Change::Modified {
            old,
            new,
            moved,
            details,
        } => {
            let (_, from) = place(old);
            let ((part_rank, at), to) = place(new);
            let fields = fields(details);
            let change = if fields.is_empty() {
                RowChange::Moved
            } else {
                RowChange::Changed
            };
            let note = match moved {
                Some(Move::Reordered) => {
                    Some(format!("{}: {from} → {to}", t(l, "перемещено", "moved")))
                }
                Some(Move::Relocated) => Some(format!(
                    "{}: {from} → {to}",
                    t(l, "перенесено в другое место", "moved elsewhere")
                )),
                None if from != to => Some(format!("{}: {from}", t(l, "было", "was"))),
                None => None,
            };
            let row = DiffRow {
                change,
                part,
                label: to,
                note,
                content: None,
                fields,
                depth,
            };
            ((part_rank, at, 1), row)
        }
    }
}
