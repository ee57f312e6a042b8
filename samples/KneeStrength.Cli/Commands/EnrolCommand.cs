using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using KneeStrength.Catalog;
using KneeStrength.Cli.Views;
using KneeStrength.Scheduling;

namespace KneeStrength.Cli.Commands;

/// <summary>
/// <c>knee enrol</c>: makes or changes the enrolment kept beside the journal: the program, the start, back to
/// running and relapses, the minutes and the equipment. Every other command reads it.
/// </summary>
internal static class EnrolCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var command = new Command("enrol", "Set up (or change) your enrolment, kept beside the journal: the start, back to running, a relapse, your minutes and equipment. 'today', 'progress', 'schedule' and 'log' read it.");
        var start = CliOptions.Date("--start", "The first day of treatment, as YYYY-MM-DD. Default: today for a new enrolment, else unchanged.");
        var backToRunning = CliOptions.Date("--back-to-running", "The day you are back to running, as YYYY-MM-DD: the last day of daily treatment. Without it, treatment is planned at six weeks, and a run logged within the pain rules ends it.");
        var backToTreatment = CliOptions.Date("--back-to-treatment", "A relapse, as YYYY-MM-DD: daily treatment starts again that day.");
        var weeklyOn = CliOptions.WeeklyOn();
        var minutes = CliOptions.Minutes();
        var equipment = CliOptions.Equipment();
        var firstSide = CliOptions.FirstSide();
        var program = new ProgramOptions();
        foreach (var option in new Option[] { start, backToRunning, backToTreatment, weeklyOn, minutes, equipment, firstSide })
        {
            command.Add(option);
        }

        program.AddTo(command);
        command.SetAction(parseResult => CliAction.Run(terminal, () =>
        {
            var day = parseResult.GetValue(weeklyOn);
            if (day is not null && parseResult.GetValue(program.Program) is not null)
            {
                throw UsageException.ForOption("--weekly-on", "goes with the built-in program, not with --program FILE");
            }

            // Another program for an existing enrolment is refused as in the other commands: its id must match.
            var context = program.Read(parseResult, terminal);
            var old = context.Enrolment;
            var chosen = ProgramOf(context, day);
            var first = parseResult.GetValue(start) ?? old?.Start ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var events = new List<EnrolmentEvent>();
            foreach (var e in old?.Events ?? [])
            {
                events.Add(e);
            }

            Add(events, parseResult.GetValue(backToRunning), EnrolmentEventKind.BackToRunning);
            Add(events, parseResult.GetValue(backToTreatment), EnrolmentEventKind.BackToTreatment);
            var budget = parseResult.GetValue(minutes) is int m ? TimeSpan.FromMinutes(m) : old?.SessionBudget;
            var oldOptions = old?.Options ?? SessionOptions.Default;
            var options = new SessionOptions(
                equipment: parseResult.GetValue(equipment) ?? oldOptions.Equipment,
                firstSide: parseResult.GetValue(firstSide) ?? oldOptions.FirstSide,
                rangeBound: oldOptions.RangeBound);
            Enrolment enrolment;
            try
            {
                enrolment = new Enrolment(old?.Id ?? EnrolmentFile.NewId(), chosen, first, events, budget, options);
            }
            catch (ArgumentException e)
            {
                string message = Sentence.LibraryMessage(e);
                string option = Mentions(message, parseResult.GetValue(backToTreatment)) ? "--back-to-treatment"
                    : Mentions(message, parseResult.GetValue(backToRunning)) ? "--back-to-running"
                    : "--start";
                throw UsageException.ForOption(option, message);
            }

            if (day is not null || context.ProgramFile is not null)
            {
                context.Store.WriteProgram(chosen);
            }

            // Nothing given changes nothing: the enrolment is printed as it is.
            bool same = old is not null && old == enrolment;
            if (!same)
            {
                context.Store.Write(enrolment);
            }

            terminal.WriteLine($"{(old is null ? "Enrolled" : same ? "Enrolment" : "Changed the enrolment")} on '{chosen.Id}' from {first:yyyy-MM-dd} in {Sentence.QuotePath(context.Store.Path)}: {Describe(enrolment)}.");
            foreach (var placed in enrolment.Phases)
            {
                terminal.WriteLine(ScheduleView.PhaseLine(placed));
            }

            return CliAction.Ok;
        }));
        return command;
    }

    private static bool Mentions(string message, DateOnly? date) => date is DateOnly d && message.Contains(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static TrainingProgram ProgramOf(ProgramOptions.Context context, DayOfWeek? weeklyOn) =>
        weeklyOn is DayOfWeek day ? RunnersKnee.ProgramWeeklyOn(day) : context.Program;

    // An event replaces the one on its day.
    private static void Add(List<EnrolmentEvent> events, DateOnly? date, EnrolmentEventKind kind)
    {
        if (date is DateOnly d)
        {
            events.RemoveAll(e => e.Date == d);
            events.Add(new EnrolmentEvent(d, kind));
        }
    }

    private static string Describe(Enrolment enrolment)
    {
        string minutes = enrolment.SessionBudget is TimeSpan budget ? $"{Words.Minutes(budget)} a session" : "no time limit";
        string side = enrolment.Options.FirstSide == Side.Right ? "right" : "left";
        return $"{minutes}, equipment {enrolment.Options.Equipment}, {side} side first";
    }
}
