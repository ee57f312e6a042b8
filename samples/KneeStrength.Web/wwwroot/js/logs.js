// Writing logs: every log goes to the outbox first and is sent from there, so a log made with no signal is kept on
// the phone and sent, once, when the server can be reached. No DOM: the page listens for changes with onChange.

import { api, ApiError } from './api.js';
import { keep, kept, newKey, remove } from './outbox.js';

const listeners = new Set();
let sending = null;

/** Calls listener({ pending, sent, refused }) after each change of the outbox and each try to send it. */
export function onChange(listener) {
  listeners.add(listener);
}

async function changed(sent = 0, refused = []) {
  const pending = await kept();
  for (const listener of listeners) {
    listener({ pending, sent, refused });
  }
}

/** Keeps a day's log (a session, the hour after, a run) and tries to send it. */
export async function saveDay(profileId, log) {
  await keep({ id: newKey(), profileId, kind: 'log', date: log.date, path: `/api/profiles/${encodeURIComponent(profileId)}/logs`, body: log });
  await changed();
  return send();
}

/** Keeps a next morning's pain for a day's session or run and tries to send it. */
export async function saveNextMorning(profileId, date, pain) {
  await keep({
    id: newKey(), profileId, kind: 'next-morning', date,
    path: `/api/profiles/${encodeURIComponent(profileId)}/logs/${encodeURIComponent(date)}/next-morning`, body: { painNextMorning: pain },
  });
  await changed();
  return send();
}

/**
 * Sends what is kept, oldest first, each with its key. One send at a time: a second call waits for the first. An
 * entry leaves the outbox when the server has it, or refuses it for good (a 4xx other than 408 and 429: sending it
 * again would not help, and the refusal is reported); with no connection or a server error the rest waits for the
 * next try. Resolves to the number sent.
 */
export function send() {
  sending ??= (async () => {
    let sent = 0;
    const refused = [];
    try {
      // Until the outbox is empty (entries kept while sending are sent too) or the server cannot be reached.
      for (let waiting = await kept(); waiting.length > 0; waiting = await kept()) {
        for (const entry of waiting) {
          try {
            await api.write(entry.path, entry.body, entry.id);
            sent++;
          } catch (error) {
            const lasting = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
            if (!lasting) {
              return sent;
            }

            refused.push({ entry, error });
          }

          await remove(entry.id);
        }
      }
    } finally {
      sending = null;
      await changed(sent, refused);
    }

    return sent;
  })();
  return sending;
}

/** The profile's logs as the page shows them: the server's, with the writes this phone has not sent laid over them. */
export function withPending(logs, pending) {
  const byDate = new Map(logs.map(log => [log.date, log]));
  for (const entry of pending) {
    if (entry.kind === 'log') {
      byDate.set(entry.date, entry.body);
    } else if (entry.kind === 'next-morning' && byDate.has(entry.date)) {
      byDate.set(entry.date, { ...byDate.get(entry.date), painNextMorning: entry.body.painNextMorning });
    }
  }

  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The profile's kept entries, oldest first. */
export function pendingFor(profileId) {
  return kept(profileId);
}
