//! The document header: kind, number, meeting, topic, date, place.

use resolution_core::edit::{Edit, FieldRef, HeaderField};
use resolution_core::locale::Locale;
use resolution_core::{Header, Kind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::findings::{marker, messages};
use crate::components::read_only::use_read_only;
use crate::diagnostics::Finding;
use crate::dispatch::edit;
use crate::export::kind_code;
use crate::fields::dom_id;
use crate::i18n::texts;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub header: Header,
    pub findings: Vec<Finding>,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[function_component(HeaderView)]
pub fn header_view(props: &HeaderProps) -> Html {
    let read_only = use_read_only();
    let t = texts(props.locale);
    let h = &props.header;
    let dispatch = props.dispatch.clone();

    let on_kind = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let value = select.value();
                let kind = Kind::ALL.iter().copied().find(|k| kind_code(*k) == value);
                edit(&dispatch, Edit::SetKind(kind));
            }
        })
    };
    let field =
        |field: HeaderField, label: &'static str, testid: &'static str, value: &str, wide: bool| {
            let dispatch = dispatch.clone();
            let oninput = {
                let dispatch = dispatch.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        edit(
                            &dispatch,
                            Edit::SetHeaderField {
                                field,
                                value: input.value(),
                            },
                        );
                    }
                })
            };
            let onblur = Callback::from(move |_: FocusEvent| dispatch.emit(Action::Seal));
            let id = dom_id(FieldRef::Header(field));
            let findings = &props.findings;
            html! {
                <div class={classes!("field", wide.then_some("wide"))}>
                    <label for={id.clone()}>{ label }</label>
                    <input {id} type="text" lang="ru" spellcheck="true" data-testid={testid}
                        class={classes!("doc-text", marker(findings, FieldRef::Header(field)))}
                        value={value.to_owned()} readonly={read_only} {oninput} {onblur} />
                    { messages(findings, FieldRef::Header(field)) }
                </div>
            }
        };
    let kind_title = |k: Kind| match props.locale {
        Locale::Ru => k.title_ru(),
        Locale::En => k.title_en(),
    };
    html! {
        <header class="doc-header" aria-label={t.document}>
            <div class="field-row">
                <div class="field">
                    <label for={dom_id(FieldRef::Kind)}>{ t.kind }</label>
                    <select id={dom_id(FieldRef::Kind)} data-testid="header-kind" onchange={on_kind}
                        disabled={read_only}
                        class={marker(&props.findings, FieldRef::Kind)}>
                        <option value="" selected={h.kind.is_none()}>{ t.no_kind }</option>
                        { for Kind::ALL.iter().map(|k| html! {
                            <option value={kind_code(*k)} selected={h.kind == Some(*k)}>
                                { kind_title(*k) }
                            </option>
                        }) }
                    </select>
                    { messages(&props.findings, FieldRef::Kind) }
                </div>
                { field(HeaderField::Number, t.number, "header-number", &h.number, false) }
                { field(HeaderField::AdoptedOn, t.adopted_on, "header-date", &h.adopted_on, false) }
                { field(HeaderField::Place, t.place, "header-place", &h.place, false) }
            </div>
            { field(HeaderField::Organization, t.organization, "header-organization", &h.organization, true) }
            { field(HeaderField::Meeting, t.meeting, "header-meeting", &h.meeting, true) }
            { field(HeaderField::Topic, t.topic, "header-topic", &h.topic, true) }
            { field(HeaderField::Approval, t.approval, "header-approval", &h.approval, true) }
        </header>
    }
}
