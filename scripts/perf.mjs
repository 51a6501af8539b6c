// How fast a phone gets a usable app, measured, not asserted: the built dist/ served with brotli
// (as a deployment should), opened in headless Chromium under Lighthouse's mobile throttling
// (Slow 4G: 562.5 ms round trip, 1.47 Mbps down, 675 kbps up, as DevTools applies Lighthouse's
// 150 ms / 1.6 Mbps; CPU 4× slower), a fresh profile per run. Prints, per language:
//   - bytes on the first-question path (what the page fetches before the app replaces the
//     start screen), and the transfer floor: bytes ÷ 1.6 Mbps + 3 round trips of 150 ms;
//   - first paint of the plain-HTML start screen, and "usable": the app has replaced it (the
//     first question can be answered), median of N runs (default 5);
//   - a repeat visit (service worker installed) and an offline reload, median of N;
// then, with --lighthouse, Lighthouse mobile scores for the four categories (npx fetches
// lighthouse from the npm registry the first time).
//
//   node scripts/perf.mjs [--runs N] [--lang ro,hu,en] [--lighthouse] [dist]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { MIME_TYPES, CHROMIUM_PATH, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt('--runs', 5));
const LANGS = opt('--lang', 'ro,hu,en').split(',');
const LIGHTHOUSE = args.includes('--lighthouse');
const DIST = path.resolve(args.find((a, i) => !a.startsWith('--') && !['--runs', '--lang'].includes(args[i - 1])) || path.join(ROOT, 'dist'));
const THROTTLE = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

// A static server that sends brotli when asked (every browser asks), like a real deployment.
const cache = new Map();
function compressed(file) {
  if (!cache.has(file)) cache.set(file, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return cache.get(file);
}
const served = [];
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(DIST, decodeURIComponent(url.pathname));
  if (file.endsWith('/')) file = path.join(file, 'index.html');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) file = path.join(DIST, 'index.html');
  const brotli = /\bbr\b/.test(req.headers['accept-encoding'] || '');
  const body = brotli ? compressed(file) : fs.readFileSync(file);
  served.push({ path: url.pathname, bytes: body.length });
  res.writeHead(200, {
    'Content-Type': MIME_TYPES[path.extname(file)] || 'application/octet-stream',
    'Content-Length': body.length,
    ...(brotli ? { 'Content-Encoding': 'br' } : {}),
    'Cache-Control': path.basename(file) === 'sw.js' || file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

/** One load: times from navigation start (performance.now()) to first paint and to usable. */
async function load(page, url, { reload = false } = {}) {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__eligibilStarted === true && !document.getElementById('shell'), null, { timeout: 120_000 });
  return page.evaluate(() => ({
    usable: window.__eligibilUsableAt,
    paint: performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? NaN,
  }));
}

async function throttled(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // The moment the app replaced the start screen, seen from the page itself.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => {
      window.__eligibilStarted = true;
      const done = () => (window.__eligibilUsableAt = performance.now());
      if (!document.getElementById('shell')) done();
      else new MutationObserver((_, o) => !document.getElementById('shell') && (o.disconnect(), done())).observe(document.body, { childList: true, subtree: true });
    });
  });
  return { page, cdp };
}

console.log(`perf: ${DIST}, ${RUNS} runs per figure, Slow 4G (562.5 ms, 1.47 Mbps) and CPU 4×, brotli\n`);
for (const lang of LANGS) {
  const url = `${base}/?lang=${lang}`;
  const first = [];
  const repeat = [];
  const offline = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'ro-RO' });
    const { page } = await throttled(context);
    served.length = 0;
    first.push(await load(page, url));
    // What the first question waited for: each file once (the service worker fetches them again
    // afterwards to precache), without the worker itself, the icons, the manifest and the other
    // languages' catalogues it precaches.
    const seen = new Set();
    bytes = served
      .filter((s) => !seen.has(s.path) && seen.add(s.path))
      .filter((s) => !/\/sw\.js$|^\/icons\/|\.webmanifest$/.test(s.path))
      .filter((s) => !s.path.startsWith('/lang/') || s.path === `/lang/${lang}.txt`)
      .reduce((a, s) => a + s.bytes, 0);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
    repeat.push(await load(page, url, { reload: true }));
    await context.setOffline(true);
    offline.push(await load(page, url, { reload: true }));
    await context.close();
  }
  const floor = (bytes * 8) / 1.6e6 * 1000 + 3 * 150;
  console.log(`${lang}: first-question path ${bytes} B brotli; transfer floor ${ms(floor)} (bytes ÷ 1.6 Mbps + 3 × 150 ms)`);
  console.log(`    first visit:  start screen painted ${ms(median(first.map((r) => r.paint)))}, usable ${ms(median(first.map((r) => r.usable)))} (median; runs: ${first.map((r) => Math.round(r.usable)).join(', ')})`);
  console.log(`    repeat visit: usable ${ms(median(repeat.map((r) => r.usable)))}; offline reload: usable ${ms(median(offline.map((r) => r.usable)))}`);
}
await browser.close();

if (LIGHTHOUSE) {
  console.log('\nLighthouse (mobile, default simulated throttling), median of the runs above is not used here:');
  for (const lang of LANGS) {
    const out = path.join(ROOT, 'target', `lighthouse-${lang}.json`);
    execFileSync('npx', ['--yes', 'lighthouse@12', `${base}/?lang=${lang}`, '--quiet', '--output=json', `--output-path=${out}`,
      // Lighthouse's own launcher: its flags, not the test harness's (with those the tab closes).
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage', '--only-categories=performance,accessibility,best-practices,seo'], {
      stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    });
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
    const audit = (a) => report.audits[a]?.displayValue ?? '?';
    console.log(`${lang}: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; TBT ${audit('total-blocking-time')}, TTI ${audit('interactive')}, LCP ${audit('largest-contentful-paint')}`);
  }
}
server.close();
