//! The mounted editor in Chromium: user text is rendered as text, never
//! as markup, and highlights wrap the extracted phrases.
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p resolution-editor --target wasm32-unknown-unknown`
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use resolution_core::samples::sample_decision;
use resolution_editor::config::EditorConfig;
use resolution_editor::session::namespace::Namespace;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str =
    "обеспечить <img src=x onerror=\"window.__pwned=1\"> <b>жирный</b> до 1 октября 2030 года";

async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

async fn mount_with_draft() -> (Element, resolution_editor::Mounted) {
    let mut doc = sample_decision();
    doc.sections[0].directives[0].text = HOSTILE.to_owned();
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    // A namespace of its own: the draft below is the only one there.
    let namespace = format!("render-test-{}", js_sys::Math::random().to_bits());
    let app = resolution_editor::mount(
        root.clone(),
        EditorConfig {
            namespace: Namespace::new(&namespace),
            initial: Some(Rc::new(doc)),
            ..Default::default()
        },
    );
    for _ in 0..100 {
        if root
            .query_selector("[data-testid=directive-text]")
            .ok()
            .flatten()
            .is_some()
        {
            break;
        }
        tick(30).await;
    }
    tick(50).await;
    (root, app)
}

#[wasm_bindgen_test]
async fn user_text_is_never_parsed_as_markup() {
    let (root, app) = mount_with_draft().await;
    let area: HtmlTextAreaElement = root
        .query_selector("[data-testid=directive-text]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("first directive textarea");
    assert_eq!(area.value(), HOSTILE);
    assert!(
        root.query_selector("img").ok().flatten().is_none(),
        "no <img> from user text"
    );
    assert!(
        root.query_selector(".grow-mirror b")
            .ok()
            .flatten()
            .is_none(),
        "no <b> from user text"
    );
    let mirror = area
        .parent_element()
        .and_then(|p| p.query_selector(".grow-mirror").ok().flatten())
        .and_then(|m| m.text_content())
        .unwrap_or_default();
    assert!(
        mirror.contains("<img src=x"),
        "the mirror shows the markup as text: {mirror}"
    );
    let pwned = js_sys::Reflect::get(&web_sys::window().expect("window"), &"__pwned".into())
        .ok()
        .filter(|v| !v.is_undefined());
    assert!(pwned.is_none(), "no script from user text ran");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn deadlines_and_targets_are_highlighted() {
    let (root, app) = mount_with_draft().await;
    let marks = root
        .query_selector_all("[data-testid=highlight]")
        .expect("query highlights");
    let mut found = Vec::new();
    for i in 0..marks.length() {
        if let Some(node) = marks.item(i) {
            let el: Element = node.dyn_into().expect("mark element");
            found.push((
                el.get_attribute("data-kind").unwrap_or_default(),
                el.text_content().unwrap_or_default(),
            ));
        }
    }
    assert!(
        found
            .iter()
            .any(|(k, t)| k.starts_with("deadline") && t == "до 1 октября 2030 года"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(k, t)| k == "target" && t == "не менее 30%"),
        "{found:?}"
    );
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_re_renders_only_the_edited_directive() {
    use wasm_bindgen::closure::Closure;
    use web_sys::{
        InputEvent, InputEventInit, MutationObserver, MutationObserverInit, MutationRecord,
    };

    let (root, app) = mount_with_draft().await;
    let areas = root
        .query_selector_all("[data-testid=directive-text]")
        .expect("query textareas");
    let area: HtmlTextAreaElement = areas
        .item(4)
        .and_then(|n| n.dyn_into().ok())
        .expect("fifth directive textarea");
    let edited = area
        .closest("[data-testid=directive]")
        .ok()
        .flatten()
        .and_then(|d| d.get_attribute("data-id"))
        .expect("edited directive id");

    let touched = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = touched.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
        for record in records.iter() {
            let Ok(record) = record.dyn_into::<MutationRecord>() else {
                continue;
            };
            let element = record.target().and_then(|t| match t.dyn_into::<Element>() {
                Ok(el) => Some(el),
                Err(node) => node.parent_element(),
            });
            let directive = element
                .as_ref()
                .and_then(|el| el.closest("[data-testid=directive]").ok().flatten())
                .and_then(|d| d.get_attribute("data-id"));
            if let Some(id) = directive {
                sink.borrow_mut().push(id);
            }
        }
    });
    let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).expect("observer");
    let options = MutationObserverInit::new();
    options.set_subtree(true);
    options.set_child_list(true);
    options.set_character_data(true);
    options.set_attributes(true);
    observer
        .observe_with_options(&root, &options)
        .expect("observe");

    area.set_value(&format!("{} и отчитаться", area.value()));
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).expect("input event");
    area.dispatch_event(&event).expect("dispatch");
    tick(50).await;
    observer.disconnect();

    let touched = touched.borrow().clone();
    assert!(!touched.is_empty(), "the edited directive re-rendered");
    assert!(
        touched.iter().all(|id| *id == edited),
        "only directive {edited} changed, saw {touched:?}"
    );
    app.destroy();
    root.remove();
}
