// Drafts travel as JSON files: export and import (never overwriting), precise
// refusals of bad files, review by link with comments the author resolves,
// hostile text rendered as text, and comparison with a version or a file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setup, openPage } from '../lib/browser.js';

// Filled by the tests before a page asks for it; the server looks routes up
// on every request.
const routes = {};
let env;
let tmp;
before(async () => {
  env = await setup(routes);
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'review-e2e-'));
});
after(async () => {
  await env?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

async function waitSaved(page) {
  await page.getByTestId('save-status').filter({ hasText: 'Сохранено' }).waitFor({ timeout: 5000 });
}

async function documentSnapshot(page) {
  return {
    topic: await page.getByTestId('header-topic').inputValue(),
    addressees: await page.getByTestId('addressee').evaluateAll((els) => els.map((e) => e.value)),
    directives: await page.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value)),
  };
}

async function waitForTopic(page, topic) {
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="header-topic"]')?.value === t,
    topic,
    { timeout: 5000 },
  );
}

/** Clicks "export" and returns [file path, suggested name, parsed JSON]. */
async function exportDraft(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const name = download.suggestedFilename();
  const file = path.join(tmp, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  await download.saveAs(file);
  return [file, name, JSON.parse(await fs.readFile(file, 'utf8'))];
}

/** The sample draft as exported by a fresh author, as a JSON object. */
async function exportedSample() {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await openPage(context, env.server.url);
  const [, , json] = await exportDraft(page);
  assert.deepEqual(page.errors, []);
  await context.close();
  return json;
}

function jsonFile(name, value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

function notice(page, pattern) {
  return page.getByTestId('alert').getByTestId('notice').filter({ hasText: pattern });
}

async function openDrafts(page) {
  await page.getByTestId('drafts').click();
  await page.getByTestId('drafts-panel').waitFor({ timeout: 5000 });
  return page.getByTestId('drafts-panel');
}

test('an exported draft imports as the same text, and a second import opens as a copy', async () => {
  const authorContext = await env.browser.newContext({ acceptDownloads: true });
  const author = await openPage(authorContext, env.server.url);
  const topic = '«Перенос черновика между браузерами»';
  await author.getByTestId('header-topic').fill(topic);
  await author.getByTestId('directive-text').nth(1).fill('подготовить сводный отчёт до 15 декабря 2026 года;');
  await waitSaved(author);
  const expected = await documentSnapshot(author);
  const [file, name, json] = await exportDraft(author);
  assert.match(name, /^Решение - Перенос черновика между браузерами - \d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(json.format, 'resolution-draft');
  assert.equal(json.version, 1);
  assert.match(json.draft_id, /\S/);
  assert.equal(json.document.header.topic, topic);
  assert.deepEqual(author.errors, []);
  await authorContext.close();

  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  assert.notEqual(await page.getByTestId('header-topic').inputValue(), topic);
  await page.getByTestId('import-json').setInputFiles(file);
  await waitForTopic(page, topic);
  assert.deepEqual(await documentSnapshot(page), expected);
  await notice(page, 'Открыт как новый черновик').waitFor({ timeout: 5000 });

  await page.getByTestId('import-json').setInputFiles(file);
  await notice(page, /Открыт как копия.*не изменён/).waitFor({ timeout: 5000 });
  assert.deepEqual(await documentSnapshot(page), expected, 'the copy holds the same text');
  await waitSaved(page);

  const panel = await openDrafts(page);
  const rows = panel.getByTestId('draft-row').filter({ hasText: 'Перенос черновика между браузерами' });
  await rows.nth(1).waitFor({ timeout: 5000 });
  assert.equal(await rows.count(), 2, 'the original and its copy are both listed');
  const ids = await rows.evaluateAll((els) => els.map((e) => e.dataset.draftId));
  assert.ok(ids.includes(json.draft_id), `the original keeps its id ${json.draft_id}: ${ids}`);
  assert.notEqual(ids[0], ids[1], 'the copy has its own id');

  // The original, opened again, is unchanged.
  const originalRow = panel.locator(`[data-testid="draft-row"][data-draft-id="${json.draft_id}"]`);
  assert.equal(await originalRow.count(), 1, `one row for ${json.draft_id}`);
  const openButton = originalRow.getByTestId('draft-open');
  if (await openButton.count()) await openButton.click();
  await waitForTopic(page, topic);
  assert.deepEqual(await documentSnapshot(page), expected);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('bad files are refused with a precise message and the open text is kept', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  await page.getByTestId('directive-text').first().fill('обеспечить проверку файлов до 1 марта 2027 года;');
  await waitSaved(page);
  const kept = await documentSnapshot(page);
  const cases = [
    {
      what: 'malformed JSON',
      file: jsonFile('broken.json', '{\n  "format": "resolution-draft",\n  "version": 1,\n  "document": {oops}\n}'),
      expect: /строк[а-яё]* 4, столб[а-яё]* \d+/i,
    },
    {
      what: 'another format',
      file: jsonFile('other.json', { format: 'other', version: 1, document: {} }),
      expect: /не черновик резолюции: формат .*other/,
    },
    {
      what: 'an unsupported version',
      file: jsonFile('future.json', { format: 'resolution-draft', version: 99, document: {} }),
      expect: /[Вв]ерсия черновика 99 не поддерживается/,
    },
    {
      what: 'a file over 5 MB',
      file: { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) },
      expect: /huge\.json.*слишком велик/i,
    },
  ];
  for (const c of cases) {
    await page.getByTestId('import-json').setInputFiles(c.file);
    await notice(page, c.expect).waitFor({ timeout: 5000 }).catch(async () => {
      const shown = await page.getByTestId('alert').innerText();
      assert.fail(`${c.what}: expected a notice matching ${c.expect}, the alert shows: ${JSON.stringify(shown)}`);
    });
    const text = await notice(page, c.expect).first().innerText();
    assert.ok(text.includes(c.file.name), `${c.what}: the notice names the file: ${text}`);
    assert.deepEqual(await documentSnapshot(page), kept, `${c.what}: the open document is unchanged`);
    await notice(page, c.expect).first().getByTestId('dismiss-notice').click();
  }
  await page.reload();
  await page.getByTestId('header-topic').waitFor();
  assert.deepEqual(await documentSnapshot(page), kept, 'nothing was replaced in storage either');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a reviewer opens a shared link read-only, comments, and the author resolves the comment', async () => {
  const shared = await exportedSample();
  const second = shared.document.sections[0].directives[1];
  assert.ok(second, 'the sample has a second directive');
  routes['/shared/draft.json'] = { body: JSON.stringify(shared), type: 'application/json; charset=utf-8' };

  const reviewerContext = await env.browser.newContext({ acceptDownloads: true });
  const reviewer = await openPage(reviewerContext, `${env.server.url}?draft=/shared/draft.json`);
  await reviewer.getByTestId('reviewer-bar').waitFor({ timeout: 5000 });
  await waitForTopic(reviewer, shared.document.header.topic);
  assert.equal(await reviewer.getByTestId('reviewer-mode').getAttribute('aria-pressed'), 'true');
  const field = reviewer.getByTestId('directive-text').nth(1);
  assert.equal(await field.inputValue(), second.text);
  assert.notEqual(await field.getAttribute('readonly'), null, 'directive text is read-only');
  assert.notEqual(await reviewer.getByTestId('header-topic').getAttribute('readonly'), null, 'topic is read-only');
  assert.equal(await reviewer.getByTestId('add-directive').first().isVisible(), false, 'structure buttons are hidden');
  await field.click();
  await reviewer.keyboard.type(' лишний текст');
  await reviewer.keyboard.press('Backspace');
  assert.equal(await field.inputValue(), second.text, 'typing changes nothing');

  await reviewer.getByTestId('reviewer-name').fill('Петрова И. С.');
  const directive = reviewer.getByTestId('directive').nth(1);
  const id = await directive.getAttribute('data-id');
  await reviewer.getByTestId(`comment-on-directive-${id}`).click();
  const remark = 'Уточнить исполнителя и срок мониторинга.';
  await reviewer.getByTestId('comment-text').fill(remark);
  await reviewer.getByTestId('comment-add').click();
  const aside = directive.getByTestId(`comments-directive-${id}`);
  const comment = aside.getByTestId('comment');
  await comment.waitFor({ timeout: 5000 });
  assert.match(await comment.innerText(), /Петрова И\. С\./);
  assert.match(await comment.innerText(), /Уточнить исполнителя и срок мониторинга\./);
  assert.equal(await comment.getAttribute('data-resolved'), 'false');
  assert.match(await reviewer.getByTestId('open-comments').innerText(), /1/);
  await waitSaved(reviewer);
  const startedAt = Date.now();
  const [file, , reviewed] = await exportDraft(reviewer);
  const comments = reviewed.document.comments ?? [];
  assert.equal(comments.length, 1, JSON.stringify(comments));
  assert.deepEqual(comments[0].target, { to: 'directive', id: Number(id) });
  assert.equal(comments[0].author, 'Петрова И. С.');
  assert.equal(comments[0].text, remark);
  assert.equal(typeof comments[0].created_at_ms, 'number');
  assert.ok(Math.abs(comments[0].created_at_ms - startedAt) < 10 * 60 * 1000, 'created_at_ms is the time of writing');
  assert.notEqual(comments[0].resolved, true);
  assert.equal(reviewed.document.sections[0].directives[1].text, second.text, 'the text itself is untouched');
  assert.deepEqual(reviewer.errors, []);
  await reviewerContext.close();

  const authorContext = await env.browser.newContext();
  const author = await openPage(authorContext, env.server.url);
  assert.equal(await author.getByTestId('reviewer-mode').getAttribute('aria-pressed'), 'false');
  await author.getByTestId('import-json').setInputFiles(file);
  await waitForTopic(author, shared.document.header.topic);
  const target = author.getByTestId('directive').nth(1);
  assert.equal(await target.getByTestId('directive-text').inputValue(), second.text);
  const shown = target.getByTestId(`comments-directive-${await target.getAttribute('data-id')}`).getByTestId('comment');
  await shown.waitFor({ timeout: 5000 });
  assert.match(await shown.innerText(), /Петрова И\. С\..*\n?.*Уточнить исполнителя/s);
  assert.equal(await author.getByTestId('comment').count(), 1, 'the comment is shown once, beside its directive');
  assert.equal(await author.getByTestId('directive-text').nth(1).getAttribute('readonly'), null, 'the author can edit');
  await shown.getByTestId('comment-resolve').click();
  await author.waitForFunction(
    () => document.querySelector('[data-testid="comment"]')?.dataset.resolved === 'true',
    null,
    { timeout: 5000 },
  );
  await waitSaved(author);
  await author.reload();
  await author.getByTestId('header-topic').waitFor();
  await waitForTopic(author, shared.document.header.topic);
  const after = author.getByTestId('directive').nth(1).getByTestId('comment');
  await after.waitFor({ timeout: 5000 });
  assert.equal(await after.getAttribute('data-resolved'), 'true', 'resolved survives a reload');
  assert.deepEqual(author.errors, []);
  await authorContext.close();
});

test('a link to a draft on another origin is refused and the editor still works', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, `${env.server.url}?draft=http://example.invalid/x.json`);
  const refused = notice(page, /другой источник/);
  await refused.waitFor({ timeout: 5000 });
  assert.match(await refused.innerText(), /http:\/\/example\.invalid/);
  const field = page.getByTestId('directive-text').first();
  const mode = await page.getByTestId('reviewer-mode').getAttribute('aria-pressed');
  assert.equal(await field.getAttribute('readonly'), null,
    `the document shown after the refusal is editable (reviewer-mode aria-pressed=${mode})`);
  await field.fill('обеспечить работу редактора до 1 апреля 2027 года;');
  assert.equal(await field.inputValue(), 'обеспечить работу редактора до 1 апреля 2027 года;');
  await waitSaved(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('HTML and script in a draft are shown as text and never run', async () => {
  const img = '<img src=x onerror="window.__pwned=1">';
  const script = '<script>window.__pwned=2</script>';
  const svg = '"><svg onload=window.__pwned=3>';
  const all = `${img} ${script} ${svg}`;
  const draft = await exportedSample();
  const doc = draft.document;
  const directive = doc.sections[0].directives[0];
  doc.header.topic = `«Проверка ${img}»`;
  doc.preamble[0].text = `Участники совещания ${script} обсудили ${svg}`;
  doc.sections[0].addressee = `Управлению ${svg}`;
  directive.text = `обеспечить ${all} до 1 октября 2027 года;`;
  doc.comments = [{
    id: doc.next_id,
    target: { to: 'directive', id: directive.id },
    author: `Рецензент ${img}`,
    created_at_ms: Date.now(),
    text: `Замечание ${all}`,
    resolved: false,
  }];
  doc.next_id += 1;
  draft.draft_id = `${draft.draft_id}x`;

  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await openPage(context, env.server.url);
  await page.getByTestId('import-json').setInputFiles(jsonFile('payload.json', draft));
  await waitForTopic(page, doc.header.topic);
  assert.equal(await page.getByTestId('paragraph-text').first().inputValue(), doc.preamble[0].text);
  assert.equal(await page.getByTestId('addressee').first().inputValue(), doc.sections[0].addressee);
  assert.equal(await page.getByTestId('directive-text').first().inputValue(), directive.text);
  const comment = page.getByTestId(`comments-directive-${directive.id}`).getByTestId('comment');
  await comment.waitFor({ timeout: 5000 });
  const commentText = await comment.textContent();
  assert.ok(commentText.includes(`Замечание ${all}`), `comment text shown literally: ${commentText}`);
  assert.ok(commentText.includes(`Рецензент ${img}`), `comment author shown literally: ${commentText}`);
  // The highlighting mirror behind the directive shows the same text.
  const mirror = await page.getByTestId('directive').first().locator('.grow-mirror').textContent();
  assert.ok(mirror.includes(all), `the mirror holds the text: ${mirror}`);
  // Also in reviewer mode, where comments get other controls.
  await page.getByTestId('reviewer-mode').click();
  await page.getByTestId('reviewer-bar').waitFor();
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    inDocument: document.querySelectorAll('.document img, .document script').length,
    imgX: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    svgWithHandler: [...document.querySelectorAll('svg')].filter((s) => s.getAttribute('onload')).length,
    violations: window.__cspViolations,
  }));
  assert.deepEqual(found, { pwned: undefined, inDocument: 0, imgX: 0, handlers: 0, svgWithHandler: 0, violations: [] });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a version and a file are compared with the open text word by word', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await openPage(context, env.server.url);
  const field = page.getByTestId('directive-text').first();
  const before = await field.inputValue();
  assert.match(before, /разработку/, 'the sample directive has the word to change');
  await field.fill(before.replace('разработку', 'подготовку'));
  await waitSaved(page);

  await page.getByTestId('history').click();
  const versions = page.getByTestId('history-panel').getByTestId('version-row');
  await versions.nth(1).waitFor({ timeout: 5000 });
  await versions.last().getByTestId('version-compare').click();
  const compare = page.getByTestId('compare');
  await compare.waitFor({ timeout: 5000 });
  const changed = compare.locator('[data-testid="compare-change"][data-change="changed"]');
  assert.ok((await changed.count()) >= 1, 'a changed item is listed');
  const words = await changed.evaluateAll((els) => els.map((e) => ({
    ins: [...e.querySelectorAll('ins')].map((x) => x.textContent).join(' '),
    del: [...e.querySelectorAll('del')].map((x) => x.textContent).join(' '),
  })));
  assert.ok(words.some((w) => /подготовку/.test(w.ins) && /разработку/.test(w.del)),
    `<ins>подготовку</ins> and <del>разработку</del>: ${JSON.stringify(words)}`);
  await compare.getByTestId('compare-close').click();
  await compare.waitFor({ state: 'detached', timeout: 5000 });

  // A file (the "old" side) that lacks the second directive and has another.
  const [, , current] = await exportDraft(page);
  const directives = current.document.sections[0].directives;
  const dropped = directives[1].text;
  const extra = 'организовать выездные консультации для сельских школ до 1 ноября 2026 года;';
  directives.splice(1, 1, { id: current.document.next_id, text: extra });
  current.document.next_id += 1;
  await page.getByTestId('compare-json').setInputFiles(jsonFile('reviewed.json', current));
  await compare.waitFor({ timeout: 5000 });
  assert.match(await compare.getByTestId('compare-old-label').innerText(), /reviewed\.json/);
  const item = (change) => compare.locator(`[data-testid="compare-change"][data-change="${change}"]`);
  // The file is the old side: what it lacks was added in the open text.
  assert.equal(await item('added').count(), 1, 'one added item');
  assert.equal(await item('removed').count(), 1, 'one removed item');
  assert.ok((await item('added').textContent()).includes(dropped), 'the directive missing from the file is added');
  assert.ok((await item('removed').textContent()).includes(extra), 'the directive only in the file is removed');
  assert.equal(await item('added').locator('ins').count() >= 1, true);
  assert.equal(await item('removed').locator('del').count() >= 1, true);
  assert.deepEqual(page.errors, []);
  await context.close();
});
