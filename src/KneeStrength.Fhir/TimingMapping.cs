using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Hl7.Fhir.Model;

namespace KneeStrength.Fhir;

// Schedule rules and phase lengths as FHIR Timing, and back.
// A session day is "once a day" (frequency 1 per period); a daily rule of every N days is a period of N days; a weekly
// rule is once a day on its weekdays (Timing.repeat.dayOfWeek). A phase that lasts weeks has them as boundsDuration.
// See https://hl7.org/fhir/R4/datatypes.html#Timing.
internal static class TimingMapping
{
    private static readonly (DayOfWeek Day, DaysOfWeek Fhir)[] Days =
    [
        (DayOfWeek.Monday, DaysOfWeek.Mon),
        (DayOfWeek.Tuesday, DaysOfWeek.Tue),
        (DayOfWeek.Wednesday, DaysOfWeek.Wed),
        (DayOfWeek.Thursday, DaysOfWeek.Thu),
        (DayOfWeek.Friday, DaysOfWeek.Fri),
        (DayOfWeek.Saturday, DaysOfWeek.Sat),
        (DayOfWeek.Sunday, DaysOfWeek.Sun),
    ];

    public static Timing.RepeatComponent Repeat(ScheduleRule rule)
    {
        var repeat = new Timing.RepeatComponent { Frequency = 1 };
        if (rule.Frequency == ScheduleFrequency.Daily)
        {
            repeat.Period = rule.Interval;
            repeat.PeriodUnit = Timing.UnitsOfTime.D;
        }
        else
        {
            repeat.Period = 1;
            repeat.PeriodUnit = Timing.UnitsOfTime.D;
            repeat.DayOfWeek = rule.Weekdays.Select(day => (DaysOfWeek?)Days.First(d => d.Day == day).Fhir).ToList();
        }

        return repeat;
    }

    public static Timing PhaseTiming(ProgramPhase phase)
    {
        var repeat = Repeat(phase.Schedule);
        int? weeks = phase.End.Weeks ?? phase.End.PlannedWeeks;
        if (weeks is int w)
        {
            repeat.Bounds = Weeks(w);
        }

        return new Timing { Repeat = repeat };
    }

    public static Duration Weeks(int weeks) =>
        new() { Value = weeks, Unit = weeks == 1 ? "week" : "weeks", System = FhirCodes.Ucum, Code = "wk" };

    public static ScheduleRule ReadRule(Timing.RepeatComponent? repeat, string path)
    {
        if (repeat is null)
        {
            throw new FhirReadException(path + ".repeat", "is missing; a phase's Timing repeats.", null);
        }

        if (repeat.Frequency != 1 || repeat.FrequencyMax is not null)
        {
            throw new FhirReadException(path + ".repeat.frequency", "must be 1: a session day has one session.", null);
        }

        if (repeat.PeriodUnit != Timing.UnitsOfTime.D || repeat.PeriodMax is not null)
        {
            throw new FhirReadException(path + ".repeat.periodUnit", "must be 'd': sessions repeat by days.", null);
        }

        if (repeat.Period is not decimal period || period != decimal.Truncate(period) || period < 1 || period > ScheduleRule.MaxIntervalDays)
        {
            throw new FhirReadException(
                path + ".repeat.period",
                string.Create(CultureInfo.InvariantCulture, $"must be a whole number of days from 1 to {ScheduleRule.MaxIntervalDays}; it was {repeat.Period?.ToString(CultureInfo.InvariantCulture) ?? "missing"}."),
                null);
        }

        if (repeat.Count is not null || repeat.Duration is not null || repeat.When.Any() || repeat.TimeOfDay.Any())
        {
            throw new FhirReadException(path + ".repeat", "has count, duration, when or timeOfDay, which a phase's schedule does not use.", null);
        }

        var days = repeat.DayOfWeek.ToList();
        if (days.Count == 0)
        {
            return ScheduleRule.EveryNDays((int)period);
        }

        if (period != 1)
        {
            throw new FhirReadException(path + ".repeat.period", "must be 1 with dayOfWeek: a weekly rule has a session on each of its days.", null);
        }

        var weekdays = new DayOfWeek[days.Count];
        for (int i = 0; i < days.Count; i++)
        {
            if (days[i] is not DaysOfWeek fhirDay)
            {
                throw new FhirReadException(string.Create(CultureInfo.InvariantCulture, $"{path}.repeat.dayOfWeek[{i}]"), "has no value.", null);
            }

            weekdays[i] = Days.First(d => d.Fhir == fhirDay).Day;
            if (Array.IndexOf(weekdays, weekdays[i], 0, i) >= 0)
            {
                throw new FhirReadException(string.Create(CultureInfo.InvariantCulture, $"{path}.repeat.dayOfWeek[{i}]"), $"lists {fhirDay} twice.", null);
            }
        }

        return ScheduleRule.Weekly(weekdays);
    }

    // The weeks in Timing.repeat.boundsDuration, or null when there are no bounds.
    public static int? ReadWeeks(Timing.RepeatComponent repeat, string path)
    {
        switch (repeat.Bounds)
        {
            case null:
                return null;
            case Duration duration when duration.System == FhirCodes.Ucum && duration.Code == "wk" &&
                                        duration.Value is decimal value && value == decimal.Truncate(value) &&
                                        value >= 1 && value <= PhaseEnd.MaxWeeks:
                return (int)value;
            default:
                throw new FhirReadException(
                    path + ".repeat.boundsDuration",
                    string.Create(CultureInfo.InvariantCulture, $"must be a Duration of 1 to {PhaseEnd.MaxWeeks} whole weeks (UCUM 'wk')."),
                    null);
        }
    }

    // Days as FHIR dates ("2026-03-02").
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
