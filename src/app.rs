//! The root component: state, autosave, shortcuts, import and export.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use resolution_core::control::{control_sheet_with, ControlRow};
use resolution_core::date::CivilDate;
use resolution_core::edit::FieldRef;
use resolution_core::json::{from_json, to_json, MAX_BYTES};
use resolution_core::locale::Locale;
use resolution_core::samples::template;
use resolution_core::validate::{Diagnostic, ValidateOptions, Validator};
use resolution_core::DirectiveId;
use resolution_core::{Document, Kind};
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, KeyboardEvent};
use yew::prelude::*;

use crate::components::control_sheet::ControlSheet;
use crate::components::diagnostics_panel::DiagnosticsPanel;
use crate::components::document::DocumentView;
use crate::components::notices::Notices;
use crate::components::paste_dialog::PasteDialog;
use crate::components::toolbar::Toolbar;
use crate::diagnostics::{Finding, FindingCache};
use crate::dispatch;
use crate::export::{download, export_file_name, js_text};
use crate::fields;
use crate::i18n::texts;
use crate::numbering::{self, NumberingStyle};
use crate::state::{Action, AppState, NoticeKind};
use crate::storage::{read_setting, write_setting, DraftStore, LOCALE_KEY, NUMBERING_KEY};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Editor,
    Control,
}

/// Delay between the last edit and writing the draft to storage.
const SAVE_DELAY_MS: u32 = 400;

/// What the `pagehide` handler needs to save the latest document.
struct Latest {
    doc: Rc<Document>,
    revision: u64,
    saved_revision: u64,
    autosave: bool,
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::boot);
    let dispatch: Callback<Action> = state.dispatcher().to_callback();
    let store = use_memo((), |_| DraftStore::local().ok());
    let numbering = use_state(|| {
        read_setting(NUMBERING_KEY)
            .and_then(|c| numbering::from_code(&c))
            .unwrap_or_default()
    });
    let locale = state.locale;
    let t = texts(locale);
    let revision = state.editor.revision();
    let doc = Rc::clone(state.editor.doc());

    let today = *use_memo((), |_| today());
    let validator = use_mut_ref(|| Validator::new(ValidateOptions { today: Some(today) }));
    let diagnostics: Rc<Vec<Diagnostic>> = {
        let doc = Rc::clone(&doc);
        use_memo(revision, move |_| {
            validator.borrow_mut().update(&doc).to_vec()
        })
    };
    let finding_cache = use_mut_ref(FindingCache::default);
    let findings: Rc<Vec<Finding>> =
        use_memo((Rc::clone(&diagnostics), locale), move |(d, locale)| {
            finding_cache.borrow_mut().findings(d, *locale)
        });
    let view = use_state_eq(|| View::Editor);
    let paste_open = use_state_eq(|| false);
    let rows: Option<Rc<Vec<ControlRow>>> = {
        let doc = Rc::clone(&doc);
        let diagnostics = Rc::clone(&diagnostics);
        let wanted = *view == View::Control;
        let rows = use_memo((wanted, revision, locale), move |(wanted, _, locale)| {
            wanted.then(|| Rc::new(control_sheet_with(&doc, &diagnostics, *locale)))
        });
        rows.as_ref().clone()
    };

    let latest = use_mut_ref(|| Latest {
        doc: Rc::clone(&doc),
        revision,
        saved_revision: state.saved_revision,
        autosave: state.autosave,
    });
    *latest.borrow_mut() = Latest {
        doc: Rc::clone(&doc),
        revision,
        saved_revision: state.saved_revision,
        autosave: state.autosave,
    };

    // Debounced autosave, and focus for newly created or restored fields.
    {
        let store = Rc::clone(&store);
        let dispatch = dispatch.clone();
        let doc = Rc::clone(&doc);
        let pending = state.autosave && revision != state.saved_revision;
        let focus = state.editor.focus_hint();
        use_effect_with(revision, move |_| {
            if let Some(field) = focus {
                fields::focus(field);
            }
            let timer = pending.then(|| {
                Timeout::new(SAVE_DELAY_MS, move || {
                    save(store.as_ref().as_ref(), &doc, revision, locale, &dispatch);
                })
            });
            move || drop(timer)
        });
    }

    // Save at once when the page goes away.
    {
        let store = Rc::clone(&store);
        let latest = Rc::clone(&latest);
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "pagehide", move |_| {
                    save_on_exit(store.as_ref().as_ref(), &latest);
                })
            });
            move || drop(listener)
        });
    }

    {
        use_effect_with(locale, move |locale| {
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("lang", locale.code());
            }
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(texts(*locale).app_title);
            }
        });
    }

    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                return;
            }
            let action = match (e.key().to_lowercase().as_str(), e.shift_key()) {
                ("z" | "я", false) => Action::Undo,
                ("z" | "я", true) | ("y" | "н", false) => Action::Redo,
                _ => return,
            };
            e.prevent_default();
            dispatch.emit(action);
        })
    };

    let on_export = {
        let dispatch = dispatch.clone();
        let doc = Rc::clone(&doc);
        Callback::from(move |()| {
            let name = export_file_name(&doc, today);
            if let Err(e) = download(&name, &to_json(&doc), "application/json") {
                dispatch.emit(Action::Notify(
                    NoticeKind::Error,
                    format!("{}: {e}", texts(locale).export_failed),
                ));
            }
        })
    };
    let on_import = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: File| open_file(file, locale, dispatch.clone()))
    };
    let on_new = {
        let dispatch = dispatch.clone();
        Callback::from(move |kind: Kind| {
            let title = match locale {
                Locale::Ru => kind.title_ru(),
                Locale::En => kind.title_en(),
            };
            let note = match locale {
                Locale::Ru => format!(
                    "Создан новый документ: {title}. Прежний можно вернуть кнопкой «Отменить»."
                ),
                Locale::En => format!("New document: {title}. Undo brings the previous one back."),
            };
            dispatch.emit(Action::Open {
                doc: Box::new(template(kind)),
                note: Some(note),
            });
        })
    };
    let on_numbering = {
        let numbering = numbering.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |style: NumberingStyle| {
            numbering.set(style);
            if let Err(e) = write_setting(NUMBERING_KEY, numbering::code(style)) {
                dispatch.emit(Action::Notify(NoticeKind::Error, e.message(locale)));
            }
        })
    };
    let on_locale = {
        let dispatch = dispatch.clone();
        Callback::from(move |new: Locale| {
            dispatch.emit(Action::SetLocale(new));
            if let Err(e) = write_setting(LOCALE_KEY, new.code()) {
                dispatch.emit(Action::Notify(NoticeKind::Error, e.message(new)));
            }
        })
    };
    let on_paste = {
        let paste_open = paste_open.clone();
        Callback::from(move |()| paste_open.set(true))
    };
    let on_paste_cancel = {
        let paste_open = paste_open.clone();
        Callback::from(move |()| paste_open.set(false))
    };
    let on_paste_accept = {
        let paste_open = paste_open.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |doc: Document| {
            paste_open.set(false);
            let note = match locale {
                Locale::Ru => {
                    "Текст импортирован. Прежний документ можно вернуть кнопкой «Отменить»."
                }
                Locale::En => "Text imported. Undo brings the previous document back.",
            };
            dispatch.emit(Action::Open {
                doc: Box::new(doc),
                note: Some(note.to_owned()),
            });
        })
    };
    let show = |v: View| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(v))
    };
    let on_open_row = {
        let view = view.clone();
        Callback::from(move |directive: DirectiveId| {
            view.set(View::Editor);
            dispatch::focus_later(FieldRef::Directive(directive));
        })
    };
    // Stable, so the entries of the diagnostics panel are not re-rendered
    // for a new callback on every keystroke.
    let on_focus_finding = {
        let view = view.setter();
        use_callback((), move |f: Finding, _| {
            view.set(View::Editor);
            dispatch::focus_range_later(f.field, f.range);
        })
    };
    let ru = locale == Locale::Ru;
    let on_undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.emit(Action::Undo))
    };
    let on_redo = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.emit(Action::Redo))
    };

    html! {
        <>
        <div class="app" {onkeydown}>
            <header class="app-bar">
                <h1 class="app-title">{ t.app_title }</h1>
                <Toolbar
                    {locale}
                    numbering={*numbering}
                    save_status={state.save_status()}
                    can_undo={state.editor.can_undo()}
                    can_redo={state.editor.can_redo()}
                    {on_undo}
                    {on_redo}
                    {on_export}
                    {on_import}
                    {on_paste}
                    {on_new}
                    {on_numbering}
                    {on_locale}
                />
            </header>
            <Notices notices={state.notices.clone()} {locale} dispatch={dispatch.clone()} />
            <nav class="views" aria-label={if ru { "Вид" } else { "View" }}>
                <button type="button" data-testid="view-editor" aria-pressed={(*view == View::Editor).to_string()}
                    onclick={show(View::Editor)}>{ if ru { "Редактор" } else { "Editor" } }</button>
                <button type="button" data-testid="view-control" aria-pressed={(*view == View::Control).to_string()}
                    onclick={show(View::Control)}>{ if ru { "Контрольный лист" } else { "Control sheet" } }</button>
            </nav>
            <main class={classes!("page", "workspace", (*view == View::Control).then_some("wide"))}>
                if let Some(rows) = rows {
                    <ControlSheet {rows} today={Some(today)} {locale} on_open={on_open_row} />
                } else {
                    <DocumentView {doc} numbering={*numbering} findings={Rc::clone(&findings)}
                        today={Some(today)} {locale} dispatch={dispatch.clone()} />
                }
                if *view == View::Editor {
                    <DiagnosticsPanel findings={Rc::clone(&findings)} {locale} on_focus={on_focus_finding} />
                }
            </main>
        </div>
        // Outside the app's shortcut handler: Ctrl+Z in the dialog undoes
        // typing there, not the document.
        if *paste_open {
            <PasteDialog {locale} on_accept={on_paste_accept} on_cancel={on_paste_cancel} />
        }
        </>
    }
}

fn save(
    store: Option<&DraftStore>,
    doc: &Document,
    revision: u64,
    locale: Locale,
    dispatch: &Callback<Action>,
) {
    let Some(store) = store else {
        return;
    };
    match store.save(doc) {
        Ok(()) => dispatch.emit(Action::Saved { revision }),
        Err(e) => dispatch.emit(Action::SaveFailed {
            revision,
            error: e.message(locale),
        }),
    }
}

fn save_on_exit(store: Option<&DraftStore>, latest: &RefCell<Latest>) {
    let (Some(store), Ok(latest)) = (store, latest.try_borrow()) else {
        return;
    };
    if latest.autosave && latest.revision != latest.saved_revision {
        if let Err(e) = store.save(&latest.doc) {
            gloo::console::error!(format!("draft not saved on page hide: {e}"));
        }
    }
}

/// Read a JSON file and open it; any problem becomes a notice.
fn open_file(file: File, locale: Locale, dispatch: Callback<Action>) {
    let t = texts(locale);
    let name = file.name();
    if file.size() > MAX_BYTES as f64 {
        dispatch.emit(Action::Notify(
            NoticeKind::Error,
            format!(
                "{} «{name}»: {} ({} > {MAX_BYTES} B)",
                t.file_unreadable,
                t.file_too_large,
                file.size()
            ),
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = match JsFuture::from(file.text()).await {
            Ok(value) => value.as_string(),
            Err(e) => {
                dispatch.emit(Action::Notify(
                    NoticeKind::Error,
                    format!("{} «{name}»: {}", t.file_unreadable, js_text(e)),
                ));
                return;
            }
        };
        let result = text
            .ok_or_else(|| "not text".to_owned())
            .and_then(|text| from_json(&text).map_err(|e| e.message(locale)));
        match result {
            Ok(doc) => dispatch.emit(Action::Open {
                doc: Box::new(doc),
                note: Some(format!("{} «{name}»", t.opened_file)),
            }),
            Err(e) => dispatch.emit(Action::Notify(
                NoticeKind::Error,
                format!("{} «{name}»: {e}", t.file_unreadable),
            )),
        }
    });
}

fn today() -> CivilDate {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).unwrap_or(2024);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    CivilDate::new(year, month, day).unwrap_or(CivilDate {
        year: 2024,
        month: 1,
        day: 1,
    })
}
