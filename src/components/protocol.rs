//! Protocol part: chair, secretary, attendees and agenda items with
//! СЛУШАЛИ / РЕШИЛИ.

use std::rc::Rc;

use resolution_core::date::CivilDate;
use resolution_core::edit::{AgendaField, Edit, FieldRef, ProtocolField, SectionList};
use resolution_core::locale::Locale;
use resolution_core::{AgendaItem, Protocol};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::findings::{marker, messages};
use crate::components::grow_text::GrowText;
use crate::components::icons;
use crate::components::read_only::use_read_only;
use crate::components::section::SectionView;
use crate::diagnostics::{by_section, Finding};
use crate::dispatch::edit;
use crate::fields::dom_id;
use crate::i18n::texts;
use crate::numbering::{self, NumberingStyle};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ProtocolProps {
    pub protocol: Protocol,
    pub numbering: NumberingStyle,
    pub findings: Rc<Vec<Finding>>,
    pub adopted_on: Option<CivilDate>,
    pub today: Option<CivilDate>,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

fn text_input(
    read_only: bool,
    dispatch: &Callback<Action>,
    field: FieldRef,
    value: &str,
    label: String,
    testid: &'static str,
    make: impl Fn(String) -> Edit + 'static,
) -> Html {
    let oninput = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                edit(&dispatch, make(input.value()));
            }
        })
    };
    let onblur = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.emit(Action::Seal))
    };
    html! {
        <input id={dom_id(field)} type="text" lang="ru" spellcheck="true" class="doc-text"
            data-testid={testid} aria-label={label} value={value.to_owned()} readonly={read_only}
            {oninput} {onblur} />
    }
}

#[function_component(ProtocolView)]
pub fn protocol_view(props: &ProtocolProps) -> Html {
    let read_only = use_read_only();
    let t = texts(props.locale);
    let p = &props.protocol;
    let dispatch = &props.dispatch;
    let person = |field: ProtocolField, label: &'static str, testid: &'static str, value: &str| {
        html! {
            <div class="field wide">
                <label for={dom_id(FieldRef::Protocol(field))}>{ label }</label>
                { text_input(read_only, dispatch, FieldRef::Protocol(field), value, label.into(), testid,
                    move |value| Edit::SetProtocolField { field, value }) }
            </div>
        }
    };
    let on_add_attendee = {
        let dispatch = dispatch.clone();
        let index = p.attendees.len();
        Callback::from(move |_: MouseEvent| {
            edit(
                &dispatch,
                Edit::InsertAttendee {
                    index,
                    text: String::new(),
                },
            )
        })
    };
    let on_add_item = {
        let dispatch = dispatch.clone();
        let index = p.agenda.len();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::InsertAgendaItem { index }))
    };
    html! {
        <section class="protocol" aria-label={t.protocol} data-testid="protocol">
            { person(ProtocolField::Chair, t.chair, "protocol-chair", &p.chair) }
            { person(ProtocolField::Secretary, t.secretary, "protocol-secretary", &p.secretary) }
            <h2 class="part-title">{ t.attendees }</h2>
            <ul class="attendees">
                { for p.attendees.iter().enumerate().map(|(index, a)| {
                    let on_delete = {
                        let dispatch = dispatch.clone();
                        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::DeleteAttendee { index }))
                    };
                    html! {
                        <li data-testid="attendee">
                            { text_input(read_only, dispatch, FieldRef::Attendee(index), a,
                                format!("{} {}", t.attendee, index + 1), "attendee-text",
                                move |text| Edit::SetAttendee { index, text }) }
                            <button type="button" class="icon danger" data-testid="delete-attendee"
                                title={t.delete_attendee} aria-label={t.delete_attendee}
                                onclick={on_delete}>{ icons::delete() }</button>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" class="add" data-testid="add-attendee" onclick={on_add_attendee}>
                { "+ " }{ t.add_attendee }
            </button>
            <h2 class="part-title">{ t.agenda }</h2>
            { for p.agenda.iter().enumerate().map(|(i, item)| html! {
                <AgendaItemView key={item.id.0} item={item.clone()} index={i} count={p.agenda.len()}
                    numbering={props.numbering} findings={Rc::clone(&props.findings)}
                    adopted_on={props.adopted_on} today={props.today}
                    locale={props.locale} dispatch={dispatch.clone()} />
            }) }
            <button type="button" class="add" data-testid="add-agenda-item" onclick={on_add_item}>
                { "+ " }{ t.add_agenda_item }
            </button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AgendaItemProps {
    item: AgendaItem,
    index: usize,
    count: usize,
    numbering: NumberingStyle,
    findings: Rc<Vec<Finding>>,
    adopted_on: Option<CivilDate>,
    today: Option<CivilDate>,
    locale: Locale,
    dispatch: Callback<Action>,
}

#[function_component(AgendaItemView)]
fn agenda_item_view(props: &AgendaItemProps) -> Html {
    let read_only = use_read_only();
    let t = texts(props.locale);
    let item = &props.item;
    let id = item.id;
    let dispatch = &props.dispatch;
    let number = props.index + 1;
    let field = |f: AgendaField, label: &'static str, testid: &'static str, value: &str| {
        html! {
            <div class={classes!("field", "wide", marker(&props.findings, FieldRef::Agenda(id, f)))}>
                <label for={dom_id(FieldRef::Agenda(id, f))}>{ label }</label>
                { text_input(read_only, dispatch, FieldRef::Agenda(id, f), value, format!("{label} {number}"), testid,
                    move |value| Edit::SetAgendaField { item: id, field: f, value }) }
                { messages(&props.findings, FieldRef::Agenda(id, f)) }
            </div>
        }
    };
    let on_summary = {
        let dispatch = dispatch.clone();
        Callback::from(move |value: String| {
            edit(
                &dispatch,
                Edit::SetAgendaField {
                    item: id,
                    field: AgendaField::Summary,
                    value,
                },
            )
        })
    };
    let on_seal = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Seal))
    };
    let simple = |e: Edit| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, e.clone()))
    };
    let on_delete = simple(Edit::DeleteAgendaItem { item: id });
    let on_up = simple(Edit::MoveAgendaItem {
        item: id,
        to_index: props.index.saturating_sub(1),
    });
    let on_down = simple(Edit::MoveAgendaItem {
        item: id,
        to_index: props.index + 1,
    });
    let on_add_section = simple(Edit::InsertSection {
        list: SectionList::Agenda(id),
        index: item.decided.len(),
    });
    let sections = item.decided.len();
    html! {
        <section class="agenda-item" data-testid="agenda-item" aria-label={format!("{} {number}", t.agenda_item)}>
            <div class="section-head">
                <span class="number">{ format!("{number}.") }</span>
                <span class="part-title">{ t.agenda_item }</span>
                <div class="row-tools">
                    <button type="button" class="icon" data-testid="move-agenda-up" title={t.move_up}
                        aria-label={t.move_up} disabled={props.index == 0} onclick={on_up}>{ icons::up() }</button>
                    <button type="button" class="icon" data-testid="move-agenda-down" title={t.move_down}
                        aria-label={t.move_down} disabled={props.index + 1 >= props.count}
                        onclick={on_down}>{ icons::down() }</button>
                    <button type="button" class="icon danger" data-testid="delete-agenda-item"
                        title={t.delete_agenda_item} aria-label={t.delete_agenda_item}
                        onclick={on_delete}>{ icons::delete() }</button>
                </div>
            </div>
            { field(AgendaField::Title, t.agenda_title, "agenda-title", &item.title) }
            { field(AgendaField::Reporter, t.reporter, "agenda-reporter", &item.reporter) }
            <h3 class="caps">{ t.heard }</h3>
            { field(AgendaField::Speaker, t.speaker, "agenda-speaker", &item.heard.speaker) }
            <GrowText
                id={AttrValue::from(dom_id(FieldRef::Agenda(id, AgendaField::Summary)))}
                testid="agenda-summary"
                class="doc-text"
                label={AttrValue::from(format!("{} {number}", t.summary))}
                placeholder={t.summary}
                value={AttrValue::from(item.heard.summary.clone())}
                oninput={on_summary}
                onblur={on_seal}
            />
            <h3 class="caps">{ t.decided }</h3>
            { for item.decided.iter().zip(by_section(&props.findings, &item.decided)).enumerate().map(|(i, (s, findings))| html! {
                <SectionView key={s.id.0} section={s.clone()}
                    number={AttrValue::from(numbering::section(props.numbering, i))}
                    index={i} count={sections} numbering={props.numbering}
                    {findings} adopted_on={props.adopted_on}
                    today={props.today}
                    locale={props.locale} dispatch={dispatch.clone()} />
            }) }
            <button type="button" class="add" data-testid="add-decision-section" onclick={on_add_section}>
                { "+ " }{ t.add_section }
            </button>
        </section>
    }
}
