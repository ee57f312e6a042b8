using System;
using System.Globalization;

namespace KneeStrength.Fhir;

// A circuit's rounds and rests as the text of its action (PlanDefinition.action.textEquivalent), such as
// "3 rounds; 60 s rest after each round; 15 s rest between exercises; rest after the last round": FHIR's actions
// have no field for a rest. The rounds are also the action's Timing.repeat.count.
internal static class CircuitText
{
    private const string AfterRound = " s rest after each round";
    private const string BetweenItems = " s rest between exercises";
    private const string AfterLastRound = "rest after the last round";

    public static string Format(Circuit circuit)
    {
        string text = string.Create(CultureInfo.InvariantCulture, $"{circuit.Rounds} round{(circuit.Rounds == 1 ? string.Empty : "s")}");
        if (circuit.RestAfterRound is TimeSpan round)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {(int)round.TotalSeconds}{AfterRound}");
        }

        if (circuit.RestBetweenItems is TimeSpan between)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {(int)between.TotalSeconds}{BetweenItems}");
        }

        if (circuit.RestAfterLastRound)
        {
            text += "; " + AfterLastRound;
        }

        return text;
    }

    public static (int Rounds, TimeSpan? RestAfterRound, TimeSpan? RestBetweenItems, bool RestAfterLastRound) Parse(string? text, string path)
    {
        if (string.IsNullOrEmpty(text))
        {
            throw new FhirReadException(path, "is missing: a circuit's action says its rounds and rests.", null);
        }

        string[] parts = text.Split("; ");
        string first = parts[0];
        int space = first.IndexOf(' ', StringComparison.Ordinal);
        if (space < 1 || !int.TryParse(first.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out int rounds) ||
            first[(space + 1)..] != (rounds == 1 ? "round" : "rounds"))
        {
            throw Unreadable(path, text);
        }

        TimeSpan? afterRound = null;
        TimeSpan? between = null;
        bool afterLast = false;
        int next = 1;
        if (next < parts.Length && Seconds(parts[next], AfterRound) is int a)
        {
            afterRound = TimeSpan.FromSeconds(a);
            next++;
        }

        if (next < parts.Length && Seconds(parts[next], BetweenItems) is int b)
        {
            between = TimeSpan.FromSeconds(b);
            next++;
        }

        if (next < parts.Length && parts[next] == AfterLastRound)
        {
            afterLast = true;
            next++;
        }

        return next == parts.Length ? (rounds, afterRound, between, afterLast) : throw Unreadable(path, text);
    }

    private static int? Seconds(string part, string suffix) =>
        part.EndsWith(suffix, StringComparison.Ordinal) &&
        int.TryParse(part.AsSpan(0, part.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int seconds)
            ? seconds
            : null;

    private static FhirReadException Unreadable(string path, string text) =>
        new(path, $"must read like '3 rounds; 60 s rest after each round; 15 s rest between exercises; rest after the last round'; it was '{text}'.", null);
}
