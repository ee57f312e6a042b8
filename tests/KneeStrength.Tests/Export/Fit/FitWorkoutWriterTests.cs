using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
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

    /// <summary>
    /// Circuits in every section: the warm-up's and the main section's first circuit repeat round and rest, the main
    /// section's second circuit starts each later round with a set-up (so its rest and round repeat), the cool-down's
    /// circuit rests after its last round too (so every round repeats), and the clamshells' three sets repeat as before.
    /// </summary>
    private static readonly SessionPlan CircuitsPlan = SessionScheduler.Default.Schedule(new Routine("circuits", "Circuits", [
        new RoutineSection(RoutineSectionKind.WarmUp, [
            new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(10, Laterality.PerSide)),
            new Circuit(
                3,
                [
                    new RoutineItem(RunnersKnee.SingleLegHop, Dosage.Repetitions(8, Laterality.PerSide)),
                    new RoutineItem(RunnersKnee.StandingItBandStretch, Dosage.Hold(TimeSpan.FromSeconds(20), Laterality.PerSide)),
                ],
                TimeSpan.FromSeconds(15),
                TimeSpan.FromSeconds(5)),
        ]),
        new RoutineSection(RoutineSectionKind.Main, [
            new Circuit(
                4,
                [
                    new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(12, Laterality.PerSide)),
                    new RoutineItem(RunnersKnee.StandingLegExtension, Dosage.Repetitions(5, Laterality.PerSide, directions: 4)),
                ],
                TimeSpan.FromSeconds(60),
                TimeSpan.FromSeconds(15)),
            new Circuit(
                3,
                [
                    new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(8, Laterality.PerSide)),
                    new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(20), Laterality.PerSide)),
                ],
                TimeSpan.FromSeconds(45),
                TimeSpan.FromSeconds(10)),
            new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(10, Laterality.PerSide, sets: 3)),
        ]),
        new RoutineSection(RoutineSectionKind.CoolDown, [
            new Circuit(
                2,
                [
                    new RoutineItem(RunnersKnee.StandingCalfStretch, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide)),
                    new RoutineItem(RunnersKnee.StandingAchillesStretch, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide)),
                ],
                TimeSpan.FromSeconds(10),
                restAfterLastRound: true),
            new RoutineItem(RunnersKnee.SeatedHamstringStretch, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide)),
        ]),
    ]));

    private static readonly Dosage RedBand = Dosage.Repetitions(10, Laterality.PerSide).WithSetting(EquipmentSetting.Band(BandResistance.Medium, "red"));

    private static readonly Exercise EasyCycling = new(
        "easy-cycling", "Easy cycling", ExerciseCategory.Activity, BodyPosition.SeatedOnChair, isPerSide: false, null, ["Pedal at an easy pace you could talk at."]);

    /// <summary>
    /// What a dosage can say beyond amounts: an easy ride in the warm-up, a band with an effort, three sets of open holds,
    /// open repetitions with an effort, and a step's height with repetitions in reserve.
    /// </summary>
    private static readonly SessionPlan ExtrasPlan = SessionScheduler.Default.Schedule(new Routine("extras", "Extras", [
        new RoutineSection(RoutineSectionKind.WarmUp, [new RoutineItem(EasyCycling, Dosage.Hold(TimeSpan.FromMinutes(5)))]),
        new RoutineSection(RoutineSectionKind.Main, [
            new RoutineItem(RunnersKnee.SideSteps, RedBand.WithEffort(Effort.Rpe(6))),
            new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(45), Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(30)).WithOpen(true)),
            new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(12, Laterality.PerSide).WithOpen(true).WithEffort(Effort.Rpe(7))),
            new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(8, Laterality.PerSide).WithSetting(EquipmentSetting.StepHeight(20)).WithEffort(Effort.RepsInReserve(2))),
        ]),
    ]));

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
    public void Write_CircuitsPlan_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/circuits.fit", new FitWorkoutWriter().Write(CircuitsPlan, Serial, Created));

    [Fact]
    public void Write_ExtrasPlan_MatchesGolden() =>
        Golden.Match("tests/KneeStrength.Tests/Export/Golden/extras.fit", new FitWorkoutWriter().Write(ExtrasPlan, Serial, Created));

    [Fact]
    public void Write_OpenDosages_AreOpenStepsWhoseNotesSayWhatIsExpected()
    {
        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(ExtrasPlan, Serial, Created)]);

        foreach (var decoded in both)
        {
            FitDecoding.ShouldMatch(decoded, ExtrasPlan, FitExerciseMap.RunnersKnee, lapButton: false);
            var steps = decoded.Steps;
            var planks = steps.Where(s => s.Name == "Side plank").ToList();
            planks.Should().HaveCount(4, "the first set's two sides, and the last set's, around the repeat").And.OnlyContain(s => s.DurationType == "open" && s.DurationValue == null);
            planks[0].Notes.Should().Be("Left side: hold as long as you can, about 45 s.");
            var repeat = steps.Should().ContainSingle(s => s.IsRepeat, "three identical sets of open holds are still one set, a repeat and the last set").Subject;
            steps[(int)repeat.DurationValue!.Value].Name.Should().Be("Side plank");
            repeat.TargetValue.Should().Be(2);
            var raise = steps.First(s => s.Name == "Side leg raise");
            raise.Should().Be(raise with { DurationType = "open", Intensity = "active", Notes = "Left side: as many slow reps as you can, about 12. Aim for RPE 7 of 10." });
            steps.Where(s => s.Name is "Side steps" or "Step-up").Should().OnlyContain(s => s.DurationType == "reps", "only open dosages are open");
        }
    }

    [Fact]
    public void Write_OpenStepsInACircuit_AreRepeatedWithTheirRound()
    {
        var plan = SessionScheduler.Default.Schedule(new Routine("c", "Circuit", [
            new RoutineSection(RoutineSectionKind.Main, [
                new Circuit(
                    3,
                    [
                        new RoutineItem(RunnersKnee.SideLegRaise, Dosage.Repetitions(12, Laterality.PerSide).WithOpen(true).WithEffort(Effort.RepsInReserve(1))),
                        new RoutineItem(RunnersKnee.SidePlank, Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide).WithOpen(true)),
                    ],
                    TimeSpan.FromSeconds(45)),
            ]),
        ]));

        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(plan, Serial, Created)]);

        foreach (var decoded in both)
        {
            FitDecoding.ShouldMatch(decoded, plan, FitExerciseMap.RunnersKnee, lapButton: false);
            decoded.Steps.Should().ContainSingle(s => s.IsRepeat).Which.TargetValue.Should().Be(2, "the first round and its rest, done for every round but the last");
            decoded.Steps.Where(s => s.Intensity == "active").Should().OnlyContain(s => s.DurationType == "open");
            decoded.Steps.First(s => s.Name == "Side leg raise").Notes.Should().Be("Left side: as many slow reps as you can, about 12. Stop with 1 rep in reserve.");
        }
    }

    [Fact]
    public void Write_EffortAndSetting_FollowTheCueInTheNotes()
    {
        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(ExtrasPlan, Serial, Created)]);

        foreach (var decoded in both)
        {
            var steps = decoded.Steps;
            steps.First(s => s.Name == "Side steps" && s.Intensity == "active").Notes.Should().Be("Left leg: 10 reps. Aim for RPE 6 of 10. Medium (red) band.");
            steps.First(s => s.Name == "Step-up" && s.Intensity == "active").Notes.Should().Be("Left leg: 8 slow reps. Stop with 2 reps in reserve. 20 cm step.");
            steps.Where(s => s.Notes?.StartsWith("Set up for", StringComparison.Ordinal) == true).Select(s => s.Notes)
                .Should().Contain(n => n!.Contains("Loop band (medium, red)", StringComparison.Ordinal), "the set-up step says the setting as the plan does");
        }
    }

    [Fact]
    public void Write_LongNotes_LoseTheSettingFirstAndStayWithinTheLimit()
    {
        // 80 two-byte characters: the cue and the effort take 192 bytes, so the setting is cut at 199.
        var walk = new Exercise("band-walk", new string('é', 80), ExerciseCategory.Activity, BodyPosition.Standing, false, null, ["Walk."], [Equipment.LoopBand]);
        var plan = SessionScheduler.Default.Schedule(new Routine("r", "Long", [
            new RoutineItem(walk, Dosage.Hold(TimeSpan.FromMinutes(5)).WithEffort(Effort.Rpe(7)).WithSetting(EquipmentSetting.Band(BandResistance.Medium, "red"))),
        ]));

        foreach (var decoded in FitDecoding.ReadBoth([new FitWorkoutWriter().Write(plan, Serial, Created)]))
        {
            FitDecoding.ShouldMatch(decoded, plan, FitExerciseMap.RunnersKnee, lapButton: false);
            string notes = decoded.Steps.Single(s => s.Intensity == "active").Notes!;
            Encoding.UTF8.GetByteCount(notes).Should().Be(199);
            notes.Should().Be(new string('é', 80) + " for 5 min. Aim for RPE 7 of 10. Medium", "the amount and the effort come before the setting");
        }
    }

    [Fact]
    public void Write_ExerciseMedia_StayOutOfTheNotes()
    {
        var media = new ExerciseMedia(new Uri("https://clinic.example/videos/lunge.mp4"), "video/mp4", "A lunge, seen from the side.", "CC-BY-4.0");
        var lunge = new Exercise("lunge", "Lunge", ExerciseCategory.Strength, BodyPosition.Standing, true, TimeSpan.FromSeconds(2), ["Step forward."], media: [media]);
        var plan = SessionScheduler.Default.Schedule(new Routine("r", "Lunges", [new RoutineItem(lunge, Dosage.Repetitions(8, Laterality.PerSide))]));

        var decoded = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(plan, Serial, Created)]);

        decoded.Should().AllSatisfy(d => d.Steps.Should().NotContain(s => s.Notes != null && (s.Notes.Contains("://", StringComparison.Ordinal) || s.Notes.Contains("lunge.mp4", StringComparison.Ordinal)), "a watch cannot open a link"));
        decoded.Should().AllSatisfy(d => FitDecoding.ShouldMatch(d, plan, FitExerciseMap.RunnersKnee, lapButton: false));
    }

    [Fact]
    public void Write_WarmUpActivity_IsATimedStepWithNoFitExercise()
    {
        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(ExtrasPlan, Serial, Created)]);

        foreach (var decoded in both)
        {
            var ride = decoded.Steps.Single(s => s.Name == "Easy cycling");
            ride.Should().Be(ride with { DurationType = "time", DurationValue = 300_000, Intensity = "warmup", Category = null, ExerciseName = null, Notes = "Easy cycling for 5 min." });
        }

        var titles = both[0].Raw.GetProperty("titles").EnumerateArray().Select(t => t.GetProperty("wkt_step_name").GetString());
        titles.Should().NotContain("Easy cycling", "a step with no FIT exercise needs no title");
    }

    [Fact]
    public void Write_OpenActivity_IsAnOpenStepSayingTheTimeExpected()
    {
        var plan = SessionScheduler.Default.Schedule(new Routine("r", "Cool-down ride", [
            new RoutineSection(RoutineSectionKind.Main, [new RoutineItem(RunnersKnee.Clamshell, Dosage.Repetitions(10, Laterality.PerSide))]),
            new RoutineSection(RoutineSectionKind.CoolDown, [new RoutineItem(EasyCycling, Dosage.Hold(TimeSpan.FromMinutes(10)).WithOpen(true))]),
        ]));

        foreach (var decoded in FitDecoding.ReadBoth([new FitWorkoutWriter().Write(plan, Serial, Created)]))
        {
            FitDecoding.ShouldMatch(decoded, plan, FitExerciseMap.RunnersKnee, lapButton: false);
            var ride = decoded.Steps.Single(s => s.Name == "Easy cycling");
            ride.Should().Be(ride with { DurationType = "open", DurationValue = null, Intensity = "cooldown", Category = null, Notes = "Easy cycling for as long as you like, about 10 min." });
        }
    }

    [Fact]
    public void Write_Circuits_AreOneRepeatEachAndExpandToThePlansSteps()
    {
        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(CircuitsPlan, Serial, Created)]);

        foreach (var decoded in both)
        {
            FitDecoding.ShouldMatch(decoded, CircuitsPlan, FitExerciseMap.RunnersKnee, lapButton: false);
            var steps = decoded.Steps;
            var repeats = steps.Where(s => s.IsRepeat).ToList();
            repeats.Select(r => r.TargetValue).Should().Equal([2L, 3L, 2L, 2L, 2L], "warm-up circuit, main circuits, clamshell sets, cool-down circuit: the rounds in the repeat");
            string?[] firstOfBlock = [.. repeats.Select(r => steps[(int)r.DurationValue!.Value].Name)];
            firstOfBlock.Should().Equal("Single-leg hop", "Side steps", "Rest", "Clamshell", "Standing calf s");
            string?[] lastOfBlock = [.. repeats.Select(r => steps[r.MessageIndex - 1].Name)];
            lastOfBlock.Should().Equal("Rest", "Rest", "Side plank", "Rest", "Rest");
            steps[repeats[4].MessageIndex + 1].Name.Should().Be("Next exercise", "the cool-down circuit's last round rests too, inside the repeat");
            steps.Where(s => s.Category is not null).Select(s => s.Intensity).Distinct().Should().BeEquivalentTo(["warmup", "active", "cooldown"]);
            steps.Where(s => s.Intensity == "rest").Should().NotBeEmpty().And.OnlyContain(s => s.Category == null);
            steps.Should().HaveCountLessThan(CircuitsPlan.Steps.Count * 2 / 3, "each circuit is written as one repeat of a round and its rest, and the last round");
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    public void Write_CircuitOfOneOrTwoRounds_IsWrittenOut(int rounds, bool restAfterLastRound)
    {
        var plan = SessionScheduler.Default.Schedule(new Routine("c", "Circuit", [
            new RoutineSection(RoutineSectionKind.Main, [
                new Circuit(
                    rounds,
                    [new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(10, Laterality.PerSide)), new RoutineItem(RunnersKnee.StandingLegExtension, Dosage.Repetitions(5, Laterality.PerSide, directions: 4))],
                    TimeSpan.FromSeconds(30),
                    restAfterLastRound: restAfterLastRound),
            ]),
        ]));

        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(plan, Serial, Created)]);

        foreach (var decoded in both)
        {
            FitDecoding.ShouldMatch(decoded, plan, FitExerciseMap.RunnersKnee, lapButton: false);
            decoded.Steps.Should().HaveCount(plan.Steps.Count, "a repeat done once, or a round and its rest done twice, is no shorter written as a repeat")
                .And.NotContain(s => s.IsRepeat);
        }
    }

    [Fact]
    public void Write_TwoRoundCircuitRestingAfterTheLastRound_RepeatsRoundAndRest()
    {
        var plan = SessionScheduler.Default.Schedule(new Routine("c", "Circuit", [
            new RoutineSection(RoutineSectionKind.Main, [
                new Circuit(
                    2,
                    [new RoutineItem(RunnersKnee.SideSteps, Dosage.Repetitions(10, Laterality.PerSide)), new RoutineItem(RunnersKnee.StandingLegExtension, Dosage.Repetitions(5, Laterality.PerSide, directions: 4))],
                    TimeSpan.FromSeconds(30),
                    restAfterLastRound: true),
                new RoutineItem(RunnersKnee.StepUp, Dosage.Repetitions(8, Laterality.PerSide)),
            ]),
        ]));

        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(plan, Serial, Created)]);

        foreach (var decoded in both)
        {
            FitDecoding.ShouldMatch(decoded, plan, FitExerciseMap.RunnersKnee, lapButton: false);
            decoded.Steps.Should().ContainSingle(s => s.IsRepeat).Which.TargetValue.Should().Be(2);
        }
    }

    [Fact]
    public void Write_GeneratedRoutinesWithCircuits_ExpandToThePlansSteps()
    {
        static bool HasCircuit(Routine routine) => Enumerable.Range(0, routine.Items.Count).Any(i => routine.CircuitOf(i) is not null);

        // Each sample is a batch of files, read by each decoder in one node run.
        var sample = Gen.Select(
            Gen.Select(ModelGenerators.SectionedRoutine.Where(HasCircuit), Gen.Int[0, 99]).Select(WithSettings),
            ModelGenerators.Options,
            Gen.Int[20, 100].Nullable(),
            Gen.Bool,
            (routine, options, budgetPercent, lapButton) =>
            {
                var scheduler = new SessionScheduler(options);
                var plan = scheduler.Schedule(routine);
                if (budgetPercent is int percent && percent < 100 &&
                    scheduler.TrySchedule(routine, TimeSpan.FromSeconds(Math.Max(1, plan.TotalDuration.TotalSeconds * percent / 100)), out var fitted))
                {
                    plan = fitted;
                }

                return (Plan: plan, LapButton: lapButton);
            });

        sample.Array[40].Sample(
            batch =>
            {
                var files = batch.Select((b, i) => new FitWorkoutWriter(new FitWorkoutOptions { RestSteps = b.LapButton ? FitRestSteps.LapButton : FitRestSteps.Timed })
                    .Write(b.Plan, (uint)i + 1, Created)).ToList();
                var decoded = FitDecoding.ReadBoth(files);
                for (int i = 0; i < decoded.Count; i++)
                {
                    var (plan, lapButton) = batch[i % batch.Length];
                    FitDecoding.ShouldMatch(decoded[i], plan, FitExerciseMap.RunnersKnee, lapButton);
                    decoded[i].Steps.Count.Should().BeLessThanOrEqualTo(plan.Steps.Count, "repeats never make a file longer");
                }

                decoded.Sum(d => d.Steps.Count(s => s.IsRepeat)).Should().BePositive("circuits of three or more rounds are repeats");
                var planned = batch.SelectMany(b => b.Plan.Steps).Where(s => s.Kind is StepKind.Work or StepKind.Hold).ToList();
                planned.Should().Contain(s => s.IsOpen, "some generated dosages are open-ended")
                    .And.Contain(s => s.Effort != null, "some have a target effort")
                    .And.Contain(s => s.Setting != null, "some have an equipment setting");
                decoded.Should().Contain(d => d.Steps.Any(s => s.DurationType == "open" && s.Intensity != "rest"), "open work and holds are open steps");
            },
            iter: 4,
            threads: 1);
    }

    /// <summary>
    /// The routine with an equipment setting on some of the items whose exercise uses a loop band or a step: a band's
    /// level, colour or both, or a step's height, picked from the seed and the item's place.
    /// </summary>
    private static Routine WithSettings(Routine routine, int seed)
    {
        int index = 0;
        RoutineItem Set(RoutineItem item)
        {
            int pick = (seed + (index++ * 7)) % 5;
            var equipment = item.Exercise.Equipment;
            EquipmentSetting? setting =
                pick == 0 ? null
                : equipment.Contains(Equipment.LoopBand) ? EquipmentSetting.Band(
                    pick == 1 ? null : (BandResistance)(pick % 3),
                    pick == 2 ? null : EquipmentSetting.BandColours[(seed + index) % EquipmentSetting.BandColours.Count])
                : equipment.Contains(Equipment.Step) ? EquipmentSetting.StepHeight(EquipmentSetting.MinStepHeightCentimetres + (seed % 56))
                : null;
            return setting is null ? item : new RoutineItem(item.Exercise, item.Dosage.WithSetting(setting));
        }

        return new Routine(routine.Id, routine.Name, routine.Sections.Select(section => new RoutineSection(
            section.Kind,
            section.Blocks.Select(block => block switch
            {
                Circuit c => (RoutineBlock)new Circuit(c.Rounds, c.Items.Select(Set).ToList(), c.RestAfterRound, c.RestBetweenItems, c.RestAfterLastRound),
                RoutineItem item => Set(item),
                _ => block,
            }).ToList())));
    }

    [Fact]
    public void ExerciseConstants_AreTheProfilesNamesAndNumbers()
    {
        const BindingFlags Constants = BindingFlags.Public | BindingFlags.Static;
        var categories = typeof(FitExerciseCategory).GetFields(Constants).ToDictionary(f => f.Name, f => (ushort)f.GetRawConstantValue()!);
        var names = typeof(FitExerciseName).GetNestedTypes()
            .SelectMany(t => t.GetFields(Constants).Select(f => (Key: $"{categories[t.Name]}/{(ushort)f.GetRawConstantValue()!}", f.Name)))
            .ToList();
        var expected = categories.Select(c => (Key: c.Value.ToString(CultureInfo.InvariantCulture), Name: c.Key)).Concat(names).ToList();

        var profile = FitDecoding.ProfileNames(expected.Select(e => e.Key));

        expected.Should().HaveCount(21).And.AllSatisfy(e => profile[e.Key].Should().NotBeNull(e.Key).And.Match(n => FitDecoding.Pascal(n!) == e.Name, $"{e.Key} is {e.Name}"));
    }

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
        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(BuiltInPlan, Serial, Created)]);
        var decoded = both[0].Raw;

        decoded.GetProperty("fileId").GetProperty("type").GetString().Should().Be("workout");
        decoded.GetProperty("fileId").GetProperty("manufacturer").GetString().Should().Be("development");
        decoded.GetProperty("fileId").GetProperty("serial_number").GetUInt32().Should().Be(Serial);
        decoded.GetProperty("fileId").GetProperty("time_created").GetString().Should().Be("2026-03-01T09:30:15.000Z");
        var workout = decoded.GetProperty("workout");
        workout.GetProperty("wkt_name").GetString().Should().Be("Knee strengthening for runners", "30 bytes fit in the 31 a name may take");
        workout.GetProperty("sport").GetString().Should().Be("training");
        workout.GetProperty("sub_sport").GetString().Should().Be("strength_training");
        workout.GetProperty("num_valid_steps").GetInt32().Should().Be(BuiltInPlan.Steps.Count);
        both.Should().AllSatisfy(file => FitDecoding.ShouldMatch(file, BuiltInPlan, FitExerciseMap.RunnersKnee, lapButton: false));
        var garmin = both[1].Raw;
        garmin.GetProperty("fileId").GetProperty("serialNumber").GetUInt32().Should().Be(Serial);
        garmin.GetProperty("fileId").GetProperty("timeCreated").GetString().Should().Be("2026-03-01T09:30:15.000Z");
        garmin.GetProperty("workout").GetProperty("subSport").GetString().Should().Be("strengthTraining");
        garmin.GetProperty("titles").GetArrayLength().Should().Be(decoded.GetProperty("titles").GetArrayLength());

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
        var both = FitDecoding.ReadBoth([new FitWorkoutWriter().Write(SetsPlan, Serial, Created)]);

        foreach (var decoded in both)
        {
            var steps = decoded.Steps;

            // Get ready, set up, [left, switch, right, rest], repeat x2 from step 2, left, switch, right, then the step-ups flat.
            steps[6].IsRepeat.Should().BeTrue();
            steps[6].DurationValue.Should().Be(2);
            steps[6].TargetValue.Should().Be(2);
            steps.Should().HaveCount(SetsPlan.Steps.Count - 4 + 1);
            steps.Count(s => s.IsRepeat).Should().Be(1, "two sets are shorter written out");
            FitDecoding.ShouldMatch(decoded, SetsPlan, FitExerciseMap.RunnersKnee, lapButton: false);
        }
    }

    [Fact]
    public void Write_LapButtonRests_AreOpenSteps()
    {
        var options = new FitWorkoutOptions { RestSteps = FitRestSteps.LapButton, Exercises = null };
        var both = FitDecoding.ReadBoth([new FitWorkoutWriter(options).Write(SetsPlan, Serial, Created)]);

        foreach (var decoded in both)
        {
            FitDecoding.ShouldMatch(decoded, SetsPlan, FitExerciseMap.Empty, lapButton: true);
            decoded.Raw.GetProperty("titles").GetArrayLength().Should().Be(0, "no step has a FIT exercise");
        }
    }

    [Fact]
    public void Write_GeneratedPlans_DecodeToTheirSteps()
    {
        var plans = DocumentGenerators.Plan.Array[500].Single(_ => true, Seed);
        var options = Gen.Bool.Array[500].Single(_ => true, Seed);
        var files = plans.Select((plan, i) => new FitWorkoutWriter(new FitWorkoutOptions { RestSteps = options[i] ? FitRestSteps.LapButton : FitRestSteps.Timed }).Write(plan, (uint)i + 1, Created)).ToList();

        var decoded = FitDecoding.ReadBoth(files);

        for (int i = 0; i < decoded.Count; i++)
        {
            FitDecoding.ShouldMatch(decoded[i], plans[i % plans.Length], FitExerciseMap.RunnersKnee, options[i % plans.Length]);
        }

        files.Should().AllSatisfy(file => FitWorkoutWriter.Crc(file).Should().Be(0));
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

        var decoded = FitDecoding.ReadBoth(broken);

        decoded.Should().AllSatisfy(d => d.Errors.Should().NotBeEmpty());
        decoded.Where(d => d.Reader == FitDecoding.Reader.FitFileParser).Should().AllSatisfy(d => d.Errors.Single().Should().Contain("CRC"));
        broken.Should().AllSatisfy(b => FitWorkoutWriter.Crc(b).Should().NotBe(0));
    }

    [Fact]
    public void Write_LongNames_AreCutBetweenCharacters()
    {
        var exercise = new Exercise("long", "日本語の長いエクササイズ名😀", ExerciseCategory.Strength, BodyPosition.Standing, false, TimeSpan.FromSeconds(2), ["Go."]);
        var plan = SessionScheduler.Default.Schedule(new Routine("r", new string('é', 30), [new RoutineItem(exercise, Dosage.Repetitions(5))]));

        var decoded = FitDecoding.Read([new FitWorkoutWriter().Write(plan, Serial, Created)], FitDecoding.Reader.FitFileParser)[0].Raw;

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
}
