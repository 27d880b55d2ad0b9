//! The same draft was saved in another tab while this one had unsaved
//! changes. Nothing is saved until the author chooses: keep this text as a
//! copy (both texts survive) or load the other tab's version.

use resolution_core::library::ConflictChoice;
use resolution_core::locale::Locale;
use yew::prelude::*;

use crate::i18n::tr;

#[derive(Properties, PartialEq)]
pub struct ConflictDialogProps {
    pub locale: Locale,
    pub on_choose: Callback<ConflictChoice>,
}

#[function_component(ConflictDialog)]
pub fn conflict_dialog(props: &ConflictDialogProps) -> Html {
    let l = props.locale;
    let first = use_node_ref();
    {
        let first = first.clone();
        use_effect_with((), move |_| {
            if let Some(button) = first.cast::<web_sys::HtmlElement>() {
                // Focus is a convenience; the dialog works without it.
                let _ = button.focus();
            }
        });
    }
    let choose = |choice: ConflictChoice| {
        let cb = props.on_choose.clone();
        Callback::from(move |_: MouseEvent| cb.emit(choice))
    };
    html! {
        <div class="modal-backdrop">
            <section class="modal" role="alertdialog" aria-modal="true"
                aria-labelledby="conflict-title" aria-describedby="conflict-text" data-testid="conflict-dialog">
                <h2 id="conflict-title">{ tr(l, "Черновик изменён в другой вкладке", "The draft was changed in another tab") }</h2>
                <p id="conflict-text">{ tr(l,
                    "Этот черновик сохранили в другой вкладке, пока здесь были несохранённые правки. Ничего не перезаписано. Выберите, что делать с текстом этой вкладки.",
                    "This draft was saved in another tab while this tab had unsaved edits. Nothing was overwritten. Choose what to do with this tab's text.") }</p>
                <div class="modal-actions">
                    <button type="button" ref={first} data-testid="conflict-keep-copy"
                        onclick={choose(ConflictChoice::KeepMineAsCopy)}>
                        { tr(l, "Сохранить мой текст как копию", "Keep my text as a copy") }</button>
                    <button type="button" data-testid="conflict-reload"
                        onclick={choose(ConflictChoice::ReloadTheirs)}>
                        { tr(l, "Загрузить версию другой вкладки (мои правки пропадут)", "Load the other tab's version (my edits are dropped)") }</button>
                </div>
            </section>
        </div>
    }
}
