//! Small inline SVG icons (no icon font, no network).

use yew::prelude::*;

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="svg-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.6"
                stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

pub fn up() -> Html {
    icon("M8 13V3M3.5 7.5L8 3l4.5 4.5")
}

pub fn down() -> Html {
    icon("M8 3v10M3.5 8.5L8 13l4.5-4.5")
}

pub fn duplicate() -> Html {
    icon("M5.5 5.5h7v7h-7zM3.5 10.5v-7h7")
}

pub fn sub_item() -> Html {
    icon("M4 3v6h8M9.5 6.5L12 9l-2.5 2.5")
}

pub fn delete() -> Html {
    icon("M4 4l8 8M12 4l-8 8")
}

pub fn grip() -> Html {
    icon("M6 4h.01M10 4h.01M6 8h.01M10 8h.01M6 12h.01M10 12h.01")
}
