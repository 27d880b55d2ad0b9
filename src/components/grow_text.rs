//! A textarea that grows with its text. A mirror `<div>` with the same font
//! metrics sits in the same grid cell and sets the height; it also carries
//! the highlight marks behind the (transparent) text of the textarea.

use web_sys::{HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

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
    let onblur = {
        let cb = props.onblur.clone();
        Callback::from(move |_: FocusEvent| cb.emit(()))
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
                onkeydown={onkeydown}
            />
        </div>
    }
}
