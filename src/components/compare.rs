//! Comparison of two versions of a document: summary counts, then each
//! added, removed, moved or changed node in document order, with changed
//! words marked `<ins>`/`<del>`. Built on the core's structural diff; all
//! document text is rendered as text nodes.

use std::rc::Rc;

use resolution_core::diff::{
    diff, diff_rows, Counts, DiffRow, MatchMode, RowChange, RowField, WordChange, WordKind,
};
use resolution_core::locale::Locale;
use resolution_core::Document;
use yew::prelude::*;

use crate::components::panel::close_handlers;

/// Deepest indentation level given its own style.
const MAX_DEPTH: usize = 4;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub old: Rc<Document>,
    pub new: Rc<Document>,
    pub old_label: AttrValue,
    pub new_label: AttrValue,
    pub locale: Locale,
    pub on_close: Callback<()>,
}

/// What the view shows, computed once per pair of documents and locale.
#[derive(PartialEq)]
struct Comparison {
    counts: Counts,
    by_content: bool,
    rows: Vec<DiffRow>,
}

fn t(l: Locale, ru: &'static str, en: &'static str) -> &'static str {
    match l {
        Locale::Ru => ru,
        Locale::En => en,
    }
}

fn change_name(l: Locale, c: RowChange) -> &'static str {
    match c {
        RowChange::Added => t(l, "добавлено", "added"),
        RowChange::Removed => t(l, "удалено", "removed"),
        RowChange::Moved => t(l, "перемещено", "moved"),
        RowChange::Changed => t(l, "изменено", "changed"),
    }
}

#[function_component(Compare)]
pub fn compare(props: &CompareProps) -> Html {
    let l = props.locale;
    let comparison = use_memo(
        (props.old.clone(), props.new.clone(), l),
        |(old, new, l)| {
            let d = diff(old, new);
            Comparison {
                counts: d.summary.total,
                by_content: d.matching == MatchMode::Content,
                rows: diff_rows(&d, *l),
            }
        },
    );
    let (on_click, onkeydown) = close_handlers(&props.on_close);

    let body = if comparison.rows.is_empty() {
        html! {
            <p class="compare-empty" data-testid="compare-empty">
                { t(l, "Различий нет.", "No differences.") }
            </p>
        }
    } else {
        html! {
            <ol class="compare-changes">
                { for comparison.rows.iter().map(|r| row(l, r)) }
            </ol>
        }
    };
    html! {
        <section class="compare" data-testid="compare" {onkeydown}
            aria-label={t(l, "Сравнение версий", "Comparison of versions")}>
            <div class="compare-head">
                <h2 class="panel-title">
                    { t(l, "Сравнение: ", "Comparison: ") }
                    <span class="compare-version old" data-testid="compare-old-label">
                        { props.old_label.to_string() }
                    </span>
                    { " → " }
                    <span class="compare-version new" data-testid="compare-new-label">
                        { props.new_label.to_string() }
                    </span>
                </h2>
                <button type="button" class="compare-close" data-testid="compare-close"
                    onclick={on_click}>
                    { t(l, "Закрыть", "Close") }
                </button>
            </div>
            { summary(l, comparison.counts) }
            if comparison.by_content {
                <p class="hint compare-matching" data-testid="compare-matching">
                    { t(l,
                        "Идентификаторы версий не совпадают: фрагменты сопоставлены по содержанию.",
                        "The versions' ids do not correspond: parts were matched by content.") }
                </p>
            }
            { body }
        </section>
    }
}

fn summary(l: Locale, c: Counts) -> Html {
    let items = [
        (RowChange::Added, c.added),
        (RowChange::Removed, c.removed),
        (RowChange::Moved, c.moved),
        (RowChange::Changed, c.changed),
    ];
    html! {
        <p class="compare-counts" data-testid="compare-counts">
            { for items.into_iter().map(|(change, n)| html! {
                <>
                    <span class={classes!("compare-count", change.code())}
                        data-count={change.code()}>
                        { change_name(l, change) }{ ": " }<strong>{ n }</strong>
                    </span>
                    // Read and copied apart; the flex layout drops the space.
                    { " " }
                </>
            }) }
        </p>
    }
}

fn row(l: Locale, r: &DiffRow) -> Html {
    let code = r.change.code();
    let depth = r.depth.min(MAX_DEPTH).to_string();
    let content = r.content.as_ref().map(|text| match r.change {
        RowChange::Removed => html! { <p class="compare-text"><del>{ text.clone() }</del></p> },
        _ => html! { <p class="compare-text"><ins>{ text.clone() }</ins></p> },
    });
    html! {
        <li class={classes!("compare-change", code, r.part.code())}
            data-testid="compare-change" data-change={code} data-part={r.part.code()}
            data-depth={depth}>
            <div class="compare-change-head">
                <span class="compare-badge">{ change_name(l, r.change) }</span>
                { " " }
                <span class="compare-label">{ r.label.clone() }</span>
                if let Some(note) = &r.note {
                    { " " }
                    <span class="compare-note">{ note.clone() }</span>
                }
            </div>
            { for content }
            { for r.fields.iter().map(field) }
        </li>
    }
}

fn field(f: &RowField) -> Html {
    html! {
        <p class="compare-text compare-field">
            if let Some(name) = f.name {
                <span class="compare-field-name">{ name }{ ": " }</span>
            }
            { for f.words.iter().map(word) }
        </p>
    }
}

fn word(w: &WordChange) -> Html {
    let text = w.text.clone();
    match w.kind {
        WordKind::Equal => html! { { text } },
        WordKind::Insert => html! { <ins>{ text }</ins> },
        WordKind::Delete => html! { <del>{ text }</del> },
    }
}
