using System;
using System.Globalization;
using KneeStrength.Tracking;

namespace KneeStrength.Coaching;

/// <summary>
/// The pain-monitoring rules a session's pain scores are judged by. The defaults follow the pain-monitoring model
/// of Silbernagel et al. (2007) as La Trobe University's patellofemoral pain guidance applies it to knee exercise; they
/// support a clinician's advice and do not replace it.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Rule</term><description>Default, and where it comes from</description></listheader>
/// <item><term><see cref="AcceptableDuring"/></term><description>5: pain during exercise (or a run) up to 5/10 is
/// acceptable (Silbernagel et al. 2007, "Continued sports activity, using a pain-monitoring model, during
/// rehabilitation in patients with Achilles tendinopathy", Am J Sports Med 35:897-906).</description></item>
/// <item><term><see cref="TargetDuring"/></term><description>2: up to 2/10 is the target, the "safe zone" of the
/// same model and of La Trobe's patellofemoral pain guidance; progression waits for it.</description></item>
/// <item><term><see cref="SettleTolerance"/></term><description>0: pain about an hour after a session should be
/// back to its level before the session (La Trobe guidance: pain settles within about an hour).</description></item>
/// <item><term><see cref="MorningTolerance"/></term><description>0: pain the next morning must not be higher than
/// the morning before (Silbernagel et al. 2007). The morning before is the previous day's next-morning score when
/// it was logged, else the pain before the session.</description></item>
/// </list>
/// <para>The 24-hour response weighs more than pain during exercise: a session with too much pain during it but a
/// calm next morning is held, not regressed.</para>
/// <para>Equality compares every rule. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PainRules : IEquatable<PainRules>
{
    /// <summary>Creates rules; every argument left null takes its default.</summary>
    /// <param name="acceptableDuring">The most pain during exercise or a run that is acceptable, 0 to 10. Default 5.</param>
    /// <param name="targetDuring">The pain during exercise aimed for, 0 to <paramref name="acceptableDuring"/>. Default 2.</param>
    /// <param name="settleTolerance">How much pain an hour after may exceed pain before, 0 to 10. Default 0.</param>
    /// <param name="morningTolerance">How much next-morning pain may exceed the morning before, 0 to 10. Default 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public PainRules(int? acceptableDuring = null, int? targetDuring = null, int? settleTolerance = null, int? morningTolerance = null)
    {
        AcceptableDuring = acceptableDuring ?? 5;
        Preconditions.CheckArgumentRange(AcceptableDuring, 0, PainScale.Max, nameof(acceptableDuring));
        TargetDuring = targetDuring ?? Math.Min(2, AcceptableDuring);
        Preconditions.CheckArgumentRange(TargetDuring, 0, AcceptableDuring, nameof(targetDuring));
        SettleTolerance = settleTolerance ?? 0;
        Preconditions.CheckArgumentRange(SettleTolerance, 0, PainScale.Max, nameof(settleTolerance));
        MorningTolerance = morningTolerance ?? 0;
        Preconditions.CheckArgumentRange(MorningTolerance, 0, PainScale.Max, nameof(morningTolerance));
    }

    /// <summary>Gets the default rules.</summary>
    public static PainRules Default { get; } = new();

    /// <summary>Gets the most pain during exercise or a run that is acceptable.</summary>
    public int AcceptableDuring { get; }

    /// <summary>Gets the pain during exercise aimed for; progression waits for sessions at or below it.</summary>
    public int TargetDuring { get; }

    /// <summary>Gets how much pain an hour after a session may exceed the pain before it.</summary>
    public int SettleTolerance { get; }

    /// <summary>Gets how much next-morning pain may exceed the morning before.</summary>
    public int MorningTolerance { get; }

    /// <inheritdoc/>
    public bool Equals(PainRules? other) =>
        other is not null && AcceptableDuring == other.AcceptableDuring && TargetDuring == other.TargetDuring &&
        SettleTolerance == other.SettleTolerance && MorningTolerance == other.MorningTolerance;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PainRules);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AcceptableDuring, TargetDuring, SettleTolerance, MorningTolerance);

    /// <summary>Returns the rules as text.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"during at most {AcceptableDuring}/10 (target {TargetDuring}/10), settles within {SettleTolerance} of before, next morning within {MorningTolerance} of the morning before");

    /// <summary>Compares two rule sets for equality.</summary>
    public static bool operator ==(PainRules? left, PainRules? right) => Equals(left, right);

    /// <summary>Compares two rule sets for inequality.</summary>
    public static bool operator !=(PainRules? left, PainRules? right) => !Equals(left, right);
}
