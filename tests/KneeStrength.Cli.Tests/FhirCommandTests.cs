using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Bundle = Hl7.Fhir.Model.Bundle;
using CarePlan = Hl7.Fhir.Model.CarePlan;
using ResourceReference = Hl7.Fhir.Model.ResourceReference;
using KneeStrength.Fhir;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Tests;

/// <summary><c>knee fhir</c>: the library's transaction bundle of the enrolment and the journal, in a file or on standard output.</summary>
public sealed class FhirCommandTests
{
    [Fact]
    public async Task Fhir_File_IsTheLibrarysBundleOfTheEnrolmentAndJournal()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");
        (await knee.Knee("log", "--date", "2026-03-02", "--completed", "all", "--pain-before", "1", "--pain-during", "3", "--pain-after", "2", "--no-input")).ExitCode.Should().Be(0);
        (await knee.Knee("log", "--date", "2026-03-03", "--completed", "none", "--no-input")).ExitCode.Should().Be(0);
        string file = Path.Combine(knee.Path, "bundle.json");

        var result = await knee.Knee("fhir", "--out", file, "--patient", "Patient/42", "--date", "2026-03-04");

        result.ExitCode.Should().Be(0, result.Error);
        byte[] written = File.ReadAllBytes(file);
        result.Lines.Should().Equal($"Wrote the FHIR bundle of 'runners-knee' for Patient/42 (7 resources, {written.Length} bytes) to '{file}'.");
        var journal = KneeJson.ReadJournalLinesFile(knee.Journal).Journal;
        var expected = KneeFhir.Serialize(KneeFhir.WriteBundle(knee.Enrolment(), journal, new ResourceReference("Patient/42"), new DateOnly(2026, 3, 4))) + "\n";
        Encoding.UTF8.GetString(written).Should().Be(expected);
        KneeFhir.ReadJournal(KneeFhir.Parse<Bundle>(expected)).Should().Equal(journal);
    }

    [Fact]
    public async Task Fhir_StandardOutputWithoutPatient_NamesThePatientAfterTheEnrolment()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");

        var result = await knee.Knee("fhir", "--out", "-", "--date", "2026-03-02");

        result.ExitCode.Should().Be(0, result.Error);
        var bundle = KneeFhir.Parse<Bundle>(result.Output);
        bundle.Type.Should().Be(Bundle.BundleType.Transaction);
        bundle.Entry[1].Resource.Should().BeOfType<CarePlan>().Which.Subject.Reference.Should().Be($"Patient/{knee.Enrolment().Id}");
    }

    [Fact]
    public async Task Fhir_NoOut_ExitsTwoNamingTheOption()
    {
        using var knee = new KneeFolder();

        var result = await knee.Knee("fhir");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("--out: needs a file to write the bundle to, or '-' for standard output\n");
    }

    [Fact]
    public async Task Fhir_BadPatient_ExitsTwoNamingTheOption()
    {
        using var knee = new KneeFolder();

        var result = await knee.Knee("fhir", "--out", "-", "--patient", "42");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("--patient: expected a reference such as Patient/123 or an absolute URL, but got '42'\n");
    }
}
