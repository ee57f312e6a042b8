using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace KneeStrength.Tests.Export.Calendar;

/// <summary>
/// Our own check of the RFC 5545 rules calendar apps are seen to trip over, since no strict validator exists offline:
/// line ends, line length and folding, the properties each component must have once, time zones, UNTIL's form,
/// DTEND against DURATION, alarms and TEXT escaping. <see cref="Check"/> returns every problem found.
/// </summary>
internal static partial class IcsLint
{
    public static List<string> Check(byte[] bytes)
    {
        var problems = new List<string>();
        var lines = PhysicalLines(bytes, problems);
        var content = Unfold(lines, problems);
        CheckStructure(content, problems);
        return problems;
    }

    // Splits at CRLF; any other CR or LF, a line over 75 octets or a line that is not UTF-8 by itself is a problem.
    private static List<byte[]> PhysicalLines(byte[] bytes, List<string> problems)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
                i++;
            }
            else if (bytes[i] is (byte)'\r' or (byte)'\n')
            {
                problems.Add($"byte {i}: a bare {(bytes[i] == '\r' ? "CR" : "LF")}; lines end in CRLF only");
            }
        }

        if (start != bytes.Length)
        {
            problems.Add("the file does not end with CRLF");
        }

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (int n = 0; n < lines.Count; n++)
        {
            if (lines[n].Length > 75)
            {
                problems.Add($"line {n + 1}: {lines[n].Length} octets; at most 75");
            }

            try
            {
                strict.GetString(lines[n]);
            }
            catch (DecoderFallbackException)
            {
                problems.Add($"line {n + 1}: not UTF-8 by itself (a fold split a character)");
            }
        }

        return lines;
    }

    private static List<string> Unfold(List<byte[]> lines, List<string> problems)
    {
        var content = new List<string>();
        foreach (var line in lines)
        {
            string text = Encoding.UTF8.GetString(line);
            if (text.StartsWith(' ') || text.StartsWith('\t'))
            {
                if (content.Count == 0)
                {
                    problems.Add("the file starts with a continuation line");
                    continue;
                }

                content[^1] += text[1..];
            }
            else
            {
                content.Add(text);
            }
        }

        return content;
    }

    private static void CheckStructure(List<string> content, List<string> problems)
    {
        if (content.Count == 0 || content[0] != "BEGIN:VCALENDAR" || content[^1] != "END:VCALENDAR")
        {
            problems.Add("the file is not one VCALENDAR");
            return;
        }

        var components = new Stack<(string Name, List<(string Name, string Parameters, string Value)> Properties)>();
        var timeZones = new HashSet<string>();
        var usedZones = new HashSet<string>();
        var uids = new HashSet<string>();
        foreach (string line in content)
        {
            var match = ContentLine().Match(line);
            if (!match.Success)
            {
                problems.Add($"not a content line: {line}");
                continue;
            }

            string name = match.Groups["name"].Value, parameters = match.Groups["params"].Value, value = match.Groups["value"].Value;
            if (name == "BEGIN")
            {
                components.Push((value, []));
                continue;
            }

            if (name == "END")
            {
                if (components.Count == 0 || components.Peek().Name != value)
                {
                    problems.Add($"END:{value} does not close the open component");
                    return;
                }

                var (component, properties) = components.Pop();
                CheckComponent(component, properties, problems, timeZones, uids);
                continue;
            }

            if (components.Count == 0)
            {
                problems.Add($"{name} outside any component");
                continue;
            }

            components.Peek().Properties.Add((name, parameters, value));
            if (TzidParameter().Match(parameters) is { Success: true } tzid)
            {
                usedZones.Add(tzid.Groups[1].Value);
            }
        }

        foreach (string zone in usedZones.Except(timeZones))
        {
            problems.Add($"TZID={zone} is used without a VTIMEZONE");
        }
    }

    private static void CheckComponent(
        string component, List<(string Name, string Parameters, string Value)> properties, List<string> problems, HashSet<string> timeZones, HashSet<string> uids)
    {
        int Count(string name) => properties.Count(p => p.Name == name);
        string? Value(string name) => properties.FirstOrDefault(p => p.Name == name).Value;
        void Once(string name)
        {
            if (Count(name) != 1)
            {
                problems.Add($"{component} has {Count(name)} {name}; it needs exactly one");
            }
        }

        foreach (var (name, _, value) in properties.Where(p => p.Name is "SUMMARY" or "DESCRIPTION" or "X-WR-CALNAME"))
        {
            if (!EscapedText().IsMatch(value))
            {
                problems.Add($"{component} {name} is not escaped TEXT: {value}");
            }
        }

        switch (component)
        {
            case "VCALENDAR":
                Once("PRODID");
                Once("VERSION");
                if (Value("VERSION") != "2.0")
                {
                    problems.Add("VERSION is not 2.0");
                }

                break;
            case "VTIMEZONE":
                Once("TZID");
                timeZones.Add(Value("TZID") ?? string.Empty);
                break;
            case "STANDARD" or "DAYLIGHT":
                Once("DTSTART");
                Once("TZOFFSETFROM");
                Once("TZOFFSETTO");
                break;
            case "VEVENT":
                Once("UID");
                Once("DTSTAMP");
                Once("DTSTART");
                if (!uids.Add(Value("UID") ?? string.Empty))
                {
                    problems.Add($"UID {Value("UID")} is used twice");
                }

                if (!UtcDateTime().IsMatch(Value("DTSTAMP") ?? string.Empty))
                {
                    problems.Add($"DTSTAMP {Value("DTSTAMP")} is not a UTC date-time");
                }

                if (Count("DTEND") > 0 && Count("DURATION") > 0)
                {
                    problems.Add("a VEVENT has both DTEND and DURATION");
                }

                var start = properties.FirstOrDefault(p => p.Name == "DTSTART");
                bool isDate = start.Parameters.Contains("VALUE=DATE", StringComparison.Ordinal);
                if (isDate && Value("DURATION") is { } duration && !DayDuration().IsMatch(duration))
                {
                    problems.Add($"DURATION {duration} with a DATE DTSTART must be in days or weeks");
                }

                if (Value("RRULE") is { } rule && UntilPart().Match(rule) is { Success: true } until)
                {
                    bool ok = isDate ? DateOnlyValue().IsMatch(until.Groups[1].Value)
                        : start.Parameters.Contains("TZID=", StringComparison.Ordinal) || start.Value.EndsWith('Z')
                            ? UtcDateTime().IsMatch(until.Groups[1].Value)
                            : LocalDateTime().IsMatch(until.Groups[1].Value);
                    if (!ok)
                    {
                        problems.Add($"UNTIL={until.Groups[1].Value} does not have the form DTSTART {start.Parameters}:{start.Value} requires");
                    }
                }

                break;
            case "VALARM":
                Once("ACTION");
                Once("TRIGGER");
                if (!Trigger().IsMatch(Value("TRIGGER") ?? string.Empty))
                {
                    problems.Add($"TRIGGER {Value("TRIGGER")} is not a duration");
                }

                if (Value("ACTION") == "DISPLAY")
                {
                    Once("DESCRIPTION");
                }

                break;
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Z0-9-]+)(?<params>(;[A-Z0-9-]+=[^;:,""]+)*):(?<value>.*)$")]
    private static partial Regex ContentLine();

    [GeneratedRegex(@"TZID=([^;:]+)")]
    private static partial Regex TzidParameter();

    // TEXT: no control characters, and ; , \ only escaped.
    [GeneratedRegex(@"^([^\\;,\x00-\x08\x0A-\x1F\x7F]|\\[\\;,nN])*$")]
    private static partial Regex EscapedText();

    [GeneratedRegex(@"^\d{8}T\d{6}Z$")]
    private static partial Regex UtcDateTime();

    [GeneratedRegex(@"^\d{8}T\d{6}$")]
    private static partial Regex LocalDateTime();

    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex DateOnlyValue();

    [GeneratedRegex(@"^P(\d+W|\d+D)$")]
    private static partial Regex DayDuration();

    [GeneratedRegex(@"(?:^|;)UNTIL=([^;]+)")]
    private static partial Regex UntilPart();

    // RFC 5545 §3.3.6: hours, minutes and seconds in order with no gap.
    [GeneratedRegex(@"^[+-]?P(\d+W|(\d+D)?(T(\d+H(\d+M(\d+S)?)?|\d+M(\d+S)?|\d+S))?)$")]
    private static partial Regex Trigger();
}
