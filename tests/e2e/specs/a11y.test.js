// axe-core on the main views: no serious or critical violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { setup, openPage } from '../lib/browser.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let env;
before(async () => { env = await setup(); });
after(async () => env?.close());

async function serious(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target})`);
}

// axe is injected as a script, which the app's own CSP forbids; this one
// context bypasses CSP for the audit only (csp.test.js checks the CSP).
async function auditPage() {
  const context = await env.browser.newContext({ bypassCSP: true });
  const page = await openPage(context, env.server.url);
  return { context, page };
}

test('the editor view has no serious accessibility violations', async () => {
  const { context, page } = await auditPage();
  assert.deepEqual(await serious(page), []);
  await context.close();
});

test('the control sheet view has no serious accessibility violations', async () => {
  const { context, page } = await auditPage();
  await page.getByTestId('view-control').click();
  await page.getByTestId('control-sheet').waitFor();
  assert.deepEqual(await serious(page), []);
  await context.close();
});

test('the paste-import dialog has no serious accessibility violations', async () => {
  const { context, page } = await auditPage();
  await page.getByTestId('paste-import').click();
  await page.getByTestId('paste-text').fill('РЕШЕНИЕ\n\nШколам района:\n1. Провести уроки до 1 марта 2030 года.');
  assert.deepEqual(await serious(page), []);
  await context.close();
});

test('the drafts panel, version history and reviewer mode have no serious accessibility violations', async () => {
  const { context, page } = await auditPage();
  await page.getByTestId('drafts').click();
  await page.getByTestId('draft-row').first().waitFor();
  assert.deepEqual(await serious(page), [], 'drafts panel');
  await page.getByTestId('history').click();
  await page.getByTestId('version-row').first().waitFor();
  assert.deepEqual(await serious(page), [], 'history panel');
  await page.getByTestId('history-close').click();
  await page.getByTestId('reviewer-mode').click();
  await page.getByTestId('reviewer-bar').waitFor();
  await page.locator('[data-testid^="comment-on-directive-"]').first().click();
  assert.deepEqual(await serious(page), [], 'reviewer mode with the comment form');
  await context.close();
});
