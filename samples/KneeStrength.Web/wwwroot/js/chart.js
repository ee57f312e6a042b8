// The progress chart: each week's mean worst pain during sessions as a line over the pain zones, and the sessions
// done that week under it. Plain SVG built with DOM calls; no chart library.

import { formatNumber, t } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';

function el(name, attributes, text) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, String(value));
  }

  if (text !== undefined) {
    node.textContent = text;
  }

  return node;
}

/**
 * Draws the weeks of a progress document.
 * @param {Array<{start: string, sessions: number, averagePainDuring: number|null}>} weeks
 * @returns {SVGSVGElement}
 */
export function painChart(weeks) {
  const width = 340, height = 220;
  const left = 30, right = 18, top = 12, bottom = 44;
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const count = Math.max(weeks.length, 1);
  const x = i => left + (count === 1 ? plotWidth / 2 : (i * plotWidth) / (count - 1));
  const y = pain => top + plotHeight - (pain / 10) * plotHeight;

  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title', id: 'pain-chart' });
  const scored = weeks.filter(w => w.averagePainDuring !== null);
  svg.append(el('title', { id: 'chart-title' }, scored.length === 0
    ? t('chart.none')
    : t('chart.title', { weeks: scored.map(w => t('chart.week', { date: w.start, pain: formatNumber(w.averagePainDuring) })).join('; ') })));

  // Zones: up to 2 is the target, up to 5 acceptable, above that too much.
  const zones = [[0, 2, '#e3f1e4'], [2, 5, '#fdf1d8'], [5, 10, '#f9e0de']];
  for (const [from, to, fill] of zones) {
    svg.append(el('rect', { x: left, y: y(to), width: plotWidth, height: y(from) - y(to), fill }));
  }

  for (const pain of [0, 2, 5, 10]) {
    svg.append(el('line', { x1: left, x2: left + plotWidth, y1: y(pain), y2: y(pain), stroke: '#c9cfd6', 'stroke-width': 1 }));
    svg.append(el('text', { x: left - 6, y: y(pain) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#5a6672' }, String(pain)));
  }

  const points = weeks.map((w, i) => [w, i]).filter(([w]) => w.averagePainDuring !== null);
  if (points.length > 1) {
    const path = points.map(([w, i], n) => `${n === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(w.averagePainDuring).toFixed(1)}`).join(' ');
    svg.append(el('path', { d: path, fill: 'none', stroke: '#17324d', 'stroke-width': 2.5, 'stroke-linejoin': 'round' }));
  }

  for (const [w, i] of points) {
    const pain = w.averagePainDuring;
    const colour = pain <= 2 ? '#2e7d32' : pain <= 5 ? '#b26a00' : '#b3261e';
    svg.append(el('circle', { cx: x(i), cy: y(pain), r: 5, fill: colour, stroke: '#fff', 'stroke-width': 1.5, 'data-week': w.start }));
  }

  weeks.forEach((w, i) => {
    const label = el('text', { x: x(i), y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 10, fill: '#5a6672' }, t('chart.weekLabel', { number: i + 1 }));
    svg.append(label);
    svg.append(el('text', { x: x(i), y: height - bottom + 32, 'text-anchor': 'middle', 'font-size': 10, fill: '#14202b' }, `${w.sessions}×`));
  });

  return svg;
}
