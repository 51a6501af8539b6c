// Issue 18: Romanian, Hungarian and English. One whole case per language, answered without
// reading a word of it (by position, as a person who does not read the language on screen
// could not, so nothing here leans on Romanian labels); the start screen in each language
// before the app starts; the language from the address, kept, switched on any screen without
// losing an answer, remembered with the case; <html lang> following it; money and dates
// written as each language writes them. Expected words come from the catalogues themselves
// (src/i18n/<lang>/*.txt), so the test checks that the screen shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveAppForSuite, withApp, REPO_ROOT, MOBILE_VIEWPORT } from './harness.mjs';
import { familyByPosition, nextByPosition as next } from './flows.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

/** A language's catalogue, { key: text } (the same files build.rs and post-build read). */
function catalogue(lang) {
  const out = {};
  const dir = path.join(REPO_ROOT, 'src', 'i18n', lang);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      const at = line.indexOf(' = ');
      if (at > 0) out[line.slice(0, at)] = line.slice(at + 3);
    }
  }
  return out;
}
const T = { ro: catalogue('ro'), hu: catalogue('hu'), en: catalogue('en') };
/** A message with its placeholders filled from `args`. */
const fill = (text, args) => text.replace(/\{(\w+)\}/g, (_, k) => args[k]);

for (const lang of ['hu', 'en', 'ro']) {
  test(`a whole case in ${lang}: every screen in that language, sums and dates as it writes them`, (t) =>
    withApp(suite.browser, `${suite.server.url}/?lang=${lang}`, t, async (app) => {
      const { page } = app;
      const words = T[lang];
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.locator('#question-title').innerText(), words.welcome_title);
      assert.equal(await page.getByTestId('language').inputValue(), lang);
      await familyByPosition(page);
      assert.equal(await page.title(), words.title_results);
      await page.getByRole('heading', { name: words.results_summary, exact: true }).waitFor();
      // Seed 004: up to 1.386 lei per member; 2.400 ÷ 2 = 1.200 lei.
      const heating = page.getByTestId('benefit-heating-aid');
      assert.equal(await heating.getByTestId('verdict').innerText(), words.status_eligible);
      await heating.getByTestId('details').locator('summary').click();
      const perPerson = { ro: '1.200 lei', hu: '1\u00a0200 lej', en: '1,200 lei' }[lang];
      const total = { ro: '2.400 lei', hu: '2\u00a0400 lej', en: '2,400 lei' }[lang];
      await heating.getByText(fill(words.crit_income_total, { total, people: { ro: '2 persoane', hu: '2 személy', en: '2 people' }[lang], average: perPerson })).waitFor();
      // The income month as the language writes it: October 2026.
      const month = { ro: 'octombrie 2026', hu: '2026. október', en: 'October 2026' }[lang];
      await heating.getByText(month, { exact: false }).first().waitFor();
      // No other language's words on screen: the results' own headings of the two others.
      const main = await page.locator('main').innerText();
      for (const other of ['ro', 'hu', 'en'].filter((l) => l !== lang)) {
        for (const key of ['results_summary', 'results_agenda', 'results_change_answers', 'status_eligible']) {
          if (T[other][key] !== words[key]) assert.ok(!main.includes(T[other][key]), `${lang}: no "${T[other][key]}" (${other}) on screen`);
        }
      }
      app.assertNoErrors();
    }, { clock: TODAY }));
}

test('the language switches on any screen with every answer kept, is remembered, and goes with the case', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    // The browser says Romanian (the suite's locale): Romanian first.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ro');
    await page.getByTestId('start').click();
    await page.locator('main input[type=radio]').first().check();
    await next(page);
    await page.locator('#member-0-birth-day').fill('14');
    await page.getByTestId('language').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('heading', { name: T.en.q_members }).waitFor();
    assert.equal(await page.locator('#member-0-birth-day').inputValue(), '14', 'what was typed is kept');
    assert.equal(await page.getByTestId('continue').innerText(), T.en.nav_continue);
    // Remembered on this device: a reload stays in English, where the person was.
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByRole('heading', { name: T.en.q_members }).waitFor();
    // Hungarian, then the case is opened again from the list: in Hungarian.
    await page.getByTestId('language').selectOption('hu');
    await page.getByRole('heading', { name: T.hu.q_members }).waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(`eligibil.case.${localStorage.getItem('eligibil.current')}`)));
    assert.equal(stored.case.lang, 'hu', 'the case keeps its language');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('the start screen before the app starts is in the language of the address, and so is the app after it', async () => {
  for (const lang of ['hu', 'en']) {
    const context = await suite.browser.newContext({ viewport: MOBILE_VIEWPORT, locale: 'ro-RO' });
    const page = await context.newPage();
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { window.__eligibilStarted = true; }));
    await page.goto(`${suite.server.url}/?lang=${lang}`, { waitUntil: 'domcontentloaded' });
    try {
      await page.getByRole('heading', { name: T[lang].welcome_title }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.title(), T[lang].app_title);
      const shell = await page.locator('#shell main').innerText();
      for (const key of ['welcome_lead', 'welcome_topics_title', 'topic_rent', 'welcome_start']) assert.ok(shell.includes(T[lang][key]), `${lang}: ${key}`);
      release();
      await page.waitForFunction(() => window.__eligibilStarted === true);
      await page.locator('main .welcome').waitFor();
      assert.equal(await page.locator('main .welcome').innerText(), shell, `${lang}: the shell says what the app says`);
    } finally {
      await context.close();
    }
  }
});

test('a browser in Hungarian gets Hungarian the first time; ?lang=en overrides it', async () => {
  const context = await suite.browser.newContext({ viewport: MOBILE_VIEWPORT, locale: 'hu-HU' });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { window.__eligibilStarted = true; }));
  try {
    await page.goto(`${suite.server.url}/`);
    await page.waitForFunction(() => window.__eligibilStarted === true);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hu');
    await page.getByRole('heading', { name: T.hu.welcome_title }).waitFor();
    await page.goto(`${suite.server.url}/?lang=en`);
    await page.waitForFunction(() => window.__eligibilStarted === true);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  } finally {
    await context.close();
  }
});
