using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Tests;

/// <summary><c>knee sheet</c> (the printable home-exercise sheet, as HTML or PDF) and <c>knee pictures</c>.</summary>
public sealed class SheetCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knee-sheet-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sheet_Out_WritesEveryExercisesPictureNameDoseCuesAndEquipment()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02", "--minutes", "20");
        string file = Path.Combine(_folder, "sheet.html");

        var result = await knee.Knee("sheet", "--date", "2026-03-10", "--out", file);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        string html = File.ReadAllText(file);
        result.Lines.Should().Equal($"Wrote the sheet of 'runners-knee' from 2026-03-10 ({Encoding.UTF8.GetByteCount(html)} bytes) to '{file}'.");
        foreach (var item in RunnersKnee.Routine.Items)
        {
            var exercise = item.Exercise;
            html.Should().Contain(WebUtility.HtmlEncode(exercise.Name)).And.Contain($"<p class=\"dose\">{WebUtility.HtmlEncode(item.Dosage.ToString())}</p>");
            foreach (string cue in exercise.Cues)
            {
                html.Should().Contain($"<li>{WebUtility.HtmlEncode(cue)}</li>");
            }

            foreach (var equipment in exercise.Equipment)
            {
                html.Should().Contain(WebUtility.HtmlEncode(equipment.Name));
            }

            string picture = Convert.ToBase64String(ExercisePictures.GetSvgBytes(exercise.Id)!);
            html.Should().Contain($"<img src=\"data:image/svg+xml;base64,{picture}\" alt=\"{WebUtility.HtmlEncode(exercise.Media[0].AlternativeText)}\">");
        }

        html.Should().Contain("every day, from Monday 2 March 2026 until you are back to running (planned until Sunday 12 April 2026) (now)")
            .And.Contain("every 7 days, from Monday 13 April 2026 with no end")
            .And.Contain("<tr><td>Monday 9 March 2026</td>")
            .And.Contain("<tr><td>Sunday 15 March 2026</td>")
            .And.Contain("@media print").And.Contain("break-inside: avoid")
            .And.NotContain("<script").And.NotContain("http:").And.NotContain("https:");
        Regex.Matches(html, "<tr><th>\\d+ [A-Z][a-z]{2}</th>").Should().HaveCount(6, "the tick chart has six weeks");
        Regex.Matches(html, "class=\"box\"").Should().HaveCount(36, "35 daily sessions from 9 March to 12 April, then one on 13 April");
    }

    [Fact]
    public async Task Sheet_StandardOutput_IsTheSameDocument()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");
        string file = Path.Combine(_folder, "sheet.html");
        (await knee.Knee("sheet", "--date", "2026-03-10", "--out", file)).ExitCode.Should().Be(0);

        var result = await knee.Knee("sheet", "--date", "2026-03-10", "--out", "-");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be(File.ReadAllText(file));
    }

    [Fact]
    public async Task Sheet_ProgramOfTheCallers_EscapesItsTextAndLinksItsOwnPicture()
    {
        using var knee = new KneeFolder();
        var picture = new ExerciseMedia(new Uri("https://clinic.example/p.png?a=1&b=2"), "image/png", "A \"bold\" <move> & more", "CC-BY-4.0");
        var exercise = new Exercise(
            "wall-sit", "Wall sit <b>&</b> \"hold\"", ExerciseCategory.Strength, BodyPosition.Standing, isPerSide: false,
            tempo: null, cues: ["Back <flat> & knees over \"ankles\"."], equipment: [Equipment.Wall], media: [picture]);
        var routine = new Routine("mine", "Mine <i>", [new RoutineItem(exercise, Dosage.Hold(TimeSpan.FromSeconds(40)))]);
        var program = new TrainingProgram("mine", "My <program>", [new ProgramPhase("only", routine, ScheduleRule.TimesAWeek(3), PhaseEnd.Open)]);
        string programFile = Path.Combine(_folder, "mine.program.json");
        KneeJson.WriteProgramFile(programFile, program);
        await knee.EnrolAsync("--start", "2026-03-02", "--program", programFile);

        var result = await knee.Knee("sheet", "--date", "2026-03-04", "--out", "-", "--program", programFile);

        result.ExitCode.Should().Be(0, result.Error);
        string html = result.Output;
        html.Should().Contain("<h1>My &lt;program&gt;</h1>")
            .And.Contain("Wall sit &lt;b&gt;&amp;&lt;/b&gt; &quot;hold&quot;")
            .And.Contain("<li>Back &lt;flat&gt; &amp; knees over &quot;ankles&quot;.</li>")
            .And.Contain("<img src=\"https://clinic.example/p.png?a=1&amp;b=2\" alt=\"A &quot;bold&quot; &lt;move&gt; &amp; more\">")
            .And.Contain("every week on Monday, Wednesday and Friday")
            .And.NotContain("<b>").And.NotContain("<i>").And.NotContain("<program>").And.NotContain("<move>");
    }

    [Fact]
    public async Task Sheet_NeitherOutNorPdf_IsAUsageError()
    {
        var result = await KneeProcess.RunAsync("sheet");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("--out: give --out FILE (HTML) or --pdf FILE, or both\n");
    }

    [Fact]
    public async Task Sheet_DateBeforeTheStart_IsAUsageErrorNamingDate()
    {
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");

        var result = await knee.Knee("sheet", "--date", "2026-03-01", "--out", "-");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("--date: the enrolment starts on 2026-03-02; 2026-03-01 is before it\n");
    }

    [Fact]
    public async Task SheetPdf_ChromiumVariableNamesNoFile_IsAUsageErrorBeforeAnythingIsWritten()
    {
        string html = Path.Combine(_folder, "sheet.html");
        string missing = Path.Combine(_folder, "no-chromium");

        var result = await KneeProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string?> { ["KNEE_CHROMIUM"] = missing },
            "sheet", "--out", html, "--pdf", Path.Combine(_folder, "sheet.pdf"), "--journal", Path.Combine(_folder, "journal.jsonl"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"--pdf: KNEE_CHROMIUM names '{missing}', which does not exist\n");
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Fact]
    public async Task SheetPdf_StandardOutput_IsAUsageError()
    {
        var result = await KneeProcess.RunAsync("sheet", "--pdf", "-");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("--pdf: expected a file name; a PDF does not go to standard output\n");
    }

    [Fact]
    public async Task SheetPdf_WithChromium_WritesAPdf()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/chromium"), "Debian's Chromium (/usr/bin/chromium) is not installed.");
        using var knee = new KneeFolder();
        await knee.EnrolAsync("--start", "2026-03-02");
        string pdf = Path.Combine(_folder, "sheet.pdf");

        var result = await knee.Knee("sheet", "--date", "2026-03-10", "--pdf", pdf);

        result.ExitCode.Should().Be(0, result.Error);
        result.Lines.Should().Equal($"Printed the sheet to '{pdf}'.");
        File.ReadAllBytes(pdf).Take(5).Should().Equal(Encoding.ASCII.GetBytes("%PDF-"));
        Directory.GetFiles(_folder).Should().Equal(pdf);
    }

    [Fact]
    public async Task Pictures_Out_WritesEveryBuiltInPicture()
    {
        string folder = Path.Combine(_folder, "pictures");

        var result = await KneeProcess.RunAsync("pictures", "--out", folder);

        result.ExitCode.Should().Be(0, result.Error);
        result.Lines.Should().Equal($"Wrote 14 pictures to '{folder}'.");
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal(ExercisePictures.ExerciseIds.Select(id => id + ".svg").Order(StringComparer.Ordinal));
        foreach (string id in ExercisePictures.ExerciseIds)
        {
            File.ReadAllBytes(Path.Combine(folder, id + ".svg")).Should().Equal(ExercisePictures.GetSvgBytes(id));
        }
    }

    [Fact]
    public async Task Pictures_OutIsAFile_IsAUsageError()
    {
        string file = Path.Combine(_folder, "taken");
        File.WriteAllText(file, "x");

        var result = await KneeProcess.RunAsync("pictures", "--out", file);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"--out: cannot write into '{file}': it is a file\n");
    }

    [Fact]
    public async Task Pictures_NoParentFolder_IsAUsageError()
    {
        string folder = Path.Combine(_folder, "no", "such");

        var result = await KneeProcess.RunAsync("pictures", "--out", folder);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"--out: cannot make '{folder}': there is no folder '{Path.Combine(_folder, "no")}'\n");
    }
}
