// Shared helpers for Eligibil's browser end-to-end tests (node:test + playwright-core).
//
// The tests do not build anything: scripts/test runs `trunk build --release` first, and the
// tests serve its output (dist/, or $ELIGIBIL_DIST) with the tiny static server below.
//
// Typical use in a tests/e2e/*.test.mjs file:
//
//   import { test } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { serveAppForSuite, withApp } from './harness.mjs';
//
//   const suite = serveAppForSuite();   // server on dist/ + browser, for the whole file
//
//   test('something', (t) =>
//     // openApp at 360x800, wait for the wasm app to start, run the body, close; on failure
//     // a full-page screenshot lands in tests/e2e/artifacts/<test name>.png
//     withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
//       await app.page.getByRole('button', { name: 'Începe' }).click();
//       ...
//       app.assertNoErrors();   // no console errors, page errors or failed requests
//     }));

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
/** The Trunk output the tests serve: $ELIGIBIL_DIST or <repo>/dist. */
export const DIST_DIR = path.resolve(process.env.ELIGIBIL_DIST || path.join(REPO_ROOT, 'dist'));
/** Where failing tests leave screenshots (git-ignored). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'artifacts');
/** Debian's Chromium; override with $CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/**
 * Flags for headless Chromium on these machines (root, no network but loopback): without the
 * background-networking ones Chromium keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** A phone-sized viewport: the app is designed for phones first. */
export const MOBILE_VIEWPORT = { width: 360, height: 800 };

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serve `distDir` on 127.0.0.1 at a free port.
 * `/` serves index.html; a path with no file extension that matches no file also serves
 * index.html (single-page app routes, as `trunk serve` does); anything else missing is a 404.
 * Resolves to { url, port, close(), requests, setRefusing(on) } where url is the base URL
 * without a trailing slash and requests lists { method, path, status } of every request
 * served. setRefusing(true) makes the server drop every connection unanswered (status
 * 'refused' in requests), as a network that is gone: offline tests use it beside the browser's
 * own offline switch, which does not cover every fetch a service worker makes.
 * Headers: sw.js is `Cache-Control: no-cache` (what a deployment must send, README), so the
 * browser re-checks it; everything else `no-store`, so a test never sees an older build.
 */
export async function startServer(distDir = DIST_DIR) {
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`${index} does not exist: build first (scripts/test runs trunk build --release)`);
  }
  const requests = [];
  let refusing = false;

  const server = http.createServer(async (req, res) => {
    const record = (status) => requests.push({ method: req.method, path: req.url, status });
    if (refusing) {
      record('refused');
      req.socket.destroy();
      return;
    }
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return record(405);
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      } catch {
        res.writeHead(400).end();
        return record(400);
      }
      let file = path.join(root, path.normalize(pathname));
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return record(403);
      }
      let stat = await fsp.stat(file).catch(() => null);
      if (stat?.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = await fsp.stat(file).catch(() => null);
      }
      if (!stat && path.extname(pathname) === '') {
        file = index; // SPA fallback
        stat = await fsp.stat(file);
      }
      if (!stat || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
        return record(404);
      }
      res.writeHead(200, {
        'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': path.basename(file) === 'sw.js' ? 'no-cache' : 'no-store',
      });
      record(200);
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err));
      record(500);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setRefusing(on) {
      refusing = on;
      // Keep-alive connections would otherwise still be answered.
      if (on) server.closeIdleConnections?.();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Launch Debian's headless Chromium through playwright-core (no Playwright browser download). */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Open `url` in a fresh context at a phone-sized viewport, record
 * console errors, page errors, failed requests and every .wasm response, and wait until the
 * wasm app has started: Trunk's loader fires `TrunkApplicationStarted` after wasm-bindgen's
 * init() has resolved, which is after the Rust main() ran (and so after Leptos mounted).
 *
 * Content-Security-Policy violations (`securitypolicyviolation` events, on this and every later
 * load of the page) are collected in cspViolations.
 *
 * Returns { context, page, consoleErrors, pageErrors, failedRequests, wasmResponses,
 *           consoleMessages, cspViolations, assertNoErrors(), screenshot(file), close() }.
 */
export async function openApp(browser, url, options = {}) {
  const {
    viewport = MOBILE_VIEWPORT,
    locale = 'ro-RO',
    timeout = 30_000,
    waitForStart = true,
    clock = null,
  } = options;
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  // The app reads the device's date once and passes it to the engine: tests fix it so
  // that answers (the income month, deadlines) do not depend on the day they run.
  if (clock) await page.clock.setFixedTime(clock);

  const consoleErrors = [];
  const consoleMessages = [];
  const pageErrors = [];
  const failedRequests = [];
  const wasmResponses = [];
  page.on('console', (msg) => {
    consoleMessages.push(`[${msg.type()}] ${msg.text()}`);
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(err.stack || String(err)));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // A reload or navigation cancels what is still in flight (the tab icon, typically): the
    // browser's own doing, not a failure. A file that really fails to load shows up as an HTTP
    // error below, or as the app not starting.
    if (error === 'net::ERR_ABORTED' && !req.isNavigationRequest()) return;
    failedRequests.push(`${req.url()} ${error}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.url()} HTTP ${res.status()}`);
    if (new URL(res.url()).pathname.endsWith('.wasm')) {
      wasmResponses.push({ url: res.url(), status: res.status(), contentType: res.headers()['content-type'] });
    }
  });
  const cspViolations = [];
  await page.exposeFunction('__eligibilCspViolation', (v) => cspViolations.push(v));
  // Set a flag (and the time) when Trunk's loader reports that the wasm app started.
  await page.addInitScript(() => {
    window.__eligibilStarted = false;
    addEventListener('TrunkApplicationStarted', () => {
      window.__eligibilStarted = true;
      window.__eligibilStartedAt = performance.now();
    });
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__eligibilCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });

  await page.goto(url, { waitUntil: 'load' });
  if (waitForStart) {
    try {
      await page.waitForFunction(() => window.__eligibilStarted === true, null, { timeout });
    } catch (err) {
      await fsp.mkdir(ARTIFACTS_DIR, { recursive: true }).catch(() => {});
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'app-start-failure.png'), fullPage: true }).catch(() => {});
      await context.close().catch(() => {});
      throw new Error(
        `the wasm app did not start within ${timeout} ms\n` +
          `page errors: ${JSON.stringify(pageErrors, null, 2)}\n` +
          `console: ${JSON.stringify(consoleMessages, null, 2)}\n` +
          `failed requests: ${JSON.stringify(failedRequests, null, 2)}\n` +
          `screenshot: tests/e2e/artifacts/app-start-failure.png`,
        { cause: err },
      );
    }
  }

  const app = {
    context,
    page,
    consoleErrors,
    consoleMessages,
    pageErrors,
    failedRequests,
    wasmResponses,
    cspViolations,
    /** Fail if the page logged a console error, threw, had a request fail or broke the CSP. */
    assertNoErrors() {
      assert.deepEqual(cspViolations, [], 'Content-Security-Policy violations');
      assert.deepEqual(pageErrors, [], 'uncaught errors in the page');
      assert.deepEqual(consoleErrors, [], 'console errors');
      assert.deepEqual(failedRequests, [], 'failed requests');
    },
    /** Full-page screenshot to `file` (relative paths go under tests/e2e/artifacts/). */
    async screenshot(file) {
      const out = path.isAbsolute(file) ? file : path.join(ARTIFACTS_DIR, file);
      await fsp.mkdir(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out, fullPage: true });
      return out;
    },
    /** Close the browser context (and its page). */
    async close() {
      await context.close();
    },
  };
  return app;
}

/**
 * openApp + run `fn(app)` + close, keeping a full-page screenshot in tests/e2e/artifacts/
 * when `fn` throws (named after the node:test test `t`, if given). Rethrows the error.
 *
 *   test('home page', (t) => withApp(browser, server.url, t, async ({ page }) => { ... }));
 */
export async function withApp(browser, url, t, fn, options = {}) {
  const app = await openApp(browser, url, options);
  try {
    return await fn(app);
  } catch (err) {
    const name = String(t?.name ?? 'e2e-failure').replace(/[^\w.-]+/g, '_').slice(0, 80);
    const out = await app.screenshot(`${name}.png`).catch(() => null);
    if (out) {
      const rel = path.relative(REPO_ROOT, out);
      if (t?.diagnostic) t.diagnostic(`screenshot: ${rel}`);
      else console.error(`screenshot: ${rel}`);
    }
    throw err;
  } finally {
    await app.close();
  }
}


/**
 * For a test file: start the static server on dist/ and the browser before its tests, stop
 * both after. Returns an object whose `server` and `browser` are set once `before` has run.
 *
 *   const suite = serveAppForSuite();
 *   test('…', (t) => withApp(suite.browser, `${suite.server.url}/`, t, async (app) => { … }));
 */
export function serveAppForSuite(distDir = DIST_DIR) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await startServer(distDir);
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
