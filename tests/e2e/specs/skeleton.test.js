// Walking skeleton: the editor opens with a sample, edits survive a reload,
// JSON export and import round-trip through a fresh browser profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setup, openPage, gotoApp, ARTIFACTS, REPO_ROOT } from '../lib/browser.js';

let env;
before(async () => {
  env = await setup();
  await fs.mkdir(ARTIFACTS, { recursive: true });
});
after(async () => env?.close());

async function waitSaved(page) {
  await page.getByTestId('save-status').filter({ hasText: 'Сохранено' }).waitFor({ timeout: 5000 });
}

test('the sample resolution is open on first start', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  assert.notEqual(await page.getByTestId('header-topic').inputValue(), '');
  assert.ok((await page.getByTestId('section').count()) >= 2, 'sample has sections');
  assert.ok((await page.getByTestId('directive').count()) >= 4, 'sample has directives');
  assert.match(await page.getByTestId('addressee').first().inputValue(), /\S/);
  await fs.mkdir(path.join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(REPO_ROOT, 'docs', 'screenshots', 'editor.png') });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('text typed into a directive is still there after a reload', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  const field = page.getByTestId('directive-text').nth(1);
  await field.click();
  await field.press('Control+End');
  await field.pressSequentially(' и отчитаться на заседании коллегии', { delay: 5 });
  await waitSaved(page);
  await page.reload();
  await page.getByTestId('header-topic').waitFor();
  assert.match(await page.getByTestId('directive-text').nth(1).inputValue(), /отчитаться на заседании коллегии$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a directive can be added, typed into and deleted', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  const section = page.getByTestId('section').first();
  const before = await section.getByTestId('directive').count();
  await section.getByTestId('add-directive').click();
  assert.equal(await section.getByTestId('directive').count(), before + 1);
  const added = section.getByTestId('directive-text').last();
  await added.fill('провести мониторинг до 15 ноября 2024 года');
  await waitSaved(page);
  await page.reload();
  await page.getByTestId('header-topic').waitFor();
  const reloaded = page.getByTestId('section').first();
  assert.equal(await reloaded.getByTestId('directive-text').last().inputValue(), 'провести мониторинг до 15 ноября 2024 года');
  await reloaded.getByTestId('directive').last().getByTestId('delete-directive').click();
  assert.equal(await reloaded.getByTestId('directive').count(), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});

async function documentSnapshot(page) {
  return {
    topic: await page.getByTestId('header-topic').inputValue(),
    date: await page.getByTestId('header-date').inputValue(),
    addressees: await page.getByTestId('addressee').evaluateAll((els) => els.map((e) => e.value)),
    directives: await page.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value)),
  };
}

test('exported JSON opens in a fresh browser profile as the same document', async () => {
  const authorContext = await env.browser.newContext({ acceptDownloads: true });
  const author = await openPage(authorContext, env.server.url);
  await author.getByTestId('header-topic').fill('«Экспорт и импорт: проверка переноса черновика»');
  await author.getByTestId('directive-text').first().fill('обеспечить перенос черновика до 1 декабря 2024 года');
  await waitSaved(author);
  const expected = await documentSnapshot(author);
  const [download] = await Promise.all([
    author.waitForEvent('download'),
    author.getByTestId('export-json').click(),
  ]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const file = path.join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(file);
  const json = JSON.parse(await fs.readFile(file, 'utf8'));
  assert.equal(json.format, 'resolution-draft');
  assert.deepEqual(author.errors, []);
  await authorContext.close();

  const reviewerContext = await env.browser.newContext();
  const reviewer = await openPage(reviewerContext, env.server.url);
  assert.notEqual(await reviewer.getByTestId('header-topic').inputValue(), expected.topic);
  await reviewer.getByTestId('import-json').setInputFiles(file);
  await reviewer.waitForFunction(
    (topic) => document.querySelector('[data-testid="header-topic"]')?.value === topic,
    expected.topic,
    { timeout: 5000 },
  );
  assert.deepEqual(await documentSnapshot(reviewer), expected);
  assert.deepEqual(reviewer.errors, []);
  await reviewerContext.close();
});

test('malformed JSON is refused with a message naming line and column, and nothing is lost', async () => {
  const context = await env.browser.newContext();
  const page = await openPage(context, env.server.url);
  const before = await documentSnapshot(page);
  await page.getByTestId('import-json').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "resolution-draft",\n  "version": 1,\n  "document": {oops}\n}'),
  });
  const alert = page.getByTestId('alert');
  await alert.filter({ hasText: /строк/i }).waitFor({ timeout: 5000 });
  assert.match(await alert.innerText(), /4/);
  assert.deepEqual(await documentSnapshot(page), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});
