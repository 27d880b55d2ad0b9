// The draft library: several drafts, autosave and version history, and
// every failure case ending with all typed text still recoverable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setup, openPage, gotoApp, ARTIFACTS } from '../lib/browser.js';

let env;
before(async () => {
  env = await setup();
  await fs.mkdir(ARTIFACTS, { recursive: true });
});
after(async () => env?.close());

async function waitSaved(page) {
  await page.waitForFunction(
    () => /^Сохранено/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''),
    null,
    { timeout: 10000 },
  );
}

async function directiveTexts(page) {
  return page.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value));
}

async function openDrafts(page) {
  await page.getByTestId('drafts').click();
  await page.getByTestId('drafts-panel').waitFor();
}

async function exportJson(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const file = path.join(ARTIFACTS, name);
  await download.saveAs(file);
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

/** Type at the end of the first directive, the way a person does. */
async function typeInto(page, index, text) {
  const field = page.getByTestId('directive-text').nth(index);
  await field.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('drafts can be created, renamed, duplicated, deleted and restored from the trash', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  await typeInto(page, 0, ' Первый черновик.');
  await waitSaved(page);
  await page.getByTestId('new-document').selectOption('resolution');
  await page.getByTestId('header-kind').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="header-kind"]')?.value === 'resolution');
  await openDrafts(page);
  const rows = page.getByTestId('draft-row');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="draft-row"]').length === 2);
  const facts = await rows.allInnerTexts();
  assert.ok(facts.some((t) => /Резолюция/.test(t)), 'the new draft is listed with its kind');
  assert.ok(facts.some((t) => /Решение/.test(t)), 'the first draft is still listed');
  assert.ok(facts.every((t) => /\d+ ошибок, \d+ предупреждений/.test(t)), 'every row shows finding counts');

  // Rename the first draft (the decision).
  const decision = rows.filter({ hasText: 'Решение' });
  await decision.getByTestId('draft-rename').click();
  const input = page.getByTestId('draft-title-input');
  await input.fill('Решение о переносе сроков');
  await input.press('Enter');
  await page.getByTestId('draft-title').filter({ hasText: 'Решение о переносе сроков' }).waitFor();

  // Duplicate it, then delete the copy and bring it back from the trash.
  await rows.filter({ hasText: 'Решение о переносе сроков' }).getByTestId('draft-duplicate').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="draft-row"]').length === 3);
  const copy = rows.filter({ hasText: '(копия)' });
  await copy.getByTestId('draft-delete').click();
  await page.getByTestId('trash-row').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="draft-row"]').length === 2);
  await page.getByTestId('trash-restore').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="draft-row"]').length === 3);

  // Open the renamed decision: the text typed first is there.
  await rows.filter({ hasText: 'Решение о переносе сроков' }).first().getByTestId('draft-open').click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="directive-text"]')]
    .some((e) => e.value.includes('Первый черновик.')));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('autosave keeps versions, and an older version can be restored', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  const original = (await directiveTexts(page))[0];
  // Leaving the page with unsaved text keeps a version at once.
  await typeInto(page, 0, ' Правка номер один.');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await waitSaved(page);
  await typeInto(page, 0, ' Правка номер два.');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await waitSaved(page);
  await page.getByTestId('history').click();
  await page.getByTestId('history-panel').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="version-row"]').length >= 3);
  const versions = page.getByTestId('version-row');
  // Two versions compared with each other: the first edit shows as added words.
  const count = await versions.count();
  await versions.nth(count - 1).getByTestId('version-pick').check();
  await versions.nth(count - 2).getByTestId('version-pick').check();
  await page.getByTestId('versions-compare').click();
  const change = page.getByTestId('compare-change').filter({ has: page.locator('ins', { hasText: 'один' }) });
  await change.first().waitFor();
  assert.equal(await change.first().getAttribute('data-change'), 'changed');
  await page.getByTestId('compare-close').click();
  await page.getByTestId('history').click();
  await page.getByTestId('history-panel').waitFor();
  // The oldest version is the sample as first stored.
  await versions.last().getByTestId('version-restore').click();
  await page.waitForFunction((text) => document.querySelector('[data-testid="directive-text"]')?.value === text, original);
  await waitSaved(page);
  // The restored-over text is still in the history.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="version-row"]').length >= 4);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('text typed right before the page is closed is there when it is reopened', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  await waitSaved(page);
  await typeInto(page, 1, ' Набрано перед закрытием страницы.');
  // No waiting for the save indicator: close at once.
  await page.close({ runBeforeUnload: true });
  const again = await openPage(context, env.server.url);
  await again.waitForFunction(() => [...document.querySelectorAll('[data-testid="directive-text"]')]
    .some((e) => e.value.endsWith('Набрано перед закрытием страницы.')), null, { timeout: 10000 });
  assert.deepEqual(again.errors, []);
  await context.close();
});

test('a full storage quota keeps the text, offers export, and saves once space is back', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  // Simulated quota: every IndexedDB write throws QuotaExceededError while
  // the flag is set.
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const page = await openPage(context, env.server.url);
  await waitSaved(page);
  await page.evaluate(() => { window.__quotaFull = true; });
  await typeInto(page, 0, ' Текст при переполненном хранилище.');
  await page.getByTestId('save-status').filter({ hasText: /Ошибка сохранения/ }).waitFor({ timeout: 10000 });
  assert.match(await page.getByTestId('alert').innerText(), /место в хранилище браузера исчерпано/);
  assert.ok((await directiveTexts(page))[0].endsWith('Текст при переполненном хранилище.'), 'the text stays on screen');
  // The offered export holds the text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-failed-export').click(),
  ]);
  const file = path.join(ARTIFACTS, 'quota.json');
  await download.saveAs(file);
  assert.match(await fs.readFile(file, 'utf8'), /Текст при переполненном хранилище\./);
  // Space comes back: the next edit is saved, and a reload shows everything.
  await page.evaluate(() => { window.__quotaFull = false; });
  await typeInto(page, 0, ' И ещё.');
  await waitSaved(page);
  await page.reload();
  await page.getByTestId('header-topic').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="directive-text"]')?.value
    .endsWith('Текст при переполненном хранилище. И ещё.'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a corrupted stored record is set aside and reported, and the draft comes back from history', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  await typeInto(page, 0, ' Текст до повреждения записи.');
  await waitSaved(page);
  const id = await page.evaluate(() => localStorage.getItem('resolution-editor.open'));
  assert.ok(id, 'the open draft is remembered');
  // Damage the stored document behind the app's back.
  await page.evaluate((id) => new Promise((resolve, reject) => {
    const open = indexedDB.open('resolution-editor');
    open.onsuccess = () => {
      const tx = open.result.transaction('documents', 'readwrite');
      tx.objectStore('documents').put('{"format":"resolution-draft","version":1,"document":{broken', id);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), id);
  await page.reload();
  await page.getByTestId('header-topic').waitFor();
  await page.getByTestId('notice').filter({ hasText: /отложен/ }).first().waitFor({ timeout: 10000 });
  await openDrafts(page);
  const row = page.getByTestId('quarantine-row').filter({ hasText: id });
  await row.waitFor();
  assert.match(await row.innerText(), /documents/);
  await row.getByTestId('quarantine-recover').click();
  const recovered = page.getByTestId('draft-row').filter({ has: page.locator(`[data-draft-id="${id}"]`) })
    .or(page.locator(`[data-testid="draft-row"][data-draft-id="${id}"]`));
  await recovered.first().waitFor();
  await recovered.first().getByTestId('draft-open').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="directive-text"]')?.value
    .endsWith('Текст до повреждения записи.'));
  // The damaged record itself is still kept.
  assert.equal(await page.getByTestId('quarantine-row').filter({ hasText: id }).count(), 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('with storage blocked the editor works in memory, warns, and exports everything', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const blocked = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    Object.defineProperty(window, 'indexedDB', { get: blocked });
    Object.defineProperty(window, 'localStorage', { get: blocked });
  });
  const page = await openPage(context, env.server.url);
  await page.getByTestId('notice').filter({ hasText: /только в этой вкладке/ }).waitFor();
  assert.match(await page.getByTestId('save-status').innerText(), /только в этой вкладке/);
  await typeInto(page, 0, ' Набрано без хранилища.');
  const json = await exportJson(page, 'blocked.json');
  assert.ok(json.document.sections[0].directives[0].text.endsWith('Набрано без хранилища.'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('two pages on one draft edit in turn without losing either text', async () => {
  const context = await env.browser.newContext();
  const first = await openPage(context, env.server.url);
  await waitSaved(first);
  const second = await openPage(context, env.server.url);
  await typeInto(first, 0, ' Строка первой вкладки.');
  await waitSaved(first);
  // The other page picks the save up by itself (nothing unsaved there).
  await second.waitForFunction(() => document.querySelector('[data-testid="directive-text"]')?.value
    .endsWith('Строка первой вкладки.'), null, { timeout: 10000 });
  await typeInto(second, 0, ' Строка второй вкладки.');
  await waitSaved(second);
  await first.waitForFunction(() => document.querySelector('[data-testid="directive-text"]')?.value
    .endsWith('Строка первой вкладки. Строка второй вкладки.'), null, { timeout: 10000 });

  // Both edit at once: whichever saves second is asked, and keeping its
  // text as a copy loses nothing.
  await typeInto(first, 1, ' Одновременно в первой.');
  await typeInto(second, 1, ' Одновременно во второй.');
  const asked = await Promise.race([
    first.getByTestId('conflict-dialog').waitFor({ timeout: 10000 }).then(() => first),
    second.getByTestId('conflict-dialog').waitFor({ timeout: 10000 }).then(() => second),
  ]);
  const other = asked === first ? second : first;
  const mine = asked === first ? ' Одновременно в первой.' : ' Одновременно во второй.';
  const theirs = asked === first ? ' Одновременно во второй.' : ' Одновременно в первой.';
  await asked.getByTestId('conflict-keep-copy').click();
  await waitSaved(asked);
  await openDrafts(asked);
  await asked.getByTestId('draft-title').filter({ hasText: '(копия)' }).waitFor();
  assert.ok((await directiveTexts(asked))[1].endsWith(mine), 'the asked page keeps its text, now as a copy');
  await waitSaved(other);
  assert.ok((await directiveTexts(other))[1].endsWith(theirs), 'the other page keeps its text in the draft');
  assert.deepEqual(first.errors, []);
  assert.deepEqual(second.errors, []);
  await context.close();
});

test('the old single localStorage draft moves into the library', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}favicon-missing`);
  const legacy = {
    format: 'resolution-draft',
    version: 1,
    document: {
      header: { kind: 'decision', number: '', organization: '', meeting: '', topic: '«Черновик прежней версии»', adopted_on: '', place: '', approval: '' },
      preamble: [], sections: [], signatories: [], unclassified: [], next_id: 1,
    },
  };
  await page.evaluate((text) => localStorage.setItem('resolution-editor.draft', text), JSON.stringify(legacy));
  await gotoApp(page, env.server.url);
  await page.waitForFunction(() => document.querySelector('[data-testid="header-topic"]')?.value === '«Черновик прежней версии»', null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => localStorage.getItem('resolution-editor.draft')), null);
  await context.close();
});


test('a JSON file dropped on the page and JSON pasted in the paste dialog each open as a new draft', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await openPage(context, env.server.url);
  await page.getByTestId('header-topic').fill('«Перенос перетаскиванием»');
  await waitSaved(page);
  const json = await exportJson(page, 'dropped.json');
  json.document.header.topic = '«Брошено на страницу»';
  const dropped = JSON.stringify(json);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    const target = document.querySelector('.app');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await page.waitForFunction(() => document.querySelector('[data-testid="header-topic"]')?.value === '«Брошено на страницу»');
  await page.getByTestId('notice').filter({ hasText: /как копия/ }).waitFor();

  json.document.header.topic = '«Вставлено как JSON»';
  delete json.draft_id;
  await page.getByTestId('paste-import').click();
  await page.getByTestId('paste-text').fill(JSON.stringify(json));
  await page.getByTestId('paste-json-hint').waitFor();
  await page.getByTestId('paste-accept').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="header-topic"]')?.value === '«Вставлено как JSON»');
  await openDrafts(page);
  const titles = await page.getByTestId('draft-title').allInnerTexts();
  for (const topic of ['Перенос перетаскиванием', 'Брошено на страницу', 'Вставлено как JSON']) {
    assert.ok(titles.some((t) => t.includes(topic)), `${topic} is in the library: ${titles.join(' | ')}`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
