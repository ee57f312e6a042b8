// Progress: sessions planned, done and missed, streaks, the pain trend, and the weekly pain chart.

import { api } from '../api.js';
import { painChart } from '../chart.js';
import { state } from '../state.js';
import { $, element, show } from '../ui.js';

export async function renderProgress() {
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
