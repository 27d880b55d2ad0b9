//! The draft library: every draft with its kind, last change and finding
//! counts; open, rename, duplicate, delete; the trash; and the records set
//! aside because they could not be read.

use std::rc::Rc;

use resolution_core::library::{DraftId, DraftMeta};
use resolution_core::locale::Locale;
use resolution_core::Kind;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::panel::SidePanel;
use crate::export::download;
use crate::i18n::{format_time, tr};
use crate::session::Session;
use crate::state::LibraryView;

#[derive(Properties, PartialEq)]
pub struct DraftsPanelProps {
    pub library: Rc<LibraryView>,
    pub open: Option<DraftId>,
    pub session: Session,
    pub locale: Locale,
    pub on_close: Callback<()>,
}

fn kind_label(kind: Option<Kind>, locale: Locale) -> &'static str {
    match (kind, locale) {
        (Some(k), Locale::Ru) => k.title_ru(),
        (Some(k), Locale::En) => k.title_en(),
        (None, _) => tr(locale, "Вид не указан", "No kind"),
    }
}

#[function_component(DraftsPanel)]
pub fn drafts_panel(props: &DraftsPanelProps) -> Html {
    let l = props.locale;
    let renaming = use_state_eq(|| None::<DraftId>);
    {
        let session = props.session.clone();
        use_effect_with((), move |_| session.refresh());
    }
    let row = |meta: &DraftMeta| {
        let id = meta.id.clone();
        let session = props.session.clone();
        let is_open = props.open.as_ref() == Some(&meta.id);
        let act = |f: fn(&Session, DraftId)| {
            let (session, id) = (session.clone(), id.clone());
            Callback::from(move |_: MouseEvent| f(&session, id.clone()))
        };
        let on_rename_start = {
            let (renaming, id) = (renaming.clone(), id.clone());
            Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
        };
        let on_rename_key = {
            let (renaming, session, id) = (renaming.clone(), session.clone(), id.clone());
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" => {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        session.rename(id.clone(), input.value());
                    }
                    renaming.set(None);
                }
                "Escape" => {
                    e.stop_propagation();
                    renaming.set(None);
                }
                _ => {}
            })
        };
        let counts = meta.counts;
        html! {
            <li key={meta.id.to_string()} class={classes!("draft", is_open.then_some("current"))}
                data-testid="draft-row" data-draft-id={meta.id.to_string()}>
                if *renaming == Some(meta.id.clone()) {
                    <input type="text" data-testid="draft-title-input" value={meta.title.clone()}
                        aria-label={tr(l, "Новое название (Enter — сохранить)", "New title (Enter saves)")}
                        onkeydown={on_rename_key} autofocus=true />
                } else {
                    <span class="draft-title" data-testid="draft-title">{ meta.title.clone() }</span>
                }
                <span class="draft-facts">
                    { kind_label(meta.kind, l) }{ " · " }
                    <time>{ format_time(meta.updated_at_ms, l) }</time>{ " · " }
                    <span data-testid="draft-counts" class="draft-counts">
                        { format!("{} {}, {} {}", counts.errors, tr(l, "ошибок", "errors"),
                            counts.warnings, tr(l, "предупреждений", "warnings")) }
                    </span>
                    if is_open { { " · " }<strong>{ tr(l, "открыт", "open") }</strong> }
                </span>
                <span class="draft-actions">
                    if !is_open {
                        <button type="button" data-testid="draft-open" onclick={act(Session::open)}>
                            { tr(l, "Открыть", "Open") }</button>
                    }
                    <button type="button" data-testid="draft-rename" onclick={on_rename_start}>
                        { tr(l, "Переименовать", "Rename") }</button>
                    <button type="button" data-testid="draft-duplicate" onclick={act(Session::duplicate)}>
                        { tr(l, "Копия", "Duplicate") }</button>
                    <button type="button" data-testid="draft-delete" onclick={act(Session::delete)}>
                        { tr(l, "В корзину", "Delete") }</button>
                </span>
            </li>
        }
    };
    let trash_row = |meta: &DraftMeta| {
        let (session, id) = (props.session.clone(), meta.id.clone());
        let on_restore = Callback::from(move |_: MouseEvent| session.restore(id.clone()));
        html! {
            <li key={meta.id.to_string()} class="draft" data-testid="trash-row">
                <span class="draft-title">{ meta.title.clone() }</span>
                <span class="draft-facts">
                    { tr(l, "удалён ", "deleted ") }
                    <time>{ format_time(meta.deleted_at_ms.unwrap_or(meta.updated_at_ms), l) }</time>
                </span>
                <button type="button" data-testid="trash-restore" onclick={on_restore}>
                    { tr(l, "Восстановить", "Restore") }</button>
            </li>
        }
    };
    let library = &props.library;
    html! {
        <SidePanel name="drafts" title={tr(l, "Черновики", "Drafts")} locale={l} on_close={props.on_close.clone()}>
            <ul class="draft-list" data-testid="draft-list">
                { for library.drafts.iter().map(row) }
            </ul>
            if !library.trash.is_empty() {
                <h3>{ tr(l, "Корзина (хранится 30 дней)", "Trash (kept 30 days)") }</h3>
                <ul class="draft-list" data-testid="trash-list">
                    { for library.trash.iter().map(trash_row) }
                </ul>
            }
            if !library.quarantine.is_empty() {
                <h3>{ tr(l, "Отложенные записи", "Set-aside records") }</h3>
                <p class="hint">{ tr(l,
                    "Эти записи хранилища не читаются. Они не удалены: их можно скачать как есть или восстановить черновик из истории версий.",
                    "These stored records cannot be read. They are not deleted: download them as they are, or recover the draft from its version history.") }</p>
                <ul class="draft-list" data-testid="quarantine-list">
                    { for library.quarantine.iter().map(|q| {
                        let raw = q.raw_text.clone();
                        let name = format!("set-aside-{}-{}.txt", q.store, q.key);
                        let on_download = Callback::from(move |_: MouseEvent| {
                            // The download is all there is to report here.
                            let _ = download(&name, raw.as_deref().unwrap_or(""), "text/plain");
                        });
                        let draft_id = q.record_key.split('/').next().and_then(DraftId::parse);
                        let recover = draft_id.filter(|id| !library.drafts.iter().any(|m| m.id == *id)).map(|id| {
                            let session = props.session.clone();
                            Callback::from(move |_: MouseEvent| session.recover(id.clone()))
                        });
                        html! {
                            <li key={q.key} class="draft" data-testid="quarantine-row">
                                <span class="draft-title">{ format!("{} / {}", q.store, q.record_key) }</span>
                                <span class="draft-facts">{ q.reason.clone() }{ " · " }<time>{ format_time(q.found_at_ms, l) }</time></span>
                                <span class="draft-actions">
                                    if q.raw_text.is_some() {
                                        <button type="button" data-testid="quarantine-download" onclick={on_download}>
                                            { tr(l, "Скачать как есть", "Download as is") }</button>
                                    }
                                    if let Some(onclick) = recover {
                                        <button type="button" data-testid="quarantine-recover" {onclick}>
                                            { tr(l, "Восстановить из истории", "Recover from history") }</button>
                                    }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </SidePanel>
    }
}
