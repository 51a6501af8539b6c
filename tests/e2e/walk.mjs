// A walk through the questions that answers each screen from a table, with a plain default for
// any screen the table does not name: used by tests that need to reach one screen deep in a
// case (the rent aid's asset list, the assimilated periods) without scripting every step.

import { pick, fillMember } from './flows.mjs';

/**
 * Answer screens until `stopAt` (a data-testid) or the results appear; returns the screens met.
 * `answers[id]` is a label to pick, `{ fill }` for a number or a sum, `{ none: true }` to press
 * "Continuă" with nothing ticked, or an async function (page) => {} that answers the screen.
 * Defaults: residence in Cluj-Napoca (domicile); the applicant born 14.03.1988 and nobody else;
 * no income; "Nu" (or the choice that starts with "Nu", else the first choice); 0 for a number;
 * nothing ticked.
 */
export async function walk(page, { answers = {}, stopAt = null, limit = 40 } = {}) {
  const met = [];
  for (;;) {
    const screen = page.locator('[data-testid="results"], [data-testid^="question-"]').first();
    await screen.waitFor();
    const id = await screen.getAttribute('data-testid');
    if (id === stopAt || id === 'results') return met;
    if (met.length > limit) throw new Error(`too many questions: ${met.join(', ')}`);
    met.push(id);
    const given = answers[id];
    if (typeof given === 'function') await given(page);
    else if (typeof given === 'string') await pick(page, given);
    else if (given?.fill !== undefined) await page.locator('main input[inputmode]').first().fill(given.fill);
    else if (given?.none) { /* nothing ticked */ }
    else await answerPlainly(page, id);
    await next(page);
  }
}

async function answerPlainly(page, id) {
  if (id === 'question-residence') return pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
  if (id === 'question-members') {
    const year = await page.getByTestId('member-0').getByLabel('Anul').inputValue();
    if (!year) await fillMember(page, 0, { birth: [14, 3, 1988] });
    return;
  }
  if (id.startsWith('question-incomes-')) return pick(page, 'Nu, niciun venit');
  const no = page.getByLabel(/^Nu\b/).first();
  if (await no.count()) return no.check();
  const number = page.locator('#answer-text');
  if (await number.count()) return number.fill('0');
  // A choice with no "no" among its answers: the first one (a child born in Romania).
  const radio = page.locator('main input[type=radio]').first();
  if (await radio.count()) return radio.check();
  const date = page.locator('#answer-date-day');
  if (await date.count()) throw new Error(`${id}: a date needs an answer in the table`);
  // A list of boxes: nothing ticked.
}

/** Press "Continuă" and wait for another screen (or the same question for the next person). */
export async function next(page) {
  const before = await page.locator('#question-title').innerText();
  const step = await page.locator('.step').innerText().catch(() => '');
  await page.getByTestId('continue').click();
  await page.waitForFunction(
    ([title, oldStep]) => {
      const now = document.querySelector('#question-title')?.innerText;
      const nowStep = document.querySelector('.step')?.innerText ?? '';
      return now !== title || nowStep !== oldStep || document.querySelector('[data-testid="results"]');
    },
    [before, step],
  );
}
