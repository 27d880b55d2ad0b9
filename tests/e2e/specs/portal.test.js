// The example portal (embed/portal.html): two editors on one page through
// the custom element and the JS API, their events, isolated namespaces,
// styles that do not cross the shadow boundary, a strict CSP; and the
// iframe variant with its postMessage protocol.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from '../lib/browser.js';

let env;
before(async () => { env = await setup(); });
after(async () => env?.close());

/** Opens a page that records CSP violations in `window.__csp`. */
async function openWithCsp(context, url) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  const page = await openPage(context);
  await page.goto(url);
  return page;
}

async function openPortal(context) {
  const page = await openWithCsp(context, `${env.server.url}embed/portal.html`);
  for (const id of ['editor-a', 'editor-b']) {
    await page.getByTestId(id).getByTestId('directive-text').first().waitFor({ timeout: 20000 });
  }
  return page;
}

async function typeAtEnd(field, page, text) {
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('two editors on the portal page edit, log their events and keep separate drafts', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await openPortal(context);
  const a = page.getByTestId('editor-a');
  const b = page.getByTestId('editor-b');
  await typeAtEnd(a.getByTestId('directive-text').first(), page, ' Только в редакторе А.');
  const log = page.getByTestId('event-log');
  await log.locator('li[data-editor="editor-a"][data-event="change"]').first().waitFor();
  await log.locator('li[data-editor="editor-a"][data-event="save"]').first().waitFor({ timeout: 10000 });
  await log.locator('li[data-editor="editor-a"][data-event="diagnostics"]').first().waitFor();
  await typeAtEnd(b.getByTestId('directive-text').first(), page, ' Только в редакторе Б.');
  await log.locator('li[data-editor="editor-b"][data-event="save"]').first().waitFor({ timeout: 10000 });

  const aText = await a.getByTestId('directive-text').first().inputValue();
  const bText = await b.getByTestId('directive-text').first().inputValue();
  assert.ok(aText.endsWith('Только в редакторе А.') && !aText.includes('редакторе Б'));
  assert.ok(bText.endsWith('Только в редакторе Б.') && !bText.includes('редакторе А'));

  // Each namespace has its own database; a reload keeps each text apart.
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert.ok(names.includes('resolution-editor@portal-council'), names.join());
  assert.ok(names.includes('resolution-editor@portal-methodical'), names.join());
  await page.reload();
  await a.getByTestId('directive-text').first().waitFor({ timeout: 20000 });
  await b.getByTestId('directive-text').first().waitFor({ timeout: 20000 });
  await page.waitForFunction(() => true);
  assert.equal(await a.getByTestId('directive-text').first().inputValue(), aText);
  assert.equal(await b.getByTestId('directive-text').first().inputValue(), bText);

  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violations');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("the portal's hostile stylesheet does not reach into the editors, and themes apply", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await openPortal(context);
  const a = page.getByTestId('editor-a');
  const field = a.getByTestId('directive-text').first();
  assert.ok(await field.isVisible(), 'textarea { display: none !important } stays outside');
  const box = await field.boundingBox();
  assert.ok(box.width > 200 && box.height > 20, `the field has its size (${box.width}×${box.height})`);
  const style = await field.evaluate((el) => {
    const s = getComputedStyle(el);
    return { transform: s.textTransform, spacing: s.letterSpacing };
  });
  assert.equal(style.transform, 'none');
  assert.equal(style.spacing, 'normal');
  const undo = a.getByTestId('undo');
  const fontSize = await undo.evaluate((el) => getComputedStyle(el).fontSize);
  assert.notEqual(fontSize, '40px', 'button { font-size: 40px !important } stays outside');
  // The editor's styles do not leak out: the portal's own list keeps its look.
  const portalTitle = await page.locator('.portal-head h1').evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(portalTitle, /Georgia/);
  // Themes by CSS custom properties, different for each editor.
  const accents = await page.evaluate(() => ['editor-a', 'editor-b'].map((id) => {
    const host = document.getElementById(id);
    const button = host.shadowRoot.querySelector('[data-testid="view-editor"]');
    return getComputedStyle(button).getPropertyValue('--accent').trim();
  }));
  assert.deepEqual(accents, ['#8a1c7c', '#1a7f37']);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the JS API reads, replaces and validates the draft, and refuses bad input precisely', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await openPortal(context);
  const text = 'довести охват 🙂 детей кружками до 120 % к 1 сентября 2030 года';
  const result = await page.evaluate((text) => {
    const { b } = window.portalEditors;
    const draft = JSON.parse(b.getDraft());
    draft.document.header.topic = '«Замена через API»';
    draft.document.sections.push({
      id: 9001,
      addressee: 'Управлению образования:',
      directives: [{ id: 9000, text }],
    });
    b.setDraft(draft);
    let refused = null;
    try {
      b.setDraft('{"format":"resolution-draft","version":1,"document":{oops}}');
    } catch (e) {
      refused = e.message;
    }
    // getDraft and validate answer for the new draft at once.
    return {
      format: draft.format,
      refused,
      topic: JSON.parse(b.getDraft()).document.header.topic,
      findings: b.validate(),
    };
  }, text);
  assert.equal(result.format, 'resolution-draft');
  assert.match(result.refused, /строк|line/i);
  assert.equal(result.topic, '«Замена через API»');
  assert.ok(Array.isArray(result.findings));
  assert.ok(result.findings.every((f) => /^RES\d{3}$/.test(f.code) && f.message && f.severity));
  // Ranges come in UTF-8 bytes and, for JavaScript, in UTF-16 code units:
  // the flagged phrase is a slice of the directive's text.
  const over = result.findings.find((f) => f.code === 'RES501');
  assert.ok(over, 'the percentage over 100 is found');
  const { range, utf16_range: units } = over.location;
  assert.match(text.slice(units.start, units.end), /^(до )?120\s?%$/);
  assert.ok(range.start > units.start, 'Cyrillic letters take two bytes');
  // The editor shows the new draft on its next render.
  await page.getByTestId('editor-b').getByTestId('header-topic').evaluate(
    (el) => new Promise((resolve) => {
      const check = () => (el.value === '«Замена через API»' ? resolve() : setTimeout(check, 20));
      check();
    }),
  );
  // The other editor is untouched.
  assert.notEqual(await page.getByTestId('editor-a').getByTestId('header-topic').inputValue(), '«Замена через API»');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the iframe variant answers its parent and sends events, only to the parent origin', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openWithCsp(context, `${env.server.url}embed/portal-iframe.html`);
  const frame = page.frameLocator('[data-testid="frame"]');
  const field = frame.getByTestId('directive-text').first();
  await field.waitFor({ timeout: 20000 });
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Правка во фрейме.');
  const log = page.getByTestId('event-log');
  await log.locator('li[data-event="change"]').first().waitFor();
  await log.locator('li[data-event="save"]').first().waitFor({ timeout: 10000 });
  const draft = await page.evaluate(() => window.portalFrame.request('getDraft'));
  assert.equal(draft.ok, true);
  assert.match(draft.draft, /Правка во фрейме\./);
  const bad = await page.evaluate(() => window.portalFrame.request('setDraft', { draft: '{"format":"x"}' }));
  assert.equal(bad.ok, false);
  assert.ok(bad.error.length > 0);

  // A frame told that its parent is another origin answers nobody here.
  const silent = await page.evaluate(() => new Promise((resolve) => {
    const other = document.createElement('iframe');
    other.src = '../index.html?embed=frame&namespace=portal-frame-2&parent=' + encodeURIComponent('http://example.invalid');
    let answered = false;
    window.addEventListener('message', (e) => { if (e.source === other.contentWindow) answered = true; });
    other.addEventListener('load', () => {
      setTimeout(() => other.contentWindow.postMessage({ type: 'getDraft', id: 99 }, location.origin), 1500);
      setTimeout(() => resolve(!answered), 3000);
    });
    document.body.append(other);
  }));
  assert.equal(silent, true, 'no message reached a parent of another origin');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a read-only editor shows the draft and refuses every change', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await openPortal(context);
  const draft = await page.evaluate(() => window.portalEditors.b.getDraft());
  await page.evaluate(async (initialDraft) => {
    const { mount } = await import('/resolution-editor.js');
    const slot = document.createElement('div');
    slot.dataset.testid = 'editor-ro';
    document.body.append(slot);
    window.readOnlyEditor = mount(slot, { namespace: 'portal-readonly', readOnly: true, initialDraft });
  }, draft);
  const ro = page.getByTestId('editor-ro');
  const field = ro.getByTestId('directive-text').first();
  await field.waitFor({ timeout: 20000 });
  const before = await field.inputValue();
  assert.equal(await field.evaluate((el) => el.readOnly), true, 'the field is read-only');
  await field.click();
  await page.keyboard.type(' не должно появиться');
  assert.equal(await field.inputValue(), before);
  assert.equal(await ro.getByTestId('reviewer-mode').count(), 0, 'no mode switch offered');
  assert.equal(await ro.getByTestId('import-json').count(), 0, 'no import offered');
  const refused = await page.evaluate(() => {
    const d = JSON.parse(window.readOnlyEditor.getDraft());
    d.document.header.topic = '«Изменено»';
    try {
      window.readOnlyEditor.setDraft(d);
    } catch (e) {
      return { message: e.message, topic: JSON.parse(window.readOnlyEditor.getDraft()).document.header.topic };
    }
    return null;
  });
  assert.ok(refused, 'setDraft throws');
  assert.match(refused.message, /только для чтения/);
  assert.notEqual(refused.topic, '«Изменено»');
  await page.evaluate(() => window.readOnlyEditor.destroy());
  assert.equal(await ro.getByTestId('directive-text').count(), 0, 'destroy removes the editor');
  assert.deepEqual(page.errors, []);
  await context.close();
});
