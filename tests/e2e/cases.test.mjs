// Volunteer mode (several cases on one device, a case as a file) and the lobby kiosk
// (nothing kept, idle wipe, quick exit), as issue 7 asks them to be checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { serveAppForSuite, withApp, REPO_ROOT } from './harness.mjs';
import { continueTo, pick, answerFamilyHeatedWithGas, answerOtherBenefitsNoToResults } from './flows.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

/** Every localStorage entry of the app, as { key: text }. */
async function stored(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith('eligibil.')) out[key] = localStorage.getItem(key);
    }
    return out;
  });
}

async function openCases(page) {
  await page.getByTestId('open-cases').click();
  await page.getByTestId('cases').waitFor();
}

/** The case row whose heading starts with `name`. */
function row(page, name) {
  return page.getByTestId('case').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
}

async function exportCase(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row(page, name).getByRole('button', { name: 'Exportă în fișier' }).click(),
  ]);
  const file = await download.path();
  return { text: await fs.readFile(file, 'utf8'), suggested: download.suggestedFilename() };
}

test('two cases are created, exported, deleted, and imported back identical', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    page.on('dialog', (dialog) => dialog.accept(dialog.type() === 'prompt' ? page.__nextName : undefined));

    // Case 1: Cluj-Napoca, domicile.
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    // Case 2, from the list: lives elsewhere.
    await openCases(page);
    await page.getByTestId('new-case').click();
    await page.getByTestId('start').click();
    await pick(page, 'În altă localitate');
    await continueTo(page, 'question-members');

    await openCases(page);
    assert.equal(await page.getByTestId('case').count(), 2);
    page.__nextName = 'Ana Pop';
    await row(page, 'Caz 1').getByRole('button', { name: 'Redenumește' }).click();
    page.__nextName = 'Ion Rus';
    await row(page, 'Caz 2').getByRole('button', { name: 'Redenumește' }).click();
    await row(page, 'Ana Pop').waitFor();
    await row(page, 'Ion Rus').waitFor();

    const ana = await exportCase(page, 'Ana Pop');
    const ion = await exportCase(page, 'Ion Rus');
    assert.equal(ana.suggested, 'eligibil-ana-pop.json');
    assert.equal(JSON.parse(ana.text).format, 'eligibil-case');
    assert.equal(JSON.parse(ion.text).case.draft.residence, 'elsewhere');

    await page.getByTestId('delete-all').click();
    await page.getByTestId('cases-message').getByText('Toate cazurile au fost șterse.').waitFor();
    assert.equal(await page.getByTestId('case').count(), 1, 'a fresh empty case remains open');
    assert.equal(Object.keys(await stored(page)).filter((k) => k.startsWith('eligibil.case.')).length, 1);

    const dir = await fs.mkdtemp(path.join(REPO_ROOT, 'target', 'e2e-cases-'));
    for (const { text, suggested } of [ana, ion]) {
      const file = path.join(dir, suggested);
      await fs.writeFile(file, text);
      await page.getByTestId('import').setInputFiles(file);
      await page.getByTestId('cases-message').getByText('Cazul a fost adăugat în listă și salvat pe acest dispozitiv.').waitFor();
    }
    assert.equal(await page.getByTestId('case').count(), 3);
    // Imported back identical: exported again, the same file, byte for byte.
    assert.equal((await exportCase(page, 'Ana Pop')).text, ana.text);
    assert.equal((await exportCase(page, 'Ion Rus')).text, ion.text);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a file that is not a case, or changed into an impossible one, is refused and nothing stored changes', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await openCases(page);
    const before = await stored(page);
    const { text } = await exportCase(page, 'Caz 1');
    const dir = await fs.mkdtemp(path.join(REPO_ROOT, 'target', 'e2e-bad-'));
    const tries = [
      ['poza.json', 'not json at all', 'nu este un fișier de caz Eligibil'],
      ['nou.json', text.replace('"schema":2', '"schema":9'), 'versiune mai nouă'],
      // Changed by hand: the applicant born in 2090.
      ['viitor.json', text.replace('"members":[{"role":"applicant","name":"","birth":{"day":"","month":"","year":""}',
        '"members":[{"role":"applicant","name":"","birth":{"day":"1","month":"1","year":"2090"}'), 'nu poate exista'],
    ];
    for (const [name, content, message] of tries) {
      assert.notEqual(content, text, `${name} differs from the original`);
      const file = path.join(dir, name);
      await fs.writeFile(file, content);
      await page.getByTestId('import').setInputFiles(file);
      await page.getByTestId('cases-message').getByText(message, { exact: false }).waitFor();
      assert.deepEqual(await stored(page), before, `${name}: nothing stored changed`);
    }
    assert.equal(await page.getByTestId('case').count(), 1);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a corrupt case beside a good one is set aside and reported while the good one loads', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const good = {
      format: 'eligibil-case',
      schema: 2,
      case: {
        id: 'c1',
        name: 'Maria',
        updated: '2026-11-20 09:00',
        draft: { residence: 'cluj_resedinta', members_confirmed: false, members: [{ role: 'applicant', name: 'Maria', birth: { day: '1', month: '2', year: '1970' }, incomes: null }], heating: null, energy_sources: null, answers: {} },
        ticked: [],
      },
    };
    await page.evaluate((goodText) => {
      localStorage.setItem('eligibil.case.c1', goodText);
      localStorage.setItem('eligibil.case.c2', '{"format":"eligibil-case","schema":2,"case":{"id":"c2"');
    }, JSON.stringify(good));
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByText('O intrare de pe acest dispozitiv nu a putut fi citită ca un caz', { exact: false }).waitFor();
    await openCases(page);
    await row(page, 'Maria').waitFor();
    const after = await stored(page);
    assert.equal(after['eligibil.case.c2'], undefined, 'the corrupt entry left the list');
    assert.equal(after['eligibil.set-aside.c2'], '{"format":"eligibil-case","schema":2,"case":{"id":"c2"', 'kept aside, untouched');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a draft stored by the previous version (schema 1) is migrated into a case and finishes as before', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const fixture = await fs.readFile(path.join(REPO_ROOT, 'tests', 'fixtures', 'draft-schema-1.json'), 'utf8');
    await page.evaluate((text) => {
      for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
      localStorage.setItem('eligibil.draft', text);
    }, fixture);
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    // Every question of schema 1's two benefits was answered: resuming goes on with the
    // questions the benefits added since ask (rent aid, canteen), then the results.
    await page.getByTestId('resume').click();
    await page.getByTestId('question-marginalised-in-dasm-records').waitFor();
    await answerOtherBenefitsNoToResults(page);
    // Ana 2.400 lei + husband 0 → 1.200 lei per member ≤ 1.386 lei (seed 004).
    assert.equal(await page.getByTestId('benefit-heating-aid').getByTestId('verdict').innerText(), 'Îndepliniți condițiile');
    const after = await stored(page);
    assert.equal(after['eligibil.draft'], undefined, 'the old entry is gone once the case is saved');
    const cases = Object.keys(after).filter((k) => k.startsWith('eligibil.case.'));
    assert.equal(cases.length, 1);
    assert.equal(JSON.parse(after[cases[0]]).case.name, 'Cazul salvat');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('ticking papers off is saved with the case', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await answerFamilyHeatedWithGas(page);
    const heating = page.getByTestId('benefit-heating-aid');
    await heating.getByTestId('details').locator('summary').click();
    await heating.getByLabel('Contractul de închiriere al locuinței').check();
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('results').waitFor();
    await heating.getByTestId('details').locator('summary').click();
    assert.equal(await heating.getByLabel('Contractul de închiriere al locuinței').isChecked(), true);
    assert.equal(await heating.getByLabel('Copie după ultima factură de gaze naturale').isChecked(), false);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('kiosk: nothing is stored, the idle timer warns and then wipes everything', (t) =>
  withApp(suite.browser, `${suite.server.url}/?kiosk=1&idle=2`, t, async (app) => {
    const { page } = app;
    assert.equal(await page.evaluate(() => document.body.classList.contains('kiosk')), true);
    assert.equal(await page.getByTestId('open-cases').count(), 0, 'no case list in the lobby');
    const historyAtStart = await page.evaluate(() => history.length);
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await page.getByTestId('member-0').getByLabel('Prenume (opțional)').fill('Ana');
    assert.deepEqual(await stored(page), {}, 'nothing of the person is written to the device');
    assert.equal(await page.evaluate(() => history.length), historyAtStart, 'no browser history to go back through');
    // No touch for 2 s: the question; 2 s more: everything wiped, back to the start.
    await page.getByTestId('idle-warning').getByText('Mai sunteți aici?').waitFor({ timeout: 10_000 });
    await page.getByTestId('start').waitFor({ timeout: 10_000 });
    assert.equal(await page.getByTestId('idle-warning').count(), 0);
    assert.deepEqual(await stored(page), {});
    await page.getByTestId('start').click();
    await page.getByTestId('question-residence').waitFor();
    assert.equal(await page.getByLabel('În Cluj-Napoca — domiciliul (adresa din buletin)').isChecked(), false, 'the answers are gone');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('kiosk: "Mai sunteți aici?" answered keeps the case', (t) =>
  withApp(suite.browser, `${suite.server.url}/?kiosk=1&idle=2`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await page.getByTestId('idle-warning').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Da, continui' }).click();
    assert.equal(await page.getByTestId('idle-warning').count(), 0);
    assert.equal(await page.getByLabel('În Cluj-Napoca — domiciliul (adresa din buletin)').isChecked(), true);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('kiosk: "Ieșire rapidă" clears the screen at once and leaves a neutral page', (t) =>
  withApp(suite.browser, `${suite.server.url}/?kiosk=1`, t, async (app) => {
    const { page } = app;
    const historyAtStart = await page.evaluate(() => history.length);
    await answerFamilyHeatedWithGas(page);
    await page.getByTestId('quick-exit').click();
    await page.getByTestId('neutral').waitFor();
    assert.equal(await page.getByText('Ajutor pentru încălzirea locuinței').count(), 0, 'nothing of the case on screen');
    assert.deepEqual(await stored(page), {});
    assert.equal(await page.evaluate(() => history.length), historyAtStart, 'nothing to go back to');
    // Printing stays available in the kiosk; export to a file does not exist there.
    await page.getByRole('button', { name: 'Începe' }).click();
    await page.getByTestId('start').click();
    await page.getByTestId('question-residence').waitFor();
    assert.equal(await page.getByLabel('În Cluj-Napoca — domiciliul (adresa din buletin)').isChecked(), false);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('the print view on A4 holds the verdicts, the papers as a checklist, the dates, the office and the sources, without app chrome', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await answerFamilyHeatedWithGas(page);
    await page.emulateMedia({ media: 'print' });
    const dir = await fs.mkdtemp(path.join(REPO_ROOT, 'target', 'e2e-print-'));
    const pdf = path.join(dir, 'rezultat.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Calculat pentru 22 noiembrie 2026',
      'Regulile și sumele au fost verificate după paginile oficiale la 22 noiembrie 2026',
      'Puteți primi',
      // The papers of every benefit in one checklist, the answers the verdicts rest on.
      'Contractul de închiriere al locuinței',
      'Copie după ultima factură de gaze naturale',
      'Salariu: 2.400 lei',
      // Report changes within 5 calendar days (seed 000), as one line.
      'Anunțați la DASM orice schimbare în familie sau în venituri în 5 zile calendaristice de la schimbare',
      'str. Venus nr. 20-22, Cluj-Napoca',
      '0264 413 058',
      'portal.dasmclujnapoca.ro',
      'Legea 226/2021',
    ]) {
      assert.ok(text.includes(expected), `the printout says "${expected}"`);
    }
    for (const chrome of ['Cazurile mele', 'Modifică răspunsurile', 'Tipărește', 'Sari la conținut']) {
      assert.ok(!text.includes(chrome), `no "${chrome}" on paper`);
    }
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a full quota mid-case: the app says the case is not being kept, and the case goes on in memory', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    // From now on every write fails as a full device does.
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByTestId('member-0').getByLabel('Prenume (opțional)').fill('Ana');
    await page.getByTestId('storage-full').getByText('Memoria acestui dispozitiv este plină', { exact: false }).waitFor();
    await page.getByTestId('member-0').getByLabel('Ziua').fill('14');
    await page.getByTestId('member-0').getByLabel('Luna').fill('3');
    await page.getByTestId('member-0').getByLabel('Anul').fill('1988');
    await continueTo(page, 'question-incomes-0');
    assert.deepEqual(app.pageErrors, [], 'no uncaught errors although every write fails');
    await page.getByRole('button', { name: 'Înapoi' }).click();
    assert.equal(await page.getByTestId('member-0').getByLabel('Prenume (opțional)').inputValue(), 'Ana', 'nothing typed is lost');
  }, { clock: TODAY }));
