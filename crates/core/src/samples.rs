//! Built-in sample documents and templates for new documents.
