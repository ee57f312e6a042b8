using System;
using System.Globalization;

namespace KneeStrength.Text;

// <summary>The one way the library writes a date: ISO 8601 <c>yyyy-MM-dd</c>, in the invariant (Gregorian) calendar.</summary>
internal static class DateText
{
    // <summary>The pattern, for parsing as well as writing.</summary>
    internal const string Pattern = "yyyy-MM-dd";

    internal static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
