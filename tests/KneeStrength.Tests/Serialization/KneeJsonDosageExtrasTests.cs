using KneeStrength.Serialization;

namespace KneeStrength.Tests.Serialization;

public class KneeJsonDosageExtrasTests
{
    private static string Routine(string exerciseId, string dosage) => $$"""
        {
          "formatVersion": 1,
          "id": "r",
          "name": "R",
          "items": [ { "exerciseId": "{{exerciseId}}", "dosage": {{dosage}} } ]
        }
        """;

    [Fact]
    public void ReadRoutine_Extras_GiveTheDosage()
    {
        var routine = KneeJson.ReadRoutine(Routine("side-steps", """{ "kind": "repetitions", "reps": 15, "open": true, "rpe": 7, "bandResistance": "medium", "bandColour": "red" }"""));

        routine.Items[0].Dosage.Should().Be(
            Dosage.Repetitions(15, Laterality.PerSide).WithOpen(true).WithEffort(Effort.Rpe(7)).WithSetting(EquipmentSetting.Band(BandResistance.Medium, "red")));
    }

    [Fact]
    public void WriteRoutine_Extras_AreMembersOfTheDosage()
    {
        var routine = KneeJson.ReadRoutine(Routine("step-up", """{ "kind": "repetitions", "reps": 8, "repsInReserve": 2, "stepHeightCentimetres": 25 }"""));

        string json = KneeJson.WriteRoutine(routine);

        json.Should().Contain("\"repsInReserve\": 2").And.Contain("\"stepHeightCentimetres\": 25").And.NotContain("\"open\"");
        KneeJson.ReadRoutine(json).Should().Be(routine);
    }

    [Theory]
    [InlineData("step-up", """{ "kind": "repetitions", "reps": 8, "rpe": 7, "repsInReserve": 2 }""", "$.items[0].dosage.repsInReserve", "A dosage has one target effort: 'rpe' or 'repsInReserve', not both.")]
    [InlineData("step-up", """{ "kind": "repetitions", "reps": 8, "rpe": 11 }""", "$.items[0].dosage.rpe", "An RPE is 0 to 10; it was 11.")]
    [InlineData("side-plank", """{ "kind": "hold", "holdSeconds": 30, "repsInReserve": 1 }""", "$.items[0].dosage.repsInReserve", "A hold dosage has no repetitions to keep in reserve; give it an 'rpe'.")]
    [InlineData("side-steps", """{ "kind": "repetitions", "reps": 8, "bandColour": "pink" }""", "$.items[0].dosage.bandColour", "Unknown band colour 'pink'; the colours are tan, yellow, orange, red, green, blue, purple, black, grey, silver, gold.")]
    [InlineData("step-up", """{ "kind": "repetitions", "reps": 8, "stepHeightCentimetres": 70 }""", "$.items[0].dosage.stepHeightCentimetres", "A step is 5 to 60 cm high; it was 70.")]
    [InlineData("step-up", """{ "kind": "repetitions", "reps": 8, "stepHeightCentimetres": 20, "bandResistance": "light" }""", "$.items[0].dosage.stepHeightCentimetres", "A dosage has one equipment setting: a band's ('bandResistance', 'bandColour') or a step's height, not both.")]
    [InlineData("side-steps", """{ "kind": "repetitions", "reps": 8, "stepHeightCentimetres": 20 }""", "$.items[0].dosage", "'side-steps' uses no step, so its dosage cannot set one; it was '8 reps per side, 20 cm step'.")]
    [InlineData("side-steps", """{ "kind": "repetitions", "reps": 8, "bandResistance": "strong" }""", "$.items[0].dosage.bandResistance", null)]
    public void ReadRoutine_BadExtra_FailsAtItsMember(string exerciseId, string dosage, string path, string? problem)
    {
        var error = FluentActions.Invoking(() => KneeJson.ReadRoutine(Routine(exerciseId, dosage))).Should().Throw<KneeJsonException>().Which;

        error.Path.Should().Be(path);
        if (problem is not null)
        {
            error.Problem.Should().Be(problem);
        }
    }
}
