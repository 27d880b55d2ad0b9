//! A directive section: the addressee and its directives.

use resolution_core::date::CivilDate;
use resolution_core::edit::{Edit, FieldRef};
use resolution_core::locale::Locale;
use resolution_core::{CommentTarget, Section};
use resolution_core::{DirectiveId, SectionId};
use web_sys::{DragEvent, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::comments::Comments;
use crate::components::directive::DirectiveView;
use crate::components::icons;
use crate::components::read_only::use_read_only;
use crate::diagnostics::{by_directive, severity_code, worst, Finding};
use crate::dispatch::{edit, focus_later};
use crate::dnd;
use crate::fields::dom_id;
use crate::i18n::texts;
use crate::numbering::NumberingStyle;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub section: Section,
    /// The displayed number, e.g. `2.`.
    pub number: AttrValue,
    pub index: usize,
    pub numbering: NumberingStyle,
    /// Findings about the addressee, lead and directives of this section.
    pub findings: Vec<Finding>,
    pub adopted_on: Option<CivilDate>,
    pub today: Option<CivilDate>,
    pub count: usize,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionProps) -> Html {
    let read_only = use_read_only();
    let t = texts(props.locale);
    let s = &props.section;
    let id = s.id;
    let dispatch = props.dispatch.clone();

    let text_input = |make: fn(resolution_core::SectionId, String) -> Edit| {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                edit(&dispatch, make(id, input.value()));
            }
        })
    };
    let on_addressee = text_input(|section, text| Edit::SetAddressee { section, text });
    let on_lead = text_input(|section, text| Edit::SetSectionLead { section, text });
    let onblur = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.emit(Action::Seal))
    };
    let simple = |make: Edit| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| edit(&dispatch, make.clone()))
    };
    let on_add = simple(Edit::InsertDirective {
        section: id,
        index: s.directives.len(),
    });
    let on_delete = simple(Edit::DeleteSection { section: id });
    let on_duplicate = simple(Edit::DuplicateSection { section: id });
    let on_up = simple(Edit::MoveSection {
        section: id,
        to_index: props.index.saturating_sub(1),
    });
    let on_down = simple(Edit::MoveSection {
        section: id,
        to_index: props.index + 1,
    });

    let ondragstart = Callback::from(move |e: DragEvent| dnd::start(&e, dnd::SECTION, id.0));
    // A directive dropped outside any directive is appended; a section
    // dropped here lands before or after this one.
    let ondragover = Callback::from(|e: DragEvent| {
        if dnd::carries(&e, dnd::DIRECTIVE) || dnd::carries(&e, dnd::SECTION) {
            e.prevent_default();
        }
    });
    let node = use_node_ref();
    let ondrop = {
        let dispatch = dispatch.clone();
        let to_index = s.directives.len();
        let node = node.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(dragged) = dnd::dragged(&e, dnd::DIRECTIVE) {
                e.prevent_default();
                edit(
                    &dispatch,
                    Edit::MoveDirective {
                        directive: DirectiveId(dragged),
                        to_section: id,
                        to_index,
                    },
                );
            } else if let Some(dragged) = dnd::dragged(&e, dnd::SECTION) {
                e.prevent_default();
                edit(
                    &dispatch,
                    Edit::MoveSectionBeside {
                        section: SectionId(dragged),
                        anchor: id,
                        after: dnd::drops_after(&e, &node),
                    },
                );
            }
        })
    };
    let on_addressee_key = {
        let dispatch = dispatch.clone();
        let (index, count) = (props.index, props.count);
        Callback::from(move |e: KeyboardEvent| {
            if !e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let to_index = match e.key().as_str() {
                "ArrowUp" if index > 0 => index - 1,
                "ArrowDown" if index + 1 < count => index + 1,
                _ => return,
            };
            e.prevent_default();
            edit(
                &dispatch,
                Edit::MoveSection {
                    section: id,
                    to_index,
                },
            );
            focus_later(FieldRef::Addressee(id));
        })
    };
    let addressee_severity = worst(&props.findings, FieldRef::Addressee(id));
    let addressee_findings: Vec<&Finding> = props
        .findings
        .iter()
        .filter(|f| f.field == FieldRef::Addressee(id))
        .collect();
    let count = s.directives.len();
    let directive_findings = by_directive(&props.findings, &s.directives);
    let directives =
        s.directives
            .iter()
            .zip(directive_findings)
            .enumerate()
            .map(|(i, (d, findings))| {
                html! {
                    <DirectiveView
                        key={d.id.0}
                        directive={d.clone()}
                        section={id}
                        section_index={props.index}
                        path={vec![i]}
                        numbering={props.numbering}
                        {findings}
                        adopted_on={props.adopted_on}
                        today={props.today}
                        index={i}
                        {count}
                        depth={0}
                        locale={props.locale}
                        dispatch={props.dispatch.clone()}
                    />
                }
            });
    let addressee_id = dom_id(FieldRef::Addressee(id));
    html! {
        <section class="section" data-testid="section" data-id={id.0.to_string()} ref={node}
            aria-label={format!("{} {}", t.section, props.index + 1)} {ondragover} {ondrop}>
            <div class="section-head">
                <span class="drag-handle" draggable="true" data-testid="drag-section"
                    title={t.drag} aria-hidden="true" {ondragstart}>{ icons::grip() }</span>
                <span class="number">{ props.number.clone() }</span>
                <input
                    id={addressee_id}
                    class={classes!("addressee", "doc-text",
                        addressee_severity.map(|s| format!("has-finding sev-{}", severity_code(s))))}
                    aria-invalid={addressee_severity.map(|_| "true")}
                    data-testid="addressee"
                    type="text"
                    lang="ru"
                    spellcheck="true"
                    aria-label={format!("{} {}", t.addressee, props.number)}
                    placeholder={t.addressee_placeholder}
                    value={s.addressee.clone()}
                    readonly={read_only}
                    oninput={on_addressee}
                    onkeydown={on_addressee_key}
                    onblur={onblur.clone()}
                />
                <div class="row-tools">
                    <button type="button" class="icon" data-testid="move-section-up"
                        title={t.move_up} aria-label={t.move_up}
                        disabled={props.index == 0} onclick={on_up}>{ icons::up() }</button>
                    <button type="button" class="icon" data-testid="move-section-down"
                        title={t.move_down} aria-label={t.move_down}
                        disabled={props.index + 1 >= props.count} onclick={on_down}>{ icons::down() }</button>
                    <button type="button" class="icon" data-testid="duplicate-section"
                        title={t.duplicate_section} aria-label={t.duplicate_section}
                        onclick={on_duplicate}>{ icons::duplicate() }</button>
                    <button type="button" class="icon danger" data-testid="delete-section"
                        title={t.delete_section} aria-label={t.delete_section}
                        onclick={on_delete}>{ icons::delete() }</button>
                </div>
            </div>
            if !addressee_findings.is_empty() {
                <ul class="field-findings addressee-findings">
                    { for addressee_findings.iter().map(|f| html! {
                        <li class={classes!("finding", format!("sev-{}", severity_code(f.severity)))}
                            data-testid="field-finding" data-code={f.code.clone()}>{ f.message.clone() }</li>
                    }) }
                </ul>
            }
            if !s.lead.is_empty() {
                <input
                    id={dom_id(FieldRef::Lead(id))}
                    class="lead doc-text"
                    data-testid="section-lead"
                    type="text"
                    lang="ru"
                    aria-label={t.lead}
                    value={s.lead.clone()}
                    readonly={read_only}
                    oninput={on_lead}
                    {onblur}
                />
            }
            <Comments target={CommentTarget::Section(id)} />
            <ol class="directives">{ for directives }</ol>
            <button type="button" class="add" data-testid="add-directive" onclick={on_add}>
                { "+ " }{ t.add_directive }
            </button>
        </section>
    }
}
