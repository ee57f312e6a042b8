using Hl7.Fhir.Model;
using KneeStrength.Catalog;

namespace KneeStrength.Fhir.Tests;

/// <summary>The validator the other tests trust can fail: it catches what the specification forbids.</summary>
public sealed class ValidatorTests
{
    [Fact]
    public void Errors_TimingWithPeriodButNoUnit_ReportsConstraintTim2()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);
        ProgramFhirTests.PhaseRepeat(plan, 0).PeriodUnit = null;

        var errors = FhirValidation.Errors(plan);

        errors.Should().ContainSingle().Which.Should().Contain("tim-2").And.Contain("PlanDefinition.action[0].timing[0].repeat[0]");
    }

    [Fact]
    public void Errors_ObservationWithoutStatus_ReportsTheMissingElement()
    {
        var observation = new Observation { Code = new CodeableConcept(FhirCodes.Loinc, FhirCodes.PainSeverityCode), Value = new Integer(3) };

        FhirValidation.Errors(observation).Should().NotBeEmpty();
    }
}
