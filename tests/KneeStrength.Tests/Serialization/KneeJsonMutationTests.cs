using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Tests.Serialization;

/// <summary>
/// Valid documents corrupted in every way we could think of (flipped bytes, truncation, values of other types, deleted
/// and repeated members, huge numbers, deep nesting, broken UTF-8): each either reads into a valid model, which then
/// round-trips, or raises <see cref="KneeJsonException"/> with a place and a worded problem. Nothing else escapes.
/// The work is bounded by the document count and the reader's size and depth limits, not by a clock: the times are
/// printed for a reader of the test output, never asserted, since a shared machine can be slow at any moment.
/// </summary>
public class KneeJsonMutationTests(ITestOutputHelper output)
{
    private const int DocumentsPerBase = 1_750;

    private static readonly string[] Replacements =
    [
        "\"x\"", "\"\"", "0", "-1", "1.5", "2147483648", "-2147483649", "1e400", "-1e400", "99999999999999999999999999999999",
        "0.1", "60.0001", "true", "false", "null", "[]", "{}", "[null]", "{\"a\": 1}", "\"\\ud800\"", "\"\\u0000\"", "\"clamshell\"",
        "\"hold\"", "\"work\"", "\"left\"", "\"no-band\"", "\"forward\"", "\"band\"", "\"runners-knee\"", "\"weekly\"", "\"daily\"",
        "\"monday\"", "\"open\"", "\"afterWeeks\"", "\"onDate\"", "\"2026-02-29\"", "\"2028-02-29\"", "\"9999-12-31\"", "\"prevention\"",
        new string('[', 300) + new string(']', 300),
        string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300),
        "\"" + new string('x', 5000) + "\"",
    ];

    private static readonly byte[][] BadBytes = [[0xFF], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0x00], [0x0D], [0x22]];

    [Fact]
    public void Read_CorruptedDocuments_ReadOrThrowKneeJsonExceptionOnly()
    {
        var bases = Bases();

        var random = new Random(20261123);
        var failures = new List<string>();
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int documents = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        foreach (var (name, json, read, write) in bases)
        {
            for (int n = 0; n < DocumentsPerBase; n++)
            {
                byte[] mutated = json;
                int mutations = random.Next(1, 4);
                var applied = new List<string>();
                for (int m = 0; m < mutations; m++)
                {
                    mutated = Mutate(mutated, random, applied);
                }

                bool asString = random.Next(2) == 0;
                documents++;
                var watch = Stopwatch.StartNew();
                string outcome = Outcome(() => read(mutated, asString), write, read, asString, out string? failure);
                watch.Stop();
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (failure is not null && failures.Count < 10)
                {
                    failures.Add($"{name} [{string.Join(", ", applied)}] as {(asString ? "string" : "stream")}: {failure}\n{Text(mutated)[..Math.Min(mutated.Length, 3000)]}");
                }
            }
        }

        total.Stop();
        output.WriteLine($"{documents} documents in {total.Elapsed.TotalSeconds:F1} s; slowest {slowest.TotalMilliseconds:F0} ms.");
        foreach (var (outcome, count) in outcomes)
        {
            output.WriteLine($"{count,6}  {outcome}");
        }

        documents.Should().BeGreaterThanOrEqualTo(10_000);
        failures.Should().BeEmpty();
        outcomes.Keys.Should().Contain("read").And.Contain(k => k.StartsWith("error:", StringComparison.Ordinal));
    }

    /// <summary>
    /// The valid documents the corruptions start from, one of each kind the reader reads (the schema's kind first),
    /// with how to read one (from a string or a stream) and write a value back.
    /// </summary>
    internal static (string Kind, byte[] Json, Func<byte[], bool, object> Read, Func<object, string> Write)[] Bases() =>
        [
            ("routine", Utf8(KneeJson.WriteRoutine(RoutineWithEverything(), new ExerciseCatalog([]))), (b, s) => s ? KneeJson.ReadRoutine(Text(b), new ExerciseCatalog([])) : KneeJson.ReadRoutine(new MemoryStream(b), new ExerciseCatalog([])), v => KneeJson.WriteRoutine((Routine)v, new ExerciseCatalog([]))),
            ("routine", Utf8(KneeJson.WriteRoutine(RunnersKnee.Routine)), (b, s) => s ? KneeJson.ReadRoutine(Text(b)) : KneeJson.ReadRoutine(new MemoryStream(b)), v => KneeJson.WriteRoutine((Routine)v)),
            ("catalog", Utf8(KneeJson.WriteCatalog(new ExerciseCatalog(RoutineWithEverything().Items.Select(i => i.Exercise).DistinctBy(e => e.Id)))), (b, s) => s ? KneeJson.ReadCatalog(Text(b)) : KneeJson.ReadCatalog(new MemoryStream(b)), v => KneeJson.WriteCatalog((ExerciseCatalog)v)),
            ("plan", Utf8(KneeJson.WritePlan(PlanWithEverything())), (b, s) => s ? KneeJson.ReadPlan(Text(b)) : KneeJson.ReadPlan(new MemoryStream(b)), v => KneeJson.WritePlan((SessionPlan)v)),
            ("program", Utf8(KneeJson.WriteProgram(ProgramWithEverything(), new ExerciseCatalog([]))), (b, s) => s ? KneeJson.ReadProgram(Text(b), new ExerciseCatalog([])) : KneeJson.ReadProgram(new MemoryStream(b), new ExerciseCatalog([])), v => KneeJson.WriteProgram((TrainingProgram)v, new ExerciseCatalog([]))),
            ("scheduled-sessions", Utf8(KneeJson.WriteScheduledSessions(SessionsOf(ProgramWithEverything()))), (b, s) => new Sessions(s ? KneeJson.ReadScheduledSessions(Text(b), ProgramWithEverything()) : KneeJson.ReadScheduledSessions(new MemoryStream(b), ProgramWithEverything())), v => KneeJson.WriteScheduledSessions(((Sessions)v).List)),
            ("enrolment", Utf8(KneeJson.WriteEnrolment(EnrolmentWithEverything())), (b, s) => s ? KneeJson.ReadEnrolment(Text(b), ProgramWithEverything()) : KneeJson.ReadEnrolment(new MemoryStream(b), ProgramWithEverything()), v => KneeJson.WriteEnrolment((Enrolment)v)),
        ];

    /// <summary>Corrupted documents: <paramref name="perBase"/> of each base, one to three corruptions each, from a fixed seed.</summary>
    internal static IEnumerable<(string Kind, byte[] Json, string Applied, Func<byte[], bool, object> Read)> Corpus(int perBase, int seed)
    {
        var random = new Random(seed);
        foreach (var (kind, json, read, _) in Bases())
        {
            for (int n = 0; n < perBase; n++)
            {
                byte[] mutated = json;
                var applied = new List<string>();
                for (int m = random.Next(1, 4); m > 0; m--)
                {
                    mutated = Mutate(mutated, random, applied);
                }

                yield return (kind, mutated, string.Join(", ", applied), read);
            }
        }
    }

    private static string Outcome(Func<object> read, Func<object, string> write, Func<byte[], bool, object> reread, bool asString, out string? failure)
    {
        failure = null;
        object value;
        try
        {
            value = read();
        }
        catch (KneeJsonException e)
        {
            if (e.LineNumber < 1 || e.Column < 1 || !e.Path.StartsWith('$') || string.IsNullOrWhiteSpace(e.Problem) ||
                e.Problem.StartsWith("The document could not be read", StringComparison.Ordinal))
            {
                failure = $"badly placed or worded: {e.Message}";
            }

            // Group outcomes by the start of the problem, without the values in it.
            return "error: " + new string(e.Problem.TakeWhile(c => c is not ('\'' or ':' or ';' or '(' or ',')).ToArray()).Trim();
        }
        catch (Exception e)
        {
            failure = $"escaped: {e}";
            return "escaped: " + e.GetType().Name;
        }

        try
        {
            string again = write(value);
            if (!reread(Utf8(again), asString).Equals(value))
            {
                failure = "read a value that does not read back equal";
            }
        }
        catch (Exception e)
        {
            failure = $"read a value that does not round-trip: {e}";
        }

        return "read";
    }

    private static byte[] Mutate(byte[] json, Random random, List<string> applied)
    {
        int kind = random.Next(12);
        var lines = Text(json).Split('\n').ToList();
        int line = random.Next(lines.Count);
        switch (kind)
        {
            case 0:
                applied.Add("flip byte");
                return With(json, random.Next(json.Length), (byte)random.Next(256));
            case 1:
                applied.Add("flip bit");
                int at = random.Next(json.Length);
                return With(json, at, (byte)(json[at] ^ (1 << random.Next(8))));
            case 2:
                applied.Add("truncate");
                return json[..random.Next(json.Length)];
            case 3:
                applied.Add($"delete line {line + 1}");
                lines.RemoveAt(line);
                break;
            case 4:
                applied.Add($"repeat line {line + 1}");
                lines.Insert(line, lines[line]);
                break;
            case 5:
                applied.Add($"swap lines {line + 1}");
                int other = Math.Min(line + 1, lines.Count - 1);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 6:
            case 7:
                // The value of a member: another type, out of range, huge, deeply nested.
                int colon = lines[line].IndexOf("\": ", StringComparison.Ordinal);
                if (colon < 0)
                {
                    goto case 9;
                }

                string replacement = Replacements[random.Next(Replacements.Length)];
                string rest = lines[line][(colon + 3)..];
                string tail = rest.EndsWith(',') ? "," : rest.EndsWith('[') ? "[" : rest.EndsWith('{') ? "{" : string.Empty;
                applied.Add($"value on line {line + 1} := {replacement[..Math.Min(replacement.Length, 12)]}");
                lines[line] = lines[line][..(colon + 3)] + replacement + tail;
                break;
            case 8:
                // A number nudged, zeroed or maximised.
                int digit = lines[line].AsSpan().IndexOfAnyInRange('0', '9');
                if (digit < 0)
                {
                    goto case 9;
                }

                int end = digit;
                while (end < lines[line].Length && char.IsAsciiDigit(lines[line][end]))
                {
                    end++;
                }

                if (!long.TryParse(lines[line][digit..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number))
                {
                    // A run of digits too long for a number (inside a string, say): corrupt otherwise.
                    goto case 9;
                }

                long changed = random.Next(4) switch { 0 => number + 1, 1 => number - 1, 2 => 0, _ => int.MaxValue };
                applied.Add($"number on line {line + 1} := {changed}");
                lines[line] = lines[line][..digit] + changed.ToString(System.Globalization.CultureInfo.InvariantCulture) + lines[line][end..];
                break;
            case 9:
                applied.Add($"unknown member at line {line + 1}");
                lines.Insert(line, "\"zz\": 1,");
                break;
            case 10:
                byte[] bad = BadBytes[random.Next(BadBytes.Length)];
                int where = random.Next(json.Length + 1);
                applied.Add($"bytes {Convert.ToHexString(bad)} at {where}");
                return [.. json[..where], .. bad, .. json[where..]];
            default:
                applied.Add("CRLF");
                return Utf8(Text(json).ReplaceLineEndings("\r\n"));
        }

        return Utf8(string.Join('\n', lines));
    }

    private static byte[] With(byte[] json, int index, byte value)
    {
        byte[] copy = (byte[])json.Clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] utf8) => Encoding.UTF8.GetString(utf8);

    /// <summary>The built-in routine with a custom exercise: custom equipment, variations, directions, sets and rests.</summary>
    private static Routine RoutineWithEverything()
    {
        var roller = new Equipment("foam-roller", "Foam roller");
        var roll = new Exercise(
            "it-band-roll",
            "IT band roll",
            ExerciseCategory.Stretch,
            BodyPosition.SideLying,
            isPerSide: true,
            TimeSpan.FromSeconds(2.5),
            ["Lie on the roller, hip to knee.", "Roll slowly."],
            [roller],
            [new ExerciseVariation("ball", "Ball roll", [], "No roller: use a ball.", BodyPosition.Seated, ["Sit on a ball."])],
            ["up", "down"]);
        return new Routine(
            "everything",
            "Everything",
            [.. RunnersKnee.Routine.Items, new RoutineItem(roll, Dosage.Repetitions(12, Laterality.PerSide, directions: 2, sets: 3, restBetweenSets: TimeSpan.FromSeconds(20)))]);
    }

    /// <summary>A plan with substitutions, omissions, adjustments, holds, sides and directions.</summary>
    private static SessionPlan PlanWithEverything() =>
        new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("step").Value)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));

    /// <summary>The built-in program with a custom routine: every kind of schedule and end.</summary>
    private static TrainingProgram ProgramWithEverything()
    {
        var custom = RoutineWithEverything();
        return new TrainingProgram(
            "everything",
            "Everything",
            [
                new ProgramPhase("start", custom, ScheduleRule.EveryNDays(2), PhaseEnd.AfterWeeks(2)),
                new ProgramPhase("treatment", RunnersKnee.Routine, ScheduleRule.Daily, PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning, 6)),
                new ProgramPhase("return", custom, ScheduleRule.EveryNDays(3), PhaseEnd.OnEvent(EnrolmentEventKind.BackToRunning)),
                new ProgramPhase("prevention", custom, ScheduleRule.Weekly(DayOfWeek.Monday, DayOfWeek.Thursday), PhaseEnd.Open),
            ]);
    }

    /// <summary>An enrolment of <see cref="ProgramWithEverything"/> with events of both kinds, a budget and options.</summary>
    private static Enrolment EnrolmentWithEverything() => new(
        "ann-b",
        ProgramWithEverything(),
        new DateOnly(2026, 3, 2),
        [EnrolmentEvent.BackToRunning(new DateOnly(2026, 4, 30)), EnrolmentEvent.BackToTreatment(new DateOnly(2026, 6, 1)), EnrolmentEvent.BackToRunning(new DateOnly(2026, 6, 20))],
        TimeSpan.FromMinutes(25),
        new SessionOptions(equipment: EquipmentSet.Parse("band,step").Value, firstSide: Side.Right, rangeBound: RangeBound.Upper));

    private static ScheduledSession[] SessionsOf(TrainingProgram program)
    {
        var start = new DateOnly(2026, 3, 2);
        var enrolment = new Enrolment("ann", program, start, [EnrolmentEvent.BackToRunning(new DateOnly(2026, 4, 30)), EnrolmentEvent.BackToRunning(new DateOnly(2026, 5, 20))]);
        return [.. ProgramScheduler.Default.GetSessions(enrolment, start, start.AddDays(90))];
    }

    /// <summary>Sessions compared element by element, so a read list can be checked for equality like the other values.</summary>
    private sealed class Sessions(IReadOnlyList<ScheduledSession> list)
    {
        public IReadOnlyList<ScheduledSession> List => list;

        public override bool Equals(object? obj) => obj is Sessions other && list.SequenceEqual(other.List);

        public override int GetHashCode() => list.Count;
    }
}
