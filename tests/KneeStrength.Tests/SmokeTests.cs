namespace KneeStrength.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_Loads_HasName() =>
        typeof(SmokeTests).Assembly.GetName().Name.Should().Be("KneeStrength.Tests");
}
