using System.Linq;
using System.Text;
using CsCheck;
using Hl7.Fhir.Model;
using KneeStrength.Catalog;
using KneeStrength.Tests.Repository;
using KneeStrength.Tests.Serialization;

namespace KneeStrength.Fhir.Tests;

public sealed class ProgramFhirTests
{
    [Fact]
    public void WritePlanDefinition_BuiltInProgram_ValidatesWithNoErrors()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);

        FhirValidation.Errors(plan).Should().BeEmpty();
    }

    [Fact]
    public void WritePlanDefinition_BuiltInProgram_MatchesGoldenFile() =>
        Golden.Match("tests/KneeStrength.Fhir.Tests/Golden/runners-knee.plandefinition.json", Encoding.UTF8.GetBytes(KneeFhir.Serialize(KneeFhir.WritePlanDefinition(RunnersKnee.Program)) + "\n"));

    [Fact]
    public void WritePlanDefinition_BuiltInProgram_HasAnActivityDefinitionPerExerciseAndPhasesWithTiming()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);

        plan.Contained.Should().AllBeOfType<ActivityDefinition>()
            .And.HaveCount(RunnersKnee.Program.Phases.SelectMany(p => p.Routine.Items).Select(i => (i.Exercise.Id, i.Dosage)).Distinct().Count());
        plan.Action.Select(a => a.ElementId).Should().Equal(RunnersKnee.Program.Phases.Select(p => p.Name));
        var treatment = PhaseRepeat(plan, 0);
        treatment.Frequency.Should().Be(1);
        treatment.PeriodUnit.Should().Be(Timing.UnitsOfTime.D);
        plan.Action[0].Condition.Should().ContainSingle().Which.Expression!.Expression_.Should().Be("back-to-running");
        plan.Action[1].RelatedAction.Should().ContainSingle().Which.ActionId.Should().Be(plan.Action[0].ElementId);
        var clamshell = plan.Contained.OfType<ActivityDefinition>().First(a => a.Id == "clamshell");
        clamshell.Code!.Coding.Should().ContainSingle().Which.System.Should().Be(FhirCodes.ExerciseSystem);
        clamshell.Dosage.Should().ContainSingle().Which.Text.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void ReadPlanDefinition_BuiltInProgramThroughJson_EqualsProgram()
    {
        string json = KneeFhir.Serialize(KneeFhir.WritePlanDefinition(RunnersKnee.Program));

        var read = KneeFhir.ReadPlanDefinition(KneeFhir.Parse<PlanDefinition>(json));

        read.Should().Be(RunnersKnee.Program);
    }

    [Fact]
    public void ReadPlanDefinition_GeneratedPrograms_EqualThroughJson() =>
        DocumentGenerators.ProgramWithCatalog.Sample(
            pc =>
            {
                // The PlanDefinition names exercises by id: the reader's catalog holds the program's own exercises.
                var catalog = new ExerciseCatalog(pc.Program.Phases.SelectMany(p => p.Routine.Items).Select(i => i.Exercise).DistinctBy(e => e.Id));
                string json = KneeFhir.Serialize(KneeFhir.WritePlanDefinition(pc.Program));

                var read = KneeFhir.ReadPlanDefinition(KneeFhir.Parse<PlanDefinition>(json), catalog);

                read.Should().Be(pc.Program);
                KneeFhir.Serialize(KneeFhir.WritePlanDefinition(read)).Should().Be(json);
            },
            iter: 300);

    [Fact]
    public void WritePlanDefinition_GeneratedPrograms_ValidateWithNoErrors() =>
        DocumentGenerators.ProgramWithCatalog.Sample(
            pc => FhirValidation.Errors(KneeFhir.WritePlanDefinition(pc.Program)).Should().BeEmpty(),
            iter: 15,
            threads: 1);

    [Fact]
    public void ReadPlanDefinition_PhaseWithoutTiming_NamesThePath()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);
        plan.Action[1].Timing = null;

        var read = () => KneeFhir.ReadPlanDefinition(plan);

        read.Should().Throw<FhirReadException>().Which.Path.Should().Be("PlanDefinition.action[1].timingTiming");
    }

    [Fact]
    public void ReadPlanDefinition_UnknownExercise_NamesTheContainedActivity()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);
        ((ActivityDefinition)plan.Contained[0]).Code!.Coding[0].Code = "moonwalk";

        var read = () => KneeFhir.ReadPlanDefinition(plan);

        read.Should().Throw<FhirReadException>()
            .WithMessage("PlanDefinition.contained[0].code.coding[0].code: names the exercise 'moonwalk', which the catalog does not have.");
    }

    [Fact]
    public void ReadPlanDefinition_UnreadableDosageText_NamesTheDosage()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);
        ((ActivityDefinition)plan.Contained[1]).Dosage[0].Text = "lots";

        var read = () => KneeFhir.ReadPlanDefinition(plan);

        read.Should().Throw<FhirReadException>().Which.Path.Should().Be("PlanDefinition.contained[1].dosage[0].text");
    }

    [Fact]
    public void ReadPlanDefinition_WeeklyOnTwoDaysAndEveryThirdDay_ReadsTheRules()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);
        var repeat = PhaseRepeat(plan, 1);
        repeat.DayOfWeek = [DaysOfWeek.Thu, DaysOfWeek.Mon];
        repeat.Period = 1;

        var read = KneeFhir.ReadPlanDefinition(plan);

        read.Phases[1].Schedule.Should().Be(ScheduleRule.Weekly(System.DayOfWeek.Monday, System.DayOfWeek.Thursday));
    }

    [Fact]
    public void ReadPlanDefinition_PeriodInWeeks_NamesThePeriodUnit()
    {
        var plan = KneeFhir.WritePlanDefinition(RunnersKnee.Program);
        PhaseRepeat(plan, 0).PeriodUnit = Timing.UnitsOfTime.Wk;

        var read = () => KneeFhir.ReadPlanDefinition(plan);

        read.Should().Throw<FhirReadException>().Which.Path.Should().Be("PlanDefinition.action[0].timingTiming.repeat.periodUnit");
    }

    internal static Timing.RepeatComponent PhaseRepeat(PlanDefinition plan, int phase) => ((Timing)plan.Action[phase].Timing!).Repeat!;
}
