//! The control sheet: a sortable table of every directive with its
//! addressee, normalised deadline, targets and findings.

use std::cmp::Ordering;
use std::rc::Rc;

use resolution_core::control::ControlRow;
use resolution_core::date::CivilDate;
use resolution_core::locale::Locale;
use resolution_core::DirectiveId;
use yew::prelude::*;

use crate::diagnostics::severity_code;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Number,
    Addressee,
    Deadline,
    Findings,
}

impl SortKey {
    fn code(self) -> &'static str {
        match self {
            SortKey::Number => "number",
            SortKey::Addressee => "addressee",
            SortKey::Deadline => "deadline",
            SortKey::Findings => "findings",
        }
    }

    fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (SortKey::Number, Locale::Ru) => "№",
            (SortKey::Addressee, Locale::Ru) => "Исполнитель",
            (SortKey::Deadline, Locale::Ru) => "Срок",
            (SortKey::Findings, Locale::Ru) => "Замечания",
            (SortKey::Number, Locale::En) => "No.",
            (SortKey::Addressee, Locale::En) => "Addressee",
            (SortKey::Deadline, Locale::En) => "Deadline",
            (SortKey::Findings, Locale::En) => "Findings",
        }
    }
}

/// Order rows by a column; ties keep document order. Rows without a due
/// date sort after dated ones; more severe findings come first.
pub fn sort_rows(rows: &mut [ControlRow], key: SortKey, ascending: bool) {
    rows.sort_by(|a, b| {
        let primary = match key {
            SortKey::Number => Ordering::Equal,
            SortKey::Addressee => a.addressee.to_lowercase().cmp(&b.addressee.to_lowercase()),
            SortKey::Deadline => match (a.due(), b.due()) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            SortKey::Findings => worst(a)
                .cmp(&worst(b))
                .then(b.diagnostics.len().cmp(&a.diagnostics.len())),
        };
        let primary = if ascending {
            primary
        } else {
            primary.reverse()
        };
        let order = a.order.cmp(&b.order);
        primary.then(if ascending || key != SortKey::Number {
            order
        } else {
            order.reverse()
        })
    });
}

/// 0 for an error, 1 warning, 2 info, 3 none: ascending puts errors first.
fn worst(row: &ControlRow) -> u8 {
    row.diagnostics
        .iter()
        .map(|d| match severity_code(d.severity) {
            "error" => 0,
            "warning" => 1,
            _ => 2,
        })
        .min()
        .unwrap_or(3)
}

#[derive(Properties, PartialEq)]
pub struct ControlSheetProps {
    pub rows: Rc<Vec<ControlRow>>,
    pub today: Option<CivilDate>,
    pub locale: Locale,
    /// Open a directive in the editor.
    pub on_open: Callback<DirectiveId>,
}

#[function_component(ControlSheet)]
pub fn control_sheet(props: &ControlSheetProps) -> Html {
    let sort = use_state_eq(|| (SortKey::Number, true));
    let ru = props.locale == Locale::Ru;
    let (key, ascending) = *sort;
    let mut rows: Vec<ControlRow> = props.rows.as_ref().clone();
    sort_rows(&mut rows, key, ascending);

    let header = |k: SortKey| {
        let sort = sort.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let (current, asc) = *sort;
            sort.set((k, if current == k { !asc } else { true }));
        });
        let aria_sort = match (key == k, ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        };
        let arrow = match (key == k, ascending) {
            (false, _) => "",
            (true, true) => " ▲",
            (true, false) => " ▼",
        };
        html! {
            <th scope="col" aria-sort={aria_sort}>
                <button type="button" class="sort" data-testid={format!("sort-{}", k.code())} {onclick}>
                    { k.label(props.locale) }{ arrow }
                </button>
            </th>
        }
    };
    html! {
        <section class="control" aria-label={if ru { "Контрольный лист" } else { "Control sheet" }}>
            <h2 class="panel-title">{ if ru { "Контрольный лист поручений" } else { "Control sheet" } }</h2>
            <p class="hint">
                { if ru { "Щёлкните заголовок столбца, чтобы отсортировать; номер пункта открывает его в редакторе." }
                  else { "Click a column heading to sort; a number opens the directive in the editor." } }
            </p>
            <table class="control-sheet" data-testid="control-sheet">
                <thead>
                    <tr>
                        { header(SortKey::Number) }
                        { header(SortKey::Addressee) }
                        <th scope="col">{ if ru { "Поручение" } else { "Directive" } }</th>
                        { header(SortKey::Deadline) }
                        <th scope="col">{ if ru { "Показатели" } else { "Targets" } }</th>
                        { header(SortKey::Findings) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|row| {
                        let past = matches!((row.due(), props.today), (Some(due), Some(today)) if due < today);
                        let on_open = props.on_open.clone();
                        let directive = row.directive;
                        let onclick = Callback::from(move |_: MouseEvent| on_open.emit(directive));
                        let number = if row.number.is_empty() { "—".to_owned() } else { row.number.clone() };
                        html! {
                            <tr data-testid="control-row" data-id={row.directive.0.to_string()}
                                class={classes!(format!("depth-{}", row.depth.min(3)))}>
                                <td class="num">
                                    <button type="button" class="link" data-testid="control-open" {onclick}
                                        title={if ru { "Открыть в редакторе" } else { "Open in the editor" }}>
                                        { number }
                                    </button>
                                </td>
                                <td data-testid="control-addressee">{ row.addressee.clone() }</td>
                                <td class="doc-text">
                                    { for row.context.iter().map(|c| html! { <span class="context">{ c.clone() }{ " " }</span> }) }
                                    { row.text.clone() }
                                </td>
                                <td data-testid="control-deadline" class={classes!(past.then_some("past"), row.deadline.is_none().then_some("none"))}
                                    title={row.deadline.as_ref().map(|d| d.phrase.clone())}>
                                    { match &row.deadline {
                                        Some(d) => d.describe(props.locale),
                                        None => if ru { "не указан".to_owned() } else { "none".to_owned() },
                                    } }
                                </td>
                                <td>{ for row.targets.iter().map(|t| html! { <div>{ t.clone() }</div> }) }</td>
                                <td>
                                    { for row.diagnostics.iter().map(|d| html! {
                                        <div class={classes!("finding", format!("sev-{}", severity_code(d.severity)))}
                                            title={d.code.clone()}>{ d.message.clone() }</div>
                                    }) }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolution_core::control::{control_sheet, ControlOptions};
    use resolution_core::samples::sample_decision;

    fn rows() -> Vec<ControlRow> {
        control_sheet(&sample_decision(), &ControlOptions::default())
    }

    #[test]
    fn deadline_sort_puts_dated_rows_first_in_date_order() {
        let mut rows = rows();
        sort_rows(&mut rows, SortKey::Deadline, true);
        let dues: Vec<Option<CivilDate>> = rows.iter().map(ControlRow::due).collect();
        let dated: Vec<CivilDate> = dues.iter().flatten().copied().collect();
        assert!(dated.windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
        let first_undated = dues.iter().position(Option::is_none).unwrap_or(dues.len());
        assert!(dues[first_undated..].iter().all(Option::is_none));
    }

    #[test]
    fn number_sort_descending_reverses_document_order() {
        let mut rows = rows();
        sort_rows(&mut rows, SortKey::Number, false);
        assert!(rows.windows(2).all(|w| w[0].order > w[1].order));
    }

    #[test]
    fn findings_sort_puts_the_missing_deadline_first() {
        let mut rows = rows();
        sort_rows(&mut rows, SortKey::Findings, true);
        assert!(
            rows[0].diagnostics.iter().any(|d| d.code == "RES401"),
            "{:?}",
            rows[0]
        );
    }
}
