// Eligibil's service worker: after the first visit the whole app opens and works with no network.
//
// This file is a template. scripts/post-build.mjs (a Trunk post_build hook, so on every build)
// writes dist/sw.js from it, replacing PRECACHE_LIST with every file of the build but sw.js,
// each with the sha-256 of its content as revision. Nobody writes that list by hand.
//
// - install: downloads each listed file not already cached at the same revision (unchanged
//   files are not downloaded again) into one cache. Trunk's content-hashed names may come from
//   the HTTP cache (the copy the page has just loaded: same name, same bytes); other files
//   (index.html, manifest, icons) with `cache: 'no-cache'`, so an HTTP cache cannot hand back an
//   old copy. One failed download fails the install: the worker already running keeps serving
//   the previous, complete version.
// - waiting: a new worker waits until the page asks it to take over (the "Reîncarcă" button
//   of public/sw-register.js), so a page never runs half old, half new.
// - activate: deletes the entries of earlier versions, takes control of open pages.
// - fetch: listed files come from the cache (Trunk's names carry a content hash, so a name is
//   one content for ever); page loads (navigations) go to the network first, so a new deploy
//   is seen at once, and fall back to the cached index.html when offline or after
//   NAVIGATION_TIMEOUT_MS on a slow connection. Nothing is fetched from another origin and
//   nothing but the list is ever stored.
'use strict';

const PRECACHE = PRECACHE_LIST;
const CACHE = 'eligibil-precache';
const NAVIGATION_TIMEOUT_MS = 4000;

const scope = new URL(self.registration.scope);
// Trunk's `filehash = true` names: main-659d6086b4e325e9.css, eligibil-web-…_bg.wasm.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
const keyOf = (entry) => new URL(`${entry.url}?rev=${entry.revision}`, scope).href;
// Request URL (absolute, no query) -> cache key of its current revision.
const KEYS = new Map(PRECACHE.map((entry) => [new URL(entry.url, scope).href, keyOf(entry)]));
const INDEX_KEY = KEYS.get(new URL('index.html', scope).href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = new Set((await cache.keys()).map((request) => request.url));
      await Promise.all(
        PRECACHE.filter((entry) => !cached.has(keyOf(entry))).map(async (entry) => {
          const response = await fetch(new URL(entry.url, scope), {
            cache: HASHED.test(entry.url) ? 'default' : 'no-cache',
          });
          if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
          await cache.put(keyOf(entry), response);
        }),
      );
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set(KEYS.values());
      const cache = await caches.open(CACHE);
      for (const request of await cache.keys()) {
        if (!current.has(request.url)) await cache.delete(request);
      }
      await self.clients.claim();
    })(),
  );
});

const fromCache = async (key) => (await caches.open(CACHE)).match(key);

async function navigate(request) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), NAVIGATION_TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([fetch(request), timeout]);
    if (response.ok) return response;
    return (await fromCache(INDEX_KEY)) || response;
  } catch (err) {
    return (await fromCache(INDEX_KEY)) || Response.error();
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  if (request.mode === 'navigate' && INDEX_KEY) {
    event.respondWith(navigate(request));
    return;
  }
  const key = KEYS.get(url.origin + url.pathname);
  if (key) {
    event.respondWith(fromCache(key).then((cached) => cached || fetch(request)));
  }
});
