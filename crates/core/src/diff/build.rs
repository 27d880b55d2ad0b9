//! Comparing two documents: pairing their nodes, then listing what was
//! added, removed, moved and changed.

use crate::model::{Document, Header, Kind, Protocol, Signatory};

use super::changes::{changes, moves, Side};
use super::matching::Pairing;
use super::nodes::{Container, Owner, Tables};
use super::pair_nodes::{bags, keys, Bags, Matches};
use super::similarity::Vocabulary;
use super::summary::summarize;
use super::types::{
    AgendaChange, AgendaDetails, AgendaPlace, DirectiveChange, DocumentDiff, FieldChange,
    HeaderField, LineChange, LinePlace, ParagraphChange, ParagraphPlace, Presence, ProtocolDiff,
    SectionChange, SectionContent, SectionDetails, SignatoryChange, SignatoryDetails, Summary,
    TextDetails,
};
use super::words::{text_change, word_diff};

/// Compares two versions of a document. See the [module documentation](super)
/// for how nodes are paired.
pub fn diff(old: &Document, new: &Document) -> DocumentDiff {
    let (o, n) = (Tables::new(old), Tables::new(new));
    let mut vocabulary = Vocabulary::default();
    let (old_bags, new_bags) = (
        Bags::new(&o, &mut vocabulary),
        Bags::new(&n, &mut vocabulary),
    );

    let (matches, matching) = Matches::new(&o, &n, &old_bags, &new_bags);

    let empty_protocol = Protocol::default();
    let old_protocol = old.protocol.as_ref().unwrap_or(&empty_protocol);
    let new_protocol = new.protocol.as_ref().unwrap_or(&empty_protocol);
    let protocol = ProtocolDiff {
        presence: match (&old.protocol, &new.protocol) {
            (None, Some(_)) => Some(Presence::Added),
            (Some(_), None) => Some(Presence::Removed),
            _ => None,
        },
        chair: text_change(&old_protocol.chair, &new_protocol.chair),
        secretary: text_change(&old_protocol.secretary, &new_protocol.secretary),
        attendees: line_changes(
            &old_protocol.attendees,
            &new_protocol.attendees,
            &mut vocabulary,
        ),
        agenda: agenda_changes(&o, &n, &matches.agenda),
    };

    let mut result = DocumentDiff {
        matching,
        header: header_changes(&old.header, &new.header),
        preamble: paragraph_changes(&o, &n, &matches.paragraphs),
        sections: section_changes(&o, &n, &matches),
        directives: directive_changes(&o, &n, &matches),
        protocol,
        signatories: signatory_changes(&old.signatories, &new.signatories, &mut vocabulary),
        unclassified: line_changes(&old.unclassified, &new.unclassified, &mut vocabulary),
        summary: Summary::default(),
    };
    result.summary = summarize(&result);
    result
}

fn paragraph_changes<'a>(
    o: &Tables<'a>,
    n: &Tables<'a>,
    pairing: &Pairing,
) -> Vec<ParagraphChange> {
    let moved = moves(
        pairing,
        n.paragraphs.len(),
        |_| Some(()),
        |_| Some(()),
        |a| a,
    );
    let side = |t: &Tables<'a>| {
        let list = t.paragraphs;
        Side {
            len: list.len(),
            place: Box::new(move |i| list.get(i).map(|p| ParagraphPlace { id: p.id, index: i })),
            content: Box::new(move |i| list.get(i).map(|p| p.text.clone())),
        }
    };
    changes(pairing, side(o), side(n), &moved, |a, b| TextDetails {
        text: o
            .paragraphs
            .get(a)
            .zip(n.paragraphs.get(b))
            .and_then(|(x, y)| text_change(&x.text, &y.text)),
    })
}

fn agenda_changes<'a>(o: &Tables<'a>, n: &Tables<'a>, pairing: &Pairing) -> Vec<AgendaChange> {
    let moved = moves(pairing, n.agenda.len(), |_| Some(()), |_| Some(()), |a| a);
    let side = |t: &Tables<'a>| {
        let list = t.agenda;
        Side {
            len: list.len(),
            place: Box::new(move |i| list.get(i).map(|a| AgendaPlace { id: a.id, index: i })),
            content: Box::new(move |i| list.get(i).map(|a| a.title.clone())),
        }
    };
    changes(pairing, side(o), side(n), &moved, |a, b| {
        match (o.agenda.get(a), n.agenda.get(b)) {
            (Some(x), Some(y)) => AgendaDetails {
                title: text_change(&x.title, &y.title),
                reporter: text_change(&x.reporter, &y.reporter),
                speaker: text_change(&x.heard.speaker, &y.heard.speaker),
                summary: text_change(&x.heard.summary, &y.heard.summary),
            },
            _ => AgendaDetails::default(),
        }
    })
}

fn section_changes<'a>(o: &'a Tables<'a>, n: &'a Tables<'a>, m: &Matches) -> Vec<SectionChange> {
    let map_owner = |owner: Owner| match owner {
        Owner::Document => Some(Owner::Document),
        Owner::Agenda(a) => m.agenda.of_old(a).map(Owner::Agenda),
    };
    let moved = moves(
        &m.sections,
        n.sections.len(),
        |a| o.sections.get(a).and_then(|s| map_owner(s.owner)),
        |b| n.sections.get(b).map(|s| s.owner),
        |a| o.sections.get(a).map_or(0, |s| s.index),
    );
    let side = |t: &'a Tables<'a>| Side {
        len: t.sections.len(),
        place: Box::new(move |i| t.section_place(i)),
        content: Box::new(move |i| {
            t.sections.get(i).map(|s| SectionContent {
                addressee: s.section.addressee.clone(),
                lead: s.section.lead.clone(),
                directives: s.size,
            })
        }),
    };
    changes(&m.sections, side(o), side(n), &moved, |a, b| {
        match (o.sections.get(a), n.sections.get(b)) {
            (Some(x), Some(y)) => SectionDetails {
                addressee: text_change(&x.section.addressee, &y.section.addressee),
                lead: text_change(&x.section.lead, &y.section.lead),
            },
            _ => SectionDetails::default(),
        }
    })
}

fn directive_changes<'a>(
    o: &'a Tables<'a>,
    n: &'a Tables<'a>,
    m: &Matches,
) -> Vec<DirectiveChange> {
    let map_container = |c: Container| match c {
        Container::Section(s) => m.sections.of_old(s).map(Container::Section),
        Container::Directive(d) => m.directives.of_old(d).map(Container::Directive),
    };
    let moved = moves(
        &m.directives,
        n.directives.len(),
        |a| {
            o.directives
                .get(a)
                .and_then(|d| map_container(d.container()))
        },
        |b| n.directives.get(b).map(|d| d.container()),
        |a| o.directives.get(a).map_or(0, |d| d.position()),
    );
    let side = |t: &'a Tables<'a>| Side {
        len: t.directives.len(),
        place: Box::new(move |i| t.directive_place(i)),
        content: Box::new(move |i| t.directives.get(i).map(|d| d.directive.text.clone())),
    };
    changes(&m.directives, side(o), side(n), &moved, |a, b| {
        TextDetails {
            text: o
                .directives
                .get(a)
                .zip(n.directives.get(b))
                .and_then(|(x, y)| text_change(&x.directive.text, &y.directive.text)),
        }
    })
}

/// Pairs id-less entries by equal, then similar normalised text.
fn pair_texts(old: &[String], new: &[String], v: &mut Vocabulary) -> Pairing {
    let mut pairing = Pairing::new(old.len(), new.len());
    let analyse = |texts: &[String], v: &mut Vocabulary| {
        texts
            .iter()
            .map(|t| v.analyse([t.as_str()]))
            .collect::<Vec<_>>()
    };
    let (old, new) = (analyse(old, v), analyse(new, v));
    pairing.by_key(&keys(&old), &keys(&new));
    pairing.by_similarity(&bags(&old), &bags(&new));
    pairing
}

fn line_side(lines: &[String]) -> Side<'_, LinePlace, String> {
    Side {
        len: lines.len(),
        place: Box::new(move |i| (i < lines.len()).then_some(LinePlace { index: i })),
        content: Box::new(move |i| lines.get(i).cloned()),
    }
}

fn line_changes(old: &[String], new: &[String], v: &mut Vocabulary) -> Vec<LineChange> {
    let pairing = pair_texts(old, new, v);
    let moved = moves(&pairing, new.len(), |_| Some(()), |_| Some(()), |a| a);
    changes(&pairing, line_side(old), line_side(new), &moved, |a, b| {
        TextDetails {
            text: old
                .get(a)
                .zip(new.get(b))
                .and_then(|(x, y)| text_change(x, y)),
        }
    })
}

fn signatory_changes<'a>(
    old: &'a [Signatory],
    new: &'a [Signatory],
    v: &mut Vocabulary,
) -> Vec<SignatoryChange> {
    let line = |s: &Signatory| format!("{} {}", s.role, s.name);
    let old_lines: Vec<String> = old.iter().map(line).collect();
    let new_lines: Vec<String> = new.iter().map(line).collect();
    let pairing = pair_texts(&old_lines, &new_lines, v);
    let moved = moves(&pairing, new.len(), |_| Some(()), |_| Some(()), |a| a);
    let side = |list: &'a [Signatory]| Side {
        len: list.len(),
        place: Box::new(move |i| (i < list.len()).then_some(LinePlace { index: i })),
        content: Box::new(move |i| list.get(i).cloned()),
    };
    changes(&pairing, side(old), side(new), &moved, |a, b| {
        match (old.get(a), new.get(b)) {
            (Some(x), Some(y)) => SignatoryDetails {
                role: text_change(&x.role, &y.role),
                name: text_change(&x.name, &y.name),
            },
            _ => SignatoryDetails::default(),
        }
    })
}

fn header_changes(old: &Header, new: &Header) -> Vec<FieldChange> {
    let kind = |k: Option<Kind>| k.map(Kind::title_ru).unwrap_or_default().to_owned();
    let fields = [
        (HeaderField::Kind, kind(old.kind), kind(new.kind)),
        (HeaderField::Number, old.number.clone(), new.number.clone()),
        (
            HeaderField::Organization,
            old.organization.clone(),
            new.organization.clone(),
        ),
        (
            HeaderField::Meeting,
            old.meeting.clone(),
            new.meeting.clone(),
        ),
        (HeaderField::Topic, old.topic.clone(), new.topic.clone()),
        (
            HeaderField::AdoptedOn,
            old.adopted_on.clone(),
            new.adopted_on.clone(),
        ),
        (HeaderField::Place, old.place.clone(), new.place.clone()),
        (
            HeaderField::Approval,
            old.approval.clone(),
            new.approval.clone(),
        ),
    ];
    fields
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, old, new)| FieldChange {
            words: word_diff(&old, &new),
            field,
            old,
            new,
        })
        .collect()
}
