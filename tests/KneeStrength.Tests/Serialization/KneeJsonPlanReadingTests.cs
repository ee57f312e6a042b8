using System;
using System.Globalization;
using System.Linq;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using static KneeStrength.Tests.Serialization.KneeJsonStrictReadingTests;

namespace KneeStrength.Tests.Serialization;

/// <summary>Reading a plan checks it is a plan of its routine: the rules beyond the document's shape.</summary>
public class KneeJsonPlanReadingTests
{
    private static readonly SessionPlan Plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine);
    private static readonly string Json = KneeJson.WritePlan(Plan);

    // The built-in plan's steps 0 to 3: get ready, set up (band), left leg forward (10 reps, 30 s), change direction.
    public static TheoryData<int, string, string, string> StepRules => new()
    {
        { 2, "index", "3", "Expected index 2: steps are numbered in order from 0." },
        { 2, "startSeconds", "26", "Expected 25: the first step starts at 0 and each other where the one before it ends." },
        { 2, "durationSeconds", "0", "A step lasts at least 1 second." },
        { 2, "durationSeconds", "2147483647", "The plan is too long: its steps end after 2147483647 seconds." },
        { 2, "itemIndex", "14", "Routine 'runners-knee' has items 0 to 13." },
        { 2, "itemIndex", "-1", "Routine 'runners-knee' has items 0 to 13." },
        { 2, "exerciseId", "\"side-steps\"", "Item 0 of routine 'runners-knee' is 'standing-leg-extension', not 'side-steps'." },
        { 2, "variation", "\"no-band\"", "'standing-leg-extension' has no variations." },
        { 2, "direction", "\"up\"", "'standing-leg-extension' has no direction 'up'; its directions are forward, forward-diagonal, side, back-diagonal." },
        { 2, "set", "2", "Item 0 has 1 set, so a step's set is 1 to 1." },
        { 2, "set", "0", "Item 0 has 1 set, so a step's set is 1 to 1." },
        { 2, "reps", "null", "A work step gives reps from 1 to 1000." },
        { 2, "reps", "1001", "A work step gives reps from 1 to 1000." },
        { 2, "holdSeconds", "10", "A work step gives reps; holdSeconds must be null." },
        { 2, "kind", "\"hold\"", "'standing-leg-extension' is dosed in repetitions here, so its steps cannot be holds." },
        { 3, "reps", "10", "Only work steps give reps; it must be null here." },
        { 3, "holdSeconds", "10", "Only hold steps give holdSeconds; it must be null here." },
    };

    [Theory]
    [MemberData(nameof(StepRules))]
    public void ReadPlan_StepBreaksRule_ReportsProblemAtTheMember(int step, string member, string value, string problem)
    {
        var (json, line) = Change(Json, step, member, value);
        ShouldFail(() => KneeJson.ReadPlan(json), problem, $"$.steps[{step}].{member}", line, 6 + member.Length + 5);
    }

    [Fact]
    public void ReadPlan_SideOnBilateralExercise_IsRefused()
    {
        int step = IndexOf(StepKind.Work, RunnersKnee.BosuBallSquat);
        var (json, line) = Change(Json, step, "side", "\"left\"");
        ShouldFail(() => KneeJson.ReadPlan(json), "'bosu-ball-squat' is done with both sides together here, so its steps have no side.", $"$.steps[{step}].side", line, 15);
    }

    [Fact]
    public void ReadPlan_HoldStep_NeedsHoldSeconds()
    {
        int step = IndexOf(StepKind.Hold, RunnersKnee.SidePlank);
        var (json, line) = Change(Json, step, "holdSeconds", "601");
        ShouldFail(() => KneeJson.ReadPlan(json), "A hold step gives holdSeconds from 1 to 600.", $"$.steps[{step}].holdSeconds", line, 22);
    }

    [Fact]
    public void ReadPlan_TotalNotTheSum_IsRefused() =>
        ShouldFail(
            () => KneeJson.ReadPlan(Json.Replace($"\"totalSeconds\": {Plan.TotalSeconds},", "\"totalSeconds\": 1,", StringComparison.Ordinal)),
            $"The total is 1 seconds, but the steps add up to {Plan.TotalSeconds}.",
            "$.totalSeconds",
            5,
            19);

    [Fact]
    public void ReadPlan_UnknownRoutine_NamesTheKnownOnes() =>
        ShouldFail(
            () => KneeJson.ReadPlan(Json.Replace("\"routine\": \"runners-knee\"", "\"routine\": \"my-knees\"", StringComparison.Ordinal)),
            "Unknown routine 'my-knees'; this read knows runners-knee.",
            "$.routine",
            3,
            14);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("86400.0000001")]
    [InlineData("0.00000001")]
    public void ReadPlan_TimeBudgetOutOfRange_IsRefused(string budget) =>
        ShouldFail(
            () => KneeJson.ReadPlan(Json.Replace("\"timeBudgetSeconds\": null", "\"timeBudgetSeconds\": " + budget, StringComparison.Ordinal)),
            "A time budget is more than 0 and at most 86400 seconds, with at most 7 decimals.",
            "$.timeBudgetSeconds",
            4,
            24);

    [Fact]
    public void ReadPlan_TimeBudgetWithTicks_ReadsExactly()
    {
        var plan = SessionScheduler.Default.Schedule(RunnersKnee.Routine, TimeSpan.FromTicks(12_000_000_001));
        string json = KneeJson.WritePlan(plan);
        json.Should().Contain("\"timeBudgetSeconds\": 1200.0000001,");
        KneeJson.ReadPlan(json).TimeBudget.Should().Be(TimeSpan.FromTicks(12_000_000_001));
    }

    [Fact]
    public void ReadPlan_ChangedCue_IsIgnored()
    {
        string json = Json.Replace("\"cue\": \"Get ready: Standing leg extension first.\"", "\"cue\": \"Allez!\"", StringComparison.Ordinal);
        json.Should().NotBe(Json);
        KneeJson.ReadPlan(json).Should().Be(Plan);
    }

    [Fact]
    public void ReadPlan_CueOfWrongType_IsRefused()
    {
        var (json, line) = Change(Json, 0, "cue", "null");
        ShouldFail(() => KneeJson.ReadPlan(json), "Expected a string, found null.", "$.steps[0].cue", line, 14);
    }

    [Fact]
    public void ReadPlan_SubstitutionWithUnknownVariation_IsRefused()
    {
        var plan = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("step,wall").Value)).Schedule(RunnersKnee.Routine);
        string json = KneeJson.WritePlan(plan).Replace("\"variation\": \"no-band\",\n      \"missingEquipment\"", "\"variation\": \"no-bands\",\n      \"missingEquipment\"", StringComparison.Ordinal);
        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadPlan(json));
        e.Problem.Should().Be("'side-steps' has no variation 'no-bands'; its variations are no-band.");
        e.Path.Should().Be("$.substitutions[0].variation");
    }

    [Fact]
    public void ReadPlan_OmissionOfExerciseNotInRoutine_IsRefused()
    {
        var plan = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.None)).Schedule(RunnersKnee.Routine);
        plan.Omissions.Should().NotBeEmpty();
        string json = KneeJson.WritePlan(plan).Replace("\"omissions\": [\n    {\n      \"exerciseId\": \"standing-leg-extension\"", "\"omissions\": [\n    {\n      \"exerciseId\": \"lunge\"", StringComparison.Ordinal);
        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadPlan(json));
        e.Problem.Should().Be("Routine 'runners-knee' has no exercise 'lunge'.");
        e.Path.Should().Be("$.omissions[0].exerciseId");
    }

    [Fact]
    public void ReadPlan_AllNotes_ReadBack()
    {
        var plan = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("step").Value)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));
        plan.Substitutions.Should().NotBeEmpty();
        plan.Omissions.Should().NotBeEmpty();
        plan.Adjustments.Should().Contain(a => a.Exercise == null).And.Contain(a => a.Exercise != null);
        KneeJson.ReadPlan(KneeJson.WritePlan(plan)).Should().Be(plan);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr")]
    public void WritePlan_Language_AdjustmentsCarryTheFactsAndReadBackEqual(string language)
    {
        var words = KneeStrength.Text.KneeText.For(language);
        var plan = new SessionScheduler(new SessionOptions(equipment: EquipmentSet.Parse("band,wall").Value)).Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(12));
        using var stream = new System.IO.MemoryStream();

        KneeJson.WritePlan(stream, plan, words);
        var read = KneeJson.ReadPlan(new System.IO.MemoryStream(stream.ToArray()));

        read.Adjustments.Should().Equal(plan.Adjustments, "equality compares the facts, not the words");
        read.Adjustments.Select(a => a.Change).Should().Equal(plan.Adjustments.Select(words.Change), "a read note keeps the document's words");
        read.Adjustments.Select(a => a.Reason).Should().Equal(plan.Adjustments.Select(words.Reason));
        System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(KneeJson.WritePlan(read))!["adjustments"],
            System.Text.Json.Nodes.JsonNode.Parse(KneeJson.WritePlan(plan))!["adjustments"])
            .Should().BeTrue("an English document words the adjustments' facts in English, whatever words were read");
        KneeStrength.Text.KneeText.English.Notes(read).Where(l => l.Kind == KneeStrength.Text.NoteKind.Adjustment)
            .Should().Equal(KneeStrength.Text.KneeText.English.Notes(plan).Where(l => l.Kind == KneeStrength.Text.NoteKind.Adjustment));
        string json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        json.Should().Contain("\"kind\": \"pausesCut\"").And.Contain("\"kind\": \"exerciseLeftOut\"").And.Contain("\"percent\": 100");
    }

    [Theory]
    [InlineData("\"dosageAfter\": \"11 reps\"", "\"dosageAfter\": null", "$.adjustments[1].dosageAfter", "An adjustment of kind 'doseScaled' gives its 'dosageAfter'.")]
    [InlineData("\"percent\": 100", "\"percent\": 101", "$.adjustments[0].percent", "A percent is 1 to 100.")]
    [InlineData("\"dosageAfter\": \"11 reps\"", "\"dosageAfter\": \"15 laps\"", "$.adjustments[1].dosageAfter", null)]
    public void ReadPlan_AdjustmentBreaksRule_ReportsProblemAtTheMember(string from, string to, string path, string? problem)
    {
        var squat = RunnersKnee.Catalog.Exercises.First(e => !e.IsPerSide && e.Tempo is not null);
        var routine = new Routine("squats", "Squats", [new RoutineItem(squat, Dosage.Repetitions(20))]);
        var plan = SessionScheduler.Default.Schedule(routine, TimeSpan.FromSeconds(5) + TimeSpan.FromSeconds(45));
        string json = KneeJson.WritePlan(plan);
        json.Should().Contain(from);

        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadPlan(json.Replace(from, to, StringComparison.Ordinal), [routine]));

        e.Path.Should().Be(path);
        if (problem is not null)
        {
            e.Problem.Should().Be(problem);
        }
    }

    [Fact]
    public void ReadPlan_OtherRoutine_IsResolvedFromTheGivenRoutines()
    {
        var routine = new Routine("short", "Short", [RunnersKnee.Routine.Items[5], RunnersKnee.Routine.Items[9]]);
        var plan = SessionScheduler.Default.Schedule(routine);
        KneeJson.ReadPlan(KneeJson.WritePlan(plan), [RunnersKnee.Routine, routine]).Should().Be(plan);
        ShouldFail(() => KneeJson.ReadPlan(KneeJson.WritePlan(plan)), "Unknown routine 'short'; this read knows runners-knee.", "$.routine", 3, 14);
    }

    [Fact]
    public void ReadPlan_TwoRoutinesWithOneId_ThrowsArgumentException()
    {
        var other = new Routine("runners-knee", "Other", [RunnersKnee.Routine.Items[0]]);
        Assert.Throws<ArgumentException>("routines", () => KneeJson.ReadPlan(Json, [RunnersKnee.Routine, other]))
            .Message.Should().StartWith("Two different routines have the id 'runners-knee'.");
    }

    private static int IndexOf(StepKind kind, Exercise exercise)
    {
        for (int i = 0; i < Plan.Steps.Count; i++)
        {
            if (Plan.Steps[i].Kind == kind && Plan.Steps[i].Exercise == exercise)
            {
                return i;
            }
        }

        throw new InvalidOperationException("No such step.");
    }

    /// <summary>Sets a member of a step, returning the document and the 1-based line of the member.</summary>
    private static (string Json, int Line) Change(string json, int step, string member, string value)
    {
        string[] lines = json.Split('\n');
        int at = Array.IndexOf(lines, string.Create(CultureInfo.InvariantCulture, $"      \"index\": {step},"));
        while (!lines[at].StartsWith($"      \"{member}\": ", StringComparison.Ordinal))
        {
            at++;
        }

        bool last = !lines[at].EndsWith(',');
        lines[at] = $"      \"{member}\": {value}{(last ? string.Empty : ",")}";
        return (string.Join('\n', lines), at + 1);
    }
}
