using System;
using KneeStrength.Text;

namespace KneeStrength.Tests.Text;

public class DurationTextTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(45, "45 s")]
    [InlineData(45.9, "45 s")]
    [InlineData(60, "1 min")]
    [InlineData(750, "12 min 30 s")]
    [InlineData(3600, "1 h")]
    [InlineData(3930, "1 h 5 min")]
    [InlineData(3959, "1 h 5 min")]
    public void Format_Duration_InWords(double seconds, string expected) =>
        DurationText.Format(TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(10, "0:10")]
    [InlineData(725, "12:05")]
    [InlineData(4500, "75:00")]
    public void FormatClock_Offset_MinutesAndSeconds(int seconds, string expected) =>
        DurationText.FormatClock(TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Fact]
    public void Format_Negative_Throws()
    {
        var format = () => DurationText.Format(TimeSpan.FromSeconds(-1));
        var clock = () => DurationText.FormatClock(TimeSpan.FromSeconds(-1));

        format.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        clock.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("offset");
    }
}
