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
    public static Command Create(Terminal terminal, TimeProvider clock, CliText words)
    {
        var command = new Command("enrol", words["help.enrol"]);
        var start = CliOptions.Date("--start", words["help.enrol.start"]);
        var backToRunning = CliOptions.Date("--back-to-running", words["help.enrol.backToRunning"]);
        var backToTreatment = CliOptions.Date("--back-to-treatment", words["help.enrol.backToTreatment"]);
        var weeklyOn = CliOptions.WeeklyOn(words);
        var minutes = CliOptions.Minutes(words);
        var equipment = CliOptions.Equipment(words);
        var firstSide = CliOptions.FirstSide(words);
        var program = new ProgramOptions(words);
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

            string key = old is null ? "enrol.enrolled" : same ? "enrol.unchanged" : "enrol.changed";
            terminal.WriteLine(words.Say(key, chosen.Id, words.Date(first), Sentence.QuotePath(context.Store.Path), Describe(enrolment, words)));
            foreach (var placed in enrolment.Phases)
            {
                terminal.WriteLine(ScheduleView.PhaseLine(placed, words));
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

    // The equipment as --equipment takes it (ids), the same in every language; none in words.
    private static string Describe(Enrolment enrolment, CliText words)
    {
        string minutes = enrolment.SessionBudget is TimeSpan budget ? words.Say("enrol.budget", Words.Minutes(budget)) : words["enrol.noBudget"];
        string side = words[enrolment.Options.FirstSide == Side.Right ? "plan.rightFirst" : "plan.leftFirst"];
        var equipment = enrolment.Options.Equipment;
        return words.Say("enrol.details", minutes, equipment.Count == 0 ? words["equipment.none"] : equipment.ToString(), side);
    }
}
