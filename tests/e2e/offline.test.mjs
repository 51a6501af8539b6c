// Offline and installable (issue 7): the service worker precaches the build, the app then opens
// and works with no network (reload, a whole short case, a reload on a deep screen), makes no
// request at all after load, the manifest is complete, the Content-Security-Policy holds, and a
// new deployed version is offered with "Reîncarcă" without losing the case in progress.
//
// "Offline" is both the browser's switch (context.setOffline) and the test server dropping
// every connection (server.setRefusing): Chromium's offline emulation does not reach every
// fetch a service worker makes, the server's log does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveAppForSuite, withApp, startServer, DIST_DIR, ARTIFACTS_DIR } from './harness.mjs';
import { continueTo, pick, answerUpToIncomes, answerFromSecondIncomeToResults, answerSinglePersonOverTheLimit, heatingVerdicts } from './flows.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

/** Wait until a service worker controls the page (installed = the whole build precached). */
async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

async function reloadAndStart(page) {
  await page.reload();
  await page.waitForFunction(() => window.__eligibilStarted === true);
}

/** The precache list written into sw.js by scripts/post-build.mjs. */
function precacheList(dist = DIST_DIR) {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const list = sw.match(/const PRECACHE = (\[.*?\]);/);
  assert.ok(list, 'sw.js holds its precache list');
  return JSON.parse(list[1]).map((entry) => entry.url);
}

test('the precache list is every file of the build but sw.js, hashed names included', () => {
  const files = fs
    .readdirSync(DIST_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(DIST_DIR, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== 'sw.js')
    .sort();
  assert.deepEqual(precacheList(), files);
  assert.ok(files.some((f) => /^eligibil-web-[0-9a-f]{16}_bg\.wasm$/.test(f)), 'the hashed wasm');
  assert.ok(files.includes('index.html'));
});

test('after one visit the app reloads and works with no network, also on a deep screen', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page, context } = app;
    const { server } = suite;
    await waitForWorker(page);

    server.setRefusing(true);
    await context.setOffline(true);
    const servedBefore = server.requests.filter((r) => r.status !== 'refused').length;
    try {
      await reloadAndStart(page);
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          load: Math.round(nav.loadEventEnd - nav.startTime),
          appStarted: Math.round(window.__eligibilStartedAt),
        };
      });
      t.diagnostic(`offline reload: load event after ${timing.load} ms, wasm app started after ${timing.appStarted} ms`);

      // A short case, start to verdicts: a single person over both limits.
      await answerSinglePersonOverTheLimit(page);
      assert.deepEqual(await heatingVerdicts(page), [
        'Nu îndepliniți condițiile',
        'Nu îndepliniți condițiile',
      ]);

      // Reload on the results screen (a deep screen: its own history entry), still offline.
      assert.notEqual(new URL(page.url()).hash, '', 'the results screen has its own history entry');
      await reloadAndStart(page);
      await page.getByTestId('results').waitFor();
    } finally {
      await context.setOffline(false);
      server.setRefusing(false);
    }
    const servedOffline = server.requests.filter((r) => r.status !== 'refused').slice(servedBefore);
    assert.deepEqual(servedOffline, [], 'nothing was answered by the server while offline');
    assert.deepEqual(app.cspViolations, []);
    assert.deepEqual(app.pageErrors, []);
    // No fixed clock here: Playwright's fake clock replaces `performance`, which times the reload
    // (and a pension over both limits does not depend on the date).
  }));

test('no request at all after load: none through a whole case once the worker is installed', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page, context } = app;
    const { server } = suite;
    const firstServed = server.requests.length;
    // First visit, from the app's start to the worker in control: only the worker itself (sw.js,
    // fetched by the browser on register()) and its install-time downloads of the precache list
    // are allowed. Files the page already loaded are downloaded again by the worker (the
    // browser's HTTP cache is not the worker's cache): that is the one-time price of offline.
    await waitForWorker(page);
    const allowed = new Set(['/sw.js', ...precacheList().map((f) => `/${f}`)]);
    const afterStart = server.requests.slice(firstServed);
    for (const r of afterStart) {
      assert.ok(allowed.has(new URL(r.path, 'http://x').pathname), `unexpected request after start: ${r.path}`);
    }

    // Then a reload (from the worker) and a whole case: no request reaches the network or even
    // leaves the page: page.on('request') also sees requests a worker answers from its cache.
    await reloadAndStart(page);
    const pageRequests = [];
    const contextRequests = [];
    page.on('request', (r) => pageRequests.push(r));
    context.on('request', (r) => contextRequests.push(r));
    const servedBefore = server.requests.length;

    await answerUpToIncomes(page);
    await pick(page, 'Da, au fost venituri');
    await page.getByLabel('Suma netă primită în lună').fill('2.400');
    await continueTo(page, 'question-incomes-1');
    await answerFromSecondIncomeToResults(page);
    await page.getByTestId('benefit-heating-aid').waitFor();

    // One exception, not the app's: Chromium asks for the page's icon again at every history
    // entry the app pushes (one per screen); the worker answers from its cache, and the server
    // log below shows that none reaches the network.
    const favicon = `${server.url}/icons/icon.svg`;
    const outside = async (list) => {
      const urls = [];
      for (const r of list) {
        const res = await r.response();
        if (!(r.url() === favicon && res?.fromServiceWorker())) urls.push(r.url());
      }
      return urls;
    };
    const fromPage = await outside(pageRequests);
    const fromContext = await outside(contextRequests);
    assert.deepEqual(fromPage, [], 'requests from the page during the case');
    assert.deepEqual(fromContext, [], 'requests from the context (workers too) during the case');
    assert.deepEqual(server.requests.slice(servedBefore), [], 'requests that reached the server');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('the manifest is complete and its icons resolve at their sizes; sw.js is re-checked', async () => {
  const base = suite.server.url;
  const html = await (await fetch(`${base}/`)).text();
  assert.match(html, /<link[^>]*\brel=["']?manifest\b[^>]*>/, 'index.html links the manifest');
  const res = await fetch(`${base}/manifest.webmanifest`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/manifest\+json/);
  const manifest = JSON.parse(await res.text());
  assert.equal(manifest.name, 'Eligibil');
  assert.ok(manifest.short_name && manifest.short_name.length <= 12, 'a short name that fits under an icon');
  assert.equal(manifest.theme_color, '#1d4e89');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.lang, 'ro');

  const pngSize = (buf) => `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
  const seen = new Set();
  for (const icon of manifest.icons) {
    const r = await fetch(new URL(icon.src, `${base}/manifest.webmanifest`));
    assert.equal(r.status, 200, icon.src);
    const body = Buffer.from(await r.arrayBuffer());
    if (icon.type === 'image/png') {
      assert.equal(body.subarray(1, 4).toString(), 'PNG', `${icon.src} is a PNG`);
      assert.equal(pngSize(body), icon.sizes, `${icon.src} is ${icon.sizes}`);
      seen.add(`${icon.sizes} ${icon.purpose ?? 'any'}`);
    }
  }
  for (const need of ['192x192 any', '512x512 any', '512x512 maskable']) {
    assert.ok(seen.has(need), `an icon ${need}`);
  }

  const sw = await fetch(`${base}/sw.js`);
  assert.equal(sw.status, 200);
  assert.equal(sw.headers.get('cache-control'), 'no-cache');
});

test('the Content-Security-Policy allows only this origin and is enforced', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = Object.fromEntries(
      policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
    );
    assert.deepEqual(directives['default-src'], ["'self'"]);
    assert.deepEqual(directives['object-src'], ["'none'"]);
    assert.deepEqual(directives['base-uri'], ["'self'"]);
    assert.deepEqual(directives['connect-src'], ["'self'"]);
    assert.deepEqual(directives['style-src'], ["'self'"]);
    assert.deepEqual(directives['script-src'].slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
    // Besides those, only hashes (of Trunk's inline loader): no 'unsafe-inline', no host.
    for (const source of directives['script-src'].slice(2)) assert.match(source, /^'sha256-[A-Za-z0-9+/]+=*'$/);
    for (const [name, values] of Object.entries(directives)) {
      for (const v of values) assert.doesNotMatch(v, /^(https?:|\*|'unsafe-inline'|'unsafe-eval')/, `${name} ${v}`);
    }
    // The app started under it without a single violation.
    app.assertNoErrors();

    // And it is enforced: an injected inline script is refused.
    const refused = await page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__injected = true;';
          document.body.append(s);
        }),
    );
    assert.match(refused, /^script-src/);
    assert.equal(await page.evaluate(() => window.__injected), undefined);
  }));

test('a new deployed version is offered with "Reîncarcă", and updating keeps the case', async (t) => {
  // A copy of the build, served on its own, that is then "deployed" again with a changed sw.js.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eligibil-update-'));
  fs.cpSync(DIST_DIR, dir, { recursive: true });
  const server = await startServer(dir);
  try {
    await withApp(suite.browser, `${server.url}/`, t, async (app) => {
      const { page } = app;
      await waitForWorker(page);
      const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);

      // A case in progress, kept on the device.
      await page.getByTestId('start').click();
      await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
      await continueTo(page, 'question-members');
      // The open case, as stored (one entry per case: eligibil.case.<id>).
      const storedCase = () =>
        page.evaluate(() => {
          const id = localStorage.getItem('eligibil.current');
          return id && localStorage.getItem(`eligibil.case.${id}`);
        });
      const draft = await storedCase();
      assert.ok(draft, 'the case is stored');
      assert.equal(JSON.parse(draft).case.draft.residence, 'cluj_domiciliu');

      // Deploy: a different sw.js (as any new build writes), then the browser's update check.
      fs.appendFileSync(path.join(dir, 'sw.js'), '\n// deployed again\n');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      const banner = page.getByRole('status').filter({ hasText: 'Există o versiune nouă' });
      await banner.waitFor();
      assert.equal(
        await banner.innerText().then((s) => s.replace(/\s+/g, ' ').trim()),
        'Există o versiune nouă. Reîncărcați pagina ca s-o folosiți. Reîncarcă',
      );
      // What the phone shows (the viewport, 360×800), not the full page.
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'update-banner-phone.png') });
      // Issue 22: the banner never covers "Înapoi / Continuă" (fixed at the foot of a phone).
      const box = await page.locator('#update-banner').boundingBox();
      for (const name of ['Înapoi', 'Continuă']) {
        const button = await page.getByRole('button', { name, exact: true }).boundingBox();
        const overlaps = box.y < button.y + button.height && button.y < box.y + box.height;
        assert.ok(!overlaps, `the banner does not cover "${name}"`);
      }
      await page.getByTestId('continue').click({ trial: true });

      await Promise.all([
        page.waitForEvent('load'),
        banner.getByRole('button', { name: 'Reîncarcă' }).click(),
      ]);
      await page.waitForFunction(() => window.__eligibilStarted === true);
      // The new worker is in charge, the banner is gone, the case is still there.
      await page.waitForFunction(
        () => navigator.serviceWorker.controller && !document.querySelector('.update-banner:not(:empty)'),
      );
      assert.equal(await storedCase(), draft);
      const registration = await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((r) => ({ waiting: !!r.waiting, active: r.active.state })),
      );
      assert.deepEqual(registration, { waiting: false, active: 'activated' });
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), firstWorker);
      await page.getByTestId('question-members').waitFor();
      app.assertNoErrors();
    }, { clock: TODAY });
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('kiosk: a new version is not offered mid-case; it is applied at the next wipe, with nothing of the case kept', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eligibil-kiosk-update-'));
  fs.cpSync(DIST_DIR, dir, { recursive: true });
  const server = await startServer(dir);
  try {
    await withApp(suite.browser, `${server.url}/?kiosk=1`, t, async (app) => {
      const { page } = app;
      await waitForWorker(page);
      await page.getByTestId('start').click();
      await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
      await continueTo(page, 'question-members');
      fs.appendFileSync(path.join(dir, 'sw.js'), '\n// deployed again\n');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await page.waitForFunction(() => document.body.dataset.updateWaiting === '1', null, { timeout: 30_000 });
      // Mid-case: no banner, no reload, the person's answers stay on screen.
      assert.equal(await page.locator('.update-banner:not(:empty)').count(), 0, 'no "Reîncarcă" in the kiosk');
      await page.getByTestId('question-members').waitFor();
      // The wipe ("Ieșire rapidă") applies it: the page reloads with the new worker in charge.
      await Promise.all([page.waitForEvent('load'), page.getByTestId('quick-exit').click()]);
      await page.waitForFunction(() => window.__eligibilStarted === true);
      const registration = await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((r) => ({ waiting: !!r.waiting, active: r.active.state })),
      );
      assert.deepEqual(registration, { waiting: false, active: 'activated' });
      assert.equal(await page.evaluate(() => document.body.classList.contains('kiosk')), true, 'still a kiosk');
      await page.getByTestId('start').click();
      await page.getByTestId('question-residence').waitFor();
      assert.equal(await page.getByLabel('În Cluj-Napoca — domiciliul (adresa din buletin)').isChecked(), false, 'nothing of the case kept');
      app.assertNoErrors();
    }, { clock: TODAY });
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
