using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Samples;

// The printable home-exercise sheet of one person's program: each exercise's picture, name, dose, cues and equipment,
// the schedule in plain words, this week's sessions and a tick chart of the next six weeks. One self-contained HTML
// document (the built-in pictures inside it as data: URIs), laid out for A4 and US Letter alike. What 'knee sheet'
// writes and the web companion's sheet page shows. Every text from the model is HTML-encoded on the way in.
internal static class HomeSheet
{
    /// <summary>The weeks the tick chart covers.</summary>
    public const int ChartWeeks = 6;

    private const string Style = """
        :root { color: #1b1f24; font: 11pt/1.35 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        body { margin: 0 auto; max-width: 180mm; padding: 8mm; }
        h1 { font-size: 18pt; margin: 0 0 2mm; }
        h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #1f3a5f; break-after: avoid; page-break-after: avoid; }
        p { margin: 1mm 0; }
        .muted { color: #56606b; }
        .exercise { display: grid; grid-template-columns: 48mm 1fr; gap: 4mm; padding: 2.5mm 0; border-bottom: 0.5pt solid #c9d2db; break-inside: avoid; page-break-inside: avoid; }
        .exercise img { width: 48mm; height: 32mm; object-fit: contain; }
        .exercise h3 { font-size: 12pt; margin: 0; break-after: avoid; }
        .dose { font-weight: 600; margin: 0.5mm 0; }
        .exercise ul { margin: 1mm 0 0; padding-left: 5mm; }
        .exercise li { margin: 0; }
        table { border-collapse: collapse; width: 100%; break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.5pt solid #9aa5b1; padding: 1mm 1.5mm; text-align: left; font-size: 10pt; }
        .chart td { text-align: center; height: 8mm; }
        .box { display: inline-block; width: 4.5mm; height: 4.5mm; border: 1pt solid #1f3a5f; vertical-align: middle; }
        .day { display: block; font-size: 7.5pt; color: #56606b; }
        .keep { break-inside: avoid; page-break-inside: avoid; }
        .print { font: inherit; padding: 2mm 5mm; margin: 2mm 0; }
        @page { margin: 12mm; }
        @media print { body { padding: 0; max-width: none; } .print { display: none; } }
        """;

    /// <summary>Writes the sheet of the enrolment's program as it stands on <paramref name="today"/>.</summary>
    /// <param name="enrolment">The person's enrolment.</param>
    /// <param name="today">The day the sheet is made: its phase's routine, its week, and the six weeks from it.</param>
    /// <param name="printScript">A script URL for a Print button (the web page), or null for none (a file).</param>
    /// <param name="icon">The page's icon URL (the web page), or null for none.</param>
    public static string Write(Enrolment enrolment, DateOnly today, string? printScript = null, string? icon = null)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        var placed = enrolment.PhaseOn(today) ?? enrolment.Phases[0];
        var routine = placed.Phase.Routine;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(enrolment.Program.Name)).Append(": home exercises</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n");
        if (icon is not null)
        {
            html.Append("<link rel=\"icon\" href=\"").Append(E(icon)).Append("\" type=\"image/svg+xml\">\n");
        }

        if (printScript is not null)
        {
            html.Append("<script src=\"").Append(E(printScript)).Append("\" defer></script>\n");
        }

        html.Append("</head>\n<body>\n<header>\n<h1>").Append(E(enrolment.Program.Name)).Append("</h1>\n")
            .Append("<p class=\"muted\">Home exercises from ").Append(Day(today)).Append(": ")
            .Append(E(routine.Name)).Append(", ").Append(Count(routine.Items.Count, "exercise")).Append(".</p>\n");
        if (printScript is not null)
        {
            html.Append("<button type=\"button\" class=\"print\" id=\"print\">Print</button>\n");
        }

        html.Append("</header>\n");
        WriteSchedule(html, enrolment, today);
        WriteWeek(html, enrolment, today);
        WriteExercises(html, routine);
        WriteChart(html, enrolment, today);
        html.Append("<p class=\"muted\">Stop and ask a clinician if the pain is sharp, rises from session to session, or the knee swells.</p>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteSchedule(StringBuilder html, Enrolment enrolment, DateOnly today)
    {
        html.Append("<section class=\"keep\">\n<h2>Your schedule</h2>\n<ul>\n");
        foreach (var placed in enrolment.Phases)
        {
            var phase = placed.Phase;
            string until = placed.Ending switch
            {
                PhaseEnding.RunsOn => "with no end",
                PhaseEnding.Planned => $"until you are back to running (planned until {Day(placed.LastDay)})",
                PhaseEnding.Event => $"until you were back to running ({Day(placed.LastDay)})",
                PhaseEnding.Relapse => $"until the knee needed treatment again ({Day(placed.LastDay)})",
                _ => $"until {Day(placed.LastDay)}",
            };
            html.Append("<li><strong>").Append(E(Capital(phase.Name))).Append("</strong>: ")
                .Append(E(phase.Routine.Name)).Append(", ").Append(E(Rule(phase.Schedule)))
                .Append(", from ").Append(Day(placed.FirstDay)).Append(' ').Append(E(until))
                .Append(placed.Contains(today) ? " (now)" : string.Empty).Append(".</li>\n");
        }

        html.Append("</ul>\n");
        if (enrolment.SessionBudget is { } budget)
        {
            html.Append("<p>Sessions fit into ").Append(Count((int)budget.TotalMinutes, "minute")).Append(".</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteWeek(StringBuilder html, Enrolment enrolment, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var sessions = ProgramScheduler.Default.GetSessions(enrolment, Max(monday, enrolment.Start), monday.AddDays(7)).ToDictionary(s => s.Date);
        html.Append("<section class=\"keep\">\n<h2>This week</h2>\n<table>\n<tr><th>Day</th><th>Session</th></tr>\n");
        for (int i = 0; i < 7; i++)
        {
            var day = monday.AddDays(i);
            html.Append("<tr><td>").Append(Day(day)).Append("</td><td>");
            html.Append(sessions.TryGetValue(day, out var session)
                ? $"{E(session.Routine.Name)} ({E(session.PhaseName)}), about {Count((int)Math.Ceiling(session.EstimatedDuration.TotalMinutes), "minute")}"
                : "Rest");
            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void WriteExercises(StringBuilder html, Routine routine)
    {
        html.Append("<section>\n<h2>The exercises</h2>\n");
        for (int i = 0; i < routine.Items.Count; i++)
        {
            var item = routine.Items[i];
            var exercise = item.Exercise;
            html.Append("<article class=\"exercise\">\n");
            var picture = exercise.Media.FirstOrDefault(m => !m.IsVideo);
            if (picture is not null && PictureSource(picture) is { } source)
            {
                html.Append("<img src=\"").Append(source).Append("\" alt=\"").Append(E(picture.AlternativeText)).Append("\">\n");
            }
            else
            {
                html.Append("<div></div>\n");
            }

            html.Append("<div>\n<h3>").Append(i + 1).Append(". ").Append(E(exercise.Name)).Append("</h3>\n")
                .Append("<p class=\"dose\">").Append(E(item.Dosage.ToString())).Append("</p>\n");
            if (exercise.Equipment.Count > 0)
            {
                html.Append("<p class=\"muted\">Equipment: ").Append(E(string.Join(", ", exercise.Equipment.Select(e => e.Name)))).Append("</p>\n");
            }

            if (exercise.Cues.Count > 0)
            {
                html.Append("<ul>\n");
                foreach (string cue in exercise.Cues)
                {
                    html.Append("<li>").Append(E(cue)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</div>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteChart(StringBuilder html, Enrolment enrolment, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var end = monday.AddDays(7 * ChartWeeks);
        var sessionDays = ProgramScheduler.Default.GetSessions(enrolment, Max(monday, enrolment.Start), end).Select(s => s.Date).ToHashSet();
        html.Append("<section class=\"keep\">\n<h2>Tick chart: the next ").Append(ChartWeeks).Append(" weeks</h2>\n")
            .Append("<p class=\"muted\">Tick the box when you have done the session.</p>\n")
            .Append("<table class=\"chart\">\n<tr><th>Week of</th>");
        foreach (string name in new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" })
        {
            html.Append("<th>").Append(name).Append("</th>");
        }

        html.Append("</tr>\n");
        for (int week = 0; week < ChartWeeks; week++)
        {
            var first = monday.AddDays(7 * week);
            html.Append("<tr><th>").Append(first.ToString("d MMM", CultureInfo.InvariantCulture)).Append("</th>");
            for (int i = 0; i < 7; i++)
            {
                var day = first.AddDays(i);
                html.Append("<td>");
                if (sessionDays.Contains(day))
                {
                    html.Append("<span class=\"box\" role=\"img\" aria-label=\"session on ").Append(Day(day)).Append("\"></span>")
                        .Append("<span class=\"day\">").Append(day.Day).Append("</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    // <summary>A built-in picture inside the document; another picture by its URI when it is https or relative.</summary>
    private static string? PictureSource(ExerciseMedia picture)
    {
        if (ExercisePictures.ExerciseIdOf(picture.Uri) is { } id)
        {
            return "data:image/svg+xml;base64," + Convert.ToBase64String(ExercisePictures.GetSvgBytes(id)!);
        }

        var uri = picture.Uri;
        return !uri.IsAbsoluteUri || uri.Scheme == Uri.UriSchemeHttps ? E(uri.OriginalString) : null;
    }

    // <summary>A schedule rule in plain words: "every day", "every 7 days", "every week on Monday and Thursday".</summary>
    private static string Rule(ScheduleRule rule)
    {
        if (rule.Frequency == ScheduleFrequency.Daily)
        {
            return rule.Interval == 1 ? "every day" : $"every {rule.Interval} days";
        }

        var days = rule.Weekdays.Select(d => d.ToString()).ToList();
        return days.Count == 7 ? "every day"
            : days.Count == 1 ? $"every week on {days[0]}"
            : $"every week on {string.Join(", ", days.Take(days.Count - 1))} and {days[^1]}";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
