// Ways through the app, shared by the end-to-end tests and the screenshot script.

/** Press "Continuă" and wait for the next screen (by its data-testid). */
export async function continueTo(page, nextTestId) {
  await page.getByTestId('continue').click();
  await page.getByTestId(nextTestId).waitFor();
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
  await continueTo(page, 'results');
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
  await answerFromSecondIncomeToResults(page);
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
  await continueTo(page, 'results');
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
  await continueTo(page, 'results');
}
