using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using KneeStrength.Scheduling;
using KneeStrength.Text;
using KneeStrength.Tracking;

namespace KneeStrength.Coaching;

/// <summary>
/// Answers "what do I do on this day, given my enrolment and my journal": the phase, the routine adapted to how the
/// body responded, the plan within the person's minutes, and each decision with its reason and rule. One coach
/// serves every enrolment of every program. Pure and deterministic: the same inputs give the same answer, and no
/// clock is read.
/// </summary>
/// <remarks>
/// <para><b>The evidence.</b> Only the logs from the enrolment's start up to the day asked about count. Each day is
/// judged by <see cref="PainRules.Judge"/> against the morning of the day: the day before's next-morning score when
/// it was logged, the pain before the session when not, and the target with neither. Runs are evidence too: a run
/// with pain above the acceptable level breaks the rules as a session does. The latest judged day may still wait
/// for its next morning: the answer is then provisional and says what the morning would change. An earlier day
/// whose morning never came keeps a broken verdict and otherwise counts as missing.</para>
/// <para><b>Adapting</b>: the days are walked in date order into a level (<see cref="ProgressionPolicy"/>): calm
/// sessions in a row raise it, a broken rule drops it below the prescription, and mixed or missing signals hold it.
/// The phase's routine is adapted to that level (<see cref="ProgressionPolicy.Adapt"/>), which stops short of a
/// session longer than <see cref="SessionScheduler.MaxSessionDuration"/>, and planned with the enrolment's options
/// within its minutes. The decisions list every planned dose that differs from the last session's plan, so they
/// describe the session the person will do.</para>
/// <para><b>Safety first</b>: severe pain (<see cref="PainRules.SevereAt"/>) or sharp pain on the latest judged day
/// makes the first decision <see cref="DecisionKind.SeeClinician"/>, in every phase.</para>
/// <para><b>Phases from events</b> (<see cref="Shape(Enrolment, Journal, DateOnly)"/>): in a phase that ends on
/// back to running, a run logged with pain within the acceptable level is that event, so the next phase starts the
/// day after; an <see cref="DecisionKind.AdvancePhase"/> decision says so until the new phase's first session is
/// logged. In a later phase, a session that breaks the rules or a run with pain above the acceptable level
/// proposes going back to the first phase; the proposal is a decision, and the enrolment changes only when the app
/// records a <see cref="EnrolmentEventKind.BackToTreatment"/> event.</para>
/// <para>This type is immutable and thread-safe. Its rules support a clinician's advice and do not replace it.</para>
/// </remarks>
public sealed class Coach
{
    // A phase's routine adapted to the levels asked for, kept per prescribed routine, so that the plans of an adapted
    // routine are kept too (by routine, options and budget, as the program scheduler keeps the prescription's).
    private readonly RoutineShelves<int, Routine> _levels = new(32);
    private readonly Func<Routine, int, Routine> _adapt;
    private readonly PlanCache _plans = new();

    /// <summary>Creates a coach.</summary>
    /// <param name="rules">The pain rules; <see cref="PainRules.Default"/> when null.</param>
    /// <param name="policy">The progression policy; <see cref="ProgressionPolicy.Default"/> when null.</param>
    /// <param name="scheduler">The program scheduler whose plans the coach shares; <see cref="ProgramScheduler.Default"/> when null.</param>
    public Coach(PainRules? rules = null, ProgressionPolicy? policy = null, ProgramScheduler? scheduler = null)
    {
        Rules = rules ?? PainRules.Default;
        Policy = policy ?? ProgressionPolicy.Default;
        Scheduler = scheduler ?? ProgramScheduler.Default;
        _adapt = Policy.Adapt;
    }

    /// <summary>Gets a coach with the default rules and policy.</summary>
    public static Coach Default { get; } = new();

    /// <summary>Gets the pain rules.</summary>
    public PainRules Rules { get; }

    /// <summary>Gets the progression policy.</summary>
    public ProgressionPolicy Policy { get; }

    /// <summary>Gets the program scheduler whose plans the coach shares.</summary>
    public ProgramScheduler Scheduler { get; }

    /// <summary>Judges one day of a journal, against the morning of that day as the journal has it.</summary>
    /// <param name="journal">The journal.</param>
    /// <param name="date">The day; it must have a log.</param>
    /// <returns>The judgement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journal"/> is null.</exception>
    /// <exception cref="ArgumentException">The journal has no log on <paramref name="date"/>.</exception>
    public Judgement Judge(Journal journal, DateOnly date)
    {
        Preconditions.CheckNotNull(journal);
        var log = journal.Find(date) ?? throw new ArgumentException($"The journal has no log on {DateText.Format(date)}.", nameof(date));
        return Rules.Judge(log, journal.Find(date.AddDays(-1))?.PainNextMorning);
    }

    /// <summary>
    /// Returns the enrolment as the journal's runs shape it: in a phase that ends on back to running, the first run
    /// logged in it with pain within the acceptable level is that event (an event declared later in the same phase
    /// gives way to it).
    /// </summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="journal">The journal.</param>
    /// <param name="before">The day after the last log that counts.</param>
    /// <returns>The enrolment; <paramref name="enrolment"/> itself when no run changes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Enrolment Shape(Enrolment enrolment, Journal journal, DateOnly before)
    {
        Preconditions.CheckNotNull(enrolment);
        Preconditions.CheckNotNull(journal);
        return Shape(enrolment, new Runs(journal, null, Rules.AcceptableDuring), before);
    }

    private static Enrolment Shape(Enrolment enrolment, Runs runs, DateOnly before)
    {
        for (int round = 0; round < Enrolment.MaxEvents; round++)
        {
            EnrolmentEvent? found = null;
            PlacedPhase placement = default;
            foreach (var placed in enrolment.Phases)
            {
                if (placed.Phase.End.Kind != PhaseEndKind.OnEvent || placed.FirstDay >= before)
                {
                    continue;
                }

                var to = placed.LastDay < before ? placed.LastDay.AddDays(1) : before;
                if (runs.First(placed.FirstDay, to) is DateOnly day && (placed.EndedBy is not { } ended || day < ended.Date))
                {
                    found = EnrolmentEvent.BackToRunning(day);
                    placement = placed;
                    break;
                }
            }

            if (found is not EnrolmentEvent e)
            {
                return enrolment;
            }

            var events = new List<EnrolmentEvent>(enrolment.Events.Count + 1) { e };
            foreach (var old in enrolment.Events)
            {
                bool replaced = old.Date == e.Date ||
                    (old.Kind == EnrolmentEventKind.BackToRunning && old.Date > e.Date && old.Date <= placement.LastDay);
                if (!replaced)
                {
                    events.Add(old);
                }
            }

            enrolment = enrolment.WithEvents(events);
        }

        return enrolment;
    }

    /// <summary>Returns the enrolment as all of the journal's runs shape it; see <see cref="Shape(Enrolment, Journal, DateOnly)"/>.</summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <param name="journal">The journal.</param>
    /// <returns>The enrolment; <paramref name="enrolment"/> itself when no run changes it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Enrolment Shape(Enrolment enrolment, Journal journal) => Shape(enrolment, journal, DateOnly.MaxValue);

    /// <summary>Decides what to do on a day, from the logs from the enrolment's start up to the day before.</summary>
    /// <param name="enrolment">The person's enrolment.</param>
    /// <param name="journal">The person's journal; logs before the enrolment's start or on or after <paramref name="date"/> are not used.</param>
    /// <param name="date">The day: from the enrolment's start to its last possible day.</param>
    /// <returns>The phase, the adapted routine and its plan, and the decisions with their reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> or <paramref name="journal"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the enrolment's start or after its last possible day.</exception>
    public CoachingDay Decide(Enrolment enrolment, Journal journal, DateOnly date) => Decide(enrolment, journal, date, null);

    /// <summary>
    /// Decides what to do on a day as <see cref="Decide(Enrolment, Journal, DateOnly)"/> does, resuming the walk
    /// through the logs from a checkpoint: only the logs from <see cref="CoachCheckpoint.Date"/> up to the day before
    /// are read, and the answer is the one the whole journal gives.
    /// </summary>
    /// <param name="enrolment">The person's enrolment: the one the checkpoint was made for.</param>
    /// <param name="journal">The person's journal: it holds every log from the checkpoint's day up to the day before <paramref name="date"/>; earlier logs may be left out and are not used.</param>
    /// <param name="date">The day: after the checkpoint's day, up to the enrolment's last possible day.</param>
    /// <param name="from">Where the walk stood (<see cref="Checkpoint(Enrolment, Journal, DateOnly, CoachCheckpoint?)"/>), or null to walk from the enrolment's start.</param>
    /// <returns>The phase, the adapted routine and its plan, and the decisions with their reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> or <paramref name="journal"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the enrolment's start or after its last possible day.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/>'s day is before the enrolment's start, or not before <paramref name="date"/>.</exception>
    public CoachingDay Decide(Enrolment enrolment, Journal journal, DateOnly date, CoachCheckpoint? from)
    {
        Preconditions.CheckNotNull(enrolment);
        Preconditions.CheckNotNull(journal);
        if (date < enrolment.Start || date > enrolment.LastPossibleDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"The enrolment runs from {DateText.Format(enrolment.Start)} to {DateText.Format(enrolment.LastPossibleDay)}; {DateText.Format(date)} is outside it.");
        }

        CheckFrom(enrolment, from, date);
        var shaped = Shape(enrolment, new Runs(journal, from, Rules.AcceptableDuring), date);
        var logs = journal.Between(from?.Date ?? enrolment.Start, date);
        int? morningBefore = MorningBefore(logs, from);
        var walk = Walk(logs, from, morningBefore);
        var decisions = new List<Decision>();

        int index = shaped.IndexOn(date.DayNumber);
        bool ended = index < 0;
        var placed = shaped.Placed[ended ? shaped.Placed.Length - 1 : index];
        var phase = placed.Phase;
        if (ended)
        {
            decisions.Add(new Decision(DecisionKind.ProgramEnded) { Date = shaped.LastDay });
        }
        else if (index > 0 && shaped.Placed[index - 1].Ending == PhaseEnding.Event && shaped.Placed[index - 1].EndedBy is { } back &&
            !AnySession(journal.Between(placed.FirstDay, date)))
        {
            // Said until the phase's first session is logged, not on every day of the phase.
            int? runPain = journal.Find(back.Date)?.Run?.Pain;
            decisions.Add(new Decision(DecisionKind.AdvancePhase, runPain is null ? CoachingRule.None : CoachingRule.RunningPain)
            {
                Date = back.Date,
                RunPain = runPain,
                PainLimit = runPain is null ? null : Rules.AcceptableDuring,
                Phase = phase,
                PhaseStart = placed.FirstDay,
            });
        }

        if (walk.Last is { } last)
        {
            decisions.Add(LevelDecision(walk, last));
            if (last.Judgement.IsSevere)
            {
                decisions.Insert(0, new Decision(DecisionKind.SeeClinician, last.Judgement.Rule)
                {
                    Date = last.Log.Date,
                    Judgement = last.Judgement,
                    PainLimit = Rules.SevereAt,
                });
            }
        }
        else
        {
            decisions.Add(new Decision(DecisionKind.Prescription));
        }

        if (placed.PhaseIndex >= 1 && !ended)
        {
            ProposeReturn(logs, morningBefore, placed.FirstDayNumber, decisions);
        }

        // Progress stays within the model's limits: a session longer than a day is a level too far.
        var scheduler = new SessionScheduler(shaped.Options);
        int level = walk.Level;
        var routine = Adapt(phase.Routine, level);
        while (level > 0 && !scheduler.FitsInADay(routine))
        {
            level--;
            routine = Adapt(phase.Routine, level);
        }

        var plan = PlanAt(shaped, phase, level, routine);
        if (walk.Last is { } lastDay && walk.LevelAtLastSession != level && lastDay.RoutineId == phase.Routine.Id)
        {
            var before = PlanAt(shaped, phase, walk.LevelAtLastSession, Adapt(phase.Routine, walk.LevelAtLastSession));
            Changes(before, plan, level > walk.LevelAtLastSession, decisions);
        }

        if (shaped.SessionBudget is TimeSpan budget && plan.TotalDuration > budget)
        {
            decisions.Add(new Decision(DecisionKind.ShortestSession, CoachingRule.SessionBudget) { SessionBudget = budget, ShortestSession = plan.TotalDuration });
        }

        bool sessionDay = !ended && placed.IsSessionDay(date);
        DateOnly? next = ended ? null : NextSession(shaped, index, date);
        if (!sessionDay && !ended)
        {
            decisions.Add(new Decision(DecisionKind.RestDay) { Date = date, Phase = phase, NextSession = next });
        }

        return new CoachingDay(date, shaped, placed, sessionDay, level, routine, plan, next, walk.Last?.Judgement, decisions);
    }

    // The routine adapted to a level, kept (the last 32 levels of each routine): the same level of the same routine is
    // the same instance every time.
    private Routine Adapt(Routine routine, int level) => level == 0 ? routine : _levels.Get(routine, level, _adapt);

    // The plan of a phase's routine at a level: the program scheduler's at the prescription, the coach's kept one above or below it.
    private SessionPlan PlanAt(Enrolment enrolment, ProgramPhase phase, int level, Routine routine) =>
        level == 0 ? Scheduler.PlanFor(enrolment, phase) : _plans.Get(routine, enrolment.Options, enrolment.SessionBudget);

    private static bool AnySession(ReadOnlySpan<SessionLog> logs)
    {
        foreach (var log in logs)
        {
            if (log.HasSession)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? NextSession(Enrolment enrolment, int index, DateOnly date)
    {
        var placed = enrolment.Placed;
        for (int i = index; i < placed.Length; i++)
        {
            if (placed[i].NextSessionDay(i == index ? date.AddDays(1) : placed[i].FirstDay) is DateOnly day)
            {
                return day;
            }
        }

        return null;
    }

    private Decision LevelDecision(Walked walk, JudgedDay last)
    {
        var j = last.Judgement;
        var rule = walk.LastMove == DecisionKind.Progress && walk.Level > 0 ? CoachingRule.CalmSessions : j.Rule;
        bool counting = walk.LastMove == DecisionKind.Progress || (walk.LastMove == DecisionKind.Hold && j.Verdict == Verdict.Calm);
        return new Decision(walk.LastMove, rule)
        {
            Judgement = j,
            IsProvisional = j.IsProvisional,
            LevelBefore = walk.LevelBeforeLast,
            LevelAfter = walk.Level,
            CalmSessions = walk.LastMove == DecisionKind.Hold && j.Verdict == Verdict.Calm ? walk.Streak : null,
            CalmSessionsToProgress = counting ? Policy.CalmSessionsToProgress : null,
        };
    }

    // <summary>One decision for each exercise whose planned dose differs between two plans of one routine.</summary>
    private static void Changes(SessionPlan before, SessionPlan after, bool harder, List<Decision> decisions)
    {
        var was = PlannedDose.Of(before);
        var now = PlannedDose.Of(after);
        foreach (var item in before.Routine.Items)
        {
            var exercise = item.Exercise;
            var old = PlannedDose.Find(was, exercise);
            var current = PlannedDose.Find(now, exercise);
            if (old is { } o && current is null)
            {
                var omission = Omitted(after, exercise);
                var cause = omission is not null ? DecisionCause.MissingEquipment
                    : exercise.Category == ExerciseCategory.Plyometric ? DecisionCause.HopsFirst
                    : DecisionCause.Level;
                decisions.Add(new Decision(DecisionKind.LeaveOut) { Exercise = exercise, Variation = o.Variation, DosageBefore = o.Dosage, Cause = cause, Omission = omission });
            }
            else if (old is null && current is { } n)
            {
                decisions.Add(new Decision(DecisionKind.BringBack) { Exercise = exercise, Variation = n.Variation, DosageAfter = n.Dosage });
            }
            else if (old is { } a && current is { } b && a.Dosage != b.Dosage)
            {
                // Within a budget a step up in level can still shorten an exercise, the time going to another.
                long workBefore = Work(a.Dosage), workAfter = Work(b.Dosage);
                bool up = workBefore == workAfter ? harder : workAfter > workBefore;
                decisions.Add(new Decision(up ? DecisionKind.ScaleUp : DecisionKind.ScaleDown)
                {
                    Exercise = exercise,
                    Variation = b.Variation,
                    DosageBefore = a.Dosage,
                    DosageAfter = b.Dosage,
                    Cause = up == harder ? DecisionCause.None : DecisionCause.SessionMinutes,
                });
            }
        }
    }

    private static long Work(Dosage dosage) =>
        (long)dosage.Sets * dosage.Amount * dosage.Directions * (dosage.Kind == DosageKind.Repetitions ? 1 + dosage.HoldEachRepetition.Seconds : 1);

    private static Omission? Omitted(SessionPlan plan, Exercise exercise)
    {
        foreach (var omission in plan.Omissions)
        {
            if (omission.Exercise == exercise)
            {
                return omission;
            }
        }

        return null;
    }

    private void ProposeReturn(ReadOnlySpan<SessionLog> logs, int? morningBefore, int phaseFirstDay, List<Decision> decisions)
    {
        for (int i = logs.Length - 1; i >= 0 && logs[i].Date.DayNumber >= phaseFirstDay; i--)
        {
            var log = logs[i];
            if (log.Run is RunLog run && run.Pain > Rules.AcceptableDuring)
            {
                decisions.Add(new Decision(DecisionKind.ProposeReturnToTreatment, CoachingRule.RunningPain)
                {
                    Date = log.Date,
                    RunPain = run.Pain,
                    PainLimit = Rules.AcceptableDuring,
                });
                return;
            }

            if (log.HasSession)
            {
                int? morning = MorningOf(logs, i, morningBefore);
                var finding = Rules.Assess(log, morning);
                if (finding.Verdict == Verdict.Broken)
                {
                    var judgement = Rules.Describe(log, morning, finding);
                    decisions.Add(new Decision(DecisionKind.ProposeReturnToTreatment, judgement.Rule) { Date = log.Date, Judgement = judgement });
                }

                return;
            }
        }
    }

    // The next morning logged the day before logs[i]; the first log's comes from the checkpoint the logs start at.
    private static int? MorningOf(ReadOnlySpan<SessionLog> logs, int i, int? morningBefore) =>
        i > 0 ? (logs[i - 1].Date.DayNumber == logs[i].Date.DayNumber - 1 ? logs[i - 1].PainNextMorning : null) : morningBefore;

    // The checkpoint's morning when the logs start on its day (they do, unless a log it was made from was removed).
    private static int? MorningBefore(ReadOnlySpan<SessionLog> logs, CoachCheckpoint? from) =>
        from is not null && logs.Length > 0 && logs[0].Date == from.Date ? from.MorningBefore : null;

    private static void CheckFrom(Enrolment enrolment, CoachCheckpoint? from, DateOnly? date)
    {
        if (from is not null && (from.Date < enrolment.Start || from.Date >= date))
        {
            throw new ArgumentException(
                date is DateOnly day
                    ? $"The checkpoint's day ({DateText.Format(from.Date)}) must be on or after the enrolment's start ({DateText.Format(enrolment.Start)}) and before the day decided ({DateText.Format(day)})."
                    : $"The checkpoint's day ({DateText.Format(from.Date)}) is before the enrolment's start ({DateText.Format(enrolment.Start)}).",
                nameof(from));
        }
    }

    // The verdict a day that is not the latest judged one counts with: a day still waiting for its next morning counts
    // as missing unless it already broke the rules.
    private static Verdict Settled(Finding finding) =>
        finding.IsProvisional && finding.Verdict != Verdict.Broken ? Verdict.Missing : finding.Verdict;

    /// <summary>
    /// Returns where the walk through the journal stands on the latest day before <paramref name="before"/> that a
    /// later decision can resume from (a judged session day whose log names its routine), so that the decision reads
    /// only the logs from that day on: see <see cref="CoachCheckpoint"/>.
    /// </summary>
    /// <param name="enrolment">The person's enrolment.</param>
    /// <param name="journal">The person's journal: it holds every log from <paramref name="from"/>'s day (or the enrolment's start) up to the day before <paramref name="before"/>.</param>
    /// <param name="before">The day after the last log the checkpoint may stand on.</param>
    /// <param name="from">An earlier checkpoint of the same enrolment and journal to walk on from, or null to walk from the enrolment's start.</param>
    /// <returns>The latest checkpoint before <paramref name="before"/>; <paramref name="from"/> when there is no later one (null when neither).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enrolment"/> or <paramref name="journal"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/>'s day is before the enrolment's start.</exception>
    public CoachCheckpoint? Checkpoint(Enrolment enrolment, Journal journal, DateOnly before, CoachCheckpoint? from = null)
    {
        Preconditions.CheckNotNull(enrolment);
        Preconditions.CheckNotNull(journal);
        CheckFrom(enrolment, from, null);
        var logs = journal.Between(from?.Date ?? enrolment.Start, before);
        int? morningBefore = MorningBefore(logs, from);
        for (int k = logs.Length - 1; k >= 0; k--)
        {
            var log = logs[k];
            int? morning = MorningOf(logs, k, morningBefore);
            if (log.Date == from?.Date || !log.HasSession || log.RoutineId is null ||
                Rules.Assess(log, morning).Verdict == Verdict.Neutral)
            {
                continue;
            }

            int level = from?.Level ?? 0, streak = from?.CalmStreak ?? 0;
            var runDays = new List<DateOnly>(from?.RunDays ?? []);
            for (int i = 0; i < k; i++)
            {
                (level, streak, _) = Policy.Step(level, streak, Settled(Rules.Assess(logs[i], MorningOf(logs, i, morningBefore))));
                if (logs[i].Run is RunLog run && run.Pain <= Rules.AcceptableDuring)
                {
                    runDays.Add(logs[i].Date);
                }
            }

            return new CoachCheckpoint(log.Date, level, streak, morning, runDays);
        }

        return from;
    }

    // <summary>Walks the judged days in date order into a level; the latest judged day gets its words.</summary>
    private Walked Walk(ReadOnlySpan<SessionLog> logs, CoachCheckpoint? from, int? morningBefore)
    {
        // The latest judged day is found from the end (usually the last log), so the walk judges each day once more
        // at most and keeps nothing per day.
        int lastJudged = logs.Length - 1;
        while (lastJudged >= 0 && Rules.Assess(logs[lastJudged], MorningOf(logs, lastJudged, morningBefore)).Verdict == Verdict.Neutral)
        {
            lastJudged--;
        }

        int level = from?.Level ?? 0, streak = from?.CalmStreak ?? 0, levelBeforeLast = level, levelAtLastSession = level;
        var lastMove = DecisionKind.Hold;
        Finding lastFinding = default;
        for (int i = 0; i < logs.Length; i++)
        {
            var finding = Rules.Assess(logs[i], MorningOf(logs, i, morningBefore));
            var verdict = i == lastJudged ? finding.Verdict : Settled(finding);

            if (logs[i].HasSession)
            {
                levelAtLastSession = level;
            }

            if (i == lastJudged)
            {
                levelBeforeLast = level;
            }

            (level, streak, var move) = Policy.Step(level, streak, verdict);
            if (i == lastJudged)
            {
                lastMove = move;
                lastFinding = finding;
            }
        }

        JudgedDay? last = null;
        if (lastJudged >= 0)
        {
            var log = logs[lastJudged];
            var judgement = Rules.Describe(log, MorningOf(logs, lastJudged, morningBefore), lastFinding);
            last = new JudgedDay(log, judgement, LastSessionRoutine(logs));
        }

        return new Walked(level, streak, levelBeforeLast, levelAtLastSession, lastMove, last);
    }

    private static string? LastSessionRoutine(ReadOnlySpan<SessionLog> logs)
    {
        for (int i = logs.Length - 1; i >= 0; i--)
        {
            if (logs[i].RoutineId is string id)
            {
                return id;
            }
        }

        return null;
    }

    // <summary>
    // The days with a run within the acceptable pain, as Shape reads them: the journal's, and before a checkpoint's
    // day, the checkpoint's.
    // </summary>
    private readonly struct Runs(Journal journal, CoachCheckpoint? from, int acceptable)
    {
        // The first such day from 'first' to the day before 'to', or null.
        public DateOnly? First(DateOnly first, DateOnly to)
        {
            if (from is not null && first < from.Date)
            {
                foreach (var day in from.RunDays)
                {
                    if (day >= first)
                    {
                        return day < to ? day : null;
                    }
                }

                first = from.Date;
            }

            foreach (var log in journal.Between(first, to))
            {
                if (log.Run is RunLog run && run.Pain <= acceptable)
                {
                    return log.Date;
                }
            }

            return null;
        }
    }

    // <summary>The latest judged day, and the routine of the latest session: two plans of one routine compare dose by
    // dose, and another routine (a phase change) has nothing to compare with.</summary>
    private sealed record JudgedDay(SessionLog Log, Judgement Judgement, string? RoutineId);

    private sealed record Walked(int Level, int Streak, int LevelBeforeLast, int LevelAtLastSession, DecisionKind LastMove, JudgedDay? Last);
}

/// <summary>What a <see cref="Coach"/> decided for one day.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CoachingDay
{
    internal CoachingDay(
        DateOnly date,
        Enrolment enrolment,
        PlacedPhase placedPhase,
        bool isSessionDay,
        int level,
        Routine routine,
        SessionPlan plan,
        DateOnly? nextSession,
        Judgement? lastJudgement,
        List<Decision> decisions)
    {
        Date = date;
        Enrolment = enrolment;
        PlacedPhase = placedPhase;
        IsSessionDay = isSessionDay;
        Level = level;
        Routine = routine;
        Plan = plan;
        NextSession = nextSession;
        LastJudgement = lastJudgement;
        Decisions = new ReadOnlyCollection<Decision>(decisions);
    }

    /// <summary>Gets the day.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the enrolment as the journal's runs shape it (see <see cref="Coach.Shape(Enrolment, Journal, DateOnly)"/>).</summary>
    public Enrolment Enrolment { get; }

    /// <summary>Gets the placed phase the day falls in (the last one when the program has ended).</summary>
    public PlacedPhase PlacedPhase { get; }

    /// <summary>Gets the phase the day falls in.</summary>
    public ProgramPhase Phase => PlacedPhase.Phase;

    /// <summary>Gets a value indicating whether the phase's schedule has a session on the day.</summary>
    public bool IsSessionDay { get; }

    /// <summary>Gets the level: 0 the prescription, above it progressed, below it regressed.</summary>
    public int Level { get; }

    /// <summary>Gets the phase's routine adapted to the level.</summary>
    public Routine Routine { get; }

    /// <summary>Gets the plan the person will do: the adapted routine with the enrolment's options, within its minutes.</summary>
    public SessionPlan Plan { get; }

    /// <summary>Gets the next session day after this day, or <see langword="null"/> when none is planned.</summary>
    public DateOnly? NextSession { get; }

    /// <summary>Gets the judgement of the latest judged day before this one, or <see langword="null"/> when none was logged.</summary>
    public Judgement? LastJudgement { get; }

    /// <summary>
    /// Gets the decisions, each with its reason, in order: see a clinician (when due), phase, level, proposals,
    /// exercises, minutes, rest day.
    /// </summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Gets a value indicating whether any decision waits for the next morning's pain.</summary>
    public bool IsProvisional
    {
        get
        {
            foreach (var d in Decisions)
            {
                if (d.IsProvisional)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Returns the day as one line, such as <c>2026-03-05 treatment: level 1, 3 decisions</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DateText.Format(Date)} {Phase.Name}: level {Level}, {Decisions.Count} decision{(Decisions.Count == 1 ? string.Empty : "s")}");
}

// <summary>What a plan has of each exercise: the form done (its variation, null for the preferred form) and the dose as planned (sets, repetitions or hold).</summary>
internal readonly record struct PlannedDose(int ItemIndex, Exercise Exercise, ExerciseVariation? Variation, Dosage Dosage)
{
    internal static List<PlannedDose> Of(SessionPlan plan)
    {
        var items = plan.Routine.Items;
        var sets = new int[items.Count];
        var amounts = new int[items.Count];
        var forms = new bool[items.Count];
        var variations = new ExerciseVariation?[items.Count];
        foreach (var step in plan.Steps)
        {
            if (step.Kind is not (StepKind.Work or StepKind.Hold) || step.ItemIndex < 0)
            {
                continue;
            }

            int i = step.ItemIndex;
            sets[i] = Math.Max(sets[i], step.Set);
            if (!forms[i])
            {
                forms[i] = true;
                variations[i] = step.Variation;
                amounts[i] = step.Kind == StepKind.Work ? step.Repetitions : (int)step.HoldTime.TotalSeconds;
            }
        }

        var doses = new List<PlannedDose>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (!forms[i])
            {
                continue;
            }

            var dosage = items[i].Dosage;
            if (sets[i] != dosage.Sets || dosage.SetRange.Maximum != dosage.Sets)
            {
                dosage = dosage.WithSets(sets[i], sets[i] > 1 ? dosage.RestBetweenSets : null);
            }

            if (amounts[i] != dosage.Amount || dosage.HasRange)
            {
                dosage = dosage.WithAmount(amounts[i]);
            }

            doses.Add(new PlannedDose(i, items[i].Exercise, variations[i], dosage));
        }

        return doses;
    }

    internal static PlannedDose? Find(List<PlannedDose> doses, Exercise exercise)
    {
        foreach (var dose in doses)
        {
            if (dose.Exercise == exercise)
            {
                return dose;
            }
        }

        return null;
    }
}
