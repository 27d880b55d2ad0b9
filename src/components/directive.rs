//! One directive (or sub-item) with its text and controls.

use resolution_core::edit::{Edit, FieldRef};
use resolution_core::locale::Locale;
use resolution_core::{Directive, SectionId};
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::components::grow_text::GrowText;
use crate::dispatch::{edit, focus_later};
use crate::fields::dom_id;
use crate::i18n::texts;
use crate::numbering::NumberingStyle;
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
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[function_component(DirectiveView)]
pub fn directive_view(props: &DirectiveProps) -> Html {
    let t = texts(props.locale);
    let d = &props.directive;
    let id = d.id;
    let dispatch = props.dispatch.clone();
    let top_level = props.depth == 0;
    let number = props.numbering.directive(props.section_index, &props.path);

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
        Callback::from(move |text: String| edit(&dispatch, Edit::SetDirectiveText { directive: id, text }))
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
    let on_delete = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::DeleteDirective { directive: id }))
    };
    let on_duplicate = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::DuplicateDirective { directive: id }))
    };
    let on_add_item = {
        let dispatch = dispatch.clone();
        let index = d.items.len();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::InsertItem { parent: id, index }))
    };
    let on_up = {
        let move_to = move_to.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| move_to(index.saturating_sub(1)))
    };
    let on_down = {
        let index = props.index;
        Callback::from(move |_: MouseEvent| move_to(index + 1))
    };

    let label = format!("{} {}", t.directive, number);
    let items = d.items.iter().enumerate().map(|(i, item)| {
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
                locale={props.locale}
                dispatch={props.dispatch.clone()}
            />
        }
    });
    html! {
        <li class={classes!("directive", (!top_level).then_some("sub-item"))}
            data-testid="directive" data-id={id.0.to_string()}>
            <div class="directive-row">
                <span class="number" aria-hidden="true">{ number }</span>
                <GrowText
                    id={AttrValue::from(dom_id(FieldRef::Directive(id)))}
                    testid="directive-text"
                    class="doc-text"
                    label={AttrValue::from(label)}
                    placeholder={t.directive_placeholder}
                    value={AttrValue::from(d.text.clone())}
                    {oninput}
                    {onblur}
                    {onkeydown}
                />
                <div class="row-tools">
                    if top_level {
                        <button type="button" class="icon" data-testid="move-directive-up"
                            title={t.move_up} aria-label={t.move_up}
                            disabled={props.index == 0} onclick={on_up}>{"↑"}</button>
                        <button type="button" class="icon" data-testid="move-directive-down"
                            title={t.move_down} aria-label={t.move_down}
                            disabled={props.index + 1 >= props.count} onclick={on_down}>{"↓"}</button>
                    }
                    <button type="button" class="icon" data-testid="duplicate-directive"
                        title={t.duplicate_directive} aria-label={t.duplicate_directive}
                        onclick={on_duplicate}>{"⧉"}</button>
                    <button type="button" class="icon" data-testid="add-item"
                        title={t.add_item} aria-label={t.add_item}
                        onclick={on_add_item}>{"↳"}</button>
                    <button type="button" class="icon danger" data-testid="delete-directive"
                        title={t.delete_directive} aria-label={t.delete_directive}
                        onclick={on_delete}>{"✕"}</button>
                </div>
            </div>
            if !d.items.is_empty() {
                <ol class="items">{ for items }</ol>
            }
        </li>
    }
}
