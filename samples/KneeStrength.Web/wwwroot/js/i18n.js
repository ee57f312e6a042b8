// The page's own words in the runner's language. locales/{language}.json holds every text the page writes itself, by
// key, with {name} where a value goes in; the static HTML names its keys in data-i18n (the text) and
// data-i18n-aria-label (the accessible name). The language is the one chosen on the set-up or settings screen (kept
// on the phone), else the browser's first that the page has, else English. Nothing here touches the page when it is
// imported, so the modules that use t() run in Node too.

/** The page's languages, each with its own name for the switch. A new language: its locale file, and a line here. */
export const LANGUAGES = { en: 'English', de: 'Deutsch', es: 'Español', fr: 'Français' };

const LANGUAGE_KEY = 'knee.language';
const ATTRIBUTES = ['aria-label'];

let current = 'en';
let words = {};
let english = {};
let plurals = new Intl.PluralRules('en');
let decimal = '.';
const listeners = new Set();

/** The language to use: the one kept on the phone if the page has it, else the first of the browser's it has (by primary subtag), else English. */
export function chooseLanguage(kept, preferred = []) {
  if (Object.hasOwn(LANGUAGES, kept ?? '')) {
    return kept;
  }

  for (const tag of preferred) {
    const primary = String(tag).split('-')[0].toLowerCase();
    if (Object.hasOwn(LANGUAGES, primary)) {
      return primary;
    }
  }

  return 'en';
}

/** The language in use, as a BCP 47 tag (en, de, es, fr): for <html lang>, speech and the API's Accept-Language. */
export function language() {
  return current;
}

/** Uses a language's words (a locale file's content), English's standing in for any key it lacks. */
export function useWords(lang, table, fallback = table) {
  current = lang;
  words = table;
  english = fallback;
  plurals = new Intl.PluralRules(lang);
  decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find(part => part.type === 'decimal')?.value ?? '.';
}

async function read(lang) {
  const response = await fetch(`/locales/${lang}.json`);
  if (!response.ok) {
    throw new Error(`locales/${lang}.json: ${response.status}`);
  }

  return response.json();
}

async function load(lang) {
  const [table, fallback] = await Promise.all([read(lang), lang === 'en' ? null : read('en')]);
  useWords(lang, table, fallback ?? table);
  document.documentElement.lang = lang;
}

/**
 * Loads the language to use and puts its words into the page. Where no locale file can be read (no server and no
 * worker's copy), the static HTML keeps its English and the page's scripts write keys.
 */
export async function startLanguage() {
  const kept = localStorage.getItem(LANGUAGE_KEY);
  try {
    await load(chooseLanguage(kept, navigator.languages ?? [navigator.language]));
  } catch (error) {
    console.warn(`The page's words could not be loaded: ${error.message}`);
    return;
  }

  applyTexts();
}

/** Switches to a language, remembers it on this phone, puts its words into the page and tells the listeners. */
export async function switchLanguage(lang) {
  await load(lang);
  localStorage.setItem(LANGUAGE_KEY, lang);
  applyTexts();
  for (const listener of listeners) {
    listener(lang);
  }
}

/** Calls listener(language) after each switch, for what a screen wrote itself and should write again. */
export function onLanguage(listener) {
  listeners.add(listener);
}

/** The text of a key, with each {name} replaced by values[name]; the key itself where no language has it. */
export function t(key, values = {}) {
  const text = words[key] ?? english[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The text of key.one or key.other, by the language's plural rule for count, with {count} and the values put in. */
export function tn(key, count, values = {}) {
  return t(`${key}.${plurals.select(count) === 'one' ? 'one' : 'other'}`, { count, ...values });
}

/** A number with the language's decimal mark, to the digits given (as toFixed) or as it is. */
export function formatNumber(value, digits) {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return text.replace('.', decimal);
}

/** Puts the language's words into the static HTML (and the templates' contents) and sets <html lang>. */
export function applyTexts(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.getAttribute('data-i18n'));
  }

  for (const name of ATTRIBUTES) {
    for (const node of root.querySelectorAll(`[data-i18n-${name}]`)) {
      node.setAttribute(name, t(node.getAttribute(`data-i18n-${name}`)));
    }
  }

  if (root === document) {
    for (const template of document.querySelectorAll('template')) {
      applyTexts(template.content);
    }

    document.documentElement.lang = current;
  }
}
