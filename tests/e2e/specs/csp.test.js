// The app runs under its strict Content-Security-Policy: no inline scripts,
// only 'wasm-unsafe-eval'. Any violation while loading and editing fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from '../lib/browser.js';

let env;
before(async () => { env = await setup(); });
after(async () => env?.close());

test('loading and editing cause no Content-Security-Policy violations', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await openPage(context, env.server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
  const field = page.getByTestId('directive-text').first();
  await field.click();
  await field.pressSequentially(' до 1 марта', { delay: 5 });
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});
