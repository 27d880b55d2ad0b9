//! The bar shown in reviewer mode: what the mode allows, the reviewer's
//! name for new comments, and how many comments are open.

use resolution_core::locale::Locale;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::tr;

#[derive(Properties, PartialEq)]
pub struct ReviewerBarProps {
    pub locale: Locale,
    pub name: String,
    pub on_name: Callback<String>,
    pub open_comments: usize,
}

#[function_component(ReviewerBar)]
pub fn reviewer_bar(props: &ReviewerBarProps) -> Html {
    let l = props.locale;
    let oninput = {
        let cb = props.on_name.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                cb.emit(input.value());
            }
        })
    };
    html! {
        <div class="reviewer-bar" data-testid="reviewer-bar" role="region"
            aria-label={tr(l, "Режим рецензента", "Reviewer mode")}>
            <strong>{ tr(l, "Режим рецензента.", "Reviewer mode.") }</strong>
            { " " }{ tr(l,
                "Текст только для чтения; добавляйте комментарии к документу, разделам и поручениям, затем экспортируйте JSON.",
                "The text is read-only; add comments to the document, sections and directives, then export the JSON.") }
            <label class="inline">
                { tr(l, "Ваше имя", "Your name") }
                <input type="text" data-testid="reviewer-name" value={props.name.clone()} {oninput} />
            </label>
            <span data-testid="open-comments">
                { format!("{}: {}", tr(l, "Открытых комментариев", "Open comments"), props.open_comments) }
            </span>
        </div>
    }
}
