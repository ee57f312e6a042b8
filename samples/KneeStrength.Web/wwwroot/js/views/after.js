// After the session: what was done, the worst pain during it, whether any was sharp, an hour after (or later from
// Today), a note. Saving keeps the log on the phone first and sends it from there.

import { t } from '../i18n.js';
import { saveDay } from '../logs.js';
import { clearRun, state, summaryOf, todaysLog } from '../state.js';
import { $, announce, formProblem, painScale, reportError, scaleValue, show } from '../ui.js';

let saved = () => {};

/** Shows the after-screen of the state's run. */
export function renderAfter() {
  const outcomes = state.run.outcomes();
  $('after-summary').textContent = summaryOf(outcomes);
  $('after-during').replaceChildren(painScale('painDuring', t('after.during'), null));
  $('after-after').replaceChildren(painScale('painAfter', t('after.after'), null));
  for (const input of document.querySelectorAll('#after-sharp input')) {
    input.checked = false;
  }

  for (const p of $('after-form').querySelectorAll('.field-error')) {
    p.hidden = true;
  }

  $('note').value = '';
  if (location.hash !== '#after') {
    location.hash = '#after';
  }

  show('after');
  $('after-title').focus();
}

async function saveLog(event) {
  event.preventDefault();
  const form = $('after-form');
  const painDuring = scaleValue(form, 'painDuring');
  if (painDuring === null) {
    formProblem(form, 'log', t('after.chooseDuring'));
    return;
  }

  const sharp = form.querySelector('input[name="sharpPain"]:checked');
  if (!sharp) {
    formProblem(form, 'log', t('after.chooseSharp'));
    return;
  }

  // The day's earlier log (a run, the next morning's pain) stays in the one log of the day.
  const earlier = todaysLog();
  const exercises = state.run.outcomes();
  const log = {
    formatVersion: 1,
    date: state.day?.date ?? state.date,
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
    const sent = await saveDay(state.id, log);
    clearRun();
    announce(sent > 0 ? t('after.logged') : t('after.kept'));
    saved();
  } catch (error) {
    reportError(form, error);
  } finally {
    $('save-log').disabled = false;
  }
}

export function initAfter({ onSaved }) {
  saved = onSaved;
  $('after-form').addEventListener('submit', saveLog);
}

/** Whether the after-screen can be shown: a finished run not yet logged. */
export function canShowAfter() {
  return Boolean(state.run?.finished);
}

