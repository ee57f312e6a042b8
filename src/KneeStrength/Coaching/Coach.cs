using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using KneeStrength.Scheduling;
using KneeStrength.Text;
using KneeStrength.Tracking;

namespace KneeStrength.Coaching;

/// <summary>How a logged session stands against the pain rules.</summary>
public enum Verdict
{
    /// <summary>Completed, every score within the rules, pain during at or below the target: counts toward progress.</summary>
    Calm,

    /// <summary>Within what is acceptable but not calm, or a rule broken with a calm next morning: hold.</summary>
    Mixed,

    /// <summary>Scores missing or the session skipped: hold.</summary>
    Missing,

    /// <summary>A rule broken: regress the next session.</summary>
    Broken,
}

/// <summary>
/// Answers "what do I do on this day, given the program and the journal": the phase, the routine adapted to how the
/// body responded, its plan, and each decision with its reason. Pure and deterministic: the same inputs give the same
/// answer, and no clock is read.
/// </summary>
/// <remarks>
/// <para><b>Judging a session</b> (<see cref="Judge"/>), by <see cref="PainRules"/>: pain the next morning above the
/// morning before (the pain before the session stands for it) breaks the rules; so does pain during above the
/// acceptable level while the next morning is not known yet. With a calm next morning, pain during above the
/// acceptable level or pain an hour after that has not settled is mixed: the 24-hour response weighs more. A
/// session completed with every score within the rules and pain during at or below the target is calm; one done in
/// part, or above the target, is mixed; one skipped or with scores missing is missing.</para>
/// <para><b>Adapting</b>: the logs before the day are judged in date order into a level (see
/// <see cref="ProgressionPolicy"/>): calm sessions in a row raise it, a broken rule drops it below the
/// prescription, and mixed or missing signals hold it. The phase's routine is adapted to that level, which stops
/// short of a session longer than <see cref="SessionScheduler.MaxSessionDuration"/>.</para>
/// <para><b>Phases from events</b> (<see cref="ProgramFor"/>): in a program of two or more phases, a run logged in
/// the first phase with running pain within the acceptable level ends that phase on the run's day, so the next
/// phase starts the day after; with no such run, the phase ends on its date as planned. In a later phase, a
/// session that breaks the rules or a run with pain above the acceptable level proposes going back to the first
/// phase; the proposal is a decision, and the program does not change by itself.</para>
/// <para>This type is immutable and thread-safe. Its rules support a clinician's advice and do not replace it.</para>
/// </remarks>
public sealed class Coach
{
    /// <summary>Creates a coach for a program.</summary>
    /// <param name="program">The program.</param>
    /// <param name="sessionScheduler">The scheduler that plans the adapted routine; <see cref="SessionScheduler.Default"/> when null.</param>
    /// <param name="rules">The pain rules; <see cref="PainRules.Default"/> when null.</param>
    /// <param name="policy">The progression policy; <see cref="ProgressionPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="program"/> is null.</exception>
    public Coach(TrainingProgram program, SessionScheduler? sessionScheduler = null, PainRules? rules = null, ProgressionPolicy? policy = null)
    {
        Program = Preconditions.CheckNotNull(program);
        SessionScheduler = sessionScheduler ?? SessionScheduler.Default;
        Rules = rules ?? PainRules.Default;
        Policy = policy ?? ProgressionPolicy.Default;
    }

    /// <summary>Gets the program as planned.</summary>
    public TrainingProgram Program { get; }

    /// <summary>Gets the scheduler that plans the adapted routine.</summary>
    public SessionScheduler SessionScheduler { get; }

    /// <summary>Gets the pain rules.</summary>
    public PainRules Rules { get; }

    /// <summary>Gets the progression policy.</summary>
    public ProgressionPolicy Policy { get; }

    /// <summary>Judges one logged session against the pain rules.</summary>
    /// <param name="log">The log.</param>
    /// <returns>The verdict, the rule behind it (or null) and the reason in plain words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is null.</exception>
    public Judgement Judge(SessionLog log)
    {
        Preconditions.CheckNotNull(log);
        var c = CultureInfo.InvariantCulture;
        int? during = log.PainDuring, after = log.PainAfter, before = log.PainBefore, morning = log.PainNextMorning;
        return Assess(log) switch
        {
            Finding.NotDone => new Judgement(Verdict.Missing, null, "The session was not done."),
            Finding.MorningUp => new Judgement(Verdict.Broken, "next-morning", string.Create(c, $"Pain the next morning was {morning}/10, higher than the {before}/10 before the session.")),
            Finding.DuringTooHigh => new Judgement(Verdict.Broken, "pain-during", string.Create(c, $"Pain during the session was {during}/10, above the acceptable {Rules.AcceptableDuring}/10.")),
            Finding.NoMorning => new Judgement(Verdict.Missing, null, "The next morning's pain (or the pain before the session) is not logged yet."),
            Finding.DuringHighMorningCalm => new Judgement(Verdict.Mixed, "pain-during", string.Create(c, $"Pain during was {during}/10, above {Rules.AcceptableDuring}/10, but the next morning was calm; the 24-hour response weighs more.")),
            Finding.NotSettled => new Judgement(Verdict.Mixed, "settling", string.Create(c, $"Pain an hour after was {after}/10 and had not settled to the {before}/10 before the session.")),
            Finding.ScoresMissing => new Judgement(Verdict.Missing, null, "Pain during or an hour after the session is not logged."),
            Finding.Partial => new Judgement(Verdict.Mixed, null, "The session was done in part."),
            Finding.AboveTarget => new Judgement(Verdict.Mixed, "pain-during", string.Create(c, $"Pain during was {during}/10: acceptable, but above the {Rules.TargetDuring}/10 target.")),
            _ => new Judgement(Verdict.Calm, null, string.Create(c, $"Completed with pain {during}/10 during, settled an hour after and calm the next morning.")),
        };
    }

    // What the rules find in a log, without words: the walk over a journal judges every log, and only the last
    // one's reason is written.
    private Finding Assess(SessionLog log)
    {
        if (!log.HasSession || log.Completion == SessionCompletion.None)
        {
            return Finding.NotDone;
        }

        int? during = log.PainDuring, after = log.PainAfter, before = log.PainBefore, morning = log.PainNextMorning;
        if (morning is int m && before is int reference && m > reference + Rules.MorningTolerance)
        {
            return Finding.MorningUp;
        }

        bool duringTooHigh = during is int d && d > Rules.AcceptableDuring;
        if (morning is null || before is null)
        {
            return duringTooHigh ? Finding.DuringTooHigh : Finding.NoMorning;
        }

        if (duringTooHigh)
        {
            return Finding.DuringHighMorningCalm;
        }

        if (after is int a && a > before + Rules.SettleTolerance)
        {
            return Finding.NotSettled;
        }

        if (during is null || after is null)
        {
            return Finding.ScoresMissing;
        }

        if (log.Completion == SessionCompletion.Partial)
        {
            return Finding.Partial;
        }

        return during > Rules.TargetDuring ? Finding.AboveTarget : Finding.Calm;
    }

    private static Verdict VerdictOf(Finding finding) => finding switch
    {
        Finding.Calm => Verdict.Calm,
        Finding.MorningUp or Finding.DuringTooHigh => Verdict.Broken,
        Finding.NotDone or Finding.NoMorning or Finding.ScoresMissing => Verdict.Missing,
        _ => Verdict.Mixed,
    };

    /// <summary>
    /// Returns the program as the journal's events shape it: the first phase ends on the day of the first run logged
    /// in it with running pain within the acceptable level, when that comes before its planned end.
    /// </summary>
    /// <param name="journal">The journal.</param>
    /// <returns>The program; this coach's program itself when no event changes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journal"/> is null.</exception>
    public TrainingProgram ProgramFor(Journal journal)
    {
        Preconditions.CheckNotNull(journal);
        return Shape(journal, DateOnly.MaxValue, out _);
    }

    /// <summary>Decides what to do on a day, from the logs before it.</summary>
    /// <param name="date">The day: from the program's start to its last possible day.</param>
    /// <param name="journal">The person's journal; logs on or after <paramref name="date"/> are not used.</param>
    /// <returns>The phase, the adapted routine and its plan, and the decisions with their reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journal"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the program's start or after its last possible day.</exception>
    public CoachingDay Decide(DateOnly date, Journal journal)
    {
        Preconditions.CheckNotNull(journal);
        if (date < Program.Start || date > Program.LastPossibleDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"The program runs from {DateText.Format(Program.Start)} to {DateText.Format(Program.LastPossibleDay)}; {DateText.Format(date)} is outside it.");
        }

        var decisions = new List<Decision>();
        var program = Shape(journal, date, out var advancedBy);
        int phaseIndex = PhaseOf(program, date);
        var phase = program.Phases[phaseIndex];
        if (advancedBy is RunDay run && phaseIndex >= 1)
        {
            decisions.Add(new Decision(
                DecisionKind.AdvancePhase,
                string.Create(CultureInfo.InvariantCulture, $"Back to running on {DateText.Format(run.Date)} with running pain {run.Pain}/10, within the acceptable {Rules.AcceptableDuring}/10: '{program.Phases[1].Name}' from {DateText.Format(run.Date.AddDays(1))}."),
                "running-pain"));
        }

        var earlier = journal.Between(DateOnly.MinValue, date);
        int level = Level(earlier, decisions, out bool anySession);
        if (!anySession)
        {
            decisions.Add(new Decision(DecisionKind.Prescription, "No sessions logged yet: the program's prescription as it is."));
        }

        if (phaseIndex >= 1)
        {
            ProposeReturn(earlier, program.FirstDayNumber(phaseIndex), decisions);
        }

        // Progress stays within the model's limits: a session longer than a day is a level too far. Each level is
        // adapted once, with the changes it makes kept for the decisions.
        var changes = new List<Decision>();
        var routine = Adapt(phase.Routine, level, changes);
        while (level > 0 && !SessionScheduler.FitsInADay(routine))
        {
            level--;
            changes.Clear();
            routine = Adapt(phase.Routine, level, changes);
        }

        decisions.AddRange(changes);
        bool sessionDay = phase.Schedule.FirstOnOrAfter(program.FirstDayNumber(phaseIndex), date.DayNumber) == date.DayNumber;
        if (!sessionDay)
        {
            decisions.Add(new Decision(DecisionKind.RestDay, $"No session on {date.DayOfWeek} in the '{phase.Name}' phase; this is what the next one holds."));
        }

        return new CoachingDay(date, phase, sessionDay, level, routine, SessionScheduler.Schedule(routine), decisions);
    }

    /// <summary>Returns a routine adapted to a level: above zero harder, below zero easier (see <see cref="ProgressionPolicy"/>).</summary>
    /// <param name="routine">The routine as prescribed.</param>
    /// <param name="level">The level: 0 for the prescription.</param>
    /// <returns>The adapted routine, with the prescription's id and name; <paramref name="routine"/> itself at level 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routine"/> is null.</exception>
    public Routine Adapt(Routine routine, int level)
    {
        Preconditions.CheckNotNull(routine);
        return Adapt(routine, level, null);
    }

    private Routine Adapt(Routine routine, int level, List<Decision>? decisions)
    {
        if (level == 0)
        {
            return routine;
        }

        var items = new List<RoutineItem>(routine.Items.Count);
        bool leaveOutHops = level <= -1 && HasOtherThanHops(routine);
        foreach (var item in routine.Items)
        {
            var exercise = item.Exercise;
            if (leaveOutHops && exercise.Category == ExerciseCategory.Plyometric)
            {
                decisions?.Add(new Decision(DecisionKind.LeaveOut, $"{exercise.Name}: left out for now; hops go first when the knee has flared.", null, exercise.Id));
                continue;
            }

            var dosage = level > 0 ? Harder(item.Dosage, level) : Easier(item, -level, leaveOutHops);
            if (dosage != item.Dosage)
            {
                decisions?.Add(new Decision(
                    level > 0 ? DecisionKind.ScaleUp : DecisionKind.ScaleDown,
                    $"{exercise.Name}: {item.Dosage} -> {dosage}.",
                    null,
                    exercise.Id));
            }

            items.Add(dosage == item.Dosage ? item : new RoutineItem(exercise, dosage));
        }

        return new Routine(routine.Id, routine.Name, items);
    }

    private static bool HasOtherThanHops(Routine routine)
    {
        foreach (var item in routine.Items)
        {
            if (item.Exercise.Category != ExerciseCategory.Plyometric)
            {
                return true;
            }
        }

        return false;
    }

    // <summary>Applies <paramref name="levels"/> progression steps: repetitions, then sets, then hold time.</summary>
    private Dosage Harder(Dosage dosage, int levels)
    {
        int holdCap = (int)Policy.HoldCap.TotalSeconds, holdStep = (int)Policy.HoldStep.TotalSeconds;
        for (int i = 0; i < levels; i++)
        {
            var next = dosage;
            if (dosage.Kind == DosageKind.Repetitions && dosage.RepetitionCount < Policy.RepetitionCap)
            {
                next = dosage.WithAmount(Math.Min(Policy.RepetitionCap, dosage.RepetitionCount + Policy.RepetitionStep));
            }
            else if (dosage.Sets < Policy.SetCap)
            {
                next = dosage.WithSets(dosage.Sets + 1, dosage.RestBetweenSets);
            }
            else if (dosage.Kind == DosageKind.Hold && dosage.Amount < holdCap)
            {
                next = dosage.WithAmount(Math.Min(holdCap, dosage.Amount + holdStep));
            }
            else if (dosage.Kind == DosageKind.Repetitions && dosage.HoldEachSeconds > 0 && dosage.HoldEachSeconds < Math.Min(holdCap, Dosage.MaxHoldEachSeconds))
            {
                next = dosage.WithHoldEachRepetition(TimeSpan.FromSeconds(Math.Min(Math.Min(holdCap, Dosage.MaxHoldEachSeconds), dosage.HoldEachSeconds + holdStep)));
            }

            if (next == dosage)
            {
                break;
            }

            dosage = next;
        }

        return dosage;
    }

    // <summary>Applies the regression steps down to <paramref name="levels"/> below the prescription.</summary>
    private static Dosage Easier(RoutineItem item, int levels, bool hopsLeftOut)
    {
        var dosage = item.Dosage;
        var exercise = item.Exercise;
        bool onStepOrBosu = exercise.Position is BodyPosition.OnStep or BodyPosition.OnBosu;
        bool loadedKneeWork = exercise.Category == ExerciseCategory.Strength && exercise.Position is BodyPosition.Standing or BodyPosition.Kneeling;
        int halvings = 0;
        if (!hopsLeftOut && exercise.Category == ExerciseCategory.Plyometric)
        {
            halvings++;
        }

        if (levels >= 2 && onStepOrBosu)
        {
            halvings++;
        }

        if (levels >= 3 && loadedKneeWork)
        {
            halvings++;
        }

        if (levels >= 4)
        {
            dosage = dosage.WithSets(1);
        }

        if (levels >= 5)
        {
            halvings += levels - 4;
        }

        for (int i = 0; i < halvings && dosage.Amount > 1; i++)
        {
            dosage = dosage.WithAmount((dosage.Amount + 1) / 2);
        }

        return dosage;
    }

    // <summary>Walks the logs in date order into a level, and says what the last session decided.</summary>
    private int Level(ReadOnlySpan<SessionLog> logs, List<Decision> decisions, out bool anySession)
    {
        int level = 0, streak = 0;
        anySession = false;
        SessionLog? last = null;
        DecisionKind lastMove = DecisionKind.Hold;
        foreach (var log in logs)
        {
            if (!log.HasSession)
            {
                continue;
            }

            anySession = true;
            last = log;
            lastMove = DecisionKind.Hold;
            switch (VerdictOf(Assess(log)))
            {
                case Verdict.Calm when level < 0:
                    level++;
                    streak = 0;
                    lastMove = DecisionKind.Progress;
                    break;
                case Verdict.Calm:
                    if (++streak >= Policy.CalmSessionsToProgress)
                    {
                        level++;
                        streak = 0;
                        lastMove = DecisionKind.Progress;
                    }

                    break;
                case Verdict.Broken:
                    level = Math.Min(level, 0) - 1;
                    streak = 0;
                    lastMove = DecisionKind.Regress;
                    break;
                default:
                    streak = 0;
                    break;
            }
        }

        if (last is not null)
        {
            var j = Judge(last);
            string reason = lastMove switch
            {
                DecisionKind.Progress when level <= 0 => $"{j.Reason} One step back toward the prescription.",
                DecisionKind.Progress => string.Create(CultureInfo.InvariantCulture, $"{j.Reason} {Policy.CalmSessionsToProgress} calm sessions in a row: one step harder."),
                DecisionKind.Regress => $"{j.Reason} The next session is one step easier.",
                _ when j.Verdict == Verdict.Calm => string.Create(CultureInfo.InvariantCulture, $"{j.Reason} {streak} of {Policy.CalmSessionsToProgress} calm sessions toward the next step."),
                _ => $"{j.Reason} Holding the same session.",
            };
            decisions.Add(new Decision(lastMove, reason, lastMove == DecisionKind.Progress && level > 0 ? "calm-sessions" : j.Rule));
        }

        return level;
    }

    private void ProposeReturn(ReadOnlySpan<SessionLog> logs, int phaseFirstDay, List<Decision> decisions)
    {
        for (int i = logs.Length - 1; i >= 0 && logs[i].Date.DayNumber >= phaseFirstDay; i--)
        {
            var log = logs[i];
            if (log.Run is RunLog run && run.Pain > Rules.AcceptableDuring)
            {
                decisions.Add(new Decision(
                    DecisionKind.ProposeReturnToTreatment,
                    string.Create(CultureInfo.InvariantCulture, $"Running pain on {DateText.Format(log.Date)} was {run.Pain}/10, above {Rules.AcceptableDuring}/10: consider going back to daily treatment, and check with your clinician."),
                    "running-pain"));
                return;
            }

            if (log.HasSession)
            {
                if (VerdictOf(Assess(log)) == Verdict.Broken)
                {
                    var judgement = Judge(log);
                    decisions.Add(new Decision(
                        DecisionKind.ProposeReturnToTreatment,
                        $"{judgement.Reason} Consider going back to daily treatment, and check with your clinician.",
                        judgement.Rule));
                }

                return;
            }
        }
    }

    // <summary>The program with its first phase ended by the first qualifying run before <paramref name="before"/>.</summary>
    private TrainingProgram Shape(Journal journal, DateOnly before, out RunDay? advancedBy)
    {
        advancedBy = null;
        if (Program.Phases.Count < 2)
        {
            return Program;
        }

        int lastDay = Program.LastDayNumber(0);
        foreach (var log in journal.Between(Program.Start, before))
        {
            if (log.Date.DayNumber >= lastDay)
            {
                break;
            }

            if (log.Run is RunLog run && run.Pain <= Rules.AcceptableDuring)
            {
                advancedBy = new RunDay(log.Date, run.Pain);
                var phases = new ProgramPhase[Program.Phases.Count];
                var first = Program.Phases[0];
                phases[0] = new ProgramPhase(first.Name, first.Routine, first.Schedule, PhaseEnd.OnDate(log.Date));
                for (int i = 1; i < phases.Length; i++)
                {
                    phases[i] = Program.Phases[i];
                }

                return new TrainingProgram(Program.Id, Program.Name, Program.Start, phases);
            }
        }

        return Program;
    }

    private static int PhaseOf(TrainingProgram program, DateOnly date)
    {
        for (int i = 0; i < program.Phases.Count; i++)
        {
            if (date.DayNumber <= program.LastDayNumber(i))
            {
                return i;
            }
        }

        return program.Phases.Count - 1;
    }

    private readonly record struct RunDay(DateOnly Date, int Pain);

    private enum Finding
    {
        Calm,
        NotDone,
        MorningUp,
        DuringTooHigh,
        NoMorning,
        DuringHighMorningCalm,
        NotSettled,
        ScoresMissing,
        Partial,
        AboveTarget,
    }
}

/// <summary>How a logged session stands against the pain rules: the verdict, the rule behind it and why.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed class Judgement : IEquatable<Judgement>
{
    internal Judgement(Verdict verdict, string? rule, string reason)
    {
        Verdict = verdict;
        Rule = rule;
        Reason = reason;
    }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the rule behind it, such as <c>next-morning</c>, or <see langword="null"/>.</summary>
    public string? Rule { get; }

    /// <summary>Gets why, in plain words.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(Judgement? other) => other is not null && Verdict == other.Verdict && Rule == other.Rule && Reason == other.Reason;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Judgement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Verdict, Rule, Reason);

    /// <summary>Returns the verdict and the reason, such as <c>Broken (next-morning): ...</c>.</summary>
    public override string ToString() => Rule is null ? $"{Verdict}: {Reason}" : $"{Verdict} ({Rule}): {Reason}";

    /// <summary>Compares two judgements for equality.</summary>
    public static bool operator ==(Judgement? left, Judgement? right) => Equals(left, right);

    /// <summary>Compares two judgements for inequality.</summary>
    public static bool operator !=(Judgement? left, Judgement? right) => !Equals(left, right);
}

/// <summary>What a <see cref="Coach"/> decided for one day.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CoachingDay
{
    internal CoachingDay(DateOnly date, ProgramPhase phase, bool isSessionDay, int level, Routine routine, SessionPlan plan, List<Decision> decisions)
    {
        Date = date;
        Phase = phase;
        IsSessionDay = isSessionDay;
        Level = level;
        Routine = routine;
        Plan = plan;
        Decisions = new ReadOnlyCollection<Decision>(decisions);
    }

    /// <summary>Gets the day.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the phase the day falls in, as the journal's events shape the program.</summary>
    public ProgramPhase Phase { get; }

    /// <summary>Gets a value indicating whether the phase's schedule has a session on the day.</summary>
    public bool IsSessionDay { get; }

    /// <summary>Gets the level: 0 the prescription, above it progressed, below it regressed.</summary>
    public int Level { get; }

    /// <summary>Gets the phase's routine adapted to the level.</summary>
    public Routine Routine { get; }

    /// <summary>Gets the plan of the adapted routine.</summary>
    public SessionPlan Plan { get; }

    /// <summary>Gets the decisions, each with its reason, in order: phase, level, proposals, exercises, rest day.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Returns the day as one line, such as <c>2026-03-05 treatment: level 1, 3 decisions</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DateText.Format(Date)} {Phase.Name}: level {Level}, {Decisions.Count} decision{(Decisions.Count == 1 ? string.Empty : "s")}");
}
