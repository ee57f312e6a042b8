using System;

namespace KneeStrength.Cli.Running;

/// <summary>What a key press asks the run to do.</summary>
internal enum RunKey
{
    /// <summary>A key the run does not use.</summary>
    None,

    /// <summary>Space: pause, or resume when paused.</summary>
    PauseOrResume,

    /// <summary><c>n</c>: skip to the next step.</summary>
    Skip,

    /// <summary><c>q</c>: stop the session.</summary>
    Quit,
}

/// <summary>Where key presses come from.</summary>
internal interface IKeySource
{
    /// <summary>Returns the next waiting key press, or <see cref="RunKey.None"/> at once when there is none.</summary>
    RunKey Read();

    /// <summary>Gets whether a person can press keys, so that an open step can wait for them.</summary>
    bool CanWait { get; }
}

/// <summary>The keyboard of the terminal the process runs in.</summary>
internal sealed class ConsoleKeys : IKeySource
{
    public bool CanWait => true;

    public RunKey Read()
    {
        while (Console.KeyAvailable)
        {
            var key = Console.ReadKey(intercept: true);
            var meaning = key.Key switch
            {
                ConsoleKey.Spacebar or ConsoleKey.P => RunKey.PauseOrResume,
                ConsoleKey.N or ConsoleKey.RightArrow => RunKey.Skip,
                ConsoleKey.Q or ConsoleKey.Escape => RunKey.Quit,
                _ => RunKey.None,
            };
            if (meaning != RunKey.None)
            {
                return meaning;
            }
        }

        return RunKey.None;
    }
}

/// <summary>No keyboard: the session runs to its end on its own.</summary>
internal sealed class NoKeys : IKeySource
{
    public static NoKeys Instance { get; } = new();

    // Nobody to press next: an open step lasts what the plan expects.
    public bool CanWait => false;

    public RunKey Read() => RunKey.None;
}
