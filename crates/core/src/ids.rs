//! Stable identifiers. Every editable node carries one; they survive edits,
//! reordering and a JSON export/import round trip.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(/// A directive section (addressee plus directives).
    SectionId);
id_type!(/// A directive, or a sub-item of a directive.
    DirectiveId);
id_type!(/// A preamble paragraph.
    ParagraphId);
id_type!(/// A protocol agenda item.
    AgendaItemId);
id_type!(/// A review comment.
    CommentId);
