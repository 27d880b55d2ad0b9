//! Incremental validation. [`Validator`] keeps the per-node analysis
//! (extraction, verb detection, normalised text, MinHash signature) keyed by
//! node id and text, so re-validating after an edit re-analyses only the
//! nodes whose text changed; the document-level rules then run over cached
//! analyses, which is a cheap linear pass.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Arc;

use crate::extract::ExtractContext;
use crate::ids::{DirectiveId, SectionId};
use crate::model::{Directive, Document, Section};

use super::analysis::Analysis;
use super::context::{adoption_date, Analyses, Ctx};
use super::{rules, Diagnostic, ValidateOptions};

/// Hasher for small integer ids: one multiplication instead of SipHash.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

struct Entry {
    text: String,
    analysis: Arc<Analysis>,
}

/// Analyses of one kind of node, by id. Each update moves the entries it
/// uses from `previous` into `current`; what is left in `previous` belongs
/// to deleted nodes or old texts and is dropped.
struct Cache<K> {
    previous: IdMap<K, Entry>,
    current: IdMap<K, Entry>,
    misses: usize,
}

impl<K: Hash + Eq + Copy> Cache<K> {
    fn new() -> Self {
        Self {
            previous: IdMap::default(),
            current: IdMap::default(),
            misses: 0,
        }
    }

    fn get(&mut self, key: K, text: &str, extract: &ExtractContext) -> Arc<Analysis> {
        if let Some(entry) = self.current.get(&key) {
            if entry.text == text {
                return Arc::clone(&entry.analysis);
            }
            // Two nodes with one id (a malformed document): analyse, don't cache.
            self.misses += 1;
            return Arc::new(Analysis::of(text, extract));
        }
        let entry = match self.previous.remove(&key) {
            Some(entry) if entry.text == text => entry,
            _ => {
                self.misses += 1;
                Entry {
                    text: text.to_owned(),
                    analysis: Arc::new(Analysis::of(text, extract)),
                }
            }
        };
        let analysis = Arc::clone(&entry.analysis);
        self.current.insert(key, entry);
        analysis
    }

    /// Ends an update: unused entries are dropped.
    fn finish(&mut self) {
        std::mem::swap(&mut self.previous, &mut self.current);
        self.current.clear();
    }

    fn clear(&mut self) {
        self.previous.clear();
        self.current.clear();
    }
}

struct Caches<'v> {
    directives: &'v mut Cache<DirectiveId>,
    leads: &'v mut Cache<SectionId>,
    extract: ExtractContext,
}

impl Analyses for Caches<'_> {
    fn directive(&mut self, directive: &Directive) -> Arc<Analysis> {
        self.directives.get(directive.id, &directive.text, &self.extract)
    }

    fn lead(&mut self, section: &Section) -> Arc<Analysis> {
        self.leads.get(section.id, &section.lead, &self.extract)
    }
}

/// Validates successive versions of a document, re-analysing only changed
/// text. `update` returns exactly what [`validate`](super::validate) returns
/// for the same document and options.
///
/// ```
/// use resolution_core::validate::{Validator, ValidateOptions};
/// use resolution_core::Document;
///
/// let mut validator = Validator::new(ValidateOptions::default());
/// let doc = Document::default();
/// let count = validator.update(&doc).len();
/// assert_eq!(validator.diagnostics().len(), count);
/// ```
pub struct Validator {
    opts: ValidateOptions,
    extract: ExtractContext,
    directives: Cache<DirectiveId>,
    leads: Cache<SectionId>,
    diagnostics: Vec<Diagnostic>,
    analysed: usize,
}

impl Validator {
    pub fn new(opts: ValidateOptions) -> Self {
        Self {
            opts,
            extract: ExtractContext::default(),
            directives: Cache::new(),
            leads: Cache::new(),
            diagnostics: Vec::new(),
            analysed: 0,
        }
    }

    pub fn options(&self) -> &ValidateOptions {
        &self.opts
    }

    /// Changes the options; takes effect at the next [`update`](Self::update).
    /// Cached analyses stay valid (they do not depend on the options).
    pub fn set_options(&mut self, opts: ValidateOptions) {
        self.opts = opts;
    }

    /// Validates `doc`, reusing the analysis of every node whose text is
    /// unchanged since the previous call, and returns the diagnostics.
    pub fn update(&mut self, doc: &Document) -> &[Diagnostic] {
        let extract = ExtractContext {
            default_year: adoption_date(doc).map(|d| d.year),
        };
        if extract != self.extract {
            // Year-less deadlines read differently now: start afresh.
            self.directives.clear();
            self.leads.clear();
            self.extract = extract;
        }
        self.directives.misses = 0;
        self.leads.misses = 0;
        self.diagnostics.clear();
        {
            let mut caches = Caches {
                directives: &mut self.directives,
                leads: &mut self.leads,
                extract: self.extract,
            };
            let ctx = Ctx::build(doc, &self.opts, &mut caches);
            rules::run(&ctx, &mut self.diagnostics);
        }
        self.directives.finish();
        self.leads.finish();
        self.analysed = self.directives.misses + self.leads.misses;
        &self.diagnostics
    }

    /// The diagnostics of the last [`update`](Self::update).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Takes the diagnostics of the last update out of the validator.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    /// How many texts (directives and leads) the last update had to analyse
    /// afresh; the rest came from the cache.
    pub fn last_analysed(&self) -> usize {
        self.analysed
    }
}

impl Default for Validator {
    fn default() -> Self {
        Self::new(ValidateOptions::default())
    }
}
