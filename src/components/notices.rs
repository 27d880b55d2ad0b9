//! The alert region: errors and messages, each dismissable.

use resolution_core::locale::Locale;
use yew::prelude::*;

use crate::components::icons;
use crate::i18n::texts;
use crate::state::{Action, Notice, NoticeKind};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let t = texts(props.locale);
    html! {
        <div class="notices" role="alert" data-testid="alert">
            { for props.notices.iter().map(|n| {
                let id = n.id;
                let dispatch = props.dispatch.clone();
                let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Dismiss(id)));
                let class = match n.kind {
                    NoticeKind::Error => "notice error",
                    NoticeKind::Info => "notice info",
                };
                html! {
                    <p key={id} {class} data-testid="notice">
                        <span>{ n.text.clone() }</span>
                        <button type="button" class="icon" data-testid="dismiss-notice"
                            title={t.dismiss} aria-label={t.dismiss} {onclick}>{ icons::delete() }</button>
                    </p>
                }
            }) }
        </div>
    }
}
