// The guided session's clock (samples/KneeStrength.Web/wwwroot/js/session.js) under Node's test runner, with no page:
// time is advanced by hand. Run by SessionClockTests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionRun } from '../../samples/KneeStrength.Web/wwwroot/js/session.js';

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
