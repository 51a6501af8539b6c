// Smoke test: the release build in dist/ loads in headless Chromium at phone size, the wasm
// app starts, and nothing goes wrong on the way. Needs dist/ (scripts/test builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAppForSuite, withApp } from './harness.mjs';

const suite = serveAppForSuite();

test('the static server serves index.html, the wasm with its MIME type, and 404s', async () => {
  const index = await fetch(`${suite.server.url}/`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  const html = await index.text();
  const wasmPath = html.match(/["'(]([^"'()]*\.wasm)["')]/)?.[1];
  assert.ok(wasmPath, 'index.html names a .wasm file');
  const wasm = await fetch(new URL(wasmPath, `${suite.server.url}/`));
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  await wasm.arrayBuffer();
  assert.equal((await fetch(`${suite.server.url}/nu-exista.js`)).status, 404);
  // No way out of dist/ (the repo's Cargo.toml is one level up).
  assert.equal((await fetch(`${suite.server.url}/..%2fCargo.toml`)).status, 404);
});

test('the app loads at 360x800 in Romanian, with no errors', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ro');
    assert.equal(await page.title(), 'Eligibil — ajutoare sociale Cluj-Napoca');
    assert.deepEqual(page.viewportSize(), { width: 360, height: 800 });

    // Trunk preloads the .wasm and then init() fetches it: one or two responses, all good.
    assert.ok(app.wasmResponses.length >= 1, 'the .wasm was fetched');
    for (const res of app.wasmResponses) {
      assert.equal(res.status, 200, `GET ${res.url}`);
      assert.equal(res.contentType, 'application/wasm', `Content-Type of ${res.url}`);
    }

    // Give anything the app does right after mounting a moment to fail loudly.
    await page.waitForLoadState('networkidle');
    app.assertNoErrors();
  }));
