/**
 * What the phone keeps and how the app talks to the JSON API v1. In IndexedDB: every public release in full as the
 * delta sync last left them ("releases"), API responses with their ETag ("documents"), where the sync stands
 * ("meta"). Requests are conditional on what the phone keeps: a response that did not change costs a 304.
 */

const NAME = 'country-office-reader';
const VERSION = 1;
let opened;

function database() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const releases = db.createObjectStore('releases', {keyPath: 'id'});
      releases.createIndex('slug', 'slug');
      // Latest first within an office, as the API lists them: by publication time, then id.
      releases.createIndex('office', ['office', 'time', 'id']);
      db.createObjectStore('documents', {keyPath: 'url'});
      db.createObjectStore('meta');
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
  return opened;
}

/** What an IndexedDB request gives, as a promise (inside a transaction too: awaiting it keeps the transaction). */
function result(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function read(store, ask) {
  const db = await database();
  return result(ask(db.transaction(store).objectStore(store)));
}

const get = (store, key) => read(store, objects => objects.get(key));

export const releaseBySlug = slug => read('releases', objects => objects.index('slug').get(slug));

/** An office's releases, latest first. */
export async function releasesOf(office) {
  const range = IDBKeyRange.bound([office, -Infinity, -Infinity], [office, Infinity, Infinity]);
  return (await read('releases', objects => objects.index('office').getAll(range))).reverse();
}

/** Runs writes on several stores as one transaction: all of them are kept, or none. */
async function write(stores, work) {
  const db = await database();
  const transaction = db.transaction(stores, 'readwrite');
  const done = new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error);
  });
  await work(name => transaction.objectStore(name));
  return done;
}

const put = (store, value, key) => write([store], objects => {
  objects(store).put(value, key);
});

const API = '/api/v1';
/** A request that hangs on a failing connection gives way after this long: the kept copy is shown meanwhile. */
const PATIENCE_MILLIS = 30_000;

/** The network failed: the phone is offline, or the server cannot be reached. */
export class Unreachable extends Error {
}

/** The server answered with an error (a problem document, RFC 9457). */
export class Refused extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Whether the last request reached the server, whether a sync runs, when the last one ended: for the status bar. */
export const connection = new EventTarget();
connection.state = {online: navigator.onLine !== false, syncing: false, syncedAt: null};

function update(change) {
  connection.state = {...connection.state, ...change};
  connection.dispatchEvent(new Event('change'));
}

addEventListener('offline', () => update({online: false}));

/** GET, conditional on an ETag the phone holds: null when the server answers 304 Not Modified. */
async function request(url, etag) {
  let response;
  try {
    // The phone's own copy is the cache: the browser's HTTP cache is left out, so that a 304 reaches the app.
    response = await fetch(url, {
      cache: 'no-store',
      headers: etag ? {'If-None-Match': etag} : {},
      signal: AbortSignal.timeout(PATIENCE_MILLIS),
    });
  } catch (failure) {
    update({online: false});
    throw new Unreachable(url, {cause: failure});
  }
  update({online: true});
  if (response.status === 304) {
    return null;
  }
  if (!response.ok) {
    throw new Refused(response.status, await response.json().catch(() => ({})));
  }
  return {etag: response.headers.get('ETag'), body: await response.json()};
}

export const addresses = {
  offices: () => `${API}/offices`,
  office: (office, language) => `${API}/offices/${encodeURIComponent(office)}?lang=${language}`,
  releases: (office, language, query, cursor) => `${API}/offices/${encodeURIComponent(office)}/releases?lang=${language}`
    + (query ? `&q=${encodeURIComponent(query)}` : '') + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''),
  release: (slug, language) => `${API}/releases/${encodeURIComponent(slug)}?lang=${language}`,
  changes: (language, since) => `${API}/releases/changes?lang=${language}` + (since ? `&since=${encodeURIComponent(since)}` : ''),
};

/** The kept copy of a response, if the phone has one. */
export async function kept(url) {
  return (await get('documents', url))?.body;
}

/** The response as the server has it now, revalidating the kept copy: {body, changed}. */
export async function current(url) {
  const old = await get('documents', url);
  const fresh = await request(url, old?.etag);
  if (!fresh) {
    return {body: old.body, changed: false};
  }
  await put('documents', {url, etag: fresh.etag, body: fresh.body, savedAt: Date.now()});
  return {body: fresh.body, changed: true};
}

/** A response the phone does not keep: a further page of a list, a search. */
export async function once(url) {
  return (await request(url)).body;
}

let running = null;

/**
 * The delta sync: asks for what changed since the last sync (everything the first time, or after the reader changed
 * language), applies it in one transaction (releases added or edited are put, those deleted or withdrawn are
 * dropped), and keeps the token for the next time. Asking again with the same token sends the ETag of the previous
 * answer: nothing changed costs a 304. Resolves to whether the releases on the phone changed.
 */
export function sync(language) {
  running ??= syncNow(language).finally(() => {
    running = null;
  });
  return running;
}

async function syncNow(language) {
  update({syncing: true});
  try {
    const state = await get('meta', 'sync');
    const anew = !state || state.language !== language;
    const url = addresses.changes(language, anew ? null : state.token);
    const answer = await request(url, !anew && state.url === url ? state.etag : null);
    const syncedAt = Date.now();
    let changed = false;
    await write(['releases', 'meta'], async objects => {
      if (answer) {
        changed = await apply(objects('releases'), answer.body, anew);
      }
      objects('meta').put({language, url, token: answer ? answer.body.next : state.token,
        etag: answer ? answer.etag : state.etag, syncedAt}, 'sync');
    });
    update({syncedAt});
    return changed;
  } finally {
    update({syncing: false});
  }
}

async function apply(releases, changes, anew) {
  if (anew) {
    releases.clear();
  }
  let changed = anew;
  for (const release of changes.changed) {
    const record = {...release, time: Date.parse(release.published), words: words(release)};
    const old = await result(releases.get(release.id));
    if (!old || JSON.stringify(old) !== JSON.stringify(record)) {
      releases.put(record);
      changed = true;
    }
  }
  for (const tombstone of changes.deleted) {
    const old = await result(releases.get(tombstone.id));
    // A release withdrawn and then published again is in both lists: the later of the two stands.
    if (old && lastChange(old) <= Date.parse(tombstone.removed)) {
      releases.delete(tombstone.id);
      changed = true;
    }
  }
  return changed;
}

function lastChange(release) {
  return Math.max(Date.parse(release.published), Date.parse(release.updated));
}

/** When the delta sync last ended, and in which language, or null. */
export async function lastSync() {
  return get('meta', 'sync');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower case, as the offline search compares them. */
export function wordsOf(text) {
  return (text || '').toLocaleLowerCase().normalize('NFC').match(WORD) || [];
}

function words(release) {
  const body = release.body ? new DOMParser().parseFromString(release.body, 'text/html').body.textContent : '';
  return [...new Set(wordsOf(`${release.title} ${release.summary} ${body}`))];
}

/**
 * The releases on the phone that the API's search would find: every word typed begins one of the release's words.
 */
export function matches(release, query) {
  return wordsOf(query).every(typed => release.words.some(word => word.startsWith(typed)));
}
