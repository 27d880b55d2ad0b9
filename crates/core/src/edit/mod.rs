//! Editor state: immutable document snapshots changed by transactions, with undo/redo history.
