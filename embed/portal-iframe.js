// The iframe variant: the editor page in a frame, driven by postMessage.
// Only messages from the frame's window and from this origin are read;
// requests go to this origin only.
const frame = document.getElementById('frame');
const log = document.getElementById('log');
const origin = window.location.origin;
const pending = new Map();
let nextId = 1;

frame.src = `../index.html?embed=frame&namespace=portal-frame&parent=${encodeURIComponent(origin)}`;

function record(type, text) {
  const item = document.createElement('li');
  item.dataset.event = type;
  item.textContent = `${new Date().toLocaleTimeString('ru-RU')} · ${type} · ${text}`;
  log.prepend(item);
}

window.addEventListener('message', (event) => {
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  const message = event.data ?? {};
  if (message.type === 'result') {
    pending.get(message.id)?.(message);
    pending.delete(message.id);
    return;
  }
  record(message.type, JSON.stringify(message.detail ?? {}).slice(0, 160));
});

/** Sends a request to the editor and resolves with its result. */
export function request(type, fields = {}) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    frame.contentWindow.postMessage({ type, id, ...fields }, origin);
  });
}

document.getElementById('get-draft').addEventListener('click', async () => {
  const result = await request('getDraft');
  document.getElementById('draft-size').textContent = result.ok
    ? `${result.draft.length} символов JSON`
    : result.error;
});

window.portalFrame = { request };
