using System;
using System.CommandLine;
using System.Text.RegularExpressions;
#if KNEE_FHIR
using System.Text;
using Hl7.Fhir.Model;
using KneeStrength.Fhir;
#endif

namespace KneeStrength.Cli.Commands;

/// <summary>
/// <c>knee fhir --out FILE</c>: the program, the enrolment and the journal as one HL7 FHIR R4 transaction bundle
/// (KneeStrength.Fhir, on Firely's SDK). Firely's serializers need reflection and runtime code generation, so the
/// Native AOT build of knee leaves the package out (KNEE_FHIR is defined only without PublishAot) and the command
/// there says so; its options are the same, so help reads alike in both builds.
/// </summary>
internal static partial class FhirCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("fhir", words["help.fhir"]);
        var output = new Option<string?>("--out")
        {
            Description = words["help.fhir.out"],
            HelpName = "FILE",
        };
        var patient = new Option<string?>("--patient")
        {
            Description = words["help.fhir.patient"],
            HelpName = "REFERENCE",
        };
        var date = CliOptions.Date("--date", words["help.fhir.date"]);
        var program = new ProgramOptions(words);
        command.Add(output);
        command.Add(patient);
        command.Add(date);
        program.AddTo(command);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            string file = parseResult.GetValue(output)
                ?? throw UsageException.ForOption("--out", "needs a file to write the bundle to, or '-' for standard output");
            OutputFile.Check("--out", file);
            string? reference = parseResult.GetValue(patient);
            if (reference is not null && !PatientReference().IsMatch(reference))
            {
                throw UsageException.ForOption("--patient", $"expected a reference such as Patient/123 or an absolute URL, but got {KneeStrength.Text.DisplayText.Quote(reference)}");
            }

#if KNEE_FHIR
            var asOf = parseResult.GetValue(date) ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var context = program.Read(parseResult, terminal);
            var enrolment = context.Required;
            var patientReference = new ResourceReference(reference ?? $"Patient/{enrolment.Id}");
            var bundle = KneeFhir.WriteBundle(enrolment, context.Journal, patientReference, asOf);
            byte[] bytes = Encoding.UTF8.GetBytes(KneeFhir.Serialize(bundle) + "\n");
            if (OutputFile.Write(terminal, "--out", file, bytes))
            {
                terminal.WriteLine($"Wrote the FHIR bundle of '{enrolment.Program.Id}' for {patientReference.Reference} ({bundle.Entry.Count} resources, {bytes.Length} bytes) to {Sentence.QuotePath(file)}.");
            }

            return CliAction.Ok;
#else
            _ = clock;
            _ = date;
            _ = program;
            throw new UsageException("fhir: this natively compiled knee has no FHIR export (Firely's FHIR SDK needs reflection and runtime code generation); install the .NET tool (dotnet tool install --global KneeStrength.Knee) to use it.");
#endif
        }));
        return command;
    }

    // A relative reference (Type/id, https://hl7.org/fhir/R4/references.html#literal) or an absolute http(s) URL.
    [GeneratedRegex(@"^([A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}|https?://\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PatientReference();
}
