//! Review comments: a reviewer attaches remarks to the document, a section
//! or a directive; the author sees them beside their targets and resolves
//! them. Comments live in `Document::comments`, so they travel with the
//! exported JSON. A comment whose target was deleted is kept and listed by
//! [`orphaned`], never dropped.

use std::collections::HashSet;

use thiserror::Error;

use crate::ids::{CommentId, DirectiveId, SectionId};
use crate::model::{CommentTarget, Directive, Document, ReviewComment};
use crate::words::collapse_whitespace;

/// Longest comment text kept, in characters.
pub const MAX_COMMENT_CHARS: usize = 10_000;
/// Longest author name kept, in characters.
pub const MAX_AUTHOR_CHARS: usize = 200;

/// Why a comment operation was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CommentError {
    #[error("a comment needs some text")]
    EmptyText,
    #[error("a comment needs the reviewer's name")]
    EmptyAuthor,
    #[error("the comment's target is not in the document")]
    UnknownTarget(CommentTarget),
    #[error("no comment with id {0}")]
    UnknownComment(CommentId),
}

/// The id for the next comment: one past the largest in use.
pub fn next_comment_id(doc: &Document) -> CommentId {
    let next = doc
        .comments
        .iter()
        .map(|c| c.id.0.saturating_add(1))
        .max()
        .unwrap_or(1);
    CommentId(next)
}

/// Adds a comment by `author` on `target` and returns its id.
pub fn add_comment(
    doc: &mut Document,
    target: CommentTarget,
    author: &str,
    text: &str,
    now_ms: u64,
) -> Result<CommentId, CommentError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(CommentError::EmptyText);
    }
    let author = collapse_whitespace(author);
    if author.is_empty() {
        return Err(CommentError::EmptyAuthor);
    }
    if !target_exists(doc, target) {
        return Err(CommentError::UnknownTarget(target));
    }
    let id = next_comment_id(doc);
    doc.comments.push(ReviewComment {
        id,
        target,
        author: author.chars().take(MAX_AUTHOR_CHARS).collect(),
        created_at_ms: now_ms,
        text: text.chars().take(MAX_COMMENT_CHARS).collect(),
        resolved: false,
    });
    Ok(id)
}

/// Marks a comment resolved (or open again).
pub fn set_resolved(doc: &mut Document, id: CommentId, resolved: bool) -> Result<(), CommentError> {
    let comment = doc
        .comments
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or(CommentError::UnknownComment(id))?;
    comment.resolved = resolved;
    Ok(())
}

/// Removes a comment and returns it (for undo).
pub fn remove_comment(doc: &mut Document, id: CommentId) -> Result<ReviewComment, CommentError> {
    let at = doc
        .comments
        .iter()
        .position(|c| c.id == id)
        .ok_or(CommentError::UnknownComment(id))?;
    Ok(doc.comments.remove(at))
}

/// Comments on `target`, oldest first.
pub fn comments_for(doc: &Document, target: CommentTarget) -> Vec<&ReviewComment> {
    let mut found: Vec<&ReviewComment> =
        doc.comments.iter().filter(|c| c.target == target).collect();
    found.sort_by_key(|c| (c.created_at_ms, c.id));
    found
}

/// Comments not yet resolved.
pub fn open_count(doc: &Document) -> usize {
    doc.comments.iter().filter(|c| !c.resolved).count()
}

/// Comments whose section or directive is no longer in the document; the
/// editor lists them with the document-level comments.
pub fn orphaned(doc: &Document) -> Vec<&ReviewComment> {
    // The document's nodes gathered once, not a walk of the document per
    // comment (2,000 comments on a draft of 20,000 directives).
    let mut nodes = HashSet::new();
    if doc
        .comments
        .iter()
        .any(|c| c.target != CommentTarget::Document)
    {
        for section in doc.all_sections() {
            nodes.insert(CommentTarget::Section(section.id));
            let directives = section.directives.iter().flat_map(Directive::walk);
            nodes.extend(directives.map(|d| CommentTarget::Directive(d.id)));
        }
    }
    doc.comments
        .iter()
        .filter(|c| c.target != CommentTarget::Document && !nodes.contains(&c.target))
        .collect()
}

/// Whether `target` names a node of `doc`.
pub fn target_exists(doc: &Document, target: CommentTarget) -> bool {
    match target {
        CommentTarget::Document => true,
        CommentTarget::Section(id) => has_section(doc, id),
        CommentTarget::Directive(id) => has_directive(doc, id),
    }
}

fn has_section(doc: &Document, id: SectionId) -> bool {
    doc.all_sections().any(|s| s.id == id)
}

fn has_directive(doc: &Document, id: DirectiveId) -> bool {
    fn within(directives: &[Directive], id: DirectiveId) -> bool {
        directives
            .iter()
            .any(|d| d.id == id || within(&d.items, id))
    }
    doc.all_sections().any(|s| within(&s.directives, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{from_json, to_json};
    use crate::samples::sample_decision;

    fn first_ids(doc: &Document) -> (SectionId, DirectiveId) {
        let section = doc.sections.first().expect("sample has sections");
        let directive = section.directives.first().expect("and directives");
        (section.id, directive.id)
    }

    #[test]
    fn add_resolve_remove() {
        let mut doc = sample_decision();
        let (section, directive) = first_ids(&doc);
        let a = add_comment(
            &mut doc,
            CommentTarget::Directive(directive),
            "  Иванова   Н.С. ",
            "Уточнить срок исполнения.",
            2_000,
        )
        .expect("valid");
        let b = add_comment(
            &mut doc,
            CommentTarget::Section(section),
            "Петров",
            "Адресат в дательном падеже?",
            1_000,
        )
        .expect("valid");
        assert_ne!(a, b);
        assert_eq!(open_count(&doc), 2);
        let on_directive = comments_for(&doc, CommentTarget::Directive(directive));
        assert_eq!(on_directive.len(), 1);
        assert_eq!(on_directive[0].author, "Иванова Н.С.");
        assert!(comments_for(&doc, CommentTarget::Document).is_empty());

        set_resolved(&mut doc, a, true).expect("exists");
        assert_eq!(open_count(&doc), 1);
        let removed = remove_comment(&mut doc, b).expect("exists");
        assert_eq!(removed.text, "Адресат в дательном падеже?");
        assert_eq!(doc.comments.len(), 1);
        assert_eq!(
            remove_comment(&mut doc, b),
            Err(CommentError::UnknownComment(b))
        );
        assert_eq!(
            set_resolved(&mut doc, b, true),
            Err(CommentError::UnknownComment(b))
        );
    }

    #[test]
    fn refuses_empty_text_author_and_unknown_targets() {
        let mut doc = sample_decision();
        let target = CommentTarget::Document;
        assert_eq!(
            add_comment(&mut doc, target, "Петров", "  ", 1),
            Err(CommentError::EmptyText)
        );
        assert_eq!(
            add_comment(&mut doc, target, " ", "текст", 1),
            Err(CommentError::EmptyAuthor)
        );
        let missing = CommentTarget::Directive(DirectiveId(999_999));
        assert_eq!(
            add_comment(&mut doc, missing, "Петров", "текст", 1),
            Err(CommentError::UnknownTarget(missing))
        );
        assert!(doc.comments.is_empty());
    }

    #[test]
    fn ids_stay_unique_after_removal_of_the_last() {
        let mut doc = sample_decision();
        let t = CommentTarget::Document;
        let a = add_comment(&mut doc, t, "Р", "один", 1).expect("valid");
        let b = add_comment(&mut doc, t, "Р", "два", 2).expect("valid");
        remove_comment(&mut doc, a).expect("exists");
        let c = add_comment(&mut doc, t, "Р", "три", 3).expect("valid");
        assert!(c != b && c != a, "{a} {b} {c}");
    }

    #[test]
    fn comments_on_deleted_nodes_become_orphans() {
        let mut doc = sample_decision();
        let (_, directive) = first_ids(&doc);
        add_comment(
            &mut doc,
            CommentTarget::Directive(directive),
            "Рецензент",
            "Повтор пункта 2.",
            1,
        )
        .expect("valid");
        assert!(orphaned(&doc).is_empty());
        if let Some(section) = doc.sections.first_mut() {
            section.directives.retain(|d| d.id != directive);
        }
        let orphans = orphaned(&doc);
        assert_eq!(orphans.len(), 1);
        assert_eq!(orphans[0].text, "Повтор пункта 2.");
    }

    #[test]
    fn orphans_are_the_comments_whose_target_is_gone() {
        let mut doc = sample_decision();
        let sub = doc.new_directive_id();
        doc.sections[1].directives[0].items.push(Directive {
            id: sub,
            text: "подпункт".into(),
            items: Vec::new(),
            source_number: None,
        });
        let mut targets = vec![CommentTarget::Document, CommentTarget::Directive(sub)];
        for section in &doc.sections {
            targets.push(CommentTarget::Section(section.id));
            targets.extend(
                section
                    .directives
                    .iter()
                    .map(|d| CommentTarget::Directive(d.id)),
            );
        }
        for (n, target) in targets.into_iter().enumerate() {
            add_comment(&mut doc, target, "Рецензент", "замечание", n as u64).expect("valid");
        }
        assert!(orphaned(&doc).is_empty());
        doc.sections.remove(0);
        doc.sections[0].directives[0].items.clear();
        doc.sections[1].directives.remove(0);
        let want: Vec<CommentId> = doc
            .comments
            .iter()
            .filter(|c| !target_exists(&doc, c.target))
            .map(|c| c.id)
            .collect();
        assert!(want.len() > 3, "{want:?}");
        let got: Vec<CommentId> = orphaned(&doc).iter().map(|c| c.id).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn comments_survive_the_json_round_trip() {
        let mut doc = sample_decision();
        let (section, _) = first_ids(&doc);
        let id = add_comment(
            &mut doc,
            CommentTarget::Section(section),
            "Рецензент",
            "<script>alert(1)</script> проверить адресата",
            1_700_000_000_000,
        )
        .expect("valid");
        set_resolved(&mut doc, id, true).expect("exists");
        let json = to_json(&doc);
        assert!(json.contains("\"comments\""));
        assert!(json.contains("\"to\": \"section\""));
        let back = from_json(&json).expect("loads");
        assert_eq!(back.comments, doc.comments);
        // Drafts without comments keep their old JSON form.
        assert!(!to_json(&sample_decision()).contains("comments"));
    }
}
