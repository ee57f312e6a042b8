using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Export.Fit;
using KneeStrength.Scheduling;
using KneeStrength.Tests.Repository;
using KneeStrength.Tests.Serialization;

namespace KneeStrength.Tests.Export.Fit;

public class FitWorkoutWriterTests
{
    private const string Seed = "7q1hL0HHn2aO";

    private const uint Serial = 0x1234_5678;

    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 30, 15, TimeSpan.Zero);

    private static readonly SessionPlan BuiltInPlan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);

    /// <summary>Three sets of side planks, then two of step-ups: the first become a repeat, the second do not.</summary>
    private static readonly SessionPlan SetsPlan = SessionScheduler.Default.Schedule(new Routine("sets", "Sets", [
        new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(20), Laterality.PerSide, sets: 3)),
        new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(8, Laterality.PerSide, sets: 2)),
    ]));

    // The FIT profile's names of the categories the built-in map uses, as fit-file-parser reports them.
    private static readonly Dictionary<ushort, string> CategoryNames = new()
    {
        [10] = "hip_raise", [11] = "hip_stability", [16] = "leg_raise", [19] = "plank", [20] = "plyo", [28] = "squat", [31] = "warm_up", [37] = "banded_exercises",
    };

    [Fact]
    public void Write_BuiltInPlan_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/runners-knee.fit", new FitWorkoutWriter().Write(BuiltInPlan, Serial, Created));

    [Fact]
    public void Write_SetsPlan_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/sets.fit", new FitWorkoutWriter().Write(SetsPlan, Serial, Created));

    [Fact]
    public void Write_SetsPlanWithLapButtonRests_MatchesGolden() =>
        Golden.Match(
            "tests/KneeStrength.Tests/Export/Golden/sets.lap-button.fit",
            new FitWorkoutWriter(new FitWorkoutOptions { RestSteps = FitRestSteps.LapButton, WorkoutName = "Sets at home", Product = 7 }).Write(SetsPlan, Serial, Created));

    [Fact]
    public void Write_Header_HasSizeProtocolProfileDataSizeAndCrcs()
    {
        byte[] file = new FitWorkoutWriter().Write(BuiltInPlan, Serial, Created);

        file[0].Should().Be(14);
        file[1].Should().Be(0x10, "protocol 1.0");
        BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(2)).Should().Be(21217);
        BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)).Should().Be((uint)(file.Length - 16));
        Encoding.ASCII.GetString(file, 8, 4).Should().Be(".FIT");
        FitWorkoutWriter.Crc(file.AsSpan(0, 14)).Should().Be(0, "the header's CRC covers bytes 0 to 11");
        FitWorkoutWriter.Crc(file).Should().Be(0, "the CRC of a whole valid file, CRC included, is 0");
    }

    [Fact]
    public void Crc_KnownCheckValue_IsCrc16Arc() =>
        FitWorkoutWriter.Crc("123456789"u8).Should().Be(0xBB3D);

    [Fact]
    public void Write_BuiltInPlan_DecodesToThePlansStepsWithExercisesAndTitles()
    {
        var decoded = Read([new FitWorkoutWriter().Write(BuiltInPlan, Serial, Created)])[0];

        decoded.GetProperty("fileId").GetProperty("type").GetString().Should().Be("workout");
        decoded.GetProperty("fileId").GetProperty("manufacturer").GetString().Should().Be("development");
        decoded.GetProperty("fileId").GetProperty("serial_number").GetUInt32().Should().Be(Serial);
        decoded.GetProperty("fileId").GetProperty("time_created").GetString().Should().Be("2026-03-01T09:30:15.000Z");
        var workout = decoded.GetProperty("workout");
        workout.GetProperty("wkt_name").GetString().Should().Be("Knee strengthening for runners", "30 bytes fit in the 31 a name may take");
        workout.GetProperty("sport").GetString().Should().Be("training");
        workout.GetProperty("sub_sport").GetString().Should().Be("strength_training");
        workout.GetProperty("num_valid_steps").GetInt32().Should().Be(BuiltInPlan.Steps.Count);
        ShouldMatch(decoded, BuiltInPlan, FitExerciseMap.RunnersKnee, lapButton: false);

        var titles = decoded.GetProperty("titles").EnumerateArray()
            .Select(t => (t.GetProperty("exercise_category").GetString(), t.TryGetProperty("exercise_name", out var n) ? n.GetInt32() : -1, t.GetProperty("wkt_step_name").GetString()))
            .ToList();
        titles.Should().OnlyHaveUniqueItems().And.HaveCount(14, "one per FIT exercise: three for the leg extension's directions, one for the two stretches that share one, none for the hip dip");
        titles.Should().Contain(("banded_exercises", -1, "Standing leg extension")).And.Contain(("banded_exercises", 27, "Standing leg extension")).And.Contain(("plank", 66, "Side plank"));
        var steps = decoded.GetProperty("steps").EnumerateArray().ToList();
        steps.First(s => s.GetProperty("intensity").GetString() == "active").GetProperty("notes").GetString().Should().Be("Left leg, forward: 10 slow reps.");
    }

    [Fact]
    public void Write_ThreeIdenticalSets_AreOneSetARepeatAndTheLastSet()
    {
        var decoded = Read([new FitWorkoutWriter().Write(SetsPlan, Serial, Created)])[0];
        var steps = decoded.GetProperty("steps").EnumerateArray().ToList();

        // Get ready, set up, [left, switch, right, rest], repeat x2 from step 2, left, switch, right, then the step-ups flat.
        steps[6].GetProperty("duration_type").GetString().Should().Be("repeat_until_steps_cmplt");
        steps[6].GetProperty("duration_value").GetInt32().Should().Be(2);
        steps[6].GetProperty("target_value").GetInt32().Should().Be(2);
        steps.Should().HaveCount(SetsPlan.Steps.Count - 4 + 1);
        steps.Count(s => s.GetProperty("duration_type").GetString() == "repeat_until_steps_cmplt").Should().Be(1, "two sets are shorter written out");
        ShouldMatch(decoded, SetsPlan, FitExerciseMap.RunnersKnee, lapButton: false);
    }

    [Fact]
    public void Write_LapButtonRests_AreOpenSteps()
    {
        var options = new FitWorkoutOptions { RestSteps = FitRestSteps.LapButton, Exercises = null };
        var decoded = Read([new FitWorkoutWriter(options).Write(SetsPlan, Serial, Created)])[0];

        ShouldMatch(decoded, SetsPlan, FitExerciseMap.Empty, lapButton: true);
        decoded.GetProperty("titles").GetArrayLength().Should().Be(0, "no step has a FIT exercise");
    }

    [Fact]
    public void Write_GeneratedPlans_DecodeToTheirSteps()
    {
        var plans = DocumentGenerators.Plan.Array[500].Single(_ => true, Seed);
        var options = Gen.Bool.Array[500].Single(_ => true, Seed);
        var files = plans.Select((plan, i) => new FitWorkoutWriter(new FitWorkoutOptions { RestSteps = options[i] ? FitRestSteps.LapButton : FitRestSteps.Timed }).Write(plan, (uint)i + 1, Created)).ToList();

        var decoded = Read(files);

        for (int i = 0; i < plans.Length; i++)
        {
            ShouldMatch(decoded[i], plans[i], FitExerciseMap.RunnersKnee, options[i]);
            FitWorkoutWriter.Crc(files[i]).Should().Be(0);
        }
    }

    [Fact]
    public void Write_FlippedByte_IsCaughtByTheReadersCrcCheck()
    {
        byte[] good = new FitWorkoutWriter().Write(BuiltInPlan, Serial, Created);
        var positions = new[] { 20, 100, good.Length / 2, good.Length - 3, good.Length - 1 };
        var broken = positions.Select(p =>
        {
            byte[] copy = [.. good];
            copy[p] ^= 0x01;
            return copy;
        }).ToList();

        var decoded = Read(broken);

        decoded.Should().AllSatisfy(d => d.GetProperty("error").GetString().Should().Contain("CRC"));
        broken.Should().AllSatisfy(b => FitWorkoutWriter.Crc(b).Should().NotBe(0));
    }

    [Fact]
    public void Write_LongNames_AreCutBetweenCharacters()
    {
        var exercise = new Exercise("long", "日本語の長いエクササイズ名😀", ExerciseCategory.Strength, BodyPosition.Standing, false, TimeSpan.FromSeconds(2), ["Go."]);
        var plan = SessionScheduler.Default.Schedule(new Routine("r", new string('é', 30), [new RoutineItem(exercise, Dosage.Repetitions(5))]));

        var decoded = Read([new FitWorkoutWriter().Write(plan, Serial, Created)])[0];

        decoded.GetProperty("workout").GetProperty("wkt_name").GetString().Should().Be(new string('é', 15), "31 bytes hold 15 two-byte characters");
        var work = decoded.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("intensity").GetString() == "active");
        work.GetProperty("wkt_step_name").GetString().Should().Be("日本語の長", "15 bytes hold five three-byte characters");
    }

    [Fact]
    public void Write_StreamAndBufferWriter_WriteTheSameBytes()
    {
        var writer = new FitWorkoutWriter();
        byte[] bytes = writer.Write(BuiltInPlan, Serial, Created);
        using var stream = new MemoryStream();
        writer.Write(BuiltInPlan, Serial, Created, stream);
        var buffer = new ArrayBufferWriter<byte>();
        writer.Write(BuiltInPlan, Serial, Created, buffer);

        stream.ToArray().Should().Equal(bytes);
        buffer.WrittenSpan.ToArray().Should().Equal(bytes);
        new FitWorkoutWriter().Write(BuiltInPlan, Serial + 1, Created).Should().NotEqual(bytes, "another serial number gives another file");
    }

    [Fact]
    public void Write_OptionsChangedAfterwards_DoNotReachTheWriter()
    {
        var options = new FitWorkoutOptions();
        var writer = new FitWorkoutWriter(options);
        byte[] before = writer.Write(SetsPlan, Serial, Created);
        options.RestSteps = FitRestSteps.LapButton;
        options.Exercises = null;
        options.WorkoutName = "Other";
        options.Product = 9;

        writer.Write(SetsPlan, Serial, Created).Should().Equal(before);
    }

    [Fact]
    public void Write_BadArguments_NameTheParameter()
    {
        var writer = new FitWorkoutWriter();
        FluentActions.Invoking(() => writer.Write(BuiltInPlan, 0, Created)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("serialNumber");
        FluentActions.Invoking(() => writer.Write(BuiltInPlan, 1, new DateTimeOffset(1989, 12, 30, 0, 0, 0, TimeSpan.Zero))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("timeCreated");
        FluentActions.Invoking(() => writer.Write(BuiltInPlan, 1, new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("timeCreated");
        FluentActions.Invoking(() => writer.Write(null!, 1, Created)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        FluentActions.Invoking(() => new FitWorkoutWriter(new FitWorkoutOptions { RestSteps = (FitRestSteps)9 }))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "options.RestSteps").WithMessage("RestSteps is 9, which is not a FitRestSteps value.*");
    }

    [Fact]
    public void ExerciseMap_Find_PrefersVariationAndDirectionThenFallsBack()
    {
        var map = FitExerciseMap.RunnersKnee;

        map.Find("standing-leg-extension", direction: "side").Should().Be(new FitExercise(37, 27));
        map.Find("standing-leg-extension", direction: "forward").Should().Be(new FitExercise(37));
        map.Find("side-steps").Should().Be(new FitExercise(37, 24));
        map.Find("side-steps", "no-band").Should().BeNull("an entry can say there is none");
        map.Find("bosu-ball-squat", "plain-squat").Should().Be(new FitExercise(28));
        map.Find("hip-dip").Should().BeNull();
        var mine = map.With("hip-dip", new FitExercise(11, 3));
        mine.Find("hip-dip").Should().Be(new FitExercise(11, 3));
        map.Find("hip-dip").Should().BeNull("With leaves the map it was called on as it was");
        mine.Count.Should().Be(map.Count + 1);
    }

    [Fact]
    public void FitExercise_EqualityAndText()
    {
        EqualityAssertions.ShouldBeEqualByValue(new FitExercise(37, 24), new FitExercise(37, 24));
        EqualityAssertions.ShouldBeUnequalByValue(new FitExercise(37, 24), new FitExercise(37));
        new FitExercise(37, 24).ToString().Should().Be("37/24");
        new FitExercise(20).ToString().Should().Be("20");
        new FitExercise(20).Name.Should().BeNull();
        default(FitExercise).Should().Be(new FitExercise(0));
        FluentActions.Invoking(() => new FitExercise(0xFFFF)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("category");
        FluentActions.Invoking(() => new FitExercise(1, 0xFFFF)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("name");
    }

    // The decoded steps, with repeats expanded, are the plan's steps: kinds, repetitions, durations and FIT exercises.
    private static void ShouldMatch(JsonElement decoded, SessionPlan plan, FitExerciseMap map, bool lapButton)
    {
        decoded.TryGetProperty("error", out var error).Should().BeFalse(error.ValueKind == JsonValueKind.String ? error.GetString() : null);
        var written = decoded.GetProperty("steps").EnumerateArray().ToList();
        decoded.GetProperty("workout").GetProperty("num_valid_steps").GetInt32().Should().Be(written.Count);
        var steps = new List<JsonElement>();
        var positions = new List<int>();
        for (int i = 0; i < written.Count; i++)
        {
            written[i].GetProperty("message_index").GetInt32().Should().Be(i);
            if (written[i].GetProperty("duration_type").GetString() == "repeat_until_steps_cmplt")
            {
                int from = positions.IndexOf(written[i].GetProperty("duration_value").GetInt32());
                int count = written[i].GetProperty("target_value").GetInt32();
                var block = steps.Skip(from).ToList();
                for (int k = 1; k < count; k++)
                {
                    steps.AddRange(block);
                }

                positions.AddRange(Enumerable.Repeat(-1, block.Count * (count - 1)));
                continue;
            }

            steps.Add(written[i]);
            positions.Add(i);
        }

        steps.Should().HaveCount(plan.Steps.Count);
        for (int i = 0; i < steps.Count; i++)
        {
            var step = plan.Steps[i];
            var fit = steps[i];
            string because = $"step {i}: {step}";
            bool active = step.Kind is StepKind.Work or StepKind.Hold;
            fit.GetProperty("intensity").GetString().Should().Be(active ? "active" : "rest", because);
            string durationType = fit.GetProperty("duration_type").GetString()!;
            if (step.Kind == StepKind.Work)
            {
                durationType.Should().Be("reps", because);
                fit.GetProperty("duration_value").GetInt64().Should().Be(step.Repetitions, because);
            }
            else if (!active && lapButton)
            {
                durationType.Should().Be("open", because);
            }
            else
            {
                durationType.Should().Be("time", because);
                fit.GetProperty("duration_value").GetInt64().Should().Be(step.DurationSeconds * 1000L, because);
            }

            var exercise = active ? map.Find(step.Exercise!.Id, step.Variation?.Id, step.Direction) : null;
            if (exercise is { } expected)
            {
                fit.GetProperty("exercise_category").GetString().Should().Be(CategoryNames[expected.Category], because);
                if (expected.Name is ushort name)
                {
                    fit.GetProperty("exercise_name").GetInt32().Should().Be(name, because);
                }
            }
            else
            {
                fit.TryGetProperty("exercise_category", out _).Should().BeFalse(because);
            }

            if (active)
            {
                string stepName = fit.GetProperty("wkt_step_name").GetString()!;
                step.ExerciseName.Should().StartWith(stepName, because);
                Encoding.UTF8.GetByteCount(stepName).Should().BeInRange(Math.Min(1, step.ExerciseName!.Length), 15, because);
            }
        }
    }

    private static List<JsonElement> Read(List<byte[]> files)
    {
        var lines = NodeTool.RunOnFiles("tests/format-check", "read-fit.mjs", [], [.. files.Select((bytes, i) => ($"{i:D3}.fit", bytes))]);
        lines.Should().HaveCount(files.Count);
        return [.. lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }
}
