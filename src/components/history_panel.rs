//! The version history of the open draft: every kept version with its
//! time; any of them can be compared with the open text or restored.

use std::rc::Rc;

use resolution_core::library::{DraftId, HistoryPolicy, VersionStamp};
use resolution_core::locale::Locale;
use resolution_core::Document;
use yew::prelude::*;

use crate::components::panel::SidePanel;
use crate::i18n::{format_time, tr};
use crate::session::Session;

/// One side of a comparison: a document and how to call it.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub doc: Rc<Document>,
    pub label: String,
}

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    pub draft: DraftId,
    /// Changes when the draft is stored again, so the list is re-read.
    pub revision: u64,
    pub session: Session,
    pub locale: Locale,
    /// Versions to compare: the older side, and the newer one (`None`:
    /// the open text).
    pub on_compare: Callback<(Side, Option<Side>)>,
    pub on_close: Callback<()>,
}

#[function_component(HistoryPanel)]
pub fn history_panel(props: &HistoryPanelProps) -> Html {
    let l = props.locale;
    let versions = use_state(|| None::<Vec<VersionStamp>>);
    // Up to two versions picked for comparing with each other.
    let picked = use_state(Vec::<VersionStamp>::new);
    {
        let (versions, session) = (versions.clone(), props.session.clone());
        use_effect_with((props.draft.clone(), props.revision), move |(draft, _)| {
            session.history(draft.clone(), move |list| versions.set(Some(list)));
        });
    }
    let label = move |v: &VersionStamp| {
        format!(
            "{} {}",
            tr(l, "Версия от", "Version of"),
            format_time(v.saved_at_ms, l)
        )
    };
    let on_compare_picked = {
        let (session, draft, cb, picked) = (
            props.session.clone(),
            props.draft.clone(),
            props.on_compare.clone(),
            picked.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let mut pair = (*picked).clone();
            pair.sort_by_key(|v| v.seq);
            let [older, newer] = pair.as_slice() else {
                return;
            };
            let (older, newer) = (*older, *newer);
            let (session2, draft2, cb) = (session.clone(), draft.clone(), cb.clone());
            session.version(draft.clone(), older.seq, move |old_doc| {
                session2.version(draft2, newer.seq, move |new_doc| {
                    cb.emit((
                        Side {
                            doc: Rc::new(old_doc),
                            label: label(&older),
                        },
                        Some(Side {
                            doc: Rc::new(new_doc),
                            label: label(&newer),
                        }),
                    ));
                });
            });
        })
    };
    let item = |(i, v): (usize, &VersionStamp)| {
        let seq = v.seq;
        let stamp = *v;
        let when = format_time(v.saved_at_ms, l);
        let is_picked = picked.iter().any(|p| p.seq == seq);
        let on_pick = {
            let picked = picked.clone();
            Callback::from(move |_: Event| {
                let mut next: Vec<VersionStamp> =
                    (*picked).iter().copied().filter(|p| p.seq != seq).collect();
                if !is_picked {
                    next.push(stamp);
                    if next.len() > 2 {
                        next.remove(0);
                    }
                }
                picked.set(next);
            })
        };
        let on_restore = {
            let session = props.session.clone();
            Callback::from(move |_: MouseEvent| session.restore_version(seq))
        };
        let on_compare = {
            let (session, draft, cb, label) = (
                props.session.clone(),
                props.draft.clone(),
                props.on_compare.clone(),
                format!("{} {when}", tr(l, "Версия от", "Version of")),
            );
            Callback::from(move |_: MouseEvent| {
                let (cb, label) = (cb.clone(), label.clone());
                session.version(draft.clone(), seq, move |doc| {
                    cb.emit((
                        Side {
                            doc: Rc::new(doc),
                            label,
                        },
                        None,
                    ))
                });
            })
        };
        html! {
            <li key={seq} class="version" data-testid="version-row">
                <label class="inline">
                    <input type="checkbox" data-testid="version-pick" checked={is_picked} onchange={on_pick}
                        aria-label={tr(l, "Выбрать для сравнения двух версий", "Pick for comparing two versions")} />
                    <time>{ when }</time>
                </label>
                if i == 0 { <span class="hint">{ tr(l, " (последняя сохранённая)", " (latest stored)") }</span> }
                <span class="draft-actions">
                    <button type="button" data-testid="version-compare" onclick={on_compare}>
                        { tr(l, "Сравнить с текущим", "Compare with current") }</button>
                    <button type="button" data-testid="version-restore" onclick={on_restore}>
                        { tr(l, "Восстановить", "Restore") }</button>
                </span>
            </li>
        }
    };
    let body = match &*versions {
        None => html! { <p>{ tr(l, "Загрузка…", "Loading…") }</p> },
        Some(list) if list.is_empty() => {
            html! { <p>{ tr(l, "Версий пока нет.", "No versions yet.") }</p> }
        }
        Some(list) => html! {
            <>
            <p>
                <button type="button" data-testid="versions-compare" disabled={picked.len() != 2}
                    onclick={on_compare_picked}>
                    { tr(l, "Сравнить две отмеченные версии", "Compare the two picked versions") }</button>
            </p>
            <ol class="version-list" data-testid="version-list">
                { for list.iter().enumerate().map(item) }
            </ol>
            </>
        },
    };
    html! {
        <SidePanel name="history" title={tr(l, "История версий", "Version history")} locale={l} on_close={props.on_close.clone()}>
            <p class="hint">{ match (l, HistoryPolicy::default().capacity) {
                (Locale::Ru, kept) => format!("Версии сохраняются при правке (не чаще раза в минуту), при уходе со страницы и перед восстановлением; хранятся последние {kept}."),
                (Locale::En, kept) => format!("Versions are kept while you edit (at most one a minute), when you leave the page and before a restore; the last {kept} are kept."),
            } }</p>
            { body }
        </SidePanel>
    }
}
