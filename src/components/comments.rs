//! Review comments beside their targets: the document, a section or a
//! directive. A reviewer adds (and may withdraw) comments; the author marks
//! them resolved. Comments are edits of the document, so they are saved,
//! exported and undone like any other change.

use std::rc::Rc;

use resolution_core::edit::Edit;
use resolution_core::locale::Locale;
use resolution_core::{CommentTarget, ReviewComment};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::dispatch::{edit, now_ms};
use crate::i18n::{format_time, tr};
use crate::state::Action;

/// What comment views need from the app, given by context.
#[derive(Clone, PartialEq)]
pub struct Review {
    pub reviewer: bool,
    /// The reviewer's name, as typed in the reviewer bar.
    pub name: AttrValue,
    pub comments: Rc<Vec<ReviewComment>>,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[derive(Properties, PartialEq)]
pub struct CommentsProps {
    pub target: CommentTarget,
}

/// A stable test id part for a target.
fn target_code(target: CommentTarget) -> String {
    match target {
        CommentTarget::Document => "document".into(),
        CommentTarget::Section(id) => format!("section-{}", id.0),
        CommentTarget::Directive(id) => format!("directive-{}", id.0),
    }
}

/// Comments on `target`, and the form to add one in reviewer mode.
#[function_component(Comments)]
pub fn comments(props: &CommentsProps) -> Html {
    let Some(review) = use_context::<Review>() else {
        return Html::default();
    };
    let adding = use_state_eq(|| false);
    let draft = use_state(String::new);
    let target = props.target;
    let l = review.locale;
    let mine: Vec<&ReviewComment> = review
        .comments
        .iter()
        .filter(|c| c.target == target)
        .collect();
    if mine.is_empty() && !review.reviewer {
        return Html::default();
    }
    let code = target_code(target);
    let on_open = {
        let adding = adding.clone();
        Callback::from(move |_: MouseEvent| adding.set(true))
    };
    let on_text = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                draft.set(area.value());
            }
        })
    };
    let on_add = {
        let (adding, draft, dispatch, name) = (
            adding.clone(),
            draft.clone(),
            review.dispatch.clone(),
            review.name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = draft.trim().to_owned();
            if text.is_empty() {
                return;
            }
            let author = match name.trim() {
                "" => tr(l, "Рецензент", "Reviewer").to_owned(),
                n => n.to_owned(),
            };
            edit(
                &dispatch,
                Edit::AddComment {
                    target,
                    author,
                    text,
                    at_ms: now_ms() as u64,
                },
            );
            draft.set(String::new());
            adding.set(false);
        })
    };
    let on_cancel = {
        let adding = adding.clone();
        Callback::from(move |_: MouseEvent| adding.set(false))
    };
    html! {
        <aside class="comments" data-testid={format!("comments-{code}")}
            aria-label={tr(l, "Комментарии рецензента", "Review comments")}>
            { for mine.iter().map(|c| comment_item(c, &review)) }
            if review.reviewer {
                if *adding {
                    <div class="comment-form">
                        <textarea data-testid="comment-text" rows="2"
                            aria-label={tr(l, "Текст комментария", "Comment text")}
                            value={(*draft).clone()} oninput={on_text} />
                        <button type="button" data-testid="comment-add" onclick={on_add}>
                            { tr(l, "Добавить", "Add") }
                        </button>
                        <button type="button" onclick={on_cancel}>{ tr(l, "Отмена", "Cancel") }</button>
                    </div>
                } else {
                    <button type="button" class="comment-open" data-testid={format!("comment-on-{code}")}
                        onclick={on_open}>{ tr(l, "💬 Комментарий", "💬 Comment") }</button>
                }
            }
        </aside>
    }
}

fn comment_item(c: &ReviewComment, review: &Review) -> Html {
    let l = review.locale;
    let id = c.id;
    let resolved = c.resolved;
    let on_resolve = {
        let dispatch = review.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            edit(
                &dispatch,
                Edit::SetCommentResolved {
                    id,
                    resolved: !resolved,
                },
            )
        })
    };
    let on_remove = {
        let dispatch = review.dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::RemoveComment { id }))
    };
    let when = format_time(c.created_at_ms, l);
    html! {
        <div key={c.id.0} class={classes!("comment", resolved.then_some("resolved"))}
            data-testid="comment" data-resolved={resolved.to_string()}>
            <p class="comment-meta">
                <span class="comment-author">{ c.author.clone() }</span>
                { " · " }<time>{ when }</time>
                if resolved { { " · " }{ tr(l, "решено", "resolved") } }
            </p>
            <p class="comment-text">{ c.text.clone() }</p>
            if review.reviewer {
                <button type="button" class="link" data-testid="comment-remove" onclick={on_remove}>
                    { tr(l, "Удалить", "Remove") }
                </button>
            } else {
                <button type="button" class="link" data-testid="comment-resolve" onclick={on_resolve}>
                    { if resolved { tr(l, "Вернуть в работу", "Reopen") } else { tr(l, "Отметить решённым", "Mark resolved") } }
                </button>
            }
        </div>
    }
}
