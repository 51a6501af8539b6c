#!/usr/bin/env node
// Full-page screenshot of a page in Debian's headless Chromium, for people looking at the UI.
//
//   node scripts/screenshot.mjs <url> <out.png> [width height]     (default 360 800)
//
// e.g. with `scripts/serve` running:  node scripts/screenshot.mjs http://127.0.0.1:8080/ /tmp/home.png
// Waits for the wasm app to start (Trunk's TrunkApplicationStarted event) when the page is a
// Trunk build, then for the network to go quiet. Page errors are printed to stderr.
import path from 'node:path';
import fs from 'node:fs/promises';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const [url, out, width = '360', height = '800'] = process.argv.slice(2);
if (!url || !out || !/^\d+$/.test(width) || !/^\d+$/.test(height)) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width height]');
  process.exit(2);
}

const browser = await launchBrowser();
let status = 0;
try {
  const context = await browser.newContext({
    viewport: { width: Number(width), height: Number(height) },
    locale: 'ro-RO',
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => { status = 1; console.error(`page error: ${err.message}`); });
  page.on('console', (msg) => { if (msg.type() === 'error') console.error(`console error: ${msg.text()}`); });
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => { window.__eligibilStarted = true; });
  });
  const res = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  if (!res || !res.ok()) throw new Error(`GET ${url}: ${res ? `HTTP ${res.status()}` : 'no response'}`);
  const isTrunk = await page.evaluate(() => !!document.querySelector('script[type=module]'));
  if (isTrunk) {
    await page.waitForFunction(() => window.__eligibilStarted === true, null, { timeout: 30_000 })
      .catch(() => console.error('warning: the wasm app did not report TrunkApplicationStarted within 30 s'));
  }
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out} (${width}x${height}, full page)`);
} catch (err) {
  console.error(`screenshot failed: ${err.message}`);
  status = 1;
} finally {
  await browser.close();
}
process.exit(status);
