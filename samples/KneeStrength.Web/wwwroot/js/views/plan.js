// Today's session as a list: each exercise with its picture and dose (under Warm-up, Main and Cool-down when the
// plan has them), every step with its start time, and what was swapped, left out or shortened.

import { t, tn } from '../i18n.js';
import { SECTIONS, clock, duration, effortOf, exerciseName, expected, hasSections, mediaOf, state } from '../state.js';
import { $, element, mediaElement } from '../ui.js';

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
  // The numbers of a dose stay as they are in every language ("10 reps", "10 Wdh."); only the words around them change.
  const hold = first.kind === 'hold';
  const amount = hold ? t('dose.hold', { seconds: first.holdSeconds }) : t('dose.reps', { reps: first.reps });
  const asMuch = hold ? t('dose.openHold', { expected: expected(first) }) : t('dose.openReps', { expected: expected(first) });
  const parts = [first.open ? asMuch : amount];
  if (directions > 1) {
    parts.push(t('dose.directions', { count: directions }));
  }

  if (sides > 1) {
    parts.push(t('dose.eachSide'));
  }

  if (rounds) {
    parts.push(t('dose.circuit', { rounds }));
  } else if (sets > 1) {
    parts.push(t('dose.sets', { sets }));
  }

  const effort = effortOf(first);
  if (effort) {
    parts.push(effort);
  }

  return parts.join(' · ');
}

function itemOf(steps) {
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
}

export function renderPlan(plan) {
  $('plan-length').textContent = t('plan.length', { length: duration(plan.totalSeconds) });
  const byItem = new Map();
  for (const step of plan.steps) {
    if (!byItem.has(step.itemIndex)) {
      byItem.set(step.itemIndex, []);
    }

    byItem.get(step.itemIndex).push(step);
  }

  // A plain routine is one list; a routine with a warm-up or cool-down lists each section under its heading,
  // numbered on from the section before.
  const items = $('plan-items');
  const sections = $('plan-sections');
  items.replaceChildren();
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

  $('plan-steps-title').textContent = t('plan.steps', { count: plan.steps.length });
  $('steps').replaceChildren(...plan.steps.map(step => {
    const li = element('li');
    li.append(element('span', clock(step.startSeconds), 'at'), document.createTextNode(` ${step.cue}`));
    return li;
  }));

  const notes = $('plan-notes');
  notes.replaceChildren();
  for (const s of plan.substitutions || []) {
    notes.append(element('li', t('plan.note', { name: exerciseName(s.exerciseId), text: s.reason })));
  }

  for (const o of plan.omissions || []) {
    notes.append(element('li', t('plan.leftOut', { name: exerciseName(o.exerciseId), reason: o.reason })));
  }

  for (const a of plan.adjustments || []) {
    const text = `${a.change}. ${a.reason}`;
    notes.append(element('li', a.exerciseId ? t('plan.note', { name: exerciseName(a.exerciseId), text }) : text));
  }

  const changes = notes.children.length;
  $('plan-changes').hidden = changes === 0;
  $('plan-changes-title').textContent = tn('plan.changes', changes);
}
