//! The document page: header, preamble, sections or protocol, signatures.

use std::rc::Rc;

use resolution_core::date::{parse_date, CivilDate, DateParse};
use resolution_core::edit::{Edit, FieldRef, SectionList};
use resolution_core::locale::Locale;
use resolution_core::{Document, Kind};
use yew::prelude::*;

use crate::components::header::HeaderView;
use crate::components::preamble::PreambleView;
use crate::components::protocol::ProtocolView;
use crate::components::section::SectionView;
use crate::components::signatories::SignatoriesView;
use crate::diagnostics::{by_section, Finding};
use crate::dispatch::edit;
use crate::i18n::texts;
use crate::numbering::{self, NumberingStyle};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub doc: Rc<Document>,
    pub numbering: NumberingStyle,
    pub findings: Rc<Vec<Finding>>,
    pub today: Option<CivilDate>,
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
            edit(
                &dispatch,
                Edit::InsertSection {
                    list: SectionList::Body,
                    index,
                },
            )
        })
    };
    let on_clear_unclassified = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::ClearUnclassified))
    };
    let count = doc.sections.len();
    let adopted_on = match parse_date(&doc.header.adopted_on) {
        DateParse::Ok(date) => Some(date),
        _ => None,
    };
    let findings = &props.findings;
    let header_findings: Vec<Finding> = findings
        .iter()
        .filter(|f| matches!(f.field, FieldRef::Kind | FieldRef::Header(_)))
        .cloned()
        .collect();
    let paragraph_findings: Vec<Finding> = findings
        .iter()
        .filter(|f| matches!(f.field, FieldRef::Paragraph(_)))
        .cloned()
        .collect();
    let protocol = match (&doc.protocol, is_protocol) {
        (Some(p), _) => Some(p.clone()),
        (None, true) => Some(Default::default()),
        (None, false) => None,
    };
    html! {
        <article class="document" aria-label={t.document}>
            <HeaderView header={doc.header.clone()} findings={header_findings} locale={props.locale} dispatch={dispatch.clone()} />
            if let Some(protocol) = protocol {
                <ProtocolView {protocol} numbering={props.numbering} findings={Rc::clone(findings)}
                    {adopted_on} today={props.today} locale={props.locale}
                    dispatch={dispatch.clone()} />
            }
            if !is_protocol || !doc.preamble.is_empty() {
                <PreambleView paragraphs={doc.preamble.clone()} findings={paragraph_findings}
                    locale={props.locale} dispatch={dispatch.clone()} />
            }
            if !is_protocol || !doc.sections.is_empty() {
                <section class="sections" aria-label={t.sections}>
                    <h2 class="part-title">{ t.sections }</h2>
                    { for doc.sections.iter().zip(by_section(findings, &doc.sections)).enumerate().map(|(i, (s, findings))| html! {
                        <SectionView key={s.id.0} section={s.clone()}
                            number={AttrValue::from(numbering::section(props.numbering, i))}
                            index={i} {count} numbering={props.numbering}
                            {findings} {adopted_on} today={props.today}
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
