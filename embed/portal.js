// The example portal: the second editor through the JS API, and an event
// log for both.
import init, { mount } from '../resolution-editor.js';

const log = document.getElementById('log');

function record(editor, name, detail) {
  const item = document.createElement('li');
  item.dataset.editor = editor;
  item.dataset.event = name;
  const summary = name === 'diagnostics'
    ? `ошибок ${detail.errors}, предупреждений ${detail.warnings}`
    : `черновик ${detail.draftId ?? '—'}, ревизия ${detail.revision}`;
  item.textContent = `${new Date().toLocaleTimeString('ru-RU')} · ${editor} · ${name} · ${summary}`;
  log.prepend(item);
  while (log.children.length > 200) log.lastChild.remove();
}

const a = document.getElementById('editor-a');
for (const name of ['change', 'save', 'diagnostics']) {
  a.addEventListener(name, (e) => record('editor-a', name, e.detail));
}

await init();
const b = mount(document.getElementById('editor-b'), {
  namespace: 'portal-methodical',
  locale: 'ru',
  theme: { '--accent': '#1a7f37', '--accent-soft': 'rgba(26, 127, 55, 0.14)', '--bg': '#eef6f0' },
});
for (const name of ['change', 'save', 'diagnostics']) {
  b.on(name, (detail) => record('editor-b', name, detail));
}
// For the tests and for trying the API from the console.
window.portalEditors = { a, b };
