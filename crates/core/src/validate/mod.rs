//! Validation rules: each rule has a stable code, a severity, bilingual messages and a location.
