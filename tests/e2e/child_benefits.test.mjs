// A new parent, from the first screen to the dates and the papers (issue 9), with a reload in
// the middle, and the dates taken away as a calendar file read back by an independent parser.
//
// The case, worked out by hand from the seeds:
//   Ioana (applicant, no income), Radu her husband (salary 4.800 lei), Luca born 10.03.2026
//   in Romania; Cluj-Napoca, checked on 22.11.2026.
//   Heating aid and supplement: 4.800 ÷ 3 = 1.600 lei > 1.386 lei (seed 004) → no, and the home
//   is not asked about.
//   State child allowance (seed 004): Luca is under 18 → yes, the higher level (under 2).
//   Filing term (seed 000): "Alocaţia de stat – 1 an de la data naşterii copilului"
//   → Wednesday 10 March 2027; on the portal a week before → Wednesday 3 March 2027.
//   Papers: the opis, "Cerere alocație", both parents' IDs, the marriage certificate (a spouse),
//   Luca's birth certificate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import ICAL from 'ical.js';
import { serveAppForSuite, withApp } from './harness.mjs';
import { continueTo, pick, fillMember, continueThroughOtherBenefitsToResults } from './flows.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

test('a new parent walks from the first screen to the dates and the papers, with a reload in the middle', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByText('Alocația de stat pentru copii').waitFor();
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { name: 'Ioana', birth: [1, 4, 1992] });
    await page.getByTestId('add-member').click();
    await fillMember(page, 1, { name: 'Radu', role: 'spouse', birth: [3, 2, 1990] });
    await page.getByTestId('add-member').click();
    await fillMember(page, 2, { name: 'Luca', role: 'child', birth: [10, 3, 2026] });
    await continueTo(page, 'question-incomes-0');

    // Reload in the middle: the case is kept.
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('resume').click();
    await page.getByTestId('question-incomes-0').waitFor();

    await pick(page, 'Nu, niciun venit');
    await continueTo(page, 'question-incomes-1');
    await pick(page, 'Da, au fost venituri');
    await page.getByLabel('Suma netă primită în lună').fill('4.800');
    await continueTo(page, 'question-incomes-2');
    await pick(page, 'Nu, niciun venit');
    // Over the heating limit: no question about the home; the allowance asks where Luca was born.
    await continueTo(page, 'question-child-birth-country');
    await page.getByRole('heading', { name: 'Unde s-a născut Luca?' }).waitFor();
    await pick(page, 'În România');
    // Everything is checked: the social canteen asks about each person, then about Ioana's days
    // without income (seed 004, categories f and g). Luca, 8 months, is not asked about
    // kindergarten, and 4.800 ÷ 3 = 1.600 lei is over the VMI's levels.
    assert.deepEqual(await continueThroughOtherBenefitsToResults(page), [
      'question-chronically-ill-or-invalid',
      'question-chronically-ill-or-invalid',
      'question-chronically-ill-or-invalid',
      'question-days-without-income',
    ]);

    const allowance = page.getByTestId('benefit-state-child-allowance');
    assert.equal(await allowance.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    const agenda = page.getByTestId('agenda');
    await agenda.getByText('Depuneți dosarul pentru alocația de stat (copilul născut la 10 martie 2026) până miercuri, 10 martie 2027').waitFor();
    await agenda.getByText('trimiteți dosarul până miercuri, 3 martie 2027', { exact: false }).waitFor();
    await allowance.getByTestId('details').locator('summary').click();
    for (const paper of [
      'Opisul dosarului (lista actelor din dosar) — formularul „Opis”',
      'Formularul „Cerere alocație”, semnat de ambii părinți',
      'Actele de identitate ale ambilor părinți',
      'Certificatul de căsătorie',
      'Certificatul de naștere — Luca',
    ]) {
      await allowance.getByText(paper, { exact: true }).waitFor();
    }
    assert.equal(await allowance.getByText('Declarație celălalt părinte', { exact: false }).count(), 0, 'married parents: neither the paper nor the form');
    assert.equal(await allowance.getByText('Anexa UE', { exact: false }).count(), 0, 'born in Romania: no EU annex');

    // The dates, taken away: one event per dated term, a reminder a week before.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('calendar-file').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'eligibil-termene.ics');
    const text = await fs.readFile(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 1);
    assert.equal(events[0].startDate.toString(), '2027-03-10');
    assert.match(events[0].summary, /alocația de stat/);
    const alarm = calendar.getAllSubcomponents('vevent')[0].getFirstSubcomponent('valarm');
    assert.equal(alarm.getFirstPropertyValue('trigger').toString(), '-P7D');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a single parent who says "a child" brings them is asked only what the allowance needs, and can check the rest', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByLabel('Un copil născut de curând sau pe drum').check();
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { name: 'Maria', birth: [5, 5, 1995] });
    await page.getByTestId('add-member').click();
    await fillMember(page, 1, { name: 'Ana', role: 'child', birth: [1, 9, 2026] });
    // No question about incomes or the home: the allowance needs neither.
    await continueTo(page, 'question-child-birth-country');
    await pick(page, 'În România');
    await continueTo(page, 'results');
    assert.equal(
      await page.getByTestId('benefit-state-child-allowance').getByTestId('verdict').innerText(),
      'Îndepliniți condițiile',
    );
    // 01.09.2026 + 1 an = 01.09.2027, a Wednesday (seed 000: "1 an de la data naşterii").
    await page.getByTestId('agenda').getByText('până miercuri, 1 septembrie 2027', { exact: false }).waitFor();
    const summary = page.getByRole('region', { name: 'Pe scurt' });
    await summary.getByText('Ajutor pentru încălzirea locuinței, Supliment pentru energie, Venitul minim de incluziune (VMI)', { exact: false }).waitFor();
    // "Check everything" goes on from where the case is: the incomes, for the heating aid.
    await page.getByTestId('check-everything').click();
    await page.getByTestId('question-incomes-0').waitFor();
    app.assertNoErrors();
  }, { clock: TODAY }));
