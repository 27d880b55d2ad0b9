//! The document page: header, preamble, sections or protocol, signatures.

use std::rc::Rc;

use resolution_core::edit::{Edit, SectionList};
use resolution_core::locale::Locale;
use resolution_core::{Document, Kind};
use yew::prelude::*;

use crate::components::header::HeaderView;
use crate::components::preamble::PreambleView;
use crate::components::protocol::ProtocolView;
use crate::components::section::SectionView;
use crate::components::signatories::SignatoriesView;
use crate::dispatch::edit;
use crate::i18n::texts;
use crate::numbering::NumberingStyle;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub doc: Rc<Document>,
    pub numbering: NumberingStyle,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[function_component(DocumentView)]
pub fn document_view(props: &DocumentProps) -> Html {
    let t = texts(props.locale);
    let doc = &props.doc;
    let dispatch = &props.dispatch;
    let is_protocol = doc.header.kind == Some(Kind::Protocol);
    let on_add_section = {
        let dispatch = dispatch.clone();
        let index = doc.sections.len();
        Callback::from(move |_: MouseEvent| {
            edit(&dispatch, Edit::InsertSection { list: SectionList::Body, index })
        })
    };
    let on_clear_unclassified = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::ClearUnclassified))
    };
    let count = doc.sections.len();
    let protocol = match (&doc.protocol, is_protocol) {
        (Some(p), _) => Some(p.clone()),
        (None, true) => Some(Default::default()),
        (None, false) => None,
    };
    html! {
        <article class="document" aria-label={t.document}>
            <HeaderView header={doc.header.clone()} locale={props.locale} dispatch={dispatch.clone()} />
            if let Some(protocol) = protocol {
                <ProtocolView {protocol} numbering={props.numbering} locale={props.locale}
                    dispatch={dispatch.clone()} />
            }
            <PreambleView paragraphs={doc.preamble.clone()} locale={props.locale} dispatch={dispatch.clone()} />
            if !is_protocol || !doc.sections.is_empty() {
                <section class="sections" aria-label={t.sections}>
                    <h2 class="part-title">{ t.sections }</h2>
                    { for doc.sections.iter().enumerate().map(|(i, s)| html! {
                        <SectionView key={s.id.0} section={s.clone()}
                            number={AttrValue::from(props.numbering.section(i))}
                            index={i} {count} numbering={props.numbering}
                            locale={props.locale} dispatch={dispatch.clone()} />
                    }) }
                    <button type="button" class="add" data-testid="add-section" onclick={on_add_section}>
                        { "+ " }{ t.add_section }
                    </button>
                </section>
            }
            if !doc.unclassified.is_empty() {
                <section class="unclassified" data-testid="unclassified" aria-label={t.unclassified}>
                    <h2 class="part-title">{ t.unclassified }</h2>
                    <p class="hint">{ t.unclassified_hint }</p>
                    <ul>{ for doc.unclassified.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
                    <button type="button" data-testid="clear-unclassified" onclick={on_clear_unclassified}>
                        { t.clear_unclassified }
                    </button>
                </section>
            }
            <SignatoriesView signatories={doc.signatories.clone()} locale={props.locale}
                dispatch={dispatch.clone()} />
        </article>
    }
}
