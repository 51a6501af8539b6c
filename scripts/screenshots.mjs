#!/usr/bin/env node
// Screenshots of the app as a person sees it, into docs/screenshots/. Needs a built dist/
// (scripts/test or trunk build).
//   - phone 360×800 and the lobby kiosk 1080×1920 (?kiosk=1): the start screen, the members
//     question, a family's and a new parent's results (their first screenful, and in full);
//   - in each language (ro, hu, en), at phone size: the start screen, a question, the results;
//   - the walk of a family of five at 360×800: each screen as it is met (walk-five-NN-*.png);
//   - the print-out for a family on A4, page by page (print-family-N.png, with pdftoppm).
//   node scripts/screenshots.mjs [distDir]
import path from 'node:path';
import fs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, startServer, launchBrowser, openApp } from '../tests/e2e/harness.mjs';
import { answerFamilyHeatedWithGas, answerNewParentToResults, familyByPosition, answerFamilyOfFive } from '../tests/e2e/flows.mjs';

const dist = path.resolve(process.argv[2] || path.join(REPO_ROOT, 'dist'));
const out = path.join(REPO_ROOT, 'docs', 'screenshots');
const sizes = { phone: [{ width: 360, height: 800 }, ''], kiosk: [{ width: 1080, height: 1920 }, '?kiosk=1'] };
const clock = new Date('2026-11-23T10:00:00');
const shot = (page, name, fullPage = false) => page.screenshot({ path: path.join(out, `${name}.png`), fullPage });

await fs.mkdir(out, { recursive: true });
const server = await startServer(dist);
const browser = await launchBrowser();
try {
  for (const [name, [viewport, query]] of Object.entries(sizes)) {
    const app = await openApp(browser, `${server.url}/${query}`, { viewport, clock });
    const { page } = app;
    await shot(page, `${name}-welcome`);
    await answerFamilyHeatedWithGas(page, {
      onScreen: async (screen) => {
        if (screen === 'members') await shot(page, `${name}-${screen}`);
      },
    });
    await shot(page, `${name}-results`);
    app.assertNoErrors();
    await app.close();
    // A new parent (issue 9): the next dated step first (issue 17).
    const parent = await openApp(browser, `${server.url}/${query}`, { viewport, clock });
    await answerNewParentToResults(parent.page);
    await shot(parent.page, `${name}-new-parent-results`);
    await shot(parent.page, `${name}-new-parent-results-full`, true);
    parent.assertNoErrors();
    await parent.close();
    console.log(`${name}: docs/screenshots/${name}-*.png`);
  }

  // Each language at phone size (issue 18).
  for (const lang of ['ro', 'hu', 'en']) {
    const app = await openApp(browser, `${server.url}/?lang=${lang}`, { clock });
    const { page } = app;
    await shot(page, `lang-${lang}-welcome`);
    await page.getByTestId('start').click();
    await page.locator('main input[type=radio]').first().check();
    await page.getByTestId('continue').click();
    await page.getByTestId('question-members').waitFor();
    await shot(page, `lang-${lang}-members`);
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.waitForFunction(() => window.__eligibilStarted === true);
    await page.getByTestId('open-cases').click();
    await page.getByTestId('new-case').click();
    await familyByPosition(page);
    await shot(page, `lang-${lang}-results`);
    app.assertNoErrors();
    await app.close();
  }
  console.log('languages: docs/screenshots/lang-*.png');

  // A family of five, screen by screen (issue 21).
  {
    const app = await openApp(browser, `${server.url}/`, { clock });
    const { page } = app;
    let n = 0;
    await answerFamilyOfFive(page, {
      onScreen: async (id) => shot(page, `walk-five-${String(++n).padStart(2, '0')}-${id.replace('question-', '')}`),
    });
    await shot(page, `walk-five-${String(++n).padStart(2, '0')}-results`);
    await page.getByTestId('change-answers').click();
    await shot(page, `walk-five-${String(++n).padStart(2, '0')}-answers`);
    app.assertNoErrors();

    // The same family's print-out on A4 (issue 22).
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(REPO_ROOT, 'target', 'print-family.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, 'print-family')]);
    await app.close();
    console.log('walk and print-out: docs/screenshots/walk-five-*.png, print-family-*.png');
  }
} finally {
  await browser.close();
  await server.close();
}
