//! The diagnostics panel: counts by severity, a filter and the list of
//! findings; choosing one focuses the field it is about.

use std::rc::Rc;

use resolution_core::locale::Locale;
use resolution_core::validate::Severity;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::diagnostics::{severity_code, Finding};

#[derive(Properties, PartialEq)]
pub struct DiagnosticsProps {
    pub findings: Rc<Vec<Finding>>,
    pub locale: Locale,
    pub on_focus: Callback<Finding>,
}

const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

#[function_component(DiagnosticsPanel)]
pub fn diagnostics_panel(props: &DiagnosticsProps) -> Html {
    let filter = use_state_eq(|| None::<Severity>);
    let ru = props.locale == Locale::Ru;
    let count = |s: Severity| props.findings.iter().filter(|f| f.severity == s).count();
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let plural = |s: Severity| match (s, ru) {
        (Severity::Error, true) => "Ошибки",
        (Severity::Warning, true) => "Предупреждения",
        (Severity::Info, true) => "Замечания",
        (Severity::Error, false) => "Errors",
        (Severity::Warning, false) => "Warnings",
        (Severity::Info, false) => "Notes",
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let value = select.value();
                filter.set(SEVERITIES.into_iter().find(|s| severity_code(*s) == value));
            }
        })
    };
    let announcement = if ru {
        format!("Проверка: ошибок {errors}, предупреждений {warnings}, замечаний {infos}")
    } else {
        format!("Check: {errors} errors, {warnings} warnings, {infos} notes")
    };
    let shown: Vec<&Finding> = props
        .findings
        .iter()
        .filter(|f| filter.is_none_or(|s| f.severity == s))
        .collect();
    html! {
        <aside class="diagnostics" data-testid="diagnostics" aria-labelledby="diagnostics-title">
            <h2 id="diagnostics-title" class="panel-title">{ if ru { "Проверка" } else { "Check" } }</h2>
            <p class="diag-counts">
                { for SEVERITIES.iter().map(|s| html! {
                    <span class={classes!("count", format!("sev-{}", severity_code(*s)))}
                        data-testid={format!("diag-count-{}", severity_code(*s))}>
                        { plural(*s) }{ ": " }<strong>{ count(*s) }</strong>
                    </span>
                }) }
            </p>
            <label class="inline">
                { if ru { "Показать" } else { "Show" } }
                <select data-testid="diag-filter" onchange={on_filter}>
                    <option value="" selected={filter.is_none()}>{ if ru { "все" } else { "all" } }</option>
                    { for SEVERITIES.iter().map(|s| html! {
                        <option value={severity_code(*s)} selected={*filter == Some(*s)}>
                            { plural(*s) }
                        </option>
                    }) }
                </select>
            </label>
            if shown.is_empty() {
                <p class="hint" data-testid="diag-empty">
                    { if ru { "Замечаний нет." } else { "Nothing to report." } }
                </p>
            } else {
                <ul class="diag-list">
                    { for shown.into_iter().map(|f| html! {
                        <DiagItem finding={f.clone()} locale={props.locale} on_focus={props.on_focus.clone()} />
                    }) }
                </ul>
            }
            <p class="visually-hidden" aria-live="polite" data-testid="diag-live">{ announcement }</p>
        </aside>
    }
}

#[derive(Properties, PartialEq)]
struct DiagItemProps {
    finding: Finding,
    locale: Locale,
    on_focus: Callback<Finding>,
}

/// One entry of the list; unchanged entries are not re-rendered when a
/// keystroke changes the findings of one directive.
#[function_component(DiagItem)]
fn diag_item(props: &DiagItemProps) -> Html {
    let f = &props.finding;
    let onclick = {
        let on_focus = props.on_focus.clone();
        let finding = f.clone();
        Callback::from(move |_: MouseEvent| on_focus.emit(finding.clone()))
    };
    html! {
        <li>
            <button type="button" class={classes!("diag", format!("sev-{}", severity_code(f.severity)))}
                data-testid="diagnostic" data-code={f.code.clone()}
                data-severity={severity_code(f.severity)} {onclick}>
                <span class="diag-sev">{ f.severity.label(props.locale) }</span>
                <span class="diag-msg">{ f.message.clone() }</span>
                <span class="diag-code">{ f.code.clone() }</span>
            </button>
        </li>
    }
}
