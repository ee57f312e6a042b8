using System;
using System.Linq;
using System.Text.Json;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Tests.Serialization;

/// <summary>A plan document's doses: each exercise's dose as the plan does it, in the notation and in the document's language.</summary>
public class KneeJsonPlanDosesTests
{
    private static readonly Exercise Squat = new(
        "squat", "Squat", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: false, TimeSpan.FromSeconds(3), ["Sit back."]);

    private static readonly Exercise Bridge = new(
        "bridge", "Bridge", ExerciseCategory.Strength, BodyPosition.Supine, isPerSide: false, TimeSpan.FromSeconds(3), ["Lift the hips."]);

    private static JsonElement[] Doses(SessionPlan plan, KneeText words)
    {
        using var stream = new System.IO.MemoryStream();
        KneeJson.WritePlan(stream, plan, words);
        using var document = JsonDocument.Parse(stream.ToArray());
        return [.. document.RootElement.GetProperty("doses").EnumerateArray().Select(d => d.Clone())];
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void WritePlan_BudgetedBuiltIn_EachExercisesDoseAsPlannedInTheLanguage(string language)
    {
        var words = KneeText.For(language);
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));

        var doses = Doses(plan, words);

        var planned = plan.Steps.Where(s => s.Kind is StepKind.Work or StepKind.Hold).Select(s => s.ItemIndex).Distinct().ToArray();
        doses.Select(d => d.GetProperty("itemIndex").GetInt32()).Should().Equal(planned, "one dose for each exercise the plan does, in the routine's order");
        foreach (var dose in doses)
        {
            int index = dose.GetProperty("itemIndex").GetInt32();
            var item = plan.Routine.Items[index];
            dose.GetProperty("exerciseId").GetString().Should().Be(item.Exercise.Id);
            dose.GetProperty("rounds").ValueKind.Should().Be(JsonValueKind.Null);
            var dosage = Dosage.Parse(dose.GetProperty("dosage").GetString()!, item.Exercise).Value;
            dose.GetProperty("words").GetString().Should().Be(words.Dosage(dosage));
            var steps = plan.Steps.Where(s => s.ItemIndex == index && s.Kind is StepKind.Work or StepKind.Hold).ToArray();
            dosage.Sets.Should().Be(steps.Max(s => s.Set), "the sets the plan does");
        }

        // A dose the budget scaled is the adjustment's dosage after.
        foreach (var scaled in plan.Adjustments.Where(a => a.Kind == AdjustmentKind.DoseScaled))
        {
            doses.Single(d => d.GetProperty("exerciseId").GetString() == scaled.Exercise!.Id).GetProperty("dosage").GetString()
                .Should().Be(scaled.DosageAfter!.ToString());
        }
    }

    [Fact]
    public void WritePlan_ExerciseInACircuit_IsARoundsDoseWithTheRounds()
    {
        var routine = new Routine(
            "circuit",
            "Circuit",
            [new RoutineSection(RoutineSectionKind.Main, [new Circuit(3, [new RoutineItem(Squat, Dosage.Repetitions(10)), new RoutineItem(Bridge, Dosage.Repetitions(12))])])]);
        var plan = SessionScheduler.Default.Schedule(routine);

        var doses = Doses(plan, KneeText.For("fr"));

        doses.Select(d => (d.GetProperty("exerciseId").GetString(), d.GetProperty("dosage").GetString(), d.GetProperty("rounds").GetInt32()))
            .Should().Equal(("squat", "10 reps", 3), ("bridge", "12 reps", 3));
        doses[0].GetProperty("words").GetString().Should().Be(KneeText.For("fr").Dosage(Dosage.Repetitions(10)));
    }

    [Fact]
    public void ReadPlan_DocumentWithoutDoses_ReadsTheSamePlan()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));
        var node = System.Text.Json.Nodes.JsonNode.Parse(KneeJson.WritePlan(plan))!.AsObject();
        node.Remove("doses").Should().BeTrue();

        KneeJson.ReadPlan(node.ToJsonString(), [RunnersKnee.Routine]).Should().Be(plan);
    }
}

/// <summary>A plan document's substitutions and omissions: the equipment not on hand, as facts beside the words.</summary>
public class KneeJsonPlanNoteFactsTests
{
    private static readonly SessionPlan WallOnly =
        new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("wall").Value)).Schedule(RunnersKnee.Routine);

    [Fact]
    public void ReadPlan_GermanDocument_NotesHaveTheirFactsAndWordInEnglishFromThem()
    {
        WallOnly.Substitutions.Should().NotBeEmpty();
        WallOnly.Omissions.Should().NotBeEmpty();
        using var stream = new System.IO.MemoryStream();
        KneeJson.WritePlan(stream, WallOnly, KneeText.For("de"));

        var read = KneeJson.ReadPlan(System.Text.Encoding.UTF8.GetString(stream.ToArray()));

        read.Substitutions.Should().Equal(WallOnly.Substitutions, "the facts are read back");
        read.Omissions.Should().Equal(WallOnly.Omissions);
        read.Substitutions.Select(s => s.MissingEquipment.Count).Should().OnlyContain(n => n > 0);
        read.Substitutions.Select(KneeText.English.Reason).Should().Equal(WallOnly.Substitutions.Select(s => s.Reason), "English words from the facts, not the German text");
        read.Omissions.Select(KneeText.English.Reason).Should().Equal(WallOnly.Omissions.Select(o => o.Reason));
        read.Omissions[0].Reason.Should().NotBe(WallOnly.Omissions[0].Reason, "the note itself keeps the document's (German) words");
    }

    [Theory]
    [InlineData("substitutions")]
    [InlineData("omissions")]
    public void ReadPlan_BlankReason_IsRefusedNamingIt(string notes)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(KneeJson.WritePlan(WallOnly))!;
        node[notes]![0]!["reason"] = " ";

        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadPlan(node.ToJsonString()));

        e.Path.Should().Be($"$.{notes}[0].reason");
    }

    [Theory]
    [InlineData("[]", "*at least one of*", "$.omissions[0].missingEquipment")]
    [InlineData("[\"wall\"]", "*needs*not 'wall'*", "$.omissions[0].missingEquipment")]
    public void ReadPlan_MissingEquipmentNotTheExercises_IsRefusedNamingIt(string missing, string problem, string path)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(KneeJson.WritePlan(WallOnly))!;
        node["omissions"]![0]!["missingEquipment"] = System.Text.Json.Nodes.JsonNode.Parse(missing);

        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadPlan(node.ToJsonString()));

        e.Problem.Should().Match(problem);
        e.Path.Should().Be(path);
    }
}
