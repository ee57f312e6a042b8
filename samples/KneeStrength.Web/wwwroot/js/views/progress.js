// Progress: sessions planned, done and missed, streaks, the pain trend, and the weekly pain chart.

import { api } from '../api.js';
import { painChart } from '../chart.js';
import { formatNumber, t, tn } from '../i18n.js';
import { state } from '../state.js';
import { $, element, show } from '../ui.js';

export async function renderProgress() {
  const progress = await api.progress(state.id, state.date);
  const done = progress.doneFully + progress.donePartly;
  const parts = [
    t('progress.sessions', { done, planned: progress.planned, fully: progress.doneFully, partly: progress.donePartly, missed: progress.missed }),
    t('progress.streak', { longest: progress.longestStreak, current: progress.currentStreak })];
  if (progress.averagePainDuring !== null) {
    parts.push(t('progress.pain', { pain: formatNumber(progress.averagePainDuring, 1) }));
  }

  if (progress.painTrendPerWeek !== null) {
    const trend = progress.painTrendPerWeek;
    parts.push(trend <= 0 ? t('progress.easing', { trend: formatNumber(Math.abs(trend), 1) }) : t('progress.rising', { trend: formatNumber(trend, 1) }));
  }

  $('progress-summary').textContent = parts.join(' ');
  $('chart').replaceChildren(painChart(progress.weeks));
  $('weeks').replaceChildren(...progress.weeks.map(w =>
    element('li', tn('progress.week', w.sessions, { date: w.start })
      + (w.averagePainDuring === null ? '' : t('progress.weekPain', { pain: formatNumber(w.averagePainDuring, 1) })))));
  show('progress');
}
