//! One directive (or sub-item): highlighted text, findings and controls.

use resolution_core::date::CivilDate;
use resolution_core::edit::{Edit, FieldRef};
use resolution_core::extract::{extract, ExtractContext};
use resolution_core::locale::Locale;
use resolution_core::{CommentTarget, Directive, DirectiveId, SectionId};
use web_sys::{DragEvent, KeyboardEvent};
use yew::prelude::*;

use crate::components::comments::Comments;
use crate::components::grow_text::GrowText;
use crate::components::icons;
use crate::diagnostics::{by_directive, severity_code, worst, Finding};
use crate::dispatch::{edit, focus_later};
use crate::dnd;
use crate::fields::dom_id;
use crate::highlight::{marks, segments, Segment};
use crate::i18n::texts;
use crate::numbering::{self, NumberingStyle};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct DirectiveProps {
    pub directive: Directive,
    pub section: SectionId,
    /// Position of the section in its list, for numbering.
    pub section_index: usize,
    /// Position of this directive, then of sub-items below it.
    pub path: Vec<usize>,
    pub numbering: NumberingStyle,
    pub index: usize,
    /// Number of siblings, to disable moving past the ends.
    pub count: usize,
    /// 0 for a directive, 1 and more for sub-items.
    pub depth: usize,
    /// Findings about this directive and its sub-items.
    pub findings: Vec<Finding>,
    /// The adoption date, for year-less dates.
    pub adopted_on: Option<CivilDate>,
    /// For telling past deadlines apart.
    pub today: Option<CivilDate>,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

/// Where a dragged directive would land relative to this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DropSide {
    Before,
    After,
}

#[function_component(DirectiveView)]
pub fn directive_view(props: &DirectiveProps) -> Html {
    let t = texts(props.locale);
    let d = &props.directive;
    let id = d.id;
    let dispatch = props.dispatch.clone();
    let top_level = props.depth == 0;
    let number = numbering::directive(props.numbering, props.section_index, &props.path);
    let drop_side = use_state_eq(|| None::<DropSide>);
    let node = use_node_ref();

    let move_to = {
        let dispatch = dispatch.clone();
        let section = props.section;
        move |to_index: usize| {
            edit(
                &dispatch,
                Edit::MoveDirective {
                    directive: id,
                    to_section: section,
                    to_index,
                },
            )
        }
    };
    let oninput = {
        let dispatch = dispatch.clone();
        Callback::from(move |text: String| {
            edit(
                &dispatch,
                Edit::SetDirectiveText {
                    directive: id,
                    text,
                },
            )
        })
    };
    let onblur = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Seal))
    };
    let onkeydown = {
        let move_to = move_to.clone();
        let (index, count) = (props.index, props.count);
        top_level.then(|| {
            Callback::from(move |e: KeyboardEvent| {
                if !e.alt_key() || e.ctrl_key() || e.meta_key() {
                    return;
                }
                let target = match e.key().as_str() {
                    "ArrowUp" if index > 0 => index - 1,
                    "ArrowDown" if index + 1 < count => index + 1,
                    _ => return,
                };
                e.prevent_default();
                move_to(target);
                focus_later(FieldRef::Directive(id));
            })
        })
    };
    let click = |e: Edit| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, e.clone()))
    };
    let on_delete = click(Edit::DeleteDirective { directive: id });
    let on_duplicate = click(Edit::DuplicateDirective { directive: id });
    let on_add_item = click(Edit::InsertItem {
        parent: id,
        index: d.items.len(),
    });
    let on_up = {
        let move_to = move_to.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| move_to(index.saturating_sub(1)))
    };
    let on_down = {
        let index = props.index;
        Callback::from(move |_: MouseEvent| move_to(index + 1))
    };

    let ondragstart = Callback::from(move |e: DragEvent| dnd::start(&e, dnd::DIRECTIVE, id.0));
    let ondragover = {
        let drop_side = drop_side.clone();
        let node = node.clone();
        Callback::from(move |e: DragEvent| {
            if !dnd::carries(&e, dnd::DIRECTIVE) {
                return;
            }
            e.prevent_default();
            e.stop_propagation();
            drop_side.set(Some(if dnd::drops_after(&e, &node) {
                DropSide::After
            } else {
                DropSide::Before
            }));
        })
    };
    let ondragleave = {
        let drop_side = drop_side.clone();
        Callback::from(move |_: DragEvent| drop_side.set(None))
    };
    let ondrop = {
        let drop_side = drop_side.clone();
        let dispatch = dispatch.clone();
        let node = node.clone();
        Callback::from(move |e: DragEvent| {
            drop_side.set(None);
            let Some(dragged) = dnd::dragged(&e, dnd::DIRECTIVE) else {
                return;
            };
            e.prevent_default();
            e.stop_propagation();
            edit(
                &dispatch,
                Edit::MoveDirectiveBeside {
                    directive: DirectiveId(dragged),
                    anchor: id,
                    after: dnd::drops_after(&e, &node),
                },
            );
        })
    };

    let ctx = ExtractContext::adopted(props.adopted_on);
    let extraction = extract(&d.text, &ctx);
    let found = marks(&extraction, props.today, props.locale);
    let mirror = html! {
        <>
            { for segments(&d.text, &found).into_iter().map(|seg| match seg {
                Segment::Plain(text) => html! { { text.to_owned() } },
                Segment::Marked(text, mark) => html! {
                    <mark class={mark.kind.class()} data-testid="highlight" data-kind={mark.kind.code()}
                        title={mark.title.clone()}>{ text.to_owned() }</mark>
                },
            }) }
        </>
    };
    let own: Vec<&Finding> = props
        .findings
        .iter()
        .filter(|f| f.field == FieldRef::Directive(id))
        .collect();
    let severity = worst(&props.findings, FieldRef::Directive(id));
    let facts_id = format!("facts-{id}");
    let findings_id = format!("findings-{id}");
    let describedby = match (found.is_empty(), own.is_empty()) {
        (true, true) => None,
        (false, true) => Some(facts_id.clone()),
        (true, false) => Some(findings_id.clone()),
        (false, false) => Some(format!("{facts_id} {findings_id}")),
    };

    let label = format!("{} {}", t.directive, number);
    let item_findings = by_directive(&props.findings, &d.items);
    let items = d
        .items
        .iter()
        .zip(item_findings)
        .enumerate()
        .map(|(i, (item, findings))| {
            let mut path = props.path.clone();
            path.push(i);
            html! {
                <DirectiveView
                    key={item.id.0}
                    directive={item.clone()}
                    section={props.section}
                    section_index={props.section_index}
                    {path}
                    numbering={props.numbering}
                    index={i}
                    count={d.items.len()}
                    depth={props.depth + 1}
                    {findings}
                    adopted_on={props.adopted_on}
                    today={props.today}
                    locale={props.locale}
                    dispatch={props.dispatch.clone()}
                />
            }
        });
    let drop_class = match *drop_side {
        Some(DropSide::Before) => Some("drop-before"),
        Some(DropSide::After) => Some("drop-after"),
        None => None,
    };
    html! {
        <li class={classes!("directive", (!top_level).then_some("sub-item"), drop_class,
                severity.map(|s| format!("has-finding sev-{}", severity_code(s))))}
            data-testid="directive" data-id={id.0.to_string()} ref={node}
            {ondragover} {ondragleave} {ondrop}>
            <div class="directive-row">
                <span class="drag-handle" draggable="true" data-testid="drag-directive"
                    title={t.drag} aria-hidden="true" {ondragstart}>{ icons::grip() }</span>
                <span class="number" aria-hidden="true">{ number }</span>
                <div class="directive-body">
                    <GrowText
                        id={AttrValue::from(dom_id(FieldRef::Directive(id)))}
                        testid="directive-text"
                        class="doc-text"
                        label={AttrValue::from(label)}
                        placeholder={t.directive_placeholder}
                        value={AttrValue::from(d.text.clone())}
                        {mirror}
                        invalid={matches!(severity, Some(resolution_core::validate::Severity::Error))}
                        describedby={describedby.map(AttrValue::from)}
                        {oninput}
                        {onblur}
                        {onkeydown}
                    />
                    if !found.is_empty() {
                        <p class="facts" id={facts_id} data-testid="directive-facts">
                            { for found.iter().map(|m| html! {
                                <span class={classes!("fact", m.kind.code())}>{ m.title.clone() }</span>
                            }) }
                        </p>
                    }
                    if !own.is_empty() {
                        <ul class="field-findings" id={findings_id}>
                            { for own.iter().map(|f| html! {
                                <li class={classes!("finding", format!("sev-{}", severity_code(f.severity)))}
                                    data-testid="field-finding" data-code={f.code.clone()}>
                                    { f.message.clone() }
                                </li>
                            }) }
                        </ul>
                    }
                    <Comments target={CommentTarget::Directive(d.id)} />
                </div>
                <div class="row-tools">
                    if top_level {
                        <button type="button" class="icon" data-testid="move-directive-up"
                            title={t.move_up} aria-label={t.move_up}
                            disabled={props.index == 0} onclick={on_up}>{ icons::up() }</button>
                        <button type="button" class="icon" data-testid="move-directive-down"
                            title={t.move_down} aria-label={t.move_down}
                            disabled={props.index + 1 >= props.count} onclick={on_down}>{ icons::down() }</button>
                    }
                    <button type="button" class="icon" data-testid="duplicate-directive"
                        title={t.duplicate_directive} aria-label={t.duplicate_directive}
                        onclick={on_duplicate}>{ icons::duplicate() }</button>
                    <button type="button" class="icon" data-testid="add-item"
                        title={t.add_item} aria-label={t.add_item}
                        onclick={on_add_item}>{ icons::sub_item() }</button>
                    <button type="button" class="icon danger" data-testid="delete-directive"
                        title={t.delete_directive} aria-label={t.delete_directive}
                        onclick={on_delete}>{ icons::delete() }</button>
                </div>
            </div>
            if !d.items.is_empty() {
                <ol class="items">{ for items }</ol>
            }
        </li>
    }
}
