//! Validation rules: each rule has a stable code, a severity, bilingual
//! messages and a location.
//!
//! [`validate`] runs every rule over a document and returns
//! [`Diagnostic`]s, derived from the document and never stored in it. Each
//! diagnostic names its [`RuleCode`], [`Severity`], the exact [`Location`]
//! (header field, preamble paragraph, section, section lead, directive with
//! an optional byte range, agenda item), related locations (the other copy
//! of a duplicate) and [`Args`], the data its message is built from;
//! [`Diagnostic::message`] gives the message in Russian or English.
//!
//! # Rules
//!
//! Codes are stable: `RES` + group digit + number. The slug is an
//! alternative stable name; both parse with `RuleCode::from_str`.
//!
//! | Code   | Slug                            | Severity | Finds |
//! |--------|---------------------------------|----------|-------|
//! | RES101 | `missing-kind`                  | error    | no document kind in the header |
//! | RES102 | `missing-topic`                 | warning  | no topic (decisions, resolutions); agenda item without title |
//! | RES103 | `missing-date`                  | error    | no adoption date, neither in the field nor in the approval line |
//! | RES104 | `unparseable-date`              | error    | adoption date field is not a date |
//! | RES105 | `impossible-date`               | error    | `31 июня 2019 года` in the header, approval line, preamble, a lead or a directive |
//! | RES201 | `missing-addressee`             | error    | section without addressee (noting/approving formulas exempt) |
//! | RES202 | `addressee-not-dative`          | info     | addressee's first word does not look dative |
//! | RES203 | `empty-section`                 | warning  | section without directives |
//! | RES204 | `repeated-addressee`            | warning  | same addressee twice in one list of sections |
//! | RES301 | `empty-directive`               | error    | directive without text or items |
//! | RES302 | `no-verb`                       | warning  | directive whose first clause has no infinitive/imperative, and no lead or parent supplies one |
//! | RES303 | `duplicate-directive`           | warning  | word-for-word repeat (after normalisation), also across sections |
//! | RES304 | `near-duplicate-directive`      | warning  | Jaccard ≥ 0.7 on word bigrams, found by MinHash/LSH |
//! | RES401 | `missing-deadline`              | warning  | no deadline in the directive, its parents, lead, or a closing `Срок исполнения:` line |
//! | RES402 | `deadline-before-adoption`      | error    | due date earlier than the adoption date |
//! | RES403 | `academic-year-not-consecutive` | error    | `2019/2021 учебный год` |
//! | RES404 | `deadline-passed`               | info     | due date before [`ValidateOptions::today`] |
//! | RES405 | `year-range-reversed`           | error    | `в 2024-2019 годах` |
//! | RES406 | `deadline-without-year`         | warning  | `до 20 сентября` when the document year is unknown |
//! | RES501 | `percent-over-100`              | error    | a share above 100 %; relative changes (`на 150 %`, `120 % от уровня …`) are not judged |
//! | RES502 | `staged-target-falls`           | warning  | `к концу 2019 года до 73 %, к концу 2020 года до 70 %` (a rise, for reduction targets) |
//! | RES601 | `numbering-gap`                 | warning  | imported numbering `1, 2, 4` or starting above one |
//! | RES602 | `numbering-repeat`              | warning  | imported numbering `1, 1` or going back |
//!
//! Scope decisions: cross-section duplicates are reported (the same task
//! for two addressees is usually a paste mistake, or should be one
//! directive for both); addressee repeats are judged within one list of
//! sections, since agenda items of a protocol legitimately address the same
//! body again.
//!
//! # Performance and the incremental path
//!
//! Everything is linear in the size of the document; near-duplicate search
//! is linear in the number of directives times a constant (bands × capped
//! bucket candidates, never pairwise). The costly part, analysing a text
//! (extraction, verb detection, normalisation, MinHash), is cached by
//! [`Validator`]: after editing one directive, [`Validator::update`]
//! re-analyses that directive only, patches the near-duplicate buckets for
//! it and re-checks only the directives sharing a band with its old or new
//! text, and re-runs the cheap linear rules over cached analyses.
//! [`validate`] is a fresh `Validator` run once, so both paths give
//! identical results (`tests/validate_incremental.rs` checks this after
//! hundreds of random edits).
//!
//! A first update (a paste, an opened file, the command line) analyses
//! every text at once. On native targets with several cores a large
//! document's texts are split into contiguous runs, one thread each, and
//! a full near-duplicate search runs on its own thread beside the other
//! rules (`threads.rs`, `batch.rs`); in the browser (wasm32) all of it runs
//! in order on the one thread. The findings are the same either way, in the
//! same order. The rules read the flags they need from facts copied into
//! each directive node, laid out one after another, rather than from each
//! analysis on the heap.
//!
//! For benchmarks: `Validator::new(opts)`, `update(&doc)` once to warm the
//! caches, then change one directive's text and time `update(&doc)`;
//! `last_analysed()` tells how many texts the update re-analysed (1 after a
//! one-directive edit). On a 1,000-directive decision this took a median
//! of about 0.3 ms per update in the `bench` profile on the shared 2-core
//! development machine (under a load average of about 5).

mod analysis;
mod batch;
mod code;
mod context;
mod diagnostic;
mod located_text;
mod phrases;
mod rules;
#[cfg(test)]
mod testing;
mod threads;
mod validator;
mod words;

pub use code::{RuleCode, UnknownRuleCode};
pub use diagnostic::{ArgValue, Args, Diagnostic, HeaderField, Location, Related, Severity};
pub use located_text::LocatedTexts;
pub use validator::Validator;

use serde::{Deserialize, Serialize};

use crate::date::CivilDate;
use crate::model::Document;

/// Options of a validation run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidateOptions {
    /// Today's date, for RES404 (deadlines already past). `None` disables
    /// that rule, so results do not depend on the clock unless asked.
    #[serde(default)]
    pub today: Option<CivilDate>,
}

/// Runs every rule over `doc`.
pub fn validate(doc: &Document, opts: &ValidateOptions) -> Vec<Diagnostic> {
    let mut validator = Validator::new(*opts);
    validator.update(doc);
    validator.into_diagnostics()
}
