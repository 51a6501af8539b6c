// End to end, as a family would use the app on a phone: answer one question
// per screen, see the verdicts with their reasons, reload, find the case kept.
//
// The case (worked out by hand from seed 004, "AJUTOR PENTRU INCALZIREA
// LOCUINTEI SI SUPLIMENT LUNAR PENTRU ENERGIE"):
//   Ana (applicant, salary 2.400 lei net in October 2026) and her husband
//   (no income), Cluj-Napoca domicile, gas heating, electricity and gas used.
//   Income per member = 2400 / 2 = 1200 lei <= 1.386 lei (family limit)
//     -> heating aid: "Îndepliniți condițiile"; no amount (the pages give no table).
//   Energy supplement: 30 lei (electricity) + 10 lei (gas) = 40 lei / month.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAppForSuite, withApp } from './harness.mjs';
import { continueTo, pick, fillMember, answerUpToIncomes, answerFromSecondIncomeToResults, answerSinglePersonOverTheLimit, answerPensionerUpToEnergySources, answerNothingOwnedToResults, heatingVerdicts } from './flows.mjs';

const suite = serveAppForSuite();

// The check date is the device's date: fix it so the income month is October 2026.
const TODAY = new Date('2026-11-22T10:00:00');

test('a family heated with gas sees both verdicts, the reasons and the papers, and the case survives a reload', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await answerUpToIncomes(page);

    // The question names the month before the check date.
    await assert.doesNotReject(page.getByRole('heading', { name: 'Ce venituri ați avut în octombrie 2026?' }).waitFor());
    await pick(page, 'Da, au fost venituri');
    const amount = page.getByLabel('Suma netă primită în lună');

    // Bad input: a clear message next to the field, nothing else lost.
    await amount.fill('-5');
    await page.getByTestId('continue').click();
    await page.getByText('Suma nu poate fi negativă.').waitFor();
    await amount.fill('două mii');
    await page.getByText('Scrieți suma doar cu cifre').waitFor();
    assert.equal(await page.getByTestId('question-incomes-0').count(), 1, 'still on the same question');
    await amount.fill('2.400');
    await continueTo(page, 'question-incomes-1');

    // Reload in the middle: the case is kept on the device, the person lands where they were
    // (issue 21), and Back still walks back through the screens before it.
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('question-incomes-1').waitFor();
    await page.goBack();
    await page.getByTestId('question-incomes-0').waitFor();
    await page.goForward();
    await page.getByTestId('question-incomes-1').waitFor();

    await answerFromSecondIncomeToResults(page);
    await app.screenshot('results-phone.png');

    const heating = page.getByTestId('benefit-heating-aid');
    assert.equal(await heating.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    // The summary comes first and groups what they can get.
    const summary = page.getByRole('region', { name: 'Pe scurt' });
    await summary.getByRole('heading', { name: 'Puteți primi', exact: true }).waitFor();
    await summary.getByText('40 lei / lună').waitFor();
    // Details are folded until opened, as a person would tap them open.
    assert.equal(await heating.getByText('Contractul de închiriere al locuinței').isVisible(), false, 'folded at first');
    await heating.getByTestId('details').locator('summary').click();
    // 2.400 lei ÷ 2 persoane = 1.200 lei <= 1.386 lei (seed 004).
    await heating.getByText('Total venituri nete: 2.400 lei ÷ 2 persoane = 1.200 lei pe persoană.').waitFor();
    await heating.getByText('Venitul net pe membru de familie din octombrie 2026 de cel mult 1.386 lei').waitFor();
    // Only the papers that apply: the tenancy contract, both IDs, Ana's salary proof, the gas bill,
    // the owners' association certificate; no car or property papers.
    await heating.getByText('Contractul de închiriere al locuinței').waitFor();
    await heating.getByText('Dovada venitului din octombrie 2026: salariu — Ana').waitFor();
    await heating.getByText('Copie după ultima factură de gaze naturale').waitFor();
    await heating.getByText('Adeverință de la asociația de proprietari', { exact: false }).waitFor();
    assert.equal(await heating.getByText('talonul mașinii', { exact: false }).count(), 0);
    // Report changes within 5 calendar days: from Sunday 22 Nov 2026 -> Friday 27 Nov 2026. Both
    // benefits carry the same rule: the one list of what to do shows it once, for both.
    const agenda = page.getByTestId('agenda');
    // A duty that starts only when something changes is one line, with its term (issue 17).
    await agenda.getByText('Anunțați la DASM orice schimbare în familie sau în venituri în 5 zile calendaristice de la schimbare').waitFor();
    assert.equal(await agenda.locator('li').count(), 1);
    await agenda.getByText('Pentru: Ajutor pentru încălzirea locuinței, Supliment pentru energie').waitFor();
    // The sources are one tap away.
    await heating.locator('details.sources summary').click();
    await heating.getByText('Legea 226/2021', { exact: false }).first().waitFor();

    const supplement = page.getByTestId('benefit-energy-supplement');
    assert.equal(await supplement.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    // 30 lei (electricity) + 10 lei (gas) = 40 lei (seed 004, lit. a) and b)).
    assert.match(await supplement.locator('.amount-figure').innerText(), /^40 lei/);

    // The office from seed 000.
    await page.getByText('str. Venus nr. 20-22, Cluj-Napoca, ghișeul 1').waitFor();

    // Reload on the results: the answers are still there.
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('results').waitFor();
    app.assertNoErrors();
  }, { clock: TODAY }));

test('someone living in another town is screened alike and told to file at their own town hall', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    // Legea 226/2021 is national: the same questions as anyone; only the office differs
    // (seed 000: DASM Cluj-Napoca registers only its residents' dossiers).
    // 2.053 lei <= 2.053 lei, the single person's limit (seed 004).
    await answerPensionerUpToEnergySources(page, {
      residence: 'În altă localitate',
      pension: '2.053',
      heating: 'Cu curent electric',
    });
    await answerNothingOwnedToResults(page, 'Sunt proprietar (am cumpărat-o)');
    const heating = page.getByTestId('benefit-heating-aid');
    assert.equal(await heating.getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    await heating.getByTestId('details').locator('summary').click();
    await heating.getByText('Depuneți cererea la serviciul public de asistență socială al primăriei unde aveți domiciliul sau reședința', { exact: false }).waitFor();
    // Not DASM Cluj-Napoca's office card: they file where they live.
    assert.equal(await page.getByText('str. Venus nr. 20-22', { exact: false }).count(), 0);
    // Electricity as the only energy source: 70 lei (seed 004).
    assert.match(await page.getByTestId('benefit-energy-supplement').locator('.amount-figure').innerText(), /^70 lei/);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a birth date that does not exist gets a message by the field and keeps what was typed', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — reședința (viză de flotant)');
    await continueTo(page, 'question-members');
    const applicant = page.getByTestId('member-0');
    await applicant.getByLabel('Prenume (opțional)').fill('Ion');
    await applicant.getByLabel('Ziua').fill('31');
    await applicant.getByLabel('Luna').fill('2');
    await applicant.getByLabel('Anul').fill('1960');
    await page.getByTestId('continue').click();
    await page.getByText('Această dată nu există.', { exact: false }).waitFor();
    assert.equal(await applicant.getByLabel('Prenume (opțional)').inputValue(), 'Ion');
    assert.equal(await applicant.getByLabel('Anul').inputValue(), '1960');
    await applicant.getByLabel('Ziua').fill('28');
    await continueTo(page, 'question-incomes-0');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('with storage blocked the app still works and says the case will not be kept', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    // As in a private window or under a kiosk policy: touching localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByText('Răspunsurile nu pot fi păstrate pe acest dispozitiv', { exact: false }).waitFor();
    await answerSinglePersonOverTheLimit(page);
    assert.deepEqual(await heatingVerdicts(page), ['Nu îndepliniți condițiile', 'Nu îndepliniți condițiile']);
    assert.deepEqual(app.pageErrors, [], 'no uncaught errors although storage throws');
  }, { clock: TODAY }));

test('a pensioner heating with wood keeps the electricity on the energy screen: 30 + 20 = 50 lei', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    // Issue 10: ticking only "lemne" used to lose the electricity almost every home uses.
    await answerPensionerUpToEnergySources(page, {
      residence: 'În Cluj-Napoca — domiciliul (adresa din buletin)',
      pension: '1500',
      heating: 'Cu lemne, cărbuni sau combustibil petrolier',
    });
    assert.equal(await page.getByLabel('Energie electrică (curent)').isChecked(), true, 'electricity starts ticked');
    assert.equal(await page.getByLabel('Lemne, cărbuni sau combustibil petrolier').isChecked(), true, 'the heating source is in use');
    await page.getByText('Curentul electric este bifat dinainte', { exact: false }).waitFor();
    await answerNothingOwnedToResults(page, 'Sunt proprietar (am moștenit-o)');
    // 1.500 lei <= 2.053 lei (single person); 30 lei electricity (to the supplier) +
    // 20 lei wood (to him) = 50 lei (seed 004, lit. a) and c)).
    assert.match(await page.getByTestId('benefit-energy-supplement').locator('.amount-figure').innerText(), /^50 lei/);
    app.assertNoErrors();
  }, { clock: TODAY }));
