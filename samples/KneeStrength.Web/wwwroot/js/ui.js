// What the screens share of the page: finding and making elements, switching screens, announcing, errors shown
// where the person is looking, the pain scale, the profile's fields and the language switch. Text goes in with
// textContent only; the page's own words come from the locale files (t).

import { ApiError } from './api.js';
import { LANGUAGES, language, switchLanguage, t } from './i18n.js';

export const $ = id => document.getElementById(id);

const SCREENS = ['setup', 'today', 'session', 'after', 'run', 'progress', 'settings'];
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

export function element(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined) {
    node.textContent = text;
  }

  if (className) {
    node.className = className;
  }

  return node;
}

export function show(screen) {
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

/** Says something to a screen reader (a polite live region), without moving the focus. */
export function announce(text) {
  const region = $('announce');
  region.textContent = '';
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Brings a message into view, gently unless the person asked for less motion. */
export function reveal(node) {
  node.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
}

function messageOf(error) {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

/** Shows (or, with null, hides) the page's error box above the screen, and brings it into view. */
export function showError(error) {
  const box = $('error');
  box.replaceChildren();
  if (!error) {
    box.hidden = true;
    return;
  }

  box.append(element('p', messageOf(error)));
  if (error instanceof ApiError) {
    for (const [field, message] of error.fieldErrors) {
      box.append(element('p', `${field}: ${message}`));
    }
  }

  box.hidden = false;
  reveal(box);
}

/**
 * Shows a form's problem where the person is: each field's message next to it, and what no field takes (or a
 * problem with no fields, such as no connection) in the form's own message by its button. Every message is in an
 * alert, so it is announced; the first is brought into view.
 */
export function reportError(form, error) {
  for (const p of form.querySelectorAll('.field-error')) {
    p.hidden = true;
    p.textContent = '';
  }

  const general = form.querySelector('.form-error');
  const left = [];
  const fields = error instanceof ApiError ? error.fieldErrors : [];
  for (const [field, message] of fields) {
    const name = field.split(/[.[]/)[0].replace(/^\$/, '') || field;
    const target = form.querySelector(`.field-error[data-field="${CSS.escape(name)}"]`);
    if (target && target !== general) {
      target.textContent = message;
      target.hidden = false;
    } else {
      left.push(fields.length > 1 || target !== general ? `${field}: ${message}` : message);
    }
  }

  if (fields.length === 0) {
    left.push(messageOf(error));
  }

  if (left.length > 0 && general) {
    general.textContent = left.join(' ');
    general.hidden = false;
  }

  const first = form.querySelector('.field-error:not([hidden])');
  if (first) {
    reveal(first);
  }
}

/** A problem of the page's own about a form (nothing was sent): shown like the server's. */
export function formProblem(form, field, message) {
  reportError(form, new ApiError(400, { errors: { [field]: [message] } }));
}

/** Eleven radio buttons, 0 to 10, in a fieldset; the value is read back with scaleValue. */
export function painScale(name, legend, value) {
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
    input.setAttribute('aria-label', t('pain.value', { n }));
    label.append(input, element('span', String(n)));
    grid.append(label);
  }

  const ends = element('div', undefined, 'scale-ends');
  ends.append(element('span', t('pain.low')), element('span', t('pain.high')));
  fieldset.append(grid, ends);
  return fieldset;
}

export function scaleValue(root, name) {
  const checked = root.querySelector(`input[name="${name}"]:checked`);
  return checked ? Number(checked.value) : null;
}

/** An img (or a muted, looping video) of the media item, with its alternative text; null for none. */
export function mediaElement(media, className) {
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

// ---- the profile's fields, shared by set-up and settings -----------------------------------------------------

/** Puts the profile's fields (the page's template) into a form, before its message and button; ids get the prefix. */
export function profileFields(form, prefix) {
  const fields = $('profile-fields').content.cloneNode(true);
  fields.querySelector('input[name="minutes"]').id = `${prefix}minutes`;
  fields.querySelector('input[name="backToRunning"]').id = `${prefix}backToRunning`;
  (form.querySelector('.form-error') ?? form.querySelector('button')).before(fields);
}

/** The profile the form describes, as the API's body; null (with the problem shown) when the minutes are not a number. */
export function readProfile(form) {
  const minutes = form.elements.minutes.value.trim();
  if (minutes !== '' && !/^\d+$/.test(minutes)) {
    formProblem(form, 'minutes', t('profile.minutesInvalid'));
    return null;
  }

  const back = form.elements.backToRunning.value;
  return {
    equipment: [...form.querySelectorAll('input[name="equipment"]:checked')].map(i => i.value),
    minutes: minutes === '' ? null : Number(minutes),
    firstSide: form.querySelector('input[name="firstSide"]:checked').value,
    backToRunning: back === '' ? null : back,
  };
}

/** Fills the form's fields from a profile the API gave. */
export function fillProfile(form, profile) {
  for (const input of form.querySelectorAll('input[name="equipment"]')) {
    input.checked = profile.equipment.includes(input.value);
  }

  form.elements.minutes.value = profile.minutes ?? '';
  for (const input of form.querySelectorAll('input[name="firstSide"]')) {
    input.checked = input.value === profile.firstSide;
  }

  form.elements.backToRunning.value = profile.backToRunning ?? '';
}

/**
 * Makes a select the language switch: the page's languages, each in its own name; a choice switches the page's words
 * at once (no reload) and is remembered on this phone. Every switch on the page shows the language in use.
 */
export function languageSwitch(select) {
  select.replaceChildren(...Object.entries(LANGUAGES).map(([code, name]) => {
    const option = element('option', name);
    option.value = code;
    option.lang = code;
    return option;
  }));
  select.value = language();
  select.addEventListener('change', async () => {
    try {
      await switchLanguage(select.value);
    } catch {
      showError(new Error(t('language.failed')));
    }

    for (const other of document.querySelectorAll('select[name="language"]')) {
      other.value = language();
    }
  });
}
