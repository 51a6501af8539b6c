// Checks for focus and keyboard use, shared by the tests of every benefit's screens
// (issue 11: axe-core finds none of these problems, so they are checked here).

import assert from 'node:assert/strict';

/** A short description of the focused element, for messages. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.labels?.[0]?.innerText || el.getAttribute('aria-label') || el.innerText || '';
    return `${el.tagName.toLowerCase()}#${el.id} "${label.trim().slice(0, 40)}"`;
  });
}

/**
 * The focused element is not the page itself, and it is visible: inside the viewport and not
 * hidden under the fixed "Înapoi / Continuă" bar (WCAG 2.4.3, 2.4.7).
 */
export async function assertFocusVisible(page, what = '') {
  const box = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const bar = document.querySelector('.step-nav');
    const fixed = bar && getComputedStyle(bar).position === 'fixed';
    // The focused element may be inside the bar itself.
    const barTop = fixed && !bar.contains(el) ? bar.getBoundingClientRect().top : innerHeight;
    return { top: r.top, bottom: r.bottom, height: r.height, barTop, innerHeight };
  });
  assert.ok(box, `${what}: focus is somewhere (not the page body)`);
  assert.ok(box.height > 0, `${what}: the focused element is displayed (${await focused(page)})`);
  // Half a pixel either way is scroll rounding, not a hidden control.
  assert.ok(box.top >= -1 && box.bottom <= box.innerHeight + 1, `${what}: ${await focused(page)} is inside the viewport ${JSON.stringify(box)}`);
  assert.ok(box.bottom <= box.barTop + 0.5, `${what}: ${await focused(page)} is above the bottom bar ${JSON.stringify(box)}`);
}

/** Press Tab (or Shift+Tab) until `matches(activeElement)` holds; each stop checked visible. */
export async function tabTo(page, matches, { back = false, max = 120, what = '' } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await assertFocusVisible(page, `${what} after Tab ${i + 1}`);
    if (await page.evaluate(matches)) return;
  }
  assert.fail(`${what}: never reached by Tab (last: ${await focused(page)})`);
}

/** The focus is on the screen's heading, as after every screen change. */
export async function assertHeadingFocused(page, what) {
  await page.waitForFunction(() => document.activeElement?.id === 'question-title', null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'question-title', `${what}: the heading has the focus (${await focused(page)})`);
  await assertFocusVisible(page, what);
}

/** Tab to "Continuă" and press Enter, then wait for the screen `nextTestId`. */
export async function continueByKeyboard(page, nextTestId) {
  await tabTo(page, () => document.activeElement?.dataset?.testid === 'continue', { what: 'to Continuă' });
  await page.keyboard.press('Enter');
  await page.getByTestId(nextTestId).waitFor();
}

/** Tab into the radio group and move with the arrow keys to the radio labelled `label`. */
export async function chooseByKeyboard(page, label) {
  await tabTo(page, () => document.activeElement?.type === 'radio', { what: `into the answers for "${label}"` });
  for (let i = 0; i < 12; i++) {
    const here = await page.evaluate(() => document.activeElement?.labels?.[0]?.innerText.trim());
    if (here === label) {
      // Space checks the focused radio (arrow keys already do; Space for the first one).
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`no radio labelled "${label}"`);
}
