// Issue 19 in the browser: the town follows the residence (Năvodari's own benefits and office,
// another town's town hall and no town's programmes), the office says whether it is open now,
// the kiosk says "you are here", and the directory of social services finds services by need
// and by a word typed without diacritics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAppForSuite, withApp } from './harness.mjs';
import { pick, fillMember, answerFamilyHeatedWithGas } from './flows.mjs';
import { walk } from './walk.mjs';

const suite = serveAppForSuite();
// Tuesday 1 December 2026 is National Day (a public holiday); Monday 23 November, 10:00, is not.
const MONDAY_10 = new Date('2026-11-23T10:00:00');

/** A pensioner of 70 alone, pension 1.150 lei, heating with wood, owning her home, in `residence`. */
async function pensionerIn(page, residence) {
  await walk(page, {
    answers: {
      'question-residence': residence,
      'question-members': async (p) => fillMember(p, 0, { name: 'Maria', birth: [1, 4, 1956] }),
      'question-incomes-0': async (p) => {
        await pick(p, 'Da, au fost venituri');
        await p.getByLabel('Felul venitului').selectOption('pension');
        await p.getByLabel('Suma netă primită în lună').fill('1.150');
      },
      'question-heating': 'Cu lemne, cărbuni sau combustibil petrolier',
      'question-tenure': 'Sunt proprietar (am cumpărat-o)',
    },
  });
}

test('a Năvodari resident gets Năvodari\'s own benefits and office, and none of Cluj-Napoca\'s', (t) =>
  withApp(suite.browser, `${suite.server.url}/?start=1`, t, async (app) => {
    const { page } = app;
    await pensionerIn(page, 'În Năvodari — domiciliul (adresa din buletin)');
    await page.getByTestId('results').waitFor();
    assert.equal(await page.locator('.brand-sub').innerText(), 'Năvodari');
    // Seed 004: Easter and Christmas tickets, home care for the elderly — Năvodari's own.
    assert.equal(await page.getByTestId('benefit-navodari-holiday-tickets').count(), 1);
    // Cluj-Napoca's rent aid is not there at all (seed 001 is Cluj's own programme).
    assert.equal(await page.getByTestId('benefit-rent-aid').count(), 0);
    assert.equal(await page.getByText('str. Venus nr. 20-22', { exact: false }).count(), 0, 'not DASM Cluj-Napoca\'s office');
    await page.getByTestId('open-now').waitFor();
    app.assertNoErrors();
  }, { clock: MONDAY_10 }));

test('someone in another town gets the national benefits, the town hall as the office, and no town\'s programmes', (t) =>
  withApp(suite.browser, `${suite.server.url}/?start=1`, t, async (app) => {
    const { page } = app;
    await pensionerIn(page, 'În altă localitate');
    await page.getByTestId('results').waitFor();
    assert.equal(await page.getByTestId('benefit-heating-aid').count(), 1, 'the heating aid is national');
    for (const local of ['benefit-rent-aid', 'benefit-navodari-holiday-tickets', 'benefit-emergency-aid']) {
      assert.equal(await page.getByTestId(local).count(), 0, `no ${local}`);
    }
    assert.equal(await page.getByText('str. Venus nr. 20-22', { exact: false }).count(), 0);
    app.assertNoErrors();
  }, { clock: MONDAY_10 }));

test('DASM Cluj-Napoca\'s card says it is open now on a Monday at 10, and closed on National Day', async (t) => {
  for (const [when, expected] of [[MONDAY_10, /^Deschis acum/], [new Date('2026-12-01T10:00:00'), /Ziua Națională/]]) {
    await withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
      const { page } = app;
      await answerFamilyHeatedWithGas(page);
      assert.match(await page.getByTestId('open-now').innerText(), expected);
    }, { clock: when });
  }
});

test('the lobby kiosk says "you are here" on DASM Cluj-Napoca\'s card', (t) =>
  withApp(suite.browser, `${suite.server.url}/?kiosk=1`, t, async (app) => {
    const { page } = app;
    await answerFamilyHeatedWithGas(page);
    await page.getByTestId('you-are-here').waitFor();
    app.assertNoErrors();
  }, { clock: MONDAY_10 }));

test('the directory finds services by need and by a word typed without diacritics', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('open-directory').click();
    await page.getByTestId('directory').waitFor();
    const count = async () => page.getByTestId('service').count();
    const all = await count();
    assert.ok(all > 50, `the 2024 plan alone lists over a hundred (seed 002): ${all}`);
    // Food: canteens and meals on wheels (seed 002's "Cantina de ajutor social", codes 8899 CPD).
    await page.getByTestId('directory-need').selectOption({ label: 'Hrană: cantine sociale și masa pe roți' });
    const food = await page.getByTestId('service').allInnerTexts();
    assert.ok(food.length > 0 && food.length < all);
    assert.ok(food.some((t) => /cantin/i.test(t)), food.join(' | '));
    // "varstnic" finds the "vârstnici" entries without the diacritics.
    await page.getByTestId('directory-need').selectOption('');
    await page.getByTestId('directory-search').fill('varstnic');
    const older = await page.getByTestId('service').allInnerTexts();
    // What matched may be the service's name, whom it is for, or its code's category.
    assert.ok(older.length > 0 && older.length < all, `${older.length} of ${all}`);
    assert.ok(/vârstnic/i.test(older[0]), older[0]);
    await page.getByRole('heading', { name: 'Numere de urgență' }).waitFor();
    await page.getByText('112', { exact: false }).first().waitFor();
    app.assertNoErrors();
  }, { clock: MONDAY_10 }));
