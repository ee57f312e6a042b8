using System;
using System.Collections.Generic;
using Hl7.Fhir.Model;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Fhir.Tests;

/// <summary>The enrolment and the two-week journal the golden files are made of.</summary>
internal static class TestData
{
    public static readonly DateOnly Start = new(2026, 3, 2);

    public static readonly ResourceReference Patient = new("Patient/example", "Example patient");

    /// <summary>A runner on the built-in program who goes back to running on day 10.</summary>
    public static readonly Enrolment Enrolment = new("ann-2026", RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(Start.AddDays(9))]);

    /// <summary>
    /// Two weeks: a session every day (one partial with an exercise stopped early and one skipped), pain before,
    /// during, after and the next morning, runs from day 10, a day with only a run, a note and a day of sharp pain.
    /// </summary>
    public static Journal TwoWeeks()
    {
        var logs = new List<SessionLog>();
        for (int day = 0; day < 14; day++)
        {
            var date = Start.AddDays(day);
            if (day == 11)
            {
                logs.Add(new SessionLog(date, null, SessionCompletion.None, run: new RunLog(25, 1), painNextMorning: 1));
                continue;
            }

            var completion = day == 4 ? SessionCompletion.Partial : day == 7 ? SessionCompletion.None : SessionCompletion.All;
            ExerciseLog[]? exercises = day == 4
                ? [ExerciseLog.Completed(RunnersKnee.Routine.Items[0]), new ExerciseLog(RunnersKnee.Routine.Items[1].Exercise.Id, ExerciseOutcome.StoppedEarly, 1, 8), new ExerciseLog(RunnersKnee.Routine.Items[2].Exercise.Id, ExerciseOutcome.Skipped, 0, 0)]
                : null;
            logs.Add(new SessionLog(
                date,
                RunnersKnee.Routine.Id,
                completion,
                exercises,
                painBefore: day == 7 ? null : Math.Max(0, 3 - (day / 3)),
                painDuring: day == 7 ? null : Math.Max(1, 4 - (day / 3)),
                painAfter: day == 7 ? null : Math.Max(0, 3 - (day / 4)),
                painNextMorning: day == 13 ? null : Math.Max(0, 2 - (day / 5)),
                run: day >= 9 && day % 2 == 1 ? new RunLog(20 + day, day == 13 ? 3 : 1) : null,
                note: day == 7 ? "Skipped: travelling." : null,
                sharpPain: day == 6));
        }

        return new Journal(logs);
    }
}
