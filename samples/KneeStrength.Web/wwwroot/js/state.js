// The page's state and what follows from it, with no DOM: the profile, the day, the plan and today's routine, the
// guided session's run, and the words the screens use for them (from the locale files, through t). The views read
// and write `state`; nothing here touches the page, so it can be read (and tested) on its own.

import { t, tn } from './i18n.js';
import { SessionRun } from './session.js';

const PROFILE_KEY = 'knee.profile';
const MUTED_KEY = 'knee.muted';
const RUN_KEY = 'knee.run';

export const state = {
  id: null,
  date: null,
  speed: 1,
  catalog: new Map(),
  day: null,
  plan: null,
  rounds: new Map(),
  routine: null,
  logs: [],
  pending: [],
  offline: false,
  run: null,
  items: [],
  painBefore: null,
  muted: localStorage.getItem(MUTED_KEY) === 'true',
};

// The words for the plan's sections and the steps' kinds, in the language in use. A phase's name is the server's
// (the day's phaseName, in the language asked for): the page knows no program's phases.
export const SECTIONS = {
  get warmUp() { return t('section.warmUp'); },
  get main() { return t('section.main'); },
  get coolDown() { return t('section.coolDown'); },
};

export const KINDS = {
  get getReady() { return t('kind.getReady'); },
  get setup() { return t('kind.setup'); },
  get work() { return t('kind.work'); },
  get hold() { return t('kind.hold'); },
  get switchSide() { return t('kind.switchSide'); },
  get changeDirection() { return t('kind.changeDirection'); },
  get transition() { return t('kind.transition'); },
  get rest() { return t('kind.rest'); },
};

export function rememberedProfile() {
  return localStorage.getItem(PROFILE_KEY);
}

export function rememberProfile(id) {
  state.id = id;
  localStorage.setItem(PROFILE_KEY, id);
}

export function forgetProfile() {
  state.id = null;
  localStorage.removeItem(PROFILE_KEY);
}

export function rememberMuted(muted) {
  state.muted = muted;
  localStorage.setItem(MUTED_KEY, String(muted));
}

export function duration(seconds) {
  const s = Math.round(seconds);
  const minutes = Math.floor(s / 60);
  return minutes === 0 ? t('time.seconds', { seconds: s })
    : s % 60 === 0 ? t('time.minutes', { minutes }) : t('time.minutesSeconds', { minutes, seconds: s % 60 });
}

export function clock(seconds) {
  const s = Math.ceil(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function exerciseOf(exerciseId) {
  // A routine's own exercises (a warm-up activity, say) win over the catalog's, as in the library.
  return state.routine?.exercises.get(exerciseId) ?? state.catalog.get(exerciseId);
}

export function exerciseName(exerciseId, variationId) {
  const exercise = exerciseOf(exerciseId);
  if (!exercise) {
    return exerciseId;
  }

  const variation = variationId && (exercise.variations || []).find(v => v.id === variationId);
  return variation ? variation.name : exercise.name;
}

/**
 * The first picture or video of an exercise: the built-in ones are pictures/{id}.svg on this server; a routine may
 * name its own, relative or https.
 */
export function mediaOf(exerciseId) {
  const usable = (exerciseOf(exerciseId)?.media ?? []).filter(m => /^https:\/\//i.test(m.uri) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(m.uri));
  return usable.find(m => m.mediaType.startsWith('image/')) ?? usable.find(m => m.mediaType.startsWith('video/')) ?? null;
}

/**
 * What the page needs of a routine document (today's routine): its own exercises by id, and each item's dosage by
 * the item index plan steps use (the items in session order, each item of a circuit once).
 */
export function routineParts(routine) {
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
export function effortOf(step) {
  const dosage = state.routine?.dosages[step.itemIndex];
  if (dosage?.rpe != null) {
    return t('effort.rpe', { rpe: dosage.rpe });
  }

  if (dosage?.repsInReserve != null) {
    return tn('effort.reserve', dosage.repsInReserve);
  }

  return null;
}

/** Whether the plan has a warm-up or a cool-down: then its exercises are shown under their section. */
export function hasSections(plan) {
  return plan.steps.some(s => s.section && s.section !== 'main');
}

/** What is expected of an open-ended step: "about 45 s" or "about 12 reps". */
export function expected(step) {
  return step.kind === 'hold' ? t('dose.aboutTime', { time: duration(step.holdSeconds) }) : t('dose.aboutReps', { reps: step.reps });
}

/** What the runner did, in words: whole exercises, cut-short ones and skipped ones are told apart. */
export function summaryOf(outcomes) {
  const full = outcomes.filter(o => o.outcome === 'completed').length;
  const part = outcomes.filter(o => o.outcome === 'stoppedEarly').length;
  const skipped = outcomes.filter(o => o.outcome === 'skipped').length;
  return t('after.summary', { full, total: outcomes.length })
    + (part > 0 ? t('after.summaryPart', { count: part }) : '')
    + (skipped > 0 ? t('after.summarySkipped', { count: skipped }) : '')
    + t('after.summaryEnd');
}

/** The day's log as the page knows it: the server's, with what this phone has not sent yet laid over it. */
export function todaysLog() {
  return state.logs.find(l => l.date === state.day?.date) ?? null;
}

/** Whether a log of the day is waiting on this phone to be sent. */
export function isPending(date) {
  return state.pending.some(entry => entry.date === date);
}

// ---- the guided session kept across a reload -------------------------------------------------------------------

/** Keeps the session in progress (or finished and not yet logged), so a reload resumes it. */
export function saveRun() {
  if (!state.run || !state.plan) {
    return;
  }

  localStorage.setItem(RUN_KEY, JSON.stringify({
    profileId: state.id,
    date: state.day?.date ?? state.date,
    plan: state.plan,
    painBefore: state.painBefore,
    run: state.run.snapshot(),
  }));
}

/** The session kept for this profile, restored as the state's run and plan; null when there is none. */
export function restoreRun() {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(RUN_KEY) ?? 'null');
  } catch {
    saved = null;
  }

  if (!saved || saved.profileId !== state.id || !saved.plan) {
    return null;
  }

  state.plan = saved.plan;
  state.painBefore = saved.painBefore ?? null;
  state.run = SessionRun.restore(saved.plan.steps, state.speed, saved.run);
  state.items = [...new Set(saved.plan.steps.map(s => s.itemIndex))];
  return saved;
}

export function clearRun() {
  localStorage.removeItem(RUN_KEY);
  state.run = null;
}
