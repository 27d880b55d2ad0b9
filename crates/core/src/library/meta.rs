//! What the draft list shows about a draft, derived from its document.

use serde::{Deserialize, Serialize};

use super::id::{DraftId, TabId};
use crate::model::{Document, Kind};
use crate::validate::{validate, Diagnostic, Severity, ValidateOptions};
use crate::words::collapse_whitespace;

/// Longest title kept, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Title of a draft with nothing to name it by.
pub const UNTITLED: &str = "Без названия";

/// How many findings of each severity a draft has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticCounts {
    pub errors: u32,
    pub warnings: u32,
    pub infos: u32,
}

impl DiagnosticCounts {
    /// Counts of diagnostics the caller already has.
    pub fn from_diagnostics(diagnostics: &[Diagnostic]) -> Self {
        let mut counts = DiagnosticCounts::default();
        for d in diagnostics {
            let slot = match d.severity {
                Severity::Error => &mut counts.errors,
                Severity::Warning => &mut counts.warnings,
                Severity::Info => &mut counts.infos,
            };
            *slot = slot.saturating_add(1);
        }
        counts
    }

    /// Validates `doc` (without a today date, so the counts do not change
    /// with the clock) and counts the findings.
    pub fn of(doc: &Document) -> Self {
        Self::from_diagnostics(&validate(doc, &ValidateOptions::default()))
    }
}

/// One draft in the library. Stored beside the document; everything but
/// `title` (once renamed), the times and the revision is derived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftMeta {
    pub id: DraftId,
    pub title: String,
    /// The author chose `title`; edits no longer rename the draft.
    #[serde(default)]
    pub renamed: bool,
    pub kind: Option<Kind>,
    pub created_at_ms: u64,
    /// Last change of the document or the title.
    pub updated_at_ms: u64,
    pub counts: DiagnosticCounts,
    /// Set while the draft is in the trash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at_ms: Option<u64>,
    /// Bumped on every stored save; see `conflict::decide_save`.
    #[serde(default)]
    pub revision: u64,
    /// The tab that stored the current revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writer: Option<TabId>,
}

impl DraftMeta {
    /// A new draft's entry: revision 0, nothing stored yet.
    pub fn new(id: DraftId, doc: &Document, now_ms: u64) -> Self {
        DraftMeta {
            id,
            title: derive_title(doc),
            renamed: false,
            kind: doc.header.kind,
            created_at_ms: now_ms,
            updated_at_ms: now_ms,
            counts: DiagnosticCounts::of(doc),
            deleted_at_ms: None,
            revision: 0,
            writer: None,
        }
    }

    /// Takes the derived fields from the edited `doc`.
    pub fn refresh(&mut self, doc: &Document, counts: DiagnosticCounts, now_ms: u64) {
        if !self.renamed {
            self.title = derive_title(doc);
        }
        self.kind = doc.header.kind;
        self.counts = counts;
        self.updated_at_ms = self.updated_at_ms.max(now_ms);
    }

    pub fn is_deleted(&self) -> bool {
        self.deleted_at_ms.is_some()
    }
}

/// The list title of a document: its topic without the outer quotes, else
/// the meeting, else the kind with its number, else [`UNTITLED`].
pub fn derive_title(doc: &Document) -> String {
    let header = &doc.header;
    let topic = strip_outer_quotes(&header.topic);
    let title = if !topic.is_empty() {
        topic.to_string()
    } else if !header.meeting.trim().is_empty() {
        let kind = header.kind.map_or("Документ", Kind::title_ru);
        format!("{kind} {}", header.meeting.trim())
    } else if let Some(kind) = header.kind {
        match header.number.trim() {
            "" => kind.title_ru().to_string(),
            number => format!("{} №{number}", kind.title_ru()),
        }
    } else {
        String::new()
    };
    match clean_title(&title) {
        Some(t) => t,
        None => UNTITLED.to_string(),
    }
}

/// Collapses whitespace and cuts to [`MAX_TITLE_CHARS`]; `None` when
/// nothing is left.
pub fn clean_title(text: &str) -> Option<String> {
    let collapsed = collapse_whitespace(text)
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_TITLE_CHARS)
        .collect::<String>();
    let trimmed = collapsed.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

fn strip_outer_quotes(text: &str) -> &str {
    let text = text.trim();
    let inner = text
        .strip_prefix('«')
        .and_then(|t| t.strip_suffix('»'))
        .or_else(|| text.strip_prefix('"').and_then(|t| t.strip_suffix('"')))
        .or_else(|| text.strip_prefix('“').and_then(|t| t.strip_suffix('”')));
    inner.unwrap_or(text).trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Header;
    use crate::samples::sample_decision;

    fn doc(header: Header) -> Document {
        Document {
            header,
            ..Document::default()
        }
    }

    #[test]
    fn title_prefers_topic_without_quotes() {
        let d = doc(Header {
            kind: Some(Kind::Resolution),
            topic: "  «Повышение   эффективности деятельности школ»  ".into(),
            meeting: "февральского совещания".into(),
            ..Header::default()
        });
        assert_eq!(
            derive_title(&d),
            "Повышение эффективности деятельности школ"
        );
    }

    #[test]
    fn title_falls_back_to_meeting_then_kind_then_untitled() {
        let meeting = doc(Header {
            kind: Some(Kind::Protocol),
            meeting: "совещания руководителей ОО".into(),
            ..Header::default()
        });
        assert_eq!(
            derive_title(&meeting),
            "Протокол совещания руководителей ОО"
        );
        let numbered = doc(Header {
            kind: Some(Kind::Protocol),
            number: "4".into(),
            ..Header::default()
        });
        assert_eq!(derive_title(&numbered), "Протокол №4");
        assert_eq!(derive_title(&Document::default()), UNTITLED);
    }

    #[test]
    fn long_titles_are_cut_on_characters() {
        let d = doc(Header {
            topic: "Ж".repeat(500),
            ..Header::default()
        });
        assert_eq!(derive_title(&d).chars().count(), MAX_TITLE_CHARS);
    }

    #[test]
    fn meta_counts_diagnostics_and_keeps_a_chosen_title() {
        let sample = sample_decision();
        let expected = DiagnosticCounts::of(&sample);
        assert!(
            expected.warnings >= 1,
            "the sample has a directive without a deadline"
        );
        let mut meta = DraftMeta::new(DraftId::from_seed(1), &sample, 1_000);
        assert_eq!(meta.counts, expected);
        assert_eq!(meta.kind, Some(Kind::Decision));
        assert_eq!(
            meta.title,
            "Качество образования: от национальных целей к результатам каждой школы"
        );

        meta.title = "Моё решение".into();
        meta.renamed = true;
        let mut edited = sample.clone();
        edited.header.topic = "Другая тема".into();
        edited.header.kind = Some(Kind::Resolution);
        meta.refresh(&edited, DiagnosticCounts::default(), 2_000);
        assert_eq!(meta.title, "Моё решение");
        assert_eq!(meta.kind, Some(Kind::Resolution));
        assert_eq!(meta.counts, DiagnosticCounts::default());
        assert_eq!(meta.updated_at_ms, 2_000);
    }

    #[test]
    fn empty_document_counts_its_errors() {
        let counts = DiagnosticCounts::of(&Document::default());
        assert!(counts.errors >= 2, "no kind and no date: {counts:?}");
    }
}
