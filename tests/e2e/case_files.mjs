// The case files of tests/cases/ (the command-line tool's cases) driven through the browser:
// read them, answer the app's questions from a case's household, read the results page back
// and compare it with the case's expected verdicts, amounts and dates (issue 20). Used by
// tests/e2e/cases_through_the_browser.test.mjs.
//
// Nothing here knows a case: the household file's fields (docs/household-format.md) are mapped
// to the app's question screens (one per fact, `data-testid="question-<fact>"`, src/questions*.rs)
// once, in ANSWERS below, and every case is answered through that table.

import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { REPO_ROOT } from './harness.mjs';

export const CASES_DIR = path.join(REPO_ROOT, 'tests', 'cases');

// ---------------------------------------------------------------------------
// Reading the case files, the Romanian catalogues and a few facts from the sources
// ---------------------------------------------------------------------------

/**
 * Every case of tests/cases/*.yaml, in file order, each with `id` = `<file>: <name>` (the name
 * `cargo test --test cases` gives it). YAML merge keys (`<<: *family`) are applied, as the Rust
 * harness does.
 */
export function loadCases(dir = CASES_DIR) {
  const out = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const stem = file.replace(/\.yaml$/, '');
    const list = YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8'), { merge: true });
    for (const c of list) out.push({ ...c, file: stem, id: `${stem}: ${c.name}` });
  }
  return out;
}

/** The Romanian texts of src/i18n/ro/*.txt, as { key: text }. */
export function catalogue(lang = 'ro') {
  const dir = path.join(REPO_ROOT, 'src', 'i18n', lang);
  const texts = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const m = line.match(/^([a-z0-9_]+) = (.*)$/);
      if (m) texts[m[1]] = m[2];
    }
  }
  return texts;
}

/** `template` with each `{name}` replaced by vars[name]. */
export function fill(template, vars) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** The first day the rules hold (`SEEDS_READ_ON` in src/rules/core/source.rs): earlier checks are refused. */
export function rulesFrom() {
  const src = fs.readFileSync(path.join(REPO_ROOT, 'src', 'rules', 'core', 'source.rs'), 'utf8');
  const m = src.match(/SEEDS_READ_ON: NaiveDate = ymd\((\d+), (\d+), (\d+)\)/);
  if (!m) throw new Error('SEEDS_READ_ON not found in src/rules/core/source.rs');
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/**
 * The values of each question answered by several boxes (`Kind::Several`), in the order the
 * screen shows them, read from src/questions*.rs: { 'listed-assets': ['other_buildings', …] }.
 * Those boxes carry no data-value; the screen is checked to have as many boxes as listed.
 */
export function severalOptions() {
  const dir = path.join(REPO_ROOT, 'src', 'questions');
  const sources = [path.join(REPO_ROOT, 'src', 'questions.rs'), ...fs.readdirSync(dir).map((f) => path.join(dir, f))]
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const options = {};
  const re = /(\w+)(?:\s*\{[^}]*\})?\s*=>\s*(?:household|about)\(\s*(?:\w+,\s*)?Kind::Several\(&\[([^\]]*)\]/g;
  for (const [, variant, list] of sources.matchAll(re)) {
    const slug = variant.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    options[slug] = [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  }
  return options;
}

// ---------------------------------------------------------------------------
// Which household field each question screen fills
// ---------------------------------------------------------------------------

const get = (object, dotted) => dotted.split('.').reduce((o, k) => (o == null ? undefined : o[k]), object);
const at = (field) => ({ path: field, read: (h) => get(h, field) });
const ofMember = (field) => ({ path: `members[].${field}`, member: true, read: (h, i) => h.members?.[i]?.[field] });
const situation = (field) => ({
  path: `members[].situation.${field}`,
  member: true,
  read: (h, i) => h.members?.[i]?.situation?.[field],
});

/**
 * The generic question screens (src/questions*.rs `spec`), by the slug of their fact
 * (`question-<slug>`): the household field each fills (`path`, `members[]` for a member's own),
 * whether the question is about one member (`member`), and how to read the case's answer
 * (`read(household, memberIndex)`: undefined when the case does not hold it). `lossless(value)`
 * says whether the screen can express the value held (default: always).
 *
 * The screens of their own (residence, members, incomes, heating, energy sources) are answered
 * by answerScreen below.
 */
export const ANSWERS = {
  'excluding-assets': at('assets.excluding'),
  tenure: at('home.tenure'),
  'owners-association': at('home.owners_association'),
  vehicles: at('assets.vehicles'),
  'declared-property': at('assets.declared_property'),
  disability: ofMember('disability'),
  // "Does … still go to high school or vocational school?" (a child of 18 or over): yes is
  // `high_school`, no is `none`; the other schoolings cannot be said on it.
  'child-schooling': {
    path: 'members[].schooling',
    member: true,
    read: (h, i) => {
      const s = h.members?.[i]?.schooling;
      return s == null ? undefined : s === 'high_school';
    },
    lossless: (h, i) => ['high_school', 'none'].includes(h.members?.[i]?.schooling),
  },
  'child-birth-country': ofMember('birth_country'),
  'child-certificate-date': ofMember('disability_certificate_date'),
  // The child-raising area (src/questions/child_raising.rs).
  carer: at('child_raising.carer'),
  'decision-date': at('child_raising.decision_date'),
  'back-to-work': at('child_raising.back_to_work'),
  'receives-allowance': at('child_raising.receives_allowance'),
  'income-months': at('child_raising.income_months'),
  'assimilated-periods': at('child_raising.assimilated_periods'),
  'assimilated-months': at('child_raising.assimilated_months'),
  'maternity-leave': at('child_raising.maternity_leave'),
  'maternity-leave-end': at('child_raising.maternity_leave_end'),
  'average-net-income': at('child_raising.average_net_income'),
  'leave-for-older-child': at('child_raising.leave_for_older_child'),
  'back-to-work-date': at('child_raising.back_to_work_date'),
  'meal-vouchers': at('child_raising.meal_vouchers'),
  // The means-tested and local benefits (src/questions/means.rs).
  'lives-with-others': at('situation.lives_with_others'),
  'care-leaver': at('rent_aid.care_leaver'),
  'marginalised-in-dasm-records': at('rent_aid.marginalised_in_dasm_records'),
  'domestic-violence-victim': at('rent_aid.domestic_violence_victim'),
  'months-of-residence': at('rent_aid.months_of_residence'),
  'actually-lives-in-city': at('rent_aid.actually_lives_in_city'),
  'owns-or-sold-home': at('rent_aid.owns_or_sold_home'),
  'state-housing': at('rent_aid.state_housing'),
  'state-housing-credit': at('rent_aid.state_housing_credit'),
  'rent-aid-months-received': at('rent_aid.months_received'),
  'retirement-age': situation('reached_retirement_age'),
  'socially-isolated': situation('socially_isolated'),
  'legal-supporters': situation('has_legal_supporters'),
  // One question for the family: a box per member, ticked for those it applies to.
  'chronically-ill-or-invalid': {
    path: 'members[].situation.chronically_ill_or_invalid',
    members: true,
    read: (h) => {
      const members = h.members ?? [];
      if (members.every((m) => m.situation?.chronically_ill_or_invalid == null)) return undefined;
      return members.flatMap((m, i) => (m.situation?.chronically_ill_or_invalid ? [i] : []));
    },
  },
  // Asked as a person knows it (at most 90 days, more, not sure); a caseworker's count of days
  // (`days_without_income_this_year`, which the engine reads first) says the same against 90.
  'days-without-income': {
    path: 'members[].situation.without_income_this_year',
    also: ['members[].situation.days_without_income_this_year'],
    member: true,
    read: (h, i) => {
      const s = h.members?.[i]?.situation ?? {};
      if (s.days_without_income_this_year != null) {
        return s.days_without_income_this_year <= 90 ? 'at_most_90_days' : 'more_than_90_days';
      }
      return s.without_income_this_year;
    },
  },
  'full-time-student': situation('full_time_student'),
  'studies-over-five-years': situation('studies_over_five_years'),
  kindergarten: situation('kindergarten'),
  'designated-carer': at('situation.designated_carer_for_parents_abroad'),
  'listed-assets': at('rent_aid.listed_assets'),
  'local-taxes-paid': at('rent_aid.local_taxes_paid'),
  'lease-with-relative': at('rent_aid.lease_with_relative'),
  'lease-registered': at('rent_aid.lease_registered_with_anaf'),
  'able-to-work': situation('able_to_work'),
  // The abroad duty and Năvodari's own programmes (src/questions/local.rs).
  'leaving-to-work-abroad': at('abroad.leaving_to_work_abroad'),
  'departure-date': at('abroad.departure_date'),
  emergency: at('local.emergency'),
  'emergency-cost': at('local.emergency_cost'),
  'funeral-costs': at('local.funeral_costs'),
  'deceased-lived-in-town': at('local.deceased_lived_in_town'),
  'other-death-aid': at('local.other_death_aid'),
  'needs-home-care': at('local.needs_home_care'),
  'home-care-situations': at('local.home_care_situations'),
};

/**
 * The household fields the screens of their own fill. The residence screen also says "no
 * home" (`situation.homeless`, with no residence).
 */
const OWN_SCREEN_PATHS = {
  residence: ['residence', 'situation.homeless'],
  members: ['members'],
  incomes: ['members[].incomes'],
  heating: ['home.heating'],
  'energy-sources': ['home.energy_sources'],
};

/** Every household field some screen of the app fills (generic form: `members[].…`). */
export const PATHS_WITH_A_SCREEN = new Set([
  ...Object.values(OWN_SCREEN_PATHS).flat(),
  ...Object.values(ANSWERS).flatMap((a) => [a.path, ...(a.also ?? [])]),
]);

/**
 * What a case's household holds, field by field: [{ path: 'members[].disability',
 * at: 'members[2].disability', value }]. Member fields no rule reads (`name`) are left out;
 * a member's role and birth date are the members screen's (`members`); the check's town
 * (`city`, the command line's --city) is held when the case names one other than the one its
 * residence gives (the app takes the town from the residence answer; "no home" is in
 * Cluj-Napoca).
 */
export function heldFacts(kase) {
  const h = kase.household ?? {};
  const held = [];
  const hold = (p, where, value) => {
    if (value !== undefined && value !== null) held.push({ path: p, at: where, value });
  };
  for (const [key, value] of Object.entries(h)) {
    if (key === 'members') {
      hold('members', 'members', value);
      (value ?? []).forEach((m, i) => {
        for (const [field, v] of Object.entries(m ?? {})) {
          if (['role', 'birth_date', 'name'].includes(field)) continue;
          if (field === 'situation') {
            for (const [k, sv] of Object.entries(v ?? {})) hold(`members[].situation.${k}`, `members[${i}].situation.${k}`, sv);
          } else {
            hold(`members[].${field}`, `members[${i}].${field}`, v);
          }
        }
      });
    } else if (key === 'residence') {
      hold('residence', 'residence', value);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) hold(`${key}.${k}`, `${key}.${k}`, v);
    } else {
      hold(key, key, value);
    }
  }
  const city = kase.city ?? 'cluj-napoca';
  const town = h.residence?.municipality ?? (h.situation?.homeless === true ? 'cluj-napoca' : undefined);
  if (town && town !== city) hold('city', 'city', city);
  return held;
}

// ---------------------------------------------------------------------------
// Answering the app's questions from a household
// ---------------------------------------------------------------------------

/** A failure to drive a case: the fact the app asked, and why the case cannot answer it. */
export class CannotAnswer extends Error {
  constructor(fact, message) {
    super(message);
    this.fact = fact;
  }
}

/**
 * The radios of the residence screen, in order (src/ui/questions/mod.rs): [town, kind] of the
 * residence each says (kind null: any), or null for "in Cluj-Napoca, no home" (no residence,
 * `situation.homeless`).
 */
const RESIDENCES = [
  ['cluj-napoca', 'domiciliu'],
  ['cluj-napoca', 'resedinta'],
  null,
  ['navodari', 'domiciliu'],
  ['navodari', 'resedinta'],
  ['other', null],
];
/** The radios of the heating screen, in `HeatingSystem` order. */
const HEATING = ['natural_gas', 'electricity', 'solid_or_petroleum', 'district_heating', 'none'];
/** The boxes of the energy-sources screen, in order. */
const ENERGY_SOURCES = ['electricity', 'natural_gas', 'solid_or_petroleum', 'district_heating'];

/** The name each member is given on the members screen: one no other contains, to find them in a question. */
export const memberToken = (i) => `P${i}x`;

/**
 * A sum as a person types it and the app reads it without a doubt: "4158", "1386,01" (a dot
 * would be read as the thousands sign of "2.400"). Under 10 lei the app asks whether it is
 * meant; driveCase confirms it.
 */
export function typedSum(value) {
  const [whole, cents = ''] = String(value).split('.');
  const trimmed = cents.replace(/0+$/, '');
  return trimmed ? `${whole},${trimmed}` : whole;
}

/** "2026-11-27" as [27, 11, 2026]. */
const dayMonthYear = (iso) => {
  const [y, m, d] = String(iso).split('-').map(Number);
  return [d, m, y];
};

async function fillDate(form, prefix, iso) {
  const [d, m, y] = dayMonthYear(iso);
  await form.locator(`#${prefix}-day`).fill(String(d));
  await form.locator(`#${prefix}-month`).fill(String(m));
  await form.locator(`#${prefix}-year`).fill(String(y));
}

async function setBoxes(boxes, wanted) {
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).setChecked(wanted.includes(i));
}

/**
 * The case's answer to the question on screen, or undefined when the case does not hold one.
 * `member` is the member the question names (per-member questions).
 */
function answerFor(kase, slug, member) {
  const h = kase.household ?? {};
  const spec = ANSWERS[slug];
  if (!spec) return { unknown: true };
  const value = spec.read(h, member);
  const concrete = (p) => (spec.member ? p.replace('[]', `[${member}]`) : p);
  const lossless = spec.lossless ? spec.lossless(h, member) : true;
  return { value, spec, where: concrete(spec.path), also: (spec.also ?? []).map(concrete), lossless };
}

/**
 * Whether the case means "does not matter" for a fact it does not hold: it expects no question
 * still to be asked (no expected `needs` lists a fact, for a benefit or for the evaluation).
 * Then the app's question gets the plainest answer (not sure, no, none, 0, nothing ticked),
 * and should the case's answer hang on it after all, the comparison shows it. A case that
 * expects questions still open is about them: driving it fails with the fact's name.
 */
export function absentMeansIrrelevant(kase) {
  const waits = (e) => Array.isArray(e?.needs) && e.needs.length > 0;
  return !waits(kase.expect) && !expectedBenefits(kase).some(([, e]) => waits(e));
}

/**
 * The benefits a case expects part of an answer of: [[id, expected]]. The other keys of
 * `expect` are the evaluation's own (`office`, `needs`, `figures_checked_on`…) or `absent`.
 */
export function expectedBenefits(kase) {
  return Object.entries(kase.expect ?? {}).filter(
    ([key, v]) => !['absent', 'office'].includes(key) && v && typeof v === 'object' && !Array.isArray(v),
  );
}

/** The expected deadlines of a case that carry a computed date: [[benefit, deadline]]. */
export function datedDeadlines(kase) {
  return expectedBenefits(kase).flatMap(([id, e]) => (e.deadlines ?? []).filter((d) => d.computed?.due).map((d) => [id, d]));
}

/** The plainest answer to a generic screen: "not sure", "no", "none" (else the first choice), 0, nothing ticked. */
async function answerPlainly(form, slug) {
  const radios = form.locator('input[type=radio]');
  if (await radios.count()) {
    // "Not sure" first where it is offered: the closest to a fact nobody asked.
    for (const value of ['not_sure', 'false', 'no', 'none', 'not_enrolled']) {
      const radio = form.locator(`input[type=radio][data-value="${value}"]`);
      if (await radio.count()) return radio.check();
    }
    // A choice with no "no" among its answers: the first (a child born in Romania).
    return radios.first().check();
  }
  if (await form.locator('#answer-date-day').count()) throw new CannotAnswer(slug, `${slug} asks a date`);
  const text = form.locator('#answer-text');
  if (await text.count()) return text.fill('0');
  // Boxes: nothing ticked.
  return setBoxes(form.locator('input[type=checkbox]'), []);
}

/**
 * Answer the screen on display (`slug`) from the case. Returns what was done:
 * { fact, at (the field answered), defaulted (the case held no answer: the plainest one given),
 *   lossy (the screen could not say the value held) }.
 */
async function answerScreen(page, form, kase, slug, { several }) {
  const h = kase.household ?? {};
  const members = h.members ?? [];
  const cannot = (fact) => new CannotAnswer(fact, `the app asks ${fact} which case ${kase.id} does not answer`);

  if (slug === 'residence') {
    const r = h.residence;
    if (!r && h.situation?.homeless === true) {
      await form.locator('input[type=radio]').nth(RESIDENCES.indexOf(null)).check();
      return { fact: slug, at: 'situation.homeless' };
    }
    if (!r) throw cannot('residence');
    const index = RESIDENCES.findIndex((e) => e && e[0] === r.municipality && (e[1] === null || e[1] === r.kind));
    if (index < 0) throw new CannotAnswer(slug, `the residence screen cannot say ${JSON.stringify(r)} (case ${kase.id})`);
    await form.locator('input[type=radio]').nth(index).check();
    return { fact: slug, at: 'residence' };
  }
  if (slug === 'members') {
    if (!h.members?.length) throw cannot('members');
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      if (i > 0) {
        if (!(await page.locator(`#member-${i}-role`).count())) await page.getByTestId('add-member').click();
        const role = page.locator(`#member-${i}-role`);
        if (!(await role.locator(`option[value="${m.role}"]`).count())) {
          throw new CannotAnswer(slug, `the members screen cannot say the role ${m.role} of member ${i} (case ${kase.id})`);
        }
        await role.selectOption(m.role);
      }
      await page.locator(`#member-${i}-name`).fill(memberToken(i));
      if (!m.birth_date) throw cannot(`members (the birth date of member ${i})`);
      await fillDate(form, `member-${i}-birth`, m.birth_date);
    }
    return { fact: slug, at: 'members' };
  }
  const incomes = slug.match(/^incomes-(\d+)$/);
  if (incomes) {
    const i = Number(incomes[1]);
    const list = members[i]?.incomes;
    const where = `members[${i}].incomes`;
    const radios = form.locator('input[type=radio]');
    if (list == null) {
      if (!absentMeansIrrelevant(kase)) throw cannot(`incomes of member ${i}`);
      await radios.nth(1).check();
      return { fact: slug, at: where, defaulted: true };
    }
    if (list.length === 0) {
      await radios.nth(1).check();
      return { fact: slug, at: where };
    }
    await radios.nth(0).check();
    for (let row = 0; row < list.length; row++) {
      if (!(await page.locator(`#income-${i}-${row}`).count())) {
        await form.locator('.income-rows > button.button').click();
      }
      const kind = page.locator(`#income-kind-${i}-${row}`);
      if (!(await kind.locator(`option[value="${list[row].kind}"]`).count())) {
        throw new CannotAnswer(slug, `the income screen cannot say the kind ${list[row].kind} (case ${kase.id})`);
      }
      await kind.selectOption(list[row].kind);
      await page.locator(`#income-${i}-${row}`).fill(typedSum(list[row].net_monthly));
    }
    return { fact: slug, at: where };
  }
  if (slug === 'heating') {
    const heating = h.home?.heating;
    const radios = form.locator('input[type=radio]');
    if (heating == null) {
      if (!absentMeansIrrelevant(kase)) throw cannot(slug);
      await radios.nth(HEATING.indexOf('none')).check();
      return { fact: slug, at: 'home.heating', defaulted: true };
    }
    if (!HEATING.includes(heating)) throw new CannotAnswer(slug, `the heating screen cannot say ${heating} (case ${kase.id})`);
    await radios.nth(HEATING.indexOf(heating)).check();
    return { fact: slug, at: 'home.heating' };
  }
  if (slug === 'energy-sources') {
    const sources = h.home?.energy_sources;
    if (sources == null) {
      if (!absentMeansIrrelevant(kase)) throw cannot(slug);
      // As the screen comes (electricity ticked, and the heating's own source).
      return { fact: slug, at: 'home.energy_sources', defaulted: true };
    }
    await setBoxes(form.locator('input[type=checkbox]'), sources.map((s) => ENERGY_SOURCES.indexOf(s)));
    return { fact: slug, at: 'home.energy_sources' };
  }

  // A generic question: the member it is about is the one its title names.
  const title = await page.locator('#question-title').innerText();
  const named = members.map((_, i) => i).filter((i) => title.includes(memberToken(i)));
  if (named.length > 1) throw new CannotAnswer(slug, `${slug} names several members: ${title}`);
  const member = named[0] ?? 0;
  const { value, spec, where, also, lossless, unknown } = answerFor(kase, slug, member);
  if (unknown) {
    throw new CannotAnswer(slug, `the app asks ${slug}, a question this test does not know: add it to ANSWERS in tests/e2e/case_files.mjs`);
  }
  if (value === undefined || value === null) {
    if (!absentMeansIrrelevant(kase)) throw cannot(spec.member ? `${slug} (member ${member})` : slug);
    await answerPlainly(form, slug);
    return { fact: slug, at: where, defaulted: true };
  }
  const radios = form.locator('input[type=radio]');
  if (await radios.count()) {
    // Yes/no questions store "true"/"false"; choices the field's own names.
    const stored = String(value);
    const radio = form.locator(`input[type=radio][data-value="${stored}"]`);
    if (!(await radio.count())) {
      throw new CannotAnswer(slug, `the app asks ${slug} without the answer "${stored}" that case ${kase.id} holds`);
    }
    await radio.check();
  } else if (await form.locator('#answer-date-day').count()) {
    await fillDate(form, 'answer-date', value);
  } else if (await form.locator('#answer-text').count()) {
    const money = (await form.locator('#answer-text').getAttribute('inputmode')) === 'decimal';
    await form.locator('#answer-text').fill(money ? typedSum(value) : String(value));
  } else {
    const boxes = form.locator('input[type=checkbox]');
    if (spec.members) {
      await setBoxes(boxes, value);
    } else {
      const options = several[slug];
      if (!options) throw new CannotAnswer(slug, `${slug}: its boxes' values are not found in src/questions*.rs`);
      const count = await boxes.count();
      if (count !== options.length) {
        throw new CannotAnswer(slug, `${slug} shows ${count} boxes, src/questions*.rs lists ${options.length}`);
      }
      const missing = value.filter((v) => !options.includes(v));
      if (missing.length) throw new CannotAnswer(slug, `the app asks ${slug} without the answers ${missing.join(', ')} that case ${kase.id} holds`);
      await setBoxes(boxes, value.map((v) => options.indexOf(v)));
    }
  }
  return { fact: slug, at: where, also, lossy: !lossless };
}

/** The screen on display: 'results' or the slug of a question. */
async function currentScreen(page) {
  const screen = page.locator('[data-testid="results"], form[data-testid^="question-"]').first();
  await screen.waitFor();
  const id = await screen.getAttribute('data-testid');
  return id === 'results' ? 'results' : id.slice('question-'.length);
}

/**
 * Press "Continuă" and wait for the next screen. A sum the app doubts (under 10 lei) is
 * confirmed as typed; an answer the app refuses fails with its message.
 */
async function next(page, slug, kase) {
  const before = await page.evaluate(() => [
    document.querySelector('#question-title')?.innerText,
    document.querySelector('[data-testid="step"]')?.innerText,
  ]);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByTestId('continue').click();
    const state = await page
      .waitForFunction(
        ([title, step]) => {
          if (document.querySelector('[data-testid="results"]')) return 'moved';
          const nowTitle = document.querySelector('#question-title')?.innerText;
          const nowStep = document.querySelector('[data-testid="step"]')?.innerText;
          if (nowTitle !== title || nowStep !== step) return 'moved';
          if (document.querySelector('[data-testid="amount-check"]')) return 'doubt';
          if (document.querySelector('#question-error, .field-error')) return 'refused';
          return false;
        },
        before,
      )
      .then((handle) => handle.jsonValue());
    if (state === 'moved') return;
    if (state === 'doubt') {
      // Small sums are what the case says (a pension of 5 lei is unusual, not wrong).
      const checks = page.getByTestId('amount-check');
      for (let i = 0; i < (await checks.count()); i++) await checks.nth(i).locator('.amount-yes').click();
      continue;
    }
    const message = await page.locator('#question-error, .field-error').allInnerTexts();
    throw new CannotAnswer(slug, `the app refuses case ${kase.id}'s answer to ${slug}: ${message.join(' / ')}`);
  }
  throw new CannotAnswer(slug, `${slug}: "Continuă" does not move on`);
}

/**
 * Answer every question from `kase`'s household until the results. Returns
 * { screens: [slug…], answered: [{ fact, at, defaulted?, lossy? }…] }. Throws CannotAnswer
 * (with the fact) for a question the case cannot answer.
 */
export async function driveCase(page, kase, { several = severalOptions(), limit = 60 } = {}) {
  const screens = [];
  const answered = [];
  for (;;) {
    const slug = await currentScreen(page);
    if (slug === 'results') return { screens, answered };
    if (screens.length >= limit) throw new CannotAnswer(slug, `more than ${limit} questions: ${screens.join(', ')}`);
    screens.push(slug);
    const form = page.getByTestId(`question-${slug}`);
    answered.push(await answerScreen(page, form, kase, slug, { several }));
    await next(page, slug, kase);
  }
}

/**
 * The fields the case holds that no answer given carried to the app: [{ path, at, value,
 * screen }] where `screen` says whether some screen of the app fills that field (then the engine
 * did not need it for this household) or none does (a question the app never asks). A field
 * answered on a screen that could not say its value is listed too, with `lossy: true`.
 */
export function notCarried(kase, answered) {
  const fields = (a) => [a.at, ...(a.also ?? [])];
  const carried = new Set(answered.filter((a) => !a.defaulted && !a.lossy).flatMap(fields));
  const lossy = new Set(answered.filter((a) => a.lossy).flatMap(fields));
  return heldFacts(kase)
    .filter((f) => !carried.has(f.at))
    .map((f) => ({ ...f, screen: PATHS_WITH_A_SCREEN.has(f.path), lossy: lossy.has(f.at) }));
}

// ---------------------------------------------------------------------------
// Reading the results page and comparing it with the case
// ---------------------------------------------------------------------------

/** Romanian date as the app writes it (`tr::date`): "27 noiembrie 2026". */
export function roDate(texts, iso) {
  const [d, m, y] = dayMonthYear(iso);
  return fill(texts.date_long, { day: d, month: texts[`month_${m}`], year: y });
}

/** "1.386 lei" / "897,33 lei" → cents (138600, 89733). */
export function centsOf(text) {
  const figure = text.replace(/\s+/g, ' ').match(/([\d.]+(?:,\d+)?)\s*lei/);
  if (!figure) return null;
  const [whole, decimals = ''] = figure[1].replace(/\./g, '').split(',');
  return Number(whole) * 100 + Number((decimals + '00').slice(0, 2));
}

const centsOfSum = (value) => {
  const [whole, decimals = ''] = String(value).split('.');
  return Number(whole) * 100 + Number((decimals + '00').slice(0, 2));
};

/** The texts `tr::status_of` can give for each status (src/i18n/tr.rs), from the catalogue. */
export function verdictTexts(texts) {
  const deciders = Object.keys(texts).filter((k) => k.startsWith('decider_')).map((k) => texts[k]);
  const pays = new RegExp(`^${fill(texts.status_eligible_pays, { amount: '__' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('__', '.+')}$`);
  return {
    eligible: [texts.status_eligible, pays],
    not_eligible: [texts.status_not_eligible, texts.child_not_yet, texts.child_not_yet_incentive],
    probably_not_eligible: [texts.status_probably_not_eligible],
    needs_more_info: [texts.status_more_questions, texts.status_ask_office, ...deciders.map((who) => fill(texts.status_decides, { who }))],
  };
}

/** What the results page says of each benefit: { id: { card, status, verdict, amountCents, text } }. */
export async function readResults(page) {
  await page.getByTestId('results').waitFor();
  return page.evaluate(() => {
    const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    const out = {};
    for (const card of document.querySelectorAll('[data-testid^="benefit-"]')) {
      const id = card.getAttribute('data-testid').slice('benefit-'.length).replace(/-/g, '_');
      const verdict = card.querySelector('[data-testid="verdict"]');
      out[id] = {
        compact: card.classList.contains('compact'),
        inOtherServices: !!card.closest('[data-testid="other-services"]'),
        status: verdict?.getAttribute('data-status') ?? null,
        verdict: verdict ? clean(verdict.textContent) : null,
        amount: clean(card.querySelector('.amount-figure')?.textContent) || null,
        text: clean(card.textContent),
      };
    }
    return {
      benefits: out,
      notApplicable: clean(document.querySelector('[data-testid="not-applicable"]')?.textContent),
      duties: clean(document.querySelector('[data-testid="duties"]')?.textContent),
      agenda: clean(document.querySelector('[data-testid="agenda"]')?.textContent),
      all: clean(document.querySelector('[data-testid="results"]')?.textContent),
    };
  });
}

/**
 * The deadlines that wait for an event still to come (a change to report, a decision to
 * receive: `Anchor::is_event_to_come` in src/rules/core/outcome.rs), by id, as the case files name
 * them. The engine dates them "if it happened today"; the app lists them as duties, without a
 * date (src/ui/pages/results.rs, `Agenda`).
 */
export function eventDeadlines(cases) {
  const src = fs.readFileSync(path.join(REPO_ROOT, 'src', 'rules', 'core', 'outcome.rs'), 'utf8');
  const body = src.slice(src.indexOf('pub fn is_event_to_come'));
  const match = body.slice(0, body.indexOf('\n    }\n')).split(/=> (true|false),/);
  const anchors = new Set();
  for (let i = 0; i + 1 < match.length; i += 2) {
    if (match[i + 1] !== 'true') continue;
    for (const [, variant] of match[i].matchAll(/Anchor::(\w+)/g)) {
      anchors.add(variant.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
    }
  }
  if (!anchors.size) throw new Error('Anchor::is_event_to_come not found in src/rules/core/outcome.rs');
  const ids = new Set();
  for (const kase of cases) {
    for (const [, d] of expectedBenefits(kase).flatMap(([id, e]) => (e.deadlines ?? []).map((d) => [id, d]))) {
      if (typeof d.anchor === 'string' && anchors.has(d.anchor)) ids.add(d.deadline);
    }
  }
  return ids;
}

/** The Romanian name of a benefit (`tr::benefit_name`), found by its id among the catalogue's keys. */
export function benefitName(texts, id) {
  const aliases = {
    dental_programme: 'dental',
    food_ticket_programme: 'food_tickets',
    double_household_expenses_certificate: 'double_expenses',
    seasonal_work_certificate: 'seasonal_work',
    high_school_money_inquiry: 'high_school_money',
    social_inclusion_centre: 'inclusion_centre',
    personal_assistant_or_allowance: 'personal_assistant',
    parents_leaving_to_work_abroad: 'parents_abroad',
    child_raising_allowance: 'allowance',
    insertion_incentive: 'incentive',
    further_birth_supplement: 'supplement',
    disabled_parent_support: 'support',
  };
  const short = aliases[id] ?? id.replace(/^navodari_/, '');
  // Năvodari's own programmes share their short names with Cluj-Napoca's (funeral_aid).
  const keys = id.startsWith('navodari_') || id === 'parents_leaving_to_work_abroad'
    ? [`local_benefit_${short}`]
    : [`benefit_${id}`, `means_benefit_${short}`, `child_name_${short}`];
  return keys.map((key) => texts[key]).find(Boolean) ?? null;
}

/**
 * The differences between the results page and the case's expected answer, one line each,
 * "<benefit>: <what> — …" ("vmi: status — the app shows needs_more_info („Decide DASM”), the
 * case expects eligible"). Compared: each benefit's status (and that its verdict's words are
 * among those `tr::status_of` says for it), `amount.monthly_total` (and no sum where the case
 * expects `amount: null`), and each expected deadline's `computed.due` as a date in the agenda or
 * on the benefit's card — except a duty that waits for an event (`events`, from eventDeadlines),
 * which must be listed among the duties of the agenda for the benefit, without a date.
 */
export function compare(kase, results, texts, events = new Set()) {
  const mismatches = [];
  const allowed = verdictTexts(texts);
  const notApplicable = `, ${results.notApplicable}, `;
  for (const [id, expected] of expectedBenefits(kase)) {
    const shown = results.benefits[id];
    const name = benefitName(texts, id);
    const say = (what) => mismatches.push(`${id}: ${what}`);
    const status = expected.status;
    const namedNotApplicable = name !== null && notApplicable.includes(`, ${name}, `);
    if (status === 'not_applicable') {
      if (shown) say(`status — the app shows ${shown.status ?? 'information_only'}, the case expects not_applicable`);
      else if (!namedNotApplicable) say(`status — the app does not name it under „${texts.group_not_applicable}”, the case expects not_applicable`);
      continue;
    }
    if (!shown) {
      say(`status — the app shows ${namedNotApplicable ? 'not_applicable' : 'no card'}, the case expects ${status ?? 'an answer'}`);
      continue;
    }
    const shownStatus = shown.status ?? (shown.inOtherServices ? 'information_only' : null);
    if (status && shownStatus !== status) {
      say(`status — the app shows ${shownStatus}${shown.verdict ? ` („${shown.verdict}”)` : ''}, the case expects ${status}`);
    } else if (shown.status && !allowed[shown.status]?.some((t) => (t instanceof RegExp ? t.test(shown.verdict) : t === shown.verdict))) {
      say(`verdict — „${shown.verdict}” is not one of the words for ${shown.status}`);
    }
    if (expected.amount === null && shown.amount) say(`amount — the app shows ${shown.amount}, the case expects none`);
    const total = expected.amount?.monthly_total;
    if (total != null && (!status || shownStatus === status)) {
      const cents = shown.amount ? centsOf(shown.amount) : null;
      if (cents !== centsOfSum(total)) say(`amount — the app shows ${shown.amount ?? 'no sum'}, the case expects ${total} lei`);
    }
    for (const deadline of expected.deadlines ?? []) {
      const due = deadline.computed?.due;
      if (!due) continue;
      if (events.has(deadline.deadline)) {
        if (!results.duties.includes(name)) say(`deadline ${deadline.deadline} — not among the agenda's duties`);
        continue;
      }
      const date = roDate(texts, due);
      if (!results.agenda.includes(date) && !shown.text.includes(date)) {
        say(`deadline ${deadline.deadline ?? ''} — ${date} (${due}) is not in the agenda nor on the card`);
      }
    }
  }
  return mismatches;
}
