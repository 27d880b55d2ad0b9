//! Turning a pairing of two node lists into a list of changes: removed,
//! added, and present in both but moved or changed.

use std::collections::HashMap;
use std::hash::Hash;

use super::matching::{reordered, Pairing};
use super::types::{AgendaDetails, Change, Move, SectionDetails, SignatoryDetails, TextDetails};

/// Things a `Modified` entry may carry; empty details and no move means the
/// node is unchanged and not listed.
pub(crate) trait Details {
    fn is_empty(&self) -> bool;
}

impl Details for TextDetails {
    fn is_empty(&self) -> bool {
        self.text.is_none()
    }
}

impl Details for SectionDetails {
    fn is_empty(&self) -> bool {
        self.addressee.is_none() && self.lead.is_none()
    }
}

impl Details for AgendaDetails {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.reporter.is_none()
            && self.speaker.is_none()
            && self.summary.is_none()
    }
}

impl Details for SignatoryDetails {
    fn is_empty(&self) -> bool {
        self.role.is_none() && self.name.is_none()
    }
}

/// Moves of the new nodes: `Relocated` when the old container (mapped to a
/// new one) differs from the new container, `Reordered` when off the LCS of
/// the nodes that stayed in their container.
pub(crate) fn moves<K: Hash + Eq>(
    pairing: &Pairing,
    new_len: usize,
    old_container: impl Fn(usize) -> Option<K>,
    new_container: impl Fn(usize) -> Option<K>,
    old_position: impl Fn(usize) -> usize,
) -> Vec<Option<Move>> {
    let mut out = vec![None; new_len];
    let mut stayed: HashMap<K, Vec<(usize, usize)>> = HashMap::new();
    for (b, slot) in out.iter_mut().enumerate() {
        let Some(a) = pairing.of_new(b) else { continue };
        match (old_container(a), new_container(b)) {
            (Some(from), Some(to)) if from == to => {
                stayed.entry(to).or_default().push((b, old_position(a)))
            }
            _ => *slot = Some(Move::Relocated),
        }
    }
    for group in stayed.values() {
        let positions: Vec<usize> = group.iter().map(|&(_, p)| p).collect();
        for (&(b, _), moved) in group.iter().zip(reordered(&positions)) {
            if let (true, Some(slot)) = (moved, out.get_mut(b)) {
                *slot = Some(Move::Reordered);
            }
        }
    }
    out
}

/// Where and what each node is on one side.
pub(crate) struct Side<'a, P, C> {
    pub(crate) len: usize,
    pub(crate) place: Box<dyn Fn(usize) -> Option<P> + 'a>,
    pub(crate) content: Box<dyn Fn(usize) -> Option<C> + 'a>,
}

/// Removed nodes in old order, then added and modified nodes in new order.
pub(crate) fn changes<P, C, D: Details>(
    pairing: &Pairing,
    old: Side<'_, P, C>,
    new: Side<'_, P, C>,
    moved: &[Option<Move>],
    details: impl Fn(usize, usize) -> D,
) -> Vec<Change<P, C, D>> {
    let mut out = Vec::new();
    for a in (0..old.len).filter(|&a| pairing.of_old(a).is_none()) {
        if let (Some(place), Some(content)) = ((old.place)(a), (old.content)(a)) {
            out.push(Change::Removed {
                old: place,
                content,
            });
        }
    }
    for b in 0..new.len {
        match pairing.of_new(b) {
            None => {
                if let (Some(place), Some(content)) = ((new.place)(b), (new.content)(b)) {
                    out.push(Change::Added {
                        new: place,
                        content,
                    });
                }
            }
            Some(a) => {
                let moved = moved.get(b).copied().flatten();
                let details = details(a, b);
                if moved.is_none() && details.is_empty() {
                    continue;
                }
                if let (Some(from), Some(to)) = ((old.place)(a), (new.place)(b)) {
                    out.push(Change::Modified {
                        old: from,
                        new: to,
                        moved,
                        details,
                    });
                }
            }
        }
    }
    out
}
