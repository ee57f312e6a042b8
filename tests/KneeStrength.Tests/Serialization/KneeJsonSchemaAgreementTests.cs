using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Tests.Repository;

namespace KneeStrength.Tests.Serialization;

/// <summary>
/// The JSON Schemas and the reader are one contract: every document the tests know (the golden files, generated
/// documents, the shapes the schema tests refuse, and thousands of corrupted ones) gets the same verdict from Ajv and
/// from <see cref="KneeJson"/>, except under the rules a schema cannot express, listed here by name.
/// </summary>
public partial class KneeJsonSchemaAgreementTests
{
    private const string Seed = "Kq3mB9sd7Pq1";

    /// <summary>
    /// What only the reader checks, because a JSON Schema cannot: references between parts of a document or to the
    /// model, uniqueness, rules that span members, and what JSON.parse hides from a validator. Each is a problem the
    /// reader words, matched by its start.
    /// </summary>
    private static readonly (string Rule, Regex Problem)[] BeyondTheSchemas =
    [
        ("a repeated member (the validator sees the object JSON.parse built, which keeps the last one)", RepeatedMember()),
        ("a reference: an id names something the document, its catalog or the routines and program of the read define", Reference()),
        ("uniqueness: an id or phase name is defined once", Uniqueness()),
        ("a plan's steps follow its routine and one another (items, sets, sides, directions, times, indexes, totals)", PlanConsistency()),
        ("a range's top is at least its bottom (repsMax and reps, setsMax and sets)", RangeOrder()),
        ("an enrolment's events fall within its ten years, one a day, at most 100", EnrolmentDates()),
        ("a dosage in the dosage notation reads as one (a schema sees a string)", DosageNotation()),
    ];

    [Fact]
    public void ReaderAndSchemas_EveryKnownDocument_GiveTheSameVerdict()
    {
        var documents = new List<Document>();
        var program = RunnersKnee.Program;
        foreach (string golden in Directory.GetFiles(ProcessTools.Repository("tests/KneeStrength.Tests/Serialization/Golden"), "*.json"))
        {
            string kind = Path.GetFileName(golden).Split('.')[^2] switch { "sessions" => "scheduled-sessions", var k => k };
            documents.Add(new Document(kind, File.ReadAllBytes(golden), "golden " + Path.GetFileName(golden), Reader(kind, program)));
        }

        // Probes of the points where the two once disagreed: how numbers are written, how long text is counted,
        // null where a member is optional, and the characters a display text may not hold.
        string routine = KneeJson.WriteRoutine(RunnersKnee.Routine);
        string name = "\"name\": \"Knee strengthening for runners\",";
        var probes = new (string Find, string Replace)[]
        {
            ("\"reps\": 10,", "\"reps\": 1e1,"),
            ("\"reps\": 10,", "\"reps\": 10.0,"),
            ("\"reps\": 10,", "\"reps\": 10.5,"),
            ("\"reps\": 10,", "\"reps\": 1e400,"),
            ("\"formatVersion\": 1,", "\"formatVersion\": 1.0, \"$schema\": null,"),
            ("\"formatVersion\": 1,", "\"formatVersion\": 1, \"$schema\": \"routine.schema.json\","),
            ("\"formatVersion\": 1,", "\"formatVersion\": 1, \"$schema\": 1,"),
            (name, "\"name\": \"" + string.Concat(Enumerable.Repeat("\ud83d\ude00", 100)) + "\","),
            (name, "\"name\": \"" + string.Concat(Enumerable.Repeat("\ud83d\ude00", 101)) + "\","),
            (name, "\"name\": \"Knee\\u001b[31m\","),
            (name, "\"name\": \"Knee\\u202eevil\","),
            (name, "\"name\": \"Knee\\u0085\","),
            (name, "\"name\": \"Knee\\u2028\","),
            (name, "\"name\": \"\\u200b\\ufeff \","),
            (name, "\"name\": \"Kn\\ud800ee\","),
            (name, "\"name\": \"Kne\\u0301e\\u00a0\\u200b\","),
            (name, "\"name\": \"\\udb40\\udc01\\udb40\\udc41\","),
            (name, "\"name\": null,"),
        };
        foreach (var (find, replace) in probes)
        {
            routine.Should().Contain(find);
            documents.Add(new Document("routine", Encoding.UTF8.GetBytes(routine.Replace(find, replace, StringComparison.Ordinal)), "probe " + replace, Reader("routine", program)));
        }

        foreach (var (kind, json, applied, read) in KneeJsonMutationTests.Corpus(perBase: 700, seed: 20261201))
        {
            documents.Add(new Document(kind, json, "corrupted: " + applied, bytes => read(bytes, false)));
        }

        var generated = DocumentGenerators.ProgramWithCatalog.Array[30].Single(_ => true, Seed);
        foreach (var (generatedProgram, catalog) in generated)
        {
            documents.Add(new Document("program", Encoding.UTF8.GetBytes(KneeJson.WriteProgram(generatedProgram, catalog)), "generated program", bytes => KneeJson.ReadProgram(Encoding.UTF8.GetString(bytes), catalog)));
        }

        foreach (var (enrolment, _) in DocumentGenerators.EnrolmentWithCatalog.Array[30].Single(_ => true, Seed))
        {
            documents.Add(new Document("enrolment", Encoding.UTF8.GetBytes(KneeJson.WriteEnrolment(enrolment)), "generated enrolment", bytes => KneeJson.ReadEnrolment(Encoding.UTF8.GetString(bytes), enrolment.Program)));
        }

        foreach (var plan in DocumentGenerators.Plan.Array[30].Single(_ => true, Seed))
        {
            documents.Add(new Document("plan", Encoding.UTF8.GetBytes(KneeJson.WritePlan(plan)), "generated plan", bytes => KneeJson.ReadPlan(Encoding.UTF8.GetString(bytes), [plan.Routine])));
        }

        var verdicts = Judge(documents);
        var refusals = documents.Select(d => d.Refusal()).ToList();

        var disagreements = new List<string>();
        var excused = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            string? refusal = refusals[i];
            bool schemaValid = verdicts[i] == "valid";
            if ((refusal is null) == schemaValid)
            {
                continue;
            }

            string? rule = refusal is null ? null : BeyondTheSchemas.FirstOrDefault(r => r.Problem.IsMatch(refusal)).Rule;
            if (rule is not null && schemaValid)
            {
                excused[rule] = excused.GetValueOrDefault(rule) + 1;
                continue;
            }

            disagreements.Add($"{documents[i].Kind} ({documents[i].Origin}): reader {(refusal is null ? "reads it" : "refuses it: " + refusal)}; schema says {verdicts[i]}");
        }

        string.Join("\n", disagreements).Should().BeEmpty($"the reader and the schemas judge {documents.Count} documents alike except under {string.Join("; ", excused.Select(e => $"{e.Key}: {e.Value}"))}");
        refusals.Count(r => r is null).Should().BeGreaterThan(100, "valid documents are judged too");
        refusals.Count(r => r is not null).Should().BeGreaterThan(1000, "so are broken ones");
    }

    private static Func<byte[], object> Reader(string kind, TrainingProgram program) => kind switch
    {
        "routine" => bytes => KneeJson.ReadRoutine(Encoding.UTF8.GetString(bytes)),
        "catalog" => bytes => KneeJson.ReadCatalog(Encoding.UTF8.GetString(bytes)),
        "plan" => bytes => KneeJson.ReadPlan(Encoding.UTF8.GetString(bytes)),
        "program" => bytes => KneeJson.ReadProgram(Encoding.UTF8.GetString(bytes)),
        "enrolment" => bytes => KneeJson.ReadEnrolment(Encoding.UTF8.GetString(bytes), program),
        _ => bytes => KneeJson.ReadScheduledSessions(Encoding.UTF8.GetString(bytes), program),
    };

    private static List<string> Judge(List<Document> documents)
    {
        var lines = new StringBuilder();
        foreach (var document in documents)
        {
            lines.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["kind"] = document.Kind, ["base64"] = Convert.ToBase64String(document.Json) })).Append('\n');
        }

        var verdicts = NodeTool.RunOnFiles(
            "tests/schema-check",
            "judge.mjs",
            [ProcessTools.Repository("src/KneeStrength/Serialization/Schemas")],
            [("documents.jsonl", Encoding.UTF8.GetBytes(lines.ToString()))]);
        verdicts.Should().HaveCount(documents.Count);
        return verdicts;
    }

    [GeneratedRegex("^Member '.*' appears twice")]
    private static partial Regex RepeatedMember();

    [GeneratedRegex("^(Unknown (exercise|equipment|routine) '|'.*' has no (exercises?|variations?|directions?)\\b|Routine '.*' has no exercise|Program '.*' has no phase|Phase '.*' does routine|Item [0-9]+ of routine '.*' is '|'.*' has no tempo, so|The enrolment is on program ')")]
    private static partial Regex Reference();

    [GeneratedRegex("(is defined twice|are both named|two different .* with the id|^Equipment .* is listed twice)")]
    private static partial Regex Uniqueness();

    [GeneratedRegex("^(The plan is too long|Routine '.*' has items|Item [0-9]+ has (up to )?[0-9]+ sets?, so|Expected index [0-9]+: steps|Expected [0-9]+: the first step starts|The total is|'.*' is done (per side|with both sides)|'.*' is dosed in)")]
    private static partial Regex PlanConsistency();

    [GeneratedRegex("^The top of the range of (repetitions|sets) is")]
    private static partial Regex RangeOrder();

    [GeneratedRegex("(before the enrolment's start|^Two events are on|falls outside the enrolment|holds at most 100 events|^An enrolment must start on or before)")]
    private static partial Regex EnrolmentDates();

    [GeneratedRegex("^Not a dosage:")]
    private static partial Regex DosageNotation();

    private sealed record Document(string Kind, byte[] Json, string Origin, Func<byte[], object> Read)
    {
        // The reader's problem with the document, or null when it reads it.
        public string? Refusal()
        {
            try
            {
                Read(Json);
                return null;
            }
            catch (KneeJsonException e)
            {
                return e.Problem;
            }
        }
    }
}
