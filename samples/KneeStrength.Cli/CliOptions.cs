using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KneeStrength.Text;

namespace KneeStrength.Cli;

/// <summary>
/// The options the commands share, each with a parser whose error names the option: <c>--minutes: ...</c>.
/// Every parser is culture-invariant, so the same command line means the same thing everywhere.
/// </summary>
internal static class CliOptions
{
    /// <summary>The longest <c>--minutes</c>: the library's 24-hour limit on a time budget.</summary>
    public const int MaxMinutes = 24 * 60;

    /// <summary>The fastest <c>--speed</c>.</summary>
    public const double MaxSpeed = 10_000;

    /// <summary>
    /// The slowest <c>--speed</c>: a step lasts at most the library's 24-hour session, so at this speed it waits at
    /// most ten days, well within what a timer can wait.
    /// </summary>
    public const double MinSpeed = 0.1;

    /// <summary>The most <c>--weeks</c> a calendar shows: ten years.</summary>
    public const int MaxWeeks = 520;

    /// <summary>
    /// The language of the words, on the root and every command below it: en, de, es, fr or any BCP 47 tag of one of
    /// them (de-AT, fr-CA); null when not given, which means the system's UI language (<see cref="CliText.Of"/>).
    /// </summary>
    public static Option<KneeText?> Language(CliText words) => new(CliText.OptionName)
    {
        Description = words["help.language"],
        HelpName = "LANG",
        Recursive = true,
        CustomParser = result =>
        {
            string text = SingleToken(result);
            if (KneeText.TryFor(text.Trim(), out var words))
            {
                return words;
            }

            result.AddError($"{CliText.OptionName}: expected en, de, es or fr (or a tag such as de-AT or fr-CA), but got {DisplayText.Quote(text)}");
            return null;
        },
    };

    public static Option<bool> Json(string description) => new("--json")
    {
        Description = description,
    };

    public static Option<string?> RoutineFile(CliText words) => new("--routine")
    {
        Description = words["help.option.routine"],
        HelpName = "FILE",
    };

    /// <summary>The equipment on hand; null when not given, which means all of it.</summary>
    public static Option<EquipmentSet?> Equipment(CliText words) => new("--equipment")
    {
        Description = words["help.option.equipment"],
        HelpName = "LIST",
        CustomParser = result => FromParse(result, "--equipment", EquipmentSet.Parse(SingleToken(result))),
    };

    public static Option<int?> Minutes(CliText words) => new("--minutes")
    {
        Description = words.Say("help.option.minutes", MaxMinutes),
        HelpName = "N",
        CustomParser = result => WholeNumber(result, "--minutes", 1, MaxMinutes, "minutes"),
    };

    public static Option<bool> RightFirst(CliText words) => new("--right-first")
    {
        Description = words["help.option.rightFirst"],
    };

    public static Option<double> Speed(CliText words) => new("--speed")
    {
        Description = words.Say("help.option.speed", MinSpeed, MaxSpeed),
        HelpName = "X",
        DefaultValueFactory = _ => 1,
        CustomParser = ParseSpeed,
    };

    public static Option<Side?> FirstSide(CliText words) => new("--first-side")
    {
        Description = words["help.option.firstSide"],
        HelpName = "left|right",
        CustomParser = result =>
        {
            string text = SingleToken(result);
            switch (text.Trim().ToLowerInvariant())
            {
                case "left": return Side.Left;
                case "right": return Side.Right;
                default:
                    result.AddError($"--first-side: expected left or right, but got {DisplayText.Quote(text)}");
                    return null;
            }
        },
    };

    public static Option<bool> NoInput(CliText words) => new("--no-input")
    {
        Description = words["help.option.noInput"],
    };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result => ParseDate(result, name),
    };

    public static Option<int> Weeks(CliText words) => new("--weeks")
    {
        Description = words.Say("help.option.weeks", MaxWeeks),
        HelpName = "N",
        DefaultValueFactory = _ => 12,
        CustomParser = result => WholeNumber(result, "--weeks", 1, MaxWeeks, "weeks") ?? 12,
    };

    public static Option<DayOfWeek?> WeeklyOn(CliText words) => new("--weekly-on")
    {
        Description = words["help.option.weeklyOn"],
        HelpName = "DAY",
        CustomParser = ParseWeekday,
    };

    public static Option<string?> OutputFile(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "FILE",
    };

    public static Option<TimeOnly?> TimeOfDay(CliText words) => new("--time")
    {
        Description = words["help.option.time"],
        HelpName = "HH:MM",
        CustomParser = ParseTime,
    };

    public static Option<string?> TimeZone(CliText words) => new("--time-zone")
    {
        Description = words["help.option.timeZone"],
        HelpName = "ZONE",
    };

    public static Option<string?> ProgramFile(CliText words) => new("--program")
    {
        Description = words["help.option.program"],
        HelpName = "FILE",
    };

    public static Option<string?> Journal(CliText words) => new("--journal")
    {
        Description = words["help.option.journal"],
        HelpName = "FILE",
    };

    /// <summary>A pain score on the 0-10 numeric rating scale.</summary>
    public static Option<int?> Pain(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => WholeNumber(result, name, 0, 10, "points"),
    };

    public static Option<int?> WholeNumber(string name, string description, int min, int max, string unit) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => WholeNumber(result, name, min, max, unit),
    };

    private static string SingleToken(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;

    private static T? FromParse<T>(ArgumentResult result, string option, ParseResult<T> parsed)
        where T : class
    {
        if (parsed.TryGetValue(out var value))
        {
            return value;
        }

        result.AddError($"{option}: {Sentence.LowerFirst(parsed.Message!)}");
        return null;
    }

    private static int? WholeNumber(ArgumentResult result, string option, int min, int max, string unit)
    {
        string text = SingleToken(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option}: expected a whole number of {unit} from {min} to {max}, but got {DisplayText.Quote(text)}"));
        return null;
    }

    private static double ParseSpeed(ArgumentResult result)
    {
        string text = SingleToken(result);
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) && value >= MinSpeed && value <= MaxSpeed)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"--speed: expected a number from {MinSpeed} to {MaxSpeed}, such as 60, but got {DisplayText.Quote(text)}"));
        return 1;
    }

    private static DateOnly? ParseDate(ArgumentResult result, string option)
    {
        string text = SingleToken(result);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"{option}: expected a date as YYYY-MM-DD, such as 2025-03-01, but got {DisplayText.Quote(text)}");
        return null;
    }

    private static TimeOnly? ParseTime(ArgumentResult result)
    {
        string text = SingleToken(result);
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        result.AddError($"--time: expected a time of day as HH:MM, such as 07:30, but got {DisplayText.Quote(text)}");
        return null;
    }

    private static DayOfWeek? ParseWeekday(ArgumentResult result)
    {
        string text = SingleToken(result);
        string lower = text.Trim().ToLowerInvariant();
        for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
        {
            string name = Words.Weekday(day).ToLowerInvariant();
            if (lower == name || (lower.Length == 3 && name.StartsWith(lower, StringComparison.Ordinal)))
            {
                return day;
            }
        }

        result.AddError($"--weekly-on: expected a weekday such as 'monday' or 'mon', but got {DisplayText.Quote(text)}");
        return null;
    }
}
