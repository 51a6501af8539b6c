// Issue 21: answering without traps. Sums as people type them (asked about, never guessed),
// changing any answer from the results after a reload, landing where one was after a reload,
// "Întrebarea N din aproximativ M", and each screen showing only its own text when the
// browser's translation has wrapped the page's text in <font> elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAppForSuite, withApp } from './harness.mjs';
import { pick, fillMember, continueTo } from './flows.mjs';
import { walk, next } from './walk.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

/** A person alone, born 1980, with an unemployment benefit typed as `typed`: on the income screen. */
async function typeUnemployment(page, typed) {
  await page.getByTestId('start').click();
  await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
  await continueTo(page, 'question-members');
  await fillMember(page, 0, { birth: [5, 5, 1980] });
  await continueTo(page, 'question-incomes-0');
  await pick(page, 'Da, au fost venituri');
  await page.getByLabel('Felul venitului').selectOption('unemployment');
  await page.getByLabel('Suma netă primită în lună').fill(typed);
}

/** What the answers screen says was answered for the applicant's income. */
async function incomeAnswer(page) {
  await page.getByTestId('open-answers').click();
  await page.getByTestId('answers-page').waitFor();
  const line = page.locator('.answer-line').filter({ hasText: 'Ce venituri ați avut' });
  const text = await line.locator('dd span').first().innerText();
  await page.getByRole('button', { name: 'Înapoi' }).click();
  return text;
}

// typed → the question asked (if any), the button pressed, then the sum the case holds.
const AMOUNTS = [
  ['1,100', 'Ați scris „1,100”, adică 1,10 lei. Ați vrut să scrieți 1.100 lei?', 'Da, 1.100 lei', 'Indemnizație de șomaj: 1.100 lei'],
  ['1.100', null, null, 'Indemnizație de șomaj: 1.100 lei'],
  ['1 100', null, null, 'Indemnizație de șomaj: 1.100 lei'],
  ['1100,50', null, null, 'Indemnizație de șomaj: 1.100,50 lei'],
  ['1.100,50', null, null, 'Indemnizație de șomaj: 1.100,50 lei'],
  ['1,5', 'Ați scris 1,50 lei pe lună. Este suma corectă?', 'Nu, corectez suma', 'Indemnizație de șomaj: 1.500 lei'],
];

for (const [typed, question, press, holds] of AMOUNTS) {
  test(`a sum typed "${typed}" is ${question ? 'asked about, never guessed' : 'read as Romanians write it'}`, (t) =>
    withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
      const { page } = app;
      await typeUnemployment(page, typed);
      await page.getByTestId('continue').click();
      if (question) {
        const check = page.getByTestId('amount-check');
        await check.waitFor();
        assert.equal(await check.locator('.amount-question').innerText(), question);
        assert.equal(await page.getByTestId('question-incomes-0').count(), 1, 'the app does not go on before the answer');
        await page.waitForFunction(() => document.activeElement?.classList.contains('amount-yes'));
        await check.getByRole('button', { name: press }).click();
        if (press.startsWith('Nu, corectez')) {
          // The box gets the focus to correct the sum.
          await page.waitForFunction(() => document.activeElement?.id === 'income-0-0');
          await page.getByLabel('Suma netă primită în lună').fill('1.500');
        }
        await page.getByTestId('continue').click();
      }
      await page.getByTestId('question-incomes-0').waitFor({ state: 'detached' });
      assert.equal(await incomeAnswer(page), holds);
      app.assertNoErrors();
    }, { clock: TODAY }));
}

test('"1,10 lei is right" keeps the sum as typed and goes on', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await typeUnemployment(page, '1,100');
    await page.getByTestId('continue').click();
    await page.getByTestId('amount-check').getByRole('button', { name: 'Nu, 1,10 lei este corect' }).click();
    await page.getByTestId('continue').click();
    await page.getByTestId('question-incomes-0').waitFor({ state: 'detached' });
    assert.equal(await incomeAnswer(page), 'Indemnizație de șomaj: 1,10 lei');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('after a reload on the results, any answer can be changed from the list, and the results follow', (t) =>
  withApp(suite.browser, `${suite.server.url}/?topic=heating&start=1`, t, async (app) => {
    const { page } = app;
    await walk(page, {
      answers: {
        'question-members': async (p) => {
          await fillMember(p, 0, { name: 'Ana', birth: [14, 3, 1988] });
          await p.getByTestId('add-member').click();
          await fillMember(p, 1, { role: 'spouse', birth: [2, 7, 1986] });
        },
        'question-incomes-0': async (p) => {
          await pick(p, 'Da, au fost venituri');
          await p.getByLabel('Suma netă primită în lună').fill('2.400');
        },
        'question-heating': 'Cu gaze naturale (centrală sau sobă pe gaz)',
        'question-energy-sources': 'Energie electrică (curent)',
        'question-tenure': 'Stau cu chirie',
      },
    });
    const heating = page.getByTestId('benefit-heating-aid').getByTestId('verdict');
    // Seed 004: up to 1.386 lei per member; 2.400 ÷ 2 = 1.200 lei.
    assert.equal(await heating.innerText(), 'Îndepliniți condițiile');
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('results').waitFor();
    await page.getByTestId('change-answers').click();
    const line = page.locator('.answer-line').filter({ hasText: 'Ce venituri ați avut' });
    await line.getByRole('button', { name: 'Schimbă răspunsul' }).click();
    await page.getByTestId('question-incomes-0').waitFor();
    // 3.000 ÷ 2 = 1.500 lei per member > 1.386 lei: no heating aid.
    await page.getByLabel('Suma netă primită în lună').fill('3.000');
    await next(page);
    await walk(page);
    assert.equal(await heating.innerText(), 'Nu îndepliniți condițiile');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('every question says where the person is: "Întrebarea N din aproximativ M", updated as answers add questions', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const step = () => page.getByTestId('step').innerText();
    const total = async () => Number(/din aproximativ (\d+)/.exec(await step())?.[1] ?? /Întrebarea (\d+)/.exec(await step())[1]);
    await page.getByTestId('start').click();
    assert.match(await step(), /^Întrebarea 1 din aproximativ \d+$/);
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { birth: [14, 3, 1988] });
    const alone = await total();
    // Two more people: two more income questions at least.
    await page.getByTestId('add-member').click();
    await fillMember(page, 1, { role: 'spouse', birth: [2, 7, 1986] });
    await page.getByTestId('add-member').click();
    await fillMember(page, 2, { role: 'child', birth: [1, 9, 2015] });
    await continueTo(page, 'question-incomes-0');
    assert.match(await step(), /^Întrebarea 3 din aproximativ \d+$/);
    assert.ok((await total()) >= alone + 2, `${alone} → ${await total()}`);
    app.assertNoErrors();
  }, { clock: TODAY }));

/** Wrap every text node of the page in two <font> elements, as Chrome's translation does. */
async function translateLikeChrome(page) {
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) if (walker.currentNode.textContent.trim()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      outer.style.verticalAlign = 'inherit';
      inner.style.verticalAlign = 'inherit';
      inner.textContent = `[t] ${node.textContent}`;
      outer.append(inner);
      node.replaceWith(outer);
    }
  });
}

test('under the browser\'s translation each question screen shows only its own heading and answers', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const heading = () => page.locator('#question-title').innerText();
    await page.getByTestId('start').click();
    await page.getByTestId('question-residence').waitFor();
    await translateLikeChrome(page);
    await pick(page, '[t] În Cluj-Napoca — domiciliul (adresa din buletin)');
    await page.getByTestId('continue').click();
    await page.getByTestId('question-members').waitFor();
    // Drawn afresh: the members question, untranslated so far, and nothing of the residence one.
    assert.equal(await heading(), 'Cine locuiește cu dumneavoastră, în aceeași familie?');
    assert.equal(await page.getByText('domiciliul (adresa din buletin)', { exact: false }).count(), 0);
    await fillMember(page, 0, { birth: [14, 3, 1988] });
    await translateLikeChrome(page);
    await page.getByTestId('continue').click();
    await page.getByTestId('question-incomes-0').waitFor();
    assert.equal(await heading(), 'Ce venituri ați avut în octombrie 2026?');
    await translateLikeChrome(page);
    await pick(page, '[t] Nu, niciun venit');
    await page.getByTestId('continue').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="question-incomes-0"]'));
    const title = await heading();
    assert.ok(!title.includes('[t]') && !title.includes('venituri ați avut'), `only the new question: ${title}`);
    app.assertNoErrors();
  }, { clock: TODAY }));
