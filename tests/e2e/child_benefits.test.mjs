// A new parent, from the first screen to the dates and the papers (issue 9), with a reload in
// the middle, and the dates taken away as a calendar file read back by an independent parser.
//
// The case, worked out by hand from the seeds:
//   Ioana (applicant, no income last month), Radu her husband (salary 4.800 lei), Luca born
//   10.09.2026 in Romania; Cluj-Napoca, checked on 22.11.2026. Ioana had 20 months of salary in
//   the 24 before the birth, an average net income of 4.000 lei, and her postnatal leave ended on
//   22.10.2026; she is not back at work.
//   Heating aid and supplement: 4.800 ÷ 3 = 1.600 lei > 1.386 lei (seed 004) → no, and the home
//   is not asked about.
//   State child allowance (seed 004): Luca is under 18 → yes, the higher level (under 2).
//   Filing term (seed 000): "Alocaţia de stat – 1 an de la data naşterii copilului"
//   → Friday 10 September 2027; on the portal a week before → Friday 3 September 2027.
//   Child-raising allowance (seed 004: "minim 12 luni în ultimele 24"; seed 000: 85%, at most
//   8.500 lei): 20 ≥ 12 → yes; 0,85 × 4.000 = 3.400 lei. Term: from 22.09.2026 (seed 000: "Cu
//   maxim 30 de zile calendaristice înainte de expirarea concediului postnatal") to Monday
//   21.12.2026, seed 004's bare "60 de zile" from the leave's last day, the earlier date (issue
//   17); seed 000's "60 de zile lucrătoare" would end on Friday 22.01.2027 (30 Nov, 1 Dec, 25 Dec,
//   1 Jan, 6 and 7 Jan are not counted). Portal by 14.12.2026. Radu's own months: at the latest
//   the day before Luca turns 2 (seed 004) → 09.09.2028.
//   Insertion incentive: not back at work → not now; back before 10.03.2027 (6 months) it would
//   be 1.500 lei (seed 000).
//   Papers: the opis, "Cerere alocație", both parents' IDs, the marriage certificate (a spouse),
//   Luca's birth certificate; for the allowance also the "Cerere tip" and the "Adeverință tip".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import ICAL from 'ical.js';
import { serveAppForSuite, withApp } from './harness.mjs';
import { continueTo, pick, fillMember, continueThroughOtherBenefitsToResults, answerChildRaisingAllowance, startAndListNewParentFamily } from './flows.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

test('a new parent walks from the first screen to the dates and the papers, with a reload in the middle', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByText('Alocația de stat pentru copii').waitFor();
    await startAndListNewParentFamily(page);
    await continueTo(page, 'question-incomes-0');

    // Reload in the middle: the case is kept.
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('question-incomes-0').waitFor();

    await pick(page, 'Nu, niciun venit');
    await continueTo(page, 'question-incomes-1');
    await pick(page, 'Da, au fost venituri');
    await page.getByLabel('Suma netă primită în lună').fill('4.800');
    await continueTo(page, 'question-incomes-2');
    await pick(page, 'Nu, niciun venit');
    // Over the heating limit: no question about the home. Luca's disability (the leave runs
    // until 3 for a child with a certificate), then where he was born.
    await continueTo(page, 'question-disability');
    await page.getByRole('heading', { name: /^Luca are certificat de încadrare în grad de handicap/ }).waitFor();
    await pick(page, 'Nu, fără certificat de handicap');
    await continueTo(page, 'question-child-birth-country');
    await page.getByRole('heading', { name: 'Unde s-a născut Luca?' }).waitFor();
    await pick(page, 'În România');
    // The child-raising allowance, one question at a time.
    await continueTo(page, 'question-carer');
    await page.getByRole('heading', { name: 'Ce sunteți pentru Luca?' }).waitFor();
    await answerChildRaisingAllowance(page, { months: 20, leaveEnd: [22, 10, 2026], average: '4.000' });
    // The allowance's papers: meal vouchers in the 12 months bring a certificate of their own
    // (seed 004). Everything is checked: the social canteen asks once who in the family is
    // invalid or chronically ill, then how long Ioana has been without income (seed 004,
    // categories f and g). Luca, 2 months, is not asked about kindergarten, and
    // 4.800 ÷ 3 = 1.600 lei is over the VMI's levels.
    assert.deepEqual(await continueThroughOtherBenefitsToResults(page), [
      'question-meal-vouchers',
      'question-chronically-ill-or-invalid',
      'question-days-without-income',
      // Parents leaving to work abroad must tell the office 40 days before (Legea 272/2004, 004).
      'question-leaving-to-work-abroad',
    ]);

    const allowance = page.getByTestId('benefit-state-child-allowance');
    assert.equal(await allowance.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    const icc = page.getByTestId('benefit-child-raising-allowance');
    assert.equal(await icc.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    await icc.getByText('3.400 lei', { exact: false }).first().waitFor();
    const agenda = page.getByTestId('agenda');
    await agenda.getByText('Depuneți dosarul pentru indemnizația de creștere a copilului între 22 septembrie 2026 și luni, 21 decembrie 2026').waitFor();
    await agenda.getByText('trimiteți dosarul până luni, 14 decembrie 2026', { exact: false }).waitFor();
    await agenda.getByText('Paginile oficiale diferă: pagina DASM Cluj-Napoca, Serviciul protecție socială dă 60 de zile lucrătoare (până 22 ianuarie 2027)', { exact: false }).waitFor();
    await agenda.getByText('Depuneți dosarul pentru alocația de stat (copilul născut la 10 septembrie 2026) până vineri, 10 septembrie 2027').waitFor();
    await agenda.getByText('trimiteți dosarul până vineri, 3 septembrie 2027', { exact: false }).waitFor();
    await agenda.getByText('cel târziu sâmbătă, 9 septembrie 2028', { exact: false }).waitFor();
    // The dated list comes in date order: the allowance for raising the child first.
    const agendaText = await agenda.innerText();
    assert.ok(agendaText.indexOf('21 decembrie 2026') < agendaText.indexOf('10 septembrie 2027'), 'sorted by date');
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
    await icc.getByTestId('details').locator('summary').click();
    await icc.getByText('„Adeverință tip” de la angajator', { exact: false }).waitFor();
    await icc.getByText('Formularul „Cerere tip” pentru indemnizație', { exact: false }).waitFor();
    const incentive = page.getByTestId('benefit-insertion-incentive');
    await incentive.getByTestId('details').locator('summary').click();
    await incentive.getByText('Dacă vă întoarceți la muncă înainte de 10 martie 2027, stimulentul este 1.500 lei pe lună', { exact: false }).waitFor();

    // The dates, taken away: one event per dated term, a reminder a week before.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('calendar-file').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'eligibil-termene.ics');
    const text = await fs.readFile(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(events.map((e) => e.startDate.toString()).sort(), ['2026-12-21', '2027-09-10', '2028-09-09']);
    const allowanceEvent = events.find((e) => e.startDate.toString() === '2027-09-10');
    assert.match(allowanceEvent.summary, /alocația de stat/);
    const alarm = calendar.getAllSubcomponents('vevent')[0].getFirstSubcomponent('valarm');
    assert.equal(alarm.getFirstPropertyValue('trigger').toString(), '-P7D');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a single parent who says "a child" brings them is asked only what a new parent\'s benefits need, is told plainly of a term already past, and can check the rest', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByLabel('Un copil născut de curând sau pe drum').check();
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { name: 'Maria', birth: [5, 5, 1995] });
    await page.getByTestId('add-member').click();
    await fillMember(page, 1, { name: 'Ana', role: 'child', birth: [1, 9, 2026] });
    // No question about incomes or the home: a new parent's benefits need neither.
    await continueTo(page, 'question-disability');
    await pick(page, 'Nu, fără certificat de handicap');
    await continueTo(page, 'question-child-birth-country');
    await pick(page, 'În România');
    await continueTo(page, 'question-carer');
    // No maternity leave: the term counts from the birth.
    await answerChildRaisingAllowance(page, { months: 14, average: '3000' });
    await continueTo(page, 'question-meal-vouchers');
    await pick(page, 'Nu');
    await continueTo(page, 'results');
    assert.equal(
      await page.getByTestId('benefit-state-child-allowance').getByTestId('verdict').innerText(),
      'Îndepliniți condițiile',
    );
    const agenda = page.getByTestId('agenda');
    // 01.09.2026 + 1 an = 01.09.2027, a Wednesday (seed 000: "1 an de la data naşterii").
    await agenda.getByText('până miercuri, 1 septembrie 2027', { exact: false }).waitFor();
    // Seed 000: "60 de zile calendaristice de la naştere dacă nu există concediu de maternitate":
    // 01.09.2026 + 60 zile = 31.10.2026, before 22.11.2026: said plainly, with what still helps.
    await agenda.getByText('Depuneți dosarul pentru indemnizația de creștere a copilului până sâmbătă, 31 octombrie 2026').waitFor();
    await agenda.getByText('Termenul a trecut la 31 octombrie 2026. Puteți depune și acum: dosarul depus după termen dă dreptul de la data depunerii', { exact: false }).waitFor();
    // Seed 004 counts 60 working days: the pages differ, and the earlier date was given.
    await agenda.getByText('Paginile oficiale diferă: pagina Direcției Asistență Socială Năvodari (regulile naționale, valabile și în Cluj-Napoca) dă 60 de zile lucrătoare', { exact: false }).waitFor();
    // 0,85 × 3.000 = 2.550 lei.
    await page.getByTestId('benefit-child-raising-allowance').getByText('2.550 lei', { exact: false }).first().waitFor();
    const summary = page.getByRole('region', { name: 'Pe scurt' });
    await summary.getByText('Ajutor pentru încălzirea locuinței, Supliment pentru energie, Venitul minim de incluziune (VMI)', { exact: false }).waitFor();
    // "Check everything" goes on from where the case is: the incomes, for the heating aid.
    await page.getByTestId('check-everything').click();
    await page.getByTestId('question-incomes-0').waitFor();
    app.assertNoErrors();
  }, { clock: TODAY }));
