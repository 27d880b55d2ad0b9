//! Incremental validation. [`Validator`] keeps the per-node analysis
//! (extraction, verb detection, normalised text, MinHash signature) of the
//! previous update, so re-validating after an edit re-analyses only the
//! nodes whose text changed; the document-level rules then run over cached
//! analyses, which is a cheap linear pass.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Arc;

use crate::extract::{ExtractContext, Extraction};
use crate::ids::{DirectiveId, SectionId};
use crate::model::{Directive, Document, Section};

use super::analysis::{Analysis, Role, Scratch};
use super::batch;
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

/// Analyses of one kind of node from the previous update, in visiting
/// order. An analysis is reused only for the very same text, so ids are
/// just a hint for finding it: first at the same position as last time
/// (the common case after an edit: everything lines up), else through a
/// map by id, built only when positions stop lining up (after an insertion,
/// deletion or move).
struct Cache<K> {
    previous: Vec<(K, Arc<Analysis>)>,
    current: Vec<(K, Arc<Analysis>)>,
    by_id: Option<IdMap<K, usize>>,
    /// Analyses made ahead of this update, in visiting order (see
    /// [`batch`]), each with the address of the text it was made from: a
    /// miss takes the one at its position when it is of the very same
    /// text. The document stays borrowed for the whole update, so the same
    /// address and length mean the same text, without comparing the bytes.
    /// Taken, not cloned, when used.
    prepared: Vec<(usize, Option<Arc<Analysis>>)>,
    misses: usize,
}

impl<K: Hash + Eq + Copy> Cache<K> {
    fn new() -> Self {
        Self {
            previous: Vec::new(),
            current: Vec::new(),
            by_id: None,
            prepared: Vec::new(),
            misses: 0,
        }
    }

    fn get(
        &mut self,
        key: K,
        text: &str,
        extract: &ExtractContext,
        role: Role,
        scratch: &mut Scratch,
    ) -> Arc<Analysis> {
        let position = self.current.len();
        let found = match self.previous.get(position) {
            Some((k, _)) if *k == key => Some(position),
            _ => self.lookup(key),
        };
        let analysis = match found.and_then(|i| self.previous.get(i)) {
            Some((_, analysis)) if analysis.source() == text => Arc::clone(analysis),
            _ => {
                self.misses += 1;
                let prepared = match self.prepared.get_mut(position) {
                    Some((address, prepared)) if *address == text.as_ptr() as usize => {
                        prepared.take_if(|a| a.source_len() == text.len())
                    }
                    _ => None,
                };
                match prepared {
                    Some(prepared) => prepared,
                    None => Arc::new(Analysis::of(text, extract, role, scratch)),
                }
            }
        };
        self.current.push((key, Arc::clone(&analysis)));
        analysis
    }

    fn lookup(&mut self, key: K) -> Option<usize> {
        let previous = &self.previous;
        let by_id = self.by_id.get_or_insert_with(|| {
            previous
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (*k, i))
                .collect()
        });
        by_id.get(&key).copied()
    }

    /// Starts an update.
    fn begin(&mut self) {
        self.current.clear();
        self.by_id = None;
        self.misses = 0;
    }

    /// Ends an update: this update's analyses become the cache.
    fn finish(&mut self) {
        std::mem::swap(&mut self.previous, &mut self.current);
        self.current.clear();
        self.by_id = None;
        self.prepared = Vec::new();
    }

    fn clear(&mut self) {
        self.previous.clear();
        self.current.clear();
        self.by_id = None;
    }
}

struct Caches<'v> {
    directives: &'v mut Cache<DirectiveId>,
    leads: &'v mut Cache<SectionId>,
    addressees: &'v mut Cache<SectionId>,
    extract: ExtractContext,
    scratch: &'v mut Scratch,
}

impl Analyses for Caches<'_> {
    fn directive(&mut self, directive: &Directive) -> Arc<Analysis> {
        self.directives.get(
            directive.id,
            &directive.text,
            &self.extract,
            Role::Directive,
            self.scratch,
        )
    }

    fn lead(&mut self, section: &Section) -> Arc<Analysis> {
        self.leads.get(
            section.id,
            &section.lead,
            &self.extract,
            Role::Lead,
            self.scratch,
        )
    }

    fn addressee(&mut self, section: &Section) -> Arc<Analysis> {
        self.addressees.get(
            section.id,
            &section.addressee,
            &self.extract,
            Role::Addressee,
            self.scratch,
        )
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
    // Fields drop in this order. The findings and the rules' memory hold
    // analyses too, so they let go first, and the caches free the analyses
    // in reading order, the order they were made in: for 10 MB of text
    // dropping the validator took 28–42 ms this way, against 41–54 ms when the
    // findings freed them in their own order.
    diagnostics: Vec<Diagnostic>,
    memory: rules::Memory,
    directives: Cache<DirectiveId>,
    leads: Cache<SectionId>,
    addressees: Cache<SectionId>,
    scratch: Scratch,
    analysed: usize,
}

impl Validator {
    pub fn new(opts: ValidateOptions) -> Self {
        Self {
            opts,
            extract: ExtractContext::default(),
            directives: Cache::new(),
            leads: Cache::new(),
            addressees: Cache::new(),
            scratch: Scratch::default(),
            memory: rules::Memory::default(),
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
        let extract = ExtractContext::adopted(adoption_date(doc));
        if extract != self.extract {
            // Year-less deadlines read differently now: start afresh.
            self.directives.clear();
            self.leads.clear();
            self.addressees.clear();
            self.extract = extract;
        }
        self.directives.begin();
        self.leads.begin();
        self.addressees.begin();
        let fresh = self.directives.previous.is_empty();
        if fresh {
            self.prepare(doc);
        }
        self.diagnostics.clear();
        {
            let mut caches = Caches {
                directives: &mut self.directives,
                leads: &mut self.leads,
                addressees: &mut self.addressees,
                extract: self.extract,
                scratch: &mut self.scratch,
            };
            // The previous run's count, or on a first run the count of
            // analyses made ahead: sized once, a large document is not
            // copied again and again while its lists grow.
            let capacity = caches
                .directives
                .previous
                .len()
                .max(caches.directives.prepared.len());
            caches.directives.current.reserve(capacity);
            let ctx = Ctx::build(doc, &self.opts, &mut caches, capacity);
            rules::run(&ctx, &mut self.memory, &mut self.diagnostics, fresh);
        }
        self.directives.finish();
        self.leads.finish();
        self.addressees.finish();
        self.analysed = self.directives.misses + self.leads.misses + self.addressees.misses;
        &self.diagnostics
    }

    /// A first update analyses every text: all at once, on several
    /// threads where the platform has them. The analyses wait in each
    /// cache's `prepared` list, in the order `Ctx::build` visits them:
    /// per section its lead, its addressee, then its directives and their
    /// items.
    fn prepare(&mut self, doc: &Document) {
        let mut jobs = Vec::new();
        for section in doc.all_sections() {
            jobs.push((section.lead.as_str(), Role::Lead));
            jobs.push((section.addressee.as_str(), Role::Addressee));
            let directives = section.directives.iter().flat_map(Directive::walk);
            jobs.extend(directives.map(|d| (d.text.as_str(), Role::Directive)));
        }
        let analyses = batch::analyse(&jobs, &self.extract, &mut self.scratch);
        for ((text, role), analysis) in jobs.iter().zip(analyses) {
            let prepared = match role {
                Role::Lead => &mut self.leads.prepared,
                Role::Addressee => &mut self.addressees.prepared,
                Role::Directive => &mut self.directives.prepared,
            };
            prepared.push((text.as_ptr() as usize, Some(analysis)));
        }
    }

    /// The diagnostics of the last [`update`](Self::update).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Takes the diagnostics of the last update out of the validator.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    /// The deadlines, targets and references of every directive and
    /// sub-item of the last [`update`](Self::update), in reading order:
    /// the extraction the rules used (with year-less dates read in the
    /// adoption year), so callers highlighting them need not extract again.
    pub fn extractions(&self) -> impl Iterator<Item = (DirectiveId, &Extraction)> + '_ {
        self.directives
            .previous
            .iter()
            .map(|(id, analysis)| (*id, &analysis.extraction))
    }

    /// How many texts (directives, leads, addressees) the last update had to analyse
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
