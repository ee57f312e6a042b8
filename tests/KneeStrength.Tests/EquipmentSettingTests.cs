using System;
using KneeStrength.Catalog;

namespace KneeStrength.Tests;

public class EquipmentSettingTests
{
    [Theory]
    [InlineData(BandResistance.Medium, "red", "medium (red) band")]
    [InlineData(BandResistance.Light, null, "light band")]
    [InlineData(BandResistance.Heavy, "BLACK", "heavy (black) band")]
    [InlineData(null, "Green", "green band")]
    public void Band_LevelOrColour_IsForTheLoopBandAndSaysItInWords(BandResistance? level, string? colour, string text)
    {
        var setting = EquipmentSetting.Band(level, colour);

        setting.Kind.Should().Be(EquipmentSettingKind.BandResistance);
        setting.Equipment.Should().Be(Equipment.LoopBand);
        setting.Resistance.Should().Be(level);
        setting.Colour.Should().Be(colour?.ToLowerInvariant());
        setting.ToString().Should().Be(text);
    }

    [Fact]
    public void Band_Neither_ThrowsNamingResistance() =>
        FluentActions.Invoking(() => EquipmentSetting.Band(null)).Should().Throw<ArgumentException>()
            .WithParameterName("resistance").WithMessage("A band setting needs a resistance, a colour, or both.*");

    [Fact]
    public void Band_UnknownColour_ThrowsListingTheColours() =>
        FluentActions.Invoking(() => EquipmentSetting.Band(null, "pink")).Should().Throw<ArgumentException>()
            .WithParameterName("colour")
            .WithMessage("Unknown band colour 'pink'; the colours are tan, yellow, orange, red, green, blue, purple, black, grey, silver, gold.*");

    [Fact]
    public void Band_UndefinedLevel_ThrowsNamingResistance() =>
        FluentActions.Invoking(() => EquipmentSetting.Band((BandResistance)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("resistance");

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    public void StepHeight_InRange_IsForTheStep(int centimetres)
    {
        var setting = EquipmentSetting.StepHeight(centimetres);

        setting.Equipment.Should().Be(Equipment.Step);
        setting.StepHeightCentimetres.Should().Be(centimetres);
        setting.ToString().Should().Be($"{centimetres} cm step");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(61)]
    public void StepHeight_OutOfRange_ThrowsNamingCentimetres(int centimetres) =>
        FluentActions.Invoking(() => EquipmentSetting.StepHeight(centimetres)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(centimetres));

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        EqualityAssertions.ShouldBeEqualByValue(EquipmentSetting.Band(BandResistance.Medium, "Red"), EquipmentSetting.Band(BandResistance.Medium, "red"));
        EqualityAssertions.ShouldBeUnequalByValue(EquipmentSetting.Band(BandResistance.Medium, "red"), EquipmentSetting.Band(BandResistance.Medium));
        EqualityAssertions.ShouldBeUnequalByValue(EquipmentSetting.StepHeight(20), EquipmentSetting.StepHeight(25));
    }

    [Fact]
    public void RoutineItem_SettingOfEquipmentTheExerciseDoesNotUse_Throws()
    {
        var dosage = Dosage.Repetitions(10, Laterality.PerSide).WithSetting(EquipmentSetting.StepHeight(20));

        FluentActions.Invoking(() => new RoutineItem(RunnersKnee.SideSteps, dosage)).Should().Throw<ArgumentException>()
            .WithParameterName("dosage")
            .WithMessage("'side-steps' uses no step, so its dosage cannot set one; it was '10 reps per side, 20 cm step'.*");
        new RoutineItem(RunnersKnee.StepUp, dosage).Dosage.Setting.Should().Be(EquipmentSetting.StepHeight(20));
    }
}
