using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using KneeStrength.Export.Fit;
using KneeStrength.Scheduling;
using KneeStrength.Tests.Repository;

namespace KneeStrength.Tests.Export.Fit;

/// <summary>
/// Reads FIT files back with two decoders, fit-file-parser (<c>read-fit.mjs</c>) and Garmin's own
/// <c>@garmin/fitsdk</c> (<c>read-fit-garmin.mjs</c>), brings their steps to one form, expands repeat steps and
/// compares the result with a plan.
/// </summary>
internal static class FitDecoding
{
    /// <summary>Which decoder read a file.</summary>
    internal enum Reader
    {
        FitFileParser,
        Garmin,
    }

    /// <summary>Reads every file with both decoders: one node run per decoder.</summary>
    internal static List<DecodedFile> ReadBoth(IReadOnlyList<byte[]> files) => [.. Read(files, Reader.FitFileParser), .. Read(files, Reader.Garmin)];

    /// <summary>Reads every file with one decoder, in one node run.</summary>
    internal static List<DecodedFile> Read(IReadOnlyList<byte[]> files, Reader reader)
    {
        string script = reader == Reader.Garmin ? "read-fit-garmin.mjs" : "read-fit.mjs";
        var lines = NodeTool.RunOnFiles("tests/format-check", script, [], [.. files.Select((bytes, i) => ($"{i:D3}.fit", bytes))]);
        lines.Should().HaveCount(files.Count);
        return [.. lines.Select(line => DecodedFile.Parse(reader, JsonDocument.Parse(line).RootElement.Clone()))];
    }

    /// <summary>The profile's names, as Garmin's decoder knows them, of exercise categories (<c>37</c>) and names (<c>37/24</c>).</summary>
    internal static Dictionary<string, string?> ProfileNames(IEnumerable<string> keys)
    {
        var lines = NodeTool.RunOnFiles("tests/format-check", "read-fit-garmin.mjs", ["--names", .. keys], []);
        lines.Should().ContainSingle();
        return JsonSerializer.Deserialize<Dictionary<string, string?>>(lines[0])!;
    }

    /// <summary>Expands repeat steps: each repeats the steps from the one it names to itself, as many times in all as it says.</summary>
    internal static List<DecodedStep> Expand(IReadOnlyList<DecodedStep> written)
    {
        var steps = new List<DecodedStep>();
        var positions = new List<int>();
        for (int i = 0; i < written.Count; i++)
        {
            var step = written[i];
            step.MessageIndex.Should().Be(i);
            if (step.IsRepeat)
            {
                int from = positions.IndexOf((int)step.DurationValue!.Value);
                from.Should().BeGreaterThanOrEqualTo(0, $"repeat step {i} goes back to a step written before it");
                int count = (int)step.TargetValue!.Value;
                count.Should().BeGreaterThanOrEqualTo(2, $"repeat step {i} repeats its block");
                var block = steps.Skip(from).ToList();
                for (int k = 1; k < count; k++)
                {
                    steps.AddRange(block);
                }

                positions.AddRange(Enumerable.Repeat(-1, block.Count * (count - 1)));
                continue;
            }

            steps.Add(step);
            positions.Add(i);
        }

        return steps;
    }

    /// <summary>
    /// The decoded steps, with repeats expanded, are the plan's steps: kinds, repetitions, durations (open for an
    /// open-ended dosage, its notes saying what is expected), intensities (the section's for work, rest for pauses), FIT
    /// exercises, step names and notes (a work step's cue and its equipment setting).
    /// </summary>
    internal static void ShouldMatch(DecodedFile decoded, SessionPlan plan, FitExerciseMap map, bool lapButton)
    {
        string reader = decoded.Reader.ToString();
        decoded.Errors.Should().BeEmpty($"{reader} reads the file");
        decoded.NumValidSteps.Should().Be(decoded.Steps.Count, reader);
        var steps = Expand(decoded.Steps);
        steps.Should().HaveCount(plan.Steps.Count, reader);
        for (int i = 0; i < steps.Count; i++)
        {
            var step = plan.Steps[i];
            var fit = steps[i];
            string because = $"{reader}, step {i}: {step}";
            bool active = step.Kind is StepKind.Work or StepKind.Hold;
            fit.Intensity.Should().Be(ExpectedIntensity(step), because);
            if (active && step.IsOpen)
            {
                fit.DurationType.Should().Be("open", because + " (an open-ended dosage: the lap button ends it)");
                fit.DurationValue.Should().BeNull(because);
                fit.Notes.Should().Contain(ExpectedAmount(step), because + " (the notes say what is expected)");
            }
            else if (step.Kind == StepKind.Work)
            {
                fit.DurationType.Should().Be("reps", because);
                fit.DurationValue.Should().Be(step.Repetitions, because);
            }
            else if (!active && lapButton)
            {
                fit.DurationType.Should().Be("open", because);
            }
            else
            {
                fit.DurationType.Should().Be("time", because);
                fit.DurationValue.Should().Be(step.DurationSeconds * 1000L, because);
            }

            var exercise = active ? map.Find(step.Exercise!.Id, step.Variation?.Id, step.Direction) : null;
            fit.Category.Should().Be(exercise is { } e ? CategoryName(e.Category) : null, because);
            fit.ExerciseName.Should().Be(exercise?.Name, because);
            if (active)
            {
                step.ExerciseName.Should().StartWith(fit.Name, because);
                Encoding.UTF8.GetByteCount(fit.Name!).Should().BeInRange(Math.Min(1, step.ExerciseName!.Length), 15, because);
                string notes = ExpectedNotes(step);
                notes.Should().StartWith(fit.Notes, because);
                Encoding.UTF8.GetByteCount(fit.Notes!).Should().BeLessThanOrEqualTo(199, because);
                if (Encoding.UTF8.GetByteCount(notes) <= 199)
                {
                    fit.Notes.Should().Be(notes, because);
                }
            }
            else if (step.Kind != StepKind.Rest)
            {
                step.Cue.Should().StartWith(fit.Notes, because);
            }
            else
            {
                fit.Notes.Should().StartWith("Rest", because).And.NotContain("Set ", "a repeat cannot keep a set number true");
            }
        }
    }

    /// <summary>
    /// The notes of a work or hold step: its cue (side and direction, amount, effort), then its equipment setting as a
    /// sentence, such as <c>Left leg: 10 reps. Aim for RPE 6 of 10. Medium (red) band.</c>; cut at 199 bytes in the file.
    /// </summary>
    internal static string ExpectedNotes(in TimedStep step) =>
        step.Setting is { } setting ? $"{step.Cue} {char.ToUpperInvariant(setting.ToString()[0])}{setting.ToString()[1..]}." : step.Cue;

    /// <summary>What an open step's notes say is expected: <c>about 12</c> repetitions, <c>about 45 s</c> of a hold, or <c>about</c> an activity's time.</summary>
    internal static string ExpectedAmount(in TimedStep step) =>
        step.Kind == StepKind.Work ? $"about {step.Repetitions}"
        : step.Exercise!.Category == ExerciseCategory.Activity && step.Side is null && step.Direction is null ? $"about {KneeStrength.Text.DurationText.Format(step.HoldTime)}"
        : $"about {step.HoldTime.TotalSeconds} s";

    /// <summary>The intensity a plan step is written with: work says its section, pauses are rests.</summary>
    internal static string ExpectedIntensity(in TimedStep step) =>
        step.Kind is StepKind.Work or StepKind.Hold
            ? step.Section switch
            {
                RoutineSectionKind.WarmUp => "warmup",
                RoutineSectionKind.CoolDown => "cooldown",
                _ => "active",
            }
            : "rest";

    /// <summary>The name of a <see cref="FitExerciseCategory"/> constant, such as <c>BandedExercises</c> for 37.</summary>
    internal static string CategoryName(ushort category) =>
        typeof(FitExerciseCategory).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Single(f => (ushort)f.GetRawConstantValue()! == category).Name;

    /// <summary>A profile name in either decoder's spelling (<c>banded_exercises</c>, <c>bandedExercises</c>) in Pascal case.</summary>
    internal static string Pascal(string name) =>
        string.Concat(name.Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>A camelCase name (Garmin's) as snake_case (fit-file-parser's).</summary>
    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>One decoded file: its steps as written, in one form for both decoders, and the raw output.</summary>
    internal sealed record DecodedFile(Reader Reader, IReadOnlyList<string> Errors, int NumValidSteps, IReadOnlyList<DecodedStep> Steps, JsonElement Raw)
    {
        internal static DecodedFile Parse(Reader reader, JsonElement raw)
        {
            var errors = new List<string>();
            if (reader == Reader.Garmin)
            {
                errors.AddRange(raw.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!));
                if (!raw.GetProperty("integrity").GetBoolean())
                {
                    errors.Add("the file fails the integrity check");
                }
            }
            else if (raw.TryGetProperty("error", out var error))
            {
                errors.Add(error.GetString()!);
            }

            if (errors.Count > 0)
            {
                return new DecodedFile(reader, errors, 0, [], raw);
            }

            bool garmin = reader == Reader.Garmin;
            var steps = raw.GetProperty("steps").EnumerateArray().Select(s => DecodedStep.Parse(s, garmin)).ToList();
            int valid = raw.GetProperty("workout").GetProperty(garmin ? "numValidSteps" : "num_valid_steps").GetInt32();
            return new DecodedFile(reader, errors, valid, steps, raw);
        }
    }

    /// <summary>
    /// One workout_step as written: duration type in fit-file-parser's spelling (<c>reps</c>,
    /// <c>repeat_until_steps_cmplt</c>), the category as a Pascal-case profile name, null for what the file leaves out.
    /// </summary>
    internal sealed record DecodedStep(
        int MessageIndex, string DurationType, long? DurationValue, long? TargetValue, string? Intensity, string? Category, int? ExerciseName, string? Name, string? Notes)
    {
        internal bool IsRepeat => DurationType == "repeat_until_steps_cmplt";

        internal static DecodedStep Parse(JsonElement step, bool garmin)
        {
            string Field(string snake, string camel) => garmin ? camel : snake;
            string? Text(string snake, string camel) => step.TryGetProperty(Field(snake, camel), out var v) ? v.GetString() : null;
            long? Number(string snake, string camel) => step.TryGetProperty(Field(snake, camel), out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

            string durationType = Text("duration_type", "durationType")!;
            var parsed = new DecodedStep(
                (int)Number("message_index", "messageIndex")!.Value,
                garmin ? Snake(durationType) : durationType,
                Number("duration_value", "durationValue"),
                Number("target_value", "targetValue"),
                Text("intensity", "intensity"),
                Text("exercise_category", "exerciseCategory") is string category ? Pascal(category) : null,
                (int?)Number("exercise_name", "exerciseName"),
                Text("wkt_step_name", "wktStepName"),
                Text("notes", "notes"));
            if (garmin && parsed.IsRepeat)
            {
                // Garmin's decoder names the repeat's fields: the step to go back to and the repetitions in all.
                Number("duration_step", "durationStep").Should().Be(parsed.DurationValue);
                Number("repeat_steps", "repeatSteps").Should().Be(parsed.TargetValue);
            }

            return parsed;
        }
    }
}
