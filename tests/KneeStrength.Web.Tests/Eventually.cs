using System;
using System.Threading.Tasks;

namespace KneeStrength.Web.Tests;

/// <summary>Waits for what another connection or instance does: checks a condition every 20 ms, up to 500 times.</summary>
internal static class Eventually
{
    /// <summary>Whether the condition came to hold within the attempts.</summary>
    public static async Task<bool> Holds(Func<Task<bool>> condition)
    {
        for (int i = 0; i < 500; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        return false;
    }

    /// <summary>Whether the condition came to hold within the attempts.</summary>
    public static Task<bool> Holds(Func<bool> condition) => Holds(() => Task.FromResult(condition()));
}
