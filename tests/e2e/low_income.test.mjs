// A low-income family with two children who say "low income" brings them (issue 10): the VMI
// with both its parts, the kindergarten tickets, and the papers, from the first screen.
//
// The case, worked out by hand from seed 004 ("VENITUL MINIM DE INCLUZIUNE", "Tichete sociale
// pentru grădiniță"), checked on Monday 23 November 2026 (income month: October 2026):
//   Ioana (applicant, salary 800 lei), Mihai her husband (no income, able to work), Ana (born
//   20.02.2017) and Luca (born 05.06.2021, goes to kindergarten every day), each child with the
//   state allowance of 292 lei; Cluj-Napoca, they keep house on their own.
//   VMI: 800 + 292 + 292 = 1.384 lei; the state allowance is left out ("cu excepţia următoarelor
//   venituri"): 1.384 − 584 = 800 lei adjusted, ÷ 4 = 200 lei per member.
//     inclusion aid: 200 ≤ 275 lei → 4 × 275 − 800 = 300 lei;
//     family aid: a two-parent family receiving the inclusion aid, 2 children → 214 lei;
//     together 514 lei a month.
//   Kindergarten tickets: a family with the family aid, Luca attends regularly → 105 lei a month
//   ("Valoarea nominală lunară minimă … este de 105 lei/lună"), September to June.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAppForSuite, withApp } from './harness.mjs';
import { continueTo, pick, fillMember, continueThroughOtherBenefitsToResults } from './flows.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-23T10:00:00');

async function income(page, kind, amount, next) {
  await pick(page, 'Da, au fost venituri');
  await page.getByLabel('Felul venitului').selectOption(kind);
  await page.getByLabel('Suma netă primită în lună').fill(amount);
  await continueTo(page, next);
}

test('a low-income family with two children sees the VMI (300 + 214 lei) and the kindergarten tickets (105 lei)', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByLabel('Venituri mici').check();
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { name: 'Ioana', birth: [12, 4, 1991] });
    for (const [i, member] of [
      { name: 'Mihai', role: 'spouse', birth: [3, 9, 1989] },
      { name: 'Ana', role: 'child', birth: [20, 2, 2017] },
      { name: 'Luca', role: 'child', birth: [5, 6, 2021] },
    ].entries()) {
      await page.getByTestId('add-member').click();
      await fillMember(page, i + 1, member);
    }
    await continueTo(page, 'question-incomes-0');
    await income(page, 'salary', '800', 'question-incomes-1');
    await pick(page, 'Nu, niciun venit');
    await continueTo(page, 'question-incomes-2');
    await income(page, 'state_child_allowance', '292', 'question-incomes-3');
    await pick(page, 'Da, au fost venituri');
    await page.getByLabel('Felul venitului').selectOption('state_child_allowance');
    await page.getByLabel('Suma netă primită în lună').fill('292');

    const met = await continueThroughOtherBenefitsToResults(page, {
      'question-heating': 'Cu gaze naturale (centrală sau sobă pe gaz)',
      'question-energy-sources': 'Energie electrică (curent)',
      'question-tenure': 'Stau cu chirie',
      'question-owners-association': 'Da',
      'question-kindergarten': 'Da, merge regulat',
      'question-days-without-income': 'De mai mult de 90 de zile în anul acesta',
    });
    // The heating aid's home questions (200 lei per member is under its limit), then the VMI's
    // shared household, the canteen's question about the family (asked once), Luca's
    // kindergarten. Mihai is without income for more than the canteen's 90 days (seed 004,
    // category g).
    assert.deepEqual(met, [
      'question-heating', 'question-energy-sources', 'question-excluding-assets', 'question-tenure',
      'question-owners-association', 'question-vehicles', 'question-declared-property',
      'question-lives-with-others',
      'question-chronically-ill-or-invalid',
      'question-days-without-income', 'question-kindergarten',
    ]);
    await app.screenshot('low-income-results-phone.png');

    const vmi = page.getByTestId('benefit-vmi');
    assert.equal(await vmi.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    assert.match(await vmi.locator('.amount-figure').innerText(), /^514 lei/);
    await vmi.getByText('300 lei', { exact: false }).first().waitFor();
    await vmi.getByText('214 lei', { exact: false }).first().waitFor();
    const tickets = page.getByTestId('benefit-kindergarten-tickets');
    assert.equal(await tickets.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    assert.match(await tickets.locator('.amount-figure').innerText(), /^105 lei/);
    const summary = page.getByRole('region', { name: 'Pe scurt' });
    await summary.getByText('514 lei / lună').waitFor();
    await summary.getByText('105 lei / lună').waitFor();
    app.assertNoErrors();
  }, { clock: TODAY }));
