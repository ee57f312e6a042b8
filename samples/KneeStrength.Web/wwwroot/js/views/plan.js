// Today's session as a list: each exercise with its picture and dose (under Warm-up, Main and Cool-down when the
// plan has them), every step with its start time, and what was swapped, left out or shortened.

import { t, tn } from '../i18n.js';
import { SECTIONS, clock, duration, exerciseName, hasSections, mediaOf } from '../state.js';
import { $, element, mediaElement } from '../ui.js';

/** An exercise's dose in the server's words (the plan's doses, in the page's language), and a circuit's rounds. */
function doseOf(plan, itemIndex) {
  const dose = (plan.doses || []).find(d => d.itemIndex === itemIndex);
  if (!dose) {
    return '';
  }

  return dose.rounds ? `${dose.words} · ${t('dose.circuit', { rounds: dose.rounds })}` : dose.words;
}

function itemOf(plan, steps) {
  const li = element('li');
  const picture = mediaElement(mediaOf(steps[0].exerciseId), 'thumb');
  const text = element('span', exerciseName(steps[0].exerciseId, steps.find(s => s.variation)?.variation), 'item-text');
  text.append(element('span', doseOf(plan, steps[0].itemIndex), 'dose'));
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
      list.append(...inSection.map(steps => itemOf(plan, steps)));
      sections.append(element('h4', SECTIONS[kind]), list);
      number += inSection.length;
    }
  } else {
    items.append(...[...byItem.values()].map(steps => itemOf(plan, steps)));
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
