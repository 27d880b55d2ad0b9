//! The version history of the open draft: every kept version with its
//! time; any of them can be compared with the open text or restored.

use std::rc::Rc;

use resolution_core::library::{DraftId, HistoryPolicy, VersionStamp};
use resolution_core::locale::Locale;
use resolution_core::Document;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::components::comments::format_time;
use crate::i18n::tr;
use crate::session::Session;

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    pub draft: DraftId,
    /// Changes when the draft is stored again, so the list is re-read.
    pub revision: u64,
    pub session: Session,
    pub locale: Locale,
    /// A version to compare with the open text, with its label.
    pub on_compare: Callback<(Rc<Document>, String)>,
    pub on_close: Callback<()>,
}

#[function_component(HistoryPanel)]
pub fn history_panel(props: &HistoryPanelProps) -> Html {
    let l = props.locale;
    let versions = use_state(|| None::<Vec<VersionStamp>>);
    {
        let (versions, session) = (versions.clone(), props.session.clone());
        use_effect_with((props.draft.clone(), props.revision), move |(draft, _)| {
            session.history(draft.clone(), move |list| versions.set(Some(list)));
        });
    }
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let onkeydown = {
        let cb = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cb.emit(());
            }
        })
    };
    let item = |(i, v): (usize, &VersionStamp)| {
        let seq = v.seq;
        let when = format_time(v.saved_at_ms, l);
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
                session.version(draft.clone(), seq, move |doc| cb.emit((Rc::new(doc), label)));
            })
        };
        html! {
            <li key={seq} class="version" data-testid="version-row">
                <time>{ when }</time>
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
        Some(list) if list.is_empty() => html! { <p>{ tr(l, "Версий пока нет.", "No versions yet.") }</p> },
        Some(list) => html! {
            <ol class="version-list" data-testid="version-list">
                { for list.iter().enumerate().map(item) }
            </ol>
        },
    };
    html! {
        <section class="side-panel history-panel" role="dialog" aria-modal="false"
            aria-labelledby="history-title" data-testid="history-panel" {onkeydown}>
            <header class="panel-head">
                <h2 id="history-title">{ tr(l, "История версий", "Version history") }</h2>
                <button type="button" data-testid="history-close" onclick={close}>
                    { tr(l, "Закрыть", "Close") }</button>
            </header>
            <p class="hint">{ match (l, HistoryPolicy::default().capacity) {
                (Locale::Ru, kept) => format!("Версии сохраняются при правке (не чаще раза в минуту), при уходе со страницы и перед восстановлением; хранятся последние {kept}."),
                (Locale::En, kept) => format!("Versions are kept while you edit (at most one a minute), when you leave the page and before a restore; the last {kept} are kept."),
            } }</p>
            { body }
        </section>
    }
}
