// The web companion's calls to its API. Every failure becomes an ApiError carrying the RFC 9457 problem document,
// so a screen can show the message next to the field the server named. Every request asks for the server's words in
// the page's language (Accept-Language).

import { language, t } from './i18n.js';

/** A failed request: the HTTP status and the problem document (title, detail, errors by field). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || t('api.status', { status }));
    this.status = status;
    this.problem = problem;
  }

  /** The messages for each field the problem names: [[field, message], ...]. */
  get fieldErrors() {
    const errors = this.problem.errors || {};
    return Object.keys(errors).sort().map(field => [field, errors[field].join(' ')]);
  }
}

/** The answers the service worker gave from its copy (no connection): the page says they may be out of date. */
const fromCopy = new WeakSet();

/** Whether an answer came from the phone's copy rather than the server. */
export function isCopy(body) {
  return body !== null && typeof body === 'object' && fromCopy.has(body);
}

/** A request's headers: JSON, in the page's language, and any of the request's own. */
function headers(own = {}) {
  return { Accept: 'application/json', 'Accept-Language': language(), ...own };
}

function unreachable() {
  return new ApiError(0, { title: t('api.unreachable') });
}

async function send(path, init = {}) {
  let response;
  try {
    response = await fetch(path, { ...init, headers: headers(init.headers) });
  } catch {
    throw unreachable();
  }

  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { title: text };
  }

  if (!response.ok) {
    throw new ApiError(response.status, body || { title: response.statusText });
  }

  if (response.headers.get('X-Knee-Copy') && body !== null && typeof body === 'object') {
    fromCopy.add(body);
  }

  return body;
}

/** Every log of a profile as one journal document, following the server's pages (a Link with rel="next"). */
async function allLogs(path) {
  const journal = { formatVersion: 1, logs: [] };
  for (let next = path, pages = 0; next && pages < 20; pages++) {
    let response;
    try {
      response = await fetch(next, { headers: headers() });
    } catch {
      throw unreachable();
    }

    const body = await response.json().catch(() => ({ title: response.statusText }));
    if (!response.ok) {
      throw new ApiError(response.status, body);
    }

    if (response.headers.get('X-Knee-Copy')) {
      fromCopy.add(journal);
    }

    journal.formatVersion = body.formatVersion;
    journal.logs.push(...body.logs);
    const link = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') || '');
    next = link ? link[1] : null;
  }

  return journal;
}

function withDate(path, date) {
  return date ? `${path}?date=${encodeURIComponent(date)}` : path;
}

function post(path, body, key) {
  const own = { 'Content-Type': 'application/json' };
  if (key) {
    own['Idempotency-Key'] = key;
  }

  return send(path, { method: 'POST', headers: own, body: JSON.stringify(body) });
}

/** The API of one server, for one profile once it is known. */
export const api = {
  catalog: () => send('/api/catalog'),
  createProfile: profile => post('/api/profiles', profile),
  profile: id => send(`/api/profiles/${encodeURIComponent(id)}`),
  today: (id, date) => send(withDate(`/api/profiles/${encodeURIComponent(id)}/today`, date)),
  plan: (id, date) => send(withDate(`/api/profiles/${encodeURIComponent(id)}/plan`, date)),
  logs: id => allLogs(`/api/profiles/${encodeURIComponent(id)}/logs?limit=1000`),
  updateProfile: (id, profile) => send(`/api/profiles/${encodeURIComponent(id)}`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(profile),
  }),
  /** A log write (logs.js makes them) with its Idempotency-Key: sent again, the server writes it once. */
  write: (path, body, key) => post(path, body, key),
  progress: (id, date) => send(withDate(`/api/profiles/${encodeURIComponent(id)}/progress`, date)),
  calendarPath: id => `/api/profiles/${encodeURIComponent(id)}/calendar.ics`,
  fitPath: (id, date) => withDate(`/api/profiles/${encodeURIComponent(id)}/today.fit`, date),
  sheetPath: (id, date) => withDate(`/profiles/${encodeURIComponent(id)}/sheet`, date),
};
