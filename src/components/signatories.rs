//! Signature lines.

use resolution_core::edit::{Edit, FieldRef, SignatoryField};
use resolution_core::locale::Locale;
use resolution_core::Signatory;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::icons;
use crate::components::read_only::use_read_only;
use crate::dispatch::edit;
use crate::fields::dom_id;
use crate::i18n::texts;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SignatoriesProps {
    pub signatories: Vec<Signatory>,
    pub locale: Locale,
    pub dispatch: Callback<Action>,
}

#[function_component(SignatoriesView)]
pub fn signatories_view(props: &SignatoriesProps) -> Html {
    let read_only = use_read_only();
    let t = texts(props.locale);
    let dispatch = props.dispatch.clone();
    let input = |index: usize,
                 field: SignatoryField,
                 value: &str,
                 label: &'static str,
                 testid: &'static str| {
        let dispatch = dispatch.clone();
        let oninput = {
            let dispatch = dispatch.clone();
            Callback::from(move |e: InputEvent| {
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    edit(
                        &dispatch,
                        Edit::SetSignatoryField {
                            index,
                            field,
                            value: input.value(),
                        },
                    );
                }
            })
        };
        let onblur = Callback::from(move |_: FocusEvent| dispatch.emit(Action::Seal));
        html! {
            <input id={dom_id(FieldRef::Signatory(index, field))} type="text" lang="ru"
                class="doc-text" data-testid={testid} aria-label={format!("{label} {}", index + 1)}
                placeholder={label} value={value.to_owned()} readonly={read_only} {oninput} {onblur} />
        }
    };
    let on_add = {
        let dispatch = dispatch.clone();
        let index = props.signatories.len();
        Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::InsertSignatory { index }))
    };
    html! {
        <section class="signatories" aria-label={t.signatories}>
            <h2 class="part-title">{ t.signatories }</h2>
            { for props.signatories.iter().enumerate().map(|(i, s)| {
                let on_delete = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |_: MouseEvent| edit(&dispatch, Edit::DeleteSignatory { index: i }))
                };
                html! {
                    <div class="signatory" data-testid="signatory">
                        { input(i, SignatoryField::Role, &s.role, t.role, "signatory-role") }
                        <span class="signature-line" aria-hidden="true"></span>
                        { input(i, SignatoryField::Name, &s.name, t.name, "signatory-name") }
                        <button type="button" class="icon danger" data-testid="delete-signatory"
                            title={t.delete_signatory} aria-label={t.delete_signatory}
                            onclick={on_delete}>{ icons::delete() }</button>
                    </div>
                }
            }) }
            <button type="button" class="add" data-testid="add-signatory" onclick={on_add}>
                { "+ " }{ t.add_signatory }
            </button>
        </section>
    }
}
