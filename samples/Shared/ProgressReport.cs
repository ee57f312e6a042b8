using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Samples;

// How a journal kept to its program, from the program's start to a day: what 'knee progress' shows and the web
// companion's progress page draws. Compiled into both samples; schema: samples/KneeStrength.Cli/Schemas/progress.schema.json.
internal sealed class ProgressReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private ProgressReport(DateOnly from, DateOnly to, Adherence adherence, List<Week> weeks)
    {
        From = from;
        To = to;
        Adherence = adherence;
        Weeks = weeks;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public Adherence Adherence { get; }

    public IReadOnlyList<Week> Weeks { get; }

    // The report from the enrolment's start to 'last', inclusive. The calendar is the one the journal's runs imply:
    // back to running moves the weekly phase earlier.
    public static ProgressReport Create(Coach coach, Enrolment enrolment, Journal journal, DateOnly last)
    {
        var shaped = coach.Shape(enrolment, journal, last.AddDays(1));
        var end = last.AddDays(1);
        return new ProgressReport(enrolment.Start, last, journal.Adherence(shaped, enrolment.Start, end, coach.Scheduler), WeeksOf(journal, enrolment.Start, end));
    }

    // The weeks from 'from' up to 'to' (exclusive), each with its sessions done and their mean worst pain during.
    private static List<Week> WeeksOf(Journal journal, DateOnly from, DateOnly to)
    {
        var weeks = new List<Week>();
        for (var start = from; start < to; start = start.AddDays(7))
        {
            var end = start.AddDays(7) < to ? start.AddDays(7) : to;
            int sessions = 0, scores = 0, sum = 0;
            foreach (var log in journal.Between(start, end))
            {
                sessions += log.HasSession && log.Completion != SessionCompletion.None ? 1 : 0;
                if (log.PainDuring is int pain)
                {
                    scores++;
                    sum += pain;
                }
            }

            weeks.Add(new Week(start, sessions, scores == 0 ? null : sum / (double)scores));
        }

        return weeks;
    }

    // The progress document, with a final line feed.
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("formatVersion", 1);
            writer.WriteString("from", Date(From));
            writer.WriteString("to", Date(To));
            writer.WriteNumber("planned", Adherence.Planned);
            writer.WriteNumber("doneFully", Adherence.DoneFully);
            writer.WriteNumber("donePartly", Adherence.DonePartly);
            writer.WriteNumber("missed", Adherence.Missed);
            writer.WriteNumber("unplanned", Adherence.Unplanned);
            writer.WriteNumber("longestStreak", Adherence.LongestStreak);
            writer.WriteNumber("currentStreak", Adherence.CurrentStreak);
            WriteNumberOrNull(writer, "averagePainDuring", Adherence.AveragePainDuring);
            WriteNumberOrNull(writer, "painTrendPerWeek", Adherence.PainTrendPerWeek);
            writer.WriteStartArray("weeks");
            foreach (var week in Weeks)
            {
                writer.WriteStartObject();
                writer.WriteString("start", Date(week.Start));
                writer.WriteNumber("sessions", week.Sessions);
                WriteNumberOrNull(writer, "averagePainDuring", week.AveragePain);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double v)
        {
            writer.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    // A week from its first day: sessions done and the mean of their worst pain during (null without scores).
    internal readonly record struct Week(DateOnly Start, int Sessions, double? AveragePain);
}
