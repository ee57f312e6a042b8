using System;
using System.Globalization;

namespace KneeStrength;

/// <summary>When a program phase ends: never (open), after a number of weeks, or on an event of the person's.</summary>
/// <remarks>
/// <para>A phase that ends after <c>N</c> weeks covers <c>7 × N</c> days from its first day, so its last day is
/// the day before the same weekday <c>N</c> weeks on. A phase that ends on an event (see <see cref="OnEvent"/>)
/// ends on the day of the first such event on or after its first day; until that event is known it is planned to
/// last <see cref="PlannedWeeks"/> weeks, or to run on when none are given. An open phase runs until the
/// enrolment's ten-year limit (see <see cref="Scheduling.Enrolment"/>). A phase knows no dates: an enrolment
/// places it.</para>
/// <para>Limits: 1 to 522 weeks (522 weeks reach past any ten-year limit, so a phase may run to it).</para>
/// <para>The <c>default</c> value is <see cref="Open"/>.</para>
/// <para>Equality compares the kind, the weeks and the event. This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct PhaseEnd : IEquatable<PhaseEnd>
{
    /// <summary>The most weeks a phase may last.</summary>
    public const int MaxWeeks = 522;

    // Weeks (0 for none); the kind's default is Open.
    private readonly int _weeks;
    private readonly PhaseEndKind _kind;
    private readonly EnrolmentEventKind _event;

    private PhaseEnd(PhaseEndKind kind, int weeks, EnrolmentEventKind @event)
    {
        _kind = kind;
        _weeks = weeks;
        _event = @event;
    }

    /// <summary>Gets the end of a phase that never ends. It is also the <c>default</c> value.</summary>
    public static PhaseEnd Open => default;

    /// <summary>Creates the end of a phase that lasts a number of whole weeks from its first day.</summary>
    /// <param name="weeks">Weeks: 1 to 522.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is outside 1 to 522.</exception>
    public static PhaseEnd AfterWeeks(int weeks)
    {
        Preconditions.CheckArgumentRange(weeks, 1, MaxWeeks);
        return new PhaseEnd(PhaseEndKind.AfterWeeks, weeks, default);
    }

    /// <summary>
    /// Creates the end of a phase that lasts until an event of the person's: the phase's last day is the day of the
    /// first such event on or after its first day.
    /// </summary>
    /// <param name="event">
    /// The event: <see cref="EnrolmentEventKind.BackToRunning"/>. A relapse (<see cref="EnrolmentEventKind.BackToTreatment"/>)
    /// ends any phase but the first by itself, so no phase waits for one.
    /// </param>
    /// <param name="plannedWeeks">
    /// How long the phase is planned to last while the event is not known: 1 to 522 weeks, or null to run on until
    /// the event.
    /// </param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="event"/> is not <see cref="EnrolmentEventKind.BackToRunning"/>, or <paramref name="plannedWeeks"/>
    /// is outside 1 to 522.
    /// </exception>
    public static PhaseEnd OnEvent(EnrolmentEventKind @event, int? plannedWeeks = null)
    {
        if (@event != EnrolmentEventKind.BackToRunning)
        {
            throw new ArgumentOutOfRangeException(
                nameof(@event), @event, "A phase can end on BackToRunning; a relapse (BackToTreatment) ends any phase but the first by itself.");
        }

        if (plannedWeeks is int weeks)
        {
            Preconditions.CheckArgumentRange(weeks, 1, MaxWeeks, nameof(plannedWeeks));
        }

        return new PhaseEnd(PhaseEndKind.OnEvent, plannedWeeks ?? 0, @event);
    }

    /// <summary>Gets how the phase ends.</summary>
    public PhaseEndKind Kind => _kind;

    /// <summary>Gets a value indicating whether the phase never ends.</summary>
    public bool IsOpen => _kind == PhaseEndKind.Open;

    /// <summary>Gets the number of weeks the phase lasts, or <see langword="null"/> unless <see cref="Kind"/> is <see cref="PhaseEndKind.AfterWeeks"/>.</summary>
    public int? Weeks => _kind == PhaseEndKind.AfterWeeks ? _weeks : null;

    /// <summary>
    /// Gets the event the phase ends on, or <see langword="null"/> unless <see cref="Kind"/> is
    /// <see cref="PhaseEndKind.OnEvent"/>.
    /// </summary>
    public EnrolmentEventKind? Event => _kind == PhaseEndKind.OnEvent ? _event : null;

    /// <summary>
    /// Gets how many weeks a phase that ends on an event is planned to last while the event is not known, or
    /// <see langword="null"/> when it runs on until the event or <see cref="Kind"/> is not <see cref="PhaseEndKind.OnEvent"/>.
    /// </summary>
    public int? PlannedWeeks => _kind == PhaseEndKind.OnEvent && _weeks > 0 ? _weeks : null;

    // <summary>The weeks that bound the phase when no event ends it, or 0 for none.</summary>
    internal int BoundingWeeks => _kind == PhaseEndKind.Open ? 0 : _weeks;

    /// <inheritdoc/>
    public bool Equals(PhaseEnd other) => _kind == other._kind && _weeks == other._weeks && _event == other._event;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PhaseEnd other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _weeks, _event);

    /// <summary>Returns <c>open</c>, <c>after 6 weeks</c>, <c>on back to running</c> or <c>on back to running (planned 6 weeks)</c>.</summary>
    public override string ToString() => _kind switch
    {
        PhaseEndKind.AfterWeeks => string.Create(CultureInfo.InvariantCulture, $"after {Plural(_weeks)}"),
        PhaseEndKind.OnEvent when _weeks > 0 => string.Create(CultureInfo.InvariantCulture, $"on back to running (planned {Plural(_weeks)})"),
        PhaseEndKind.OnEvent => "on back to running",
        _ => "open",
    };

    private static string Plural(int weeks) =>
        string.Create(CultureInfo.InvariantCulture, $"{weeks} week{(weeks == 1 ? string.Empty : "s")}");

    /// <summary>Compares two ends for equality.</summary>
    public static bool operator ==(PhaseEnd left, PhaseEnd right) => left.Equals(right);

    /// <summary>Compares two ends for inequality.</summary>
    public static bool operator !=(PhaseEnd left, PhaseEnd right) => !left.Equals(right);
}
