// <resolution-editor>: the editor as a custom element, over the JS API of
// the wasm module (`mount(element, options)` → handle).
//
//   <script type="module" src="/embed/resolution-editor.js"></script>
//   <resolution-editor namespace="council" locale="ru"
//                      draft-src="/drafts/42.json" read-only></resolution-editor>
//
// Attributes (read when the element is connected): namespace, locale
// ('ru' | 'en'), read-only, draft-src (a URL of a draft file used when the
// namespace has no draft yet). Theme: set CSS custom properties on the
// element (--accent, --paper, --bg, --text, --doc-font, …).
// Events: 'ready', 'change', 'save', 'diagnostics' (detail as in the API).
// Methods: getDraft(), setDraft(json), validate().
import init, { mount } from '../resolution-editor.js';

const wasm = init();

export class ResolutionEditorElement extends HTMLElement {
  #handle = null;
  #offs = [];

  async connectedCallback() {
    await wasm;
    if (this.#handle || !this.isConnected) return;
    const options = {
      namespace: this.getAttribute('namespace') ?? '',
      readOnly: this.hasAttribute('read-only'),
    };
    const locale = this.getAttribute('locale');
    if (locale) options.locale = locale;
    const src = this.getAttribute('draft-src');
    if (src) {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`draft-src ${src}: HTTP ${response.status}`);
      options.initialDraft = await response.text();
    }
    if (this.#handle || !this.isConnected) return;
    this.#handle = mount(this, options);
    for (const name of ['change', 'save', 'diagnostics']) {
      this.#offs.push(this.#handle.on(name, (detail) => {
        this.dispatchEvent(new CustomEvent(name, { detail }));
      }));
    }
    this.dispatchEvent(new CustomEvent('ready'));
  }

  disconnectedCallback() {
    for (const off of this.#offs) off();
    this.#offs = [];
    this.#handle?.destroy();
    this.#handle?.free();
    this.#handle = null;
  }

  /** The open draft as JSON text, or null before it is loaded. */
  getDraft() {
    return this.#handle?.getDraft() ?? null;
  }

  /** Replace the open document with a draft (JSON text or object). */
  setDraft(draft) {
    if (!this.#handle) throw new Error('the editor is not ready yet');
    this.#handle.setDraft(draft);
  }

  /** The current findings: [{ code, severity, message, location }]. */
  validate() {
    return this.#handle?.validate() ?? [];
  }
}

if (!customElements.get('resolution-editor')) {
  customElements.define('resolution-editor', ResolutionEditorElement);
}
