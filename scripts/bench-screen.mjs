// Answer → updated screen, measured in the page (issue 20): the family of five of the
// screenshots (tests/e2e/flows.mjs answerFamilyOfFive) walked at 360×800, each "Continuă"
// timed from the tap (a capture listener, before the app's own handler runs: the engine's
// evaluation and the new view are both inside the figure) to the last change of the page
// before the next frame (a MutationObserver), and to that frame's requestAnimationFrame.
// A frame is 16.7 ms at 60 Hz. Run at full speed and with the CPU 4× slower (a cheap phone).
// Prints figures; not a pass/fail.
//
//   node scripts/bench-screen.mjs [--runs N] [dist]      (after a release build)
import { startServer, launchBrowser, MOBILE_VIEWPORT } from '../tests/e2e/harness.mjs';
import { answerFamilyOfFive } from '../tests/e2e/flows.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');

// In the page: each tap on "Continuă" starts a timing; the changes it causes end it at the next
// frame. Changes in the 50 ms after that frame (the app still building the screen) are counted.
function instrument() {
  window.__screenTimings = [];
  let t0 = null;
  let last = null;
  let entry = null;
  new MutationObserver(() => {
    if (t0 === null) {
      if (entry && !entry.pending && performance.now() - entry.frameAt < 50) entry.laterChanges += 1;
      return;
    }
    last = performance.now();
    if (entry?.pending) return;
    const start = t0;
    entry = { pending: true, laterChanges: 0 };
    requestAnimationFrame(() => {
      const frame = performance.now();
      Object.assign(entry, {
        pending: false,
        frameAt: frame,
        dom: last - start,
        frame: frame - start,
        to: document.querySelector('[data-testid="results"]') ? 'results' : 'question',
      });
      window.__screenTimings.push(entry);
      t0 = null;
    });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener(
    'click',
    (e) => {
      if (e.target.closest?.('[data-testid="continue"]')) {
        t0 = performance.now();
        last = t0;
        entry = null;
      }
    },
    true,
  );
}

const quantile = (list, q) => {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * q))];
};
const ms = (v) => `${v.toFixed(1)} ms`;

const server = await startServer(dist);
const browser = await launchBrowser();
try {
  for (const rate of [1, 4]) {
    const all = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: MOBILE_VIEWPORT, locale: 'ro-RO' });
      const page = await context.newPage();
      await page.addInitScript(instrument);
      const cdp = await context.newCDPSession(page);
      await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { window.__started = true; }));
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => window.__started === true);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await answerFamilyOfFive(page);
      await page.waitForTimeout(200);
      all.push(...(await page.evaluate(() => window.__screenTimings)));
      await context.close();
    }
    const questions = all.filter((t) => t.to === 'question');
    const results = all.filter((t) => t.to === 'results');
    const line = (name, list) => {
      if (!list.length) return `  ${name}: none measured`;
      const dom = list.map((t) => t.dom);
      const frame = list.map((t) => t.frame);
      const late = list.filter((t) => t.laterChanges > 0).length;
      return (
        `  ${name} (${list.length}): screen changed by ${ms(quantile(dom, 0.5))} median, ` +
        `${ms(quantile(dom, 0.9))} 90th, ${ms(Math.max(...dom))} slowest; in the next frame by ` +
        `${ms(quantile(frame, 0.5))} median, ${ms(Math.max(...frame))} slowest; ` +
        `${list.filter((t) => t.frame <= 1000 / 60).length} within one 16.7 ms frame` +
        (late ? `; ${late} still changing in the 50 ms after that frame` : '')
      );
    };
    console.log(`CPU ${rate === 1 ? 'at full speed' : `${rate}× slower`}, ${RUNS} walks of the family of five:`);
    console.log(line('answer → next question', questions));
    console.log(line('last answer → results page', results));
  }
} finally {
  await browser.close();
  await server.close();
}
