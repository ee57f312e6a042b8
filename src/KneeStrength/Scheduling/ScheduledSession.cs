using System;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Scheduling;

/// <summary>A session of a training program on a date: the phase it belongs to, its routine, and how long it takes.</summary>
/// <remarks>
/// <para>Sessions come from <see cref="ProgramScheduler.GetSessions"/>. This is a small value (a date, a reference and a
/// duration), so enumerating sessions allocates nothing per session.</para>
/// <para>The <c>default</c> value is no session: its <see cref="Date"/> is 0001-01-01, its
/// <see cref="EstimatedDuration"/> zero, and <see cref="Phase"/>, <see cref="PhaseName"/> and <see cref="Routine"/>
/// throw <see cref="InvalidOperationException"/>.</para>
/// <para>Equality compares the date, the phase (by value) and the estimated duration. This type is an immutable
/// value and thread-safe.</para>
/// </remarks>
public readonly struct ScheduledSession : IEquatable<ScheduledSession>
{
    private readonly ProgramPhase? _phase;

    /// <summary>Creates a session.</summary>
    /// <param name="date">The day of the session.</param>
    /// <param name="phase">The program phase the session belongs to.</param>
    /// <param name="estimatedDuration">How long the session's routine takes; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estimatedDuration"/> is negative.</exception>
    public ScheduledSession(DateOnly date, ProgramPhase phase, TimeSpan estimatedDuration)
    {
        _phase = Preconditions.CheckNotNull(phase);
        if (estimatedDuration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(estimatedDuration), estimatedDuration, "Value must not be negative.");
        }

        Date = date;
        EstimatedDuration = estimatedDuration;
    }

    /// <summary>Gets the day of the session.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the program phase the session belongs to.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value, which is no session.</exception>
    public ProgramPhase Phase => _phase ?? throw new InvalidOperationException("This is default(ScheduledSession), which belongs to no phase.");

    /// <summary>Gets the name of the program phase the session belongs to, such as <c>treatment</c>.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value, which is no session.</exception>
    public string PhaseName => Phase.Name;

    /// <summary>Gets the routine to do in the session.</summary>
    /// <exception cref="InvalidOperationException">This is the <c>default</c> value, which is no session.</exception>
    public Routine Routine => Phase.Routine;

    /// <summary>Gets how long the session's routine takes: the total duration of its session plan (see <see cref="ProgramScheduler.PlanFor(Enrolment, ScheduledSession)"/>).</summary>
    public TimeSpan EstimatedDuration { get; }

    /// <inheritdoc/>
    public bool Equals(ScheduledSession other) =>
        Date == other.Date && EstimatedDuration == other.EstimatedDuration && _phase == other._phase;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScheduledSession other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, _phase?.Name, EstimatedDuration);

    /// <summary>Returns the date, phase, routine and duration, such as <c>2026-03-02 treatment: runners-knee, 00:24:30</c>.</summary>
    public override string ToString() => _phase is null
        ? string.Create(CultureInfo.InvariantCulture, $"{DateText.Format(Date)} (no session)")
        : string.Create(CultureInfo.InvariantCulture, $"{DateText.Format(Date)} {_phase.Name}: {_phase.Routine.Id}, {EstimatedDuration:c}");

    /// <summary>Compares two sessions for equality.</summary>
    public static bool operator ==(ScheduledSession left, ScheduledSession right) => left.Equals(right);

    /// <summary>Compares two sessions for inequality.</summary>
    public static bool operator !=(ScheduledSession left, ScheduledSession right) => !left.Equals(right);
}
