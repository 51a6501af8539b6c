// Issue 18: every screen passes axe-core with no violation in each language, and the header
// (with "Caz nou" and the language switch) fits a 360 px phone without a horizontal scroll in
// each language — Hungarian words are long. axe runs through the DevTools protocol
// (page.evaluate), so the page's Content-Security-Policy, which refuses inline scripts, stays
// as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveAppForSuite, withApp, REPO_ROOT } from './harness.mjs';
import { familyByPosition, nextByPosition } from './flows.mjs';

const suite = serveAppForSuite();
const AXE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const TODAY = new Date('2026-11-23T10:00:00');

async function axe(page, what) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], `${what}: axe-core violations`);
}

async function fitsThePhone(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what}: the page is ${overflow}px wider than the phone`);
  const header = await page.locator('.site-header').boundingBox();
  for (const el of await page.locator('.site-header .header-actions > *').all()) {
    const box = await el.boundingBox();
    if (box) assert.ok(box.x >= 0 && box.x + box.width <= header.width + 0.5, `${what}: a header control is cut off`);
  }
}

for (const lang of ['ro', 'hu', 'en']) {
  test(`every screen in ${lang} passes axe-core and fits a 360 px phone`, (t) =>
    withApp(suite.browser, `${suite.server.url}/?lang=${lang}`, t, async (app) => {
      const { page } = app;
      await axe(page, `${lang} start`);
      await fitsThePhone(page, `${lang} start`);
      await page.getByTestId('start').click();
      await page.getByTestId('question-residence').waitFor();
      await axe(page, `${lang} residence`);
      await fitsThePhone(page, `${lang} residence`);
      await page.locator('main input[type=radio]').first().check();
      await nextByPosition(page);
      await axe(page, `${lang} members`);
      await page.getByTestId('open-answers').click();
      await page.getByTestId('answers-page').waitFor();
      await axe(page, `${lang} answers`);
      await page.getByTestId('open-cases').click();
      await page.getByTestId('cases').waitFor();
      await axe(page, `${lang} cases`);
      await fitsThePhone(page, `${lang} cases`);
      await page.getByTestId('new-case').click();
      await page.getByTestId('open-directory').click();
      await page.getByTestId('directory').waitFor();
      await axe(page, `${lang} directory`);
      await page.locator('.directory .actions button').click();
      await page.getByTestId('start').waitFor();
      await familyByPosition(page);
      await axe(page, `${lang} results`);
      await fitsThePhone(page, `${lang} results`);
      app.assertNoErrors();
    }, { clock: TODAY }));
}
