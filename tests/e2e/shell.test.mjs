// The start screen before the app starts (index.html's shell, src/ui/shell.rs): on slow mobile
// data the person reads and uses it while the wasm app downloads. Held back here by keeping the
// .wasm response until the test lets it go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAppForSuite, MOBILE_VIEWPORT } from './harness.mjs';

const suite = serveAppForSuite();

/** A page whose .wasm is held until `release()`; `started()` waits for the app. */
async function openHeld(url) {
  const context = await suite.browser.newContext({ viewport: MOBILE_VIEWPORT, locale: 'ro-RO' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => { window.__eligibilStarted = true; });
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return {
    context, page, errors, release,
    started: () => page.waitForFunction(() => window.__eligibilStarted === true),
  };
}

test('the start screen is there and usable before the app has downloaded, and says what the app says', async () => {
  const held = await openHeld(`${suite.server.url}/`);
  const { page } = held;
  try {
    await page.getByRole('heading', { name: 'Aflați ce ajutor puteți primi' }).waitFor();
    assert.equal(await page.evaluate(() => window.__eligibilStarted), undefined, 'the app has not started');
    const shellText = await page.locator('#shell main').innerText();
    // Ticks made now are kept when the app starts.
    await page.getByLabel('Chiria').check();
    held.release();
    await held.started();
    assert.equal(await page.locator('#shell').count(), 0, 'the shell is gone');
    assert.equal(await page.getByLabel('Chiria').isChecked(), true, 'the tick made before is carried');
    await page.getByLabel('Chiria').uncheck();
    assert.equal(await page.locator('main .welcome').innerText(), shellText, 'the shell says what the app says');
    assert.deepEqual(held.errors, []);
  } finally {
    await held.context.close();
  }
});

test('"Începe" pressed before the app started: the ticks and the start arrive with it, and the address is cleaned', async () => {
  const held = await openHeld(`${suite.server.url}/`);
  const { page } = held;
  try {
    await page.getByLabel('Venituri mici').check();
    await page.getByLabel('Chiria').check();
    await page.getByRole('button', { name: 'Începe' }).click();
    await page.waitForURL(/start=1/);
    assert.match(page.url(), /\?topic=low_income&topic=rent&start=1$/);
    held.release();
    await held.started();
    await page.getByTestId('question-residence').waitFor();
    assert.equal(new URL(page.url()).search, '', 'the choices left the address');
    const stored = await page.evaluate(() => Object.entries(localStorage)
      .filter(([k]) => k.startsWith('eligibil.case.')).map(([, v]) => JSON.parse(v)));
    assert.equal(stored.length, 1);
    assert.deepEqual(stored[0].case.draft.topics, ['low_income', 'rent']);
    assert.deepEqual(held.errors, []);
  } finally {
    await held.context.close();
  }
});

test('a kiosk stays a kiosk when "Începe" was pressed before the app started', async () => {
  const held = await openHeld(`${suite.server.url}/?kiosk=1`);
  const { page } = held;
  try {
    // The first load of the kiosk page starts the app once, which marks the tab as a kiosk.
    held.release();
    await held.started();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.route('**/*.wasm', (route) => route.continue());
    await page.getByTestId('start').click();
    await page.getByTestId('question-residence').waitFor();
    assert.equal(await page.evaluate(() => document.body.classList.contains('kiosk')), true);
    // A form sent from the shell drops ?kiosk=1: the tab is still a kiosk.
    await page.goto(`${suite.server.url}/?topic=rent&start=1`);
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('question-residence').waitFor();
    assert.equal(await page.evaluate(() => document.body.classList.contains('kiosk')), true, 'still a kiosk');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('eligibil.case'))), [], 'nothing stored');
    assert.deepEqual(held.errors, []);
  } finally {
    await held.context.close();
  }
});
