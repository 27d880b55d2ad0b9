//! Paste-import dialog: paste a resolution as plain text, see the structure
//! the importer finds and the lines it could not place, then accept or
//! cancel.

use resolution_core::locale::Locale;
use resolution_core::text::{import_text_report, ImportReport, LinePlace};
use resolution_core::Document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

/// The control that opens this dialog; focus returns to it on close.
const OPENER: &str = "[data-testid=\"paste-import\"]";
/// What Tab moves between inside the dialog.
const FOCUSABLE: &str = "textarea, summary, button:not([disabled])";

#[derive(Properties, PartialEq)]
pub struct PasteDialogProps {
    pub locale: Locale,
    pub on_accept: Callback<Document>,
    /// Pasted text that is a JSON draft file: opened as a new draft.
    pub on_json: Callback<String>,
    pub on_cancel: Callback<()>,
}

fn place_label(place: LinePlace, ru: bool) -> &'static str {
    match (place, ru) {
        (LinePlace::Blank, _) | (LinePlace::Markup, _) => "",
        (LinePlace::Header, true) => "заголовок",
        (LinePlace::Preamble, true) => "вводная часть",
        (LinePlace::Section, true) => "адресат",
        (LinePlace::Directive, true) => "поручение",
        (LinePlace::Protocol, true) => "протокол",
        (LinePlace::Signatory, true) => "подпись",
        (LinePlace::Unclassified, true) => "не распознано",
        (LinePlace::Header, false) => "header",
        (LinePlace::Preamble, false) => "preamble",
        (LinePlace::Section, false) => "addressee",
        (LinePlace::Directive, false) => "directive",
        (LinePlace::Protocol, false) => "minutes",
        (LinePlace::Signatory, false) => "signature",
        (LinePlace::Unclassified, false) => "unrecognised",
    }
}

fn place_code(place: LinePlace) -> &'static str {
    match place {
        LinePlace::Blank => "blank",
        LinePlace::Markup => "markup",
        LinePlace::Header => "header",
        LinePlace::Preamble => "preamble",
        LinePlace::Section => "section",
        LinePlace::Directive => "directive",
        LinePlace::Protocol => "protocol",
        LinePlace::Signatory => "signatory",
        LinePlace::Unclassified => "unclassified",
    }
}

#[function_component(PasteDialog)]
pub fn paste_dialog(props: &PasteDialogProps) -> Html {
    let text = use_state(String::new);
    let input_ref = use_node_ref();
    let ru = props.locale == Locale::Ru;
    let is_json = text.trim_start().starts_with('{');
    let report: std::rc::Rc<Option<ImportReport>> = use_memo((*text).clone(), |text| {
        (!text.trim().is_empty() && !text.trim_start().starts_with('{'))
            .then(|| import_text_report(text))
    });

    {
        let input_ref = input_ref.clone();
        use_effect_with((), move |_| {
            if let Some(area) = input_ref.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
            }
            || focus_opener()
        });
    }

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                text.set(area.value());
            }
        })
    };
    let on_accept = {
        let report = report.clone();
        let (cb, on_json, text) = (props.on_accept.clone(), props.on_json.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            if is_json {
                on_json.emit((*text).clone());
            } else if let Some(r) = report.as_ref() {
                cb.emit(r.document.clone());
            }
        })
    };
    let on_cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let onkeydown = {
        let cb = props.on_cancel.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                cb.emit(());
            } else if e.key() == "Tab" {
                trap_tab(&e);
            }
        })
    };

    let summary = match report.as_ref() {
        None if is_json => html! {
            <p class="hint" data-testid="paste-json-hint">{ if ru { "Это файл черновика в JSON: он откроется как новый черновик (существующие не меняются)." }
                else { "This is a JSON draft file: it opens as a new draft (existing drafts are not changed)." } }</p>
        },
        None => html! {
            <p class="hint">{ if ru { "Вставьте текст решения, резолюции или протокола слева." }
                else { "Paste the text of a decision, resolution or minutes on the left." } }</p>
        },
        Some(r) => preview(r, &text, ru),
    };
    html! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="paste-title"
                data-testid="paste-dialog" {onkeydown}>
                <h2 id="paste-title" class="panel-title">
                    { if ru { "Импорт из текста" } else { "Import from text" } }
                </h2>
                <div class="paste-grid">
                    <label class="paste-input">
                        <span class="visually-hidden">{ if ru { "Текст документа" } else { "Document text" } }</span>
                        <textarea ref={input_ref} data-testid="paste-text" lang="ru" spellcheck="false"
                            class="doc-text" value={(*text).clone()} {oninput}
                            placeholder={if ru { "РЕШЕНИЕ\nсовещания …\n\n1. Руководителям ОО:\n1.1. обеспечить … до 1 октября 2024 года;" }
                                else { "DECISION …" }} />
                    </label>
                    <div class="paste-preview" data-testid="paste-preview" aria-live="polite">{ summary }</div>
                </div>
                <div class="modal-actions">
                    <button type="button" data-testid="paste-cancel" onclick={on_cancel}>
                        { if ru { "Отмена" } else { "Cancel" } }
                    </button>
                    <button type="button" class="primary" data-testid="paste-accept"
                        disabled={report.is_none() && !is_json} onclick={on_accept}>
                        { if ru { "Открыть как документ" } else { "Open as document" } }
                    </button>
                </div>
            </div>
        </div>
    }
}

fn preview(r: &ImportReport, input: &str, ru: bool) -> Html {
    let doc = &r.document;
    let kind = doc
        .header
        .kind
        .map(|k| if ru { k.title_ru() } else { k.title_en() })
        .unwrap_or(if ru {
            "вид не распознан"
        } else {
            "kind not recognised"
        });
    let sections = doc.all_sections().count();
    let directives: usize = doc
        .all_sections()
        .map(|s| s.directives.iter().map(count_directives).sum::<usize>())
        .sum();
    let agenda = doc.protocol.as_ref().map_or(0, |p| p.agenda.len());
    let unclassified = &doc.unclassified;
    html! {
        <>
            <dl class="paste-summary">
                <dt>{ if ru { "Вид" } else { "Kind" } }</dt><dd data-testid="paste-kind">{ kind }</dd>
                <dt>{ if ru { "Тема" } else { "Topic" } }</dt><dd>{ doc.header.topic.clone() }</dd>
                <dt>{ if ru { "Дата" } else { "Date" } }</dt><dd>{ doc.header.adopted_on.clone() }</dd>
                <dt>{ if ru { "Разделов" } else { "Sections" } }</dt><dd data-testid="paste-sections">{ sections }</dd>
                <dt>{ if ru { "Поручений" } else { "Directives" } }</dt><dd data-testid="paste-directives">{ directives }</dd>
                if agenda > 0 {
                    <dt>{ if ru { "Вопросов повестки" } else { "Agenda items" } }</dt><dd>{ agenda }</dd>
                }
            </dl>
            <ul class="paste-sections">
                { for doc.all_sections().map(|s| html! {
                    <li>{ if s.addressee.is_empty() { "—".to_owned() } else { s.addressee.clone() } }
                        { format!(" · {}", s.directives.len()) }</li>
                }) }
            </ul>
            if !unclassified.is_empty() {
                <div class="paste-unclassified" data-testid="paste-unclassified">
                    <h3>{ if ru { "Нераспознанные строки" } else { "Unrecognised lines" } }{ format!(" ({})", unclassified.len()) }</h3>
                    <p class="hint">{ if ru { "Они сохранятся в документе в отдельном блоке, ничего не потеряется." }
                        else { "They are kept in a separate block of the document; nothing is lost." } }</p>
                    <ul>{ for unclassified.iter().map(|l| html! { <li>{ l.clone() }</li> }) }</ul>
                </div>
            }
            <details class="paste-lines">
                <summary>{ if ru { "Разбор по строкам" } else { "Line by line" } }</summary>
                <ol>
                    { for input.split('\n').zip(r.line_places.iter()).filter(|(l, _)| !l.trim().is_empty()).map(|(line, place)| html! {
                        <li class={format!("place-{}", place_code(*place))}>
                            <span class="place">{ place_label(*place, ru) }</span>
                            <span class="line">{ line.to_owned() }</span>
                        </li>
                    }) }
                </ol>
            </details>
        </>
    }
}

/// A directive and all its sub-items.
fn count_directives(d: &resolution_core::Directive) -> usize {
    1 + d.items.iter().map(count_directives).sum::<usize>()
}

/// Keep Tab and Shift+Tab inside the dialog: from the last control to the
/// first and back.
fn trap_tab(e: &KeyboardEvent) {
    // Yew delegates events, so the current target is the app root: find the
    // dialog from the element the key went to.
    let Some(dialog) = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("[role=\"dialog\"]").ok().flatten())
    else {
        return;
    };
    let Ok(nodes) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let controls: Vec<HtmlElement> = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let is = |el: &HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.unchecked_ref::<Element>())
    };
    let wrap_to = if e.shift_key() && is(first) {
        Some(last)
    } else if !e.shift_key() && is(last) {
        Some(first)
    } else {
        None
    };
    if let Some(target) = wrap_to {
        e.prevent_default();
        let _ = target.focus();
    }
}

fn focus_opener() {
    let opener = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(OPENER).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(button) = opener {
        let _ = button.focus();
    }
}
