// Today: the phase, the check-ins (this morning, an hour after), what is logged (and whether it is still only on
// this phone), why this session, the session itself or the rest day, a session in progress to resume, and links.

import { api, isCopy } from '../api.js';
import { t } from '../i18n.js';
import { circuitRounds } from '../session.js';
import { saveDay, saveNextMorning, pendingFor, withPending } from '../logs.js';
import { addDays, isPending, routineParts, state, todaysLog } from '../state.js';
import { $, announce, element, painScale, reveal, scaleValue, show } from '../ui.js';
import { renderPlan } from './plan.js';

const COMPLETION = {
  get all() { return t('today.logged.all'); },
  get partial() { return t('today.logged.partial'); },
  get none() { return t('today.logged.none'); },
};

/** Reads the day, the plan and the logs (the server's, or the phone's copy with no connection) into the state. */
export async function loadDay() {
  const [day, journal, pending] = await Promise.all([api.today(state.id, state.date), api.logs(state.id), pendingFor(state.id)]);
  state.day = day;
  state.pending = pending;
  state.logs = withPending(journal.logs, pending);
  state.offline = isCopy(day) || isCopy(journal);
  state.plan = day.sessionDay ? await api.plan(state.id, state.date) : null;
  state.routine = routineParts(day.routine);
  state.rounds = state.plan ? circuitRounds(state.plan.steps) : new Map();
}

function checkinCard(id, title, text, scaleName, onSave) {
  const card = element('form', undefined, 'card');
  card.id = id;
  card.noValidate = true;
  card.setAttribute('aria-label', title);
  card.append(element('h3', title), painScale(scaleName, text, null));
  const error = element('p', undefined, 'field-error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const save = element('button', t('checkin.save'), 'primary');
  save.type = 'submit';
  card.append(error, save);
  card.addEventListener('submit', async event => {
    event.preventDefault();
    const value = scaleValue(card, scaleName);
    if (value === null) {
      error.textContent = t('checkin.choose');
      error.hidden = false;
      reveal(error);
      return;
    }

    save.disabled = true;
    try {
      await onSave(value);
      announce(t('checkin.saved', { title, value }));
      await renderToday();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      save.disabled = false;
      reveal(error);
    }
  });
  return card;
}

function loggedText(log) {
  const parts = [];
  if (log.routineId) {
    parts.push(t('today.logged.session', { completion: COMPLETION[log.completion] ?? log.completion }));
    if (log.painDuring != null) {
      parts.push(t('today.logged.during', { pain: log.painDuring }));
    }

    if (log.painAfter != null) {
      parts.push(t('today.logged.after', { pain: log.painAfter }));
    }
  }

  if (log.run) {
    parts.push(t('today.logged.run', { minutes: log.run.minutes, pain: log.run.pain }));
  }

  return parts.join(' ');
}

function renderLogged(day) {
  const checkins = $('checkins');
  checkins.replaceChildren();
  const yesterday = state.logs.find(l => l.date === addDays(day.date, -1));
  if (yesterday && (yesterday.routineId || yesterday.run) && yesterday.painNextMorning == null) {
    const question = yesterday.routineId ? t('checkin.morning.session') : t('checkin.morning.run');
    checkins.append(checkinCard('morning', t('checkin.morning.title'), question, 'painNextMorning',
      pain => saveNextMorning(state.id, yesterday.date, pain)));
  }

  const todays = todaysLog();
  const done = $('today-done');
  done.replaceChildren();
  done.hidden = !todays;
  if (todays) {
    done.append(element('h3', t('today.logged.title')), element('p', loggedText(todays)));
    if (isPending(todays.date)) {
      done.append(element('p', t('today.logged.notSent'), 'pending'));
    }

    if (todays.routineId && todays.painAfter == null) {
      checkins.append(checkinCard('hour-after', t('checkin.hourAfter.title'), t('checkin.hourAfter.question'), 'painAfter',
        pain => saveDay(state.id, { formatVersion: 1, ...todays, painAfter: pain })));
    }
  }
}

function renderDecisions(day) {
  // "See a clinician" comes first and stands out; a provisional answer says so (the next morning may change it).
  const ordered = [...day.decisions.filter(d => d.kind === 'seeClinician'), ...day.decisions.filter(d => d.kind !== 'seeClinician')];
  $('decisions').replaceChildren(...ordered.map(d => {
    const item = element('li', undefined, d.kind === 'seeClinician' ? 'clinician' : undefined);
    if (d.kind === 'seeClinician') {
      item.setAttribute('role', 'alert');
      item.append(element('strong', t('today.important')), ' ');
    }

    if (d.provisional) {
      item.append(element('span', t('today.provisional'), 'provisional'), ' ');
    }

    item.append(d.reason);
    return item;
  }));
}

/**
 * The day's phase in words: the server's name for it in the page's language (the phone's copy keeps the last
 * answer's), or its id where a document has no name.
 */
function phaseOf(day) {
  return t('today.phase', { phase: day.phaseName ?? day.phase });
}

/** The offer to resume a session kept from before a reload. */
function renderResume(saved, onResume, onDiscard) {
  const card = $('resume');
  card.replaceChildren();
  card.hidden = !saved;
  if (!saved) {
    return;
  }

  const resume = element('button', t('today.resume.button'), 'primary');
  resume.type = 'button';
  resume.addEventListener('click', onResume);
  const discard = element('button', t('today.resume.discard'));
  discard.type = 'button';
  discard.addEventListener('click', onDiscard);
  card.append(element('h3', t('today.resume.title')), element('p', saved.finished
    ? t('today.resume.finished')
    : t('today.resume.partway')), resume, discard);
}

/**
 * Shows Today. `resume` is the session kept from before a reload ({ finished }), or null; its buttons call
 * onResume and onDiscard.
 */
export async function renderToday({ resume = null, onResume = () => {}, onDiscard = () => {} } = {}) {
  await loadDay();
  const day = state.day;
  $('today-title').textContent = t('today.titleDate', { date: day.date });
  $('today-phase').textContent = phaseOf(day);

  // What today's run changed of the program (a run back ends the daily phase from the next day), said by the phase.
  let next = null;
  if (todaysLog()?.run && !state.offline) {
    next = await api.today(state.id, addDays(day.date, 1)).catch(() => null);
  }

  const changed = next !== null && next.phase !== day.phase;
  $('today-changed').hidden = !changed;
  $('today-changed').textContent = changed ? t('today.changed', { date: next.date, phase: next.phaseName ?? next.phase }) : '';
  $('today-offline').hidden = !state.offline;
  renderLogged(day);
  renderDecisions(day);
  renderResume(resume, onResume, onDiscard);

  $('today-plan').hidden = !day.sessionDay;
  $('rest').hidden = day.sessionDay;
  $('rest').textContent = day.sessionDay ? '' :
    [t('today.rest'), day.nextSession ? t('today.restNext', { date: day.nextSession }) : null].filter(Boolean).join(' ');
  $('fit-link').parentElement.hidden = !day.sessionDay;
  const logged = Boolean(todaysLog()?.routineId);
  if (state.plan) {
    renderPlan(state.plan);
    $('before').replaceChildren(painScale('painBefore', t('today.before'), todaysLog()?.painBefore ?? null));
    // Once today's session is logged there is nothing to start; a session in progress is resumed from its card.
    $('before').hidden = logged || Boolean(resume);
    $('start').hidden = logged || Boolean(resume);
  }

  const calendar = api.calendarPath(state.id);
  $('calendar-link').href = `webcal://${location.host}${calendar}`;
  $('calendar-file').href = calendar;
  $('fit-link').href = api.fitPath(state.id, state.date);
  $('sheet-link').href = api.sheetPath(state.id, state.date);
  show('today');
}
