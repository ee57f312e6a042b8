using System;
using System.Collections.Generic;
using Hl7.Fhir.Model;
using KneeStrength.Scheduling;

namespace KneeStrength.Fhir;

// An enrolment as a patient's CarePlan: one activity per placed phase (as the journal's events placed it), with the
// phase's Timing bounded by its days, and the day logs of those days as its outcomes.
// See https://hl7.org/fhir/R4/careplan.html.
internal static class CarePlanMapping
{
    public static CarePlan Write(Enrolment enrolment, ResourceReference patient, DateOnly asOf, IReadOnlyList<(DateOnly Day, string FullUrl)> outcomes)
    {
        string definition = ProgramMapping.Url(enrolment.Program.Id);
        var carePlan = new CarePlan
        {
            Identifier = [new Identifier(FhirCodes.IdentifierSystem, enrolment.Id)],
            InstantiatesCanonical = [definition],
            Status = asOf > enrolment.LastDay && enrolment.Phases[^1].Ending != PhaseEnding.RunsOn ? RequestStatus.Completed : RequestStatus.Active,
            Intent = CarePlan.CarePlanIntent.Plan,
            Title = enrolment.Program.Name,
            Subject = new ResourceReference(patient.Reference, patient.Display),
            Period = Days(enrolment.Start, enrolment.LastDay, enrolment.Phases[^1].Ending),
        };
        foreach (var placed in enrolment.Phases)
        {
            var phase = placed.Phase;
            var repeat = TimingMapping.Repeat(phase.Schedule);
            repeat.Bounds = Days(placed.FirstDay, placed.LastDay, placed.Ending);
            string description = $"{phase.Name}: {phase.Routine.Name}, {phase.Schedule}";
            if (placed.EndedBy is EnrolmentEvent ended)
            {
                description += $"; ended by {ProgramMapping.EventCode(ended.Kind)} on {TimingMapping.Date(ended.Date)}";
            }

            var activity = new CarePlan.ActivityComponent
            {
                Detail = new CarePlan.DetailComponent
                {
                    Kind = CarePlan.CarePlanActivityKind.ServiceRequest,
                    InstantiatesCanonical = [definition],
                    Code = ProgramMapping.Coded(FhirCodes.RoutineSystem, phase.Routine.Id, phase.Routine.Name),
                    Status = asOf > placed.LastDay && placed.Ending != PhaseEnding.RunsOn ? CarePlan.CarePlanActivityStatus.Completed
                        : asOf >= placed.FirstDay ? CarePlan.CarePlanActivityStatus.InProgress
                        : CarePlan.CarePlanActivityStatus.Scheduled,
                    Scheduled = new Timing { Repeat = repeat },
                    Description = description,
                },
            };
            foreach (var (day, fullUrl) in outcomes)
            {
                if (placed.Contains(day))
                {
                    activity.OutcomeReference.Add(new ResourceReference(fullUrl));
                }
            }

            carePlan.Activity.Add(activity);
        }

        return carePlan;
    }

    // A phase that runs on (open, or waiting for an event) has no end yet: its last day is only the enrolment's
    // ten-year limit, which is no clinical fact, so the period is left open.
    private static Period Days(DateOnly first, DateOnly last, PhaseEnding ending) =>
        new(new FhirDateTime(TimingMapping.Date(first)), ending == PhaseEnding.RunsOn ? null : new FhirDateTime(TimingMapping.Date(last)));
}
