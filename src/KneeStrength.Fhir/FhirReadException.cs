using System;

namespace KneeStrength.Fhir;

/// <summary>
/// A FHIR resource could not be read back into the library's model: the message says what was wrong and
/// <see cref="Path"/> says where, as a FHIRPath-like location such as <c>PlanDefinition.action[0].timingTiming</c>.
/// </summary>
public sealed class FhirReadException : FormatException
{
    /// <summary>Creates an exception with no path.</summary>
    public FhirReadException()
    {
        Path = string.Empty;
    }

    /// <summary>Creates an exception with no path.</summary>
    /// <param name="message">What was wrong.</param>
    public FhirReadException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates an exception with no path.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The exception behind it.</param>
    public FhirReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Creates an exception that names where the problem is.</summary>
    /// <param name="path">Where: a FHIRPath-like location such as <c>Bundle.entry[2].resource.valueInteger</c>.</param>
    /// <param name="message">What was wrong, without the path.</param>
    /// <param name="innerException">The exception behind it, or null.</param>
    public FhirReadException(string path, string message, Exception? innerException)
        : base($"{path}: {message}", innerException)
    {
        Path = path;
    }

    /// <summary>Gets where the problem is, such as <c>PlanDefinition.action[0].timingTiming</c>; empty when not known.</summary>
    public string Path { get; }
}
