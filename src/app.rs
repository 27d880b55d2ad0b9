//! The root component: state, the storage session, autosave, shortcuts,
//! panels and dialogs, import and export.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use resolution_core::control::{control_sheet_with, ControlRow};
use resolution_core::date::CivilDate;
use resolution_core::edit::FieldRef;
use resolution_core::export::Target;
use resolution_core::json::MAX_BYTES;
use resolution_core::library::{export_file_name, export_json, parse_import, DiagnosticCounts};
use resolution_core::locale::Locale;
use resolution_core::validate::{Diagnostic, ValidateOptions, Validator};
use resolution_core::{CommentTarget, DirectiveId, Document, Kind};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ClipboardEvent, DragEvent, File, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::comments::{Comments, Review};
use crate::components::compare::Compare;
use crate::components::conflict_dialog::ConflictDialog;
use crate::components::control_sheet::ControlSheet;
use crate::components::diagnostics_panel::DiagnosticsPanel;
use crate::components::document::DocumentView;
use crate::components::drafts_panel::DraftsPanel;
use crate::components::history_panel::{HistoryPanel, Side};
use crate::components::notices::Notices;
use crate::components::paste_dialog::PasteDialog;
use crate::components::read_only::ReadOnly;
use crate::components::reviewer_bar::ReviewerBar;
use crate::components::toolbar::Toolbar;
use crate::config::EditorConfig;
use crate::diagnostics::{Finding, FindingCache};
use crate::dispatch;
use crate::embed::events;
use crate::export::{download, export_as, export_docx, js_text};
use crate::i18n::{texts, tr};
use crate::numbering::{self, NumberingStyle};
use crate::session::{Session, Snapshot, StartOptions};
use crate::state::{Action, AppState, Backend, NoticeKind};
use crate::storage::{read_setting, write_setting, LOCALE_KEY, NUMBERING_KEY, REVIEWER_KEY};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Editor,
    Control,
}

/// A side panel or the comparison, one at a time.
#[derive(Debug, Clone, PartialEq)]
enum Panel {
    None,
    Drafts,
    History,
    /// `new: None` compares with the open text.
    Compare {
        old: Side,
        new: Option<Side>,
    },
}

/// Delay between the last edit and writing the draft to storage.
const SAVE_DELAY_MS: u32 = 400;

/// The editor's options; see [`EditorConfig`].
#[derive(Properties, Clone)]
pub struct AppProps {
    pub config: Rc<EditorConfig>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = Rc::clone(&props.config);
    let state = use_reducer({
        let config = Rc::clone(&config);
        move || {
            let locale = config
                .locale
                .or_else(|| read_setting(LOCALE_KEY).and_then(|s| s.parse().ok()))
                .unwrap_or_default();
            AppState::starting(locale, config.read_only)
        }
    });
    let dispatch: Callback<Action> = state.dispatcher().to_callback();
    let locale = state.locale;
    let session = use_memo((), {
        let (dispatch, namespace) = (dispatch.clone(), config.namespace.clone());
        move |_| Session::new(namespace, dispatch, locale)
    });
    let numbering = use_state(|| {
        read_setting(NUMBERING_KEY)
            .and_then(|c| numbering::from_code(&c))
            .unwrap_or_default()
    });
    let reviewer_name = use_state(|| read_setting(REVIEWER_KEY).unwrap_or_default());
    let t = texts(locale);
    let revision = state.editor.revision();
    let text_key = state.text_key();
    let doc = Rc::clone(state.editor.doc());

    let today = *use_memo((), |_| today());
    let validator = use_mut_ref(|| Validator::new(ValidateOptions { today: Some(today) }));
    let diagnostics: Rc<Vec<Diagnostic>> = {
        let doc = Rc::clone(&doc);
        use_memo(text_key, move |_| {
            validator.borrow_mut().update(&doc).to_vec()
        })
    };
    let finding_cache = use_mut_ref(FindingCache::default);
    let findings: Rc<Vec<Finding>> =
        use_memo((Rc::clone(&diagnostics), locale), move |(d, locale)| {
            finding_cache.borrow_mut().findings(d, *locale)
        });
    let view = use_state_eq(|| View::Editor);
    let panel = use_state_eq(|| Panel::None);
    let paste_open = use_state_eq(|| false);
    let rows: Option<Rc<Vec<ControlRow>>> = {
        let doc = Rc::clone(&doc);
        let diagnostics = Rc::clone(&diagnostics);
        let wanted = *view == View::Control;
        let rows = use_memo((wanted, text_key, locale), move |(wanted, _, locale)| {
            wanted.then(|| Rc::new(control_sheet_with(&doc, &diagnostics, *locale)))
        });
        rows.as_ref().clone()
    };

    let counts = use_memo(Rc::clone(&diagnostics), |d| {
        DiagnosticCounts::from_diagnostics(d)
    });
    // Tell the session what is shown, for saves and page hide.
    session.sync(Snapshot {
        doc: Rc::clone(&doc),
        generation: state.generation,
        revision,
        saved_revision: state.saved_revision,
        open: state.open.clone(),
        backend: state.backend.clone(),
        autosave: state.autosave,
        conflict: state.conflict.is_some(),
        locale,
        counts: Some(*counts),
    });

    {
        let session = Rc::clone(&session);
        let options = StartOptions {
            initial: config.initial.clone(),
            read_address: config.standalone,
        };
        use_effect_with((), move |_| {
            session.start(options);
            move || session.close()
        });
    }
    if let Some(bridge) = &config.bridge {
        bridge.update(
            &doc,
            state.open.as_ref().map(|o| &o.id),
            (&diagnostics, ValidateOptions { today: Some(today) }),
            locale,
            state.locked,
            &dispatch,
        );
    }
    events::use_events(
        config.bridge.clone(),
        &state,
        Rc::clone(&diagnostics),
        *counts,
    );

    // Debounced autosave, and focus for newly created or restored fields.
    {
        let session = Rc::clone(&session);
        let pending = state.wants_save();
        let focus = state.editor.focus_hint();
        use_effect_with((text_key, pending), move |_| {
            if let Some(field) = focus {
                crate::fields::focus(field);
            }
            let timer = pending.then(|| Timeout::new(SAVE_DELAY_MS, move || session.save(false)));
            move || drop(timer)
        });
    }

    // Save at once when the page is hidden or goes away.
    {
        let session = Rc::clone(&session);
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let on_hide = {
                let session = Rc::clone(&session);
                window
                    .as_ref()
                    .map(|w| EventListener::new(w, "pagehide", move |_| session.page_hidden()))
            };
            let on_visibility = window.as_ref().and_then(|w| w.document()).map(|d| {
                let doc = d.clone();
                EventListener::new(&d, "visibilitychange", move |_| {
                    if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                        session.page_hidden();
                    }
                })
            });
            move || drop((on_hide, on_visibility))
        });
    }

    {
        let standalone = config.standalone;
        use_effect_with(locale, move |locale| {
            if !standalone {
                return;
            }
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

    // JSON pasted outside any field opens as a new draft (on the app page;
    // a portal's page is not the editor's to listen to).
    {
        let session = Rc::clone(&session);
        let standalone = config.standalone;
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .filter(|_| standalone)
                .map(|d| {
                    EventListener::new(&d, "paste", move |e| {
                        let Some(e) = e.dyn_ref::<ClipboardEvent>() else {
                            return;
                        };
                        if in_text_field(e.target()) {
                            return;
                        }
                        let text = e
                            .clipboard_data()
                            .and_then(|d| d.get_data("text/plain").ok())
                            .unwrap_or_default();
                        if text.trim_start().starts_with('{') {
                            e.prevent_default();
                            session.import(&text, "JSON", false);
                        }
                    })
                });
            move || drop(listener)
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
        let open = state.open.clone();
        Callback::from(move |()| {
            let json = export_json(&doc, open.as_ref().map(|o| &o.id));
            if let Err(e) = download(&export_file_name(&doc), &json, "application/json") {
                dispatch.emit(Action::Notify(
                    NoticeKind::Error,
                    format!("{}: {e}", texts(locale).export_failed),
                ));
            }
        })
    };
    let on_export_as = {
        let dispatch = dispatch.clone();
        let doc = Rc::clone(&doc);
        let style = *numbering;
        Callback::from(move |target: Target| {
            if target == Target::Docx {
                let dispatch = dispatch.clone();
                export_docx(&doc, move |result| {
                    if let Err(e) = result {
                        dispatch.emit(Action::Notify(
                            NoticeKind::Error,
                            format!("{}: {e}", texts(locale).export_failed),
                        ));
                    }
                });
                return;
            }
            match export_as(&doc, target, style, locale) {
                Ok(left_out) if !left_out.is_empty() => dispatch.emit(Action::Notify(
                    NoticeKind::Info,
                    format!(
                        "{}: {}",
                        tr(locale, "Не вошло в календарь", "Left out of the calendar"),
                        left_out.join("; ")
                    ),
                )),
                Ok(_) => {}
                Err(e) => dispatch.emit(Action::Notify(
                    NoticeKind::Error,
                    format!("{}: {e}", texts(locale).export_failed),
                )),
            }
        })
    };
    let read_file = {
        let dispatch = dispatch.clone();
        move |file: File, then: Box<dyn FnOnce(String, String)>| {
            read_text(file, locale, dispatch.clone(), then)
        }
    };
    let on_import = {
        let (session, read_file) = (Rc::clone(&session), read_file.clone());
        Callback::from(move |file: File| {
            let session = Rc::clone(&session);
            read_file(
                file,
                Box::new(move |text, name| session.import(&text, &name, false)),
            );
        })
    };
    let on_review_file = {
        let (session, read_file) = (Rc::clone(&session), read_file.clone());
        Callback::from(move |file: File| {
            let session = Rc::clone(&session);
            read_file(
                file,
                Box::new(move |text, name| session.import(&text, &name, true)),
            );
        })
    };
    let on_compare_file = {
        let (panel, dispatch, read_file) = (panel.clone(), dispatch.clone(), read_file.clone());
        Callback::from(move |file: File| {
            let (panel, dispatch) = (panel.clone(), dispatch.clone());
            read_file(
                file,
                Box::new(move |text, name| match parse_import(&text) {
                    Ok(imported) => panel.set(Panel::Compare {
                        old: Side {
                            doc: Rc::new(imported.document),
                            label: name,
                        },
                        new: None,
                    }),
                    Err(e) => dispatch.emit(Action::Notify(
                        NoticeKind::Error,
                        format!(
                            "{} «{name}»: {}",
                            texts(locale).file_unreadable,
                            e.message(locale)
                        ),
                    )),
                }),
            );
        })
    };
    let ondrop = {
        let on_import = on_import.clone();
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                e.prevent_default();
                on_import.emit(file);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| {
        let has_files = e.data_transfer().is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        });
        if has_files {
            e.prevent_default();
        }
    });
    let on_new = {
        let session = Rc::clone(&session);
        Callback::from(move |kind: Kind| session.create(kind))
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
    let on_reviewer = {
        let dispatch = dispatch.clone();
        Callback::from(move |on: bool| dispatch.emit(Action::SetReviewer(on)))
    };
    let on_reviewer_name = {
        let reviewer_name = reviewer_name.clone();
        Callback::from(move |name: String| {
            // Only a convenience for the next comment.
            let _ = write_setting(REVIEWER_KEY, &name);
            reviewer_name.set(name);
        })
    };
    let toggle = |p: Panel| {
        let panel = panel.clone();
        Callback::from(move |()| {
            if *panel == p {
                panel.set(Panel::None);
            } else {
                panel.set(p.clone());
            }
        })
    };
    let on_drafts = toggle(Panel::Drafts);
    let on_history = toggle(Panel::History);
    let close_panel = {
        let panel = panel.clone();
        Callback::from(move |()| panel.set(Panel::None))
    };
    let on_compare = {
        let panel = panel.clone();
        Callback::from(move |(old, new): (Side, Option<Side>)| {
            panel.set(Panel::Compare { old, new })
        })
    };
    let on_conflict = {
        let session = Rc::clone(&session);
        Callback::from(move |choice| session.settle_conflict(choice))
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
            dispatch.emit(Action::Open {
                doc: Box::new(doc),
                note: Some(
                    tr(
                        locale,
                        "Текст импортирован. Прежний документ можно вернуть кнопкой «Отменить».",
                        "Text imported. Undo brings the previous document back.",
                    )
                    .to_owned(),
                ),
            });
        })
    };
    let on_paste_json = {
        let (paste_open, session) = (paste_open.clone(), Rc::clone(&session));
        Callback::from(move |text: String| {
            paste_open.set(false);
            session.import(&text, "JSON", false);
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
    let on_undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.emit(Action::Undo))
    };
    let on_redo = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.emit(Action::Redo))
    };

    let review = use_memo(
        (
            state.reviewer,
            (*reviewer_name).clone(),
            doc.comments.clone(),
            locale,
        ),
        {
            let dispatch = dispatch.clone();
            move |(reviewer, name, comments, locale)| Review {
                reviewer: *reviewer,
                name: AttrValue::from(name.clone()),
                comments: Rc::new(comments.clone()),
                locale: *locale,
                dispatch,
            }
        },
    );

    let ru = locale == Locale::Ru;
    let starting = state.backend == Backend::Starting;
    let open_id = state.open.as_ref().map(|o| o.id.clone());
    html! {
        <>
        <div class={classes!("app", state.reviewer.then_some("read-only"))} {onkeydown} {ondrop} {ondragover}>
            <header class="app-bar">
                <h1 class="app-title">{ t.app_title }</h1>
                <Toolbar
                    {locale}
                    numbering={*numbering}
                    save_status={state.save_status()}
                    can_undo={state.editor.can_undo()}
                    can_redo={state.editor.can_redo()}
                    has_library={state.backend == Backend::Library}
                    reviewer={state.reviewer}
                    locked={state.locked}
                    {on_undo}
                    {on_redo}
                    {on_export}
                    {on_export_as}
                    {on_import}
                    {on_review_file}
                    {on_compare_file}
                    {on_paste}
                    {on_new}
                    {on_drafts}
                    {on_history}
                    {on_reviewer}
                    {on_numbering}
                    {on_locale}
                />
            </header>
            <Notices notices={state.notices.clone()} {locale} dispatch={dispatch.clone()} />
            if state.reviewer {
                <ReviewerBar {locale} name={(*reviewer_name).clone()} on_name={on_reviewer_name}
                    open_comments={resolution_core::library::comments::open_count(&doc)} />
            }
            <nav class="views" aria-label={if ru { "Вид" } else { "View" }}>
                <button type="button" data-testid="view-editor" aria-pressed={(*view == View::Editor).to_string()}
                    onclick={show(View::Editor)}>{ if ru { "Редактор" } else { "Editor" } }</button>
                <button type="button" data-testid="view-control" aria-pressed={(*view == View::Control).to_string()}
                    onclick={show(View::Control)}>{ if ru { "Контрольный лист" } else { "Control sheet" } }</button>
            </nav>
            <ContextProvider<ReadOnly> context={ReadOnly(state.reviewer)}>
            <ContextProvider<Review> context={(*review).clone()}>
            <main class={classes!("page", "workspace", (*view == View::Control).then_some("wide"))}>
                if starting {
                    <p class="loading" data-testid="loading">{ tr(locale, "Открываем черновики…", "Opening drafts…") }</p>
                } else if let Some(rows) = rows {
                    <ControlSheet {rows} today={Some(today)} {locale} on_open={on_open_row} />
                } else {
                    <div class="document-column">
                        <Comments target={CommentTarget::Document} />
                        <DocumentView doc={Rc::clone(&doc)} numbering={*numbering} findings={Rc::clone(&findings)}
                            today={Some(today)} {locale} dispatch={dispatch.clone()} />
                    </div>
                }
                if *view == View::Editor && !starting {
                    <DiagnosticsPanel findings={Rc::clone(&findings)} {locale} on_focus={on_focus_finding} />
                }
            </main>
            </ContextProvider<Review>>
            </ContextProvider<ReadOnly>>
            {
                match &*panel {
                    Panel::None => html! {},
                    Panel::Drafts => html! {
                        <DraftsPanel library={Rc::clone(&state.library)} open={open_id.clone()}
                            session={(*session).clone()} {locale} on_close={close_panel.clone()} />
                    },
                    Panel::History => match &state.open {
                        Some(open) => html! {
                            <HistoryPanel draft={open.id.clone()} revision={open.base_revision}
                                session={(*session).clone()} {locale} {on_compare} on_close={close_panel.clone()} />
                        },
                        None => html! {},
                    },
                    Panel::Compare { old, new } => {
                        let (new_doc, new_label) = match new {
                            Some(side) => (Rc::clone(&side.doc), side.label.clone()),
                            None => (Rc::clone(&doc), tr(locale, "Открытый текст", "Open text").to_owned()),
                        };
                        html! {
                            <Compare old={Rc::clone(&old.doc)} new={new_doc}
                                old_label={AttrValue::from(old.label.clone())}
                                new_label={AttrValue::from(new_label)}
                                {locale} on_close={close_panel.clone()} />
                        }
                    }
                }
            }
        </div>
        // Outside the app's shortcut handler: Ctrl+Z in the dialog undoes
        // typing there, not the document.
        if *paste_open {
            <PasteDialog {locale} on_accept={on_paste_accept} on_json={on_paste_json} on_cancel={on_paste_cancel} />
        }
        if state.conflict.is_some() {
            <ConflictDialog {locale} on_choose={on_conflict} />
        }
        </>
    }
}

/// Whether an event target is a place where pasting types text.
fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
                || el.is_content_editable()
        })
}

/// Reads a dropped or picked file as text (at most [`MAX_BYTES`]) and
/// passes it on with its name; problems become notices.
fn read_text(
    file: File,
    locale: Locale,
    dispatch: Callback<Action>,
    then: Box<dyn FnOnce(String, String)>,
) {
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
        match JsFuture::from(file.text()).await.map(|v| v.as_string()) {
            Ok(Some(text)) => then(text, name),
            Ok(None) => dispatch.emit(Action::Notify(
                NoticeKind::Error,
                format!("{} «{name}»: not text", t.file_unreadable),
            )),
            Err(e) => dispatch.emit(Action::Notify(
                NoticeKind::Error,
                format!("{} «{name}»: {}", t.file_unreadable, js_text(e)),
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
