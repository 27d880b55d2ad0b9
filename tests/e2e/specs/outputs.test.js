// Outputs from the editor's export menu: Word, plain text, Markdown, the
// control sheet as CSV and the deadlines as iCalendar, plus the print
// button. The formats themselves are checked in depth by the core tests
// (LibreOffice conversion, a real iCalendar parser, CSV re-reading); here
// a person's click must give the right file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setup, openPage, ARTIFACTS } from '../lib/browser.js';

let env;
before(async () => {
  env = await setup();
  await fs.mkdir(ARTIFACTS, { recursive: true });
});
after(async () => env?.close());

async function exportAs(page, format) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-as').selectOption(format),
  ]);
  const file = path.join(ARTIFACTS, `export.${format}`);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: await fs.readFile(file) };
}

test('every export format downloads a file holding the document', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await openPage(context, env.server.url);
  const directives = await page.getByTestId('directive-text').evaluateAll((els) => els.map((e) => e.value));
  const first = directives[0].split(/\s+/).slice(0, 4).join(' ');

  const docx = await exportAs(page, 'docx');
  assert.match(docx.name, /^Решение.*\.docx$/);
  assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip package');
  assert.ok(docx.bytes.includes(Buffer.from('word/document.xml')));

  const txt = await exportAs(page, 'txt');
  assert.match(txt.name, /\.txt$/);
  assert.ok(txt.bytes.toString('utf8').includes(first));

  const md = await exportAs(page, 'md');
  assert.match(md.bytes.toString('utf8'), /^# /m);
  assert.ok(md.bytes.toString('utf8').includes(first));

  const csv = await exportAs(page, 'csv');
  const text = csv.bytes.toString('utf8');
  assert.ok(text.startsWith('\ufeff'), 'a BOM, so Excel reads Cyrillic');
  assert.ok(text.includes(first.split(' ')[0]));
  assert.ok(text.trim().split('\n').length >= directives.length, 'a row per directive');

  const ics = await exportAs(page, 'ics');
  const calendar = ics.bytes.toString('utf8');
  assert.match(calendar, /^BEGIN:VCALENDAR/);
  assert.ok((calendar.match(/BEGIN:VEVENT/g) ?? []).length >= 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a standing deadline is left out of the calendar and the author is told', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await openPage(context, env.server.url);
  await page.getByTestId('directive-text').first().fill('продолжить работу по наставничеству. Срок исполнения: постоянно');
  await exportAs(page, 'ics');
  await page.getByTestId('notice').filter({ hasText: /Не вошло в календарь/ }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
