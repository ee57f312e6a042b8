using System;
using System.Linq;
using KneeStrength;
using KneeStrength.Catalog;
using KneeStrength.Export.Calendar;
using KneeStrength.Export.Fit;
using KneeStrength.Scheduling;

// No Bosu ball at home: the scheduler swaps in a plain squat and says so.
var options = new SessionOptions(equipment: EquipmentSet.Parse("band,step,wall").Value);
var scheduler = new SessionScheduler(options);

// Today's session of the built-in runner's-knee routine, fitted into 20 minutes.
SessionPlan plan = scheduler.Schedule(RunnersKnee.Routine, TimeSpan.FromMinutes(20));

Console.WriteLine($"{plan.Routine.Name}: {plan.Steps.Count} steps, {plan.TotalDuration:m\\:ss}");
foreach (TimedStep step in plan.Steps.Take(4))
{
    Console.WriteLine(step);
}

foreach (Substitution note in plan.Substitutions)
{
    Console.WriteLine($"Substituted: {note}");
}

foreach (Adjustment note in plan.Adjustments.Take(3))
{
    Console.WriteLine($"Adjusted: {note}");
}

// The built-in program is a definition: daily while the knee hurts, then weekly once back to running. Each person
// is an enrolment on it: their start, their events, their minutes and equipment. Two people, one program.
TrainingProgram program = RunnersKnee.Program;
var ann = new Enrolment("ann", program, start: new DateOnly(2026, 3, 2),
    events: [EnrolmentEvent.BackToRunning(new DateOnly(2026, 4, 12))], sessionBudget: TimeSpan.FromMinutes(20), options: options);
var ben = new Enrolment("ben", program, start: new DateOnly(2026, 3, 9));
foreach (Enrolment person in new[] { ann, ben })
{
    Console.WriteLine($"{person.Id}: {string.Join(", ", person.Phases)}");
    foreach (ScheduledSession session in ProgramScheduler.Default.GetSessions(person, new DateOnly(2026, 4, 17), new DateOnly(2026, 4, 28)))
    {
        Console.WriteLine($"  {session.Date:yyyy-MM-dd} {session.Date.DayOfWeek,-9} {session.PhaseName,-10} {session.EstimatedDuration.TotalMinutes:0} min");
    }
}

// Where runners train: a person's program for a calendar app, today's plan for a watch. The library reads no clock,
// so the file's timestamp (and the watch file's serial number) are the caller's.
var now = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
byte[] ics = new CalendarWriter().Write(ann, timestamp: now);
byte[] fit = new FitWorkoutWriter().Write(plan, serialNumber: 1, timeCreated: now);
Console.WriteLine($"Calendar: {ics.Length} bytes of iCalendar; watch: a {fit.Length}-byte FIT workout");
