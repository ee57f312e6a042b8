using System;
using System.Globalization;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Tests;

/// <summary>What the app should print for library values, written out independently of the app's code.</summary>
public static class Expected
{
    public static string Clock(int seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    public static string Duration(int seconds)
    {
        int m = seconds / 60, s = seconds % 60;
        return (m, s) switch
        {
            (0, _) => $"{s} s",
            (_, 0) => $"{m} min",
            _ => $"{m} min {s} s",
        };
    }

    public static string Side(Side? side) => side switch
    {
        KneeStrength.Side.Left => "left",
        KneeStrength.Side.Right => "right",
        _ => "",
    };

    public static string Amount(TimedStep step) => step.Kind switch
    {
        StepKind.Work => $"{step.Repetitions} reps",
        StepKind.Hold => $"{(int)step.HoldTime.TotalSeconds} s hold",
        _ => "",
    };

    public static string TimeSpan(TimedStep step, int totalSeconds)
    {
        int width = Clock(totalSeconds).Length;
        return $"{Clock(step.StartSeconds).PadLeft(width)}-{Clock(step.StartSeconds + step.DurationSeconds).PadLeft(width)}".Trim();
    }

    /// <summary>The run's line for a step as it begins.</summary>
    public static string RunLine(TimedStep step, int totalSeconds) =>
        $"{Clock(step.StartSeconds).PadLeft(Clock(totalSeconds).Length)}  {step.Cue}";
}
