//! What the side panels and the comparison share: closing by their button
//! and by Escape, and the side panel's frame.

use resolution_core::locale::Locale;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::i18n::tr;

/// Handlers for a close button and for Escape inside the panel.
pub fn close_handlers(on_close: &Callback<()>) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let click = {
        let cb = on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let key = {
        let cb = on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                cb.emit(());
            }
        })
    };
    (click, key)
}

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// Names the panel: `drafts` gives the class `drafts-panel`, the test
    /// ids `drafts-panel` and `drafts-close`, and the title id.
    pub name: &'static str,
    pub title: AttrValue,
    pub locale: Locale,
    pub on_close: Callback<()>,
    pub children: Html,
}

/// A non-modal panel at the side of the editor, with its title and a
/// close button; Escape closes it too.
#[function_component(SidePanel)]
pub fn side_panel(props: &SidePanelProps) -> Html {
    let (close, onkeydown) = close_handlers(&props.on_close);
    let name = props.name;
    let title_id = format!("{name}-title");
    html! {
        <section class={classes!("side-panel", format!("{name}-panel"))} role="dialog" aria-modal="false"
            aria-labelledby={title_id.clone()} data-testid={format!("{name}-panel")} {onkeydown}>
            <header class="panel-head">
                <h2 id={title_id}>{ props.title.clone() }</h2>
                <button type="button" data-testid={format!("{name}-close")} onclick={close}>
                    { tr(props.locale, "Закрыть", "Close") }</button>
            </header>
            { props.children.clone() }
        </section>
    }
}
