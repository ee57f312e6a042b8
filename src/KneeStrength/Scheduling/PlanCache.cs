using System;

namespace KneeStrength.Scheduling;

// <summary>
// The plans of routines for the options and budgets people have, made once and shared: many enrolments of one
// program have a few distinct options, so a clinic's thousands of people cost a handful of plans. Routines are held
// weakly (a routine no longer used takes its plans with it); each routine keeps its most recent option sets, the
// oldest dropped past a bound, so the cache cannot grow without end. Thread-safe.
// </summary>
internal sealed class PlanCache
{
    private const int PlansPerRoutine = 16;

    private readonly RoutineShelves<(SessionOptions Options, TimeSpan? Budget), SessionPlan> _shelves = new(PlansPerRoutine);

    // <summary>
    // Plans a routine as a person with these options and budget does it: within the budget when one is given, at the
    // shortest the routine allows when the budget is shorter than that.
    // </summary>
    internal static SessionPlan Make(SessionScheduler scheduler, Routine routine, TimeSpan? budget)
    {
        if (budget is not TimeSpan b)
        {
            return scheduler.Schedule(routine);
        }

        return scheduler.TrySchedule(routine, b, out var plan) ? plan : scheduler.Schedule(routine, scheduler.MinimumDuration(routine));
    }

    internal SessionPlan Get(Routine routine, SessionOptions options, TimeSpan? budget) =>
        _shelves.Get(routine, (options, budget), static (r, k) => Make(new SessionScheduler(k.Options), r, k.Budget));
}
