// Launches Debian's Chromium through playwright-core (never a downloaded
// browser) and records page errors so a wasm panic fails the test.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.js';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');
export const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
export const ARTIFACTS = path.join(E2E_DIR, 'artifacts');

const ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    headless: true,
  });
}

/** Start the server and the browser for one test file. */
export async function setup(routes = {}) {
  const server = await startServer(DIST_DIR, routes);
  const browser = await launch();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new page in `context` that collects uncaught errors and console errors
 * (a Rust panic shows as both). Call `assertNoErrors()` at the end.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon/.test(msg.text())) errors.push(`console: ${msg.text()}`);
  });
  if (url) await gotoApp(page, url);
  page.errors = errors;
  return page;
}

/** Navigate and wait until the editor is interactive. */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.getByTestId('header-topic').waitFor({ state: 'visible', timeout: 20000 });
}
