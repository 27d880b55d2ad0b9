// Browser timings (not a test: numbers are written, never asserted).
// - page load to the first editable field, in a fresh profile;
// - keystroke to updated highlights and diagnostics (p50, p95), on the
//   sample document and on a generated 1,000-directive document.
// Writes target/bench-results/browser.{json,md}; `cargo xtask bench` copies
// the table into BENCHMARKS.md.
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { setup, openPage, REPO_ROOT } from '../lib/browser.js';

const OUT = path.join(REPO_ROOT, 'target', 'bench-results');
const LOADS = 10;
const KEYS = 60;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** A generated draft: 50 sections × 20 directives with deadlines and targets. */
function bigDraft() {
  let id = 1;
  const sections = [];
  for (let s = 0; s < 50; s += 1) {
    const directives = [];
    for (let d = 0; d < 20; d += 1) {
      directives.push({
        id: id++,
        text: `обеспечить выполнение мероприятия ${s + 1}.${d + 1} муниципальной программы с охватом не менее ${30 + (d % 60)}% обучающихся до ${1 + (d % 28)} октября 2030 года;`,
      });
    }
    sections.push({ id: id++, addressee: `Образовательной организации № ${s + 1}:`, directives });
  }
  return {
    format: 'resolution-draft',
    version: 1,
    document: {
      header: {
        kind: 'decision', number: '', organization: 'Управление образования', meeting: 'совещания руководителей',
        topic: '«Сгенерированный документ на 1000 поручений»', adopted_on: '1 сентября 2030 года', place: '', approval: '',
      },
      preamble: [],
      sections,
      signatories: [],
      next_id: id,
    },
  };
}

async function measureLoad(browser, url) {
  const times = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext();
    const page = await openPage(context);
    await page.addInitScript(() => {
      const done = () => {
        const el = document.querySelector('[data-testid="directive-text"]');
        if (el && !el.disabled) { window.__firstEditable = performance.now(); return true; }
        return false;
      };
      new MutationObserver((_, obs) => { if (done()) obs.disconnect(); })
        .observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstEditable !== undefined, null, { timeout: 30000 });
    times.push(await page.evaluate(() => window.__firstEditable));
    await context.close();
  }
  return times;
}

/** beforeinput (Cyrillic is typed as text input, without keydown) → the
 * directive's highlight mirror shows the new text, + one frame. */
async function measureKeystrokes(page, index) {
  const field = page.getByTestId('directive-text').nth(index);
  await field.click();
  await field.press('Control+End');
  await page.evaluate((i) => {
    window.__lat = [];
    const directive = document.querySelectorAll('[data-testid="directive"]')[i];
    const input = directive.querySelector('[data-testid="directive-text"]');
    input.addEventListener('beforeinput', (e) => {
      const t0 = e.timeStamp;
      const check = () => {
        const mirror = directive.querySelector('.grow-mirror');
        return mirror && input.value.length > 0 && mirror.textContent.startsWith(input.value.trimEnd());
      };
      const obs = new MutationObserver(() => {
        if (check()) {
          obs.disconnect();
          requestAnimationFrame(() => window.__lat.push(performance.now() - t0));
        }
      });
      obs.observe(directive, { childList: true, subtree: true, characterData: true });
    }, true);
  }, index);
  const word = ' и обеспечить контроль исполнения';
  for (let k = 0; k < KEYS; k += 1) {
    await page.keyboard.type(word[k % word.length]);
    await page.waitForFunction((n) => window.__lat.length >= n, k + 1, { timeout: 30000 }).catch(async (e) => {
      console.log(await page.evaluate((i) => {
        const d = document.querySelectorAll('[data-testid="directive"]')[i];
        return [document.activeElement?.dataset?.testid, d.querySelector('textarea').value.slice(-10), d.querySelector('.grow-mirror').textContent.slice(-10)];
      }, index));
      throw e;
    });
    if (process.env.BENCH_VERBOSE) console.log(k, await page.evaluate(() => window.__lat.at(-1)));
  }
  return page.evaluate(() => window.__lat);
}

async function main() {
  const env = await setup();
  const results = {};
  try {
    const loads = await measureLoad(env.browser, env.server.url);
    results.load = { runs: loads.length, p50: percentile(loads, 50), p95: percentile(loads, 95) };

    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openPage(context, env.server.url);
    const sample = await measureKeystrokes(page, 1);
    results.sample = { keys: sample.length, p50: percentile(sample, 50), p95: percentile(sample, 95) };

    const file = path.join(os.tmpdir(), 'bench-1000-directives.json');
    await fs.writeFile(file, JSON.stringify(bigDraft()));
    await page.getByTestId('import-json').setInputFiles(file);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive"]').length >= 1000, null, { timeout: 60000 });
    const big = await measureKeystrokes(page, 500);
    results.big = { keys: big.length, p50: percentile(big, 50), p95: percentile(big, 95) };
    await context.close();
  } finally {
    await env.close();
  }
  const ms = (v) => `${v.toFixed(1)} ms`;
  const md = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`cargo xtask bench\` (Playwright, headless Chromium, release build, ${os.cpus().length} cores).`,
    '',
    '| measurement | p50 | p95 | goal |',
    '|---|---:|---:|---|',
    `| page load → first editable field (${results.load.runs} fresh loads) | ${ms(results.load.p50)} | ${ms(results.load.p95)} | — |`,
    `| keystroke → highlights + diagnostics, sample (${results.sample.keys} keys) | ${ms(results.sample.p50)} | ${ms(results.sample.p95)} | p95 < 16 ms |`,
    `| keystroke → highlights + diagnostics, 1,000 directives (${results.big.keys} keys) | ${ms(results.big.p50)} | ${ms(results.big.p95)} | p95 < 50 ms |`,
  ].join('\n');
  await fs.mkdir(OUT, { recursive: true });
  await fs.writeFile(path.join(OUT, 'browser.json'), JSON.stringify(results, null, 2));
  await fs.writeFile(path.join(OUT, 'browser.md'), `${md}\n`);
  console.log(md);
}

main().catch((e) => { console.error(e); process.exit(1); });
