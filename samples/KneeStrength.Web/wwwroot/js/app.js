// The web companion's page: set-up, today, the guided session, the log after it, and progress. Text from the
// server goes into the page with textContent only, never as HTML.

import { api, ApiError } from './api.js';
import { SessionRun, circuitRounds } from './session.js';
import { painChart } from './chart.js';

const $ = id => document.getElementById(id);
const SCREENS = ['setup', 'today', 'session', 'after', 'progress'];
const PROFILE_KEY = 'knee.profile';
const MUTED_KEY = 'knee.muted';

const params = new URLSearchParams(location.search);
const state = {
  id: null,
  date: null,
  speed: 1,
  catalog: new Map(),
  day: null,
  plan: null,
  rounds: new Map(),
  routine: null,
  logs: [],
  run: null,
  items: [],
  painBefore: null,
  timer: 0,
  lastTick: 0,
  wakeLock: null,
  muted: localStorage.getItem(MUTED_KEY) === 'true',
};

// ---- small helpers -------------------------------------------------------------------------------------------

function element(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined) {
    node.textContent = text;
  }

  if (className) {
    node.className = className;
  }

  return node;
}

function duration(seconds) {
  const s = Math.round(seconds);
  const minutes = Math.floor(s / 60);
  return minutes === 0 ? `${s} s` : s % 60 === 0 ? `${minutes} min` : `${minutes} min ${s % 60} s`;
}

function clock(seconds) {
  const s = Math.ceil(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function exerciseName(exerciseId, variationId) {
  // A routine's own exercises (a warm-up activity, say) win over the catalog's, as in the library.
  const exercise = state.routine?.exercises.get(exerciseId) ?? state.catalog.get(exerciseId);
  if (!exercise) {
    return exerciseId;
  }

  const variation = variationId && (exercise.variations || []).find(v => v.id === variationId);
  return variation ? variation.name : exercise.name;
}

function show(screen) {
  if ($(screen).hidden) {
    window.scrollTo(0, 0);
  }

  for (const name of SCREENS) {
    $(name).hidden = name !== screen;
  }

  $('loading').hidden = true;
  $('nav').hidden = screen === 'setup' || screen === 'session';
  for (const link of $('nav').querySelectorAll('a')) {
    if (link.getAttribute('href') === `#${screen}`) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function showError(error) {
  const box = $('error');
  box.replaceChildren();
  if (!error) {
    box.hidden = true;
    return;
  }

  box.append(element('p', error instanceof ApiError || error instanceof Error ? error.message : String(error)));
  if (error instanceof ApiError) {
    for (const [field, message] of error.fieldErrors) {
      box.append(element('p', `${field}: ${message}`));
    }
  }

  box.hidden = false;
}

/** Shows each field's message next to it in the form; returns the problems no field of the form took. */
function showFieldErrors(form, error) {
  for (const p of form.querySelectorAll('.field-error')) {
    p.hidden = true;
    p.textContent = '';
  }

  const left = [];
  for (const [field, message] of error instanceof ApiError ? error.fieldErrors : []) {
    const target = form.querySelector(`.field-error[data-field="${CSS.escape(field.split(/[.[]/)[0].replace(/^\$/, '') || field)}"]`)
      || form.querySelector('.field-error[data-field="log"]');
    if (target) {
      target.textContent = message;
      target.hidden = false;
    } else {
      left.push(`${field}: ${message}`);
    }
  }

  return left;
}

/** Shows a failed request's field messages in the form, and the rest (or a message without fields) above it. */
function reportError(form, error) {
  const left = showFieldErrors(form, error);
  const placed = error instanceof ApiError && error.fieldErrors.length > 0 && left.length === 0;
  showError(placed ? null : error);
}

/** Eleven radio buttons, 0 to 10, in a fieldset; the value is read back with scaleValue. */
function painScale(name, legend, value) {
  const fieldset = element('fieldset');
  fieldset.append(element('legend', legend));
  const grid = element('div', undefined, 'scale');
  for (let n = 0; n <= 10; n++) {
    const label = element('label');
    const input = element('input');
    input.type = 'radio';
    input.name = name;
    input.value = String(n);
    input.checked = value === n;
    input.setAttribute('aria-label', `${n} out of 10`);
    label.append(input, element('span', String(n)));
    grid.append(label);
  }

  const ends = element('div', undefined, 'scale-ends');
  ends.append(element('span', '0 no pain'), element('span', '10 worst imaginable'));
  fieldset.append(grid, ends);
  return fieldset;
}

function scaleValue(root, name) {
  const checked = root.querySelector(`input[name="${name}"]:checked`);
  return checked ? Number(checked.value) : null;
}

// ---- set-up ---------------------------------------------------------------------------------------------------

function rememberProfile(id) {
  state.id = id;
  localStorage.setItem(PROFILE_KEY, id);
  const url = new URL(location.href);
  url.searchParams.set('profile', id);
  history.replaceState(null, '', url);
}

async function createProfile(event) {
  event.preventDefault();
  const form = $('setup-form');
  const equipment = [...form.querySelectorAll('input[name="equipment"]:checked')].map(i => i.value);
  const minutes = form.elements.minutes.value.trim();
  const back = form.elements.backToRunning.value;
  const body = {
    equipment,
    minutes: minutes === '' ? null : Number(minutes),
    firstSide: form.querySelector('input[name="firstSide"]:checked').value,
    backToRunning: back === '' ? null : back,
  };
  if (minutes !== '' && !/^\d+$/.test(minutes)) {
    showFieldErrors(form, new ApiError(400, { errors: { minutes: ['Enter a whole number of minutes, or leave it empty.'] } }));
    return;
  }

  $('create').disabled = true;
  try {
    const profile = await api.createProfile(body);
    rememberProfile(profile.id);
    go('#today');
  } catch (error) {
    reportError(form, error);
  } finally {
    $('create').disabled = false;
  }
}

// ---- pictures and videos of the exercises ---------------------------------------------------------------------

/**
 * The first picture or video of an exercise (a routine's own exercise wins over the catalog's, as for names): the
 * built-in ones are pictures/{id}.svg on this server; a routine may name its own, relative or https.
 */
function mediaOf(exerciseId) {
  const exercise = state.routine?.exercises.get(exerciseId) ?? state.catalog.get(exerciseId);
  const usable = (exercise?.media ?? []).filter(m => /^https:\/\//i.test(m.uri) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(m.uri));
  return usable.find(m => m.mediaType.startsWith('image/')) ?? usable.find(m => m.mediaType.startsWith('video/')) ?? null;
}

/** An img (or a muted, looping video) of the media item, with its alternative text; null for none. */
function mediaElement(media, className) {
  if (!media) {
    return null;
  }

  let node;
  if (media.mediaType.startsWith('video/')) {
    node = document.createElement('video');
    node.muted = true;
    node.loop = true;
    node.playsInline = true;
    node.controls = true;
    node.setAttribute('aria-label', media.alternativeText);
  } else {
    node = document.createElement('img');
    node.alt = media.alternativeText;
    node.decoding = 'async';
  }

  node.src = media.uri;
  node.className = className;
  return node;
}

// ---- a routine's parts: sections, circuits, open-ended work, target effort ---------------------------------------

const SECTIONS = { warmUp: 'Warm-up', main: 'Main', coolDown: 'Cool-down' };

/**
 * What the page needs of a routine document (today's routine): its own exercises by id, and each item's dosage by
 * the item index plan steps use (the items in session order, each item of a circuit once).
 */
function routineParts(routine) {
  if (!routine) {
    return null;
  }

  const items = routine.items
    ?? (routine.sections ?? []).flatMap(section => section.items.flatMap(entry => entry.circuit ? entry.circuit.items : [entry]));
  return {
    exercises: new Map((routine.exercises ?? []).map(e => [e.id, e])),
    dosages: items.map(item => item.dosage),
  };
}

/** The target effort of a step's item in words, or null when it has none. */
function effortOf(step) {
  const dosage = state.routine?.dosages[step.itemIndex];
  if (dosage?.rpe != null) {
    return `RPE ${dosage.rpe} of 10`;
  }

  if (dosage?.repsInReserve != null) {
    return `stop with ${dosage.repsInReserve} rep${dosage.repsInReserve === 1 ? '' : 's'} in reserve`;
  }

  return null;
}

/** Whether the plan has a warm-up or a cool-down: then its exercises are shown under their section. */
function hasSections(plan) {
  return plan.steps.some(s => s.section && s.section !== 'main');
}

/** What is expected of an open-ended step: "about 45 s" or "about 12 reps". */
function expected(step) {
  return step.kind === 'hold' ? `about ${duration(step.holdSeconds)}` : `about ${step.reps} reps`;
}

// ---- today ----------------------------------------------------------------------------------------------------

const PHASES = {
  treatment: 'Treatment: a session every day while the knee hurts.',
  prevention: 'Back to running: a session once a week to keep the knee strong.',
};

function doseOf(steps) {
  const work = steps.filter(s => s.kind === 'work' || s.kind === 'hold');
  if (work.length === 0) {
    return '';
  }

  const first = work[0];
  const sides = new Set(work.map(s => s.side).filter(Boolean)).size;
  const directions = new Set(work.map(s => s.direction).filter(Boolean)).size;
  const sets = Math.max(...work.map(s => s.set));
  const rounds = state.rounds.get(first.itemIndex);
  const parts = [first.open
    ? `${first.kind === 'hold' ? 'as long as you can' : 'as many as you can'}, ${expected(first)}`
    : first.kind === 'hold' ? `hold ${first.holdSeconds} s` : `${first.reps} reps`];
  if (directions > 1) {
    parts.push(`${directions} directions`);
  }

  if (sides > 1) {
    parts.push('each side');
  }

  if (rounds) {
    parts.push(`in a circuit, ${rounds} rounds`);
  } else if (sets > 1) {
    parts.push(`${sets} sets`);
  }

  const effort = effortOf(first);
  if (effort) {
    parts.push(effort);
  }

  return parts.join(' · ');
}

function renderPlan(plan) {
  $('plan-length').textContent = `(${duration(plan.totalSeconds)})`;
  const items = $('plan-items');
  items.replaceChildren();
  const byItem = new Map();
  for (const step of plan.steps) {
    if (!byItem.has(step.itemIndex)) {
      byItem.set(step.itemIndex, []);
    }

    byItem.get(step.itemIndex).push(step);
  }

  const itemOf = steps => {
    const li = element('li');
    const picture = mediaElement(mediaOf(steps[0].exerciseId), 'thumb');
    const text = element('span', exerciseName(steps[0].exerciseId, steps.find(s => s.variation)?.variation), 'item-text');
    text.append(element('span', doseOf(steps), 'dose'));
    if (picture) {
      picture.loading = 'lazy';
      li.classList.add('with-picture');
      li.append(picture);
    }

    li.append(text);
    return li;
  };

  // A plain routine is one list; a routine with a warm-up or cool-down lists each section under its heading,
  // numbered on from the section before.
  const sections = $('plan-sections');
  sections.replaceChildren();
  const sectioned = hasSections(plan);
  items.hidden = sectioned;
  sections.hidden = !sectioned;
  if (sectioned) {
    let number = 1;
    for (const kind of Object.keys(SECTIONS)) {
      const inSection = [...byItem.values()].filter(steps => (steps[0].section ?? 'main') === kind);
      if (inSection.length === 0) {
        continue;
      }

      const list = element('ol', undefined, 'items');
      list.start = number;
      list.append(...inSection.map(itemOf));
      sections.append(element('h4', SECTIONS[kind]), list);
      number += inSection.length;
    }
  } else {
    items.append(...[...byItem.values()].map(itemOf));
  }

  $('plan-steps-title').textContent = `All ${plan.steps.length} steps, with their start times`;
  $('steps').replaceChildren(...plan.steps.map(step => {
    const li = element('li');
    li.append(element('span', clock(step.startSeconds), 'at'), document.createTextNode(` ${step.cue}`));
    return li;
  }));

  const notes = $('plan-notes');
  notes.replaceChildren();
  for (const s of plan.substitutions || []) {
    notes.append(element('li', `${exerciseName(s.exerciseId)}: ${s.reason}`));
  }

  for (const o of plan.omissions || []) {
    notes.append(element('li', `Left out, ${exerciseName(o.exerciseId)}: ${o.reason}`));
  }

  for (const a of plan.adjustments || []) {
    notes.append(element('li', `${a.exerciseId ? `${exerciseName(a.exerciseId)}: ` : ''}${a.change}. ${a.reason}`));
  }

  const changes = notes.children.length;
  $('plan-changes').hidden = changes === 0;
  $('plan-changes-title').textContent = `${changes} change${changes === 1 ? '' : 's'} to the routine: what was swapped, left out or shortened, and why`;
}

function checkinCard(id, title, text, scaleName, onSave) {
  const card = element('form', undefined, 'card');
  card.id = id;
  card.noValidate = true;
  card.append(element('h3', title), painScale(scaleName, text, null));
  const error = element('p', undefined, 'field-error');
  error.hidden = true;
  const save = element('button', 'Save', 'primary');
  save.type = 'submit';
  card.append(error, save);
  card.addEventListener('submit', async event => {
    event.preventDefault();
    const value = scaleValue(card, scaleName);
    if (value === null) {
      error.textContent = 'Choose a number from 0 to 10.';
      error.hidden = false;
      return;
    }

    save.disabled = true;
    try {
      await onSave(value);
      await renderToday();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      save.disabled = false;
    }
  });
  return card;
}

async function renderToday() {
  const [day, journal] = await Promise.all([api.today(state.id, state.date), api.logs(state.id)]);
  state.day = day;
  state.logs = journal.logs;
  state.plan = day.sessionDay ? await api.plan(state.id, state.date) : null;
  state.routine = routineParts(day.routine);
  state.rounds = state.plan ? circuitRounds(state.plan.steps) : new Map();

  $('today-title').textContent = `Today, ${day.date}`;
  $('today-phase').textContent = PHASES[day.phase] ?? `Phase: ${day.phase}`;

  const checkins = $('checkins');
  checkins.replaceChildren();
  const yesterday = state.logs.find(l => l.date === addDays(day.date, -1));
  if (yesterday && yesterday.routineId && yesterday.painNextMorning == null) {
    checkins.append(checkinCard('morning', 'This morning', 'How does your knee feel this morning, after yesterday\'s session?', 'painNextMorning',
      pain => api.nextMorning(state.id, yesterday.date, pain)));
  }

  const todays = state.logs.find(l => l.date === day.date);
  const done = $('today-done');
  done.replaceChildren();
  done.hidden = !(todays && todays.routineId);
  if (todays && todays.routineId) {
    const completion = { all: 'all of it', partial: 'part of it', none: 'none of it' }[todays.completion] ?? todays.completion;
    done.append(element('h3', 'Logged today'));
    done.append(element('p', `Session: ${completion}.${todays.painDuring != null ? ` Worst pain during: ${todays.painDuring}/10.` : ''}${todays.painAfter != null ? ` An hour after: ${todays.painAfter}/10.` : ''}`));
    if (todays.painAfter == null) {
      checkins.append(checkinCard('hour-after', 'An hour after', 'How does your knee feel about an hour after the session?', 'painAfter',
        pain => api.saveLog(state.id, { formatVersion: 1, ...todays, painAfter: pain })));
    }
  }

  // "See a clinician" comes first and stands out; a provisional answer says so (the next morning may change it).
  const decisions = $('decisions');
  const ordered = [...day.decisions.filter(d => d.kind === 'seeClinician'), ...day.decisions.filter(d => d.kind !== 'seeClinician')];
  decisions.replaceChildren(...ordered.map(d => {
    const item = element('li', undefined, d.kind === 'seeClinician' ? 'clinician' : undefined);
    if (d.kind === 'seeClinician') {
      item.setAttribute('role', 'alert');
      item.append(element('strong', 'Important: '));
    }

    if (d.provisional) {
      item.append(element('span', 'Provisional', 'provisional'), ' ');
    }

    item.append(d.reason);
    return item;
  }));

  $('today-plan').hidden = !day.sessionDay;
  $('rest').hidden = day.sessionDay;
  $('rest').textContent = day.sessionDay ? '' :
    `No session today. Rest, or run if your plan says so.${day.nextSession ? ` Next session: ${day.nextSession}.` : ''}`;
  $('fit-link').parentElement.hidden = !day.sessionDay;
  if (state.plan) {
    renderPlan(state.plan);
    $('before').replaceChildren(painScale('painBefore', 'Before you start: how does your knee feel now?', todays?.painBefore ?? null));
    $('start').textContent = todays && todays.routineId ? 'Do the session again' : 'Start the session';
  }

  const calendar = api.calendarPath(state.id);
  $('calendar-link').href = `webcal://${location.host}${calendar}`;
  $('calendar-file').href = calendar;
  $('fit-link').href = api.fitPath(state.id, state.date);
  $('sheet-link').href = api.sheetPath(state.id, state.date);
  show('today');
}

// ---- the guided session ---------------------------------------------------------------------------------------

const KINDS = {
  getReady: 'Get ready',
  setup: 'Set up',
  work: 'Work',
  hold: 'Hold',
  switchSide: 'Switch sides',
  changeDirection: 'Change direction',
  transition: 'Next exercise',
  rest: 'Rest',
};

function speak(text) {
  if (state.muted || !('speechSynthesis' in window)) {
    return;
  }

  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

async function keepAwake() {
  if (!('wakeLock' in navigator)) {
    $('wake').textContent = 'This browser may let the screen sleep during the session.';
    return;
  }

  try {
    state.wakeLock = await navigator.wakeLock.request('screen');
    $('wake').textContent = 'The screen stays on during the session.';
  } catch {
    $('wake').textContent = 'The screen may sleep: the browser did not allow keeping it on.';
  }
}

function releaseWake() {
  if (state.wakeLock) {
    state.wakeLock.release().catch(() => {});
    state.wakeLock = null;
  }
}

/** The session's large picture of the exercise: replaced only when the exercise changes, so it keeps animating. */
function showPicture(exerciseId) {
  const figure = $('step-picture');
  if (figure.dataset.exercise === exerciseId) {
    return;
  }

  figure.dataset.exercise = exerciseId ?? '';
  const picture = exerciseId ? mediaElement(mediaOf(exerciseId), 'picture') : null;
  figure.replaceChildren(...(picture ? [picture] : []));
  figure.hidden = !picture;
}

function renderStep() {
  const run = state.run;
  const step = run.current;
  $('step-exercise').textContent = exerciseName(step.exerciseId, step.variation);
  showPicture(step.exerciseId);
  $('step-kind').textContent = KINDS[step.kind] ?? step.kind;
  $('step-cue').textContent = step.cue;

  // Where the step is in a routine of parts: its section (when there is more than the main one) and its round.
  const rounds = state.rounds.get(step.itemIndex);
  const context = [hasSections(state.plan) ? SECTIONS[step.section ?? 'main'] : null, rounds ? `Round ${step.set} of ${rounds}` : null].filter(Boolean);
  $('step-context').textContent = context.join(' · ');
  $('step-context').hidden = context.length === 0;
  const effort = step.kind === 'work' || step.kind === 'hold' ? effortOf(step) : null;
  $('step-effort').textContent = effort ? `Effort: ${effort}` : '';
  $('step-effort').hidden = !effort;

  // An open-ended step waits for the person: Done (or N) moves on, and the clock counts up.
  const open = run.open;
  $('step-expected').textContent = open
    ? `${step.kind === 'hold' ? 'As long as you can' : 'As many as you can'}, ${expected(step)}. The clock counts up: tap Done when you stop.`
    : '';
  $('step-expected').hidden = !open;
  if (!open && document.activeElement === $('done')) {
    $('pause').focus();
  }

  $('done').hidden = !open;
  setKeyShortcut(open);
  $('countdown').setAttribute('aria-label', open ? 'Time in this step, counting up' : 'Time left in this step');
  $('session').dataset.open = String(open);
  const next = run.next;
  $('step-next').textContent = next ? `Next: ${next.cue}` : 'Last step.';
  $('session').dataset.step = String(step.index);
  speak(step.cue);
  renderClock();
}

function renderClock() {
  const run = state.run;
  const step = run.current;
  $('countdown').textContent = run.open ? clock(Math.floor(run.elapsed)) : clock(run.remaining);
  $('step-progress').value = step.durationSeconds === 0 ? 1 : Math.min(1, run.elapsed / step.durationSeconds);
  const total = state.plan.totalSeconds;
  const remaining = run.sessionRemaining;
  $('session-progress').value = total === 0 ? 1 : Math.min(1, 1 - remaining / total);
  $('step-position').textContent = `Exercise ${state.items.indexOf(step.itemIndex) + 1} of ${state.items.length} · ${clock(remaining)} left`;
}

function tick() {
  const now = performance.now();
  const seconds = (now - state.lastTick) / 1000;
  state.lastTick = now;
  const changed = state.run.advance(seconds);
  if (state.run.finished) {
    finishSession();
  } else if (changed) {
    renderStep();
  } else {
    renderClock();
  }
}

function setPaused(paused) {
  const run = state.run;
  if (paused) {
    run.pause();
    window.speechSynthesis?.cancel();
  } else {
    state.lastTick = performance.now();
    run.resume();
  }

  $('pause').textContent = paused ? 'Resume' : 'Pause';
  $('session').classList.toggle('paused', paused);
}

function setMuted(muted) {
  state.muted = muted;
  localStorage.setItem(MUTED_KEY, String(muted));
  $('mute').setAttribute('aria-pressed', String(muted));
  $('mute').textContent = muted ? 'Unmute' : 'Mute';
  if (muted) {
    window.speechSynthesis?.cancel();
  }
}

const OPEN_KEYS = 'Keys: Space pauses, N is Done, M mutes, Esc ends.';
let keys = null; // the page's own list of keys, for the steps that are not open-ended

/** N is Done on an open-ended step and skips the exercise on the others. */
function setKeyShortcut(open) {
  keys ??= $('keys').textContent;
  $('keys').textContent = open ? OPEN_KEYS : keys;
  if (open) {
    $('skip').removeAttribute('aria-keyshortcuts');
    $('done').setAttribute('aria-keyshortcuts', 'N');
  } else {
    $('done').removeAttribute('aria-keyshortcuts');
    $('skip').setAttribute('aria-keyshortcuts', 'N');
  }
}

function finishStep() {
  state.run.finishStep();
  if (state.run.finished) {
    finishSession();
  } else {
    renderStep();
  }
}

function skipExercise() {
  state.run.skipExercise();
  if (state.run.finished) {
    finishSession();
  } else {
    renderStep();
  }
}

function startSession() {
  if (!state.plan) {
    return;
  }

  state.painBefore = scaleValue($('before'), 'painBefore');
  state.run = new SessionRun(state.plan.steps, state.speed);
  state.items = [...new Set(state.plan.steps.map(s => s.itemIndex))];
  setPaused(false);
  setMuted(state.muted);
  location.hash = '#session';
  show('session');
  renderStep();
  state.lastTick = performance.now();
  // A tick at least every 250 ms of real time, and at least five a plan second at demo speeds.
  state.timer = setInterval(tick, Math.max(10, Math.min(250, 200 / state.speed)));
  keepAwake();
  $('pause').focus();
}

function finishSession() {
  clearInterval(state.timer);
  state.timer = 0;
  releaseWake();
  window.speechSynthesis?.cancel();
  speak('Session done.');
  const outcomes = state.run.outcomes();
  const done = outcomes.filter(o => o.outcome !== 'skipped').length;
  const skipped = outcomes.length - done;
  $('after-summary').textContent = `You did ${done} of ${outcomes.length} exercises${skipped > 0 ? ` (${skipped} skipped)` : ''}.`;
  $('after-during').replaceChildren(painScale('painDuring', 'Worst knee pain during the session', null));
  $('after-after').replaceChildren(painScale('painAfter', 'An hour after (or leave it and add it from Today later)', null));
  for (const input of document.querySelectorAll('#after-sharp input')) {
    input.checked = false;
  }

  $('note').value = '';
  location.hash = '#after';
  show('after');
  $('after-title').focus();
}

async function saveLog(event) {
  event.preventDefault();
  const form = $('after-form');
  const painDuring = scaleValue(form, 'painDuring');
  if (painDuring === null) {
    showFieldErrors(form, new ApiError(400, { errors: { log: ['Choose the worst pain during the session, 0 to 10.'] } }));
    return;
  }

  const sharp = form.querySelector('input[name="sharpPain"]:checked');
  if (!sharp) {
    showFieldErrors(form, new ApiError(400, { errors: { log: ['Say whether any pain was sharp: yes or no.'] } }));
    return;
  }

  const earlier = state.logs.find(l => l.date === state.day.date);
  const exercises = state.run.outcomes();
  const log = {
    formatVersion: 1,
    date: state.day.date,
    routineId: state.plan.routine,
    completion: state.run.completion(exercises),
    exercises,
    painBefore: state.painBefore ?? earlier?.painBefore ?? null,
    painDuring,
    painAfter: scaleValue(form, 'painAfter'),
    painNextMorning: earlier?.painNextMorning ?? null,
    run: earlier?.run ?? null,
    note: $('note').value.trim() || null,
    ...(sharp.value === 'yes' ? { sharpPain: true } : {}),
  };
  $('save-log').disabled = true;
  try {
    await api.saveLog(state.id, log);
    state.run = null;
    go('#today');
  } catch (error) {
    reportError(form, error);
  } finally {
    $('save-log').disabled = false;
  }
}

function onKey(event) {
  if ($('session').hidden || !state.run || state.run.finished || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }

  const onControl = event.target instanceof HTMLButtonElement || event.target instanceof HTMLInputElement;
  switch (event.key) {
    case ' ':
    case 'k':
    case 'K':
      if (onControl && event.key === ' ') {
        return; // the focused button's own click handles it
      }

      event.preventDefault();
      setPaused(!state.run.paused);
      break;
    case 'n':
    case 'N':
    case 'ArrowRight':
      event.preventDefault();
      if (state.run.open) {
        finishStep();
      } else {
        skipExercise();
      }

      break;
    case 'm':
    case 'M':
      event.preventDefault();
      setMuted(!state.muted);
      break;
    case 'Escape':
      event.preventDefault();
      state.run.stop();
      finishSession();
      break;
    default:
      break;
  }
}

// ---- progress -------------------------------------------------------------------------------------------------

async function renderProgress() {
  const progress = await api.progress(state.id, state.date);
  const done = progress.doneFully + progress.donePartly;
  const parts = [`${done} of ${progress.planned} planned sessions done (${progress.doneFully} fully, ${progress.donePartly} partly), ${progress.missed} missed.`,
    `Longest streak ${progress.longestStreak}, now ${progress.currentStreak}.`];
  if (progress.averagePainDuring !== null) {
    parts.push(`Pain during sessions ${progress.averagePainDuring.toFixed(1)}/10 on average.`);
  }

  if (progress.painTrendPerWeek !== null) {
    const trend = progress.painTrendPerWeek;
    parts.push(trend <= 0 ? `Easing ${Math.abs(trend).toFixed(1)} a week.` : `Rising ${trend.toFixed(1)} a week.`);
  }

  $('progress-summary').textContent = parts.join(' ');
  $('chart').replaceChildren(painChart(progress.weeks));
  $('weeks').replaceChildren(...progress.weeks.map(w =>
    element('li', `Week of ${w.start}: ${w.sessions} session${w.sessions === 1 ? '' : 's'}${w.averagePainDuring === null ? '' : `, pain ${w.averagePainDuring.toFixed(1)}/10`}`)));
  show('progress');
}

// ---- start-up and routing -------------------------------------------------------------------------------------

/** Shows the screen of a hash: through hashchange when the hash changes, at once when it is already there. */
function go(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
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
    } else if (location.hash === '#session' && state.run && !state.run.finished) {
      show('session');
    } else if (location.hash === '#after' && state.run) {
      show('after');
    } else {
      await renderToday();
    }
  } catch (error) {
    showError(error);
  }
}

async function start() {
  const speed = params.get('speed');
  if (speed !== null) {
    const value = Number(speed);
    if (Number.isFinite(value) && value >= 1 && value <= 1000) {
      state.speed = value;
    } else {
      showError(new Error(`The speed parameter must be a number from 1 to 1000; running at normal speed.`));
    }
  }

  const date = params.get('date');
  if (date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    state.date = date;
  }

  $('setup-form').addEventListener('submit', createProfile);
  $('after-form').addEventListener('submit', saveLog);
  $('start').addEventListener('click', startSession);
  $('pause').addEventListener('click', () => setPaused(!state.run.paused));
  $('skip').addEventListener('click', skipExercise);
  $('done').addEventListener('click', finishStep);
  $('mute').addEventListener('click', () => setMuted(!state.muted));
  $('stop').addEventListener('click', () => {
    state.run.stop();
    finishSession();
  });
  document.addEventListener('keydown', onKey);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state.timer) {
      keepAwake();
    }
  });
  window.addEventListener('hashchange', () => {
    if (state.timer && location.hash !== '#session') {
      setPaused(true);
      location.hash = '#session';
      return;
    }

    route();
  });

  try {
    const catalog = await api.catalog();
    state.catalog = new Map(catalog.exercises.map(e => [e.id, e]));
    const id = params.get('profile') || localStorage.getItem(PROFILE_KEY);
    if (id) {
      try {
        await api.profile(id);
        rememberProfile(id);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 404) {
          throw error;
        }

        localStorage.removeItem(PROFILE_KEY);
        showError(new Error('That profile is not on this server. Set up a new one.'));
        show('setup');
        return;
      }
    }
  } catch (error) {
    showError(error);
    $('loading').hidden = true;
    return;
  }

  await route();
}

start();
