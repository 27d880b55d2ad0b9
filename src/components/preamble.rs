//! Preamble paragraphs.

use resolution_core::edit::{Edit, FieldRef};
use resolution_core::locale::Locale;
use resolution_core::{Paragraph, ParagraphId};
use yew::prelude::*;

use crate::components::findings::{marker, messages};
use crate::components::grow_text::GrowText;
use crate::components::icons;
use crate::diagnostics::Finding;
use crate::dispatch::edit;
use crate::fields::dom_id;
use crate::i18n::texts;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct PreambleProps {
    pub paragraphs: Vec<Paragraph>,
    pub findings: Vec<Finding>,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[function_component(PreambleView)]
pub fn preamble_view(props: &PreambleProps) -> Html {
    let t = texts(props.locale);
    let on_add = {
        let dispatch = props.dispatch.clone();
        let index = props.paragraphs.len();
        Callback::from(move |_: MouseEvent| {
            edit(
                &dispatch,
                Edit::InsertParagraph {
                    index,
                    text: String::new(),
                },
            )
        })
    };
    html! {
        <section class="preamble" aria-label={t.preamble}>
            <h2 class="part-title">{ t.preamble }</h2>
            { for props.paragraphs.iter().enumerate().map(|(i, p)| html! {
                <ParagraphView key={p.id.0} paragraph={p.clone()} index={i}
                    findings={own_findings(&props.findings, p.id)}
                    locale={props.locale} dispatch={props.dispatch.clone()} />
            }) }
            <button type="button" class="add" data-testid="add-paragraph" onclick={on_add}>
                { "+ " }{ t.add_paragraph }
            </button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ParagraphProps {
    paragraph: Paragraph,
    index: usize,
    findings: Vec<Finding>,
    locale: Locale,
    dispatch: Callback<Action>,
}

#[function_component(ParagraphView)]
fn paragraph_view(props: &ParagraphProps) -> Html {
    let t = texts(props.locale);
    let id = props.paragraph.id;
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |text: String| {
            edit(
                &dispatch,
                Edit::SetParagraphText {
                    paragraph: id,
                    text,
                },
            )
        })
    };
    let onblur = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Seal))
    };
    let on_delete = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            edit(&dispatch, Edit::DeleteParagraph { paragraph: id })
        })
    };
    html! {
        <div class="paragraph" data-testid="preamble-paragraph">
            <div class="paragraph-body">
                <GrowText
                    id={AttrValue::from(dom_id(FieldRef::Paragraph(id)))}
                    testid="paragraph-text"
                    class={classes!("doc-text", marker(&props.findings, FieldRef::Paragraph(id)))}
                    label={AttrValue::from(format!("{} {}", t.paragraph, props.index + 1))}
                    value={AttrValue::from(props.paragraph.text.clone())}
                    {oninput}
                    {onblur}
                />
                { messages(&props.findings, FieldRef::Paragraph(id)) }
            </div>
            <div class="row-tools">
                <button type="button" class="icon danger" data-testid="delete-paragraph"
                    title={t.delete_paragraph} aria-label={t.delete_paragraph}
                    onclick={on_delete}>{ icons::delete() }</button>
            </div>
        </div>
    }
}

fn own_findings(all: &[Finding], paragraph: ParagraphId) -> Vec<Finding> {
    all.iter()
        .filter(|f| f.field == FieldRef::Paragraph(paragraph))
        .cloned()
        .collect()
}
