// Trunk post_build hook (Trunk.toml [[hooks]]): runs after every `trunk build` and every rebuild
// of `trunk serve`, on the staging directory Trunk is about to move to dist/. So no build can
// ship a stale precache list or a policy that blocks its own loader.
//
//   1. Content-Security-Policy: Trunk's wasm loader is an inline <script type="module"> (and
//      `trunk serve` adds an inline autoreload script). Their sha-256 hashes are added to the
//      policy's script-src in index.html; nothing else inline is allowed.
//   2. The web app manifest must name icons that exist in the build.
//   3. sw.js: public/sw.js with PRECACHE_LIST replaced by every file of the build (but sw.js),
//      each with the sha-256 of its content as revision; comment lines dropped.
//
//   0. The language catalogues: dist/lang/<lang>.txt, and the start screen in each language.
//
// Run by hand on a finished build: `node scripts/post-build.mjs dist`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!OUT) fail('no build directory: run as a Trunk hook (TRUNK_STAGING_DIR) or pass one');

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const sha256 = (data, encoding) => crypto.createHash('sha256').update(data).digest(encoding);

// ---- 0. the language catalogues: one file per language, the start screen in each ----
// src/i18n/<lang>/<area>.txt hold `key = text` lines (build.rs checks that every language has
// every message with the same placeholders, or the build fails). The browser gets
// lang/<lang>.txt: the texts alone, one per line, in the order of the Romanian keys, which is
// the order of the functions build.rs writes (src/i18n/mod.rs `load`).
const LANGS = ['ro', 'hu', 'en'];
const AREAS = ['core', 'ui', 'engine', 'means', 'child', 'local', 'answers'];
function catalogue(lang) {
  const messages = new Map();
  for (const area of AREAS) {
    const file = path.join(ROOT, 'src', 'i18n', lang, `${area}.txt`);
    for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
      const line = raw.replace(/\r$/, '');
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      const at = line.indexOf(' = ');
      if (at < 0) fail(`${file}: not \`key = text\`: ${line}`);
      messages.set(line.slice(0, at), line.slice(at + 3));
    }
  }
  return messages;
}
const catalogues = Object.fromEntries(LANGS.map((l) => [l, catalogue(l)]));
const keys = [...catalogues.ro.keys()];
fs.mkdirSync(path.join(OUT, 'lang'), { recursive: true });
for (const lang of LANGS) {
  const texts = keys.map((k) => {
    if (!catalogues[lang].has(k)) fail(`src/i18n/${lang}: \`${k}\` is missing`);
    return catalogues[lang].get(k);
  });
  fs.writeFileSync(path.join(OUT, 'lang', `${lang}.txt`), `${texts.join('\n')}\n`);
}

// The start screen is plain HTML (readable before the app): its elements name their message
// (data-t="key"). Romanian is written into the page from the catalogue, so the two never
// differ; Hungarian and English travel in the page, for its inline script to put in place
// before the first paint.
const indexFile = path.join(OUT, 'index.html');
let html = fs.readFileSync(indexFile, 'utf8');
const shellKeys = new Set();
const escapeHtml = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// data-t="key": the Romanian text, replaced in the browser for another language;
// data-t-hu="key" (and -ro, -en): that language's text, fixed (the <noscript> message).
html = html.replace(
  /(<([a-z0-9]+)\b[^>]*\bdata-t(?:-(ro|hu|en))?="?([a-z0-9_]+)"?[^>]*>)([^<]*)(<\/\2>)/g,
  (all, open, tag, fixed, key, _text, close) => {
    const lang = fixed || 'ro';
    if (!catalogues[lang].has(key)) fail(`index.html: data-t="${key}" is not a message`);
    if (!fixed) shellKeys.add(key);
    return `${open}${escapeHtml(catalogues[lang].get(key))}${close}`;
  },
);
for (const key of ['app_title', 'update_available', 'update_reload']) shellKeys.add(key);
const shell = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.fromEntries([...shellKeys].sort().map((k) => [k, catalogues[lang].get(k)]))]),
);
if (html.split('__ELIGIBIL_SHELL__').length !== 2) fail('index.html must use __ELIGIBIL_SHELL__ exactly once');
html = html.replace('__ELIGIBIL_SHELL__', JSON.stringify(shell).replace(/</g, '\\u003c'));
fs.writeFileSync(indexFile, html);

// ---- 1. the inline scripts' hashes into the CSP <meta> ----
const hashes = [];
for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (/\bsrc\s*=/i.test(attrs)) continue;
  hashes.push(`'sha256-${sha256(body, 'base64')}'`);
}
// The minifier reorders attributes and may drop the quotes around http-equiv's value; content
// keeps its double quotes (the policy holds spaces and single quotes, never `"` or `>`).
const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].filter(([tag]) =>
  /\bhttp-equiv=["']?content-security-policy\b/i.test(tag),
);
if (metas.length !== 1) fail('index.html must hold one <meta http-equiv="Content-Security-Policy" content="…">');
const [tag] = metas[0];
const policy = tag.match(/\bcontent="([^"]*)"/);
if (!policy) fail('the Content-Security-Policy <meta> has no content="…"');
const directives = policy[1].split(';').map((d) => d.trim()).filter(Boolean);
const scriptSrc = directives.findIndex((d) => /^script-src\s/.test(d));
if (scriptSrc < 0) fail('the Content-Security-Policy in index.html has no script-src');
// Idempotent: hashes from an earlier run on the same file are replaced, not piled up.
const sources = directives[scriptSrc].split(/\s+/).filter((s) => !s.startsWith("'sha256-"));
directives[scriptSrc] = [...sources, ...hashes].join(' ');
const newTag = tag.replace(policy[0], `content="${directives.join('; ')}"`);
html = html.slice(0, metas[0].index) + newTag + html.slice(metas[0].index + tag.length);
fs.writeFileSync(indexFile, html);

// ---- 2. the manifest's icons exist ----
const manifestFile = path.join(OUT, 'manifest.webmanifest');
let manifest;
try {
  manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
} catch (err) {
  fail(`manifest.webmanifest: ${err.message}`);
}
for (const icon of manifest.icons ?? []) {
  if (!fs.existsSync(path.join(OUT, icon.src))) fail(`manifest.webmanifest: icon ${icon.src} is not in the build`);
}

// ---- 3. sw.js with the precache list ----
function files(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const rel = prefix + entry.name;
    return entry.isDirectory() ? files(path.join(dir, entry.name), `${rel}/`) : [rel];
  });
}
const precache = files(OUT)
  .filter((file) => file !== 'sw.js')
  .sort()
  .map((url) => ({ url, revision: sha256(fs.readFileSync(path.join(OUT, url)), 'hex').slice(0, 16) }));
if (!precache.some((entry) => entry.url === 'index.html')) fail('no index.html to precache');

const code = fs
  .readFileSync(path.join(ROOT, 'public', 'sw.js'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
  .join('\n');
if (code.split('PRECACHE_LIST').length !== 2) fail('public/sw.js must use PRECACHE_LIST exactly once');
const worker = code.replace('PRECACHE_LIST', JSON.stringify(precache));
fs.writeFileSync(path.join(OUT, 'sw.js'), `${worker}\n`);

console.log(
  `post-build: ${LANGS.length} languages of ${keys.length} messages; CSP script-src with ${hashes.length} inline script hash(es); ` +
    `sw.js precaches ${precache.length} files (${Buffer.byteLength(worker)} bytes)`,
);
