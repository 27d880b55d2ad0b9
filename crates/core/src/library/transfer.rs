//! Sharing drafts as JSON files. The exported file is the usual draft
//! envelope plus a top-level `draft_id`, which older readers ignore. Import
//! never overwrites: a file whose id is free becomes a new draft under that
//! id; a file whose id is taken (live or in the trash) becomes a copy under
//! a fresh id.

use serde::{Deserialize, Serialize};

use super::id::DraftId;
use super::index::{copy_title, Library};
use super::meta::DraftMeta;
use crate::json::{from_json, JsonError, CURRENT_VERSION, FORMAT};
use crate::model::Document;

#[derive(Serialize)]
struct ExportEnvelope<'a> {
    format: &'a str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    draft_id: Option<&'a DraftId>,
    document: &'a Document,
}

/// The draft file for `doc`: pretty JSON, current version, with its id
/// when it has one (without, it is exactly [`crate::json::to_json`]).
pub fn export_json(doc: &Document, id: Option<&DraftId>) -> String {
    let envelope = ExportEnvelope {
        format: FORMAT,
        version: CURRENT_VERSION,
        draft_id: id,
        document: doc,
    };
    // Plain data with string keys: serializing into memory cannot fail.
    serde_json::to_string_pretty(&envelope).expect("the document model always serializes")
}

/// A draft file as read: its document and the id it was exported under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedDraft {
    pub document: Document,
    /// `None` for files without an id, or with one of the wrong shape.
    pub draft_id: Option<DraftId>,
}

#[derive(Deserialize)]
struct IdProbe {
    #[serde(default)]
    draft_id: serde_json::Value,
}

/// Reads a draft file with the usual checks and precise errors of
/// [`from_json`]; the id is taken when it has a valid shape.
pub fn parse_import(text: &str) -> Result<ImportedDraft, JsonError> {
    let document = from_json(text)?;
    let draft_id = serde_json::from_str::<IdProbe>(text)
        .ok()
        .and_then(|p| p.draft_id.as_str().and_then(DraftId::parse));
    Ok(ImportedDraft { document, draft_id })
}

/// Where an imported draft goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    /// The entry to add; its id is free in the library.
    pub meta: DraftMeta,
    /// The existing draft this one is a copy of, when the file's id was
    /// taken.
    pub copy_of: Option<DraftId>,
}

/// Plans the import of `imported` at `now_ms`. `fresh` is a new random id,
/// used when the file has no id or its id is taken; `None` means `fresh`
/// itself is taken and the caller should draw another.
pub fn plan_import(
    library: &Library,
    imported: &ImportedDraft,
    fresh: DraftId,
    now_ms: u64,
) -> Option<ImportPlan> {
    let doc = &imported.document;
    let taken = imported.draft_id.as_ref().filter(|id| library.contains(id));
    let id = match &imported.draft_id {
        Some(id) if !library.contains(id) => id.clone(),
        _ => fresh,
    };
    if library.contains(&id) {
        return None;
    }
    let mut meta = DraftMeta::new(id, doc, now_ms);
    if let Some(original) = taken.and_then(|id| library.get(id)) {
        // A title the author chose is kept; otherwise the copy is named
        // after its own text, which may differ from the stored draft's.
        let base = if original.renamed {
            original.title.as_str()
        } else {
            meta.title.as_str()
        };
        meta.title = copy_title(base);
        meta.renamed = true;
    }
    Some(ImportPlan {
        meta,
        copy_of: taken.cloned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::sample_decision;

    #[test]
    fn export_then_import_keeps_document_and_id() {
        let doc = sample_decision();
        let id = DraftId::from_seed(5);
        let text = export_json(&doc, Some(&id));
        assert_eq!(export_json(&doc, None), crate::json::to_json(&doc));
        assert!(text.contains("\"draft_id\": \"d-00000000000000000000000005\""));
        let imported = parse_import(&text).expect("reads back");
        assert_eq!(imported.document, doc);
        assert_eq!(imported.draft_id, Some(id));
        // The plain loader reads the same file.
        assert_eq!(from_json(&text).expect("plain load"), doc);
    }

    #[test]
    fn files_without_or_with_bad_ids_import_without_one() {
        let doc = sample_decision();
        let plain = crate::json::to_json(&doc);
        assert_eq!(parse_import(&plain).expect("reads").draft_id, None);
        let bad = export_json(&doc, Some(&DraftId::from_seed(1)))
            .replace("d-00000000000000000000000001", "../../etc");
        assert_eq!(parse_import(&bad).expect("reads").draft_id, None);
        let numeric = plain.replacen('{', "{\"draft_id\": 12,", 1);
        assert_eq!(parse_import(&numeric).expect("reads").draft_id, None);
    }

    #[test]
    fn import_errors_are_the_loaders_errors() {
        let err = parse_import("{\"format\": \"resolution-draft\",\n \"version\": 1,").unwrap_err();
        assert!(matches!(err, JsonError::Syntax { line: 2, .. }), "{err:?}");
        let err = parse_import(r#"{"format":"other","version":1,"document":{}}"#).unwrap_err();
        assert!(matches!(err, JsonError::WrongFormat { .. }), "{err:?}");
    }

    #[test]
    fn import_never_overwrites() {
        let doc = sample_decision();
        let mut library = Library::new();
        let original = DraftId::from_seed(1);
        library.create(original.clone(), &doc, 10).expect("fresh");

        // A free id is kept.
        let elsewhere = ImportedDraft {
            document: doc.clone(),
            draft_id: Some(DraftId::from_seed(2)),
        };
        let plan = plan_import(&library, &elsewhere, DraftId::from_seed(3), 20).expect("free");
        assert_eq!(plan.meta.id, DraftId::from_seed(2));
        assert_eq!(plan.copy_of, None);

        // A taken id gives a copy under the fresh id.
        let again = ImportedDraft {
            document: doc.clone(),
            draft_id: Some(original.clone()),
        };
        let plan = plan_import(&library, &again, DraftId::from_seed(3), 20).expect("fresh free");
        assert_eq!(plan.meta.id, DraftId::from_seed(3));
        assert_eq!(plan.copy_of, Some(original.clone()));
        assert!(plan.meta.title.ends_with(" (копия)"));
        assert_eq!(plan.meta.created_at_ms, 20);

        // Also when the original is in the trash.
        library.delete(&original, 30).expect("live");
        let plan = plan_import(&library, &again, DraftId::from_seed(4), 40).expect("fresh free");
        assert_eq!(plan.meta.id, DraftId::from_seed(4));

        // No id: the fresh one; a taken fresh id: ask for another.
        let anonymous = ImportedDraft {
            document: doc,
            draft_id: None,
        };
        let plan = plan_import(&library, &anonymous, DraftId::from_seed(5), 50).expect("free");
        assert_eq!((plan.meta.id, plan.copy_of), (DraftId::from_seed(5), None));
        assert_eq!(plan_import(&library, &anonymous, original, 50), None);
    }

    #[test]
    fn a_copy_is_named_after_its_own_text_unless_the_author_chose_a_title() {
        let doc = sample_decision();
        let mut library = Library::new();
        let original = DraftId::from_seed(1);
        library.create(original.clone(), &doc, 10).expect("fresh");
        let mut changed = doc.clone();
        changed.header.topic = "«Другая тема»".into();
        let returned = ImportedDraft {
            document: changed,
            draft_id: Some(original.clone()),
        };
        let plan = plan_import(&library, &returned, DraftId::from_seed(2), 20).expect("free");
        assert!(
            plan.meta.title.contains("Другая тема"),
            "{}",
            plan.meta.title
        );
        assert!(plan.meta.title.ends_with(" (копия)"));

        library
            .rename(&original, "Решение о сроках", 30)
            .expect("live");
        let plan = plan_import(&library, &returned, DraftId::from_seed(3), 40).expect("free");
        assert_eq!(plan.meta.title, "Решение о сроках (копия)");
    }
}
