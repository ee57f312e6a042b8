// The guided session: the exercise and its step large, the countdown, both progress bars, spoken cues, Pause,
// Skip, Done, Mute and End, by touch or keyboard. The run is kept on the phone at every step and pause, so a
// reload resumes it (paused) instead of losing it.

import { t } from '../i18n.js';
import { SessionRun } from '../session.js';
import { KINDS, SECTIONS, clock, effortOf, exerciseName, expected, hasSections, mediaOf, rememberMuted, saveRun, state } from '../state.js';
import { $, announce, mediaElement, scaleValue, show } from '../ui.js';
import { keepAwake, releaseWake, speak } from '../device.js';

let timer = 0;
let lastTick = 0;
let finished = () => {};

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

/** N is Done on an open-ended step and skips the exercise on the others. */
function setKeyShortcut(open) {
  $('keys').textContent = open ? t('session.keysOpen') : t('session.keys');
  $(open ? 'skip' : 'done').removeAttribute('aria-keyshortcuts');
  $(open ? 'done' : 'skip').setAttribute('aria-keyshortcuts', 'N');
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
  const context = [hasSections(state.plan) ? SECTIONS[step.section ?? 'main'] : null, rounds ? t('session.round', { set: step.set, rounds }) : null].filter(Boolean);
  $('step-context').textContent = context.join(' · ');
  $('step-context').hidden = context.length === 0;
  const effort = step.kind === 'work' || step.kind === 'hold' ? effortOf(step) : null;
  $('step-effort').textContent = effort ? t('session.effort', { effort }) : '';
  $('step-effort').hidden = !effort;

  // An open-ended step waits for the person: Done (or N) moves on, and the clock counts up.
  const open = run.open;
  const asMuch = step.kind === 'hold' ? t('session.openHold', { expected: expected(step) }) : t('session.openReps', { expected: expected(step) });
  $('step-expected').textContent = open ? asMuch : '';
  $('step-expected').hidden = !open;
  if (!open && document.activeElement === $('done')) {
    $('pause').focus();
  }

  $('done').hidden = !open;
  setKeyShortcut(open);
  $('countdown').setAttribute('aria-label', open ? t('session.countUp') : t('session.countdown'));
  $('session').dataset.open = String(open);
  const next = run.next;
  $('step-next').textContent = next ? t('session.next', { cue: next.cue }) : t('session.last');
  $('session').dataset.step = String(step.index);
  speak(step.cue);
  renderClock();
  saveRun();
}

function renderClock() {
  const run = state.run;
  const step = run.current;
  $('countdown').textContent = run.open ? clock(Math.floor(run.elapsed)) : clock(run.remaining);
  $('step-progress').value = step.durationSeconds === 0 ? 1 : Math.min(1, run.elapsed / step.durationSeconds);
  const total = state.plan.totalSeconds;
  const remaining = run.sessionRemaining;
  $('session-progress').value = total === 0 ? 1 : Math.min(1, 1 - remaining / total);
  $('step-position').textContent = t('session.position', { number: state.items.indexOf(step.itemIndex) + 1, count: state.items.length, left: clock(remaining) });
}

function tick() {
  const now = performance.now();
  const seconds = (now - lastTick) / 1000;
  lastTick = now;
  const changed = state.run.advance(seconds);
  if (state.run.finished) {
    end();
  } else if (changed) {
    renderStep();
  } else {
    renderClock();
  }
}

/** Pauses or goes on; the paused state is shown in words and announced, and kept for a reload. */
export function setPaused(paused, said = paused ? t('session.pausedSaid') : t('session.goingOn')) {
  const run = state.run;
  if (paused) {
    run.pause();
    window.speechSynthesis?.cancel();
  } else {
    lastTick = performance.now();
    run.resume();
  }

  $('pause').textContent = paused ? t('session.resume') : t('session.pause');
  $('session').classList.toggle('paused', paused);
  $('paused-label').hidden = !paused;
  announce(said);
  saveRun();
}

function setMuted(muted) {
  rememberMuted(muted);
  $('mute').setAttribute('aria-pressed', String(muted));
  $('mute').textContent = muted ? t('session.unmute') : t('session.mute');
  if (muted) {
    window.speechSynthesis?.cancel();
  }
}

function moveOn(move) {
  move();
  if (state.run.finished) {
    end();
  } else {
    renderStep();
  }
}

function run() {
  setMuted(state.muted);
  if (location.hash !== '#session') {
    location.hash = '#session';
  }

  show('session');
  renderStep();
  lastTick = performance.now();
  // A tick at least every 250 ms of real time, and at least five a plan second at demo speeds.
  timer = setInterval(tick, Math.max(10, Math.min(250, 200 / state.speed)));
  keepAwake();
  $('pause').focus();
}

/** Whether a session is running on screen (its clock ticking or paused). */
export function isRunning() {
  return timer !== 0;
}

export function startSession() {
  if (!state.plan) {
    return;
  }

  state.painBefore = scaleValue($('before'), 'painBefore');
  state.run = new SessionRun(state.plan.steps, state.speed);
  state.items = [...new Set(state.plan.steps.map(s => s.itemIndex))];
  run();
  setPaused(false, t('session.started'));
}

/** Shows a session kept from before a reload, paused where it was. */
export function resumeSession() {
  run();
  setPaused(true, t('session.resumed'));
}

function end() {
  clearInterval(timer);
  timer = 0;
  releaseWake();
  window.speechSynthesis?.cancel();
  speak(t('session.finishedSaid'));
  saveRun();
  finished();
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
      moveOn(() => (state.run.open ? state.run.finishStep() : state.run.skipExercise()));
      break;
    case 'm':
    case 'M':
      event.preventDefault();
      setMuted(!state.muted);
      break;
    case 'Escape':
      event.preventDefault();
      moveOn(() => state.run.stop());
      break;
    default:
      break;
  }
}

/** Wires the session's controls; onFinished is called when the run ends (done, or ended early). */
export function initGuided({ onFinished }) {
  finished = onFinished;
  $('pause').addEventListener('click', () => setPaused(!state.run.paused));
  $('skip').addEventListener('click', () => moveOn(() => state.run.skipExercise()));
  $('done').addEventListener('click', () => moveOn(() => state.run.finishStep()));
  $('mute').addEventListener('click', () => setMuted(!state.muted));
  $('stop').addEventListener('click', () => moveOn(() => state.run.stop()));
  document.addEventListener('keydown', onKey);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && timer) {
      keepAwake();
    } else if (timer) {
      saveRun();
    }
  });
  window.addEventListener('pagehide', () => {
    if (timer) {
      saveRun();
    }
  });
}
