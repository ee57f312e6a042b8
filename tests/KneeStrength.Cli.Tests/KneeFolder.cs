using System;
using System.IO;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Tests;

/// <summary>
/// A temporary folder holding a journal and what <c>knee</c> keeps beside it (the enrolment, a program document, the
/// calendar revision); every run of <see cref="Knee"/> names that journal, so no test touches the user's data folder.
/// </summary>
public sealed class KneeFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("knee-folder-").FullName;

    public string Journal => System.IO.Path.Combine(Path, "journal.jsonl");

    public string EnrolmentFile => System.IO.Path.Combine(Path, "enrolment.json");

    public string RevisionFile => System.IO.Path.Combine(Path, "calendar-revision.txt");

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>Runs knee with <c>--journal</c> naming this folder's journal.</summary>
    public Task<KneeResult> Knee(params string[] args) => KneeProcess.RunAsync([.. args, "--journal", Journal]);

    /// <summary>Runs <c>knee enrol</c> with the options, and checks it worked.</summary>
    public async Task EnrolAsync(params string[] options)
    {
        var result = await Knee(["enrol", .. options]);
        result.ExitCode.Should().Be(0, result.Error);
    }

    /// <summary>The enrolment the CLI keeps, read back with the program (the built-in one by default).</summary>
    public Enrolment Enrolment(TrainingProgram? program = null) => KneeJson.ReadEnrolmentFile(EnrolmentFile, program ?? RunnersKnee.Program);
}
