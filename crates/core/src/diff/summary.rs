//! Counting the changes of a diff per part of the document.

use super::changes::Details;
use super::types::{Change, Counts, DocumentDiff, Presence, Summary};

/// Added and removed entries, and modified ones by whether they moved and
/// whether their content changed (a node can count as both).
fn count<P, C, D: Details>(changes: &[Change<P, C, D>]) -> Counts {
    let mut counts = Counts::default();
    for change in changes {
        match change {
            Change::Added { .. } => counts.added += 1,
            Change::Removed { .. } => counts.removed += 1,
            Change::Modified { moved, details, .. } => {
                counts.moved += usize::from(moved.is_some());
                counts.changed += usize::from(!details.is_empty());
            }
        }
    }
    counts
}

/// Counts per part; header fields and chair/secretary count as changed,
/// a protocol part present on one side only as added or removed.
pub(crate) fn summarize(d: &DocumentDiff) -> Summary {
    let mut protocol = count(&d.protocol.attendees);
    protocol.add(count(&d.protocol.agenda));
    protocol.changed +=
        usize::from(d.protocol.chair.is_some()) + usize::from(d.protocol.secretary.is_some());
    match d.protocol.presence {
        Some(Presence::Added) => protocol.added += 1,
        Some(Presence::Removed) => protocol.removed += 1,
        None => {}
    }
    let mut summary = Summary {
        header: Counts {
            changed: d.header.len(),
            ..Counts::default()
        },
        preamble: count(&d.preamble),
        sections: count(&d.sections),
        directives: count(&d.directives),
        protocol,
        signatories: count(&d.signatories),
        unclassified: count(&d.unclassified),
        total: Counts::default(),
    };
    let parts = [
        summary.header,
        summary.preamble,
        summary.sections,
        summary.directives,
        summary.protocol,
        summary.signatories,
        summary.unclassified,
    ];
    for part in parts {
        summary.total.add(part);
    }
    summary
}
