//! Whether the document's fields can be changed here: not in reviewer mode
//! nor in a read-only portal editor. Given by context, so every field reads
//! it without a prop through each level.

use yew::prelude::*;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOnly(pub bool);

/// True when the fields of the document must not be edited.
#[hook]
pub fn use_read_only() -> bool {
    use_context::<ReadOnly>().is_some_and(|r| r.0)
}
