//! Everything the rules need to know about one piece of directive text that
//! depends on the text alone (and the document year): extraction results,
//! verb and formula detection, the normalised-text hash and the MinHash
//! signature. This is the expensive part of validation, so [`Validator`]
//! caches it per node and recomputes it only when the text changes.
//!
//! [`Validator`]: super::Validator

use std::fmt;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::control::is_deadline_note;
use crate::extract::{extract_with, ExtractBuffers, ExtractContext, Extraction};

use super::rules::near_duplicate::{signature, Bands};
use super::words;

/// Text-only facts about one directive, sub-item or section lead.
#[derive(Clone)]
pub(crate) struct Analysis {
    /// Where the analysed text and the shingles are kept, with those of
    /// the texts analysed together with it (see [`Store`]).
    store: Arc<Store>,
    /// The analysed text itself, in the store: a cached analysis is reused
    /// only for the very same text.
    source: Range<usize>,
    /// The sorted, distinct shingles of the normalised text, in the store,
    /// for near-duplicate search: computed while the normalised text is at
    /// hand, for directives that can take part in it (not empty, not a
    /// formula, not a deadline line).
    shingles: Range<usize>,
    /// The LSH band keys of those shingles; none for texts that take no
    /// part in near-duplicate search.
    bands: Option<Bands>,
    /// The opening of the text for messages (see [`words::snippet`]),
    /// built on first use: only the messages shown need it.
    snippet: OnceLock<String>,
    /// What most rules ask about the text, small enough to be copied into
    /// every directive node.
    pub facts: Facts,
    /// Deadlines, targets and references found in the text.
    pub extraction: Extraction,
    /// The normalised text itself, kept only for addressees (repeated
    /// addressees are compared by it); directives are compared by hash and
    /// checked against their source on a match (see
    /// [`Analysis::same_normalized`]).
    normalized: Option<String>,
}

/// The texts and shingles of analyses made together, one after another:
/// a first update's batch keeps those of its thousands of texts in two
/// allocations instead of two per text, and frees them at once. A store
/// lives as long as any of its analyses: after edits replaced most of a
/// pasted document, the old texts and shingles stay until the last of
/// them goes, at most the size of that paste.
#[derive(Debug, Default)]
pub(crate) struct Store {
    text: String,
    shingles: Vec<u64>,
}

/// A batch reserves one shingle per this many bytes of text, so its list
/// is not copied again and again as it grows: there is about one shingle
/// per word, and in the generated benchmark text a word with its space
/// takes 16 bytes. The spare room is given back at the end.
const BYTES_PER_SHINGLE: usize = 12;

/// The flags and the hash of an analysed text: all that most rules read.
/// Rules walk every directive several times, so they read these from the
/// directive nodes, laid out one after another, instead of from each
/// analysis on the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Facts {
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
    /// The text itself sets a deadline of any kind (a date, a period,
    /// `постоянно`, `ежегодно`; impossible dates count too, they are
    /// reported by their own rule).
    pub has_deadline: bool,
    /// The text has a labelled deadline (`Срок исполнения: …`).
    pub labelled_deadline: bool,
    /// The text has targets.
    pub has_targets: bool,
    /// The text takes part in near-duplicate search: it has MinHash bands.
    pub searchable: bool,
    /// The hash of the normalised text (see [`normalize`](crate::words::normalize)).
    pub norm_hash: u64,
}

/// What an analysed text is in the document, which decides what its
/// analysis keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A directive or sub-item: duplicate search needs its signature.
    Directive,
    /// A section lead (`Руководителям ОО обеспечить:`).
    Lead,
    /// A section addressee: repeats are found by its normalised text.
    /// Nothing is extracted from it (no rule reads deadlines or targets
    /// in an addressee).
    Addressee,
}

/// Working memory of [`Analysis::of`], reused from one text to the next
/// so analysing a document does not allocate it again per directive.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    extract: ExtractBuffers,
    normalized: String,
    word_hashes: Vec<u64>,
    shingles: Vec<u64>,
}

/// An analysis before its store is shared: the parts kept in the store
/// are ranges into the one being filled.
struct Made {
    source: Range<usize>,
    shingles: Range<usize>,
    bands: Option<Bands>,
    facts: Facts,
    extraction: Extraction,
    normalized: Option<String>,
}

impl Made {
    fn of(
        text: &str,
        ctx: &ExtractContext,
        role: Role,
        scratch: &mut Scratch,
        store: &mut Store,
    ) -> Self {
        let clause_len = words::normalize_clause_into(text, &mut scratch.normalized);
        let normalized = scratch.normalized.as_str();
        let word_facts = words::scan_words(normalized, clause_len, &mut scratch.word_hashes);
        let clause = word_facts.clause;
        let empty = normalized.is_empty();
        // A deadline label opens with `срок` in any case, so its
        // normalised form does too: other texts are turned away without
        // comparing chars case-insensitively.
        let deadline_note = normalized.starts_with("срок") && is_deadline_note(text);
        let searched = role == Role::Directive && !(empty || clause.noting || deadline_note);
        let extraction = match role {
            Role::Addressee => Extraction::default(),
            Role::Directive | Role::Lead => extract_with(text, ctx, &mut scratch.extract),
        };
        let bands = if searched {
            signature(&scratch.word_hashes, &mut scratch.shingles)
        } else {
            None
        };
        let source = store.text.len()..store.text.len() + text.len();
        store.text.push_str(text);
        let shingles = match bands {
            Some(_) => {
                let start = store.shingles.len();
                store.shingles.extend_from_slice(&scratch.shingles);
                start..store.shingles.len()
            }
            None => 0..0,
        };
        Self {
            source,
            shingles,
            bands,
            facts: Facts {
                empty,
                has_verb: clause.has_verb,
                noting: clause.noting,
                deadline_note,
                reduction: word_facts.reduction,
                has_deadline: !extraction.deadlines.is_empty(),
                labelled_deadline: extraction.deadlines.iter().any(|d| d.labelled),
                has_targets: !extraction.targets.is_empty(),
                searchable: bands.is_some(),
                norm_hash: words::hash_text(normalized.as_bytes()),
            },
            extraction,
            normalized: (role == Role::Addressee).then(|| normalized.to_owned()),
        }
    }

    fn stored(self, store: &Arc<Store>) -> Analysis {
        Analysis {
            store: Arc::clone(store),
            source: self.source,
            shingles: self.shingles,
            bands: self.bands,
            snippet: OnceLock::new(),
            facts: self.facts,
            extraction: self.extraction,
            normalized: self.normalized,
        }
    }
}

impl Analysis {
    /// Analyses one text, in a store of its own.
    pub fn of(text: &str, ctx: &ExtractContext, role: Role, scratch: &mut Scratch) -> Self {
        let mut store = Store::default();
        let made = Made::of(text, ctx, role, scratch, &mut store);
        made.stored(&Arc::new(store))
    }

    /// Analyses texts together, in order, keeping their texts and
    /// shingles in one store.
    pub fn all_of(
        jobs: &[(&str, Role)],
        ctx: &ExtractContext,
        scratch: &mut Scratch,
    ) -> Vec<Arc<Analysis>> {
        let bytes: usize = jobs.iter().map(|(text, _)| text.len()).sum();
        let mut store = Store {
            text: String::with_capacity(bytes),
            shingles: Vec::with_capacity(bytes / BYTES_PER_SHINGLE),
        };
        let made: Vec<Made> = jobs
            .iter()
            .map(|&(text, role)| Made::of(text, ctx, role, scratch, &mut store))
            .collect();
        store.shingles.shrink_to_fit();
        let store = Arc::new(store);
        made.into_iter()
            .map(|made| Arc::new(made.stored(&store)))
            .collect()
    }

    /// The analysed text.
    pub fn source(&self) -> &str {
        self.store.text.get(self.source.clone()).unwrap_or_default()
    }

    /// The length of the analysed text, without reading the store.
    pub fn source_len(&self) -> usize {
        self.source.len()
    }

    /// The opening of the text for messages (see [`words::snippet`]).
    pub fn snippet(&self) -> &str {
        self.snippet.get_or_init(|| words::snippet(self.source()))
    }

    /// The sorted, distinct shingles of the normalised text; none for
    /// texts that take no part in near-duplicate search.
    pub fn shingles(&self) -> &[u64] {
        self.store
            .shingles
            .get(self.shingles.clone())
            .unwrap_or_default()
    }

    /// The LSH band keys of the shingles; none for texts that take no part
    /// in near-duplicate search.
    pub fn bands(&self) -> &[u64] {
        self.bands.as_ref().map_or(&[], |bands| bands.as_slice())
    }

    /// The normalised text of an addressee; empty for other texts.
    pub fn addressee_key(&self) -> &str {
        self.normalized.as_deref().unwrap_or_default()
    }

    /// Whether two texts normalise alike: their hashes match and, to rule
    /// out a collision, their sources are normalised again and compared
    /// (this runs only for texts whose hashes match) in `buffers`, reused
    /// from one pair to the next: copies that differ only in case or
    /// punctuation are common.
    pub fn same_normalized(&self, other: &Analysis, buffers: &mut [String; 2]) -> bool {
        if self.facts.norm_hash != other.facts.norm_hash {
            return false;
        }
        if self.source() == other.source() {
            return true;
        }
        let [mine, theirs] = buffers;
        words::normalize_into(self.source(), mine);
        words::normalize_into(other.source(), theirs);
        mine == theirs
    }
}

/// Shows the analysis's own text and shingles, not the whole store, so
/// analyses made alone and in a batch read alike.
impl fmt::Debug for Analysis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Analysis")
            .field("source", &self.source())
            .field("shingles", &self.shingles())
            .field("bands", &self.bands)
            .field("facts", &self.facts)
            .field("extraction", &self.extraction)
            .field("normalized", &self.normalized)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_lines_are_found_behind_the_prefilter() {
        let texts = [
            ("Срок исполнения: постоянно", true),
            ("  СРОК – до 1 мая 2020 года", true),
            ("«Сроки выполнения»: 2020-2021 годы", false),
            ("Сроки: до 1 марта 2021 года", true),
            ("срок – 2021 год", true),
            ("Сроки проведения олимпиады согласовать", false),
            ("обеспечить соблюдение сроков: до 1 мая", false),
        ];
        for (text, expected) in texts {
            let analysis = Analysis::of(
                text,
                &ExtractContext::default(),
                Role::Directive,
                &mut Scratch::default(),
            );
            assert_eq!(analysis.facts.deadline_note, expected, "{text}");
            assert_eq!(is_deadline_note(text), expected, "{text}");
        }
    }
}
