//! UI and message locales: Russian (default) and English.
