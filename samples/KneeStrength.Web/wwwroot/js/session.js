// The guided session's clock: which step of a plan is running, how far into it, and what was done or skipped.
// It knows nothing of the page; the page asks it for its state on every tick and draws that.

const WORK = new Set(['work', 'hold']);

/**
 * The rounds of each item done as part of a circuit, by item index: a circuit's items take turns, so the steps of one
 * item are not all together, and a step's set is its round. Items done on their own (their sets one after another)
 * and circuits of one round are not in the map.
 * @param {Array<object>} steps the plan document's steps
 * @returns {Map<number, number>} item index -> rounds
 */
export function circuitRounds(steps) {
  const first = new Map();
  const last = new Map();
  const rounds = new Map();
  steps.forEach((step, i) => {
    if (!first.has(step.itemIndex)) {
      first.set(step.itemIndex, i);
    }

    last.set(step.itemIndex, i);
    rounds.set(step.itemIndex, Math.max(rounds.get(step.itemIndex) ?? 0, step.set));
  });

  const result = new Map();
  for (const [item, from] of first) {
    const interleaved = steps.slice(from, last.get(item) + 1).some(s => s.itemIndex !== item);
    if (interleaved && rounds.get(item) > 1) {
      result.set(item, rounds.get(item));
    }
  }

  return result;
}

/**
 * Runs a plan document's steps in order. Time comes from the caller (advance), multiplied by the speed, so a
 * demo or a test can run a 20-minute session in seconds.
 */
export class SessionRun {
  /**
   * @param {Array<object>} steps the plan document's steps
   * @param {number} speed how many plan seconds pass in one real second (1 for a real session)
   */
  constructor(steps, speed = 1) {
    if (!Array.isArray(steps) || steps.length === 0) {
      throw new Error('A session needs at least one step.');
    }

    this.steps = steps;
    this.speed = speed;
    this.index = 0;
    this.elapsed = 0;
    this.paused = false;
    this.done = new Set();
    this.skippedItems = new Set();
    // Seconds spent on each open-ended hold finished with Done: what was held, not what the plan expected.
    this.held = new Map();
  }

  /**
   * Rebuilds a run from a snapshot, paused: a reload in the middle of a session resumes where it was.
   * @param {Array<object>} steps the plan document's steps the snapshot was taken of
   * @param {number} speed
   * @param {object} snapshot what snapshot() gave
   */
  static restore(steps, speed, snapshot) {
    const run = new SessionRun(steps, speed);
    run.index = Math.min(Math.max(0, snapshot.index | 0), steps.length);
    run.elapsed = Number(snapshot.elapsed) || 0;
    run.done = new Set(snapshot.done ?? []);
    run.skippedItems = new Set(snapshot.skippedItems ?? []);
    run.held = new Map(snapshot.held ?? []);
    run.paused = !run.finished;
    return run;
  }

  /** What restore needs to rebuild the run: plain JSON. */
  snapshot() {
    return { index: this.index, elapsed: this.elapsed, done: [...this.done], skippedItems: [...this.skippedItems], held: [...this.held] };
  }

  get finished() {
    return this.index >= this.steps.length;
  }

  get current() {
    return this.finished ? null : this.steps[this.index];
  }

  /**
   * Whether the current step is open-ended (as many or as long as the person can): the clock counts up through it
   * and on past its expected duration, and only finishStep (Done) moves on.
   */
  get open() {
    return !this.finished && this.current.open === true;
  }

  /** The next step that will run, or null at the last one. */
  get next() {
    return this.steps.slice(this.index + 1).find(s => !this.skippedItems.has(s.itemIndex)) ?? null;
  }

  /** Seconds left in the current step; for an open step, of what the plan expects (0 once past it). */
  get remaining() {
    return this.finished ? 0 : Math.max(0, this.current.durationSeconds - this.elapsed);
  }

  /** Seconds of the plan still ahead, skipped exercises left out. */
  get sessionRemaining() {
    let seconds = this.remaining;
    for (let i = this.index + 1; i < this.steps.length; i++) {
      if (!this.skippedItems.has(this.steps[i].itemIndex)) {
        seconds += this.steps[i].durationSeconds;
      }
    }

    return seconds;
  }

  /** Moves the clock on by realSeconds (times the speed); returns true when the step changed. */
  advance(realSeconds) {
    if (this.paused || this.finished) {
      return false;
    }

    this.elapsed += realSeconds * this.speed;
    let changed = false;
    while (!this.finished && !this.open && this.elapsed >= this.current.durationSeconds) {
      this.elapsed -= this.current.durationSeconds;
      this.done.add(this.index);
      this.moveTo(this.index + 1);
      changed = true;
    }

    if (this.finished) {
      this.elapsed = 0;
    }

    return changed;
  }

  pause() {
    this.paused = true;
  }

  resume() {
    this.paused = false;
  }

  /**
   * Done with the current step (the person's Done on an open-ended one): it counts as done, an open hold with the
   * seconds it was held, and the next step starts from its beginning.
   */
  finishStep() {
    if (this.finished) {
      return;
    }

    if (this.open && this.current.kind === 'hold') {
      this.held.set(this.index, Math.round(this.elapsed));
    }

    this.done.add(this.index);
    this.elapsed = 0;
    this.moveTo(this.index + 1);
  }

  /** Skips the rest of the current exercise: its remaining steps are not done. */
  skipExercise() {
    if (this.finished) {
      return;
    }

    this.skippedItems.add(this.current.itemIndex);
    this.elapsed = 0;
    this.moveTo(this.index + 1);
  }

  /** Ends the session here; what was not done counts as skipped. */
  stop() {
    for (let i = this.index; i < this.steps.length; i++) {
      this.skippedItems.add(this.steps[i].itemIndex);
    }

    this.index = this.steps.length;
    this.elapsed = 0;
  }

  moveTo(index) {
    while (index < this.steps.length && this.skippedItems.has(this.steps[index].itemIndex)) {
      index++;
    }

    this.index = index;
  }

  /**
   * What was done of each exercise, in plan order, as the session log's exercises: completed when every work step
   * ran, stoppedEarly when some did, skipped when none did; sets and amount (reps or hold seconds) from the steps done.
   * An open-ended hold counts the seconds held (1 to 2000, the log's bounds); open-ended reps count what was expected,
   * as the page does not ask how many were done.
   */
  outcomes() {
    const items = new Map();
    this.steps.forEach((step, i) => {
      if (!WORK.has(step.kind)) {
        return;
      }

      let item = items.get(step.itemIndex);
      if (!item) {
        item = { exerciseId: step.exerciseId, total: 0, done: 0, sets: 0, amount: 0 };
        items.set(step.itemIndex, item);
      }

      item.total++;
      if (this.done.has(i)) {
        item.done++;
        item.sets = Math.max(item.sets, step.set);
        const held = this.held.get(i);
        const amount = held === undefined ? step.reps ?? step.holdSeconds ?? 0 : Math.min(2000, Math.max(1, held));
        item.amount = Math.max(item.amount, amount);
      }
    });

    return [...items.keys()].sort((a, b) => a - b).map(key => {
      const item = items.get(key);
      if (item.done === 0) {
        return { exerciseId: item.exerciseId, outcome: 'skipped' };
      }

      const outcome = item.done === item.total ? 'completed' : 'stoppedEarly';
      return item.amount > 0
        ? { exerciseId: item.exerciseId, outcome, sets: item.sets, amount: item.amount }
        : { exerciseId: item.exerciseId, outcome, sets: item.sets };
    });
  }

  /** all, partial or none, from the outcomes (pass them when already at hand). */
  completion(outcomes = this.outcomes()) {
    if (outcomes.every(o => o.outcome === 'completed')) {
      return 'all';
    }

    return outcomes.some(o => o.outcome !== 'skipped') ? 'partial' : 'none';
  }
}
