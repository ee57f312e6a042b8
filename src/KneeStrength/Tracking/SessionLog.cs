using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KneeStrength.Text;

namespace KneeStrength.Tracking;

/// <summary>
/// One day of a person's log: the session (which routine, how much of it, what of each exercise), knee pain on the
/// 0-10 numeric rating scale around it, and optionally a run and a note.
/// </summary>
/// <remarks>
/// <para>Pain scores, each 0 to 10 and each optional: <see cref="PainBefore"/> the session, the worst
/// <see cref="PainDuring"/> it, <see cref="PainAfter"/> about an hour after, and <see cref="PainNextMorning"/>,
/// added the next day with <see cref="WithNextMorningPain"/>.</para>
/// <para>A day without a session (<see cref="RoutineId"/> null) may still hold a run, a morning score or a note; a log
/// holds at least one of them.</para>
/// <para>Equality compares every property, exercise logs in order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SessionLog : IEquatable<SessionLog>
{
    /// <summary>The longest note, in characters.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>Creates a log.</summary>
    /// <param name="date">The day.</param>
    /// <param name="routineId">The routine done, or null for a day without a session.</param>
    /// <param name="completion">How much of the session was done; <see cref="SessionCompletion.None"/> when there was none.</param>
    /// <param name="exercises">What was done of each exercise, by exercise id, each once; null or empty when not recorded.</param>
    /// <param name="painBefore">Knee pain before the session, 0 to 10, or null.</param>
    /// <param name="painDuring">The worst knee pain during the session, 0 to 10, or null.</param>
    /// <param name="painAfter">Knee pain about an hour after the session, 0 to 10, or null.</param>
    /// <param name="painNextMorning">Knee pain the next morning, 0 to 10, or null while not known.</param>
    /// <param name="run">A run that day, or null.</param>
    /// <param name="note">A free note of up to 500 characters, or null.</param>
    /// <param name="sharpPain">
    /// Whether the person felt sharp pain (a stab or a catch, not the dull ache the pain rules manage); the coach then
    /// says to pause what hurts and see a clinician.
    /// </param>
    /// <exception cref="ArgumentException">
    /// An id is not valid, an exercise is logged twice, a day without a session has a completion or exercises, the
    /// note is empty or not display text, or the log holds nothing.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A pain score is outside 0 to 10, or an enum value is unknown.</exception>
    public SessionLog(
        DateOnly date,
        string? routineId,
        SessionCompletion completion,
        IEnumerable<ExerciseLog>? exercises = null,
        int? painBefore = null,
        int? painDuring = null,
        int? painAfter = null,
        int? painNextMorning = null,
        RunLog? run = null,
        string? note = null,
        bool sharpPain = false)
    {
        Date = date;
        RoutineId = routineId is null ? null : Preconditions.CheckSlug(routineId);
        Completion = ModelChecks.CheckEnum(completion);
        Exercises = Preconditions.CopyNoNulls(exercises ?? [], nameof(exercises));
        for (int i = 0; i < Exercises.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(Exercises[i].ExerciseId != Exercises[j].ExerciseId, nameof(exercises), $"Exercise '{Exercises[i].ExerciseId}' is logged twice.");
            }
        }

        if (routineId is null)
        {
            Preconditions.CheckArgument(completion == SessionCompletion.None, nameof(completion), "A day without a session (no routine) has completion None.");
            Preconditions.CheckArgument(Exercises.Count == 0, nameof(exercises), "A day without a session (no routine) has no exercises.");
            Preconditions.CheckArgument(
                painBefore is null && painDuring is null && painAfter is null,
                nameof(painDuring),
                "A day without a session (no routine) has no pain before, during or after a session.");
        }

        PainBefore = CheckPain(painBefore, nameof(painBefore));
        PainDuring = CheckPain(painDuring, nameof(painDuring));
        PainAfter = CheckPain(painAfter, nameof(painAfter));
        PainNextMorning = CheckPain(painNextMorning, nameof(painNextMorning));
        if (run is RunLog r)
        {
            Preconditions.CheckArgument(r.Minutes > 0, nameof(run), "A run lasts at least a minute; default(RunLog) is no run.");
        }

        Run = run;
        Note = note is null ? null : Preconditions.CheckText(note, MaxNoteLength);
        SharpPain = sharpPain;
        Preconditions.CheckArgument(
            routineId is not null || run is not null || painNextMorning is not null || note is not null || sharpPain,
            nameof(routineId),
            "A log holds a session, a run, a next-morning score, a note or sharp pain.");
    }

    /// <summary>Gets the day.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the routine done, or <see langword="null"/> for a day without a session.</summary>
    public string? RoutineId { get; }

    /// <summary>Gets a value indicating whether the day had a session (even a skipped one).</summary>
    public bool HasSession => RoutineId is not null;

    /// <summary>Gets how much of the session was done.</summary>
    public SessionCompletion Completion { get; }

    /// <summary>Gets what was done of each exercise; empty when not recorded.</summary>
    public IReadOnlyList<ExerciseLog> Exercises { get; }

    /// <summary>Gets knee pain before the session, or <see langword="null"/>.</summary>
    public int? PainBefore { get; }

    /// <summary>Gets the worst knee pain during the session, or <see langword="null"/>.</summary>
    public int? PainDuring { get; }

    /// <summary>Gets knee pain about an hour after the session, or <see langword="null"/>.</summary>
    public int? PainAfter { get; }

    /// <summary>Gets knee pain the next morning, or <see langword="null"/> while not known.</summary>
    public int? PainNextMorning { get; }

    /// <summary>Gets the run that day, or <see langword="null"/>.</summary>
    public RunLog? Run { get; }

    /// <summary>Gets the free note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets a value indicating whether the person felt sharp pain that day.</summary>
    public bool SharpPain { get; }

    /// <summary>Returns this log with the next morning's pain score.</summary>
    /// <param name="pain">Knee pain the next morning, 0 to 10.</param>
    /// <returns>The changed log.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pain"/> is outside 0 to 10.</exception>
    public SessionLog WithNextMorningPain(int pain) =>
        new(Date, RoutineId, Completion, Exercises, PainBefore, PainDuring, PainAfter, CheckPain(pain, nameof(pain)), Run, Note, SharpPain);

    /// <summary>Returns this log with a run.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The changed log.</returns>
    /// <exception cref="ArgumentException"><paramref name="run"/> is <c>default</c>, which is no run.</exception>
    public SessionLog WithRun(RunLog run) =>
        new(Date, RoutineId, Completion, Exercises, PainBefore, PainDuring, PainAfter, PainNextMorning, run, Note, SharpPain);

    private static int? CheckPain(int? pain, string paramName)
    {
        if (pain is int p && (p < 0 || p > PainScale.Max))
        {
            throw new ArgumentOutOfRangeException(paramName, p, string.Create(CultureInfo.InvariantCulture, $"Pain is scored 0 (none) to {PainScale.Max} (worst imaginable); it was {p}."));
        }

        return pain;
    }

    /// <inheritdoc/>
    public bool Equals(SessionLog? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Date == other.Date && RoutineId == other.RoutineId && Completion == other.Completion &&
             PainBefore == other.PainBefore && PainDuring == other.PainDuring && PainAfter == other.PainAfter &&
             PainNextMorning == other.PainNextMorning && Run == other.Run && Note == other.Note && SharpPain == other.SharpPain &&
             ReadOnlyListEquality.Equal(Exercises, other.Exercises)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SessionLog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, RoutineId, Completion, PainDuring, PainNextMorning, Run);

    /// <summary>Returns the log as one line, such as <c>2026-03-02 runners-knee: all, pain 1/2/1, next morning 1</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(DateText.Format(Date));
        if (RoutineId is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" {RoutineId}: {Completion.ToString().ToLowerInvariant()}");
            text.Append(CultureInfo.InvariantCulture, $", pain {Score(PainBefore)}/{Score(PainDuring)}/{Score(PainAfter)}");
        }

        if (PainNextMorning is int morning)
        {
            text.Append(CultureInfo.InvariantCulture, $", next morning {morning}");
        }

        if (Run is RunLog run)
        {
            text.Append(CultureInfo.InvariantCulture, $", {run}");
        }

        if (SharpPain)
        {
            text.Append(", sharp pain");
        }

        return text.ToString();
    }

    private static string Score(int? pain) => pain is int p ? p.ToString(CultureInfo.InvariantCulture) : "-";

    /// <summary>Compares two logs for equality.</summary>
    public static bool operator ==(SessionLog? left, SessionLog? right) => Equals(left, right);

    /// <summary>Compares two logs for inequality.</summary>
    public static bool operator !=(SessionLog? left, SessionLog? right) => !Equals(left, right);
}
