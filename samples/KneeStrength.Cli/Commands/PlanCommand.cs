using System;
using System.CommandLine;
using KneeStrength.Cli.Views;
using KneeStrength.Export.Fit;
using KneeStrength.Serialization;
using KneeStrength.Text;

namespace KneeStrength.Cli.Commands;

internal static class PlanCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("plan", words["help.plan"]);
        var session = new SessionOptionsBinder(words);
        session.AddTo(command);
        var json = CliOptions.Json(words["help.plan.json"]);
        var fit = CliOptions.OutputFile("--fit", words["help.plan.fit"]);
        command.Add(json);
        command.Add(fit);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            string? fitFile = parseResult.GetValue(fit);
            if (fitFile is not null)
            {
                if (parseResult.GetValue(json))
                {
                    throw UsageException.ForOption("--fit", "cannot be combined with --json; choose one");
                }

                OutputFile.Check("--fit", fitFile);
            }

            var (plan, options) = session.Plan(parseResult);
            if (fitFile is not null)
            {
                // The sample may read the clock: the creation time, and (as a number that differs from file to file)
                // the serial number a watch uses, with the time, to tell workout files apart.
                var now = clock.GetUtcNow();
                uint serial = (uint)Math.Max(1, now.ToUnixTimeSeconds() % uint.MaxValue);
                byte[] bytes = new FitWorkoutWriter().Write(plan, serial, now);
                if (OutputFile.Write(terminal, "--fit", fitFile, bytes))
                {
                    terminal.WriteLine($"Wrote a {plan.Steps.Count}-step workout of '{plan.Routine.Id}' ({bytes.Length} bytes) to {Sentence.QuotePath(fitFile)}.");
                }

                return CliAction.Ok;
            }

            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WritePlan(plan));
                return CliAction.Ok;
            }

            terminal.Console.Write(PlanView.Render(plan, options, words));
            return CliAction.Ok;
        }));
        return command;
    }
}
