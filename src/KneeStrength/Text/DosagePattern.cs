using System;
using System.Globalization;
using System.Text;

namespace KneeStrength.Text;

/// <summary>
/// The text form of a <see cref="Dosage"/>.
/// </summary>
/// <remarks>
/// <para>Canonical form, written by <see cref="Format"/> and read by <see cref="Parse"/>:
/// <c>[S x ]N reps|N s hold[ per side|per leg][ in each of D directions][, R s rest]</c>, for example
/// <c>20 reps per side</c>, <c>30 s hold per side</c>, <c>10 reps per leg in each of 4 directions</c>,
/// <c>3 x 10 reps per side, 30 s rest</c>. "per leg" is written when there are directions, "per side" otherwise;
/// both read as per side.</para>
/// <para>The seed article's notation is read too: <c>x 20</c>, <c>x 25 (per side)</c>, <c>x 20 (per leg)</c>,
/// <c>x 30 seconds (per side)</c>, and <c>x 10 (per leg and per side)</c>, which means per leg in each of the
/// exercise's directions and so needs the direction count.</para>
/// <para>Parsing ignores case and extra white space. This type is thread-safe.</para>
/// </remarks>
public static class DosagePattern
{
    /// <summary>Formats a dosage in the canonical form.</summary>
    /// <param name="dosage">The dosage.</param>
    /// <returns>The text, which <see cref="Parse"/> reads back to an equal dosage.</returns>
    public static string Format(Dosage dosage)
    {
        var text = new StringBuilder(48);
        var culture = CultureInfo.InvariantCulture;
        if (dosage.Sets > 1)
        {
            text.Append(culture, $"{dosage.Sets} x ");
        }

        if (dosage.Kind == DosageKind.Hold)
        {
            text.Append(culture, $"{(int)dosage.HoldTime.TotalSeconds} s hold");
        }
        else
        {
            text.Append(culture, $"{dosage.RepetitionCount} {(dosage.RepetitionCount == 1 ? "rep" : "reps")}");
        }

        if (dosage.IsPerSide)
        {
            text.Append(dosage.Directions > 1 ? " per leg" : " per side");
        }

        if (dosage.Directions > 1)
        {
            text.Append(culture, $" in each of {dosage.Directions} directions");
        }

        if (dosage.RestBetweenSets is TimeSpan rest)
        {
            text.Append(culture, $", {(int)rest.TotalSeconds} s rest");
        }

        return text.ToString();
    }

    /// <summary>Parses a dosage in the canonical form or the seed article's notation.</summary>
    /// <param name="text">The text.</param>
    /// <param name="exerciseDirections">
    /// The exercise's direction count, which the article's <c>(per leg and per side)</c> refers to; null when unknown.
    /// </param>
    /// <returns>The dosage, or what was wrong and the position where it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="exerciseDirections"/> is negative or more than <see cref="Dosage.MaxDirections"/>.
    /// </exception>
    public static ParseResult<Dosage> Parse(string text, int? exerciseDirections = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (exerciseDirections is int count)
        {
            // No exercise has more directions than a dosage may; clamping would hide the caller's mistake.
            Preconditions.CheckArgumentRange(count, 0, Dosage.MaxDirections, nameof(exerciseDirections));
        }

        var scanner = new Scanner(text);
        scanner.SkipSpace();
        return scanner.PeekWord("x") ? ParseSeed(scanner, exerciseDirections) : ParseCanonical(scanner);
    }

    private static ParseResult<Dosage> ParseCanonical(Scanner s)
    {
        int sets = 1;
        int numberAt = s.Position;
        if (!s.TryReadInt(out int first))
        {
            return Fail(s, "Expected a number of repetitions or seconds, such as '20 reps' or '30 s hold'");
        }

        s.SkipSpace();
        if (s.TryWord("x") || s.TryWord("×"))
        {
            sets = first;
            if (!CheckRange(sets, 1, Dosage.MaxSets, "sets", numberAt, out var setsError))
            {
                return setsError;
            }

            s.SkipSpace();
            numberAt = s.Position;
            if (!s.TryReadInt(out first))
            {
                return Fail(s, "Expected a number of repetitions or seconds after the sets, such as '3 x 10 reps'");
            }

            s.SkipSpace();
        }

        DosageKind kind;
        if (s.TryWord("reps") || s.TryWord("rep"))
        {
            kind = DosageKind.Repetitions;
        }
        else if ((s.TryWord("s") || s.TryWord("seconds") || s.TryWord("second")) && s.SkipSpace() && s.TryWord("hold"))
        {
            kind = DosageKind.Hold;
        }
        else
        {
            return Fail(s, "Expected 'reps' or 's hold' after the number");
        }

        if (!CheckAmount(kind, first, numberAt, out var amountError))
        {
            return amountError;
        }

        var laterality = Laterality.Bilateral;
        int directions = 1;
        int? rest = null;
        int restAt = -1;
        s.SkipSpace();
        if (s.TryWord("per"))
        {
            s.SkipSpace();
            if (!(s.TryWord("side") || s.TryWord("leg")))
            {
                return Fail(s, "Expected 'side' or 'leg' after 'per'");
            }

            laterality = Laterality.PerSide;
            s.SkipSpace();
        }

        if (s.TryWord("in"))
        {
            s.SkipSpace();
            if (!(s.TryWord("each") && s.SkipSpace() && s.TryWord("of") && s.SkipSpace()))
            {
                return Fail(s, "Expected 'in each of N directions'");
            }

            int directionsAt = s.Position;
            if (!s.TryReadInt(out directions))
            {
                return Fail(s, "Expected the number of directions after 'in each of'");
            }

            if (!CheckRange(directions, 1, Dosage.MaxDirections, "directions", directionsAt, out var directionsError))
            {
                return directionsError;
            }

            s.SkipSpace();
            if (!(s.TryWord("directions") || s.TryWord("direction")))
            {
                return Fail(s, "Expected 'directions' after the number of directions");
            }

            s.SkipSpace();
        }

        if (s.TryChar(','))
        {
            s.SkipSpace();
            restAt = s.Position;
            if (!s.TryReadInt(out int restSeconds))
            {
                return Fail(s, "Expected a rest such as '30 s rest' after the comma");
            }

            if (!CheckRange(restSeconds, 0, Dosage.MaxRestSeconds, "seconds of rest", restAt, out var restError))
            {
                return restError;
            }

            s.SkipSpace();
            if (!((s.TryWord("s") || s.TryWord("seconds") || s.TryWord("second")) && s.SkipSpace() && s.TryWord("rest")))
            {
                return Fail(s, "Expected 's rest' after the rest's number");
            }

            rest = restSeconds;
            s.SkipSpace();
        }

        if (!s.AtEnd)
        {
            return Fail(s, $"Unexpected text {DisplayText.Quote(s.Rest)}");
        }

        if (rest is not null && sets == 1)
        {
            return ParseResult<Dosage>.ForError("A rest between sets needs at least two sets, such as '3 x 10 reps, 30 s rest'", restAt);
        }

        return ParseResult<Dosage>.ForValue(Build(kind, first, laterality, directions, sets, rest));
    }

    private static ParseResult<Dosage> ParseSeed(Scanner s, int? exerciseDirections)
    {
        s.TryWord("x");
        s.SkipSpace();
        int numberAt = s.Position;
        if (!s.TryReadInt(out int amount))
        {
            return Fail(s, "Expected a number after 'x', such as 'x 20'");
        }

        s.SkipSpace();
        var kind = s.TryWord("seconds") || s.TryWord("second") || s.TryWord("s") ? DosageKind.Hold : DosageKind.Repetitions;
        if (!CheckAmount(kind, amount, numberAt, out var amountError))
        {
            return amountError;
        }

        s.SkipSpace();
        var laterality = Laterality.Bilateral;
        int directions = 1;
        if (s.TryChar('('))
        {
            s.SkipSpace();
            int qualifierAt = s.Position;
            if (!(s.TryWord("per") && s.SkipSpace() && (s.TryWord("side") || s.TryWord("leg"))))
            {
                return Fail(s, "Expected '(per side)', '(per leg)' or '(per leg and per side)'");
            }

            laterality = Laterality.PerSide;
            s.SkipSpace();
            if (s.TryWord("and"))
            {
                s.SkipSpace();
                if (!(s.TryWord("per") && s.SkipSpace() && s.TryWord("side")))
                {
                    return Fail(s, "Expected 'per side' after 'and'");
                }

                if (exerciseDirections is not int count || count < 2)
                {
                    return ParseResult<Dosage>.ForError(
                        "'(per leg and per side)' means per leg in each of the exercise's directions, but no exercise with directions was given; write 'N reps per leg in each of D directions'",
                        qualifierAt);
                }

                directions = count;
                s.SkipSpace();
            }

            if (!s.TryChar(')'))
            {
                return Fail(s, "Expected ')'");
            }

            s.SkipSpace();
        }

        if (!s.AtEnd)
        {
            return Fail(s, $"Unexpected text {DisplayText.Quote(s.Rest)}");
        }

        return ParseResult<Dosage>.ForValue(Build(kind, amount, laterality, directions, 1, null));
    }

    private static Dosage Build(DosageKind kind, int amount, Laterality laterality, int directions, int sets, int? rest)
    {
        TimeSpan? restTime = rest is int r ? TimeSpan.FromSeconds(r) : null;
        return kind == DosageKind.Hold
            ? Dosage.Hold(TimeSpan.FromSeconds(amount), laterality, directions, sets, restTime)
            : Dosage.Repetitions(amount, laterality, directions, sets, restTime);
    }

    private static bool CheckAmount(DosageKind kind, int amount, int position, out ParseResult<Dosage> error) =>
        kind == DosageKind.Hold
            ? CheckRange(amount, 1, Dosage.MaxHoldSeconds, "seconds of hold", position, out error)
            : CheckRange(amount, 1, Dosage.MaxRepetitions, "repetitions", position, out error);

    private static bool CheckRange(int value, int min, int max, string what, int position, out ParseResult<Dosage> error)
    {
        if (value >= min && value <= max)
        {
            error = null!;
            return true;
        }

        error = ParseResult<Dosage>.ForError(
            string.Create(CultureInfo.InvariantCulture, $"{value} is out of range: {what} must be {min} to {max}"), position);
        return false;
    }

    private static ParseResult<Dosage> Fail(Scanner s, string message) => ParseResult<Dosage>.ForError(message, s.Position);
}
