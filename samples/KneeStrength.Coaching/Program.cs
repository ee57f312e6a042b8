using System;
using KneeStrength;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Text;
using KneeStrength.Tracking;

// One person on the built-in program, with 20 minutes a session.
var enrolment = new Enrolment("ann", RunnersKnee.Program, start: new DateOnly(2026, 3, 2), sessionBudget: TimeSpan.FromMinutes(20));

// Three calm sessions: pain 1/10 during and an hour after, and 1/10 the next morning. No pain before was logged:
// each morning's score stands for it, and the first day's target does.
var journal = Journal.Empty;
for (int day = 0; day < 3; day++)
{
    var date = enrolment.Start.AddDays(day);
    journal = journal.With(new SessionLog(date, "runners-knee", SessionCompletion.All, painDuring: 1, painAfter: 1, painNextMorning: 1));
}

// One coach serves every enrolment: it judges each day by the pain rules and adapts the routine.
var coach = Coach.Default;
CoachingDay today = coach.Decide(enrolment, journal, enrolment.Start.AddDays(3));
Console.WriteLine($"{today.Date:yyyy-MM-dd} {today.Phase.Name}, level {today.Level}, {today.Plan.TotalDuration:m\\:ss} planned");
foreach (Decision decision in today.Decisions)
{
    Console.WriteLine($"  {decision.Kind} ({decision.Rule}): {decision.Reason}");
}

// A decision is facts (here the level before and after); KneeText words them in the runner's language.
Decision progress = today.Decisions[0];
KneeText german = KneeText.For("de");
Console.WriteLine($"  level {progress.LevelBefore} -> {progress.LevelAfter}; {german.PhaseName(today.Phase)}: {german.Reason(progress)}");

// A session that hurt: 6/10 during, and the next morning not logged yet. The answer is provisional and says what the
// morning would change.
journal = journal.With(new SessionLog(today.Date, "runners-knee", SessionCompletion.All, painDuring: 6, painAfter: 3));
CoachingDay tomorrow = coach.Decide(enrolment, journal, today.Date.AddDays(1));
Console.WriteLine($"{tomorrow.Date:yyyy-MM-dd} level {tomorrow.Level}, provisional: {tomorrow.IsProvisional}");
Console.WriteLine($"  {tomorrow.Decisions[0].Reason}");

// Back to running: a run within the pain rules ends the daily phase; the weekly phase starts the next day.
journal = journal.With(new SessionLog(today.Date.AddDays(1), null, SessionCompletion.None, run: new RunLog(minutes: 20, pain: 2)));
var shaped = coach.Shape(enrolment, journal);
Console.WriteLine($"Phases as the journal shapes them: {string.Join(", ", shaped.Phases)}");
Adherence adherence = journal.Adherence(shaped, enrolment.Start, today.Date.AddDays(2));
Console.WriteLine($"Adherence: {adherence.DoneFully + adherence.DonePartly} of {adherence.Planned} sessions done");
