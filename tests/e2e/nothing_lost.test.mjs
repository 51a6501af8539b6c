// Issue 22: nobody stuck, nothing lost. "None" answers on every question of several choices,
// cases that survive a copy, a corrupt entry and a full device, the case list's progress and
// focus, the kiosk that forgets (warning, live regions, windows it opened), the print-out and
// the calendar file worth handing over, and the smaller things (desktop sizes, alerts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serveAppForSuite, withApp, REPO_ROOT } from './harness.mjs';
import { pick, fillMember, continueTo, answerFamilyHeatedWithGas, answerNewParentToResults, answerPensionerUpToEnergySources, answerNothingOwnedToResults } from './flows.mjs';
import { walk, next } from './walk.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

/** The app's localStorage entries, { key: text }. */
function stored(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('eligibil.')).map((k) => [k, localStorage.getItem(k)])),
  );
}

/** Press "Continuă" with nothing ticked: the app must move on, not ask for an answer. */
async function continueWithNothingTicked(page, id) {
  assert.equal(await page.locator('main input[type=checkbox]:checked').count(), 0, `${id}: nothing is ticked`);
  await page.getByTestId('continue').click();
  await page.waitForFunction((screen) => !document.querySelector(`[data-testid="${screen}"]`), id, { timeout: 5000 }).catch(async () => {
    const error = await page.locator('#question-error').innerText().catch(() => '');
    throw new Error(`${id}: "Continuă" with nothing ticked did not move on (${error})`);
  });
}

test('"none" is an answer: the rent aid asset list and the assimilated periods move on with nothing ticked', (t) =>
  withApp(suite.browser, `${suite.server.url}/?topic=rent&start=1`, t, async (app) => {
    const { page } = app;
    // A victim of domestic violence renting in Cluj-Napoca, owning nothing on the list (seed 001).
    await walk(page, {
      stopAt: 'question-listed-assets',
      answers: {
        'question-domestic-violence-victim': 'Da',
        'question-months-of-residence': { fill: '60' },
        'question-actually-lives-in-city': 'Da',
      },
    });
    await continueWithNothingTicked(page, 'question-listed-assets');
    const id = await page.evaluate(() => localStorage.getItem('eligibil.current'));
    const saved = JSON.parse((await stored(page))[`eligibil.case.${id}`]);
    assert.deepEqual(saved.case.draft.answers.listed_assets, { several: [] }, 'stored as "none of these"');
    await walk(page);
    await page.getByTestId('results').waitFor();
    app.assertNoErrors();
  }, { clock: TODAY }));

test('"none" is an answer for a new parent with 10 months of income and none of the assimilated periods', (t) =>
  withApp(suite.browser, `${suite.server.url}/?topic=child&start=1`, t, async (app) => {
    const { page } = app;
    await walk(page, {
      stopAt: 'question-assimilated-periods',
      answers: {
        'question-members': async (p) => {
          await fillMember(p, 0, { birth: [1, 4, 1992] });
          await p.getByTestId('add-member').click();
          await fillMember(p, 1, { role: 'child', birth: [1, 10, 2026] });
        },
        'question-carer': /* the first choice: a natural parent */ async (p) => p.locator('main input[type=radio]').first().check(),
        'question-income-months': { fill: '10' },
        'question-maternity-leave': 'Nu',
      },
    });
    await continueWithNothingTicked(page, 'question-assimilated-periods');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('a copy of a case with an 80-character name is a case the app still reads after a reload', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const long = 'Familia Popescu-Ionescu din strada Memorandumului, blocul 12, scara B, ap. 4, et 2'.slice(0, 80);
    page.on('dialog', (dialog) => dialog.accept(dialog.type() === 'prompt' ? long : undefined));
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await page.getByTestId('open-cases').click();
    await page.getByRole('button', { name: 'Redenumește' }).click();
    await page.getByRole('heading', { name: long }).waitFor();
    await page.getByRole('button', { name: 'Fă o copie' }).click();
    await page.getByTestId('case').nth(1).waitFor();
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('open-cases').click();
    assert.equal(await page.getByTestId('case').count(), 2, 'both cases load');
    assert.equal(await page.getByTestId('set-aside').count(), 0, 'nothing set aside');
    const names = await page.locator('.case-name').allInnerTexts();
    assert.ok(names.some((n) => n.startsWith('Familia') && n.includes('(copie)')), names.join(' | '));
    for (const n of names) assert.ok(n.replace(' (deschis)', '').length <= 80, n);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('an entry that cannot be read is set aside, listed, downloadable as it was, and deleted only when asked', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    page.on('dialog', (dialog) => dialog.accept());
    const broken = '{"format":"eligibil-case","schema":2,"case":{"id":"c9","name":"Ion", "draft": [';
    await page.evaluate((text) => localStorage.setItem('eligibil.case.c9', text), broken);
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByText('O intrare de pe acest dispozitiv nu a putut fi citită ca un caz. Nu am șters-o', { exact: false }).waitFor();
    await page.getByTestId('open-cases').click();
    const entry = page.getByTestId('set-aside');
    assert.equal(await entry.count(), 1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      entry.getByRole('button', { name: 'Descarcă așa cum este' }).click(),
    ]);
    assert.equal(await fs.readFile(await download.path(), 'utf8'), broken, 'downloaded exactly as it was');
    assert.equal((await stored(page))['eligibil.set-aside.c9'], broken, 'kept on the device');
    await entry.getByRole('button', { name: 'Șterge definitiv' }).click();
    assert.equal(await page.getByTestId('set-aside').count(), 0);
    assert.equal((await stored(page))['eligibil.set-aside.c9'], undefined);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('the case list follows the questions a case asks: a case started with ticks and finished says done', (t) =>
  withApp(suite.browser, `${suite.server.url}/?topic=heating&start=1`, t, async (app) => {
    const { page } = app;
    await walk(page, {
      answers: {
        'question-incomes-0': async (p) => {
          await pick(p, 'Da, au fost venituri');
          await p.getByLabel('Suma netă primită în lună').fill('1.100');
        },
        'question-heating': 'Cu gaze naturale (centrală sau sobă pe gaz)',
        'question-energy-sources': 'Energie electrică (curent)',
        'question-tenure': 'Stau cu chirie',
      },
    });
    await page.getByTestId('results').waitFor();
    await page.getByTestId('open-cases').click();
    assert.equal(await page.getByTestId('case').locator('p').nth(1).innerText(), 'Gata: rezultatul este complet.');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('copy and delete keep the focus on the case being worked on and say what happened', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    page.on('dialog', (dialog) => dialog.accept());
    await page.getByTestId('open-cases').click();
    await page.getByTestId('new-case').click();
    await page.getByTestId('open-cases').click();
    // Caz 2 first (newest), Caz 1 second. Copy Caz 1 by keyboard, twice.
    const row = page.getByTestId('case').filter({ has: page.getByRole('heading', { name: /^Caz 1( \(deschis\))?$/ }) });
    await row.getByRole('button', { name: 'Fă o copie' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Caz 1 (copie)' }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.closest('[data-testid=case]')?.querySelector('h2')?.innerText);
    assert.equal(await focused(), 'Caz 1', 'the focus stays on Caz 1');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Caz 1 (copie 2)' }).waitFor();
    assert.equal(await focused(), 'Caz 1', 'Enter twice copies Caz 1 twice, not another case');
    await page.waitForFunction(() => document.querySelector('#announcer').textContent.includes('Caz 1 (copie 2)'));
    // Delete Caz 1 (the last row): the focus goes to the row above, and it is said.
    await row.getByRole('button', { name: 'Șterge' }).click();
    await page.waitForFunction(() => document.querySelector('#announcer').textContent === 'Cazul „Caz 1” a fost șters.');
    assert.equal(await page.getByTestId('case').count(), 3);
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=case]')), 'the focus is on a case, not lost');
    // The import button shows the focus ring when tabbed to.
    await page.getByTestId('import').focus();
    const outline = await page.locator('.file-button').evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid');
    app.assertNoErrors();
  }, { clock: TODAY }));

/** Fill localStorage until the browser refuses any more (a full device). */
async function fillStorage(page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler.${n++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
}

test('a full device: the cases stored are still listed, a new case or an import is never said to be saved', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    page.on('dialog', (dialog) => dialog.accept('Ana Pop'));
    await page.getByTestId('open-cases').click();
    await page.getByRole('button', { name: 'Redenumește' }).click();
    await page.getByRole('heading', { name: /^Ana Pop/ }).waitFor();
    await fillStorage(page);
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('open-cases').click();
    assert.equal(await page.getByTestId('case').count(), 1, 'the stored case is still listed');
    await page.getByRole('heading', { name: /^Ana Pop/ }).waitFor();

    // A new case: on screen, marked not saved, and the notice says the device is full.
    await page.getByTestId('new-case').click();
    await page.getByTestId('storage-full').waitFor();
    await page.getByTestId('open-cases').click();
    assert.equal(await page.getByTestId('case-unsaved').count(), 1, 'the new case is marked as not saved');

    // An import: read, listed, and said NOT saved.
    const dir = await fs.mkdtemp(path.join(REPO_ROOT, 'target', 'e2e-full-'));
    const file = path.join(dir, 'caz.json');
    const ana = Object.entries(await stored(page)).find(([k]) => k.startsWith('eligibil.case.'))[1];
    await fs.writeFile(file, ana);
    await page.getByTestId('import').setInputFiles(file);
    const message = await page.getByTestId('cases-message').innerText();
    assert.match(message, /NU a putut fi salvat/);
    assert.doesNotMatch(message, /salvat pe acest dispozitiv\./);

    // The open case can be exported from the notice.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-open-case').click()]);
    assert.equal(JSON.parse(await fs.readFile(await download.path(), 'utf8')).format, 'eligibil-case');

    // After a reload the stored case is there; what was never saved is not, as the app said.
    await page.reload();
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('open-cases').click();
    await page.getByRole('heading', { name: /^Ana Pop/ }).waitFor();
    await fs.rm(dir, { recursive: true, force: true });
    app.assertNoErrors();
  }, { clock: TODAY }));

test('kiosk: the idle question takes the focus, is announced, and hides the case behind it', (t) =>
  withApp(suite.browser, `${suite.server.url}/?kiosk=1&idle=2`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await page.getByTestId('idle-warning').waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.activeElement?.id === 'idle-continue');
    const dialog = page.getByRole('alertdialog', { name: 'Mai sunteți aici?' });
    assert.equal(await dialog.count(), 1);
    assert.equal(await page.locator('main').evaluate((m) => getComputedStyle(m).visibility), 'hidden', 'the case is not readable behind it');
    assert.equal(await page.locator('.site-header').evaluate((m) => getComputedStyle(m).visibility), 'hidden');
    await page.getByRole('button', { name: 'Da, continui' }).click();
    assert.equal(await page.locator('main').evaluate((m) => getComputedStyle(m).visibility), 'visible');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('kiosk: after "Ieșire rapidă" and after the idle wipe no live region holds the last person\'s words', (t) =>
  withApp(suite.browser, `${suite.server.url}/?kiosk=1&idle=2`, t, async (app) => {
    const { page } = app;
    const liveText = () =>
      page.evaluate(() => [...document.querySelectorAll('[aria-live], [role=status], [role=alert]')].map((e) => e.textContent).join('').trim());
    for (const wipe of ['quick-exit', 'idle']) {
      await page.getByTestId('start').click();
      await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
      await continueTo(page, 'question-members');
      await page.getByTestId('add-member').click();
      await page.waitForFunction(() => document.querySelector('#announcer').textContent.includes('Persoana 2 a fost adăugată'));
      if (wipe === 'quick-exit') {
        await page.getByTestId('quick-exit').click();
        await page.getByTestId('neutral').waitFor();
        assert.equal(await liveText(), '', 'quick exit: every live region empty');
        await page.getByRole('button', { name: 'Începe' }).click();
      } else {
        await page.getByTestId('start').waitFor({ timeout: 10_000 });
        assert.equal(await liveText(), '', 'idle wipe: every live region empty');
      }
    }
    app.assertNoErrors();
  }, { clock: TODAY }));

test('kiosk: a window opened from the kiosk (the portal link) is closed by the wipe', (t) =>
  withApp(suite.browser, `${suite.server.url}/?kiosk=1`, t, async (app) => {
    const { page, context } = app;
    await answerFamilyHeatedWithGas(page);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('.office a[target=_blank]').first().click(),
    ]);
    await page.getByTestId('quick-exit').click();
    await page.getByTestId('neutral').waitFor();
    if (!popup.isClosed()) await popup.waitForEvent('close', { timeout: 5000 });
    assert.equal(context.pages().length, 1, 'only the kiosk remains');
  }, { clock: TODAY }));

/** The printed PDF of the results: its number of pages and its text, page by page. */
async function printed(page, name) {
  await page.emulateMedia({ media: 'print' });
  const dir = await fs.mkdtemp(path.join(REPO_ROOT, 'target', 'e2e-print-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return { pages, text, pageTexts: text.split('\f').map((p) => p.replace(/\s+/g, ' ').trim()), pdf };
}

test('the print-out for a family is two or three A4 pages: the case, the answers, the verdicts, the papers and the dates', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    page.on('dialog', (dialog) => dialog.accept('Familia Pop'));
    await page.getByTestId('open-cases').click();
    await page.getByRole('button', { name: 'Redenumește' }).click();
    await page.getByRole('heading', { name: /^Familia Pop/ }).waitFor();
    await page.getByRole('button', { name: 'Deschide' }).click();
    await page.getByTestId('question-residence').waitFor();
    // The family of the main case (Ana 2.400 lei, husband none, gas, tenants).
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { name: 'Ana', birth: [14, 3, 1988] });
    await page.getByTestId('add-member').click();
    await fillMember(page, 1, { role: 'spouse', birth: [2, 7, 1986] });
    await continueTo(page, 'question-incomes-0');
    await pick(page, 'Da, au fost venituri');
    await page.getByLabel('Suma netă primită în lună').fill('2.400');
    await next(page);
    await walk(page, {
      answers: {
        'question-heating': 'Cu gaze naturale (centrală sau sobă pe gaz)',
        'question-energy-sources': 'Energie electrică (curent)',
        'question-tenure': 'Stau cu chirie',
        'question-owners-association': 'Da',
      },
    });
    const { pages, pageTexts } = await printed(page, 'family');
    assert.ok(pages <= 3, `${pages} pages`);
    const all = pageTexts.join(' ');
    const first = pageTexts[0];
    for (const expected of ['Rezultatul: Familia Pop', 'Calculat pentru 22 noiembrie 2026', 'Pe scurt']) {
      assert.ok(first.includes(expected), `page 1 says "${expected}": ${first.slice(0, 400)}`);
    }
    for (const expected of [
      'Răspunsurile date',
      'Ana, născut(ă) la 14.03.1988',
      'Salariu: 2.400 lei',
      'Ajutor pentru încălzirea locuinței',
      'Acte de adus',
      'Contractul de închiriere al locuinței',
      'Ce aveți de făcut și până când',
      'str. Venus nr. 20-22, Cluj-Napoca',
    ]) {
      assert.ok(all.includes(expected), `the print-out says "${expected}"`);
    }
    for (const chrome of ['Cazurile mele', 'Modifică răspunsurile', 'Tipărește', 'Schimbă', 'De ce, ce acte trebuie']) {
      assert.ok(!all.includes(chrome), `no "${chrome}" on paper`);
    }
    app.assertNoErrors();
  }, { clock: TODAY }));

test('the print-outs for a new parent and for a pensioner are at most three A4 pages, page 1 more than a title', async (t) => {
  const households = [
    ['new parent', answerNewParentToResults, 'Indemnizația pentru creșterea copilului'],
    [
      'pensioner',
      async (page) => {
        await answerPensionerUpToEnergySources(page, {
          residence: 'În Cluj-Napoca — domiciliul (adresa din buletin)',
          pension: '1.150',
          heating: 'Cu lemne, cărbuni sau combustibil petrolier',
        });
        await answerNothingOwnedToResults(page, 'Sunt proprietar (am cumpărat-o)');
      },
      'Ajutor pentru încălzirea locuinței',
    ],
  ];
  for (const [name, answer, benefit] of households) {
    await withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
      const { page } = app;
      await answer(page);
      await page.getByTestId('results').waitFor();
      const { pages, pageTexts } = await printed(page, name.replace(' ', '-'));
      assert.ok(pages <= 3, `${name}: ${pages} pages`);
      assert.ok(pageTexts[0].includes('Pe scurt') && pageTexts[0].includes(benefit), `${name}: page 1 holds the verdicts`);
      app.assertNoErrors();
    }, { clock: TODAY });
  }
});

test('twins: the calendar file has one event for each child, each with its own UID', (t) =>
  withApp(suite.browser, `${suite.server.url}/?topic=child&start=1`, t, async (app) => {
    const { page } = app;
    await walk(page, {
      answers: {
        'question-members': async (p) => {
          await fillMember(p, 0, { birth: [1, 4, 1992] });
          await p.getByTestId('add-member').click();
          await fillMember(p, 1, { role: 'child', name: 'Ana', birth: [1, 10, 2026] });
          await p.getByTestId('add-member').click();
          await fillMember(p, 2, { role: 'child', name: 'Maria', birth: [1, 10, 2026] });
        },
        'question-carer': async (p) => p.locator('main input[type=radio]').first().check(),
        'question-income-months': { fill: '24' },
        'question-maternity-leave': 'Nu',
        'question-average-net-income': { fill: '4000' },
        'question-child-birth-country': 'În România',
      },
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calendar-file').click()]);
    const ics = await fs.readFile(await download.path(), 'utf8');
    const uids = [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    assert.equal(new Set(uids).size, uids.length, `every event its own UID: ${uids.join(', ')}`);
    // Seed 000: "Alocaţia de stat – 1 an de la data naşterii copilului": 01.10.2027, for each twin.
    assert.equal(uids.filter((u) => u.startsWith('file-state-allowance') && u.includes('20271001')).length, 2, uids.join(', '));
    app.assertNoErrors();
  }, { clock: TODAY }));

test('smaller: a 1280 px desktop keeps the tablet text size, headings get no heavy frame, errors are not re-announced while retyping', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    assert.ok(size < 20, `body text ${size}px at 1280×800, not the kiosk's 24px`);
    await page.getByTestId('start').click();
    await page.waitForFunction(() => document.activeElement?.id === 'question-title');
    const frame = await page.locator('#question-title').evaluate((h) => `${getComputedStyle(h).outlineStyle} ${getComputedStyle(h).boxShadow}`);
    assert.equal(frame, 'none none', 'the focused heading has no frame');
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { birth: [14, 3, 1988] });
    await continueTo(page, 'question-incomes-0');
    await pick(page, 'Da, au fost venituri');
    const amount = page.getByLabel('Suma netă primită în lună');
    await amount.fill('abc');
    await page.getByTestId('continue').click();
    await page.locator('.field-error').first().waitFor();
    // The message is read with the field the focus is moved to, not as an alert that fires on
    // every keystroke while the person retypes.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-describedby') === 'income-error-0-0');
    assert.equal(await page.locator('main [role=alert]').count(), 0);
    await amount.pressSequentially('12');
    assert.equal(await page.locator('main [role=alert]').count(), 0);
    app.assertNoErrors();
  }, { clock: TODAY, viewport: { width: 1280, height: 800 } }));
