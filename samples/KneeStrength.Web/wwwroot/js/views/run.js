// Log a run: its minutes and the worst knee pain during it (the next morning's pain is asked on Today the day
// after). The run joins the day's log; the coach's day then shows what it changed (a run back ends the daily phase).

import { t } from '../i18n.js';
import { saveDay } from '../logs.js';
import { state, todaysLog } from '../state.js';
import { $, announce, formProblem, painScale, reportError, scaleValue, show } from '../ui.js';

let saved = () => {};

export function renderRun() {
  const form = $('run-form');
  const earlier = todaysLog()?.run;
  $('run-title').textContent = state.day ? t('run.titleDate', { date: state.day.date }) : t('run.titleToday');
  form.elements.runMinutes.value = earlier ? String(earlier.minutes) : '';
  $('run-pain').replaceChildren(painScale('runPain', t('run.pain'), earlier ? earlier.pain : null));
  for (const p of form.querySelectorAll('.field-error')) {
    p.hidden = true;
  }

  show('run');
}

async function saveRun(event) {
  event.preventDefault();
  const form = $('run-form');
  const text = form.elements.runMinutes.value.trim();
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes < 1 || minutes > 600) {
    formProblem(form, 'minutes', t('run.minutesInvalid'));
    return;
  }

  const pain = scaleValue(form, 'runPain');
  if (pain === null) {
    formProblem(form, 'pain', t('run.choosePain'));
    return;
  }

  // One log a day: a session logged today keeps its scores, and the run joins it.
  const earlier = todaysLog();
  const log = earlier
    ? { formatVersion: 1, ...earlier, run: { minutes, pain } }
    : { formatVersion: 1, date: state.day.date, run: { minutes, pain } };
  $('save-run').disabled = true;
  try {
    const sent = await saveDay(state.id, log);
    announce(sent > 0 ? t('run.logged') : t('run.kept'));
    saved();
  } catch (error) {
    reportError(form, error);
  } finally {
    $('save-run').disabled = false;
  }
}

export function initRun({ onSaved }) {
  saved = onSaved;
  $('run-form').addEventListener('submit', saveRun);
}
