using System;
using System.Collections.Generic;
using System.Globalization;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>How the sample says times, sides, amounts and model values: one place, culture-invariant.</summary>
internal static class Words
{
    /// <summary>A clock reading from the start of a session: <c>m:ss</c>, such as <c>12:05</c>.</summary>
    public static string Clock(int seconds) => DurationText.FormatClock(TimeSpan.FromSeconds(seconds));

    /// <summary>A duration in words: <c>45 s</c>, <c>12 min</c>, <c>25 min 10 s</c>, <c>1 h 5 min</c>.</summary>
    public static string Duration(TimeSpan value) => DurationText.Format(value);

    /// <summary>Whole minutes, rounded up: how long a session is in a calendar.</summary>
    public static string Minutes(TimeSpan value) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(value.TotalMinutes)} min");

    public static string Side(Side? side) => side switch
    {
        KneeStrength.Side.Left => "left",
        KneeStrength.Side.Right => "right",
        _ => string.Empty,
    };

    /// <summary>A direction id in words: <c>forward-diagonal</c> as <c>forward diagonal</c>.</summary>
    public static string Direction(string? direction) => direction?.Replace('-', ' ') ?? string.Empty;

    /// <summary>What a work or hold step asks for: <c>10 reps</c>, <c>30 s hold</c>; empty for pauses.</summary>
    public static string Amount(in TimedStep step) => step.Kind switch
    {
        StepKind.Work => string.Create(CultureInfo.InvariantCulture, $"{step.Repetitions} {(step.Repetitions == 1 ? "rep" : "reps")}"),
        StepKind.Hold => string.Create(CultureInfo.InvariantCulture, $"{(int)step.HoldTime.TotalSeconds} s hold"),
        _ => string.Empty,
    };

    /// <summary>A section of a routine as a heading: <c>Warm-up</c>, <c>Main</c>, <c>Cool-down</c>.</summary>
    public static string Section(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => "Warm-up",
        RoutineSectionKind.CoolDown => "Cool-down",
        _ => "Main",
    };

    /// <summary>What a circuit's item says of its circuit: <c>in a circuit: 3 rounds, 1 min rest after each</c>.</summary>
    public static string InCircuit(Circuit circuit) => circuit.RestAfterRound is TimeSpan rest
        ? string.Create(CultureInfo.InvariantCulture, $"in a circuit: {Count(circuit.Rounds, "round")}, {Duration(rest)} rest after each")
        : string.Create(CultureInfo.InvariantCulture, $"in a circuit: {Count(circuit.Rounds, "round")}");

    /// <summary>Which round of a circuit a step is in: <c>round 2 of 3</c>.</summary>
    public static string Round(int round, int rounds) =>
        string.Create(CultureInfo.InvariantCulture, $"round {round} of {rounds}");

    public static string Category(ExerciseCategory category) => category switch
    {
        ExerciseCategory.Strength => "strength",
        ExerciseCategory.Balance => "balance",
        ExerciseCategory.Stretch => "stretch",
        ExerciseCategory.Plyometric => "plyometric",
        ExerciseCategory.Mobility => "mobility",
        ExerciseCategory.Activity => "activity",
        _ => category.ToString(),
    };

    public static string Position(BodyPosition position) => position switch
    {
        BodyPosition.Standing => "standing",
        BodyPosition.SideLying => "on your side",
        BodyPosition.Supine => "on your back",
        BodyPosition.Seated => "seated",
        BodyPosition.OnStep => "on a step",
        BodyPosition.OnBosu => "on a Bosu",
        BodyPosition.Prone => "face down",
        BodyPosition.Kneeling => "kneeling",
        BodyPosition.AllFours => "on all fours",
        BodyPosition.SeatedOnChair => "on a chair",
        _ => position.ToString(),
    };

    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => "Sunday",
        DayOfWeek.Monday => "Monday",
        DayOfWeek.Tuesday => "Tuesday",
        DayOfWeek.Wednesday => "Wednesday",
        DayOfWeek.Thursday => "Thursday",
        DayOfWeek.Friday => "Friday",
        DayOfWeek.Saturday => "Saturday",
        _ => day.ToString(),
    };

    /// <summary>Equipment ids joined by commas, or <c>none</c>.</summary>
    public static string EquipmentIds(IReadOnlyList<Equipment> equipment)
    {
        if (equipment.Count == 0)
        {
            return "none";
        }

        var ids = new string[equipment.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = equipment[i].Id;
        }

        return string.Join(", ", ids);
    }

    /// <summary>A count with its noun: <c>1 step</c>, <c>160 steps</c>.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
