using System;
using System.Linq;
using System.Text;
using CsCheck;
using Hl7.Fhir.Model;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Tests.Repository;
using KneeStrength.Tracking;

// Firely's model marks most elements nullable; these tests walk resources they built themselves, and a null there
// fails the test with a NullReferenceException anyway.
#nullable disable warnings

namespace KneeStrength.Fhir.Tests;

public sealed class JournalFhirTests
{
    private static readonly DateOnly AsOf = TestData.Start.AddDays(14);

    private static readonly Gen<int?> Pain = Gen.Int[0, PainScale.Max].Nullable(0.3);

    private static readonly Gen<ExerciseLog> Exercise =
        Gen.Select(Gen.Int[0, RunnersKnee.Routine.Items.Count - 1], Gen.Enum<ExerciseOutcome>(), Gen.Int[1, 40], Gen.Int[1, 2000], (i, outcome, sets, amount) =>
            outcome == ExerciseOutcome.Skipped
                ? new ExerciseLog(RunnersKnee.Routine.Items[i].Exercise.Id, outcome, 0, 0)
                : new ExerciseLog(RunnersKnee.Routine.Items[i].Exercise.Id, outcome, sets, amount));

    private static readonly Gen<string?> Note = Gen.OneOf<string?>(
        Gen.Const(default(string)),
        Gen.OneOf("Sore after stairs.", "Knee felt \"tight\" — 😀", "Ran with Ann; ß, 日本").Select(s => (string?)s));

    /// <summary>A log: a session (with or without exercises and pain) or a day without one, sometimes a run or a note.</summary>
    private static readonly Gen<SessionLog> Log =
        Gen.Select(Gen.Int[0, 800], Gen.Bool, Gen.Enum<SessionCompletion>(), Exercise.Array[0, 4], Gen.Select(Pain, Pain, Pain, Pain), Gen.Select(Gen.Int[1, RunLog.MaxMinutes], Gen.Int[0, 10]).Nullable(0.6), Note, Gen.Bool)
            .Select((day, session, completion, exercises, pains, run, note, sharp) =>
            {
                var date = TestData.Start.AddDays(day);
                var runLog = run is var (minutes, pain) ? new RunLog(minutes, pain) : (RunLog?)null;
                if (!session)
                {
                    return new SessionLog(date, null, SessionCompletion.None, painNextMorning: pains.Item4, run: runLog ?? new RunLog(30, 2), note: note, sharpPain: sharp);
                }

                return new SessionLog(
                    date,
                    RunnersKnee.Routine.Id,
                    completion,
                    exercises.DistinctBy(e => e.ExerciseId),
                    pains.Item1,
                    pains.Item2,
                    pains.Item3,
                    pains.Item4,
                    runLog,
                    note,
                    sharp);
            });

    private static readonly Gen<Journal> Journals =
        Log.Array[0, 30].Select(logs => new Journal(logs.DistinctBy(l => l.Date).OrderBy(l => l.Date)));

    [Fact]
    public void WriteBundle_TwoWeekJournal_ValidatesWithNoErrors()
    {
        var bundle = KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf);

        FhirValidation.Errors(bundle).Should().BeEmpty();
    }

    [Fact]
    public void WriteBundle_TwoWeekJournal_EachResourceValidatesWithNoErrors()
    {
        var bundle = KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf);

        bundle.Entry.Select(e => e.Resource.TypeName).Distinct().Should().Equal("PlanDefinition", "CarePlan", "Observation");
        foreach (var entry in bundle.Entry)
        {
            FhirValidation.Errors(entry.Resource).Should().BeEmpty(entry.FullUrl);
        }
    }

    [Fact]
    public void WriteBundle_TwoWeekJournal_MatchesGoldenFile() =>
        Golden.Match(
            "tests/KneeStrength.Fhir.Tests/Golden/two-week-bundle.json",
            Encoding.UTF8.GetBytes(KneeFhir.Serialize(KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf)) + "\n"));

    [Fact]
    public void WriteBundle_TwoWeekJournal_IsATransactionOfConditionalPuts()
    {
        var bundle = KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf);

        bundle.Type.Should().Be(Bundle.BundleType.Transaction);
        bundle.Entry.Should().OnlyContain(e => e.Request.Method == Bundle.HTTPVerb.PUT && e.FullUrl.StartsWith("urn:uuid:", StringComparison.Ordinal));
        bundle.Entry.Select(e => e.FullUrl).Should().OnlyHaveUniqueItems();
        bundle.Entry[0].Request.Url.Should().Be("PlanDefinition/runners-knee");
        bundle.Entry[1].Request.Url.Should().Be($"CarePlan?identifier={FhirCodes.IdentifierSystem}|ann-2026");
    }

    [Fact]
    public void WriteBundle_TwoWeekJournal_CarePlanHasThePhasesAsTheRunPlacedThem()
    {
        var bundle = KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf);

        var carePlan = bundle.Entry.Select(e => e.Resource).OfType<CarePlan>().Single();
        carePlan.Subject.Reference.Should().Be("Patient/example");
        carePlan.Activity.Should().HaveCount(2);
        var treatment = (Period)((Timing)carePlan.Activity[0].Detail.Scheduled).Repeat.Bounds;
        treatment.Start.Should().Be("2026-03-02");
        treatment.End.Should().Be("2026-03-11");
        carePlan.Activity[0].Detail.Status.Should().Be(CarePlan.CarePlanActivityStatus.Completed);
        carePlan.Activity[1].Detail.Status.Should().Be(CarePlan.CarePlanActivityStatus.InProgress);
        carePlan.Activity[0].OutcomeReference.Should().HaveCount(10);
        var knownUrls = bundle.Entry.Select(e => e.FullUrl).ToHashSet();
        carePlan.Activity.SelectMany(a => a.OutcomeReference).Should().OnlyContain(r => knownUrls.Contains(r.Reference));
    }

    [Fact]
    public void WriteObservations_PainScores_UseLoinc72514WithTheMomentAsMethod()
    {
        var log = new SessionLog(TestData.Start, "runners-knee", SessionCompletion.All, painBefore: 2, painDuring: 4, painAfter: 3, painNextMorning: 1);

        var observations = KneeFhir.WriteObservations(new Journal([log]), TestData.Patient, "ann");

        var pain = observations.Where(o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == "72514-3")).ToList();
        pain.Select(o => ((Integer)o.Value).Value).Should().Equal(2, 4, 3, 1);
        pain.Select(o => o.Method.Coding[0].Code).Should().Equal("before", "during", "after", "next-morning");
        pain.Select(o => ((FhirDateTime)o.Effective).Value).Should().Equal("2026-03-02", "2026-03-02", "2026-03-02", "2026-03-03");
    }

    [Fact]
    public void ReadJournal_TwoWeekBundleThroughJson_EqualsJournal()
    {
        var journal = TestData.TwoWeeks();
        string json = KneeFhir.Serialize(KneeFhir.WriteBundle(TestData.Enrolment, journal, TestData.Patient, AsOf));

        var read = KneeFhir.ReadJournal(KneeFhir.Parse<Bundle>(json));

        read.Should().Equal(journal);
    }

    [Fact]
    public void ReadJournal_GeneratedJournals_EqualThroughJson() =>
        Journals.Sample(
            journal =>
            {
                string json = KneeFhir.Serialize(KneeFhir.WriteBundle(TestData.Enrolment, journal, TestData.Patient, AsOf));

                var read = KneeFhir.ReadJournal(KneeFhir.Parse<Bundle>(json));

                read.Should().Equal(journal);
                KneeFhir.ReadJournal(KneeFhir.WriteObservations(journal, TestData.Patient, "ann")).Should().Equal(journal);
            },
            iter: 200);

    [Fact]
    public void WriteBundle_GeneratedJournals_ValidateWithNoErrors() =>
        Journals.Sample(
            journal => FhirValidation.Errors(KneeFhir.WriteBundle(TestData.Enrolment, journal, TestData.Patient, AsOf)).Should().BeEmpty(),
            iter: 10,
            threads: 1);

    [Fact]
    public void WriteBundle_GeneratedEnrolments_ValidateWithNoErrorsAndPlaceEveryPhase() =>
        KneeStrength.Tests.Serialization.DocumentGenerators.EnrolmentWithCatalog.Sample(
            ec =>
            {
                var enrolment = ec.Enrolment;
                var bundle = KneeFhir.WriteBundle(enrolment, Journal.Empty, TestData.Patient, enrolment.Start.AddDays(30));

                FhirValidation.Errors(bundle).Should().BeEmpty();
                var carePlan = bundle.Entry.Select(e => e.Resource).OfType<CarePlan>().Single();
                carePlan.Activity.Should().HaveCount(enrolment.Phases.Count);
                var catalog = new ExerciseCatalog(enrolment.Program.Phases.SelectMany(p => p.Routine.Items).Select(i => i.Exercise).DistinctBy(e => e.Id));
                KneeFhir.ReadPlanDefinition((PlanDefinition)bundle.Entry[0].Resource, catalog).Should().Be(enrolment.Program);
            },
            iter: 10,
            threads: 1);

    [Fact]
    public void ReadJournal_PainScoreOutOfRange_NamesTheValue()
    {
        var bundle = KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf);
        int index = bundle.Entry.FindIndex(e => e.Resource is Observation o && o.Code.Coding[0].Code == FhirCodes.PainSeverityCode);
        ((Observation)bundle.Entry[index].Resource).Value = new Integer(11);

        var read = () => KneeFhir.ReadJournal(bundle);

        read.Should().Throw<FhirReadException>()
            .WithMessage($"Bundle.entry[{index}].resource.valueInteger: must be a pain score from 0 to 10.");
    }

    [Fact]
    public void ReadJournal_UnknownObservationCode_NamesTheCode()
    {
        var bundle = KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf);
        ((Observation)bundle.Entry[2].Resource).Code = new CodeableConcept(FhirCodes.Loinc, "8867-4");

        var read = () => KneeFhir.ReadJournal(bundle);

        read.Should().Throw<FhirReadException>().Which.Path.Should().Be("Bundle.entry[2].resource.code");
    }

    [Fact]
    public void ReadJournal_ExerciseTextUnreadable_NamesTheComponent()
    {
        var log = new SessionLog(TestData.Start, "runners-knee", SessionCompletion.Partial, [new ExerciseLog("clamshell", ExerciseOutcome.Completed, 2, 10)]);
        var observations = KneeFhir.WriteObservations(new Journal([log]), TestData.Patient, "ann");
        observations[0].Component[1].Value = new FhirString("done twice");

        var read = () => KneeFhir.ReadJournal(observations);

        read.Should().Throw<FhirReadException>().Which.Path.Should().Be("Observation[0].component[1].valueString");
    }

    [Fact]
    public void Parse_NotFhirJson_ThrowsFhirReadException()
    {
        var parse = () => KneeFhir.Parse<Bundle>("""{"resourceType": "Bundle", "type": "transaction", "colour": "red"}""");

        parse.Should().Throw<FhirReadException>();
    }

    [Fact]
    public void WriteBundle_SameInput_SameBytes()
    {
        string first = KneeFhir.Serialize(KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf));
        string second = KneeFhir.Serialize(KneeFhir.WriteBundle(TestData.Enrolment, TestData.TwoWeeks(), TestData.Patient, AsOf));

        second.Should().Be(first);
    }

    [Fact]
    public void WriteCarePlan_BeforeStart_EveryActivityScheduledAndValid()
    {
        var enrolment = new Enrolment("bob", RunnersKnee.Program, TestData.Start);

        var carePlan = KneeFhir.WriteCarePlan(enrolment, TestData.Patient, TestData.Start.AddDays(-1));

        carePlan.Activity.Should().OnlyContain(a => a.Detail.Status == CarePlan.CarePlanActivityStatus.Scheduled);
        FhirValidation.Errors(carePlan).Should().BeEmpty();
    }
}
