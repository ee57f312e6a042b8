using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>
/// Expands a <see cref="Routine"/> into a <see cref="SessionPlan"/>: contiguous timed steps adapted to the
/// equipment on hand and, when asked, fitted into a time budget.
/// </summary>
/// <remarks>
/// <para><b>Expansion.</b> A get-ready step opens the session. Each exercise after the first is preceded by a
/// transition, and any exercise whose equipment or body position differs from the one before (for the first: from
/// standing with no equipment) by a setup step. Sets repeat with a rest between them. Within a set, per-side work
/// does every direction on the first side (with a change-direction step between directions), then a switch-side
/// step, then the other side. Each repetition block is one work step lasting repetitions times tempo, rounded up to
/// whole seconds, plus the dosage's hold on each repetition; each hold is one hold step. Pauses of zero seconds
/// produce no step. Side switches take <see cref="Pacing.SwitchSideLying"/> on the floor (lying, seated, kneeling,
/// on all fours) and <see cref="Pacing.SwitchSideStanding"/> otherwise (standing, on a step, a Bosu or a chair); a
/// setup step comes whenever the body position or the equipment changes.</para>
/// <para><b>Sections and circuits.</b> Sections follow one another (warm-up, main, cool-down) and every step carries
/// its <see cref="TimedStep.Section"/>. A <see cref="Circuit"/> is done round by round: each round does every item
/// once, in order, with the circuit's pause between items (else <see cref="Pacing.Transition"/>), then its rest after
/// the round (else <see cref="Pacing.RestBetweenSets"/>), but after the last round only when it asks; a step of an
/// item in a circuit has <see cref="TimedStep.IsInCircuit"/> and its round as its <see cref="TimedStep.Set"/>.</para>
/// <para><b>Open steps.</b> The work or hold of an open-ended dosage (<see cref="Dosage.IsOpen"/>) is planned at the
/// dosage's amount, what the person is expected to manage, and marked <see cref="TimedStep.IsOpen"/>: an app lets
/// it run until the person moves on.</para>
/// <para><b>Equipment.</b> An exercise is done in its preferred form when all its equipment is on hand, else in
/// the first variation whose equipment is all on hand (a <see cref="Substitution"/>), else left out (an
/// <see cref="Omission"/>).</para>
/// <para><b>Ranges.</b> A dosage with a range of repetitions or sets (<c>2-3 x 8-12 reps</c>) is planned at its
/// lower bound, or its upper bound when <see cref="SessionOptions.RangeBound"/> says so.</para>
/// <para><b>Time budget.</b> When the full plan is longer than the budget, the scheduler changes as little as it
/// can, in this order, and lists each change as an <see cref="Adjustment"/> whose numbers are the plan's:
/// (1) it shortens lead-in, transitions, setup and rests between sets together, each by the same share of the way
/// to its floor (see <see cref="Pacing"/>), by the smallest whole percent that fits;
/// (2) if pauses at their floors are not enough, it drops whole sets (a circuit's rounds, all its items together),
/// one at a time, always from the exercise with
/// the most sets left (ties: the exercise that would be left out first, below), never below one set, as few as fit;
/// then it gives back as much of the pauses' length as still fits. A physiotherapist drops a set before halving
/// every set;
/// (3) if one set of everything is not enough, it scales every repetition count and hold down by the smallest
/// whole percent that fits, rounding up, but never below <see cref="Pacing.MinimumDosePercent"/> of the plan's;
/// (4) if that is not enough either, it leaves out exercises one at a time and starts again from (1): stretches and
/// mobility work first, then plyometric, then balance, then strength work, so hip and knee strengthening stays
/// longest; within a category the later exercise in the routine goes first. A budget shorter than the shortest
/// plan it can reach (the highest-priority exercise alone, one set, everything at its floor) has no plan:
/// <see cref="TrySchedule"/> answers false and <see cref="Schedule(Routine, TimeSpan)"/> throws naming that
/// minimum.</para>
/// <para>Scheduling is pure: the same routine and options give an equal plan, on any thread. What a routine's items
/// become with a scheduler's options is kept on the routine for the scheduler that last scheduled it (one slot per
/// routine), and so are the steps of its full plan once it is planned a second time (a routine of 200 items keeps some
/// 100 KB): scheduling the same routine again with no budget copies those steps, and with a budget starts from its
/// resolved items.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SessionScheduler
{
    /// <summary>
    /// The longest session the scheduler plans: 24 hours. A routine whose session would take longer, with no time
    /// budget, is refused.
    /// </summary>
    public static readonly TimeSpan MaxSessionDuration = TimeSpan.FromHours(24);

    /// <summary>The longest time budget a session may be given: 24 hours, the same as <see cref="MaxSessionDuration"/>.</summary>
    public static readonly TimeSpan MaxTimeBudget = MaxSessionDuration;

    private const int MaxSessionSeconds = 24 * 60 * 60;

    private readonly Pacing _pacing;
    private readonly EquipmentSet _equipment;
    private readonly Side _firstSide;

    // The pacing's pauses in whole seconds, worked out once.
    private readonly int _leadIn;
    private readonly int _transition;
    private readonly int _setup;
    private readonly int _minimumTransition;
    private readonly int _switchSideStanding;
    private readonly int _switchSideLying;
    private readonly int _changeDirection;
    private readonly int _rest;
    private readonly int _minimumRest;
    private readonly bool _anyTempoOverride;
    private readonly bool _planUpperBound;

    /// <summary>Creates a scheduler.</summary>
    /// <param name="options">The options; <see cref="SessionOptions.Default"/> when null.</param>
    public SessionScheduler(SessionOptions? options = null)
    {
        Options = options ?? SessionOptions.Default;
        _pacing = Options.Pacing;
        _equipment = Options.Equipment;
        _firstSide = Options.FirstSide;
        _leadIn = (int)_pacing.LeadIn.TotalSeconds;
        _transition = (int)_pacing.Transition.TotalSeconds;
        _setup = (int)_pacing.Setup.TotalSeconds;
        _minimumTransition = (int)_pacing.MinimumTransition.TotalSeconds;
        _switchSideStanding = (int)_pacing.SwitchSideStanding.TotalSeconds;
        _switchSideLying = (int)_pacing.SwitchSideLying.TotalSeconds;
        _changeDirection = (int)_pacing.ChangeDirection.TotalSeconds;
        _rest = (int)_pacing.RestBetweenSets.TotalSeconds;
        _minimumRest = (int)_pacing.MinimumRest.TotalSeconds;
        _anyTempoOverride = _pacing.Tempo is not null || _pacing.TempoByExercise.Count > 0;
        _planUpperBound = Options.RangeBound == RangeBound.Upper;
    }

    /// <summary>Gets a scheduler with the default options: default pacing, all equipment, left side first.</summary>
    public static SessionScheduler Default { get; } = new();

    /// <summary>Gets the options this scheduler plans with.</summary>
    public SessionOptions Options { get; }

    /// <summary>Expands a routine into a plan, with no time budget.</summary>
    /// <param name="routine">The routine.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routine"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The routine's session would take longer than <see cref="MaxSessionDuration"/>; the message names the routine and
    /// the length.
    /// </exception>
    public SessionPlan Schedule(Routine routine)
    {
        Preconditions.CheckNotNull(routine);
        var resolved = Resolve(routine);
        return Emit(routine, null, resolved, Level.Full, null, null);
    }

    /// <summary>Expands a routine into a plan that fits a time budget.</summary>
    /// <param name="routine">The routine.</param>
    /// <param name="timeBudget">The longest the session may take: more than zero, at most 24 hours.</param>
    /// <returns>The plan, with the adjustments the budget needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routine"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="timeBudget"/> is out of range, or shorter than the shortest plan the routine allows
    /// (the message names that minimum; see <see cref="MinimumDuration"/>, and <see cref="TrySchedule"/> for an answer
    /// instead of an exception).
    /// </exception>
    /// <exception cref="ArgumentException">
    /// The routine's session would take longer than <see cref="MaxSessionDuration"/> with no budget (an
    /// <see cref="ArgumentOutOfRangeException"/> is one too, for the budget).
    /// </exception>
    public SessionPlan Schedule(Routine routine, TimeSpan timeBudget) =>
        Fit(routine, timeBudget, out var resolved) ?? throw new ArgumentOutOfRangeException(
            nameof(timeBudget),
            timeBudget,
            $"A time budget of {DurationText.Format(timeBudget)} is too short for '{routine.Id}': the shortest session it allows takes {DurationText.Format(MinimumOf(resolved))}.");

    /// <summary>
    /// Expands a routine into a plan that fits a time budget, or answers that none does: a budget shorter than
    /// <see cref="MinimumDuration"/> is an answer here, not an exception.
    /// </summary>
    /// <param name="routine">The routine.</param>
    /// <param name="timeBudget">The longest the session may take: more than zero, at most 24 hours.</param>
    /// <param name="plan">The plan, with the adjustments the budget needed; null when the budget is too short.</param>
    /// <returns>Whether a plan fits the budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routine"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeBudget"/> is zero, negative or over 24 hours.</exception>
    /// <exception cref="ArgumentException">The routine's session would take longer than <see cref="MaxSessionDuration"/> with no budget.</exception>
    public bool TrySchedule(Routine routine, TimeSpan timeBudget, [NotNullWhen(true)] out SessionPlan? plan)
    {
        plan = Fit(routine, timeBudget, out _);
        return plan is not null;
    }

    private SessionPlan? Fit(Routine routine, TimeSpan timeBudget, out Resolution resolved)
    {
        Preconditions.CheckNotNull(routine);
        CheckBudget(timeBudget);
        resolved = Resolve(routine);
        int budget = (int)Math.Floor(timeBudget.TotalSeconds);
        var forms = resolved.Forms;
        if (resolved.Full.Total <= budget)
        {
            return Emit(routine, timeBudget, resolved, Level.Full, null, null);
        }

        var kept = new bool[forms.Length];
        Array.Fill(kept, true);

        var dropOrder = DropOrder(forms);
        int maxDoseCut = 100 - _pacing.MinimumDosePercent;
        for (int dropped = 0; dropped < forms.Length; dropped++)
        {
            if (dropped > 0)
            {
                kept[dropOrder[dropped - 1]] = false;
            }

            var removals = SetRemovals(forms, kept, dropOrder, resolved.Circuits.Length);
            var oneSet = SetsAfter(forms, removals, removals.Length, resolved.Circuits.Length);
            if (Total(forms, resolved.Circuits, kept, new Level(100, maxDoseCut, oneSet)) > budget)
            {
                continue;
            }

            var level = LeastChange(forms, resolved.Circuits, kept, budget, removals, oneSet, maxDoseCut);
            return Emit(routine, timeBudget, resolved, level, kept, Describe(resolved, kept, level, timeBudget));
        }

        return null;
    }

    // The smallest change that fits, in the documented order, for exercises that fit with one set and every dose at
    // its floor. A method of its own, so that the lambdas' captures are allocated once, not once per dropped exercise.
    private Level LeastChange(Form[] forms, CircuitPauses[] circuits, bool[] kept, int budget, int[] removals, int[]? oneSet, int maxDoseCut)
    {
        if (Total(forms, circuits, kept, new Level(100, 0, null)) <= budget)
        {
            return new Level(SmallestFitting(0, 100, cut => Total(forms, circuits, kept, new Level(cut, 0, null)) <= budget), 0, null);
        }

        if (Total(forms, circuits, kept, new Level(100, 0, oneSet)) <= budget)
        {
            int cuts = SmallestFitting(1, removals.Length, k => Total(forms, circuits, kept, new Level(100, 0, SetsAfter(forms, removals, k, circuits.Length))) <= budget);
            var sets = SetsAfter(forms, removals, cuts, circuits.Length);
            return new Level(SmallestFitting(0, 100, cut => Total(forms, circuits, kept, new Level(cut, 0, sets)) <= budget), 0, sets);
        }

        return new Level(100, SmallestFitting(0, maxDoseCut, cut => Total(forms, circuits, kept, new Level(100, cut, oneSet)) <= budget), oneSet);
    }

    // <summary>
    // The order a budget drops sets in: each removal from the kept exercise with the most sets left, ties in drop
    // order, down to one set each. A circuit's rounds are its items' sets, dropped together: the circuit counts once,
    // at its item that comes first in drop order.
    // </summary>
    private static int[] SetRemovals(Form[] forms, bool[] kept, int[] dropOrder, int circuits)
    {
        int[]? leads = null;
        if (circuits > 0)
        {
            leads = new int[circuits];
            Array.Fill(leads, -1);
            foreach (int f in dropOrder)
            {
                int c = forms[f].CircuitIndex;
                if (kept[f] && c >= 0 && leads[c] < 0)
                {
                    leads[c] = f;
                }
            }
        }

        int most = 1;
        int count = 0;
        for (int f = 0; f < forms.Length; f++)
        {
            if (kept[f] && IsLead(forms, leads, f))
            {
                most = Math.Max(most, forms[f].Sets);
                count += forms[f].Sets - 1;
            }
        }

        int[] removals = count == 0 ? [] : new int[count];
        int next = 0;
        for (int left = most; left >= 2; left--)
        {
            foreach (int f in dropOrder)
            {
                if (kept[f] && forms[f].Sets >= left && IsLead(forms, leads, f))
                {
                    removals[next++] = f;
                }
            }
        }

        return removals;
    }

    private static bool IsLead(Form[] forms, int[]? leads, int f) => forms[f].CircuitIndex < 0 || leads![forms[f].CircuitIndex] == f;

    // <summary>The sets of each exercise after the first <paramref name="count"/> removals; null for none.</summary>
    private static int[]? SetsAfter(Form[] forms, int[] removals, int count, int circuits)
    {
        if (count == 0)
        {
            return null;
        }

        var sets = new int[forms.Length];
        for (int f = 0; f < forms.Length; f++)
        {
            sets[f] = forms[f].Sets;
        }

        int[]? rounds = circuits > 0 ? new int[circuits] : null;
        for (int i = 0; i < count; i++)
        {
            int c = forms[removals[i]].CircuitIndex;
            if (c < 0)
            {
                sets[removals[i]]--;
            }
            else
            {
                rounds![c]++;
            }
        }

        if (rounds is not null)
        {
            for (int f = 0; f < forms.Length; f++)
            {
                int c = forms[f].CircuitIndex;
                sets[f] -= c < 0 ? 0 : rounds[c];
            }
        }

        return sets;
    }

    /// <summary>
    /// Returns the shortest session a time budget can bring the routine down to: its highest-priority exercise alone,
    /// with every pause and dose at its floor. Zero when no exercise fits the equipment on hand.
    /// </summary>
    /// <param name="routine">The routine.</param>
    /// <returns>The shortest duration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routine"/> is null.</exception>
    /// <exception cref="ArgumentException">The routine's session would take longer than <see cref="MaxSessionDuration"/>.</exception>
    public TimeSpan MinimumDuration(Routine routine)
    {
        Preconditions.CheckNotNull(routine);
        return MinimumOf(Resolve(routine));
    }

    private TimeSpan MinimumOf(Resolution resolved)
    {
        var (forms, circuits) = (resolved.Forms, resolved.Circuits);
        if (forms.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var kept = new bool[forms.Length];
        kept[DropOrder(forms)[^1]] = true;
        var oneSet = new int[forms.Length];
        Array.Fill(oneSet, 1);
        return TimeSpan.FromSeconds(Total(forms, circuits, kept, new Level(100, 100 - _pacing.MinimumDosePercent, oneSet)));
    }

    private static void CheckBudget(TimeSpan timeBudget)
    {
        if (timeBudget <= TimeSpan.Zero || timeBudget > MaxTimeBudget)
        {
            throw new ArgumentOutOfRangeException(nameof(timeBudget), timeBudget, "A time budget must be more than zero and at most 24 hours.");
        }
    }

    // <summary>The smallest value in [low, high] that fits, given that fitting is monotone and <paramref name="high"/> fits.</summary>
    private static int SmallestFitting(int low, int high, Func<int, bool> fits)
    {
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (fits(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static int[] DropOrder(Form[] forms)
    {
        var order = new int[forms.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Lowest priority first; within a priority, the later exercise first. A total order, so the sort is stable in effect.
        Array.Sort(order, (a, b) =>
        {
            int byPriority = Priority(forms[a].Exercise.Category).CompareTo(Priority(forms[b].Exercise.Category));
            return byPriority != 0 ? byPriority : b.CompareTo(a);
        });
        return order;
    }

    private static int Priority(ExerciseCategory category) => category switch
    {
        ExerciseCategory.Stretch or ExerciseCategory.Mobility or ExerciseCategory.Activity => 0,
        ExerciseCategory.Plyometric => 1,
        ExerciseCategory.Balance => 2,
        _ => 3,
    };

    // <summary>Whether the routine's full session fits in <see cref="MaxSessionDuration"/>, measured without a plan.</summary>
    internal bool FitsInADay(Routine routine) => Resolve(routine, throwIfTooLong: false) is not null;

    // What a routine's items become with this scheduler's options depends on nothing else, so the last resolution is
    // kept on the routine (one slot, a scheduler's at a time), and with it the full plan's steps once written.
    private Resolution Resolve(Routine routine)
    {
        if (routine.SchedulerMemo is Resolution known && ReferenceEquals(known.Scheduler, this))
        {
            return known;
        }

        var resolved = Resolve(routine, throwIfTooLong: true)!;
        routine.SchedulerMemo = resolved;
        return resolved;
    }

    private Resolution? Resolve(Routine routine, bool throwIfTooLong)
    {
        var items = routine.Items;
        var forms = new Form[items.Count];
        int formCount = 0;
        List<Substitution>? substitutions = null;
        List<Omission>? omissions = null;
        List<CircuitPauses>? circuits = null;
        Circuit? circuit = null;
        int inCircuit = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];

            // Each occurrence of a circuit is its own: the same circuit twice in a row is two circuits.
            var next = routine.CircuitAt(i);
            if (next is not null && (!ReferenceEquals(next, circuit) || inCircuit == next.Items.Count))
            {
                (circuits ??= []).Add(new CircuitPauses(next, this));
                inCircuit = 0;
            }

            circuit = next;
            inCircuit++;
            var exercise = item.Exercise;
            ExerciseVariation? variation = null;
            if (!_equipment.HoldsAll(exercise.EquipmentArray))
            {
                foreach (var candidate in exercise.Variations)
                {
                    if (_equipment.HoldsAll(candidate.EquipmentArray))
                    {
                        variation = candidate;
                        break;
                    }
                }

                if (variation is null)
                {
                    (omissions ??= []).Add(new Omission(exercise, MissingEquipment(exercise)));
                    continue;
                }

                // A setting of equipment the variation does without is not used, and the note says so.
                (substitutions ??= []).Add(new Substitution(exercise, variation, MissingEquipment(exercise), item.Dosage.SettingUnusedBy(variation)));
            }

            forms[formCount++] = new Form(i, item, variation, this, routine.SectionAt(i), circuit is null ? -1 : circuits!.Count - 1, circuit?.Rounds ?? 0);
        }

        if (formCount < forms.Length)
        {
            Array.Resize(ref forms, formCount);
        }

        var circuitPauses = circuits is null ? [] : circuits.ToArray();

        // Every later measurement shortens this one, so once it fits in an int of seconds, they all do.
        var full = Measure(forms, circuitPauses, null, Level.Full);
        if (full.Total > MaxSessionSeconds)
        {
            if (!throwIfTooLong)
            {
                return null;
            }

            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Routine {DisplayText.Quote(routine.Id)} would take {DurationText.Format(TimeSpan.FromSeconds(full.Total))} ({full.Total:N0} s), longer than the {DurationText.Format(MaxSessionDuration)} ({MaxSessionSeconds:N0} s) a session may last."),
                nameof(routine));
        }

        return new Resolution(this, forms, circuitPauses, substitutions, omissions, full);
    }

    private Equipment[] MissingEquipment(Exercise exercise)
    {
        var missing = new List<Equipment>();
        foreach (var equipment in exercise.Equipment)
        {
            if (!_equipment.Contains(equipment))
            {
                missing.Add(equipment);
            }
        }

        return [.. missing];
    }

    private int Total(Form[] forms, CircuitPauses[] circuits, bool[] kept, Level level) => checked((int)Measure(forms, circuits, kept, level).Total);

    private SessionPlan Emit(Routine routine, TimeSpan? budget, Resolution resolved, Level level, bool[]? kept, List<Adjustment>? adjustments)
    {
        TimedStep[] steps;
        if (kept is null && level == Level.Full)
        {
            // The full plan's steps depend on the resolution alone. A routine planned once is written (and costs no
            // more than before); planned again, its steps are kept, and every later plan copies them, so each plan
            // owns its steps and none shares them with the routine's memo.
            var memo = resolved.FullSteps;
            TimedStep[]? written = null;
            if (memo is null)
            {
                written = Write(resolved, null, level, resolved.Full);
                if (resolved.WrittenOnce)
                {
                    memo = resolved.FullSteps = written;
                }

                resolved.WrittenOnce = true;
            }

            steps = memo is null ? written! : memo.AsSpan().ToArray();
        }
        else
        {
            steps = Write(resolved, kept, level, Measure(resolved.Forms, resolved.Circuits, kept, level));
        }

        return new SessionPlan(routine, budget, steps, resolved.Substitutions, resolved.Omissions, adjustments);
    }

    private TimedStep[] Write(Resolution resolved, bool[]? kept, Level level, Measurement measured)
    {
        var writer = new WriteSink(new TimedStep[measured.Count]);
        Walk(resolved.Forms, resolved.Circuits, kept, level, ref writer);
        Debug.Assert(writer.IsFull, "Measure and Walk must agree on the steps.");
        return writer.Steps;
    }

    // <summary>
    // Counts the steps <see cref="Walk"/> would produce and their total, in time linear in the exercises rather
    // than the steps: the budget search calls it many times.
    // </summary>
    private Measurement Measure(Form[] forms, CircuitPauses[] circuits, bool[]? kept, Level level)
    {
        int count = 0, kinds = 0, previous = -1;
        long total = 0;
        void Add(StepKind kind, int seconds, int times)
        {
            if (seconds > 0 && times > 0)
            {
                count += times;
                total += (long)seconds * times;
                kinds |= 1 << (int)kind;
            }
        }

        // One set (or round) of an exercise: its work, direction changes and side switch.
        void AddSets(in Form form, Level level, int sets)
        {
            var dosage = form.Dosage;
            int sides = dosage.IsPerSide ? 2 : 1;
            Add(dosage.Kind == DosageKind.Hold ? StepKind.Hold : StepKind.Work, WorkSeconds(form, Dose(form, level)), sets * sides * dosage.Directions);
            Add(StepKind.ChangeDirection, form.ChangeDirectionSeconds, sets * sides * (dosage.Directions - 1));
            Add(StepKind.SwitchSide, form.SwitchSideSeconds, sets * (sides - 1));
        }

        for (int f = 0; f < forms.Length; f++)
        {
            if (kept is not null && !kept[f])
            {
                continue;
            }

            ref readonly Form form = ref forms[f];
            Add(previous < 0 ? StepKind.GetReady : StepKind.Transition, previous < 0 ? LeadInPause(level) : TransitionPause(level), 1);
            if (NeedsSetup(forms, previous, f))
            {
                Add(StepKind.Setup, SetupPause(level), 1);
            }

            int sets = level.SetsOf(form, f);
            if (form.CircuitIndex < 0)
            {
                AddSets(form, level, sets);
                Add(StepKind.Rest, level.Pause(form.RestSeconds, form.RestFloorSeconds), sets - 1);
                previous = f;
                continue;
            }

            // A circuit: every round does its kept items in turn, with the circuit's pause between items and its
            // rest after each round but the last (and the last too when asked).
            ref readonly CircuitPauses circuit = ref circuits[form.CircuitIndex];
            int first = f, last = f;
            for (int g = f; g < forms.Length && forms[g].CircuitIndex == form.CircuitIndex; g++)
            {
                if (kept is null || kept[g])
                {
                    AddSets(forms[g], level, sets);
                    if (g != first)
                    {
                        Add(StepKind.Transition, level.Pause(circuit.BetweenSeconds, circuit.BetweenFloorSeconds), sets);
                        Add(StepKind.Setup, forms[g].NeedsSetupAfter(forms[last]) ? SetupPause(level) : 0, sets);
                    }

                    last = g;
                }

                f = g;
            }

            Add(StepKind.Setup, last != first && forms[first].NeedsSetupAfter(forms[last]) ? SetupPause(level) : 0, sets - 1);
            Add(StepKind.Rest, level.Pause(circuit.RestSeconds, circuit.RestFloorSeconds), circuit.RestAfterLastRound ? sets : sets - 1);
            previous = last;
        }

        return new Measurement(count, total, kinds);
    }

    private int LeadInPause(Level level) => level.Pause(_leadIn, Math.Min(_leadIn, _minimumTransition));

    private int TransitionPause(Level level) => level.Pause(_transition, Math.Min(_transition, _minimumTransition));

    private int SetupPause(Level level) => level.Pause(_setup, Math.Min(_setup, _minimumTransition));

    private static bool NeedsSetup(Form[] forms, int previous, int current) =>
        previous < 0 ? forms[current].NeedsSetupFromStart : forms[current].NeedsSetupAfter(forms[previous]);

    private int Dose(in Form form, Level level) => level.Dose(form.Amount, _pacing.MinimumDosePercent);

    // <summary>
    // A work step lasts repetitions times (tempo plus the hold on each), rounded up to whole seconds; a hold, its seconds.
    // </summary>
    private static int WorkSeconds(in Form form, int amount) =>
        form.Dosage.Kind == DosageKind.Hold
            ? amount
            : (int)((((long)amount * (form.TempoMilliseconds + (form.HoldEachSeconds * 1000L))) + 999) / 1000);

    // <summary>Writes the steps, in order; <see cref="Measure"/> counts the same sequence by arithmetic.</summary>
    private void Walk(Form[] forms, CircuitPauses[] circuits, bool[]? kept, Level level, ref WriteSink sink)
    {
        int previous = -1;
        for (int f = 0; f < forms.Length; f++)
        {
            if (kept is not null && !kept[f])
            {
                continue;
            }

            ref readonly Form form = ref forms[f];
            sink.Add(previous < 0 ? StepKind.GetReady : StepKind.Transition, previous < 0 ? LeadInPause(level) : TransitionPause(level), form, null, -1, 1);
            if (NeedsSetup(forms, previous, f))
            {
                sink.Add(StepKind.Setup, SetupPause(level), form, null, -1, 1);
            }

            int sets = level.SetsOf(form, f);
            if (form.CircuitIndex < 0)
            {
                for (int set = 1; set <= sets; set++)
                {
                    if (set > 1)
                    {
                        sink.Add(StepKind.Rest, level.Pause(form.RestSeconds, form.RestFloorSeconds), form, FirstSide(form), FirstDirection(form), set);
                    }

                    WalkSet(form, level, set, ref sink);
                }

                previous = f;
                continue;
            }

            // A circuit: the run of forms in the same circuit occurrence, walked round by round.
            ref readonly CircuitPauses circuit = ref circuits[form.CircuitIndex];
            int end = f + 1;
            while (end < forms.Length && forms[end].CircuitIndex == form.CircuitIndex)
            {
                end++;
            }

            int last = f;
            for (int round = 1; round <= sets; round++)
            {
                int before = -1;
                for (int g = f; g < end; g++)
                {
                    if (kept is not null && !kept[g])
                    {
                        continue;
                    }

                    ref readonly Form item = ref forms[g];
                    if (before >= 0)
                    {
                        sink.Add(StepKind.Transition, level.Pause(circuit.BetweenSeconds, circuit.BetweenFloorSeconds), item, null, -1, round);
                        if (item.NeedsSetupAfter(forms[before]))
                        {
                            sink.Add(StepKind.Setup, SetupPause(level), item, null, -1, round);
                        }
                    }
                    else if (round > 1 && last != f && item.NeedsSetupAfter(forms[last]))
                    {
                        sink.Add(StepKind.Setup, SetupPause(level), item, null, -1, round);
                    }

                    WalkSet(item, level, round, ref sink);
                    before = g;
                    last = g;
                }

                if (round < sets)
                {
                    sink.Add(StepKind.Rest, level.Pause(circuit.RestSeconds, circuit.RestFloorSeconds), form, FirstSide(form), FirstDirection(form), round + 1);
                }
                else if (circuit.RestAfterLastRound)
                {
                    sink.Add(StepKind.Rest, level.Pause(circuit.RestSeconds, circuit.RestFloorSeconds), forms[last], null, -1, round);
                }
            }

            previous = last;
            f = end - 1;
        }
    }

    private Side? FirstSide(in Form form) => form.Dosage.IsPerSide ? _firstSide : null;

    // <summary>The index of the exercise's first direction, or -1 when it has none.</summary>
    private static int FirstDirection(in Form form) => form.Exercise.DirectionArray.Length > 0 ? 0 : -1;

    // <summary>Writes one set of an exercise: per side, every direction on the first side, then the other side.</summary>
    private void WalkSet(in Form form, Level level, int set, ref WriteSink sink)
    {
        Side secondSide = _firstSide == Side.Left ? Side.Right : Side.Left;
        var dosage = form.Dosage;
        bool hasDirections = form.Exercise.DirectionArray.Length > 0;
        int firstDirection = hasDirections ? 0 : -1;
        int amount = Dose(form, level);
        var kind = dosage.Kind == DosageKind.Hold ? StepKind.Hold : StepKind.Work;
        int workSeconds = WorkSeconds(form, amount);
        int sides = dosage.IsPerSide ? 2 : 1;
        for (int s = 0; s < sides; s++)
        {
            Side? side = dosage.IsPerSide ? (s == 0 ? _firstSide : secondSide) : null;
            if (s > 0)
            {
                sink.Add(StepKind.SwitchSide, form.SwitchSideSeconds, form, side, firstDirection, set);
            }

            for (int d = 0; d < dosage.Directions; d++)
            {
                int direction = hasDirections ? d : -1;
                if (d > 0)
                {
                    sink.Add(StepKind.ChangeDirection, form.ChangeDirectionSeconds, form, side, direction, set);
                }

                sink.Add(kind, workSeconds, form, side, direction, set, amount, form.TempoMilliseconds, form.HoldEachSeconds);
            }
        }
    }

    private List<Adjustment> Describe(Resolution resolved, bool[] kept, Level level, TimeSpan budget)
    {
        var (forms, circuits) = (resolved.Forms, resolved.Circuits);
        var adjustments = new List<Adjustment>();
        if (level.PauseCut > 0)
        {
            // Name only the pauses the plan has.
            var present = Measure(forms, circuits, kept, level);
            var pauses = new List<PauseChange>();
            if (present.Has(StepKind.GetReady))
            {
                AddPauseChange(pauses, PauseKind.LeadIn, _leadIn, Math.Min(_leadIn, _minimumTransition), level);
            }

            if (present.Has(StepKind.Transition))
            {
                AddPauseChange(pauses, PauseKind.Transition, _transition, Math.Min(_transition, _minimumTransition), level);
            }

            if (present.Has(StepKind.Setup))
            {
                AddPauseChange(pauses, PauseKind.Setup, _setup, Math.Min(_setup, _minimumTransition), level);
            }

            // Rests are only worth naming when a kept exercise still has more than one set; each distinct rest once.
            var rests = new SortedSet<(int Full, int Floor)>();
            for (int f = 0; f < forms.Length; f++)
            {
                if (kept[f] && forms[f].CircuitIndex < 0 && level.SetsOf(forms[f], f) > 1)
                {
                    rests.Add((forms[f].RestSeconds, forms[f].RestFloorSeconds));
                }
            }

            // A circuit's rest after its rounds, where it still has one, and its pause between items, where it still has two.
            var roundRests = new SortedSet<(int Full, int Floor)>();
            var betweens = new SortedSet<(int Full, int Floor)>();
            for (int f = 0; f < forms.Length; f++)
            {
                int c = forms[f].CircuitIndex;
                if (!kept[f] || c < 0 || !IsFirstKeptInCircuit(forms, kept, f))
                {
                    continue;
                }

                ref readonly CircuitPauses circuit = ref circuits[c];
                if (level.SetsOf(forms[f], f) > 1 || circuit.RestAfterLastRound)
                {
                    roundRests.Add((circuit.RestSeconds, circuit.RestFloorSeconds));
                }

                if (KeptInCircuit(forms, kept, f) > 1)
                {
                    betweens.Add((circuit.BetweenSeconds, circuit.BetweenFloorSeconds));
                }
            }

            AddPauseChanges(pauses, PauseKind.RestBetweenSets, rests, level);
            AddPauseChanges(pauses, PauseKind.RestAfterRound, roundRests, level);
            AddPauseChanges(pauses, PauseKind.BetweenCircuitItems, betweens, level);
            if (pauses.Count > 0)
            {
                adjustments.Add(new Adjustment(AdjustmentKind.PausesCut, budget, percent: level.PauseCut, pauses: [.. pauses]));
            }
        }

        for (int f = 0; f < forms.Length; f++)
        {
            ref readonly Form form = ref forms[f];
            if (!kept[f])
            {
                continue;
            }

            int sets = level.SetsOf(form, f);
            int amount = Dose(form, level);
            int? percent = amount != form.Amount ? 100 - level.DoseCut : null;
            if (form.CircuitIndex >= 0)
            {
                // A circuit's rounds are told once, at its first kept item; its items' doses as for any item.
                if (sets != form.Sets && IsFirstKeptInCircuit(forms, kept, f))
                {
                    var (exercises, variations) = CircuitForms(forms, kept, f);
                    adjustments.Add(new Adjustment(
                        AdjustmentKind.RoundsDropped, budget, setsBefore: form.Sets, setsAfter: sets, circuitExercises: exercises, circuitVariations: variations));
                }

                if (amount != form.Amount)
                {
                    adjustments.Add(new Adjustment(
                        AdjustmentKind.DoseScaled, budget, form.Exercise, form.Variation, form.Dosage, Planned(form, 1, amount, level), 1, 1, percent));
                }

                continue;
            }

            if (sets != form.Sets || amount != form.Amount)
            {
                adjustments.Add(new Adjustment(
                    amount != form.Amount ? AdjustmentKind.DoseScaled : AdjustmentKind.SetsDropped,
                    budget,
                    form.Exercise,
                    form.Variation,
                    Planned(form),
                    Planned(form, sets, amount, level),
                    form.Sets,
                    sets,
                    percent));
            }
        }

        for (int f = 0; f < forms.Length; f++)
        {
            if (!kept[f])
            {
                adjustments.Add(new Adjustment(AdjustmentKind.ExerciseLeftOut, budget, forms[f].Exercise, forms[f].Variation));
            }
        }

        return adjustments;
    }

    // <summary>The prescription, with the rest between sets the full plan uses when it gives none.</summary>
    private static Dosage Planned(in Form form)
    {
        var dosage = form.Dosage;
        var sets = dosage.SetRange;
        return dosage.RestBetweenSets is null && sets.Maximum > 1
            ? dosage.WithSetRange(sets.Minimum, sets.Maximum, TimeSpan.FromSeconds(form.RestSeconds))
            : dosage;
    }

    // <summary>The dosage the steps do: these sets and amount, and the rest the steps take.</summary>
    private static Dosage Planned(in Form form, int sets, int amount, Level level)
    {
        TimeSpan? rest = sets > 1 ? TimeSpan.FromSeconds(level.Pause(form.RestSeconds, form.RestFloorSeconds)) : null;
        return form.Dosage.WithAmount(amount).WithSets(sets, rest);
    }

    private static bool IsFirstKeptInCircuit(Form[] forms, bool[] kept, int f)
    {
        for (int g = f - 1; g >= 0 && forms[g].CircuitIndex == forms[f].CircuitIndex; g--)
        {
            if (kept[g])
            {
                return false;
            }
        }

        return true;
    }

    // <summary>How many items of the circuit that starts (in kept items) at <paramref name="first"/> are kept.</summary>
    private static int KeptInCircuit(Form[] forms, bool[] kept, int first)
    {
        int count = 0;
        for (int g = first; g < forms.Length && forms[g].CircuitIndex == forms[first].CircuitIndex; g++)
        {
            count += kept[g] ? 1 : 0;
        }

        return count;
    }

    // <summary>The kept items of the circuit that starts (in kept items) at <paramref name="first"/>: their exercises and variations.</summary>
    private static (Exercise[] Exercises, ExerciseVariation?[] Variations) CircuitForms(Form[] forms, bool[] kept, int first)
    {
        var exercises = new List<Exercise>();
        var variations = new List<ExerciseVariation?>();
        for (int g = first; g < forms.Length && forms[g].CircuitIndex == forms[first].CircuitIndex; g++)
        {
            if (kept[g])
            {
                exercises.Add(forms[g].Exercise);
                variations.Add(forms[g].Variation);
            }
        }

        return ([.. exercises], [.. variations]);
    }

    // <summary>Each distinct pause of a kind that a cut shortened.</summary>
    private static void AddPauseChanges(List<PauseChange> changes, PauseKind kind, SortedSet<(int Full, int Floor)> pauses, Level level)
    {
        foreach (var (full, floor) in pauses)
        {
            AddPauseChange(changes, kind, full, floor, level);
        }
    }

    private static void AddPauseChange(List<PauseChange> changes, PauseKind kind, int full, int floor, Level level)
    {
        int shortened = level.Pause(full, floor);
        if (shortened != full)
        {
            changes.Add(new PauseChange(kind, TimeSpan.FromSeconds(full), TimeSpan.FromSeconds(shortened)));
        }
    }

    private sealed record Resolution(SessionScheduler Scheduler, Form[] Forms, CircuitPauses[] Circuits, List<Substitution>? Substitutions, List<Omission>? Omissions, Measurement Full)
    {
        private TimedStep[]? _fullSteps;

        // <summary>
        // The full plan's steps, once a call has written them; never changed after. Threads that race write equal
        // arrays, and a reader sees a whole one or none.
        // </summary>
        internal TimedStep[]? FullSteps
        {
            get => Volatile.Read(ref _fullSteps);
            set => Volatile.Write(ref _fullSteps, value);
        }

        // <summary>Whether a full plan was written from this resolution: the next one keeps its steps.</summary>
        internal bool WrittenOnce { get; set; }
    }

    // <summary>A circuit's pauses in whole seconds, with their floors, worked out once per occurrence.</summary>
    private readonly struct CircuitPauses
    {
        internal CircuitPauses(Circuit circuit, SessionScheduler scheduler)
        {
            Circuit = circuit;
            RestSeconds = circuit.RestAfterRound is TimeSpan rest ? (int)(rest.Ticks / TimeSpan.TicksPerSecond) : scheduler._rest;
            RestFloorSeconds = Math.Min(RestSeconds, scheduler._minimumRest);
            BetweenSeconds = circuit.RestBetweenItems is TimeSpan between ? (int)(between.Ticks / TimeSpan.TicksPerSecond) : scheduler._transition;
            BetweenFloorSeconds = Math.Min(BetweenSeconds, scheduler._minimumTransition);
        }

        internal Circuit Circuit { get; }

        internal int RestSeconds { get; }

        internal int RestFloorSeconds { get; }

        internal int BetweenSeconds { get; }

        internal int BetweenFloorSeconds { get; }

        internal bool RestAfterLastRound => Circuit.RestAfterLastRound;
    }

    // <summary>
    // How far a time budget has cut pauses (toward their floors) and doses, in whole percent, and the sets each
    // exercise keeps (null for all of them).
    // </summary>
    private readonly record struct Level(int PauseCut, int DoseCut, int[]? Sets)
    {
        internal static Level Full => default;

        internal int SetsOf(in Form form, int index) => Sets is null ? form.Sets : Sets[index];

        internal int Pause(TimeSpan full, TimeSpan floor) => Pause((int)full.TotalSeconds, Math.Min((int)floor.TotalSeconds, (int)full.TotalSeconds));

        internal int Pause(int full, int floor) => full - ((full - floor) * PauseCut / 100);

        internal int Dose(int amount, int minimumPercent)
        {
            int floor = ((amount * minimumPercent) + 99) / 100;
            int scaled = ((amount * (100 - DoseCut)) + 99) / 100;
            return Math.Max(Math.Max(floor, scaled), 1);
        }
    }

    // <summary>An exercise in the form it will be done, with its timings worked out once.</summary>
    private readonly struct Form
    {
        internal Form(int itemIndex, RoutineItem item, ExerciseVariation? variation, SessionScheduler scheduler, RoutineSectionKind section, int circuitIndex, int rounds)
        {
            var exercise = item.Exercise;
            ItemIndex = itemIndex;
            Section = section;
            CircuitIndex = circuitIndex;
            Item = item;
            Variation = variation;
            Position = variation?.Position ?? exercise.Position;
            Equipment = variation?.EquipmentArray ?? exercise.EquipmentArray;
            var dosage = item.Dosage;
            bool upper = scheduler._planUpperBound;
            Sets = circuitIndex >= 0 ? rounds : upper ? dosage.SetRange.Maximum : dosage.Sets;
            if (dosage.Kind == DosageKind.Hold)
            {
                Amount = dosage.Amount;
            }
            else
            {
                Amount = upper ? dosage.RepetitionRange.Maximum : dosage.RepetitionCount;
                HoldEachSeconds = dosage.HoldEachSeconds;

                // A routine item holds repetitions only for an exercise with a tempo, so one is always found.
                var tempo = scheduler._anyTempoOverride ? scheduler._pacing.TempoFor(exercise) : exercise.Tempo;
                TempoMilliseconds = (int)(tempo!.Value.Ticks / TimeSpan.TicksPerMillisecond);
            }

            SwitchSideSeconds = Pacing.IsLyingOrSeated(Position)
                ? scheduler._switchSideLying
                : scheduler._switchSideStanding;
            ChangeDirectionSeconds = scheduler._changeDirection;
            RestSeconds = item.Dosage.RestBetweenSets is TimeSpan rest ? (int)(rest.Ticks / TimeSpan.TicksPerSecond) : scheduler._rest;
            RestFloorSeconds = Math.Min(RestSeconds, scheduler._minimumRest);
            StepForm = item.StepFormFor(variation);
            IsOpen = dosage.IsOpen;
            EffortCode = dosage.EffortCode;
        }

        internal bool IsOpen { get; }

        // <summary>What every step of the form holds: made once, with the resolution.</summary>
        internal StepForm StepForm { get; }

        // <summary>The dosage's effort as it keeps it: 0 for none.</summary>
        internal byte EffortCode { get; }


        internal int ItemIndex { get; }

        internal RoutineSectionKind Section { get; }

        // <summary>The index of the circuit occurrence the item is done in, or -1 for none.</summary>
        internal int CircuitIndex { get; }

        // The item rather than its exercise and dosage: one reference keeps the form, made per exercise per call, small.
        internal RoutineItem Item { get; }

        internal Exercise Exercise => Item.Exercise;

        internal Dosage Dosage => Item.Dosage;

        internal ExerciseVariation? Variation { get; }

        internal BodyPosition Position { get; }

        internal Equipment[] Equipment { get; }

        // <summary>The time per repetition, in milliseconds; 0 for a hold.</summary>
        internal int TempoMilliseconds { get; }

        // <summary>The sets planned: the lower or upper bound of the dosage's range, or the rounds of its circuit.</summary>
        internal int Sets { get; }

        // <summary>The repetitions (the range's bound planned) or hold seconds.</summary>
        internal int Amount { get; }

        internal int HoldEachSeconds { get; }

        internal int SwitchSideSeconds { get; }

        internal int ChangeDirectionSeconds { get; }

        internal int RestSeconds { get; }

        internal int RestFloorSeconds { get; }

        internal bool NeedsSetupFromStart => Position != BodyPosition.Standing || Equipment.Length > 0;

        internal bool NeedsSetupAfter(in Form previous)
        {
            if (Position != previous.Position || Equipment.Length != previous.Equipment.Length)
            {
                return true;
            }

            foreach (var equipment in Equipment)
            {
                bool found = false;
                foreach (var other in previous.Equipment)
                {
                    found |= other.Id == equipment.Id;
                }

                if (!found)
                {
                    return true;
                }
            }

            return false;
        }
    }

    // <summary>How many steps a plan has, how long they last in all, and which kinds occur.</summary>
    private readonly record struct Measurement(int Count, long Total, int Kinds)
    {
        internal bool Has(StepKind kind) => (Kinds & (1 << (int)kind)) != 0;
    }

    // <summary>Lays steps end to end into an array of the measured size, skipping zero-length pauses.</summary>
    private struct WriteSink(TimedStep[] steps)
    {
        private int _next;
        private int _start;

        internal readonly TimedStep[] Steps => steps;

        internal readonly bool IsFull => _next == steps.Length;

        public void Add(StepKind kind, int seconds, in Form form, Side? side, int directionIndex, int set, int amount = 0, int tempoMilliseconds = 0, int holdEachSeconds = 0)
        {
            if (seconds > 0)
            {
                steps[_next++] = new TimedStep(
                    kind,
                    _start,
                    seconds,
                    form.ItemIndex,
                    form.StepForm,
                    side,
                    directionIndex,
                    set,
                    amount,
                    tempoMilliseconds,
                    holdEachSeconds,
                    form.Section,
                    form.IsOpen && kind is StepKind.Work or StepKind.Hold,
                    form.EffortCode,
                    form.CircuitIndex >= 0);
                _start += seconds;
            }
        }
    }
}
