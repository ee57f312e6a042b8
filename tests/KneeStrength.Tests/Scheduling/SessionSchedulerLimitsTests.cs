using System;
using System.Linq;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;

namespace KneeStrength.Tests.Scheduling;

/// <summary>
/// The longest session the scheduler plans is 24 hours: a routine that fills it exactly is planned, one second more is
/// refused with the routine's id and length, and no sum on the way can wrap.
/// </summary>
public class SessionSchedulerLimitsTests
{
    // No pauses at all, so a session lasts exactly its work.
    private static readonly SessionScheduler NoPauses = new(new SessionOptions(new Pacing(
        leadIn: TimeSpan.Zero, switchSideStanding: TimeSpan.Zero, switchSideLying: TimeSpan.Zero, changeDirection: TimeSpan.Zero,
        restBetweenSets: TimeSpan.Zero, transition: TimeSpan.Zero, setup: TimeSpan.Zero, minimumRest: TimeSpan.Zero, minimumTransition: TimeSpan.Zero)));

    private static readonly Exercise Plank = TestModel.Exercise(id: "plank", name: "Plank", isPerSide: false, tempo: TimeSpan.FromSeconds(1), directions: []);

    [Fact]
    public void Schedule_RoutineOfExactlyTwentyFourHours_IsPlanned()
    {
        var plan = NoPauses.Schedule(Day(extraSeconds: 0));

        plan.TotalDuration.Should().Be(TimeSpan.FromHours(24));
        plan.TotalSeconds.Should().Be(86_400);
        NoPauses.Schedule(Day(extraSeconds: 0), TimeSpan.FromHours(24)).Adjustments.Should().BeEmpty("it fits the longest budget as it is");
    }

    [Fact]
    public void Schedule_OneSecondMore_IsRefusedNamingTheRoutineAndItsLength()
    {
        var routine = Day(extraSeconds: 1);
        const string Message = "Routine 'day' would take 24 h (86,401 s), longer than the 24 h (86,400 s) a session may last.*";

        FluentActions.Invoking(() => NoPauses.Schedule(routine)).Should().Throw<ArgumentException>().WithParameterName("routine").WithMessage(Message);
        FluentActions.Invoking(() => NoPauses.Schedule(routine, TimeSpan.FromHours(1))).Should().Throw<ArgumentException>().WithParameterName("routine").WithMessage(Message);
        FluentActions.Invoking(() => NoPauses.MinimumDuration(routine)).Should().Throw<ArgumentException>().WithParameterName("routine").WithMessage(Message);
    }

    [Fact]
    public void Schedule_RoutineThatWouldOverflowAnInt_IsRefusedNotWrapped()
    {
        // 200 items of 20 sets of 1,000 reps per side in 8 directions at 60 s a rep: 3,840,000,000 s of work, past an int.
        var slow = TestModel.Exercise(id: "slow", tempo: TimeSpan.FromSeconds(60), directions: ["a", "b", "c", "d", "e", "f", "g", "h"]);
        var items = Enumerable.Range(0, Routine.MaxItems).Select(_ => new RoutineItem(slow, Dosage.Repetitions(1000, Laterality.PerSide, directions: 8, sets: 20)));
        var routine = new Routine("huge", "Huge", items);

        FluentActions.Invoking(() => SessionScheduler.Default.Schedule(routine, SessionScheduler.MaxTimeBudget))
            .Should().Throw<ArgumentException>().WithParameterName("routine").WithMessage("Routine 'huge' would take * (* s), longer than the 24 h (86,400 s) a session may last.*")
            .Which.Message.Should().Contain("(3,840,");
    }

    [Fact]
    public void ProgramSchedulerAndCalendar_RoutineTooLong_ThrowTheDocumentedArgumentException()
    {
        var program = new TrainingProgram("p", "P", [new ProgramPhase("only", Day(extraSeconds: 1), ScheduleRule.Daily, PhaseEnd.Open)]);
        var enrolment = new Enrolment("ann", program, new DateOnly(2026, 3, 2), options: NoPauses.Options);

        FluentActions.Invoking(() => ProgramScheduler.Default.GetSessions(enrolment, enrolment.Start, enrolment.Start.AddDays(1)).ToList())
            .Should().Throw<ArgumentException>().WithParameterName("routine");
        FluentActions.Invoking(() => new CalendarWriter().Write(enrolment, DateTimeOffset.UnixEpoch))
            .Should().Throw<ArgumentException>().WithParameterName("routine");
    }

    // 7 items of 20 holds of 600 s, one of 4 holds of 600 s (86,400 s), and optionally a rep of one second each.
    private static Routine Day(int extraSeconds)
    {
        var items = Enumerable.Range(0, 7).Select(_ => new RoutineItem(Plank, Dosage.Hold(TimeSpan.FromSeconds(600), sets: 20))).ToList();
        items.Add(new RoutineItem(Plank, Dosage.Hold(TimeSpan.FromSeconds(600), sets: 4)));
        if (extraSeconds > 0)
        {
            items.Add(new RoutineItem(Plank, Dosage.Repetitions(extraSeconds)));
        }

        return new Routine("day", "Day", items);
    }
}
