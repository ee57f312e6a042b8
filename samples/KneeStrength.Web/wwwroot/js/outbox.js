// The logs this phone has made and not yet sent, kept in IndexedDB so that they outlive a reload, a closed tab or a
// day without signal. Each entry is one write of the API (a day's log, or a next morning's pain) with the key the
// client made for it; the server keeps the first answer under that key, so an entry sent twice (its answer lost on
// the way back) is written once. No DOM here.

const DB = 'knee';
const STORE = 'outbox';

let opening = null;

function open() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opening;
}

async function transact(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const result = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(result?.result ?? result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** A new key for a write: a UUID. */
export function newKey() {
  return crypto.randomUUID();
}

/**
 * Keeps a write to send: { id (the Idempotency-Key), profileId, kind ('log' or 'next-morning'), date, path, body }.
 * Entries are sent in the order they were kept.
 */
let count = 0;

export function keep(entry) {
  // In the order kept: the time, and a count for two entries of one millisecond.
  return transact('readwrite', store => store.put({ ...entry, at: Date.now() * 1000 + (count++ % 1000) }));
}

/** The entries kept, oldest first (every profile's, or one profile's). */
export async function kept(profileId = null) {
  const all = await transact('readonly', store => store.getAll());
  return all.filter(e => profileId === null || e.profileId === profileId).sort((a, b) => a.at - b.at);
}

/** Removes an entry once the server has it (or refused it for good). */
export function remove(id) {
  return transact('readwrite', store => store.delete(id));
}
