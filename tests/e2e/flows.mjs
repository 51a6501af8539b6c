// Ways through the app, shared by the end-to-end tests and the screenshot script.

/** Press "Continuă" and wait for the next screen (by its data-testid). */
export async function continueTo(page, nextTestId) {
  await page.getByTestId('continue').click();
  await page.getByTestId(nextTestId).waitFor();
}

/**
 * The questions the means-tested and local benefits (VMI, rent aid, social canteen, kindergarten
 * tickets) add when everything is checked, which come after the heating and allowance ones:
 * press "Continuă", then answer each such screen "Nu" (a number: 0; a list: nothing ticked) until
 * the results. Returns the screens met (their data-testid), for the test to assert.
 */
export async function continueThroughOtherBenefitsToResults(page, answers = {}) {
  await nextScreen(page);
  return answerOtherBenefitsNoToResults(page, answers);
}

/**
 * As continueThroughOtherBenefitsToResults, from a question of theirs already on screen.
 * `answers` may give another answer for a screen (by data-testid): a label to pick, or
 * `{ fill }` for a number; the same answer for every person the question comes for.
 */
export async function answerOtherBenefitsNoToResults(page, answers = {}) {
  const met = [];
  for (;;) {
    const screen = page.locator('[data-testid="results"], [data-testid^="question-"]').first();
    const id = await screen.getAttribute('data-testid');
    if (id === 'results') return met;
    if (met.length > 30) throw new Error(`too many questions: ${met.join(', ')}`);
    met.push(id);
    const given = answers[id];
    if (typeof given === 'string') { await pick(page, given); await nextScreen(page); continue; }
    if (given?.fill !== undefined) { await page.locator('#answer-text').fill(given.fill); await nextScreen(page); continue; }
    // "Nu", or the choice that says no ("Nu este înscris la grădiniță").
    const no = page.getByLabel(/^Nu\b/).first();
    const number = page.locator('#answer-text');
    if (await no.count()) await no.check();
    else if (await number.count()) await number.fill('0');
    else if (!(await page.locator('main input[type=checkbox]').count())) throw new Error(`cannot answer ${id}`);
    await nextScreen(page);
  }
}

/** Press "Continuă" and wait for a new screen (the same question may come for the next person). */
async function nextScreen(page) {
  const before = await page.locator('#question-title').innerText();
  await page.getByTestId('continue').click();
  await page.waitForFunction((old) => document.querySelector('#question-title')?.innerText !== old, before);
}

/** The verdicts of the heating aid and the energy supplement, in that order. */
export async function heatingVerdicts(page) {
  return Promise.all(['benefit-heating-aid', 'benefit-energy-supplement']
    .map((id) => page.getByTestId(id).getByTestId('verdict').innerText()));
}

/** Tick the radio or checkbox whose label is exactly `label`. */
export async function pick(page, label) {
  await page.getByLabel(label, { exact: true }).check();
}

/** Fill a member's card: name (optional), birth date as [day, month, year], role. */
export async function fillMember(page, index, { name, birth, role }) {
  const card = page.getByTestId(`member-${index}`);
  if (role) await card.getByLabel('Cine este').selectOption(role);
  if (name) await card.getByLabel('Prenume (opțional)').fill(name);
  const [day, month, year] = birth;
  await card.getByLabel('Ziua').fill(String(day));
  await card.getByLabel('Luna').fill(String(month));
  await card.getByLabel('Anul').fill(String(year));
}

/** Start, say "Cluj-Napoca, domicile", and list Ana (1988) and her husband (1986). */
export async function answerUpToIncomes(page, { onScreen = async () => {} } = {}) {
  await page.getByTestId('start').click();
  await page.getByTestId('question-residence').waitFor();
  await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
  await onScreen('residence');
  await continueTo(page, 'question-members');
  await fillMember(page, 0, { name: 'Ana', birth: [14, 3, 1988] });
  await page.getByTestId('add-member').click();
  await fillMember(page, 1, { role: 'spouse', birth: [2, 7, 1986] });
  await onScreen('members');
  await continueTo(page, 'question-incomes-0');
}

/**
 * From the husband's income on: no income, gas heating, electricity and gas used, nothing on
 * the excluding list, tenants in a block with an owners' association, no car, no other
 * property. Ends on the results screen.
 */
export async function answerFromSecondIncomeToResults(page) {
  await pick(page, 'Nu, niciun venit');
  await continueTo(page, 'question-heating');
  await pick(page, 'Cu gaze naturale (centrală sau sobă pe gaz)');
  await continueTo(page, 'question-energy-sources');
  await pick(page, 'Energie electrică (curent)');
  await continueTo(page, 'question-excluding-assets');
  await pick(page, 'Nu');
  await continueTo(page, 'question-tenure');
  await pick(page, 'Stau cu chirie');
  await continueTo(page, 'question-owners-association');
  await pick(page, 'Da');
  await continueTo(page, 'question-vehicles');
  await pick(page, 'Nu');
  await continueTo(page, 'question-declared-property');
  await pick(page, 'Nu');
  return continueThroughOtherBenefitsToResults(page);
}

/**
 * The family of the main end-to-end case: Ana (salary 2.400 lei) and her husband (no income),
 * then as answerFromSecondIncomeToResults. Ends on the results screen.
 */
export async function answerFamilyHeatedWithGas(page, { onScreen = async () => {} } = {}) {
  await answerUpToIncomes(page, { onScreen });
  await pick(page, 'Da, au fost venituri');
  await page.getByLabel('Suma netă primită în lună').fill('2.400');
  await onScreen('incomes');
  await continueTo(page, 'question-incomes-1');
  return answerFromSecondIncomeToResults(page);
}

/**
 * The shortest honest way to the results: a single person in Cluj-Napoca (born 1960) whose
 * pension of 5.000 lei is over both limits (2.053 lei for a single person, seed 004), so
 * nothing more is asked. Ends on the results screen.
 */
export async function answerSinglePersonOverTheLimit(page) {
  await page.getByTestId('start').click();
  await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
  await continueTo(page, 'question-members');
  await fillMember(page, 0, { birth: [1, 4, 1960] });
  await continueTo(page, 'question-incomes-0');
  await pick(page, 'Da, au fost venituri');
  await page.getByLabel('Felul venitului').selectOption('pension');
  await page.getByLabel('Suma netă primită în lună').fill('5000');
  return continueThroughOtherBenefitsToResults(page);
}

/**
 * A person living alone, born 1 April 1950, with a pension of `pension` lei, heated with
 * `heating`: from the first screen to the energy-sources screen.
 */
export async function answerPensionerUpToEnergySources(page, { residence, pension, heating }) {
  await page.getByTestId('start').click();
  await pick(page, residence);
  await continueTo(page, 'question-members');
  await fillMember(page, 0, { birth: [1, 4, 1950] });
  await continueTo(page, 'question-incomes-0');
  await pick(page, 'Da, au fost venituri');
  await page.getByLabel('Felul venitului').selectOption('pension');
  await page.getByLabel('Suma netă primită în lună').fill(pension);
  await continueTo(page, 'question-heating');
  await pick(page, heating);
  await continueTo(page, 'question-energy-sources');
}

/** From the energy-sources screen: nothing on the list, `tenure`, no association, car or property. */
export async function answerNothingOwnedToResults(page, tenure) {
  await continueTo(page, 'question-excluding-assets');
  await pick(page, 'Nu');
  await continueTo(page, 'question-tenure');
  await pick(page, tenure);
  await continueTo(page, 'question-owners-association');
  await pick(page, 'Nu');
  await continueTo(page, 'question-vehicles');
  await pick(page, 'Nu');
  await continueTo(page, 'question-declared-property');
  await pick(page, 'Nu');
  return continueThroughOtherBenefitsToResults(page);
}

/**
 * The child-raising allowance's screens for a natural parent, from the "who are you to the child"
 * question on screen: not back at work and not on the allowance yet (both asked before the months
 * since issue 17, so that a parent already on the allowance is not asked them again), `months`
 * of income in the 24 before the birth, the postnatal leave ending on `leaveEnd` ([day, month, year]; none: no maternity leave)
 * and the average net income. Ends on the average income's screen, filled, not yet continued.
 */
export async function answerChildRaisingAllowance(page, { months, leaveEnd, average }) {
  await pick(page, 'Părintele copilului (mama sau tatăl)');
  await continueTo(page, 'question-back-to-work');
  await pick(page, 'Nu');
  // Not yet on the allowance for this child: the months are asked (issue 17).
  await continueTo(page, 'question-receives-allowance');
  await pick(page, 'Nu');
  await continueTo(page, 'question-income-months');
  await page.locator('#answer-text').fill(String(months));
  await continueTo(page, 'question-maternity-leave');
  if (leaveEnd) {
    await pick(page, 'Da');
    await continueTo(page, 'question-maternity-leave-end');
    const form = page.getByTestId('question-maternity-leave-end');
    const [day, month, year] = leaveEnd;
    await form.getByLabel('Ziua').fill(String(day));
    await form.getByLabel('Luna').fill(String(month));
    await form.getByLabel('Anul').fill(String(year));
  } else {
    await pick(page, 'Nu');
  }
  await continueTo(page, 'question-average-net-income');
  await page.locator('#answer-text').fill(average);
}

/**
 * The new parent of the child-benefits case (tests/e2e/child_benefits.test.mjs): Ioana, Radu
 * (salary 4.800 lei) and Luca born 10.09.2026, who ticks "a child". Ends on the results screen.
 */
export async function answerNewParentToResults(page) {
  await page.getByLabel('Un copil născut de curând sau pe drum').check();
  await startAndListNewParentFamily(page);
  // Luca's disability: the leave runs until 3 for a child with a certificate (issue 21).
  await continueTo(page, 'question-disability');
  await pick(page, 'Nu, fără certificat de handicap');
  await continueTo(page, 'question-child-birth-country');
  await pick(page, 'În România');
  await continueTo(page, 'question-carer');
  await answerChildRaisingAllowance(page, { months: 20, leaveEnd: [22, 10, 2026], average: '4.000' });
  await continueTo(page, 'question-meal-vouchers');
  await pick(page, 'Nu');
  return continueThroughOtherBenefitsToResults(page);
}

/** Start, say "Cluj-Napoca, domicile", and list Ioana (1992), Radu her husband and Luca (10.09.2026). */
export async function startAndListNewParentFamily(page) {
  await page.getByTestId('start').click();
  await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
  await continueTo(page, 'question-members');
  await fillMember(page, 0, { name: 'Ioana', birth: [1, 4, 1992] });
  await page.getByTestId('add-member').click();
  await fillMember(page, 1, { name: 'Radu', role: 'spouse', birth: [3, 2, 1990] });
  await page.getByTestId('add-member').click();
  await fillMember(page, 2, { name: 'Luca', role: 'child', birth: [10, 9, 2026] });
}

/** Press Continue (whatever it says) and wait for another screen. */
export async function nextByPosition(page) {
  const before = await page.locator('#question-title').innerText();
  await page.getByTestId('continue').click();
  await page.waitForFunction((old) => document.querySelector('#question-title')?.innerText !== old || document.querySelector('[data-testid="results"]'), before);
}

/**
 * A family of two in Cluj-Napoca (the first residence answer), Ana born 14.03.1988 with a salary
 * of 2.400 lei, her husband with none, heated with gas, tenants, nothing owned: answered by
 * position, "no" (by its stored name, data-value) where a question has it, else its last answer.
 */
export async function familyByPosition(page) {
  await page.getByTestId('start').click();
  for (;;) {
    const screen = page.locator('[data-testid="results"], [data-testid^="question-"]').first();
    await screen.waitFor();
    const id = await screen.getAttribute('data-testid');
    if (id === 'results') return;
    if (id === 'question-residence') await page.locator('main input[type=radio]').first().check();
    else if (id === 'question-members') {
      for (const [part, v] of [['day', '14'], ['month', '3'], ['year', '1988']]) await page.locator(`#member-0-birth-${part}`).fill(v);
      await page.getByTestId('add-member').click();
      await page.locator('#member-1-role').selectOption('spouse');
      for (const [part, v] of [['day', '2'], ['month', '7'], ['year', '1986']]) await page.locator(`#member-1-birth-${part}`).fill(v);
    } else if (id === 'question-incomes-0') {
      await page.locator('main input[type=radio]').first().check();
      await page.locator('#income-0-0').fill('2.400');
    } else if (id === 'question-heating') await page.locator('main input[type=radio]').first().check();
    else if (id === 'question-tenure') await page.locator('main input[type=radio]').nth(2).check();
    else if (await page.locator('main input[data-value="no"], main input[data-value="false"]').count()) await page.locator('main input[data-value="no"], main input[data-value="false"]').first().check();
    else if (await page.locator('main input[type=radio]').count()) await page.locator('main input[type=radio]').last().check();
    else if (await page.locator('#answer-text').count()) await page.locator('#answer-text').fill('0');
    await nextByPosition(page);
  }
}


/**
 * A family of five (issue 21's walk): Ana (born 14.03.1988, salary 2.400 lei), her husband
 * Mihai (2.7.1986, salary 1.800 lei), Ioana (2015), Luca (2019) and Maria (2023); heated with
 * gas, tenants in a block, nothing owned. `onScreen(id)` runs on each screen before it is
 * answered (for screenshots). Ends on the results.
 */
export async function answerFamilyOfFive(page, { onScreen = async () => {} } = {}) {
  await page.getByTestId('start').click();
  const kids = [['Ioana', [3, 9, 2015]], ['Luca', [20, 5, 2019]], ['Maria', [11, 1, 2023]]];
  for (;;) {
    const screen = page.locator('[data-testid="results"], [data-testid^="question-"]').first();
    await screen.waitFor();
    const id = await screen.getAttribute('data-testid');
    if (id === 'results') return;
    if (id === 'question-members') {
      await fillMember(page, 0, { name: 'Ana', birth: [14, 3, 1988] });
      await page.getByTestId('add-member').click();
      await fillMember(page, 1, { name: 'Mihai', role: 'spouse', birth: [2, 7, 1986] });
      for (const [i, [name, birth]] of kids.entries()) {
        await page.getByTestId('add-member').click();
        await fillMember(page, i + 2, { name, role: 'child', birth });
      }
    }
    await onScreen(id);
    if (id === 'question-residence') await pick(page, 'În Cluj-Napoca — domiciliul (adresa din buletin)');
    else if (id === 'question-incomes-0' || id === 'question-incomes-1') {
      await pick(page, 'Da, au fost venituri');
      await page.getByLabel('Suma netă primită în lună').fill(id.endsWith('0') ? '2.400' : '1.800');
    } else if (id.startsWith('question-incomes-')) await pick(page, 'Nu, niciun venit');
    else if (id === 'question-heating') await pick(page, 'Cu gaze naturale (centrală sau sobă pe gaz)');
    else if (id === 'question-energy-sources') { /* electricity is ticked; gas with it */ }
    else if (id === 'question-tenure') await pick(page, 'Stau cu chirie');
    else if (id === 'question-owners-association') await pick(page, 'Da');
    else if (id === 'question-child-birth-country') await pick(page, 'În România');
    else if (id === 'question-child-schooling') await pick(page, 'Da');
    else if (await page.locator('main input[data-value="no"], main input[data-value="false"], main input[data-value="none"]').count()) {
      await page.locator('main input[data-value="no"], main input[data-value="false"], main input[data-value="none"]').first().check();
    } else if (await page.locator('main input[type=radio]').count()) await page.locator('main input[type=radio]').first().check();
    else if (await page.locator('#answer-text').count()) await page.locator('#answer-text').fill('0');
    await nextByPosition(page);
  }
}
