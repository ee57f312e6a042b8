using System;
using CsCheck;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

public class DosagePatternTests
{
    private const string ArticleLegExtension = "x 10 (per leg and per side)";

    /// <summary>
    /// Every valid dosage: both kinds, both lateralities, 1 to 8 directions, 1 to 20 sets, and a rest that is
    /// null, or 0 to 600 s when there are two or more sets. Amounts lean to the limits as well as the middle.
    /// </summary>
    private static readonly Gen<Dosage> ValidDosage =
        Gen.Select(
            Gen.Bool,
            Gen.Int[1, Dosage.MaxRepetitions],
            Gen.Int[1, Dosage.MaxHoldSeconds],
            Gen.Enum<Laterality>(),
            Gen.Int[1, Dosage.MaxDirections],
            Gen.Int[1, Dosage.MaxSets],
            Gen.Int[0, Dosage.MaxRestSeconds].Nullable(0.3))
        .Select(t =>
        {
            var (isHold, reps, seconds, laterality, directions, sets, restSeconds) = t;
            TimeSpan? rest = sets > 1 && restSeconds is int r ? TimeSpan.FromSeconds(r) : null;
            return isHold
                ? Dosage.Hold(TimeSpan.FromSeconds(seconds), laterality, directions, sets, rest)
                : Dosage.Repetitions(reps, laterality, directions, sets, rest);
        });

    [Fact]
    public void Parse_FormatOfAnyValidDosage_GivesItBack()
    {
        ValidDosage.Sample(
            dosage => DosagePattern.Parse(DosagePattern.Format(dosage)).Value.Should().Be(dosage, "'{0}' must read back", DosagePattern.Format(dosage)),
            iter: 5_000,
            print: d => $"{DosagePattern.Format(d)} ({d.Kind}, {d.Amount}, {d.Laterality}, {d.Directions} dir, {d.Sets} sets, rest {d.RestBetweenSets})");
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
        { "2 x 45 s hold per side, 15 s rest", Dosage.Hold(TimeSpan.FromSeconds(45), Laterality.PerSide, sets: 2, restBetweenSets: TimeSpan.FromSeconds(15)) },
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

    public static TheoryData<string, Dosage> Variants => new()
    {
        { "  20 reps per side  ", Dosage.Repetitions(20, Laterality.PerSide) },
        { "20   REPS   Per   Side", Dosage.Repetitions(20, Laterality.PerSide) },
        { "20 reps per leg", Dosage.Repetitions(20, Laterality.PerSide) },
        { "1 reps", Dosage.Repetitions(1) },
        { "20 rep", Dosage.Repetitions(20) },
        { "30 seconds hold", Dosage.Hold(TimeSpan.FromSeconds(30)) },
        { "30 second hold per side", Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide) },
        { "1 x 10 reps", Dosage.Repetitions(10) },
        { "3x10 reps", Dosage.Repetitions(10, sets: 3) },
        { "3 × 10 reps", Dosage.Repetitions(10, sets: 3) },
        { "3 X 10 REPS PER SIDE, 30 S REST", Dosage.Repetitions(10, Laterality.PerSide, sets: 3, restBetweenSets: TimeSpan.FromSeconds(30)) },
        { "3 x 10 reps,30 seconds rest", Dosage.Repetitions(10, sets: 3, restBetweenSets: TimeSpan.FromSeconds(30)) },
        { "10 reps per side in each of 1 direction", Dosage.Repetitions(10, Laterality.PerSide) },
        { "010 reps", Dosage.Repetitions(10) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Parse_CanonicalVariant_GivesTheDosage(string text, Dosage expected) =>
        DosagePattern.Parse(text).Value.Should().Be(expected);

    public static TheoryData<string, Dosage> ArticleNotations => new()
    {
        { "x 25 (per side)", Dosage.Repetitions(25, Laterality.PerSide) },
        { "x 20 (per leg)", Dosage.Repetitions(20, Laterality.PerSide) },
        { "x 30 seconds (per side)", Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide) },
        { "x 20", Dosage.Repetitions(20) },
        { "x 30 seconds", Dosage.Hold(TimeSpan.FromSeconds(30)) },
        { "x 30 s (per side)", Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide) },
        { "X 20 ( PER LEG )", Dosage.Repetitions(20, Laterality.PerSide) },
        { "  x20(per side)  ", Dosage.Repetitions(20, Laterality.PerSide) },
    };

    [Theory]
    [MemberData(nameof(ArticleNotations))]
    public void Parse_ArticleNotation_GivesTheDosage(string text, Dosage expected)
    {
        DosagePattern.Parse(text).Value.Should().Be(expected);
        DosagePattern.Parse(text, exerciseDirections: 4).Value.Should().Be(expected, "the direction count matters only to '(per leg and per side)'");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(8)]
    public void Parse_ArticlePerLegAndPerSideWithDirections_IsPerLegInEachDirection(int directions)
    {
        var dosage = DosagePattern.Parse(ArticleLegExtension, directions).Value;

        dosage.Should().Be(Dosage.Repetitions(10, Laterality.PerSide, directions));
        DosagePattern.Format(dosage).Should().Be($"10 reps per leg in each of {directions} directions");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(1)]
    public void Parse_ArticlePerLegAndPerSideWithoutDirections_FailsClearly(int? directions)
    {
        var result = DosagePattern.Parse(ArticleLegExtension, directions);

        result.Success.Should().BeFalse();
        result.Error.Should().Be(
            "'(per leg and per side)' means per leg in each of the exercise's directions, but no exercise with directions was given; write 'N reps per leg in each of D directions'");
        result.Position.Should().Be(6);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void Parse_ExerciseDirectionsOutOfRange_ThrowsNamingThem(int directions)
    {
        // A direction count no exercise can have is the caller's mistake, not the text's; clamping it would hide it.
        var act = () => DosagePattern.Parse(ArticleLegExtension, directions);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("exerciseDirections")
            .WithMessage($"Value must be between 0 and 8, inclusive; it was {directions}.*");
    }

    public static TheoryData<string, int, string> BadTexts => new()
    {
        { "", 0, "Expected a number of repetitions or seconds, such as '20 reps' or '30 s hold'" },
        { "abc", 0, "Expected a number of repetitions or seconds, such as '20 reps' or '30 s hold'" },
        { "xylophone", 0, "Expected a number of repetitions or seconds, such as '20 reps' or '30 s hold'" },
        { "-10 reps", 0, "Expected a number of repetitions or seconds, such as '20 reps' or '30 s hold'" },
        { "1234567890 reps", 0, "Expected a number of repetitions or seconds, such as '20 reps' or '30 s hold'" },
        { "10 bananas", 3, "Expected 'reps' or 's hold' after the number" },
        { "10", 2, "Expected 'reps' or 's hold' after the number" },
        { "30 s", 4, "Expected 'reps' or 's hold' after the number" },
        { "10 repsy", 3, "Expected 'reps' or 's hold' after the number" },
        { "0 reps", 0, "0 is out of range: repetitions must be 1 to 1000" },
        { "1001 reps", 0, "1001 is out of range: repetitions must be 1 to 1000" },
        { "0 s hold", 0, "0 is out of range: seconds of hold must be 1 to 600" },
        { "601 s hold per side", 0, "601 is out of range: seconds of hold must be 1 to 600" },
        { "0 x 10 reps", 0, "0 is out of range: sets must be 1 to 20" },
        { "21 x 10 reps", 0, "21 is out of range: sets must be 1 to 20" },
        { "3 x 0 reps", 4, "0 is out of range: repetitions must be 1 to 1000" },
        { "3 x reps", 4, "Expected a number of repetitions or seconds after the sets, such as '3 x 10 reps'" },
        { "10 reps per foot", 12, "Expected 'side' or 'leg' after 'per'" },
        { "10 reps in 4 directions", 11, "Expected 'in each of N directions'" },
        { "10 reps in each of four directions", 19, "Expected the number of directions after 'in each of'" },
        { "10 reps in each of 0 directions", 19, "0 is out of range: directions must be 1 to 8" },
        { "10 reps in each of 9 directions", 19, "9 is out of range: directions must be 1 to 8" },
        { "10 reps in each of 4 ways", 21, "Expected 'directions' after the number of directions" },
        { "3 x 10 reps per side, 30 s", 26, "Expected 's rest' after the rest's number" },
        { "3 x 10 reps per side, 30 s pause", 27, "Expected 's rest' after the rest's number" },
        { "3 x 10 reps, s rest", 13, "Expected a rest such as '30 s rest' after the comma" },
        { "3 x 10 reps, 601 s rest", 13, "601 is out of range: seconds of rest must be 0 to 600" },
        { "1 rep, 30 s rest", 7, "A rest between sets needs at least two sets, such as '3 x 10 reps, 30 s rest'" },
        { "10 reps, 30 s rest", 9, "A rest between sets needs at least two sets, such as '3 x 10 reps, 30 s rest'" },
        { "20 reps per side!", 16, "Unexpected text '!'" },
        { "20 reps per side and more", 17, "Unexpected text 'and more'" },
        { "3 x 10 reps, 30 s rest, 5 s rest", 22, "Unexpected text ', 5 s rest'" },
        { "x", 1, "Expected a number after 'x', such as 'x 20'" },
        { "x twenty", 2, "Expected a number after 'x', such as 'x 20'" },
        { "x 0", 2, "0 is out of range: repetitions must be 1 to 1000" },
        { "x 601 seconds", 2, "601 is out of range: seconds of hold must be 1 to 600" },
        { "x 20 (per foot)", 10, "Expected '(per side)', '(per leg)' or '(per leg and per side)'" },
        { "x 20 (per side", 14, "Expected ')'" },
        { "x 10 (per leg and per foot)", 22, "Expected 'per side' after 'and'" },
        { "x 20 (per side) daily", 16, "Unexpected text 'daily'" },
        { "x 20 reps", 5, "Unexpected text 'reps'" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Parse_BadText_FailsWithErrorAndPosition(string text, int position, string error)
    {
        var result = DosagePattern.Parse(text, exerciseDirections: 4);

        result.Success.Should().BeFalse();
        result.Error.Should().Be(error);
        result.Position.Should().Be(position);
        result.Message.Should().Be($"{error} (at character {position + 1})");
        var value = () => result.Value;
        value.Should().ThrowExactly<FormatException>().WithMessage(result.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsNamingText()
    {
        var act = () => DosagePattern.Parse(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
    }
}
