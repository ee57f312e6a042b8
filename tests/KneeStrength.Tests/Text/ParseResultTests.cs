using System;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

public class ParseResultTests
{
    [Fact]
    public void Success_ParsedValue_ExposesIt()
    {
        var result = DosagePattern.Parse("20 reps per side");

        result.Success.Should().BeTrue();
        result.Error.Should().BeNull();
        result.Message.Should().BeNull();
        result.Position.Should().Be(-1);
        result.Value.Should().Be(Dosage.Repetitions(20, Laterality.PerSide));
        result.TryGetValue(out var value).Should().BeTrue();
        value.Should().Be(Dosage.Repetitions(20, Laterality.PerSide));
        result.ToString().Should().Be("20 reps per side");
    }

    [Fact]
    public void Value_Failed_ThrowsFormatExceptionWithTheMessage()
    {
        var result = DosagePattern.Parse("10 bananas");

        var act = () => result.Value;

        act.Should().ThrowExactly<FormatException>()
            .WithMessage("Unexpected 'bananas': expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions' (at character 4)");
    }

    [Fact]
    public void Failure_Always_ExposesErrorPositionAndMessage()
    {
        var result = EquipmentSet.Parse("band,rope");

        result.Success.Should().BeFalse();
        result.Error.Should().Be("Unknown equipment 'rope'; known ids are band, bosu, step, wall, or 'all' or 'none'");
        result.Position.Should().Be(5);
        result.Message.Should().Be("Unknown equipment 'rope'; known ids are band, bosu, step, wall, or 'all' or 'none' (at character 6)");
        result.ToString().Should().Be(result.Message);
        result.TryGetValue(out var value).Should().BeFalse();
        value.Should().BeNull();
        ((Func<EquipmentSet>)(() => result.Value)).Should().ThrowExactly<FormatException>().WithMessage(result.Message);
    }
}
