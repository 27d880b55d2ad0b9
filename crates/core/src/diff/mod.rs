//! Structural comparison of two versions of a document, for reviewers and
//! authors comparing history entries, or the open draft with a JSON file.
//!
//! # Pairing nodes
//!
//! Paragraphs, sections, directives (at any depth) and agenda items are
//! first paired by their stable ids. An id pair is *confirmed* when its
//! content is similar (see below; sections: addressee and lead), and the ids
//! are trusted ([`MatchMode::Ids`]) when at least half of all id pairs are
//! confirmed. Otherwise (two documents imported from text separately, whose
//! ids are just sequence numbers shifted by any inserted line) every id
//! pair is dropped and all nodes are paired by content
//! ([`MatchMode::Content`]).
//!
//! In [`MatchMode::Ids`], unconfirmed id pairs are set aside, nodes still
//! unpaired are paired by content, and a set-aside id pair is restored when
//! neither of its nodes found a partner by content: that is a node rewritten
//! in place. Content pairing, in both modes:
//!
//! 1. equal normalised text (letters and digits only, lower case, `ё` = `е`),
//!    first within the same list (agenda item), then anywhere, in order;
//! 2. similar text: the Dice coefficient of the normalised word multisets
//!    is at least [`SIMILARITY_THRESHOLD`] (0.5), best pairs first.
//!
//! Directives are paired before sections, so sections are paired by
//! where their directives went (at least half of the larger section's
//! directives shared), then by equal addressee and lead, equal addressee,
//! similar addressee and lead. A section id pair whose sections both have
//! directives but share none is also set aside (`Руководителям ОО` under
//! every agenda item). Attendees, signatories and unclassified lines have no
//! ids and are paired by content only.
//!
//! # Moves
//!
//! A paired node is [`Move::Relocated`] when its container (section, parent
//! directive, agenda item) is not the counterpart of its old container, and
//! [`Move::Reordered`] when it stayed in its container but is off the
//! longest common subsequence of the paired nodes there (a longest
//! increasing subsequence of old positions taken in new order), so
//! positions shifted by insertions and deletions elsewhere are not moves.
//!
//! # Cost
//!
//! Pairing is near-linear: hash maps for ids and equal text, an inverted
//! word index with capped posting lists for similarity, O(n log n) for
//! moves. Changed texts get a word-level diff (linear-space Myers) whose
//! work is capped per text; past the cap the unresolved middle is reported
//! as one replacement.
//!
//! Numbering kept from imported text (`source_number`) and node ids are not
//! compared: they are bookkeeping, not content.

mod build;
mod changes;
mod labels;
mod matching;
mod myers;
mod nodes;
mod pair_nodes;
mod render;
mod rows;
mod similarity;
mod summary;
mod types;
mod words;

pub use build::diff;
pub use render::{render_text, render_words};
pub use rows::{diff_rows, DiffRow, RowChange, RowField, RowPart};
pub use similarity::SIMILARITY_THRESHOLD;
pub use types::*;
pub use words::{new_text, old_text, word_diff};
