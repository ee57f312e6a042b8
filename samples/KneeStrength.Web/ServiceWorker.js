// The companion's service worker. The app serves it as /sw.js with VERSION (a hash of every file below and of this
// script) and PRECACHE (the page's files, the catalog and the built-in pictures) written above this comment, so a
// change to any file is a new worker with a cache of its own.
//
// - The page's files, the catalog and the pictures come from this version's cache, all of them: a page never runs
//   old and new files together. A new version fills its cache completely before it takes over (skipWaiting), then
//   deletes the old caches and takes the open pages (clients.claim); the page reloads once when that happens.
// - A profile's answers (today, the plan, the logs, progress) come from the network, and a copy is kept; with no
//   network the copy answers, marked X-Knee-Copy, so the page can say it may be out of date.
// - Writes are not the worker's: the page keeps logs in IndexedDB and sends them itself (logs.js).

const SHELL = `knee-shell-${VERSION}`;
const DATA = 'knee-data';

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    await cache.addAll(PRECACHE.map(url => new Request(url, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('knee-shell-') && name !== SHELL) {
        await caches.delete(name);
      }
    }

    await self.clients.claim();
  })());
});

async function fromShell(request, key = request) {
  const cache = await caches.open(SHELL);
  return (await cache.match(key)) ?? fetch(request);
}

async function networkFirst(request) {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
      await cache.put(request, response.clone());
    }

    return response;
  } catch (error) {
    const copy = await cache.match(request);
    if (!copy) {
      throw error;
    }

    const headers = new Headers(copy.headers);
    headers.set('X-Knee-Copy', 'true');
    return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers });
  }
}

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }

  if (request.mode === 'navigate' && url.pathname === '/') {
    // The page with any query (?profile=..., ?date=...) is the one page.
    event.respondWith(fromShell(request, '/'));
  } else if (url.pathname.startsWith('/api/profiles/')) {
    event.respondWith(networkFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(fromShell(request, url.pathname));
  }
});
