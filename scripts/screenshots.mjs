#!/usr/bin/env node
// Screenshots of the app as a person sees it, at phone size (360×800) and kiosk size
// (1080×1920), into docs/screenshots/. Needs a built dist/ (scripts/test or trunk build).
//   node scripts/screenshots.mjs [distDir]
import path from 'node:path';
import fs from 'node:fs/promises';
import { REPO_ROOT, startServer, launchBrowser, openApp } from '../tests/e2e/harness.mjs';
import { answerFamilyHeatedWithGas, answerNewParentToResults } from '../tests/e2e/flows.mjs';

const dist = path.resolve(process.argv[2] || path.join(REPO_ROOT, 'dist'));
const out = path.join(REPO_ROOT, 'docs', 'screenshots');
const sizes = { phone: { width: 360, height: 800 }, kiosk: { width: 1080, height: 1920 } };

await fs.mkdir(out, { recursive: true });
const server = await startServer(dist);
const browser = await launchBrowser();
try {
  for (const [name, viewport] of Object.entries(sizes)) {
    const app = await openApp(browser, `${server.url}/`, { viewport, clock: new Date('2026-11-22T10:00:00') });
    const { page } = app;
    await page.screenshot({ path: path.join(out, `${name}-welcome.png`) });
    await answerFamilyHeatedWithGas(page, {
      onScreen: async (screen) => {
        if (screen === 'members') {
          await page.screenshot({ path: path.join(out, `${name}-${screen}.png`) });
        }
      },
    });
    await page.screenshot({ path: path.join(out, `${name}-results.png`) });
    app.assertNoErrors();
    await app.close();
    // A new parent (issue 9): the child-raising allowance, its window and papers.
    const parent = await openApp(browser, `${server.url}/`, { viewport, clock: new Date('2026-11-22T10:00:00') });
    await answerNewParentToResults(parent.page);
    await parent.page.screenshot({ path: path.join(out, `${name}-new-parent-results.png`) });
    await parent.page.screenshot({ path: path.join(out, `${name}-new-parent-results-full.png`), fullPage: true });
    parent.assertNoErrors();
    await parent.close();
    console.log(`${name}: docs/screenshots/${name}-*.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
