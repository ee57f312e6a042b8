using System;

namespace KneeStrength.Tests;

/// <summary>The checks every value-equality test makes, in one place: both Equals overloads, both operators, the hash.</summary>
internal static class EqualityAssertions
{
    internal static void ShouldBeEqualByValue<T>(T left, T right)
        where T : IEquatable<T>
    {
        left.Equals(right).Should().BeTrue();
        left.Equals((object?)right).Should().BeTrue();
        Operator<T>("op_Equality", left, right).Should().BeTrue();
        Operator<T>("op_Inequality", left, right).Should().BeFalse();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    internal static void ShouldBeUnequalByValue<T>(T left, T right)
        where T : IEquatable<T>
    {
        left.Equals(right).Should().BeFalse();
        right.Equals(left).Should().BeFalse();
        left.Equals((object?)right).Should().BeFalse();
        Operator<T>("op_Equality", left, right).Should().BeFalse();
        Operator<T>("op_Inequality", left, right).Should().BeTrue();
    }

    private static bool Operator<T>(string name, T left, T right)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)])
            ?? throw new InvalidOperationException($"{typeof(T).Name} declares no {name}.");
        return (bool)method.Invoke(null, [left, right])!;
    }
}
