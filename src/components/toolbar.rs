//! The toolbar: drafts and history, new document, open/export JSON,
//! review and compare, undo/redo, numbering, language and the save
//! indicator.

use resolution_core::export::Target;
use resolution_core::locale::Locale;
use resolution_core::Kind;
use web_sys::{File, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::export::kind_code;
use crate::i18n::{texts, tr};
use crate::numbering::{self, NumberingStyle};
use crate::state::SaveStatus;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub locale: Locale,
    pub numbering: NumberingStyle,
    pub save_status: SaveStatus,
    pub can_undo: bool,
    pub can_redo: bool,
    /// The draft library is open (drafts and history can be shown).
    pub has_library: bool,
    pub reviewer: bool,
    /// Read-only editor: nothing that changes the document is offered.
    pub locked: bool,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub on_export: Callback<()>,
    /// Export in another format (Word, text, Markdown, CSV, calendar).
    pub on_export_as: Callback<Target>,
    pub on_import: Callback<File>,
    pub on_review_file: Callback<File>,
    pub on_compare_file: Callback<File>,
    pub on_paste: Callback<()>,
    pub on_new: Callback<Kind>,
    pub on_drafts: Callback<()>,
    pub on_history: Callback<()>,
    pub on_reviewer: Callback<bool>,
    pub on_numbering: Callback<NumberingStyle>,
    pub on_locale: Callback<Locale>,
}

/// Templates offered for a new document.
const TEMPLATES: [Kind; 3] = [Kind::Decision, Kind::Resolution, Kind::Protocol];

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let t = texts(props.locale);
    let on_file = |cb: &Callback<File>| {
        let cb = cb.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                cb.emit(file);
            }
            // Allow choosing the same file again.
            input.set_value("");
        })
    };
    let on_reviewer = {
        let (cb, on) = (props.on_reviewer.clone(), !props.reviewer);
        Callback::from(move |_: MouseEvent| cb.emit(on))
    };
    let l = props.locale;
    let on_new = {
        let cb = props.on_new.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let value = select.value();
            if let Some(kind) = TEMPLATES.into_iter().find(|k| kind_code(*k) == value) {
                cb.emit(kind);
            }
            select.set_value("");
        })
    };
    let on_export_as = {
        let cb = props.on_export_as.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            if let Some(target) = Target::parse(&select.value()) {
                cb.emit(target);
            }
            select.set_value("");
        })
    };
    let format_name = |target: Target| match (target, l) {
        (Target::Docx, Locale::Ru) => "Word (.docx)",
        (Target::Docx, Locale::En) => "Word (.docx)",
        (Target::Txt, Locale::Ru) => "Текст (.txt)",
        (Target::Txt, Locale::En) => "Plain text (.txt)",
        (Target::Markdown, _) => "Markdown (.md)",
        (Target::Csv, Locale::Ru) => "Контрольный лист, CSV для Excel",
        (Target::Csv, Locale::En) => "Control sheet, CSV for Excel",
        (Target::Ics, Locale::Ru) => "Сроки в календарь (.ics)",
        (Target::Ics, Locale::En) => "Deadlines to a calendar (.ics)",
        (Target::Json, _) => "JSON",
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            // Printing is the browser's; nothing to report if it declines.
            let _ = window.print();
        }
    });
    let on_numbering = {
        let cb = props.on_numbering.clone();
        Callback::from(move |e: Event| {
            if let Some(style) = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| numbering::from_code(&s.value()))
            {
                cb.emit(style);
            }
        })
    };
    let on_locale = {
        let cb = props.on_locale.clone();
        Callback::from(move |e: Event| {
            if let Some(locale) = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| s.value().parse::<Locale>().ok())
            {
                cb.emit(locale);
            }
        })
    };
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let (status_class, status_text) = match &props.save_status {
        SaveStatus::Saved => ("save-status saved", t.saved.to_owned()),
        SaveStatus::Saving => ("save-status saving", t.saving.to_owned()),
        SaveStatus::NotSaved(why) => (
            "save-status unsaved",
            format!("{}: {why}", tr(l, "Не сохраняется", "Not saved")),
        ),
        SaveStatus::Failed(e) => ("save-status failed", format!("{}: {e}", t.save_error)),
    };
    let (new_label, numbering_label, language_label) = match props.locale {
        Locale::Ru => ("Новый документ…", "Нумерация", "Язык"),
        Locale::En => ("New document…", "Numbering", "Language"),
    };
    let numbering_name = |s: NumberingStyle| match s {
        NumberingStyle::Decimal => "1. / 1.1. / 1.1.1.",
        NumberingStyle::DecimalParen => "1) / 1.1) / 1.1.1)",
        NumberingStyle::Letters => "1. / а) / –",
        NumberingStyle::Bullets => "1. / – / •",
    };
    html! {
        <div class="toolbar" role="toolbar" aria-label={t.toolbar}>
            if props.has_library {
                <button type="button" data-testid="drafts" onclick={click(&props.on_drafts)}>
                    { tr(l, "Черновики", "Drafts") }</button>
                <button type="button" data-testid="history" onclick={click(&props.on_history)}>
                    { tr(l, "История", "History") }</button>
            }
            if !props.locked {
            <select data-testid="new-document" aria-label={new_label} onchange={on_new}>
                <option value="" selected=true>{ new_label }</option>
                { for TEMPLATES.iter().map(|k| html! {
                    <option value={kind_code(*k)}>
                        { match props.locale { Locale::Ru => k.title_ru(), Locale::En => k.title_en() } }
                    </option>
                }) }
            </select>
            <label class="button file-button">
                { t.import_json }
                <input type="file" accept=".json,application/json" data-testid="import-json"
                    class="visually-hidden" onchange={on_file(&props.on_import)} />
            </label>
            <label class="button file-button">
                { tr(l, "Рецензировать файл…", "Review a file…") }
                <input type="file" accept=".json,application/json" data-testid="review-json"
                    class="visually-hidden" onchange={on_file(&props.on_review_file)} />
            </label>
            }
            <label class="button file-button">
                { tr(l, "Сравнить с файлом…", "Compare with a file…") }
                <input type="file" accept=".json,application/json" data-testid="compare-json"
                    class="visually-hidden" onchange={on_file(&props.on_compare_file)} />
            </label>
            if !props.locked {
            <button type="button" data-testid="reviewer-mode" aria-pressed={props.reviewer.to_string()}
                onclick={on_reviewer}>{ tr(l, "Режим рецензента", "Reviewer mode") }</button>
            <button type="button" data-testid="paste-import" onclick={click(&props.on_paste)}>
                { if props.locale == Locale::Ru { "Вставить текст…" } else { "Paste text…" } }
            </button>
            }
            <button type="button" data-testid="export-json" onclick={click(&props.on_export)}>
                { t.export_json }
            </button>
            <select data-testid="export-as" aria-label={tr(l, "Экспорт в другой формат", "Export to another format")}
                onchange={on_export_as}>
                <option value="" selected=true>{ tr(l, "Экспорт…", "Export…") }</option>
                { for Target::ALL.iter().filter(|t| **t != Target::Json).map(|t| html! {
                    <option value={t.extension()}>{ format_name(*t) }</option>
                }) }
            </select>
            <button type="button" data-testid="print" onclick={on_print}>
                { tr(l, "Печать / PDF", "Print / PDF") }
            </button>
            <span class="toolbar-sep" aria-hidden="true"></span>
            <button type="button" data-testid="undo" title={format!("{} (Ctrl+Z)", t.undo)}
                disabled={!props.can_undo} onclick={click(&props.on_undo)}>{ "↶ " }{ t.undo }</button>
            <button type="button" data-testid="redo" title={format!("{} (Ctrl+Shift+Z, Ctrl+Y)", t.redo)}
                disabled={!props.can_redo} onclick={click(&props.on_redo)}>{ "↷ " }{ t.redo }</button>
            <span class="toolbar-sep" aria-hidden="true"></span>
            <label class="inline">
                { numbering_label }
                <select data-testid="numbering-style" onchange={on_numbering}>
                    { for NumberingStyle::ALL.iter().map(|s| html! {
                        <option value={numbering::code(*s)} selected={*s == props.numbering}>{ numbering_name(*s) }</option>
                    }) }
                </select>
            </label>
            <label class="inline">
                { language_label }
                <select data-testid="locale" onchange={on_locale}>
                    <option value="ru" selected={props.locale == Locale::Ru}>{ "Русский" }</option>
                    <option value="en" selected={props.locale == Locale::En}>{ "English" }</option>
                </select>
            </label>
            <span class={status_class} data-testid="save-status" role="status">{ status_text }</span>
            if matches!(props.save_status, SaveStatus::Failed(_)) {
                <button type="button" data-testid="save-failed-export" onclick={click(&props.on_export)}>
                    { tr(l, "Сохранить копию в файл JSON", "Save a copy as a JSON file") }</button>
            }
        </div>
    }
}
