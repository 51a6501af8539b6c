// Renders the app's icons (public/icons/*.png) from their SVG sources with headless Chromium,
// so nobody needs an image editor. The PNGs are committed; run this again after changing an SVG:
//
//   node scripts/icons.mjs
//
//   icon.svg      -> icon-192.png, icon-512.png, apple-touch-icon.png (180): the mark on a
//                    rounded square, transparent corners (manifest purpose "any")
//   scripts/icons/maskable.svg -> maskable-512.png: full-bleed background, the mark inside the central 80%
//                    circle that launchers keep when they crop (manifest purpose "maskable")
// The favicon is icon.svg itself.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, REPO_ROOT } from '../tests/e2e/harness.mjs';

const DIR = path.join(REPO_ROOT, 'public', 'icons');
// The maskable icon's source is not shipped (only its PNG is).
const SOURCES = { 'icon.svg': DIR, 'maskable.svg': path.join(REPO_ROOT, 'scripts', 'icons') };
const OUTPUTS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
  ['maskable.svg', 'maskable-512.png', 512],
];

const browser = await launchBrowser();
try {
  for (const [source, output, size] of OUTPUTS) {
    const svg = await fsp.readFile(path.join(SOURCES[source], source), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(DIR, output), omitBackground: true });
    await page.close();
    console.log(`public/icons/${output} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
