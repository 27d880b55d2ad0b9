//! Everything the rules need to know about one piece of directive text that
//! depends on the text alone (and the document year): extraction results,
//! verb and formula detection, the normalised-text hash and the MinHash
//! signature. This is the expensive part of validation, so [`Validator`]
//! caches it per node and recomputes it only when the text changes.
//!
//! [`Validator`]: super::Validator

use std::sync::{Arc, OnceLock};

use crate::control::is_deadline_note;
use crate::extract::{extract_with, ExtractContext, Extraction, ScanBuffers};

use super::rules::near_duplicate::{signature, Signature};
use super::words;

/// Text-only facts about one directive, sub-item or section lead.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    /// The analysed text itself: a cached analysis is reused only for the
    /// very same text.
    pub source: String,
    /// The opening of the text for messages (see [`words::snippet`]),
    /// built on first use: only texts with a finding need it.
    snippet: OnceLock<Arc<str>>,
    /// Nothing but whitespace and punctuation.
    pub empty: bool,
    /// The first clause carries an infinitive or another directive form.
    pub has_verb: bool,
    /// A noting/approving formula (`принять к сведению`, `утвердить`).
    pub noting: bool,
    /// Only a deadline line (`Срок исполнения: постоянно`).
    pub deadline_note: bool,
    /// The text speaks of reducing something (`снизить`, `сокращение`), so
    /// staged targets may fall.
    pub reduction: bool,
    /// Deadlines, targets and references found in the text.
    pub extraction: Extraction,
    /// The normalised text (see [`words::normalize`]) and its hash.
    pub normalized: String,
    pub norm_hash: u64,
    /// Shingles and MinHash bands for near-duplicate search, computed on
    /// first use (see [`Analysis::signature`]): only comparable directives
    /// need them.
    signature: OnceLock<Signature>,
}

/// Word stems that mark a reduction target.
const REDUCTION_STEMS: &[&str] = &["сниж", "сниз", "сокращ", "сократ", "уменьш"];

/// The first letters of [`REDUCTION_STEMS`]: words starting otherwise are
/// skipped without comparing stems.
const REDUCTION_INITIALS: &[char] = &['с', 'у'];

/// Whether a word of the normalised text starts with a reduction stem.
fn is_reduction_word(word: &str) -> bool {
    word.starts_with(REDUCTION_INITIALS) && REDUCTION_STEMS.iter().any(|s| word.starts_with(s))
}

/// Whether any word of a normalised text (words joined by single spaces)
/// is a reduction word. Walks the bytes once: a word start is checked only
/// when its first byte can open a reduction stem.
fn mentions_reduction(normalized: &str) -> bool {
    // Every initial is a two-byte letter starting with this lead byte.
    const LEAD: u8 = 0xD1;
    let bytes = normalized.as_bytes();
    let mut word_start = true;
    for (i, &b) in bytes.iter().enumerate() {
        if word_start && b == LEAD && normalized.get(i..).is_some_and(is_reduction_word) {
            return true;
        }
        word_start = b == b' ';
    }
    false
}

/// Working memory of [`Analysis::of`], reused from one text to the next
/// so analysing a document does not allocate it again per directive.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    scan: ScanBuffers,
}

impl Analysis {
    pub fn of(text: &str, ctx: &ExtractContext, scratch: &mut Scratch) -> Self {
        let (normalized, clause_len) = words::normalize_marked(text, words::first_clause_end(text));
        let reduction = mentions_reduction(&normalized);
        let clause = words::clause_facts(normalized.get(..clause_len).unwrap_or_default());
        Self {
            source: text.to_owned(),
            snippet: OnceLock::new(),
            empty: normalized.is_empty(),
            has_verb: clause.has_verb,
            noting: clause.noting,
            deadline_note: is_deadline_note(text),
            reduction,
            extraction: extract_with(text, ctx, &mut scratch.scan),
            norm_hash: words::hash_text(normalized.as_bytes()),
            signature: OnceLock::new(),
            normalized,
        }
    }

    /// The opening of the text for messages (see [`words::snippet`]).
    pub fn snippet(&self) -> Arc<str> {
        Arc::clone(
            self.snippet
                .get_or_init(|| words::snippet(&self.source).into()),
        )
    }

    /// Shingles and MinHash bands of the normalised text.
    pub fn signature(&self) -> &Signature {
        self.signature.get_or_init(|| signature(&self.normalized))
    }

    /// Whether the text itself sets a deadline of any kind (a date, a
    /// period, `постоянно`, `ежегодно`; impossible dates count too, they are
    /// reported by their own rule).
    pub fn has_deadline(&self) -> bool {
        !self.extraction.deadlines.is_empty()
    }

    /// Whether the text has a labelled deadline (`Срок исполнения: …`).
    pub fn has_labelled_deadline(&self) -> bool {
        self.extraction.deadlines.iter().any(|d| d.labelled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduction_initials_cover_every_stem() {
        for stem in REDUCTION_STEMS {
            assert!(stem.starts_with(REDUCTION_INITIALS), "{stem}");
        }
        assert!(is_reduction_word("снизить") && !is_reduction_word("обеспечить"));
        for initial in REDUCTION_INITIALS {
            assert_eq!(
                initial.to_string().as_bytes().first(),
                Some(&0xD1),
                "{initial}"
            );
        }
    }

    #[test]
    fn finds_reduction_words_anywhere() {
        for (text, expected) in [
            ("снизить долю", true),
            ("обеспечить сокращение очередей", true),
            ("обеспечить рост", false),
            ("сотрудничество со школами", false),
            ("", false),
            ("высокое уменьшение", true),
            ("несокращаемый", false),
        ] {
            assert_eq!(mentions_reduction(text), expected, "{text}");
            assert_eq!(text.split(' ').any(is_reduction_word), expected, "{text}");
        }
    }
}
