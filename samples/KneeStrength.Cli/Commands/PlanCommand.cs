using System.CommandLine;
using KneeStrength.Cli.Views;
using KneeStrength.Serialization;

namespace KneeStrength.Cli.Commands;

internal static class PlanCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("plan", "Plan today's session: every timed step with its cue, and what was substituted, left out or adjusted.");
        var session = new SessionOptionsBinder();
        session.AddTo(command);
        var json = CliOptions.Json("the session plan document");
        command.Add(json);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var (plan, options) = session.Plan(parseResult);
            if (parseResult.GetValue(json))
            {
                terminal.WriteJson(KneeJson.WritePlan(plan));
                return CliAction.Ok;
            }

            terminal.Console.Write(PlanView.Render(plan, options));
            return CliAction.Ok;
        }));
        return command;
    }
}
