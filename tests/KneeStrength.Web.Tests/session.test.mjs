// The guided session's clock (samples/KneeStrength.Web/wwwroot/js/session.js) under Node's test runner, with no page:
// time is advanced by hand. Run by SessionClockTests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionRun, circuitRounds } from '../../samples/KneeStrength.Web/wwwroot/js/session.js';

// Two exercises: A (setup, left 10 reps, switch, right 10 reps) and B (transition, hold 30 s).
const steps = [
  { index: 0, kind: 'setup', itemIndex: 0, exerciseId: 'a', set: 1, reps: null, holdSeconds: null, durationSeconds: 10 },
  { index: 1, kind: 'work', itemIndex: 0, exerciseId: 'a', set: 1, reps: 10, holdSeconds: null, durationSeconds: 20 },
  { index: 2, kind: 'switchSide', itemIndex: 0, exerciseId: 'a', set: 1, reps: null, holdSeconds: null, durationSeconds: 5 },
  { index: 3, kind: 'work', itemIndex: 0, exerciseId: 'a', set: 1, reps: 10, holdSeconds: null, durationSeconds: 20 },
  { index: 4, kind: 'transition', itemIndex: 1, exerciseId: 'b', set: 1, reps: null, holdSeconds: null, durationSeconds: 5 },
  { index: 5, kind: 'hold', itemIndex: 1, exerciseId: 'b', set: 1, reps: null, holdSeconds: 30, durationSeconds: 30 },
];

test('time moves through the steps, speed times faster, carrying the rest into the next step', () => {
  const run = new SessionRun(steps, 10);
  assert.equal(run.advance(0.5), false);
  assert.equal(run.current.index, 0);
  assert.equal(run.remaining, 5);
  assert.equal(run.advance(1.25), true); // 12.5 plan seconds more: into the first work step by 7.5
  assert.equal(run.current.index, 1);
  assert.equal(run.elapsed, 7.5);
  assert.equal(run.sessionRemaining, 12.5 + 5 + 20 + 5 + 30);
});

test('a pause stops the clock until resumed', () => {
  const run = new SessionRun(steps);
  run.advance(3);
  run.pause();
  assert.equal(run.advance(100), false);
  assert.equal(run.current.index, 0);
  assert.equal(run.remaining, 7);
  run.resume();
  run.advance(7);
  assert.equal(run.current.index, 1);
});

test('the whole session done is completed, with sets and amounts', () => {
  const run = new SessionRun(steps);
  run.advance(1000);
  assert.equal(run.finished, true);
  assert.deepEqual(run.outcomes(), [
    { exerciseId: 'a', outcome: 'completed', sets: 1, amount: 10 },
    { exerciseId: 'b', outcome: 'completed', sets: 1, amount: 30 },
  ]);
  assert.equal(run.completion(), 'all');
});

test('skipping an exercise part way stops it early; skipping before its work skips it', () => {
  const run = new SessionRun(steps);
  run.advance(31); // setup and the left side done
  run.skipExercise();
  assert.equal(run.current.index, 4, 'the next exercise starts');
  run.skipExercise();
  assert.equal(run.finished, true);
  assert.deepEqual(run.outcomes(), [
    { exerciseId: 'a', outcome: 'stoppedEarly', sets: 1, amount: 10 },
    { exerciseId: 'b', outcome: 'skipped' },
  ]);
  assert.equal(run.completion(), 'partial');
});

test('ending at the start leaves nothing done', () => {
  const run = new SessionRun(steps);
  run.stop();
  assert.equal(run.finished, true);
  assert.equal(run.completion(), 'none');
  assert.equal(run.next, null);
});

test('what comes next leaves out skipped exercises', () => {
  const run = new SessionRun([...steps, { index: 6, kind: 'transition', itemIndex: 2, exerciseId: 'c', set: 1, durationSeconds: 5 }]);
  run.advance(50); // in A's right side
  assert.equal(run.next.index, 4);
  run.skipExercise();
  assert.equal(run.next.index, 5);
});

test('a plan without steps is refused', () => {
  assert.throws(() => new SessionRun([]), /at least one step/);
});

// A warm-up hold, a circuit of C and D for 2 rounds (a rest before the second), then E: an open-ended hold of about
// 45 s on each side.
const sectioned = [
  { index: 0, kind: 'hold', section: 'warmUp', itemIndex: 0, exerciseId: 'w', set: 1, reps: null, holdSeconds: 60, durationSeconds: 60 },
  { index: 1, kind: 'work', itemIndex: 1, exerciseId: 'c', set: 1, reps: 10, holdSeconds: null, durationSeconds: 20 },
  { index: 2, kind: 'transition', itemIndex: 2, exerciseId: 'd', set: 1, reps: null, holdSeconds: null, durationSeconds: 5 },
  { index: 3, kind: 'work', itemIndex: 2, exerciseId: 'd', set: 1, reps: 8, holdSeconds: null, durationSeconds: 20 },
  { index: 4, kind: 'rest', itemIndex: 1, exerciseId: 'c', set: 2, reps: null, holdSeconds: null, durationSeconds: 30 },
  { index: 5, kind: 'work', itemIndex: 1, exerciseId: 'c', set: 2, reps: 10, holdSeconds: null, durationSeconds: 20 },
  { index: 6, kind: 'transition', itemIndex: 2, exerciseId: 'd', set: 2, reps: null, holdSeconds: null, durationSeconds: 5 },
  { index: 7, kind: 'work', itemIndex: 2, exerciseId: 'd', set: 2, reps: 8, holdSeconds: null, durationSeconds: 20 },
  { index: 8, kind: 'transition', itemIndex: 3, exerciseId: 'e', set: 1, reps: null, holdSeconds: null, durationSeconds: 10 },
  { index: 9, kind: 'hold', open: true, itemIndex: 3, exerciseId: 'e', set: 1, side: 'left', reps: null, holdSeconds: 45, durationSeconds: 45 },
  { index: 10, kind: 'switchSide', itemIndex: 3, exerciseId: 'e', set: 1, side: 'right', reps: null, holdSeconds: null, durationSeconds: 10 },
  { index: 11, kind: 'hold', open: true, itemIndex: 3, exerciseId: 'e', set: 1, side: 'right', reps: null, holdSeconds: 45, durationSeconds: 45 },
];

test('the items of a circuit take turns and have its rounds; items on their own and plain sets do not', () => {
  assert.deepEqual([...circuitRounds(sectioned)], [[1, 2], [2, 2]]);
  assert.deepEqual([...circuitRounds(steps)], [], 'a plain plan has no circuit');
  const sets = [
    { itemIndex: 0, set: 1 }, { itemIndex: 0, set: 2 }, { itemIndex: 0, set: 3 }, { itemIndex: 1, set: 1 },
  ];
  assert.deepEqual([...circuitRounds(sets)], [], 'sets one after another are not rounds');
});

test('an open-ended step counts up past what is expected and waits for Done', () => {
  const run = new SessionRun(sectioned, 10);
  run.advance(20); // 200 plan seconds: to the open hold (at 190), 10 s into it
  assert.equal(run.current.index, 9);
  assert.equal(run.open, true);
  assert.equal(run.elapsed, 10);
  assert.equal(run.remaining, 35, 'of the 45 s expected');
  assert.equal(run.advance(100), false, 'a thousand plan seconds later, still the same step');
  assert.equal(run.current.index, 9);
  assert.equal(run.elapsed, 1010);
  assert.equal(run.remaining, 0);
  assert.equal(run.sessionRemaining, 10 + 45, 'the steps after it, as expected');
  run.pause();
  run.advance(5);
  assert.equal(run.elapsed, 1010, 'a pause stops the count too');
  run.resume();
  run.finishStep();
  assert.equal(run.current.index, 10);
  assert.equal(run.open, false);
  assert.equal(run.elapsed, 0, 'the next step starts from its beginning');
});

test('an open hold finished with Done logs the seconds held; the session is completed', () => {
  const run = new SessionRun(sectioned);
  run.advance(190 + 52.4); // the left hold, 52 s
  run.finishStep();
  run.advance(10 + 30); // the switch, then the right hold, 30 s: shorter than expected is fine
  assert.equal(run.current.index, 11);
  run.finishStep();
  assert.equal(run.finished, true);
  assert.deepEqual(run.outcomes().at(-1), { exerciseId: 'e', outcome: 'completed', sets: 1, amount: 52 });
  assert.deepEqual(run.outcomes().slice(1, 3), [
    { exerciseId: 'c', outcome: 'completed', sets: 2, amount: 10 },
    { exerciseId: 'd', outcome: 'completed', sets: 2, amount: 8 },
  ]);
  assert.equal(run.completion(), 'all');
});

test('Done on a timed step ends it early, as done; skipping an open step skips its exercise', () => {
  const run = new SessionRun(sectioned);
  run.finishStep();
  assert.equal(run.current.index, 1);
  assert.ok(run.done.has(0));
  run.advance(200); // on to the open hold
  assert.equal(run.current.index, 9);
  run.skipExercise();
  assert.equal(run.finished, true);
  assert.deepEqual(run.outcomes().at(-1), { exerciseId: 'e', outcome: 'skipped' });
});
