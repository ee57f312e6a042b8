using System;
using System.CommandLine;
using System.IO;
using KneeStrength.Catalog;

namespace KneeStrength.Cli.Commands;

internal static class PicturesCommand
{
    public static Command Create(Terminal terminal, CliText words)
    {
        var command = new Command("pictures", words["help.pictures"]);
        var output = new Option<string>("--out")
        {
            Description = words["help.pictures.out"],
            HelpName = "DIR",
            Required = true,
        };
        command.Add(output);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            string folder = parseResult.GetValue(output)!;
            if (folder.Length == 0)
            {
                throw UsageException.ForOption("--out", "expected a folder name");
            }

            if (File.Exists(folder))
            {
                throw UsageException.ForOption("--out", $"cannot write into {Sentence.QuotePath(folder)}: it is a file");
            }

            string parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
            if (!Directory.Exists(folder) && !Directory.Exists(parent))
            {
                throw UsageException.ForOption("--out", $"cannot make {Sentence.QuotePath(folder)}: there is no folder {Sentence.QuotePath(parent)}");
            }

            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw UsageException.ForOption("--out", $"cannot make {Sentence.QuotePath(folder)}: {Sentence.LowerFirst(e.Message)}");
            }

            foreach (string id in ExercisePictures.ExerciseIds)
            {
                OutputFile.Write(terminal, "--out", Path.Combine(folder, id + ".svg"), ExercisePictures.GetSvgBytes(id)!);
            }

            terminal.WriteLine($"Wrote {ExercisePictures.ExerciseIds.Count} pictures to {Sentence.QuotePath(folder)}.");
            return CliAction.Ok;
        }));
        return command;
    }
}
