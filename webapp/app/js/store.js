/**
 * What the app keeps on the phone, in IndexedDB:
 * - releases: every public release in full, as the delta sync last left them (key: the release id);
 * - documents: API responses with their ETag, revalidated rather than fetched again (key: the address);
 * - meta: where the delta sync stands.
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
export function result(request) {
    return new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
}

async function read(store, ask) {
    const db = await database();
    return result(ask(db.transaction(store).objectStore(store)));
}

export const get = (store, key) => read(store, objects => objects.get(key));

export const releaseBySlug = slug => read('releases', objects => objects.index('slug').get(slug));

/** An office's releases, latest first. */
export async function releasesOf(office) {
    const range = IDBKeyRange.bound([office, -Infinity, -Infinity], [office, Infinity, Infinity]);
    return (await read('releases', objects => objects.index('office').getAll(range))).reverse();
}

export const countReleases = () => read('releases', objects => objects.count());

/** Runs writes on several stores as one transaction: all of them are kept, or none. */
export async function write(stores, work) {
    const db = await database();
    const transaction = db.transaction(stores, 'readwrite');
    const done = new Promise((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
    await work(name => transaction.objectStore(name));
    return done;
}

export const put = (store, value, key) => write([store], objects => {
    objects(store).put(value, key);
});
