// Issue 11: focus and announcements through a whole case, with the keyboard only, and the
// links inside the page that used to send people back to the start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAppForSuite, withApp } from './harness.mjs';
import { continueTo, pick, fillMember, answerFamilyHeatedWithGas, continueThroughOtherBenefitsToResults } from './flows.mjs';
import {
  assertFocusVisible, assertHeadingFocused, chooseByKeyboard, continueByKeyboard, focused, tabTo,
} from './a11y.mjs';

const suite = serveAppForSuite();
const TODAY = new Date('2026-11-22T10:00:00');

const announced = (page) => page.evaluate(() => document.getElementById('announcer')?.textContent ?? '');

test('a whole case with the keyboard only: the heading has the focus after every screen change, every stop is visible', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    const { keyboard } = page;
    await assertHeadingFocused(page, 'welcome');
    assert.equal(await page.title(), 'Eligibil — ajutoare sociale Cluj-Napoca');
    await tabTo(page, () => document.activeElement?.dataset?.testid === 'start', { what: 'to Începe' });
    await keyboard.press('Enter');

    await page.getByTestId('question-residence').waitFor();
    await assertHeadingFocused(page, 'residence');
    assert.equal(await page.title(), 'Întrebarea 1 — Eligibil');
    await chooseByKeyboard(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueByKeyboard(page, 'question-members');

    await assertHeadingFocused(page, 'members');
    assert.equal(await page.title(), 'Întrebarea 2 — Eligibil');
    await tabTo(page, () => document.activeElement?.id === 'member-0-name', { what: 'to the name' });
    assert.equal(await page.evaluate(() => document.activeElement.autocomplete), 'name');
    await keyboard.type('Ion');
    await keyboard.press('Tab');
    await keyboard.type('1');
    await keyboard.press('Tab');
    await keyboard.type('4');
    await keyboard.press('Tab');
    await keyboard.type('1950');
    await assertFocusVisible(page, 'the year box');
    await continueByKeyboard(page, 'question-incomes-0');

    await assertHeadingFocused(page, 'incomes');
    await chooseByKeyboard(page, 'Da, au fost venituri');
    await tabTo(page, () => document.activeElement?.id === 'income-kind-0-0', { what: 'to the kind of income' });
    await keyboard.press('ArrowDown'); // Salariu -> Pensie
    assert.equal(await page.evaluate(() => document.activeElement.value), 'pension');
    await keyboard.press('Tab');
    await keyboard.type('1500');
    await continueByKeyboard(page, 'question-heating');

    await assertHeadingFocused(page, 'heating');
    await chooseByKeyboard(page, 'Cu lemne, cărbuni sau combustibil petrolier');
    await continueByKeyboard(page, 'question-energy-sources');

    await assertHeadingFocused(page, 'energy sources');
    // Electricity starts ticked; wood cannot be unticked, and the box says why.
    await tabTo(page, () => document.activeElement?.type === 'checkbox', { what: 'to the first box' });
    const woodNote = await page.getByLabel('Lemne, cărbuni sau combustibil petrolier').getAttribute('aria-describedby');
    assert.equal(woodNote, 'choice-note');
    await page.locator('#choice-note').getByText('Rămâne bifat', { exact: false }).waitFor();
    await continueByKeyboard(page, 'question-excluding-assets');

    for (const [testid, answer, next] of [
      ['excluding assets', 'Nu', 'question-tenure'],
      ['tenure', 'Sunt proprietar (am moștenit-o)', 'question-owners-association'],
      ['owners association', 'Nu', 'question-vehicles'],
      ['vehicles', 'Nu', 'question-declared-property'],
      ['declared property', 'Nu', 'question-marginalised-in-dasm-records'],
      // Rent aid (seed 001): none of its three groups, so nothing more is asked for it.
      ['marginalised', 'Nu', 'question-domestic-violence-victim'],
      ['domestic violence', 'Nu', 'results'],
    ]) {
      await assertHeadingFocused(page, testid);
      await chooseByKeyboard(page, answer);
      await continueByKeyboard(page, next);
    }

    await assertHeadingFocused(page, 'results');
    assert.equal(await page.title(), 'Rezultatul — Eligibil');
    // 1.500 lei <= 2.053 lei (single person, seed 004); 30 + 20 = 50 lei supplement.
    assert.match(await page.getByTestId('benefit-energy-supplement').locator('.amount-figure').innerText(), /^50 lei/);
    // Back by keyboard: Shift+Tab reaches "Modifică răspunsurile" too, every stop visible.
    await tabTo(page, () => document.activeElement?.innerText === 'Modifică răspunsurile', { what: 'to Modifică răspunsurile' });
    app.assertNoErrors();
  }, { clock: TODAY }));

test('the skip link and each summary link move to their place and change neither the screen nor the case', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    const counter = await page.locator('.step').innerText();
    const historyLength = await page.evaluate(() => history.length);

    // From the question's heading, back up to the skip link at the top of the page.
    await tabTo(page, () => document.activeElement?.innerText === 'Sari la conținut', { back: true, what: 'to the skip link' });
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'the focus is on the content');
    await page.getByTestId('question-members').waitFor();
    assert.equal(await page.locator('.step').innerText(), counter, 'the counter follows the case');
    assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entry for a place in the page');
    // The phone's back button still goes one question back, not to the start.
    await page.goBack();
    await page.getByTestId('question-residence').waitFor();
    assert.equal(await page.getByLabel('În Cluj-Napoca — domiciliul (adresa din buletin)').isChecked(), true);
    await continueTo(page, 'question-members');

    // The summary links, on the results.
    await page.getByTestId('member-0').getByLabel('Ziua').fill('1');
    await page.getByTestId('member-0').getByLabel('Luna').fill('4');
    await page.getByTestId('member-0').getByLabel('Anul').fill('1960');
    await continueTo(page, 'question-incomes-0');
    await pick(page, 'Da, au fost venituri');
    await page.getByLabel('Suma netă primită în lună').fill('5000');
    const otherQuestions = await continueThroughOtherBenefitsToResults(page);
    const links = page.locator('.summary a');
    const count = await links.count();
    assert.ok(count >= 2);
    for (let i = 0; i < count; i++) {
      const href = await links.nth(i).getAttribute('href');
      await links.nth(i).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('results').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), href.slice(1), `${href}: the focus moved there`);
      await assertFocusVisible(page, href);
    }
    assert.equal(await page.evaluate(() => history.length), historyLength + 2 + otherQuestions.length, 'only the screens passed, nothing more');
    app.assertNoErrors();
  }, { clock: TODAY }));

test('adding and deleting a person or an income moves the focus to the card and says so', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    await fillMember(page, 0, { birth: [14, 3, 1988] });

    await page.getByTestId('add-member').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'member-1-role');
    await assertFocusVisible(page, 'the new card');
    assert.match(await announced(page), /Persoana 2 a fost adăugată/);
    await page.getByTestId('add-member').click();
    await page.waitForFunction(() => document.activeElement?.id === 'member-2-role');
    await assertFocusVisible(page, 'the third card');

    // Delete the second person: the card now in its place takes the focus.
    await page.getByTestId('member-1').getByRole('button', { name: 'Șterge această persoană' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'member-1-role');
    await assertFocusVisible(page, 'after a delete');
    assert.match(await announced(page), /Persoana a fost ștearsă\. Acum: 2 persoane/);

    await page.getByTestId('member-1').getByLabel('Ziua').fill('2');
    await page.getByTestId('member-1').getByLabel('Luna').fill('7');
    await page.getByTestId('member-1').getByLabel('Anul').fill('1986');
    await continueTo(page, 'question-incomes-0');
    await pick(page, 'Da, au fost venituri');
    await page.getByRole('button', { name: '+ Adaugă alt venit' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'income-kind-0-1');
    await assertFocusVisible(page, 'the new income');
    assert.match(await announced(page), /Venitul 2 a fost adăugat/);
    await page.getByRole('button', { name: 'Șterge acest venit' }).nth(1).click();
    await page.waitForFunction(() => document.activeElement?.id === 'income-kind-0-0');
    assert.match(await announced(page), /Venitul a fost șters/);
    app.assertNoErrors();
  }, { clock: TODAY }));

test('an empty answer focuses the first radio, tied to the message; a wrong year focuses the year box', (t) =>
  withApp(suite.browser, `${suite.server.url}/`, t, async (app) => {
    const { page } = app;
    await page.getByTestId('start').click();
    await page.getByTestId('question-residence').waitFor();
    await page.getByTestId('continue').click();
    await page.getByText('Alegeți un răspuns ca să putem merge mai departe.').waitFor();
    await page.waitForFunction(() => document.activeElement?.type === 'radio');
    assert.equal(await page.locator('[role=radiogroup]').getAttribute('aria-describedby'), 'question-error');
    await assertFocusVisible(page, 'the first answer');

    await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    await continueTo(page, 'question-members');
    const card = page.getByTestId('member-0');
    // The three boxes are one group named "Data nașterii".
    assert.equal(await card.locator('fieldset.date-input legend').innerText(), 'Data nașterii');
    await card.getByLabel('Ziua').fill('14');
    await card.getByLabel('Luna').fill('3');
    await card.getByLabel('Anul').fill('1850');
    await page.getByTestId('continue').click();
    await page.getByText('Verificați anul', { exact: false }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'member-0-birth-year');
    assert.equal(await card.getByLabel('Anul').getAttribute('aria-describedby'), 'member-0-birth-error');
    assert.equal(await card.getByLabel('Anul').getAttribute('aria-invalid'), 'true');
    assert.equal(await card.getByLabel('Ziua').getAttribute('aria-invalid'), 'false');
    await assertFocusVisible(page, 'the year box');
    app.assertNoErrors();
  }, { clock: TODAY }));
