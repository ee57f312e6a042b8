using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KneeStrength.Text;

/// <summary>
/// The text form of a <see cref="Dosage"/>: one strict grammar for the notations exercise sheets and apps use.
/// </summary>
/// <remarks>
/// <para><b>Canonical form</b>, written by <see cref="Format"/> and read back to an equal dosage by
/// <see cref="Parse"/>: <c>[S x ]N reps[ per side|per leg][ in each of D directions][, H s hold each][, as many as you can][, R s rest][, SETTING][, EFFORT]</c>
/// for repetitions and <c>[S sets of ]N s hold[ per side|per leg][ in each of D directions][, as long as you can][, R s rest][, SETTING][, EFFORT]</c> for holds,
/// where S and N may be ranges (<c>2-3 x 8-12 reps</c>), SETTING is <c>medium (red) band</c>, <c>red band</c>,
/// <c>medium band</c> or <c>20 cm step</c>, and EFFORT is <c>RPE 7</c> or <c>2 reps in reserve</c>. "per leg" is
/// written when there are directions.</para>
/// <para><b>Notation read</b> (any case, with or without spaces; commas between parts are optional):</para>
/// <list type="table">
/// <listheader><term>Part</term><description>Forms, for example</description></listheader>
/// <item><term>Sets and repetitions</term><description><c>3x12</c>, <c>3 x 12</c>, <c>3 × 12</c>, <c>3 sets of 12</c>,
/// <c>3 sets x 12 reps</c>, <c>12 reps x 3 sets</c>, <c>12 reps, 3 sets</c>, <c>12</c>, <c>12 repetitions</c>,
/// <c>x12</c>, <c>x 20</c>. In <c>A x B</c> with no words, A is the sets and B the repetitions.</description></item>
/// <item><term>Ranges</term><description><c>8-12 reps</c>, <c>3 x 8–12</c>, <c>2-3 sets of 10</c>, <c>8 to 12</c>:
/// for repetitions and sets, not for times.</description></item>
/// <item><term>Sides</term><description><c>per side</c>, <c>per leg</c>, <c>each side</c>, <c>each leg</c>,
/// <c>for each leg</c>, <c>a side</c>, <c>/side</c>, <c>/leg</c>, and in brackets <c>(each leg)</c>, <c>(per side)</c>; the seed article's
/// <c>(per leg and per side)</c> means per leg in each of the exercise's directions.</description></item>
/// <item><term>Directions</term><description><c>in each of 4 directions</c>.</description></item>
/// <item><term>Holds</term><description><c>45 s hold</c>, <c>45s hold</c>, <c>hold 45 s</c>, <c>hold for 45 seconds</c>,
/// <c>45 sec hold</c>, <c>45 secs</c>, <c>1 min hold</c>, <c>1 minute</c>, <c>1:30 hold</c>,
/// <c>30 seconds each side</c>, <c>x 30 seconds (per side)</c>, and with sets <c>3 sets of 30 s hold</c>. Time units:
/// s, sec, secs, second, seconds, min, mins, minute, minutes, or <c>m:ss</c>.</description></item>
/// <item><term>Hold on each repetition</term><description><c>10 reps, 5 s hold each</c>, <c>10 x 5 s hold</c>,
/// <c>3 x 10 x 5 s hold</c>: a count followed by a time is that many repetitions, each held that long. So
/// <c>3 x 30 s hold</c> is three 30-second holds back to back; write <c>3 sets of 30 s hold</c> for sets with a rest
/// between them.</description></item>
/// <item><term>Sets of holds</term><description><c>3 x 45 s hold, 30 s rest</c>, <c>2 x 30 s hold per side, 60 s rest</c>:
/// a rest between, or an exercise done only as holds, makes the count of <c>N x T hold</c> the sets.</description></item>
/// <item><term>Times</term><description><c>Repeat 7 times for each leg</c>, <c>7 times each side</c> are repetitions;
/// <c>hold 30 seconds, repeat 3 times</c> and <c>10 reps, repeat 3 times</c> are sets, because a hold or the
/// repetitions are given too.</description></item>
/// <item><term>Rounds</term><description><c>3 rounds of 10 reps</c>: rounds are sets. (A circuit's rounds are the
/// <see cref="Circuit"/>'s; each of its items is one set.)</description></item>
/// <item><term>Open end</term><description><c>as many as you can</c>, <c>as many reps as you can</c>, <c>AMRAP</c>,
/// <c>as long as you can</c>, <c>until you press next</c>, with the amount planning expects: <c>15 reps, as many as
/// you can</c>, <c>hold 45 s, as long as you can</c>. The amount is required: a plan and a time budget need it.</description></item>
/// <item><term>Effort</term><description><c>RPE 7</c>, <c>at RPE 7/10</c>, <c>RIR 2</c>, <c>2 reps in reserve</c>
/// (repetitions only): 0 to 10.</description></item>
/// <item><term>Equipment setting</term><description><c>red band</c>, <c>with a red band</c>, <c>medium band</c>,
/// <c>medium (red) band</c>, <c>red (medium) band</c> (levels light, medium, heavy; colours as in
/// <see cref="EquipmentSetting.BandColours"/>), <c>20 cm step</c> (5 to 60).</description></item>
/// <item><term>Rest between sets</term><description><c>30 s rest</c>, <c>rest 30 s</c>, <c>30 sec rest</c>,
/// <c>1 min rest</c>, <c>with 45 s rest</c>, <c>rest 1:00 between sets</c>.</description></item>
/// </list>
/// <para>When an exercise is given, a dosage that names no side takes the exercise's laterality and one that names
/// no directions takes the exercise's directions: <c>x 20</c> for a per-side exercise is 20 per side.</para>
/// <para>What the grammar cannot read exactly is an error naming the position and what was expected; each part may
/// be given once. Limits are <see cref="Dosage"/>'s. This type is thread-safe.</para>
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
        var sets = dosage.SetRange;
        if (dosage.Kind == DosageKind.Hold)
        {
            if (sets.Maximum > 1)
            {
                text.Append(culture, $"{sets} sets of ");
            }

            text.Append(culture, $"{(int)dosage.HoldTime.TotalSeconds} s hold");
        }
        else
        {
            if (sets.Maximum > 1)
            {
                text.Append(culture, $"{sets} x ");
            }

            var reps = dosage.RepetitionRange;
            text.Append(culture, $"{reps} {(reps.Maximum == 1 ? "rep" : "reps")}");
        }

        if (dosage.IsPerSide)
        {
            text.Append(dosage.Directions > 1 ? " per leg" : " per side");
        }

        if (dosage.Directions > 1)
        {
            text.Append(culture, $" in each of {dosage.Directions} directions");
        }

        if (dosage.HoldEachSeconds > 0)
        {
            text.Append(culture, $", {dosage.HoldEachSeconds} s hold each");
        }

        if (dosage.IsOpen)
        {
            text.Append(dosage.Kind == DosageKind.Hold ? ", as long as you can" : ", as many as you can");
        }

        if (dosage.RestBetweenSets is TimeSpan rest)
        {
            text.Append(culture, $", {(int)rest.TotalSeconds} s rest");
        }

        if (dosage.Setting is { } setting)
        {
            text.Append(", ").Append(setting.ToString());
        }

        if (dosage.Effort is Effort effort)
        {
            text.Append(", ").Append(effort.ToString());
        }

        return text.ToString();
    }

    /// <summary>Parses a dosage in any notation of the table above.</summary>
    /// <param name="text">The text.</param>
    /// <param name="exercise">
    /// The exercise the dosage is for, whose laterality and directions a dosage that names none takes; null when
    /// unknown. The article's <c>(per leg and per side)</c> needs an exercise with directions.
    /// </param>
    /// <returns>The dosage, or what was wrong and the position where it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<Dosage> Parse(string text, Exercise? exercise = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = DosageToken.Split(text, out int errorAt);
        if (tokens is null)
        {
            return ParseResult<Dosage>.ForError(
                $"Unexpected {DisplayText.Quote(text[errorAt..])}: expected numbers such as '3 x 10', words such as 'reps', 'hold' or 'per side', or one of ', ( ) /'",
                errorAt);
        }

        return new Reader(tokens, exercise).Read();
    }

    // <summary>The role a number plays in a dosage.</summary>
    private enum Role
    {
        None,
        Sets,
        Reps,
        Time,
    }

    // <summary>Reads the tokens of one dosage text, part by part, each part at most once.</summary>
    private sealed class Reader(List<DosageToken> tokens, Exercise? exercise)
    {
        private int _i;
        private string? _error;
        private int _errorAt;

        private (int Low, int High)? _sets;
        private int _setsAt;
        private (int Low, int High)? _reps;
        private int _repsAt;
        private int? _hold;
        private int _holdAt;
        private int? _rest;
        private int _restAt;
        private bool _perSide;
        private int _sideAt = -1;
        private int? _directions;
        private int _directionsAt = -1;
        private (int Low, int High)? _repeat;
        private int _repeatAt;

        private bool _open;
        private int _openAt = -1;
        private Effort? _effort;
        private int _effortAt = -1;
        private EquipmentSetting? _setting;
        private int _settingAt = -1;

        // Whether the repetitions are the unnamed count of "N x T hold": sets, if a rest follows or the exercise only holds.
        private bool _repsCountHolds;

        private DosageToken Token => tokens[_i];

        // <summary>The token k places ahead, or the end when there are fewer.</summary>
        private DosageToken Peek(int k) => tokens[Math.Min(_i + k, tokens.Count - 1)];

        internal ParseResult<Dosage> Read()
        {
            bool first = true;
            while (Token.Kind != DosageTokenKind.End)
            {
                if (!first && (Token.IsSymbol(',') || Token.Is("and") || Token.Is("with")))
                {
                    _i++;
                    if (Token.Kind == DosageTokenKind.End)
                    {
                        return Fail("Expected more after " + DisplayText.Quote(tokens[_i - 1].Text));
                    }

                    continue;
                }

                if (first && Token.Is("with"))
                {
                    _i++;
                }

                first = false;
                if (!Part())
                {
                    return ParseResult<Dosage>.ForError(_error!, _errorAt);
                }
            }

            return Finish();
        }

        private bool Part()
        {
            var t = Token;
            switch (t.Kind)
            {
                case DosageTokenKind.Number when Peek(1).Is("cm"):
                    return StepHeight();
                case DosageTokenKind.Number when (Peek(1).Is("reps") || Peek(1).Is("rep")) && Peek(2).Is("in") && Peek(3).Is("reserve"):
                    return RepsInReserve();
                case DosageTokenKind.Number or DosageTokenKind.Clock:
                    return Chain(leadingX: false);
                case DosageTokenKind.Word when t.Text is "as" or "until" or "amrap":
                    return Open();
                case DosageTokenKind.Word when t.Text is "rpe" or "at" && (t.Text == "rpe" || Peek(1).Is("rpe")):
                    return Rpe();
                case DosageTokenKind.Word when t.Text == "rir":
                    return Rir();
                case DosageTokenKind.Word when IsBandWord(t.Text):
                    return Band();
                case DosageTokenKind.Word when t.Text == "x":
                    return Chain(leadingX: true);
                case DosageTokenKind.Word when t.Text is "hold" or "holds":
                    _i++;
                    SkipWord("for");
                    return Duration("a time after 'hold', such as 'hold 45 s'", out int hold, out int holdAt) &&
                        Set(ref _hold, ref _holdAt, hold, holdAt, "The hold") && SkipEach();
                case DosageTokenKind.Word when t.Text == "rest":
                    _i++;
                    SkipWord("for");
                    return Duration("a time after 'rest', such as 'rest 30 s'", out int rest, out int restAt) &&
                        SetRest(rest, restAt) && BetweenSets();
                case DosageTokenKind.Word when t.Text == "repeat":
                    return Repeat();
                case DosageTokenKind.Word when t.Text == "for" && (tokens[_i + 1].Is("each") || tokens[_i + 1].Is("per")):
                    _i++;
                    return Side();
                case DosageTokenKind.Word when t.Text == "a" && IsBandWord(Peek(1).Text):
                    _i++;
                    return Band();
                case DosageTokenKind.Word when t.Text is "per" or "each" or "a":
                    return Side();
                case DosageTokenKind.Symbol when t.Text == "/":
                    return Side();
                case DosageTokenKind.Symbol when t.Text == "(":
                    return Bracket();
                case DosageTokenKind.Word when t.Text == "in":
                    return InDirections();
                default:
                    return Error(
                        $"Unexpected {DisplayText.Quote(t.Text)}: expected a count such as '3 x 10', 'hold', 'rest', 'per side' or 'in each of N directions'",
                        t.Start);
            }
        }

        // <summary>Reads <c>[x] Q [unit] (x|of Q [unit])*</c>, then gives each number its role.</summary>
        private bool Chain(bool leadingX)
        {
            if (leadingX)
            {
                _i++;
            }

            var parts = new (Role Role, DosageToken Token, int Seconds)[3];
            int count = 0;
            while (true)
            {
                var q = Token;
                if (q.Kind is not (DosageTokenKind.Number or DosageTokenKind.Clock))
                {
                    return Error(
                        $"Expected a number after {DisplayText.Quote(tokens[_i - 1].Text)}, such as '3 x 10'",
                        q.Start);
                }

                if (count == parts.Length)
                {
                    return Error("Too many numbers joined by 'x': at most sets x repetitions x hold, such as '3 x 10 x 5 s hold'", q.Start);
                }

                _i++;
                var role = Role.None;
                int seconds = 0;
                if (q.Kind == DosageTokenKind.Number && (Token.Is("times") || Token.Is("time")))
                {
                    if (count > 0 || leadingX)
                    {
                        return Error("'times' counts on its own, such as 'repeat 3 times'", Token.Start);
                    }

                    _i++;
                    return Set(ref _repeat, ref _repeatAt, (q.Low, q.High), q.Start, "The repeat count");
                }

                if (q.Kind == DosageTokenKind.Clock)
                {
                    role = Role.Time;
                    seconds = q.Low;
                }
                else if (TimeUnit(out int factor))
                {
                    if (q.IsRange)
                    {
                        return Error("A time cannot be a range; ranges are for repetitions and sets", q.Start);
                    }

                    role = Role.Time;
                    seconds = q.Low * factor;
                }
                else if (Token.Is("sets") || Token.Is("set") || Token.Is("rounds") || Token.Is("round"))
                {
                    role = Role.Sets;
                    _i++;
                }
                else if (Token.Kind == DosageTokenKind.Word && Token.Text is "reps" or "rep" or "repetitions" or "repetition")
                {
                    role = Role.Reps;
                    _i++;
                }

                if (role == Role.Time && Token.Is("rest"))
                {
                    if (count > 0 || leadingX)
                    {
                        return Error("A rest stands on its own, such as ', 30 s rest'", Token.Start);
                    }

                    _i++;
                    return SetRest(seconds, q.Start) && BetweenSets();
                }

                if (role == Role.Time && (Token.Is("hold") || Token.Is("holds")))
                {
                    _i++;
                }

                parts[count++] = (role, q, seconds);
                if (role == Role.Time)
                {
                    if (!SkipEach())
                    {
                        return false;
                    }

                    break;
                }

                if (Token.Is("x") || (role == Role.Sets && Token.Is("of")))
                {
                    _i++;
                    continue;
                }

                break;
            }

            _repsCountHolds |= count == 2 && parts[0].Role == Role.None && parts[1].Role == Role.Time && !leadingX;
            return Assign(parts.AsSpan(0, count));
        }

        // <summary>
        // Reads the open end: <c>as many as you can</c>, <c>as many reps as you can</c>, <c>AMRAP</c>,
        // <c>as long as you can</c>, <c>until you press next</c>.
        // </summary>
        private bool Open()
        {
            int at = Token.Start;
            string[] words = Token.Text switch
            {
                "amrap" => ["amrap"],
                "until" => ["until", "you", "press", "next"],
                _ when Peek(1).Is("long") => ["as", "long", "as", "you", "can"],
                _ when Peek(2).Is("reps") || Peek(2).Is("repetitions") => ["as", "many", Peek(2).Text, "as", "you", "can"],
                _ => ["as", "many", "as", "you", "can"],
            };
            foreach (var word in words)
            {
                if (!Token.Is(word))
                {
                    return Error("Expected 'as many as you can', 'as long as you can' or 'until you press next'", Token.Start);
                }

                _i++;
            }

            if (_openAt >= 0)
            {
                return Error("The open end is given twice", at);
            }

            (_open, _openAt) = (true, at);
            return true;
        }

        // <summary>Reads <c>RPE 7</c>, <c>RPE 7/10</c> or <c>at RPE 7</c>.</summary>
        private bool Rpe()
        {
            int at = Token.Start;
            SkipWord("at");
            _i++;
            var n = Token;
            if (n.Kind != DosageTokenKind.Number || n.IsRange)
            {
                return Error("Expected a number after 'RPE', such as 'RPE 7'", n.Start);
            }

            _i++;
            if (Token.IsSymbol('/') && Peek(1) is { Kind: DosageTokenKind.Number, Low: 10 })
            {
                _i += 2;
            }

            return InRange(n.Low, 0, Effort.MaxValue, "RPE", n.Start) && SetEffort(KneeStrength.Effort.Rpe(n.Low), at);
        }

        // <summary>Reads <c>RIR 2</c>.</summary>
        private bool Rir()
        {
            int at = Token.Start;
            _i++;
            var n = Token;
            if (n.Kind != DosageTokenKind.Number || n.IsRange)
            {
                return Error("Expected a number after 'RIR', such as 'RIR 2'", n.Start);
            }

            _i++;
            return InRange(n.Low, 0, Effort.MaxValue, "reps in reserve", n.Start) && SetEffort(KneeStrength.Effort.RepsInReserve(n.Low), at);
        }

        // <summary>Reads <c>2 reps in reserve</c>.</summary>
        private bool RepsInReserve()
        {
            var n = Token;
            if (n.IsRange)
            {
                return Error("Reps in reserve is one number, such as '2 reps in reserve'", n.Start);
            }

            _i += 4;
            return InRange(n.Low, 0, Effort.MaxValue, "reps in reserve", n.Start) && SetEffort(KneeStrength.Effort.RepsInReserve(n.Low), n.Start);
        }

        private bool SetEffort(Effort effort, int at)
        {
            if (_effortAt >= 0)
            {
                return Error("The effort is given twice", at);
            }

            (_effort, _effortAt) = (effort, at);
            return true;
        }

        // <summary>Reads <c>20 cm step</c>.</summary>
        private bool StepHeight()
        {
            var n = Token;
            _i += 2;
            if (!Token.Is("step"))
            {
                return Error("Expected 'step' after the height, as in '20 cm step'", Token.Start);
            }

            _i++;
            return !n.IsRange &&
                InRange(n.Low, EquipmentSetting.MinStepHeightCentimetres, EquipmentSetting.MaxStepHeightCentimetres, "centimetres of step height", n.Start) &&
                SetSetting(EquipmentSetting.StepHeight(n.Low), n.Start);
        }

        // <summary>Reads <c>red band</c>, <c>medium band</c>, <c>medium (red) band</c>, <c>red (medium) band</c>.</summary>
        private bool Band()
        {
            int at = Token.Start;
            BandResistance? level = null;
            string? colour = null;
            for (int k = 0; k < 2; k++)
            {
                bool bracket = k == 1 && Token.IsSymbol('(');
                if (bracket)
                {
                    _i++;
                }

                var w = Token;
                if (w.Kind == DosageTokenKind.Word && level is null && EquipmentSetting.ParseLevel(w.Text) is { } named)
                {
                    level = named;
                }
                else if (w.Kind == DosageTokenKind.Word && colour is null && IsColour(w.Text))
                {
                    colour = w.Text;
                }
                else if (bracket)
                {
                    return Error("Expected a band's level or colour in the brackets, such as 'medium (red) band'", w.Start);
                }
                else
                {
                    break;
                }

                _i++;
                if (bracket)
                {
                    if (!Token.IsSymbol(')'))
                    {
                        return Error("Expected ')'", Token.Start);
                    }

                    _i++;
                }
            }

            if (!Token.Is("band"))
            {
                return Error(
                    $"Expected 'band' after the band's level or colour, as in 'medium (red) band'; the colours are {string.Join(", ", EquipmentSetting.BandColours)}",
                    Token.Start);
            }

            _i++;
            return SetSetting(EquipmentSetting.Band(level, colour), at);
        }

        private bool SetSetting(EquipmentSetting setting, int at)
        {
            if (_settingAt >= 0)
            {
                return Error("The equipment setting is given twice", at);
            }

            (_setting, _settingAt) = (setting, at);
            return true;
        }

        // Tokens are lower case, so a colour is a known one exactly when its word is.
        private static bool IsColour(string word) => EquipmentSetting.KnownColour(word) is not null;

        private static bool IsBandWord(string word) => EquipmentSetting.ParseLevel(word) is not null || IsColour(word);

        // <summary>Reads <c>repeat N times</c>: the repetitions, or the sets of a hold or of given repetitions.</summary>
        private bool Repeat()
        {
            _i++;
            var n = Token;
            if (n.Kind != DosageTokenKind.Number)
            {
                return Error("Expected a number after 'repeat', such as 'repeat 3 times'", n.Start);
            }

            _i++;
            if (!(Token.Is("times") || Token.Is("time")))
            {
                return Error("Expected 'times' after the number, as in 'repeat 3 times'", Token.Start);
            }

            _i++;
            return Set(ref _repeat, ref _repeatAt, (n.Low, n.High), n.Start, "The repeat count");
        }

        // <summary>Gives the unnamed numbers of a chain their roles, right to left: repetitions, then sets.</summary>
        private bool Assign(Span<(Role Role, DosageToken Token, int Seconds)> parts)
        {
            bool hasSets = false, hasReps = false;
            foreach (var (role, token, _) in parts)
            {
                if ((role == Role.Sets && hasSets) || (role == Role.Reps && hasReps))
                {
                    return Error($"The {(role == Role.Sets ? "sets are" : "repetitions are")} given twice", token.Start);
                }

                hasSets |= role == Role.Sets;
                hasReps |= role == Role.Reps;
            }

            for (int k = parts.Length - 1; k >= 0; k--)
            {
                if (parts[k].Role != Role.None)
                {
                    continue;
                }

                if (!hasReps)
                {
                    parts[k].Role = Role.Reps;
                    hasReps = true;
                }
                else if (!hasSets)
                {
                    parts[k].Role = Role.Sets;
                    hasSets = true;
                }
                else
                {
                    return Error("This number has no part left to be: the sets and repetitions are already given", parts[k].Token.Start);
                }
            }

            foreach (var (role, token, seconds) in parts)
            {
                bool ok = role switch
                {
                    Role.Sets => Set(ref _sets, ref _setsAt, (token.Low, token.High), token.Start, "The sets"),
                    Role.Reps => Set(ref _reps, ref _repsAt, (token.Low, token.High), token.Start, "The repetitions"),
                    _ => Set(ref _hold, ref _holdAt, seconds, token.Start, "The hold"),
                };
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private bool Side()
        {
            int at = Token.Start;
            _i++;
            if (!(Token.Is("side") || Token.Is("leg")))
            {
                return Error($"Expected 'side' or 'leg' after {DisplayText.Quote(tokens[_i - 1].Text)}", Token.Start);
            }

            _i++;
            if (_sideAt >= 0)
            {
                return Error("The side is given twice", at);
            }

            _perSide = true;
            _sideAt = at;
            return true;
        }

        // <summary>Reads the article's brackets: <c>(per side)</c>, <c>(each leg)</c>, <c>(per leg and per side)</c>.</summary>
        private bool Bracket()
        {
            int at = Token.Start;
            _i++;
            if (!(Token.Is("per") || Token.Is("each") || Token.Is("a") || Token.IsSymbol('/')))
            {
                return Error("Expected '(per side)', '(each leg)' or '(per leg and per side)'", Token.Start);
            }

            if (!Side())
            {
                return false;
            }

            if (Token.Is("and"))
            {
                _i++;
                if (!((Token.Is("per") || Token.Is("each")) && tokens[_i + 1].Is("side")))
                {
                    return Error("Expected 'per side' after 'and'", Token.Start);
                }

                _i += 2;
                int count = exercise?.Directions.Count ?? 0;
                if (count < 2)
                {
                    return Error(
                        "'(per leg and per side)' means per leg in each of the exercise's directions, but no exercise with directions was given; write 'N reps per leg in each of D directions'",
                        at);
                }

                if (!SetDirections(count, at))
                {
                    return false;
                }
            }

            if (!Token.IsSymbol(')'))
            {
                return Error("Expected ')'", Token.Start);
            }

            _i++;
            return true;
        }

        private bool InDirections()
        {
            int at = Token.Start;
            _i++;
            if (Token.Is("each"))
            {
                _i++;
                if (!Token.Is("of"))
                {
                    return Error("Expected 'in each of N directions'", Token.Start);
                }

                _i++;
            }

            var n = Token;
            if (n.Kind != DosageTokenKind.Number || n.IsRange)
            {
                return Error("Expected the number of directions, as in 'in each of 4 directions'", n.Start);
            }

            _i++;
            if (!(Token.Is("directions") || Token.Is("direction")))
            {
                return Error("Expected 'directions' after the number of directions", Token.Start);
            }

            _i++;
            return InRange(n.Low, 1, Dosage.MaxDirections, "directions", n.Start) && SetDirections(n.Low, at);
        }

        private bool SetDirections(int count, int at)
        {
            if (_directionsAt >= 0)
            {
                return Error("The directions are given twice", at);
            }

            _directions = count;
            _directionsAt = at;
            return true;
        }

        private bool SetRest(int seconds, int at) =>
            InRange(seconds, 0, Dosage.MaxRestSeconds, "seconds of rest", at) && Set(ref _rest, ref _restAt, seconds, at, "The rest");

        private bool Set<T>(ref T? slot, ref int slotAt, T value, int at, string what)
            where T : struct
        {
            if (slot is not null)
            {
                return Error($"{what} {(what.EndsWith('s') ? "are" : "is")} given twice", at);
            }

            slot = value;
            slotAt = at;
            return true;
        }

        // <summary>Reads a number with a time unit, or a clock time.</summary>
        private bool Duration(string expected, out int seconds, out int at)
        {
            var q = Token;
            at = q.Start;
            seconds = 0;
            if (q.Kind == DosageTokenKind.Clock)
            {
                _i++;
                seconds = q.Low;
                return true;
            }

            if (q.Kind == DosageTokenKind.Number && !q.IsRange)
            {
                _i++;
                if (TimeUnit(out int factor))
                {
                    seconds = q.Low * factor;
                    return true;
                }

                return Error("Expected a time unit such as 's', 'sec', 'seconds' or 'min' after the number", Token.Start);
            }

            return Error("Expected " + expected, q.Start);
        }

        private bool TimeUnit(out int factor)
        {
            factor = Token.Kind != DosageTokenKind.Word ? 0 : Token.Text switch
            {
                "s" or "sec" or "secs" or "second" or "seconds" => 1,
                "min" or "mins" or "minute" or "minutes" => 60,
                _ => 0,
            };
            if (factor > 0)
            {
                _i++;
            }

            return factor > 0;
        }

        // <summary>Skips the <c>each</c> of <c>5 s hold each</c>; leaves <c>each side</c> for the side.</summary>
        private bool SkipEach()
        {
            if (Token.Is("each") && !(tokens[_i + 1].Is("side") || tokens[_i + 1].Is("leg")))
            {
                _i++;
            }

            return true;
        }

        private bool BetweenSets()
        {
            if (Token.Is("between"))
            {
                _i++;
                if (!Token.Is("sets"))
                {
                    return Error("Expected 'sets' after 'between'", Token.Start);
                }

                _i++;
            }

            return true;
        }

        private void SkipWord(string word)
        {
            if (Token.Is(word))
            {
                _i++;
            }
        }

        private ParseResult<Dosage> Finish()
        {
            // "3 x 45 s hold, 30 s rest": a rest between, or an exercise done only as holds, makes the count sets.
            if (_repsCountHolds && _sets is null && (_rest is not null || exercise is { Tempo: null }))
            {
                (_sets, _setsAt, _reps) = (_reps, _repsAt, null);
            }

            // "repeat N times": the repetitions, unless a hold or the repetitions are given: then the sets.
            if (_repeat is { } times)
            {
                if (_reps is null && _hold is null)
                {
                    (_reps, _repsAt) = (times, _repeatAt);
                }
                else if (!Set(ref _sets, ref _setsAt, times, _repeatAt, "The sets"))
                {
                    return Failed();
                }
            }

            var reps = _reps;
            int? holdEach = null;
            int? hold = _hold;
            if (reps is null && hold is null)
            {
                return Fail("Expected a number of repetitions or a time, such as '3 x 10' or 'hold 30 s'");
            }

            var sets = _sets ?? (1, 1);
            if (!CheckCount(sets, Dosage.MaxSets, "sets", _setsAt))
            {
                return Failed();
            }

            if (reps is (int, int) r)
            {
                if (!CheckCount(r, Dosage.MaxRepetitions, "repetitions", _repsAt))
                {
                    return Failed();
                }

                if (hold is int each)
                {
                    if (!InRange(each, 1, Dosage.MaxHoldEachSeconds, "seconds of hold on each repetition", _holdAt))
                    {
                        return Failed();
                    }

                    holdEach = each;
                    hold = null;
                }
            }
            else if (!InRange(hold!.Value, 1, Dosage.MaxHoldSeconds, "seconds of hold", _holdAt))
            {
                return Failed();
            }

            if (_rest is not null && sets.High < 2)
            {
                return ParseResult<Dosage>.ForError("A rest between sets needs at least two sets, such as '3 x 10 reps, 30 s rest'", _restAt);
            }

            var laterality = _perSide || (_sideAt < 0 && exercise is { IsPerSide: true }) ? Laterality.PerSide : Laterality.Bilateral;
            int directions = _directions ?? Math.Max(1, exercise?.Directions.Count ?? 1);
            var dosage = hold is int seconds
                ? Dosage.Hold(TimeSpan.FromSeconds(seconds), laterality, directions)
                : Dosage.Repetitions(reps!.Value.Low, laterality, directions).WithRepetitionRange(reps.Value.Low, reps.Value.High);
            if (holdEach is int h)
            {
                dosage = dosage.WithHoldEachRepetition(TimeSpan.FromSeconds(h));
            }

            if (_effort is Effort effort && dosage.Kind == DosageKind.Hold && effort.Scale == EffortScale.RepsInReserve)
            {
                return ParseResult<Dosage>.ForError("Reps in reserve needs repetitions; for a hold give an RPE, such as 'RPE 7'", _effortAt);
            }

            return ParseResult<Dosage>.ForValue(
                dosage.WithSetRange(sets.Low, sets.High, _rest is int rest ? TimeSpan.FromSeconds(rest) : null)
                    .WithOpen(_open).WithEffort(_effort).WithSetting(_setting));
        }

        private bool CheckCount((int Low, int High) range, int max, string what, int at)
        {
            if (range.Low > range.High)
            {
                return Error(string.Create(CultureInfo.InvariantCulture, $"A range goes from the lower number to the higher, such as '8-12'; {range.Low}-{range.High} is backwards"), at);
            }

            return InRange(range.Low, 1, max, what, at) && InRange(range.High, 1, max, what, at);
        }

        private bool InRange(int value, int min, int max, string what, int at) =>
            (value >= min && value <= max) ||
            Error(string.Create(CultureInfo.InvariantCulture, $"{value} is out of range: {what} must be {min} to {max}"), at);

        private bool Error(string message, int at)
        {
            _error = message;
            _errorAt = at;
            return false;
        }

        private ParseResult<Dosage> Failed() => ParseResult<Dosage>.ForError(_error!, _errorAt);

        private ParseResult<Dosage> Fail(string message) => ParseResult<Dosage>.ForError(message, Token.Start);
    }
}
