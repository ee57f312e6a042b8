using System.Collections.Generic;
using System.Linq;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace KneeStrength.Fhir.Tests;

/// <summary>
/// Firely's validator against the core R4 specification, offline (the specification.zip of
/// Hl7.Fhir.Specification.Data.R4). Warnings (such as KneeStrength's own code systems being unknown) are allowed;
/// errors and fatal issues are not.
/// </summary>
internal static class FhirValidation
{
    private static readonly IAsyncResourceResolver Specification = new CachedResolver(ZipSource.CreateValidationSource()).AsAsync();

    private static readonly Validator Validator = new(Specification, new LocalTerminologyService(Specification));

    /// <summary>The errors and fatal issues the validator reports, each as "severity: text @ location".</summary>
    public static IReadOnlyList<string> Errors(Resource resource)
    {
        var outcome = Validator.Validate(resource);
        return outcome.Issue
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(issue => $"{issue.Severity}: {issue.Details?.Text ?? issue.Diagnostics} @ {string.Join(", ", issue.Expression)}")
            .ToList();
    }
}
