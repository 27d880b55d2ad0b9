//! Property tests of the document diff: word diffs reproduce both texts,
//! a document compared with itself (or with a copy whose ids were all
//! changed) has no differences, and deletions are reported as deletions
//! only.

use proptest::prelude::*;
use resolution_core::diff::{
    diff, new_text, old_text, render_text, word_diff, MatchMode, WordKind,
};
use resolution_core::locale::Locale;
use resolution_core::{Directive, Document, Header, Kind, Paragraph, Section};

const WORDS: &[&str] = &[
    "обеспечить",
    "организовать",
    "провести",
    "охват",
    "детей",
    "дополнительным",
    "образованием",
    "до",
    "1",
    "20",
    "сентября",
    "декабря",
    "2025",
    "года",
    "в",
    "течение",
    "учебного",
    "мониторинг",
    "школ",
    "«Точка",
    "роста»",
    "педагогов",
    "100",
    "%",
    "ОО",
    "МБОУ",
    "СОШ",
    "№",
    "2",
];

fn phrase() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(WORDS), 1..12),
        prop::sample::select(&[";", ".", ":", ""][..]),
    )
        .prop_map(|(words, end)| format!("{}{end}", words.join(" ")))
}

/// Raw material for a document: preamble texts, and sections as an
/// addressee with directives, each with optional sub-items.
type Shape = (Vec<String>, Vec<(String, Vec<(String, Vec<String>)>)>);

fn shape() -> impl Strategy<Value = Shape> {
    let directive = (phrase(), prop::collection::vec(phrase(), 0..3));
    let section = (phrase(), prop::collection::vec(directive, 0..5));
    (
        prop::collection::vec(phrase(), 0..4),
        prop::collection::vec(section, 0..5),
    )
}

fn build((preamble, sections): &Shape) -> Document {
    let mut d = Document {
        header: Header {
            kind: Some(Kind::Resolution),
            adopted_on: "13 февраля 2025 г.".into(),
            ..Header::default()
        },
        ..Document::default()
    };
    for text in preamble {
        let id = d.new_paragraph_id();
        d.preamble.push(Paragraph {
            id,
            text: text.clone(),
        });
    }
    for (addressee, directives) in sections {
        let id = d.new_section_id();
        let mut list = Vec::new();
        for (text, items) in directives {
            let id = d.new_directive_id();
            let items = items
                .iter()
                .map(|t| Directive {
                    id: d.new_directive_id(),
                    text: t.clone(),
                    items: Vec::new(),
                    source_number: None,
                })
                .collect();
            list.push(Directive {
                id,
                text: text.clone(),
                items,
                source_number: None,
            });
        }
        d.sections.push(Section {
            id,
            addressee: addressee.clone(),
            lead: String::new(),
            directives: list,
            source_number: None,
        });
    }
    d
}

/// All ids shifted out of the original range: no id pairs at all.
fn shifted(doc: &Document) -> Document {
    fn shift(list: &mut [Directive]) {
        for d in list {
            d.id.0 += 10_000;
            shift(&mut d.items);
        }
    }
    let mut d = doc.clone();
    for p in &mut d.preamble {
        p.id.0 += 10_000;
    }
    for s in &mut d.sections {
        s.id.0 += 10_000;
        shift(&mut s.directives);
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn word_diff_reproduces_both_texts(a in "[а-яё А-Я0-9.,;:«»—-]{0,80}", b in "[а-яё А-Я0-9.,;:«»—-]{0,80}") {
        let changes = word_diff(&a, &b);
        prop_assert_eq!(old_text(&changes), a);
        prop_assert_eq!(new_text(&changes), b);
    }

    #[test]
    fn word_diff_reproduces_arbitrary_unicode(a in any::<String>(), b in any::<String>()) {
        let changes = word_diff(&a, &b);
        prop_assert_eq!(old_text(&changes), a);
        prop_assert_eq!(new_text(&changes), b);
    }

    #[test]
    fn word_diff_of_an_edited_phrase(a in phrase(), at in 0usize..12, inserted in phrase()) {
        // Insert a phrase at a word boundary: the equal parts must cover
        // the whole old text and the insertion must be one piece.
        let words: Vec<&str> = a.split(' ').collect();
        let cut = at.min(words.len());
        let b = [words[..cut].join(" "), inserted.clone(), words[cut..].join(" ")]
            .iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        let changes = word_diff(&a, &b);
        prop_assert_eq!(old_text(&changes), a.clone());
        prop_assert_eq!(new_text(&changes), b);
        prop_assert!(!changes.iter().any(|c| c.kind == WordKind::Delete), "{:?}", changes);
        let equal: usize = changes.iter().filter(|c| c.kind == WordKind::Equal).map(|c| c.text.len()).sum();
        prop_assert_eq!(equal, a.len());
    }

    #[test]
    fn a_document_equals_itself(s in shape()) {
        let doc = build(&s);
        let d = diff(&doc, &doc);
        prop_assert!(d.is_empty(), "{}", render_text(&d, Locale::Ru));
        prop_assert!(d.directives.is_empty() && d.sections.is_empty() && d.preamble.is_empty());
    }

    #[test]
    fn changed_ids_alone_make_no_difference(s in shape()) {
        let doc = build(&s);
        let d = diff(&doc, &shifted(&doc));
        prop_assert!(d.is_empty(), "{}", render_text(&d, Locale::Ru));
        let has_nodes = !doc.preamble.is_empty() || !doc.sections.is_empty();
        prop_assert_eq!(d.matching == MatchMode::Content, has_nodes, "ids never correspond, unless nothing has an id");
    }

    #[test]
    fn deleting_directives_reports_only_deletions(s in shape(), picks in prop::collection::vec(any::<prop::sample::Index>(), 0..4)) {
        let old = build(&s);
        let mut new = old.clone();
        let mut removed = 0usize;
        for pick in picks {
            let filled: Vec<usize> = (0..new.sections.len()).filter(|&i| !new.sections[i].directives.is_empty()).collect();
            if filled.is_empty() {
                break;
            }
            let section = &mut new.sections[filled[pick.index(filled.len())]];
            let at = pick.index(section.directives.len());
            removed += 1 + section.directives[at].items.len();
            section.directives.remove(at);
        }
        let d = diff(&old, &new);
        let c = d.summary.total;
        prop_assert_eq!((c.added, c.removed, c.moved, c.changed), (0, removed, 0, 0), "{}", render_text(&d, Locale::Ru));
    }
}
