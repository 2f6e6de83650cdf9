// Offline service worker for Prioriteringsrummet.
//
// This file is a template: scripts/sw-manifest.mjs (a Trunk post_build hook)
// writes it to dist/sw.js with VERSION and PRECACHE filled in from the build.
// Every build with different files gets a different VERSION, so a different
// cache name and different bytes in sw.js, which is how the browser notices
// an update.
//
// - install: caches every file of the build (and "./") under the version's
//   cache name, then takes over at once (skipWaiting);
// - activate: deletes this app's caches of other versions, claims the open
//   pages;
// - fetch: only same-origin GET requests inside the worker's scope.
//   Navigations go to the network first (within a few seconds) and fall back
//   to the cached index.html, so any link to the app (#prioriter?s=...,
//   #baggrund) opens offline; everything else is served from the cache first.
//   Cross-origin requests are never intercepted or cached.
//
// All URLs are relative to this file, so the site can live under a sub-path.
'use strict';

const VERSION = "__SW_VERSION__";
/** [{ url, immutable }]: immutable files have a content hash in their name. */
const PRECACHE = "__SW_PRECACHE__";

/** How long a navigation waits for the network before using the cache. */
const NAVIGATION_TIMEOUT_MS = 4000;

const SCOPE = self.registration.scope;
/** Caches of this app at this scope; other apps on the origin are left alone. */
const PREFIX = `prioritet:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', self.location.href).href;

/** A response without the redirected flag (a redirected response must not answer a navigation). */
function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (!Array.isArray(PRECACHE) || PRECACHE.length === 0) {
      throw new Error('sw.js was not filled in by scripts/sw-manifest.mjs');
    }
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async ({ url, immutable }) => {
      // A hashed file never changes, so the copy the page just downloaded
      // (in the HTTP cache) is good: no second download on a slow network.
      // Other files are revalidated so they match this version.
      const request = new Request(new URL(url, self.location.href).href, {
        cache: immutable ? 'force-cache' : 'no-cache',
      });
      const response = await fetch(request);
      if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
      await cache.put(request, unredirected(response));
    }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    if (self.registration.navigationPreload) {
      await self.registration.navigationPreload.enable().catch(() => {});
    }
    await self.clients.claim();
  })());
});

/** Network first (with a time limit), then the cached index.html. */
async function navigate(event) {
  const network = (async () => (await event.preloadResponse) || fetch(event.request))();
  // Let the network request finish even when the cache answers first.
  event.waitUntil(network.catch(() => {}));
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, NAVIGATION_TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // Offline or the server is unreachable: use the cache below.
  } finally {
    clearTimeout(timer);
  }
  const cached = await caches.open(CACHE).then((cache) => cache.match(INDEX));
  return cached || network;
}

/** Cache first, then the network (not stored: the cache holds exactly one build). */
async function cacheFirst(request) {
  const cached = await caches.open(CACHE).then((cache) => cache.match(request));
  return cached || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event));
  } else {
    event.respondWith(cacheFirst(request));
  }
});
