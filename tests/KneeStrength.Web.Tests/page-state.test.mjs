// The page's state with no page (samples/KneeStrength.Web/wwwroot/js): a session kept across a reload, the words
// for what was done (in English and German), the language chosen, and the logs the page shows while some wait on the
// phone. Run by SessionClockTests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// state.js keeps the profile and the session in the browser's storage: a map stands in for it.
const stored = new Map();
globalThis.localStorage = {
  getItem: key => (stored.has(key) ? stored.get(key) : null),
  setItem: (key, value) => stored.set(key, String(value)),
  removeItem: key => stored.delete(key),
};

const { SessionRun } = await import('../../samples/KneeStrength.Web/wwwroot/js/session.js');
const { state, saveRun, restoreRun, clearRun, summaryOf } = await import('../../samples/KneeStrength.Web/wwwroot/js/state.js');
const { withPending } = await import('../../samples/KneeStrength.Web/wwwroot/js/logs.js');
const { chooseLanguage, formatNumber, t, tn, useWords } = await import('../../samples/KneeStrength.Web/wwwroot/js/i18n.js');

// The page loads its words with fetch; here they are read from the files.
const words = lang => JSON.parse(readFileSync(new URL(`../../samples/KneeStrength.Web/wwwroot/locales/${lang}.json`, import.meta.url), 'utf8'));
const english = words('en');
useWords('en', english);

const steps = [
  { index: 0, kind: 'work', itemIndex: 0, exerciseId: 'a', set: 1, reps: 10, holdSeconds: null, durationSeconds: 20 },
  { index: 1, kind: 'work', itemIndex: 0, exerciseId: 'a', set: 2, reps: 10, holdSeconds: null, durationSeconds: 20 },
  { index: 2, kind: 'hold', itemIndex: 1, exerciseId: 'b', set: 1, reps: null, holdSeconds: 30, durationSeconds: 30 },
  { index: 3, kind: 'hold', itemIndex: 2, exerciseId: 'c', set: 1, reps: null, holdSeconds: 30, durationSeconds: 30 },
];

test('a session kept and restored goes on where it was, paused, with what was done and skipped', () => {
  state.id = 'p1';
  state.plan = { routine: 'r', totalSeconds: 100, steps };
  state.day = { date: '2026-03-02' };
  state.run = new SessionRun(steps, 1);
  state.run.advance(25);
  state.run.skipExercise();
  state.run.advance(12);
  saveRun();
  const before = { index: state.run.index, elapsed: state.run.elapsed, outcomes: state.run.outcomes() };

  state.run = null;
  state.plan = null;
  const saved = restoreRun();

  assert.equal(saved.date, '2026-03-02');
  assert.equal(state.run.paused, true);
  assert.equal(state.run.index, before.index);
  assert.equal(state.run.elapsed, before.elapsed);
  assert.deepEqual(state.run.outcomes(), before.outcomes);
  assert.deepEqual(state.items, [0, 1, 2]);
  clearRun();
  assert.equal(restoreRun(), null);
});

test('a session kept for another profile is not restored', () => {
  state.id = 'p1';
  state.plan = { routine: 'r', totalSeconds: 100, steps };
  state.run = new SessionRun(steps, 1);
  saveRun();
  state.id = 'p2';
  assert.equal(restoreRun(), null);
  clearRun();
});

test('what was done: exercises cut short by a skip are not counted as done in full', () => {
  assert.equal(summaryOf([{ outcome: 'completed' }, { outcome: 'stoppedEarly' }, { outcome: 'skipped' }]), 'You did 1 of 3 exercises in full, 1 in part, skipped 1.');
  assert.equal(summaryOf([{ outcome: 'completed' }, { outcome: 'completed' }]), 'You did 2 of 2 exercises in full.');
  const run = new SessionRun(steps, 1);
  run.advance(25);
  run.skipExercise();
  run.stop();
  assert.equal(summaryOf(run.outcomes()), 'You did 0 of 3 exercises in full, 1 in part, skipped 2.');
});

test('logs kept on the phone lay over the server\'s: a day\'s log replaces it, a next morning adds to it', () => {
  const server = [
    { formatVersion: 1, date: '2026-03-01', routineId: 'r', completion: 'all', painDuring: 2 },
    { formatVersion: 1, date: '2026-03-02', routineId: 'r', completion: 'partial', painDuring: 5 },
  ];
  const pending = [
    { kind: 'next-morning', date: '2026-03-01', body: { painNextMorning: 3 } },
    { kind: 'log', date: '2026-03-02', body: { formatVersion: 1, date: '2026-03-02', routineId: 'r', completion: 'all', painDuring: 1 } },
    { kind: 'log', date: '2026-03-03', body: { formatVersion: 1, date: '2026-03-03', run: { minutes: 30, pain: 1 } } },
    { kind: 'next-morning', date: '2026-02-01', body: { painNextMorning: 9 } },
  ];

  const shown = withPending(server, pending);

  assert.deepEqual(shown.map(l => l.date), ['2026-03-01', '2026-03-02', '2026-03-03']);
  assert.equal(shown[0].painNextMorning, 3);
  assert.equal(shown[1].painDuring, 1);
  assert.equal(shown[2].run.minutes, 30);
  assert.equal(server[0].painNextMorning, undefined, 'the server\'s logs are left as they were');
});

test('the language: the one kept on the phone, else the browser\'s first the page has by primary subtag, else English', () => {
  assert.equal(chooseLanguage(null, ['de-DE', 'en-GB']), 'de');
  assert.equal(chooseLanguage(null, ['it-IT', 'fr-CA', 'de']), 'fr');
  assert.equal(chooseLanguage(null, ['ES']), 'es');
  assert.equal(chooseLanguage(null, ['it', 'pt-BR']), 'en');
  assert.equal(chooseLanguage(null, []), 'en');
  assert.equal(chooseLanguage('es', ['de-DE']), 'es');
  assert.equal(chooseLanguage('xx', ['de-DE']), 'de');
});

test('words in German: values put in, plurals by the language\'s rule, a key German lacks in English, decimals with a comma', () => {
  try {
    useWords('de', { ...words('de'), 'kind.rest': undefined }, english);
    assert.equal(summaryOf([{ outcome: 'completed' }, { outcome: 'stoppedEarly' }, { outcome: 'skipped' }]), 'Sie haben 1 von 3 Übungen vollständig gemacht, 1 teilweise, 1 übersprungen.');
    assert.equal(tn('outbox.sent', 1), '1 Eintrag gesendet.');
    assert.equal(tn('outbox.sent', 3), '3 Einträge gesendet.');
    assert.equal(t('kind.rest'), 'Rest');
    assert.equal(t('no.such.key'), 'no.such.key');
    assert.equal(t('session.round', { set: 2 }), 'Runde 2 von {rounds}', 'a value not given leaves its placeholder');
    assert.equal(formatNumber(4.25, 1), '4,3');
    useWords('fr', words('fr'), english);
    assert.equal(tn('outbox.sent', 0), '0 saisie envoyée.', 'French counts 0 as one');
  } finally {
    useWords('en', english);
  }

  assert.equal(formatNumber(4.25, 1), '4.3');
});
