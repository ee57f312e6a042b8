using System;
using CsCheck;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

public class DosagePatternTests
{
    private const string ArticleLegExtension = "x 10 (per leg and per side)";

    /// <summary>
    /// Every valid dosage: both kinds, both lateralities, 1 to 8 directions, 1 to 20 sets or a range of them, a rest
    /// that is null, or 0 to 600 s when two or more sets may be done; repetitions alone or as a range, with or without
    /// a hold on each. Amounts lean to the limits as well as the middle.
    /// </summary>
    internal static readonly Gen<Dosage> ValidDosage =
        Gen.Select(
            Gen.Bool,
            Gen.Int[1, Dosage.MaxRepetitions],
            Gen.Int[1, Dosage.MaxHoldSeconds],
            Gen.Enum<Laterality>(),
            Gen.Int[1, Dosage.MaxDirections],
            Gen.Int[1, Dosage.MaxSets],
            Gen.Int[0, Dosage.MaxRestSeconds].Nullable(0.3),
            Gen.Select(Gen.Int[0, Dosage.MaxRepetitions].Nullable(0.6), Gen.Int[0, Dosage.MaxSets].Nullable(0.7), Gen.Int[1, Dosage.MaxHoldEachSeconds].Nullable(0.6)))
        .Select(t =>
        {
            var (isHold, reps, seconds, laterality, directions, sets, restSeconds, (repsMax, setsMax, holdEach)) = t;
            int highSets = Math.Max(sets, setsMax ?? sets);
            TimeSpan? rest = highSets > 1 && restSeconds is int r ? TimeSpan.FromSeconds(r) : null;
            if (isHold)
            {
                return Dosage.Hold(TimeSpan.FromSeconds(seconds), laterality, directions).WithSetRange(sets, highSets, rest);
            }

            var dosage = Dosage.Repetitions(reps, laterality, directions)
                .WithRepetitionRange(reps, Math.Max(reps, repsMax ?? reps))
                .WithSetRange(sets, highSets, rest);
            return holdEach is int h ? dosage.WithHoldEachRepetition(TimeSpan.FromSeconds(h)) : dosage;
        })
        .SelectMany(dosage => Gen.Select(Gen.Bool, Gen.Int[0, 2], Gen.Int[0, Effort.MaxValue], Gen.Int[0, 4], Gen.Int[5, 60], Gen.Int[0, 10])
            .Select(extras =>
            {
                var (open, effortKind, effortValue, settingKind, height, colour) = extras;
                Effort? effort = effortKind switch
                {
                    1 => Effort.Rpe(effortValue),
                    2 when dosage.Kind == DosageKind.Repetitions => Effort.RepsInReserve(effortValue),
                    _ => null,
                };
                EquipmentSetting? setting = settingKind switch
                {
                    1 => EquipmentSetting.StepHeight(height),
                    2 => EquipmentSetting.Band((BandResistance)(height % 3)),
                    3 => EquipmentSetting.Band(null, EquipmentSetting.BandColours[colour]),
                    4 => EquipmentSetting.Band((BandResistance)(height % 3), EquipmentSetting.BandColours[colour]),
                    _ => null,
                };
                return dosage.WithOpen(open).WithEffort(effort).WithSetting(setting);
            }));

    [Fact]
    public void Parse_FormatOfAnyValidDosage_GivesItBack()
    {
        ValidDosage.Sample(
            dosage => DosagePattern.Parse(DosagePattern.Format(dosage)).Value.Should().Be(dosage, "'{0}' must read back", DosagePattern.Format(dosage)),
            iter: 5_000,
            print: d => $"{DosagePattern.Format(d)} ({d.Kind}, {d.RepetitionRange}, {d.HoldTime}, {d.Laterality}, {d.Directions} dir, {d.SetRange} sets, rest {d.RestBetweenSets}, each {d.HoldEachRepetition})");
    }

    [Fact]
    public void Format_AnyValidDosage_IsItsToString()
    {
        ValidDosage.Sample(dosage => DosagePattern.Format(dosage).Should().Be(dosage.ToString()), iter: 1_000);
    }

    public static TheoryData<string, Dosage> Formats => new()
    {
        { "1 rep", default },
        { "1 rep", Dosage.Repetitions(1) },
        { "2 reps", Dosage.Repetitions(2) },
        { "20 reps", Dosage.Repetitions(20) },
        { "20 reps per side", Dosage.Repetitions(20, Laterality.PerSide) },
        { "1 rep per side", Dosage.Repetitions(1, Laterality.PerSide) },
        { "1 s hold", Dosage.Hold(TimeSpan.FromSeconds(1)) },
        { "30 s hold per side", Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide) },
        { "600 s hold", Dosage.Hold(TimeSpan.FromMinutes(10)) },
        { "10 reps per leg in each of 4 directions", Dosage.Repetitions(10, Laterality.PerSide, 4) },
        { "10 reps in each of 4 directions", Dosage.Repetitions(10, Laterality.Bilateral, 4) },
        { "15 s hold per leg in each of 2 directions", Dosage.Hold(TimeSpan.FromSeconds(15), Laterality.PerSide, 2) },
        { "3 x 10 reps per side, 30 s rest", Dosage.Repetitions(10, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(30)) },
        { "3 x 10 reps per side", Dosage.Repetitions(10, Laterality.PerSide, sets: 3) },
        { "2 x 20 reps, 0 s rest", Dosage.Repetitions(20, sets: 2, restBetweenSets: TimeSpan.Zero) },
        { "20 x 1000 reps per leg in each of 8 directions, 600 s rest", Dosage.Repetitions(1000, Laterality.PerSide, 8, 20, TimeSpan.FromMinutes(10)) },
        { "2 sets of 45 s hold per side, 15 s rest", Dosage.Hold(TimeSpan.FromSeconds(45), Laterality.PerSide, sets: 2, restBetweenSets: TimeSpan.FromSeconds(15)) },
        { "2 sets of 45 s hold", Dosage.Hold(TimeSpan.FromSeconds(45), sets: 2) },
        { "1-2 sets of 45 s hold", Dosage.Hold(TimeSpan.FromSeconds(45)).WithSetRange(1, 2) },
        { "8-12 reps", Dosage.Repetitions(8).WithRepetitionRange(8, 12) },
        { "1-2 reps", Dosage.Repetitions(1).WithRepetitionRange(1, 2) },
        { "2-3 x 8-12 reps per side, 60 s rest", Dosage.Repetitions(8, Laterality.PerSide).WithRepetitionRange(8, 12).WithSetRange(2, 3, TimeSpan.FromMinutes(1)) },
        { "1-3 x 10 reps", Dosage.Repetitions(10).WithSetRange(1, 3) },
        { "10 reps, 5 s hold each", Dosage.Repetitions(10).WithHoldEachRepetition(TimeSpan.FromSeconds(5)) },
        { "3 x 10 reps per leg in each of 4 directions, 60 s hold each, 30 s rest", Dosage.Repetitions(10, Laterality.PerSide, 4, 3, TimeSpan.FromSeconds(30)).WithHoldEachRepetition(TimeSpan.FromMinutes(1)) },
        { "12 reps per side, as many as you can", Dosage.Repetitions(12, Laterality.PerSide).WithOpen(true) },
        { "3 sets of 45 s hold, as long as you can, 60 s rest", Dosage.Hold(TimeSpan.FromSeconds(45), sets: 3, restBetweenSets: TimeSpan.FromMinutes(1)).WithOpen(true) },
        { "3 x 10 reps per side, 30 s rest, RPE 7", Dosage.Repetitions(10, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(30)).WithEffort(Effort.Rpe(7)) },
        { "10 reps, 1 rep in reserve", Dosage.Repetitions(10).WithEffort(Effort.RepsInReserve(1)) },
        { "2 x 12 reps, 2 reps in reserve", Dosage.Repetitions(12, sets: 2).WithEffort(Effort.RepsInReserve(2)) },
        { "25 reps per side, red band", Dosage.Repetitions(25, Laterality.PerSide).WithSetting(EquipmentSetting.Band(null, "red")) },
        { "25 reps per side, medium band", Dosage.Repetitions(25, Laterality.PerSide).WithSetting(EquipmentSetting.Band(BandResistance.Medium)) },
        { "25 reps per side, medium (red) band, RPE 6", Dosage.Repetitions(25, Laterality.PerSide).WithSetting(EquipmentSetting.Band(BandResistance.Medium, "red")).WithEffort(Effort.Rpe(6)) },
        { "10 reps per side, 20 cm step", Dosage.Repetitions(10, Laterality.PerSide).WithSetting(EquipmentSetting.StepHeight(20)) },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Format_Dosage_WritesTheCanonicalText(string expected, Dosage dosage) =>
        DosagePattern.Format(dosage).Should().Be(expected);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_CanonicalText_GivesTheDosage(string text, Dosage expected)
    {
        var result = DosagePattern.Parse(text);

        result.Success.Should().BeTrue(result.Message);
        result.Value.Should().Be(expected);
        result.Error.Should().BeNull();
        result.Position.Should().Be(-1);
    }

    private static readonly TimeSpan S5 = TimeSpan.FromSeconds(5);

    private static Dosage Reps(int count, int sets = 1, int? rest = null, Laterality laterality = Laterality.Bilateral) =>
        Dosage.Repetitions(count, laterality, sets: sets, restBetweenSets: rest is int r ? TimeSpan.FromSeconds(r) : null);

    private static Dosage Hold(int seconds, int sets = 1, int? rest = null, Laterality laterality = Laterality.Bilateral) =>
        Dosage.Hold(TimeSpan.FromSeconds(seconds), laterality, sets: sets, restBetweenSets: rest is int r ? TimeSpan.FromSeconds(r) : null);

    private static Dosage Side(Dosage dosage) => dosage.WithLaterality(Laterality.PerSide);

    /// <summary>The notations exercise sheets and apps use, family by family, with the value each must read as.</summary>
    public static TheoryData<string, Dosage> Accepted => new()
    {
        // Sets and repetitions.
        { "3x12", Reps(12, 3) },
        { "3 x 12", Reps(12, 3) },
        { "3 × 12", Reps(12, 3) },
        { "3×12", Reps(12, 3) },
        { "3 X 12", Reps(12, 3) },
        { "3 sets of 12", Reps(12, 3) },
        { "3 sets of 12 reps", Reps(12, 3) },
        { "3 sets x 12 reps", Reps(12, 3) },
        { "3 sets x 12", Reps(12, 3) },
        { "3 Sets X 12 Reps", Reps(12, 3) },
        { "12 reps x 3 sets", Reps(12, 3) },
        { "12 reps x 3", Reps(12, 3) },
        { "12 x 3 sets", Reps(12, 3) },
        { "12 reps, 3 sets", Reps(12, 3) },
        { "12 reps 3 sets", Reps(12, 3) },
        { "12", Reps(12) },
        { " 12 ", Reps(12) },
        { "12 reps", Reps(12) },
        { "12 rep", Reps(12) },
        { "1 rep", Reps(1) },
        { "12 repetitions", Reps(12) },
        { "12 REPETITIONS", Reps(12) },
        { "1 repetition", Reps(1) },
        { "x12", Reps(12) },
        { "x 12", Reps(12) },
        { "X12", Reps(12) },
        { "1 x 10 reps", Reps(10) },
        { "010 reps", Reps(10) },
        { "3x10reps", Reps(10, 3) },

        // Sides.
        { "20 per side", Side(Reps(20)) },
        { "20 per leg", Side(Reps(20)) },
        { "20 each side", Side(Reps(20)) },
        { "20 each leg", Side(Reps(20)) },
        { "20/side", Side(Reps(20)) },
        { "20 / leg", Side(Reps(20)) },
        { "20 a side", Side(Reps(20)) },
        { "20 reps (each leg)", Side(Reps(20)) },
        { "20 (per side)", Side(Reps(20)) },
        { "3 sets of 10 per side", Side(Reps(10, 3)) },
        { "3x10/leg", Side(Reps(10, 3)) },
        { "3 x 10 each leg", Side(Reps(10, 3)) },
        { "x 25 (per side)", Side(Reps(25)) },
        { "x 20 (per leg)", Side(Reps(20)) },
        { "X 20 ( PER LEG )", Side(Reps(20)) },
        { "  x20(per side)  ", Side(Reps(20)) },
        { "20   REPS   Per   Side", Side(Reps(20)) },

        // Holds.
        { "45 s hold", Hold(45) },
        { "45s hold", Hold(45) },
        { "45S HOLD", Hold(45) },
        { "hold 45 s", Hold(45) },
        { "hold 45s", Hold(45) },
        { "hold for 45 seconds", Hold(45) },
        { "Hold for 45 seconds", Hold(45) },
        { "45 sec hold", Hold(45) },
        { "45 secs", Hold(45) },
        { "45 seconds", Hold(45) },
        { "1 second hold", Hold(1) },
        { "1 min hold", Hold(60) },
        { "1min hold", Hold(60) },
        { "1 minute", Hold(60) },
        { "2 minutes", Hold(120) },
        { "2 mins", Hold(120) },
        { "1:30 hold", Hold(90) },
        { "hold 1:30", Hold(90) },
        { "10:00 hold", Hold(600) },
        { "30 seconds each side", Side(Hold(30)) },
        { "30 s hold per side", Side(Hold(30)) },
        { "hold 30 s each leg", Side(Hold(30)) },
        { "x 30 seconds (per side)", Side(Hold(30)) },
        { "x 30 seconds", Hold(30) },
        { "3 sets of 30 s hold", Hold(30, 3) },
        { "3 sets x 30 s hold", Hold(30, 3) },
        { "3 sets of 30 s hold per side, 30 s rest", Side(Hold(30, 3, 30)) },

        // Rest between sets.
        { "3 x 10, 30 s rest", Reps(10, 3, 30) },
        { "3 x 10 rest 30 s", Reps(10, 3, 30) },
        { "3 x 10, rest 30 s", Reps(10, 3, 30) },
        { "3 x 10, 30 sec rest", Reps(10, 3, 30) },
        { "3 x 10, 1 min rest", Reps(10, 3, 60) },
        { "3 x 10 with 45 s rest", Reps(10, 3, 45) },
        { "3 x 10, with 45 s rest", Reps(10, 3, 45) },
        { "3 x 10, rest 1:00 between sets", Reps(10, 3, 60) },
        { "3 x 10 reps,30 seconds rest", Reps(10, 3, 30) },
        { "rest 30 s, 3 x 10", Reps(10, 3, 30) },
        { "2 x 20 reps, 0 s rest", Reps(20, 2, 0) },
        { "3 X 10 REPS PER SIDE, 30 S REST", Side(Reps(10, 3, 30)) },

        // Ranges.
        { "8-12 reps", Reps(8).WithRepetitionRange(8, 12) },
        { "8 - 12 reps", Reps(8).WithRepetitionRange(8, 12) },
        { "8 to 12 reps", Reps(8).WithRepetitionRange(8, 12) },
        { "8–12", Reps(8).WithRepetitionRange(8, 12) },
        { "3 x 8–12", Reps(8, 3).WithRepetitionRange(8, 12) },
        { "3 x 8-12 reps per side", Side(Reps(8, 3).WithRepetitionRange(8, 12)) },
        { "2-3 sets of 10", Reps(10).WithSetRange(2, 3) },
        { "2-3 x 8-12, 60 s rest", Reps(8).WithRepetitionRange(8, 12).WithSetRange(2, 3, TimeSpan.FromMinutes(1)) },
        { "10-10 reps", Reps(10) },

        // A hold on each repetition.
        { "10 reps, 5 s hold each", Reps(10).WithHoldEachRepetition(S5) },
        { "10 reps, hold 5 s each", Reps(10).WithHoldEachRepetition(S5) },
        { "10 reps 5s hold", Reps(10).WithHoldEachRepetition(S5) },
        { "10 x 5 s hold", Reps(10).WithHoldEachRepetition(S5) },
        { "10 x 5s", Reps(10).WithHoldEachRepetition(S5) },
        { "3 x 10 x 5 s hold", Reps(10, 3).WithHoldEachRepetition(S5) },
        { "3 x 30 s hold", Reps(3).WithHoldEachRepetition(TimeSpan.FromSeconds(30)) },
        { "3 x 10 reps per side, 5 s hold each, 30 s rest", Side(Reps(10, 3, 30)).WithHoldEachRepetition(S5) },

        // A rest between makes the count of "N x T hold" the sets.
        { "3 x 45 s hold, 30 s rest", Hold(45, 3, 30) },
        { "2 x 30 s hold per side, 60 s rest", Hold(30, 2, 60, Laterality.PerSide) },
        { "2-3 x 45 s hold, 30 s rest", Hold(45).WithSetRange(2, 3, TimeSpan.FromSeconds(30)) },
        { "rest 20 s, 4 x 10 s hold", Hold(10, 4, 20) },

        // Times: the repetitions, or the sets when a hold or the repetitions are given too.
        { "Repeat 7 times for each leg", Reps(7, laterality: Laterality.PerSide) },
        { "repeat 7 times", Reps(7) },
        { "7 times each side", Reps(7, laterality: Laterality.PerSide) },
        { "10 for each side", Reps(10, laterality: Laterality.PerSide) },
        { "hold 30 seconds, repeat 3 times", Hold(30, 3) },
        { "30 s hold per side, repeat 2 times, 15 s rest", Hold(30, 2, 15, Laterality.PerSide) },
        { "10 reps, repeat 3 times", Reps(10, 3) },
        { "repeat 3 times, 10 reps, 30 s rest", Reps(10, 3, 30) },

        // Rounds are sets; open ends, efforts and equipment settings.
        { "3 rounds of 10 reps", Reps(10, 3) },
        { "2 rounds of 30 s hold, 60 s rest", Hold(30, 2, 60) },
        { "15 reps, as many reps as you can", Reps(15).WithOpen(true) },
        { "AMRAP, 15 reps", Reps(15).WithOpen(true) },
        { "hold 45 s, as long as you can", Hold(45).WithOpen(true) },
        { "as long as you can, 3 x 45 s hold, 30 s rest", Hold(45, 3, 30).WithOpen(true) },
        { "30 s hold until you press next", Hold(30).WithOpen(true) },
        { "3 x 10, RPE 7", Reps(10, 3).WithEffort(Effort.Rpe(7)) },
        { "3 x 10 at RPE 7/10", Reps(10, 3).WithEffort(Effort.Rpe(7)) },
        { "3x10 rir 2", Reps(10, 3).WithEffort(Effort.RepsInReserve(2)) },
        { "hold 30 s, RPE 0", Hold(30).WithEffort(Effort.Rpe(0)) },
        { "20 per side with a red band", Side(Reps(20)).WithSetting(EquipmentSetting.Band(null, "red")) },
        { "20 per side, Red Band", Side(Reps(20)).WithSetting(EquipmentSetting.Band(null, "red")) },
        { "20 per side, heavy band", Side(Reps(20)).WithSetting(EquipmentSetting.Band(BandResistance.Heavy)) },
        { "20 per side, light (yellow) band", Side(Reps(20)).WithSetting(EquipmentSetting.Band(BandResistance.Light, "yellow")) },
        { "20 per side, green (heavy) band", Side(Reps(20)).WithSetting(EquipmentSetting.Band(BandResistance.Heavy, "green")) },
        { "3 x 10 per side, 30 cm step, RPE 8", Side(Reps(10, 3)).WithSetting(EquipmentSetting.StepHeight(30)).WithEffort(Effort.Rpe(8)) },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Parse_AcceptedNotation_GivesTheStatedDosage(string text, Dosage expected)
    {
        var result = DosagePattern.Parse(text);

        result.Success.Should().BeTrue(result.Message);
        result.Value.Should().Be(expected, "'{0}' reads as '{1}'", text, expected);
    }

    [Fact]
    public void Accepted_TableCoversEveryFamily_WithAtLeastEightyRows() =>
        Accepted.Count.Should().BeGreaterThanOrEqualTo(80);

    [Theory]
    [InlineData("x 20", "20 reps per leg in each of 2 directions")]
    [InlineData("20", "20 reps per leg in each of 2 directions")]
    [InlineData("3 x 12", "3 x 12 reps per leg in each of 2 directions")]
    [InlineData("20 per side", "20 reps per leg in each of 2 directions")]
    [InlineData("20 reps in each of 3 directions", "20 reps per leg in each of 3 directions")]
    public void Parse_WithPerSideExercise_TakesItsLateralityAndDirections(string text, string expected) =>
        DosagePattern.Parse(text, TestModel.Exercise()).Value.ToString().Should().Be(expected);

    [Fact]
    public void Parse_WithBilateralExercise_KeepsABareCountBilateral() =>
        DosagePattern.Parse("x 20", TestModel.Exercise(isPerSide: false, directions: [])).Value.Should().Be(Reps(20));

    [Theory]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(8)]
    public void Parse_ArticlePerLegAndPerSideWithDirections_IsPerLegInEachDirection(int directions)
    {
        var exercise = TestModel.Exercise(directions: DirectionNames(directions));

        var dosage = DosagePattern.Parse(ArticleLegExtension, exercise).Value;

        dosage.Should().Be(Dosage.Repetitions(10, Laterality.PerSide, directions));
        DosagePattern.Format(dosage).Should().Be($"10 reps per leg in each of {directions} directions");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void Parse_ArticlePerLegAndPerSideWithoutDirections_FailsClearly(int directions)
    {
        var exercise = directions < 0 ? null : TestModel.Exercise(directions: DirectionNames(directions));

        var result = DosagePattern.Parse(ArticleLegExtension, exercise);

        result.Success.Should().BeFalse();
        result.Error.Should().Be(
            "'(per leg and per side)' means per leg in each of the exercise's directions, but no exercise with directions was given; write 'N reps per leg in each of D directions'");
        result.Position.Should().Be(5);
    }

    private static string[] DirectionNames(int count)
    {
        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = "d" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return names;
    }

    public static TheoryData<string, int, string> BadTexts => new()
    {
        { "", 0, "Expected a number of repetitions or a time, such as '3 x 10' or 'hold 30 s'" },
        { "   ", 3, "Expected a number of repetitions or a time, such as '3 x 10' or 'hold 30 s'" },
        { "per side", 8, "Expected a number of repetitions or a time, such as '3 x 10' or 'hold 30 s'" },
        { "abc", 0, "Unexpected 'abc': expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions'" },
        { "-10 reps", 0, "Unexpected '-10 reps': expected numbers such as '3 x 10', words such as 'reps', 'hold' or 'per side', or one of ', ( ) /'" },
        { "1.5 min", 1, "Unexpected '.5 min': expected numbers such as '3 x 10', words such as 'reps', 'hold' or 'per side', or one of ', ( ) /'" },
        { "1234567 reps", 0, "Unexpected '1234567 reps': expected numbers such as '3 x 10', words such as 'reps', 'hold' or 'per side', or one of ', ( ) /'" },
        { "10 bananas", 3, "Unexpected 'bananas': expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions'" },
        { "10 repsy", 3, "Unexpected 'repsy': expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions'" },
        { "0 reps", 0, "0 is out of range: repetitions must be 1 to 1000" },
        { "1001 reps", 0, "1001 is out of range: repetitions must be 1 to 1000" },
        { "0 s hold", 0, "0 is out of range: seconds of hold must be 1 to 600" },
        { "601 s hold per side", 0, "601 is out of range: seconds of hold must be 1 to 600" },
        { "11 min", 0, "660 is out of range: seconds of hold must be 1 to 600" },
        { "0 x 10 reps", 0, "0 is out of range: sets must be 1 to 20" },
        { "21 x 10 reps", 0, "21 is out of range: sets must be 1 to 20" },
        { "3 x 0 reps", 4, "0 is out of range: repetitions must be 1 to 1000" },
        { "3 x reps", 4, "Expected a number after 'x', such as '3 x 10'" },
        { "12-8 reps", 0, "A range goes from the lower number to the higher, such as '8-12'; 12-8 is backwards" },
        { "30-45 s hold", 0, "A time cannot be a range; ranges are for repetitions and sets" },
        { "10 reps, 61 s hold each", 9, "61 is out of range: seconds of hold on each repetition must be 1 to 60" },
        { "3 x 10 x 5 x 2", 13, "Too many numbers joined by 'x': at most sets x repetitions x hold, such as '3 x 10 x 5 s hold'" },
        { "3 sets x 4 sets", 9, "The sets are given twice" },
        { "10 reps, 12 reps", 9, "The repetitions are given twice" },
        { "hold 30 s, hold 40 s", 16, "The hold is given twice" },
        { "3 x 10, rest 30 s, 40 s rest", 19, "The rest is given twice" },
        { "10 per side per leg", 12, "The side is given twice" },
        { "10 reps per foot", 12, "Expected 'side' or 'leg' after 'per'" },
        { "10 reps in 4 ways", 13, "Expected 'directions' after the number of directions" },
        { "10 reps in each of four directions", 19, "Expected the number of directions, as in 'in each of 4 directions'" },
        { "10 reps in each of 0 directions", 19, "0 is out of range: directions must be 1 to 8" },
        { "10 reps in each of 9 directions", 19, "9 is out of range: directions must be 1 to 8" },
        { "3 x 10 reps, 30 s pause", 18, "Unexpected 'pause': expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions'" },
        { "3 x 10 reps, s rest", 13, "Unexpected 's': expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions'" },
        { "3 x 10, rest 30", 15, "Expected a time unit such as 's', 'sec', 'seconds' or 'min' after the number" },
        { "3 x 10, rest", 12, "Expected a time after 'rest', such as 'rest 30 s'" },
        { "3 x 10 reps, 601 s rest", 13, "601 is out of range: seconds of rest must be 0 to 600" },
        { "1 rep, 30 s rest", 7, "A rest between sets needs at least two sets, such as '3 x 10 reps, 30 s rest'" },
        { "10 reps, 30 s rest", 9, "A rest between sets needs at least two sets, such as '3 x 10 reps, 30 s rest'" },
        { "3 x 30 s rest", 9, "A rest stands on its own, such as ', 30 s rest'" },
        { "3 x 10, rest 30 s between reps", 26, "Expected 'sets' after 'between'" },
        { "20 reps per side!", 16, "Unexpected '!': expected numbers such as '3 x 10', words such as 'reps', 'hold' or 'per side', or one of ', ( ) /'" },
        { "20 reps,", 8, "Expected more after ','" },
        { "x", 1, "Expected a number after 'x', such as '3 x 10'" },
        { "x twenty", 2, "Expected a number after 'x', such as '3 x 10'" },
        { "x 0", 2, "0 is out of range: repetitions must be 1 to 1000" },
        { "x 601 seconds", 2, "601 is out of range: seconds of hold must be 1 to 600" },
        { "x 20 (per foot)", 10, "Expected 'side' or 'leg' after 'per'" },
        { "x 20 (daily)", 6, "Expected '(per side)', '(each leg)' or '(per leg and per side)'" },
        { "x 20 (per side", 14, "Expected ')'" },
        { "x 10 (per leg and per foot)", 18, "Expected 'per side' after 'and'" },
        { "3 sets of 10, repeat 2 times", 21, "The sets are given twice" },
        { "repeat 3", 8, "Expected 'times' after the number, as in 'repeat 3 times'" },
        { "repeat times", 7, "Expected a number after 'repeat', such as 'repeat 3 times'" },
        { "repeat 2 times, 3 times", 16, "The repeat count is given twice" },
        { "3 x 4 times", 6, "'times' counts on its own, such as 'repeat 3 times'" },
        { "repeat 21 times, hold 30 s", 7, "21 is out of range: sets must be 1 to 20" },
        { "10 reps, RPE 11", 13, "11 is out of range: RPE must be 0 to 10" },
        { "10 reps, RPE", 12, "Expected a number after 'RPE', such as 'RPE 7'" },
        { "10 reps, RPE 7, 2 reps in reserve", 16, "The effort is given twice" },
        { "hold 30 s, 2 reps in reserve", 11, "Reps in reserve needs repetitions; for a hold give an RPE, such as 'RPE 7'" },
        { "10 reps, red", 12, "Expected 'band' after the band's level or colour, as in 'medium (red) band'; the colours are tan, yellow, orange, red, green, blue, purple, black, grey, silver, gold" },
        { "10 reps, medium (pink) band", 17, "Expected a band's level or colour in the brackets, such as 'medium (red) band'" },
        { "10 reps, 80 cm step", 9, "80 is out of range: centimetres of step height must be 5 to 60" },
        { "10 reps, 20 cm stool", 15, "Expected 'step' after the height, as in '20 cm step'" },
        { "10 reps, red band, 20 cm step", 19, "The equipment setting is given twice" },
        { "10 reps, as many as", 19, "Expected 'as many as you can', 'as long as you can' or 'until you press next'" },
        { "as many as you can", 18, "Expected a number of repetitions or a time, such as '3 x 10' or 'hold 30 s'" },
        { "AMRAP 10 reps, as many as you can", 15, "The open end is given twice" },
        { "10 reps, as", 11, "Expected 'as many as you can', 'as long as you can' or 'until you press next'" },
        { "10 reps, a", 10, "Expected 'side' or 'leg' after 'a'" },
        { "10 reps, 3", 9, "The repetitions are given twice" },
        { "x 20 (per side) daily", 16, "Unexpected 'daily': expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions'" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Parse_BadText_FailsWithErrorAndPosition(string text, int position, string error)
    {
        var result = DosagePattern.Parse(text, TestModel.Exercise(directions: ["a", "b", "c", "d"]));

        result.Success.Should().BeFalse();
        result.Error.Should().Be(error);
        result.Position.Should().Be(position);
        result.Message.Should().Be($"{error} (at character {position + 1})");
        var value = () => result.Value;
        value.Should().ThrowExactly<FormatException>().WithMessage(result.Message);
    }

    private static readonly string[] Vocabulary =
        ["x", "×", "-", "–", "to", ":", ":30", ",", "(", ")", "/", "reps", "sets", "set", "of", "s", "sec", "min", "hold", "each", "per", "side", "leg", "a", "rest", "between", "with", "for", "and", "in", "directions", "99999999", " "];

    /// <summary>Words and symbols of the grammar, so random texts come close to valid ones as well as far from them.</summary>
    private static readonly Gen<string> NearDosage =
        Gen.OneOf(
                Gen.Int[0, 2000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Gen.Int[0, Vocabulary.Length - 1].Select(i => Vocabulary[i]))
            .Array[0, 12]
            .Select(parts => string.Join(" ", parts));

    [Fact]
    public void Parse_RandomText_NeverThrows()
    {
        var exercise = TestModel.Exercise();
        Gen.String.Sample(text => DosagePattern.Parse(text, exercise).Should().NotBeNull(), iter: 5_000);
        NearDosage.Sample(
            text =>
            {
                var result = DosagePattern.Parse(text, exercise);
                if (result.Success)
                {
                    DosagePattern.Parse(result.Value.ToString()).Value.Should().Be(result.Value, "a value read must format to text that reads back");
                }
                else
                {
                    result.Position.Should().BeInRange(0, text.Length);
                }
            },
            iter: 20_000);
    }

    [Fact]
    public void Parse_Null_ThrowsNamingText()
    {
        var act = () => DosagePattern.Parse(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
    }
}
