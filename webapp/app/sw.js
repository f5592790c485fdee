/*
 * The reader app's service worker: the app shell is kept on the phone (precached at install) and served from there,
 * so the app opens with no network; release images and the Urdu font, whose addresses never change what they
 * serve, are kept as they are first shown. The API is left to the app, which keeps its responses in IndexedDB
 * and revalidates them by ETag.
 *
 * VERSION is the digest of the shell's files (AppShellTest checks it): any change to them changes this file, so
 * phones install the new service worker and fetch the new shell.
 */
const VERSION = '33d979b06501d346';
const SHELL_CACHE = `shell-${VERSION}`;
const KEPT_CACHE = 'kept';
const KEPT_ENTRIES = 200;
const SHELL = ['./', 'app.css', 'manifest.webmanifest', 'icons/icon-192.png',
  'js/main.js', 'js/data.js', 'js/i18n.js', 'js/dom.js', 'js/screens.js'];
const KEPT = /^\/(images|static\/fonts)\//;

const scope = new URL(self.registration.scope);
const shellAddresses = new Set(SHELL.map(path => new URL(path, scope).href));

self.addEventListener('install', event => {
  // 'no-cache': revalidated against the server (a 304 for what the page just loaded), never an older copy.
  event.waitUntil(caches.open(SHELL_CACHE)
    .then(cache => cache.addAll(SHELL.map(path => new Request(new URL(path, scope), {cache: 'no-cache'}))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(name => name.startsWith('shell-') && name !== SHELL_CACHE)
      .map(name => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) {
    return;
  }
  if (request.mode === 'navigate' && url.pathname === scope.pathname) {
    // Every screen is the shell at another query (?office=pakistan&screen=releases).
    event.respondWith(fromShell(new URL('./', scope).href, request));
  } else if (shellAddresses.has(url.href)) {
    event.respondWith(fromShell(url.href, request));
  } else if (KEPT.test(url.pathname)) {
    event.respondWith(keptOrFetched(request));
  }
});

async function fromShell(address, request) {
  const cache = await caches.open(SHELL_CACHE);
  return (await cache.match(address)) || fetch(request);
}

async function keptOrFetched(request) {
  const cache = await caches.open(KEPT_CACHE);
  const kept = await cache.match(request);
  if (kept) {
    return kept;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - KEPT_ENTRIES)).map(key => cache.delete(key)));
  }
  return response;
}
