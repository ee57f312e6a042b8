using System;
using System.IO;
using System.Linq;
using System.Text;
using KneeStrength.Catalog;
using KneeStrength.Serialization;

namespace KneeStrength.Tests.Serialization;

/// <summary>
/// Each strict-reading rule, with the exact problem, JSON path, line and column it is reported at. Problems with a
/// member's name (unknown, repeated) point at the name; problems with a value point at the value; missing members
/// point at the object that lacks them.
/// </summary>
public class KneeJsonStrictReadingTests
{
    private const string Members = "the members here are kind, reps, repsMax, holdEachSeconds, holdSeconds, perSide, directions, sets, setsMax, restSeconds, open, rpe, repsInReserve, bandResistance, bandColour, stepHeightCentimetres";
    private const string WholeNumber = "Expected a whole number from -2147483648 to 2147483647";

    // Line 8 is the dosage line; its object starts at column 17, "kind"'s value at 27, "reps"'s value at 50.
    private static string RoutineWithDosage(string dosage) => $$"""
        {
          "formatVersion": 1,
          "id": "my-routine",
          "name": "My routine",
          "items": [
            {
              "exerciseId": "clamshell",
              "dosage": {{dosage}}
            }
          ]
        }

        """;

    public static TheoryData<string, string, string, int, int> DosageRules => new()
    {
        { """{ "kind": "repetitions", "reps": 20, "rep": 1 }""", $"Unknown member 'rep'; {Members}.", "$.items[0].dosage.rep", 8, 54 },
        { """{ "kind": "repetitions", "reps": 20, "reps": 21 }""", "Member 'reps' appears twice.", "$.items[0].dosage.reps", 8, 54 },
        { """{ "reps": 20 }""", "Missing required member 'kind'.", "$.items[0].dosage", 8, 17 },
        { """{ "kind": null, "reps": 20 }""", "Expected a dosage kind (one of repetitions, hold), found null.", "$.items[0].dosage.kind", 8, 27 },
        { """{ "kind": "repetitions", "reps": "20" }""", $"{WholeNumber}, found the string '20'.", "$.items[0].dosage.reps", 8, 50 },
        { """{ "kind": 0, "reps": 20 }""", "Expected a dosage kind (one of repetitions, hold), found the number 0.", "$.items[0].dosage.kind", 8, 27 },
        { """{ "kind": "Repetitions", "reps": 20 }""", "Expected a dosage kind (one of repetitions, hold), found the string 'Repetitions'.", "$.items[0].dosage.kind", 8, 27 },
        { """{ "kind": "repetitions, hold", "reps": 20 }""", "Expected a dosage kind (one of repetitions, hold), found the string 'repetitions, hold'.", "$.items[0].dosage.kind", 8, 27 },
        { """{ "kind": "repetitions", "reps": 2147483648 }""", $"{WholeNumber}, found the number 2147483648.", "$.items[0].dosage.reps", 8, 50 },
        { """{ "kind": "repetitions", "reps": 20.5 }""", $"{WholeNumber}, found the number 20.5.", "$.items[0].dosage.reps", 8, 50 },
        { """{ "kind": "repetitions", "reps": 1e4 }""", "Value must be between 1 and 1000, inclusive; it was 10000.", "$.items[0].dosage.reps", 8, 50 },
        { """{ "kind": "repetitions", "reps": 1.25e1 }""", $"{WholeNumber}, found the number 1.25e1.", "$.items[0].dosage.reps", 8, 50 },
        { """{ "kind": "repetitions", "reps": 1001 }""", "Value must be between 1 and 1000, inclusive; it was 1001.", "$.items[0].dosage.reps", 8, 50 },
        { """{ "kind": "repetitions", "reps": 0 }""", "Value must be between 1 and 1000, inclusive; it was 0.", "$.items[0].dosage.reps", 8, 50 },
        { """{ "kind": "hold", "holdSeconds": 601 }""", "Value must be between 1 and 600 seconds, inclusive; it was 601 s.", "$.items[0].dosage.holdSeconds", 8, 50 },
        { """{ "kind": "hold", "reps": 20 }""", "A hold dosage gives 'holdSeconds', not 'reps'.", "$.items[0].dosage.reps", 8, 43 },
        { """{ "kind": "repetitions" }""", "A repetitions dosage needs 'reps'.", "$.items[0].dosage", 8, 17 },
        { """{ "kind": "repetitions", "reps": 20, "sets": 21 }""", "Value must be between 1 and 20, inclusive; it was 21.", "$.items[0].dosage.sets", 8, 62 },
        { """{ "kind": "repetitions", "reps": 20, "restSeconds": 30 }""", "A rest between sets needs at least two sets.", "$.items[0].dosage.restSeconds", 8, 69 },
        { """{ "kind": "repetitions", "reps": 20, "sets": 2, "restSeconds": 601 }""", "Value must be between 0 and 600 seconds, inclusive; it was 601 s.", "$.items[0].dosage.restSeconds", 8, 80 },
        { """{ "kind": "repetitions", "reps": 20, "perSide": false }""", "'clamshell' is done per side, so its dosage must be per side (such as '20 reps per side'); it was '20 reps'.", "$.items[0].dosage", 8, 17 },
        { """{ "kind": "repetitions", "reps": 20, "directions": 2 }""", "'clamshell' moves in 1 direction, so its dosage must too; it was '20 reps per leg in each of 2 directions'.", "$.items[0].dosage", 8, 17 },
        { "null", "Expected an object, found null.", "$.items[0].dosage", 8, 17 },
        { "[]", "Expected an object, found an array.", "$.items[0].dosage", 8, 17 },
        { """{ "kind": "repetitions", "reps": 20, }""", "Invalid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode.", "$.items[0].dosage", 8, 54 },
        { """{ "kind": "repetitions", "reps": 20 /* twenty */ }""", "Invalid JSON: '/' is invalid after a value. Expected either ',', '}', or ']'.", "$.items[0].dosage", 8, 53 },
    };

    [Theory]
    [MemberData(nameof(DosageRules))]
    public void ReadRoutine_DosageBreaksRule_ReportsProblemPathLineAndColumn(string dosage, string problem, string path, int line, int column) =>
        ShouldFail(() => KneeJson.ReadRoutine(RoutineWithDosage(dosage)), problem, path, line, column);

    [Fact]
    public void ReadRoutine_Problem_MessageSaysWhatThenWhere()
    {
        var e = Assert.Throws<KneeJsonException>(() => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 1001 }""")));
        e.Message.Should().Be("Value must be between 1 and 1000, inclusive; it was 1001. (at $.items[0].dosage.reps, line 8, column 50)");
    }

    [Fact]
    public void ReadRoutine_EscapedEnumName_Reads() =>
        KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "ho\u006Cd", "holdSeconds": 30 }""")).Items[0].Dosage
            .Should().Be(Dosage.Hold(TimeSpan.FromSeconds(30), Laterality.PerSide));

    [Fact]
    public void ReadRoutine_DosageDefaults_TakeExercisesSidesAndDirectionsAndOneSet() =>
        KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""").Replace("clamshell", "standing-leg-extension", StringComparison.Ordinal))
            .Items[0].Dosage.Should().Be(Dosage.Repetitions(20, Laterality.PerSide, directions: 4));

    [Fact]
    public void ReadRoutine_OptionalMemberNull_ReadsAsAbsent() =>
        KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20, "holdSeconds": null, "sets": null, "restSeconds": null }"""))
            .Items[0].Dosage.Should().Be(Dosage.Repetitions(20, Laterality.PerSide));

    [Fact]
    public void ReadRoutine_SchemaMember_IsAccepted() =>
        KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""").Replace("{\n  \"formatVersion\"", "{\n  \"$schema\": \"routine.schema.json\", \"formatVersion\"", StringComparison.Ordinal))
            .Id.Should().Be("my-routine");

    [Fact]
    public void ReadRoutine_MemberNameInOtherCase_IsUnknown() =>
        ShouldFail(
            () => KneeJson.ReadRoutine("""{ "formatVersion": 1, "Id": "x" }"""),
            "Unknown member 'Id'; the members here are $schema, formatVersion, id, name, equipment, exercises, items, sections.",
            "$.Id",
            1,
            23);

    [Fact]
    public void ReadRoutine_MissingMembers_AreNamedTogether() =>
        ShouldFail(() => KneeJson.ReadRoutine("""{ "formatVersion": 1 }"""), "Missing required members 'id' and 'name'.", "$", 1, 1);

    [Fact]
    public void ReadRoutine_NullElement_IsRefusedAtTheElement() =>
        ShouldFail(
            () => KneeJson.ReadRoutine("""{ "formatVersion": 1, "id": "x", "name": "X", "items": [null] }"""),
            "Expected an object, found null.",
            "$.items[0]",
            1,
            57);

    [Fact]
    public void ReadRoutine_NullStringElement_IsRefusedAtTheElement() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithExercise("""
                { "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 1, "cues": ["Hop.", null] }
                """, "hop")),
            "Expected a string, found null.",
            "$.exercises[0].cues[1]",
            7,
            138);

    [Fact]
    public void ReadRoutine_UnsupportedVersion_IsReportedBeforeOtherProblems() =>
        ShouldFail(
            () => KneeJson.ReadRoutine("""{ "newMember": true, "formatVersion": 2, "items": 3 }"""),
            "Unsupported formatVersion 2; this version of KneeStrength reads formatVersion 1.",
            "$.formatVersion",
            1,
            39);

    [Fact]
    public void ReadRoutine_UnsupportedVersionInOtherwiseValidDocument_IsReported() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""").Replace("\"formatVersion\": 1", "\"formatVersion\": 0", StringComparison.Ordinal)),
            "Unsupported formatVersion 0; this version of KneeStrength reads formatVersion 1.",
            "$.formatVersion",
            2,
            20);

    [Fact]
    public void ReadRoutine_UnknownExercise_IsReportedAtItsId() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""").Replace("\"clamshell\"", "\"clam\"", StringComparison.Ordinal)),
            "Unknown exercise 'clam': it is neither defined in the document's exercises nor in the catalog.",
            "$.items[0].exerciseId",
            7,
            21);

    [Fact]
    public void ReadRoutine_ExerciseNotInGivenCatalog_IsUnknown() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }"""), new ExerciseCatalog([])),
            "Unknown exercise 'clamshell': it is neither defined in the document's exercises nor in the catalog.",
            "$.items[0].exerciseId",
            7,
            21);

    [Fact]
    public void ReadRoutine_InlineExercise_WinsOverCatalogs()
    {
        var routine = KneeJson.ReadRoutine(RoutineWithExercise(
            """{ "id": "clamshell", "name": "My clamshell", "category": "strength", "position": "sideLying", "perSide": true, "tempoSeconds": 2.5, "cues": ["Open."] }""",
            "clamshell"));
        routine.Items[0].Exercise.Should().Be(new Exercise("clamshell", "My clamshell", ExerciseCategory.Strength, BodyPosition.SideLying, true, TimeSpan.FromSeconds(2.5), ["Open."]));
    }

    [Fact]
    public void ReadRoutine_ExerciseDefinedTwice_IsReportedAtTheSecondId() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithExercise(
                """{ "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 1, "cues": ["Hop."] }, { "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 1, "cues": ["Hop."] }""",
                "hop")),
            "Exercise 'hop' is defined twice.",
            "$.exercises[1].id",
            7,
            149);

    [Fact]
    public void ReadRoutine_UnknownEquipment_IsReportedAtItsId() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithExercise(
                """{ "id": "roll", "name": "Roll", "category": "stretch", "position": "supine", "perSide": true, "tempoSeconds": 1, "cues": ["Roll."], "equipment": ["roller"] }""",
                "roll")),
            "Unknown equipment 'roller': define it in the document's equipment, or use one of band, bosu, step, wall.",
            "$.exercises[0].equipment[0]",
            7,
            151);

    [Fact]
    public void ReadRoutine_CustomEquipment_IsResolvedFromTheDocument()
    {
        string json = RoutineWithExercise(
            """{ "id": "roll", "name": "Roll", "category": "stretch", "position": "supine", "perSide": true, "tempoSeconds": 1, "cues": ["Roll."], "equipment": ["roller"] }""",
            "roll").Replace("\"exercises\"", "\"equipment\": [{ \"id\": \"roller\", \"name\": \"Foam roller\" }],\n  \"exercises\"", StringComparison.Ordinal);
        KneeJson.ReadRoutine(json).Items[0].Exercise.Equipment.Should().Equal(new Equipment("roller", "Foam roller"));
    }

    [Fact]
    public void ReadRoutine_EquipmentDefinedTwice_IsReportedAtTheSecondId() =>
        ShouldFail(
            () => KneeJson.ReadRoutine("""
                { "formatVersion": 1, "id": "x", "name": "X",
                  "equipment": [{ "id": "roller", "name": "Roller" }, { "id": "roller", "name": "Roller" }],
                  "items": [] }
                """),
            "Equipment 'roller' is defined twice.",
            "$.equipment[1].id",
            2,
            63);

    [Fact]
    public void ReadRoutine_TempoNotWholeMilliseconds_IsReportedAtTheTempo() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithExercise(
                """{ "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 0.1234, "cues": ["Hop."] }""",
                "hop")),
            "Tempo must be 0.1 s to 60 s per repetition, in whole milliseconds.",
            "$.exercises[0].tempoSeconds",
            7,
            118);

    [Fact]
    public void ReadRoutine_TempoBeyondAnyDuration_IsReportedAtTheTempo() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithExercise(
                """{ "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 1e20, "cues": ["Hop."] }""",
                "hop")),
            "A tempo is 0.1 to 60 seconds per repetition, in whole milliseconds.",
            "$.exercises[0].tempoSeconds",
            7,
            118);

    [Fact]
    public void ReadRoutine_InvalidId_ReportsTheModelsRule() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""").Replace("my-routine", "My Routine", StringComparison.Ordinal)),
            "'My Routine' is not a valid id: use 1 to 64 lower-case letters and digits in words joined by single hyphens, such as 'side-steps'.",
            "$.id",
            3,
            9);

    [Fact]
    public void ReadRoutine_NoItems_ReportsTheModelsLimit() =>
        ShouldFail(
            () => KneeJson.ReadRoutine("""{ "formatVersion": 1, "id": "x", "name": "X", "items": [] }"""),
            "A routine holds 1 to 200 items; there were 0.",
            "$.items",
            1,
            56);

    [Fact]
    public void ReadRoutine_TooManyItems_ReportsTheModelsLimit()
    {
        string items = string.Join(", ", Enumerable.Repeat("""{ "exerciseId": "clamshell", "dosage": { "kind": "repetitions", "reps": 1 } }""", 201));
        ShouldFail(
            () => KneeJson.ReadRoutine($$"""{ "formatVersion": 1, "id": "x", "name": "X", "items": [{{items}}] }"""),
            "A routine holds 1 to 200 items; there were 201.",
            "$.items",
            1,
            56);
    }

    [Fact]
    public void ReadRoutine_Empty_SaysSo() =>
        ShouldFail(() => KneeJson.ReadRoutine(" \n "), "The document is empty; expected a JSON object.", "$", 1, 1);

    [Fact]
    public void ReadRoutine_NotAnObject_SaysWhatItFound() =>
        ShouldFail(() => KneeJson.ReadRoutine("\"runners-knee\""), "Expected an object, found the string 'runners-knee'.", "$", 1, 1);

    [Fact]
    public void ReadRoutine_NullDocument_SaysWhatItFound() =>
        ShouldFail(() => KneeJson.ReadRoutine("null"), "Expected an object, found null.", "$", 1, 1);

    [Fact]
    public void ReadRoutine_TextAfterTheDocument_IsInvalidJson() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""") + "{}"),
            "Invalid JSON: '{' is invalid after a single JSON value. Expected end of data.",
            "$",
            12,
            1);

    [Fact]
    public void ReadRoutine_TruncatedInString_IsInvalidJson() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""")[..150]),
            "Invalid JSON: Expected end of string, but instead reached end of data.",
            "$.items[0].dosage.kind",
            8,
            29);

    [Fact]
    public void ReadRoutine_TruncatedBeforeLastBrace_IsInvalidJson() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }""")[..^2]),
            "Invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.",
            "$",
            11,
            1);

    [Fact]
    public void ReadRoutine_ColumnAfterNonAsciiText_CountsCharactersNotBytes() =>
        ShouldFail(
            () => KneeJson.ReadRoutine("{ \"formatVersion\": 1, \"id\": \"x\", \"name\": \"Genoux 😀 forts\", \"items\": [], \"größe\": 1 }"),
            "Unknown member 'größe'; the members here are $schema, formatVersion, id, name, equipment, exercises, items, sections.",
            "$['größe']",
            1,
            74);

    [Fact]
    public void ReadRoutine_WindowsLineEnds_CountLinesOnce() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 1001 }""").ReplaceLineEndings("\r\n")),
            "Value must be between 1 and 1000, inclusive; it was 1001.",
            "$.items[0].dosage.reps",
            8,
            50);

    [Fact]
    public void ReadRoutine_LoneSurrogate_IsReportedWhereItIs() =>
        ShouldFail(
            () => KneeJson.ReadRoutine("{\n  \"name\": \"a\uD800b\" }"),
            "The text holds a lone surrogate (U+D800), which is not a character.",
            "$",
            2,
            13);

    [Fact]
    public void ReadRoutine_InvalidUtf8_IsReportedWhereItIs()
    {
        byte[] json = [.. "{\n  \"name\": \"a"u8, 0xC3, 0x28, .. "\" }"u8];
        ShouldFail(
            () => KneeJson.ReadRoutine(new MemoryStream(json)),
            "The document is not valid UTF-8: byte 0xC3 does not start or continue a character here.",
            "$",
            2,
            13);
    }

    [Fact]
    public void ReadRoutine_ByteOrderMark_IsSkipped()
    {
        string json = KneeJson.WriteRoutine(RunnersKnee.Routine);
        KneeJson.ReadRoutine(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)])).Should().Be(RunnersKnee.Routine);
        KneeJson.ReadRoutine("\uFEFF" + json).Should().Be(RunnersKnee.Routine);
    }

    [Fact]
    public void ReadRoutine_OverSizeLimit_IsRefusedBeforeParsing()
    {
        string json = KneeJson.WriteRoutine(RunnersKnee.Routine);
        var options = new KneeJsonReaderOptions(maxBytes: json.Length - 1);
        ShouldFail(() => KneeJson.ReadRoutine(json, options: options), $"The document is larger than the limit of {json.Length - 1} bytes.", "$", 1, 1);
        ShouldFail(() => KneeJson.ReadRoutine(new MemoryStream(Encoding.UTF8.GetBytes(json)), options: options), $"The document is larger than the limit of {json.Length - 1} bytes.", "$", 1, 1);
        ShouldFail(() => KneeJson.ReadRoutine(new UnseekableStream(Encoding.UTF8.GetBytes(json)), options: options), $"The document is larger than the limit of {json.Length - 1} bytes.", "$", 1, 1);
    }

    [Fact]
    public void ReadRoutine_AtSizeLimit_Reads()
    {
        string json = KneeJson.WriteRoutine(RunnersKnee.Routine);
        var options = new KneeJsonReaderOptions(maxBytes: json.Length);
        KneeJson.ReadRoutine(json, options: options).Should().Be(RunnersKnee.Routine);
        KneeJson.ReadRoutine(new UnseekableStream(Encoding.UTF8.GetBytes(json)), options: options).Should().Be(RunnersKnee.Routine);
    }

    [Fact]
    public void ReadRoutine_DefaultSizeLimit_IsFourMebibytes()
    {
        string json = "{\"formatVersion\": 1, \"name\": \"" + new string('x', KneeJsonReaderOptions.DefaultMaxBytes) + "\"}";
        ShouldFail(() => KneeJson.ReadRoutine(json), "The document is larger than the limit of 4194304 bytes.", "$", 1, 1);
    }

    [Fact]
    public void ReadRoutine_DeeperThanDepthLimit_IsRefusedWhereItGoesTooDeep() =>
        ShouldFail(
            () => KneeJson.ReadRoutine(RoutineWithDosage("""{ "kind": "repetitions", "reps": 20 }"""), options: new KneeJsonReaderOptions(maxDepth: 3)),
            "The document nests objects and arrays deeper than the limit of 3 levels.",
            "$.items[0].dosage",
            8,
            17);

    [Fact]
    public void ReadRoutine_DeeplyNestedValue_IsRefusedWithoutRecursingIntoIt()
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);
        ShouldFail(
            () => KneeJson.ReadRoutine($$"""{ "formatVersion": 1, "id": {{deep}} }"""),
            "Expected a string, found an array.",
            "$.id",
            1,
            29);
    }

    [Fact]
    public void ReadRoutineFile_MissingFile_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => KneeJson.ReadRoutineFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json")));

    [Fact]
    public void ReadRoutineFile_MissingDirectory_ThrowsDirectoryNotFound() =>
        Assert.Throws<DirectoryNotFoundException>(() => KneeJson.ReadRoutineFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "routine.json")));

    [Fact]
    public void ReadRoutine_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>("json", () => KneeJson.ReadRoutine((string)null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => KneeJson.ReadRoutine((Stream)null!));
        Assert.Throws<ArgumentNullException>("path", () => KneeJson.ReadRoutineFile(null!));
        Assert.Throws<ArgumentNullException>("routine", () => KneeJson.WriteRoutine(null!));
    }

    [Fact]
    public void WriteRoutine_TwoExercisesWithOneId_ThrowsArgumentException()
    {
        var other = new Exercise("clamshell", "Another clamshell", ExerciseCategory.Strength, BodyPosition.SideLying, true, TimeSpan.FromSeconds(3), ["Open."]);
        var routine = new Routine("x", "X", [RunnersKnee.Routine.Items[5], new RoutineItem(other, RunnersKnee.Routine.Items[5].Dosage)]);
        Assert.Throws<ArgumentException>("routine", () => KneeJson.WriteRoutine(routine)).Message
            .Should().StartWith("The routine uses two different exercises with the id 'clamshell'; a document names exercises by id, so it cannot hold both.");
    }

    [Fact]
    public void ReadCatalog_DuplicateExercise_IsReportedAtTheSecondId() =>
        ShouldFail(
            () => KneeJson.ReadCatalog("""
                {
                  "formatVersion": 1,
                  "exercises": [
                    { "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 1, "cues": ["Hop."] },
                    { "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 1, "cues": ["Hop."] }
                  ]
                }
                """),
            "Exercise 'hop' is defined twice.",
            "$.exercises[1].id",
            5,
            13);

    [Fact]
    public void ReadCatalog_VariationWithUnknownPosition_ListsThePositions() =>
        ShouldFail(
            () => KneeJson.ReadCatalog("""
                {
                  "formatVersion": 1,
                  "exercises": [
                    { "id": "hop", "name": "Hop", "category": "plyometric", "position": "standing", "perSide": true, "tempoSeconds": 1, "cues": ["Hop."],
                      "variations": [{ "id": "low", "name": "Low hop", "reason": "Easier.", "position": "hanging" }] }
                  ]
                }
                """),
            "Expected a body position (one of standing, sideLying, supine, seated, onStep, onBosu, prone, kneeling, allFours, seatedOnChair), found the string 'hanging'.",
            "$.exercises[0].variations[0].position",
            5,
            89);

    private static string RoutineWithExercise(string exercises, string exerciseId) => $$"""
        {
          "formatVersion": 1,
          "id": "my-routine",
          "name": "My routine",
          "items": [{ "exerciseId": "{{exerciseId}}", "dosage": { "kind": "repetitions", "reps": 10 } }],
          "exercises": [
            {{exercises}}
          ]
        }
        """;

    internal static void ShouldFail(Action read, string problem, string path, int line, int column)
    {
        var e = Assert.Throws<KneeJsonException>(read);
        new { e.Problem, e.Path, e.LineNumber, e.Column }.Should().Be(new { Problem = problem, Path = path, LineNumber = line, Column = column });
    }

    /// <summary>A stream that cannot tell its length, as a network stream.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
    }
}
