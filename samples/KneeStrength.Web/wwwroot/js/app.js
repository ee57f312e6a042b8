// The web companion's page: start-up, the screens by the address's hash, the outbox's state, and the service
// worker that keeps the page working offline. Each screen is a module of views/; the state is state.js (no DOM);
// the API is api.js. Text from the server goes into the page with textContent only, never as HTML.

import { api, ApiError } from './api.js';
import { onLanguage, startLanguage, t, tn } from './i18n.js';
import { onChange, send } from './logs.js';
import { clearRun, forgetProfile, rememberProfile, rememberedProfile, restoreRun, state } from './state.js';
import { $, announce, show, showError } from './ui.js';
import { canShowAfter, initAfter, renderAfter } from './views/after.js';
import { initGuided, isRunning, resumeSession, setPaused, startSession } from './views/guided.js';
import { renderProgress } from './views/progress.js';
import { initRun, renderRun } from './views/run.js';
import { initSettings, renderSettings } from './views/settings.js';
import { initSetup } from './views/setup.js';
import { loadDay, renderToday } from './views/today.js';

const params = new URLSearchParams(location.search);

function rememberInAddress(id) {
  rememberProfile(id);
  const url = new URL(location.href);
  url.searchParams.set('profile', id);
  history.replaceState(null, '', url);
}

/** Shows the screen of a hash: through hashchange when the hash changes, at once when it is already there. */
function go(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

/** Today, with the offer to resume a session kept from before a reload. */
function today() {
  const kept = state.run ? { finished: state.run.finished } : null;
  return renderToday({
    resume: kept,
    onResume: () => (state.run.finished ? renderAfter() : resumeSession()),
    onDiscard: () => {
      clearRun();
      announce(t('today.discarded'));
      route();
    },
  });
}

async function route() {
  showError(null);
  if (!state.id) {
    show('setup');
    return;
  }

  try {
    if (location.hash === '#progress') {
      await renderProgress();
    } else if (location.hash === '#settings') {
      await renderSettings();
    } else if (location.hash === '#run') {
      await loadDay();
      renderRun();
    } else if (location.hash === '#session' && isRunning()) {
      show('session');
    } else if (location.hash === '#session' && state.run && !state.run.finished) {
      // Back at the session (a reload in the middle of it): it resumes where it was, paused.
      if (!state.day) {
        await loadDay().catch(() => {});
      }

      resumeSession();
    } else if (location.hash === '#after' && canShowAfter()) {
      if (!state.day) {
        await loadDay().catch(() => {});
      }

      renderAfter();
    } else {
      await today();
    }
  } catch (error) {
    showError(error);
  }
}

let pendingNow = [];

/** The outbox's state in words, at the top of every screen: what is kept on this phone and not sent. */
function renderOutbox({ pending, sent = 0, refused = [] }) {
  pendingNow = pending;
  const mine = pending.filter(e => e.profileId === state.id);
  const status = $('outbox');
  status.hidden = mine.length === 0;
  $('outbox-text').textContent = mine.length === 0 ? '' : tn('outbox.pending', mine.length);
  for (const { error } of refused) {
    showError(new Error(t('outbox.refused', { message: error.message })));
  }

  if (sent > 0) {
    announce(tn('outbox.sent', sent));
    if (!$('today').hidden) {
      today().catch(showError);
    }
  }
}

/** The service worker: it keeps the page, the catalog and the pictures for offline use; a new version reloads the page once. */
function registerWorker() {
  if (!('serviceWorker' in navigator)) {
    return;
  }

  // The first worker to take the page (on the first visit) serves the files the page has; a later one is a new version.
  let controlled = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // A new version took over: reload so no old file runs beside new ones. A session in progress is kept and resumes.
    if (!controlled) {
      controlled = true;
      return;
    }

    if (reloading) {
      return;
    }

    reloading = true;
    if (isRunning()) {
      setPaused(true, t('app.newVersion'));
    }

    location.reload();
  });
  navigator.serviceWorker.register('/sw.js').catch(error => console.warn(`The app works online only: ${error.message}`));
}

function readParameters() {
  const speed = params.get('speed');
  if (speed !== null) {
    const value = Number(speed);
    if (Number.isFinite(value) && value >= 1 && value <= 1000) {
      state.speed = value;
    } else {
      showError(new Error(t('app.speedInvalid')));
    }
  }

  const date = params.get('date');
  if (date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    state.date = date;
  }
}

async function start() {
  // The page's words first: every screen below writes in the language in use.
  await startLanguage();
  readParameters();
  registerWorker();
  initSetup({ onCreated: profile => { rememberInAddress(profile.id); go('#today'); } });
  initSettings({ onSaved: () => go('#today') });
  initGuided({ onFinished: renderAfter });
  initAfter({ onSaved: () => go('#today') });
  initRun({ onSaved: () => go('#today') });
  $('start').addEventListener('click', startSession);
  $('send-now').addEventListener('click', () => send());
  onChange(renderOutbox);
  onLanguage(() => renderOutbox({ pending: pendingNow }));
  window.addEventListener('online', () => send());
  window.addEventListener('hashchange', () => {
    if (isRunning() && location.hash !== '#session') {
      setPaused(true);
      location.hash = '#session';
      return;
    }

    route();
  });

  try {
    const catalog = await api.catalog();
    state.catalog = new Map(catalog.exercises.map(e => [e.id, e]));
    const id = params.get('profile') || rememberedProfile();
    if (id) {
      try {
        await api.profile(id);
      } catch (error) {
        // With no connection the phone's copy of the profile may be missing: it is kept all the same.
        if (error instanceof ApiError && error.status === 404) {
          forgetProfile();
          route();
          showError(new Error(t('app.unknownProfile')));
          return;
        }
      }

      rememberInAddress(id);
      restoreRun();
    }
  } catch (error) {
    showError(error);
    $('loading').hidden = true;
    return;
  }

  await route();
  send().catch(() => {});
}

start();
