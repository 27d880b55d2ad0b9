//! A textarea that grows with its text. A mirror `<div>` with the same font
//! metrics sits in the same grid cell and sets the height; it also carries
//! the highlight marks behind the (transparent) text of the textarea.
//!
//! The marks sit behind the textarea, so they cannot be hovered or focused
//! themselves: the textarea looks up the mark under the pointer or around
//! the caret and shows its normalised value (`срок: 20.09.2019`) in a tip.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent, Node};
use yew::prelude::*;

use crate::components::read_only::use_read_only;

#[derive(Properties, PartialEq)]
pub struct GrowTextProps {
    pub id: AttrValue,
    pub value: AttrValue,
    #[prop_or_default]
    pub testid: AttrValue,
    #[prop_or_default]
    pub label: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    /// Highlighted mirror content; the plain value when absent.
    #[prop_or_default]
    pub mirror: Option<Html>,
    #[prop_or_default]
    pub invalid: bool,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub onblur: Callback<()>,
    #[prop_or_default]
    pub onkeydown: Option<Callback<KeyboardEvent>>,
}

#[function_component(GrowText)]
pub fn grow_text(props: &GrowTextProps) -> Html {
    let mirror_ref = use_node_ref();
    let read_only = use_read_only();
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                cb.emit(area.value());
            }
        })
    };
    let onscroll = {
        let mirror_ref = mirror_ref.clone();
        Callback::from(move |e: Event| {
            if let (Some(area), Some(mirror)) = (
                e.target_dyn_into::<HtmlTextAreaElement>(),
                mirror_ref.cast::<web_sys::HtmlElement>(),
            ) {
                mirror.set_scroll_top(area.scroll_top());
            }
        })
    };
    let tip = use_state(|| None::<String>);
    let onmousemove = {
        let (mirror_ref, tip) = (mirror_ref.clone(), tip.clone());
        Callback::from(move |e: MouseEvent| {
            let found = mirror_ref.cast::<HtmlElement>().and_then(|mirror| {
                mark_at_point(&mirror, f64::from(e.client_x()), f64::from(e.client_y()))
            });
            show(&tip, found);
        })
    };
    let onmouseleave = {
        let tip = tip.clone();
        Callback::from(move |_: MouseEvent| show(&tip, None))
    };
    let on_caret = {
        let (mirror_ref, tip) = (mirror_ref.clone(), tip.clone());
        move |area: Option<HtmlTextAreaElement>| {
            let found = area
                .zip(mirror_ref.cast::<HtmlElement>())
                .and_then(|(area, mirror)| {
                    let caret = area.selection_start().ok().flatten()?;
                    mark_at_offset(&mirror, caret)
                });
            show(&tip, found);
        }
    };
    let onkeyup = {
        let on_caret = on_caret.clone();
        Callback::from(move |e: KeyboardEvent| on_caret(e.target_dyn_into::<HtmlTextAreaElement>()))
    };
    let onclick = {
        let on_caret = on_caret.clone();
        Callback::from(move |e: MouseEvent| on_caret(e.target_dyn_into::<HtmlTextAreaElement>()))
    };
    let onfocus =
        Callback::from(move |e: FocusEvent| on_caret(e.target_dyn_into::<HtmlTextAreaElement>()));
    let onblur = {
        let (cb, tip) = (props.onblur.clone(), tip.clone());
        Callback::from(move |_: FocusEvent| {
            show(&tip, None);
            cb.emit(());
        })
    };
    let onkeydown = props.onkeydown.clone();
    let mirror = match &props.mirror {
        Some(html) => html.clone(),
        None => html! { { props.value.to_string() } },
    };
    html! {
        <div class={classes!("grow", props.class.clone())}>
            <div class="grow-mirror" aria-hidden="true" ref={mirror_ref}>
                { mirror }
                // Keeps the height of a trailing empty line.
                { "\u{200b}" }
            </div>
            <textarea
                id={props.id.clone()}
                data-testid={props.testid.clone()}
                class="grow-input"
                rows="1"
                readonly={read_only}
                lang="ru"
                spellcheck="true"
                aria-label={props.label.clone()}
                aria-invalid={props.invalid.then_some("true")}
                aria-describedby={props.describedby.clone()}
                placeholder={props.placeholder.clone()}
                value={props.value.clone()}
                {oninput}
                {onscroll}
                {onblur}
                {onfocus}
                {onkeyup}
                {onclick}
                {onmousemove}
                {onmouseleave}
                onkeydown={onkeydown}
            />
            if let Some(text) = &*tip {
                <div class="mark-tip" data-testid="mark-tip" role="status">{ text.clone() }</div>
            }
        </div>
    }
}

fn show(tip: &UseStateHandle<Option<String>>, value: Option<String>) {
    if **tip != value {
        tip.set(value);
    }
}

/// The title of the mark whose box contains the point, if any.
fn mark_at_point(mirror: &HtmlElement, x: f64, y: f64) -> Option<String> {
    let marks = mirror.get_elements_by_tag_name("mark");
    (0..marks.length())
        .filter_map(|i| marks.item(i))
        .find_map(|mark| {
            let rects = mark.get_client_rects();
            let hit = (0..rects.length())
                .filter_map(|i| rects.get(i))
                .any(|r| x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom());
            hit.then(|| mark.get_attribute("title")).flatten()
        })
}

/// The title of the mark that contains the caret, `caret` counted in UTF-16
/// units as the textarea counts it.
fn mark_at_offset(mirror: &HtmlElement, caret: u32) -> Option<String> {
    let mut offset = 0u32;
    let mut node: Option<Node> = mirror.first_child();
    while let Some(current) = node {
        let len = current.text_content().map_or(0, |t| {
            u32::try_from(t.encode_utf16().count()).unwrap_or(u32::MAX)
        });
        if let Some(mark) = current
            .dyn_ref::<Element>()
            .filter(|e| e.tag_name() == "MARK")
        {
            if caret >= offset && caret <= offset.saturating_add(len) {
                return mark.get_attribute("title");
            }
        }
        offset = offset.saturating_add(len);
        node = current.next_sibling();
    }
    None
}
