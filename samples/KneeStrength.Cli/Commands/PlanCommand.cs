using System.CommandLine;
using KneeStrength.Cli.Views;

namespace KneeStrength.Cli.Commands;

internal static class PlanCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("plan", "Plan today's session: every timed step with its cue, and what was substituted, left out or adjusted.");
        var session = new SessionOptionsBinder();
        session.AddTo(command);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var (plan, options) = session.Plan(parseResult);
            terminal.Console.Write(PlanView.Render(plan, options));
            return CliAction.Ok;
        }));
        return command;
    }
}
