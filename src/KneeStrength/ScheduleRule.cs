using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using KneeStrength.Text;

namespace KneeStrength;

/// <summary>
/// Which days of a program phase have a session: every day, every N days, on given weekdays every week, or N times a
/// week on a standard spread of weekdays.
/// </summary>
/// <remarks>
/// <para>Anchoring: a daily rule counts from the first day of its phase, so "every 3 days" has sessions on the
/// phase's first day and every third day after it. A weekly rule has sessions on its weekdays in every week the
/// phase covers, whatever weekday the phase starts on; the first session is the first of those weekdays on or after
/// the phase's first day.</para>
/// <para>Limits: an interval of 1 to 366 days (at most one session a year); a weekly rule has 1 to 7 weekdays and
/// repeats every week.</para>
/// <para>N times a week: <see cref="TimesAWeek"/> is a weekly rule on the spread in its table, which leaves a rest
/// day between sessions wherever the count allows; <see cref="Weekly"/> chooses other days.</para>
/// <para>The <c>default</c> value is <see cref="Daily"/>.</para>
/// <para>Equality compares the frequency, the interval and the set of weekdays, so
/// <c>EveryNDays(1) == Daily</c> and the order weekdays were given in does not matter.
/// This type is an immutable value and thread-safe.</para>
/// <para>Text form: an RFC 5545 recurrence rule such as <c>FREQ=WEEKLY;BYDAY=MO,TH</c>; see
/// <see cref="ScheduleRulePattern"/>. <see cref="ToString"/> and <see cref="Parse"/> round-trip.</para>
/// </remarks>
public readonly struct ScheduleRule : IEquatable<ScheduleRule>
{
    /// <summary>The longest interval of a daily rule, in days.</summary>
    public const int MaxIntervalDays = 366;

    private const int AllDaysMask = 0x7F;

    // The weekdays TimesAWeek(n) uses, by n; bit (int)DayOfWeek: Sunday 1, Monday 2, Tuesday 4, ... Saturday 64.
    private static ReadOnlySpan<byte> DefaultSpread =>
    [
        0,
        0b0000010, // Monday
        0b0010010, // Monday, Thursday
        0b0101010, // Monday, Wednesday, Friday
        0b0110110, // Monday, Tuesday, Thursday, Friday
        0b1101110, // Monday, Tuesday, Wednesday, Friday, Saturday
        0b1111110, // Monday to Saturday
        0b1111111, // every day
    ];

    // Lists of weekdays, Monday first, one per mask, made on first use; a race only builds an equal list twice.
    private static readonly ReadOnlyCollection<DayOfWeek>?[] WeekdayLists = new ReadOnlyCollection<DayOfWeek>?[AllDaysMask + 1];

    // Stored so that default(ScheduleRule) is valid and daily: interval 1 and no weekdays.
    // Bit (int)DayOfWeek of _weekdayMask is set for each weekday of a weekly rule; 0 means a daily rule.
    private readonly short _intervalMinusOne;
    private readonly byte _weekdayMask;

    private ScheduleRule(int interval, int weekdayMask)
    {
        _intervalMinusOne = (short)(interval - 1);
        _weekdayMask = (byte)weekdayMask;
    }

    /// <summary>Gets the rule with a session every day. It is also the <c>default</c> value.</summary>
    public static ScheduleRule Daily => default;

    /// <summary>Creates a rule with a session every <paramref name="days"/> days, counted from the phase's first day.</summary>
    /// <param name="days">Days from one session to the next: 1 (every day) to 366.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1 to 366.</exception>
    public static ScheduleRule EveryNDays(int days)
    {
        Preconditions.CheckArgumentRange(days, 1, MaxIntervalDays);
        return new ScheduleRule(days, 0);
    }

    /// <summary>Creates a rule with a session on each of the given weekdays, every week.</summary>
    /// <param name="days">The weekdays, in any order: at least one, none twice.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty or names a weekday twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> holds a value that is not a weekday.</exception>
    public static ScheduleRule Weekly(params ReadOnlySpan<DayOfWeek> days)
    {
        Preconditions.CheckArgument(!days.IsEmpty, nameof(days), "A weekly rule needs at least one weekday.");
        int mask = 0;
        foreach (var day in days)
        {
            if ((uint)day > (uint)DayOfWeek.Saturday)
            {
                throw new ArgumentOutOfRangeException(nameof(days), day, "Value is not a day of the week.");
            }

            int bit = 1 << (int)day;
            Preconditions.CheckArgument((mask & bit) == 0, nameof(days), $"{day} is listed twice.");
            mask |= bit;
        }

        return new ScheduleRule(1, mask);
    }

    /// <summary>
    /// Creates a weekly rule with <paramref name="times"/> sessions a week, on the standard spread of weekdays:
    /// </summary>
    /// <remarks>
    /// <list type="table">
    /// <listheader><term>Times</term><description>Weekdays</description></listheader>
    /// <item><term>1</term><description>Monday</description></item>
    /// <item><term>2</term><description>Monday, Thursday</description></item>
    /// <item><term>3</term><description>Monday, Wednesday, Friday</description></item>
    /// <item><term>4</term><description>Monday, Tuesday, Thursday, Friday</description></item>
    /// <item><term>5</term><description>Monday, Tuesday, Wednesday, Friday, Saturday</description></item>
    /// <item><term>6</term><description>Monday to Saturday</description></item>
    /// <item><term>7</term><description>every day</description></item>
    /// </list>
    /// <para>Up to three times a week every session has a rest day after it, the spacing of 48 hours or more that
    /// strength guidelines give between sessions for the same muscles (American College of Sports Medicine, position
    /// stand "Progression models in resistance training for healthy adults", 2009); more sessions pair days and keep
    /// Sunday free as long as the count allows. To choose the days, use <see cref="Weekly"/>; the result is the same
    /// kind of rule.</para>
    /// </remarks>
    /// <param name="times">Sessions a week: 1 to 7.</param>
    /// <returns>The weekly rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is outside 1 to 7.</exception>
    public static ScheduleRule TimesAWeek(int times)
    {
        Preconditions.CheckArgumentRange(times, 1, 7);
        return new ScheduleRule(1, DefaultSpread[times]);
    }

    internal static ScheduleRule FromWeekdayMask(int mask) => new(1, mask);

    /// <summary>Gets whether sessions repeat by days or by weekdays.</summary>
    public ScheduleFrequency Frequency => _weekdayMask == 0 ? ScheduleFrequency.Daily : ScheduleFrequency.Weekly;

    /// <summary>
    /// Gets the interval, in the unit of <see cref="Frequency"/>: days from one session to the next for a daily rule
    /// (1 to 366), and 1 (every week) for a weekly rule.
    /// </summary>
    public int Interval => _intervalMinusOne + 1;

    /// <summary>Gets the weekdays of a weekly rule, Monday first; empty for a daily rule.</summary>
    public IReadOnlyList<DayOfWeek> Weekdays => WeekdayLists[_weekdayMask] ??= BuildWeekdayList(_weekdayMask);

    // <summary>Gets the weekdays of a weekly rule as bits: bit <c>(int)day</c> is set for each; 0 for a daily rule.</summary>
    internal int WeekdayMask => _weekdayMask;

    // <summary>
    // Gets the first day with a session on or after <paramref name="day"/>, for a phase that starts on
    // <paramref name="phaseFirstDay"/> (both <see cref="DateOnly.DayNumber"/>s, <paramref name="day"/> not before the
    // phase's start); found by arithmetic, with no walk over earlier days.
    // </summary>
    internal int FirstOnOrAfter(int phaseFirstDay, int day)
    {
        if (_weekdayMask == 0)
        {
            // Every N days from the phase's first day: round up to the next multiple of N.
            int remainder = (day - phaseFirstDay) % Interval;
            return remainder == 0 ? day : day + Interval - remainder;
        }

        // Day number 0 (0001-01-01) was a Monday, and DayOfWeek.Monday is 1.
        while ((_weekdayMask & (1 << ((day + 1) % 7))) == 0)
        {
            day++;
        }

        return day;
    }

    // <summary>
    // Gets the last day with a session on or before <paramref name="day"/>, for a phase that starts on
    // <paramref name="phaseFirstDay"/>, or a day before the phase's start when it has none by then.
    // </summary>
    internal int LastOnOrBefore(int phaseFirstDay, int day)
    {
        if (_weekdayMask == 0)
        {
            return day - ((day - phaseFirstDay) % Interval);
        }

        while (day >= phaseFirstDay && (_weekdayMask & (1 << ((day + 1) % 7))) == 0)
        {
            day--;
        }

        return day;
    }

    /// <summary>Parses an RFC 5545 recurrence rule such as <c>FREQ=DAILY;INTERVAL=2</c>.</summary>
    /// <param name="text">The text; see <see cref="ScheduleRulePattern"/> for what is supported.</param>
    /// <returns>The rule, or what was wrong and where.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<ScheduleRule> Parse(string text) => ScheduleRulePattern.Parse(text);

    /// <inheritdoc/>
    public bool Equals(ScheduleRule other) => _intervalMinusOne == other._intervalMinusOne && _weekdayMask == other._weekdayMask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScheduleRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_intervalMinusOne << 8) | _weekdayMask;

    /// <summary>Returns the RFC 5545 recurrence rule, such as <c>FREQ=WEEKLY;BYDAY=MO,TH</c>.</summary>
    public override string ToString() => ScheduleRulePattern.Format(this);

    /// <summary>Compares two rules for equality.</summary>
    public static bool operator ==(ScheduleRule left, ScheduleRule right) => left.Equals(right);

    /// <summary>Compares two rules for inequality.</summary>
    public static bool operator !=(ScheduleRule left, ScheduleRule right) => !left.Equals(right);

    private static ReadOnlyCollection<DayOfWeek> BuildWeekdayList(int mask)
    {
        var days = new List<DayOfWeek>(7);
        for (int i = 1; i <= 7; i++)
        {
            // Monday (1) to Saturday (6), then Sunday (0).
            var day = (DayOfWeek)(i % 7);
            if ((mask & (1 << (int)day)) != 0)
            {
                days.Add(day);
            }
        }

        return days.AsReadOnly();
    }
}
