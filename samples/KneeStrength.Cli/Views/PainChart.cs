using System;
using System.Globalization;
using System.Text;
using KneeStrength.Coaching;
using KneeStrength.Samples;
using KneeStrength.Tracking;
using Spectre.Console;

namespace KneeStrength.Cli.Views;

/// <summary>
/// The weekly pain of <c>knee progress</c> as a labelled bar chart on the 0-10 scale, with marks at the pain rules'
/// target and acceptable limit (<see cref="PainRules.TargetDuring"/>, <see cref="PainRules.AcceptableDuring"/>):
/// <code>
/// Week of     0       2           5                   10
///             ├───────┼───────────┼───────────────────┤
/// 2026-03-02  ████    ┊           ┊                     1.0
/// Marks: 2/10 the target, 5/10 the acceptable limit.
/// </code>
/// </summary>
internal static class PainChart
{
    /// <summary>Cells a point of the scale takes: 4, so that the chart is 40 columns wide, one bar cell a quarter point.</summary>
    private const int CellsPerPoint = 4;

    private const int Cells = PainScale.Max * CellsPerPoint;

    private const char Mark = '┊';

    /// <summary>Writes the chart; false, writing nothing, when no week has a pain score.</summary>
    public static bool Write(Terminal terminal, ProgressReport report, CliText words, PainRules rules)
    {
        bool any = false;
        foreach (var week in report.Weeks)
        {
            any |= week.AveragePain is not null;
        }

        if (!any)
        {
            return false;
        }

        string weekOf = words["progress.weekOf"];
        int labelWidth = Math.Max(weekOf.Length, "yyyy-MM-dd".Length) + 2;
        string indent = new(' ', labelWidth);
        terminal.WriteLine(words["progress.chartTitle"], Tables.Bold);
        terminal.WriteLine(weekOf.PadRight(labelWidth) + Scale(rules));
        terminal.WriteLine(indent + Axis(rules), Tables.Dim);
        foreach (var week in report.Weeks)
        {
            if (week.AveragePain is double pain)
            {
                var color = pain <= rules.TargetDuring ? Color.Green : pain <= rules.AcceptableDuring ? Color.Yellow : Color.Red;
                string label = week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).PadRight(labelWidth);
                terminal.WriteLine($"{label}{Bar(pain, rules)}  {Math.Round(pain, 1).ToString("0.0", CultureInfo.InvariantCulture)}", new Style(color));
            }
        }

        terminal.WriteLine(words.Say("progress.marks", rules.TargetDuring, rules.AcceptableDuring));
        return true;
    }

    /// <summary>The numbers 0, the target, the limit and 10, each above its column.</summary>
    private static string Scale(PainRules rules)
    {
        var line = new StringBuilder(new string(' ', Cells + 2));
        foreach (int value in (ReadOnlySpan<int>)[0, rules.TargetDuring, rules.AcceptableDuring, PainScale.Max])
        {
            string number = value.ToString(CultureInfo.InvariantCulture);
            int at = Math.Min(value * CellsPerPoint, line.Length - number.Length);
            line.Remove(at, number.Length).Insert(at, number);
        }

        return line.ToString().TrimEnd();
    }

    private static string Axis(PainRules rules)
    {
        var line = new StringBuilder(new string('─', Cells + 1));
        line[0] = '├';
        line[Cells] = '┤';
        line[rules.TargetDuring * CellsPerPoint] = '┼';
        line[rules.AcceptableDuring * CellsPerPoint] = '┼';
        return line.ToString();
    }

    /// <summary>A bar of quarter points, the marks showing where it does not reach them.</summary>
    private static string Bar(double pain, PainRules rules)
    {
        int length = (int)Math.Round(Math.Clamp(pain, 0, PainScale.Max) * CellsPerPoint, MidpointRounding.AwayFromZero);
        var bar = new StringBuilder(new string('█', length).PadRight(Cells + 1));
        foreach (int value in (ReadOnlySpan<int>)[rules.TargetDuring, rules.AcceptableDuring])
        {
            if (value * CellsPerPoint >= length)
            {
                bar[value * CellsPerPoint] = Mark;
            }
        }

        return bar.ToString();
    }
}
