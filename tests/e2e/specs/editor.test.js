// The structured editor, driven like a person would: typing, clicking
// findings, reordering, undo/redo, paste-import and the locale switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setup, openPage, REPO_ROOT } from '../lib/browser.js';
import { corpusText } from '../lib/corpus.js';

let env;
before(async () => { env = await setup(); });
after(async () => env?.close());

async function freshPage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.server.url);
  return { context, page };
}

const texts = (page) => page.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value));

test('a typed deadline and target are marked with their normalised values', async () => {
  const { context, page } = await freshPage();
  const section = page.getByTestId('section').first();
  await section.getByTestId('add-directive').click();
  const field = section.getByTestId('directive-text').last();
  await field.click();
  await field.pressSequentially('обеспечить охват не менее 30% педагогов до 1 октября 2029 года', { delay: 2 });
  const directive = section.getByTestId('directive').last();
  const deadline = directive.locator('[data-testid="highlight"][data-kind="deadline"]');
  const target = directive.locator('[data-testid="highlight"][data-kind="target"]');
  await deadline.first().waitFor({ timeout: 5000 });
  assert.equal(await deadline.first().innerText(), 'до 1 октября 2029 года');
  assert.match(await deadline.first().getAttribute('title'), /01\.10\.2029/);
  assert.equal(await target.first().innerText(), 'не менее 30%');
  assert.match(await target.first().getAttribute('title'), /≥\s?30\s?%/);

  // The caret inside a mark shows its value; so does the pointer over it.
  const tip = directive.getByTestId('mark-tip');
  await field.press('Control+End');
  await field.press('ArrowLeft');
  await tip.waitFor({ timeout: 3000 });
  assert.match(await tip.innerText(), /01\.10\.2029/);
  const box = await target.first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await tip.filter({ hasText: /30\s?%/ }).waitFor({ timeout: 3000 });
  await page.mouse.move(0, 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an impossible date shows as an error, and clicking the finding lands in the field', async () => {
  const { context, page } = await freshPage();
  const errorsBefore = Number(await page.getByTestId('diag-count-error').innerText().then((t) => t.match(/\d+/)?.[0] ?? '0'));
  const field = page.getByTestId('directive-text').nth(2);
  await field.fill('провести педагогический совет до 31 июня 2029 года');
  const finding = page.getByTestId('diagnostic').filter({ hasText: '31 июня' });
  await finding.first().waitFor({ timeout: 5000 });
  const errorsAfter = Number((await page.getByTestId('diag-count-error').innerText()).match(/\d+/)[0]);
  assert.equal(errorsAfter, errorsBefore + 1);
  await page.getByTestId('directive-text').first().focus();
  await finding.first().click();
  await page.waitForFunction(() => document.activeElement?.value?.includes('31 июня'), null, { timeout: 3000 });
  const marker = page.getByTestId('directive').nth(2).getByTestId('field-finding');
  assert.ok((await marker.count()) >= 1, 'the offending directive carries a marker');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('directives reorder by keyboard and by drag and drop', async () => {
  const { context, page } = await freshPage();
  const section = page.getByTestId('section').first();
  const before = await section.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(before.length >= 2);
  await section.getByTestId('directive-text').first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  const afterKeys = await section.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(afterKeys.slice(0, 2), [before[1], before[0]]);
  await section.getByTestId('drag-directive').nth(1).dragTo(section.getByTestId('directive').first());
  const afterDrag = await section.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(afterDrag.slice(0, 2), [before[0], before[1]]);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('undo and redo by buttons and by keyboard', async () => {
  const { context, page } = await freshPage();
  const original = await texts(page);
  const field = page.getByTestId('directive-text').first();
  await field.click();
  await field.press('Control+End');
  await field.pressSequentially(' совместно с методическим центром', { delay: 2 });
  const edited = await texts(page);
  assert.notDeepEqual(edited, original);
  await page.getByTestId('undo').click();
  assert.deepEqual(await texts(page), original, 'typing is undone as one step');
  await page.getByTestId('redo').click();
  assert.deepEqual(await texts(page), edited);
  await field.focus();
  await page.keyboard.press('Control+Z');
  assert.deepEqual(await texts(page), original);
  await page.keyboard.press('Control+Shift+Z');
  assert.deepEqual(await texts(page), edited);
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Y');
  assert.deepEqual(await texts(page), edited);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a corpus resolution pasted into the import dialog becomes its structure', async (t) => {
  const text = corpusText('suntarsky-rezolyutsiya-2020.txt', t);
  if (text === null) return;
  const { context, page } = await freshPage();
  await page.getByTestId('paste-import').click();
  await page.getByTestId('paste-text').fill(text);
  await page.getByTestId('paste-preview').filter({ hasText: /\d/ }).waitFor({ timeout: 5000 });
  assert.equal(await page.getByTestId('paste-sections').innerText(), '3');
  await page.getByTestId('paste-accept').click();
  await page.getByTestId('paste-dialog').waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await page.getByTestId('section').count(), 3);
  const addressees = await page.getByTestId('addressee').evaluateAll((els) => els.map((e) => e.value));
  assert.match(addressees[2], /^Образовательным организациям/);
  assert.ok((await page.getByTestId('directive').count()) >= 20);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the paste dialog keeps focus inside, and cancelling leaves the document alone', async () => {
  const { context, page } = await freshPage();
  const before = await texts(page);
  await page.getByTestId('paste-import').click();
  await page.getByTestId('paste-text').fill('РЕЗОЛЮЦИЯ\n\nШколам:\n- провести уроки до 1 марта 2030 года;');
  const focused = () => page.evaluate(() => document.activeElement?.dataset?.testid);
  assert.equal(await focused(), 'paste-text');
  const visited = [];
  for (let i = 0; i < 6 && (await focused()) !== 'paste-accept'; i += 1) {
    await page.keyboard.press('Tab');
    visited.push(await focused());
  }
  assert.ok(visited.includes('paste-cancel') && visited.at(-1) === 'paste-accept', `Tab order: ${visited}`);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'paste-text', 'Tab wraps to the first control');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'paste-accept', 'Shift+Tab wraps to the last control');
  await page.keyboard.press('Escape');
  await page.getByTestId('paste-dialog').waitFor({ state: 'detached' });
  assert.equal(await focused(), 'paste-import', 'focus returns to the button that opened the dialog');
  assert.deepEqual(await texts(page), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the interface switches to English and remembers it', async () => {
  const { context, page } = await freshPage();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
  await page.getByTestId('locale').selectOption('en');
  await page.getByTestId('export-json').filter({ hasText: /Export/ }).waitFor({ timeout: 3000 });
  await page.reload();
  await page.getByTestId('header-topic').waitFor();
  assert.match(await page.getByTestId('export-json').innerText(), /Export/);
  assert.equal(await page.getByTestId('locale').inputValue(), 'en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('screenshots of the diagnostics panel and the control sheet', async () => {
  const { context, page } = await freshPage();
  const shots = path.join(REPO_ROOT, 'docs', 'screenshots');
  await page.getByTestId('diagnostics').screenshot({ path: path.join(shots, 'diagnostics.png') });
  await page.getByTestId('view-control').click();
  await page.getByTestId('control-sheet').waitFor();
  assert.ok((await page.getByTestId('control-row').count()) >= 4);
  await page.screenshot({ path: path.join(shots, 'control-sheet.png') });
  assert.deepEqual(page.errors, []);
  await context.close();
});
