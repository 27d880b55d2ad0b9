// Templates, the severity filter, past deadlines and the sortable control sheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from '../lib/browser.js';

let env;
before(async () => { env = await setup(); });
after(async () => env?.close());

async function freshPage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await openPage(context, env.server.url);
  return { context, page };
}

test('a protocol template opens as a new draft, and the previous draft stays in the library', async () => {
  const { context, page } = await freshPage();
  const topic = await page.getByTestId('header-topic').inputValue();
  await page.getByTestId('new-document').selectOption('protocol');
  await page.getByTestId('protocol').waitFor({ timeout: 5000 });
  assert.equal(await page.getByTestId('header-kind').inputValue(), 'protocol');
  assert.ok((await page.getByTestId('agenda-item').count()) >= 1, 'the template has an agenda item');
  assert.ok((await page.getByTestId('protocol-chair').count()) === 1);
  await page.getByTestId('drafts').click();
  const previous = page.getByTestId('draft-row').filter({ hasText: 'Решение' });
  await previous.getByTestId('draft-open').click();
  await page.waitForFunction((t) => document.querySelector('[data-testid="header-topic"]')?.value === t, topic);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the severity filter shows only findings of that severity', async () => {
  const { context, page } = await freshPage();
  await page.getByTestId('directive-text').first().fill('провести совет до 31 июня 2030 года');
  await page.getByTestId('diagnostic').filter({ hasText: '31 июня' }).first().waitFor();
  for (const severity of ['error', 'warning', 'info']) {
    await page.getByTestId('diag-filter').selectOption(severity);
    const shown = await page.getByTestId('diagnostic').evaluateAll((els) => els.map((e) => e.dataset.severity));
    const counted = Number((await page.getByTestId(`diag-count-${severity}`).innerText()).match(/\d+/)[0]);
    assert.equal(shown.length, counted, `${severity}: list length equals its count`);
    assert.ok(shown.every((s) => s === severity), `${severity}: only that severity is listed`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('past deadlines are marked differently from future ones', async () => {
  const { context, page } = await freshPage();
  const field = page.getByTestId('directive-text').first();
  await field.fill('подготовить отчёт до 1 марта 2001 года и план до 1 марта 2099 года');
  const marks = page.getByTestId('directive').first().getByTestId('highlight');
  await marks.nth(1).waitFor();
  const kinds = await marks.evaluateAll((els) => els.map((e) => [e.textContent, e.dataset.kind]));
  assert.deepEqual(kinds, [
    ['до 1 марта 2001 года', 'deadline-past'],
    ['до 1 марта 2099 года', 'deadline'],
  ]);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the control sheet sorts by deadline with undated directives last', async () => {
  const { context, page } = await freshPage();
  await page.getByTestId('view-control').click();
  await page.getByTestId('control-sheet').waitFor();
  await page.getByTestId('sort-deadline').click();
  const cells = await page.getByTestId('control-deadline').evaluateAll((els) => els.map((e) => e.textContent.trim()));
  const due = (cell) => {
    const dates = [...cell.matchAll(/(\d\d)\.(\d\d)\.(\d{4})/g)].map((m) => `${m[3]}${m[2]}${m[1]}`);
    return dates.length ? dates[dates.length - 1] : null;
  };
  const dated = cells.map(due);
  const firstUndated = dated.findIndex((d) => d === null);
  const datedPart = firstUndated === -1 ? dated : dated.slice(0, firstUndated);
  assert.ok(datedPart.length >= 3, `several dated rows: ${cells.join(' | ')}`);
  assert.deepEqual(datedPart, [...datedPart].sort(), `ascending: ${cells.join(' | ')}`);
  if (firstUndated !== -1) {
    assert.ok(dated.slice(firstUndated).every((d) => d === null), `undated rows come last: ${cells.join(' | ')}`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('printing shows the document and none of the editing interface', async () => {
  const { context, page } = await freshPage();
  await page.emulateMedia({ media: 'print' });
  for (const id of ['export-json', 'undo', 'diagnostics', 'add-directive', 'save-status']) {
    assert.equal(await page.getByTestId(id).first().isVisible(), false, `${id} is hidden in print`);
  }
  assert.ok(await page.getByTestId('directive-text').first().isVisible(), 'directives are printed');
  assert.ok(await page.getByTestId('header-topic').isVisible(), 'the header is printed');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, 'an A4 PDF is produced');
  assert.deepEqual(page.errors, []);
  await context.close();
});
