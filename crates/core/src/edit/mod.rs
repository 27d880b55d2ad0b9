//! Editor state: immutable document snapshots changed by transactions, with undo/redo history.

mod apply;
#[cfg(test)]
mod comment_tests;
mod ops;
mod state;
#[cfg(test)]
mod tests;

pub use apply::EditError;
pub use ops::{
    AgendaField, Edit, FieldRef, HeaderField, ProtocolField, SectionList, SignatoryField,
};
pub use state::{EditorState, Transaction, HISTORY_LIMIT, TYPING_GROUP_MS};
