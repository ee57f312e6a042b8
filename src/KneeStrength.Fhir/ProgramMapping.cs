using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Hl7.Fhir.Model;
using KneeStrength.Scheduling;
using FhirDosage = Hl7.Fhir.Model.Dosage;

namespace KneeStrength.Fhir;

// A program as a PlanDefinition, and back. The PlanDefinition holds one ActivityDefinition (contained) for each
// exercise and dosage the program uses; an action for each phase (its Timing, its end, the phase before it); under
// it the routine's sections and circuits as grouping actions, and an action per routine item that points at its
// ActivityDefinition. See https://hl7.org/fhir/R4/plandefinition.html and https://hl7.org/fhir/R4/activitydefinition.html.
internal static class ProgramMapping
{
    private const int MaxResourceIdLength = 64;

    public static string Url(string programId) => $"{FhirCodes.Base}/PlanDefinition/{programId}";

    public static PlanDefinition Write(TrainingProgram program)
    {
        var activities = new List<(Exercise Exercise, KneeStrength.Dosage Dosage, string Id)>();
        var plan = new PlanDefinition
        {
            Id = program.Id,
            Url = Url(program.Id),
            Title = program.Name,
            Status = PublicationStatus.Active,
            Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/plan-definition-type", "clinical-protocol", "Clinical Protocol"),
        };
        for (int i = 0; i < program.Phases.Count; i++)
        {
            var phase = program.Phases[i];
            var action = new PlanDefinition.ActionComponent
            {
                ElementId = phase.Name,
                Title = phase.Name,
                Description = phase.ToString(),
                Code = [Coded(FhirCodes.RoutineSystem, phase.Routine.Id, phase.Routine.Name)],
                Timing = TimingMapping.PhaseTiming(phase),
            };
            if (i > 0)
            {
                action.RelatedAction.Add(new PlanDefinition.RelatedActionComponent
                {
                    ActionId = program.Phases[i - 1].Name,
                    Relationship = ActionRelationshipType.AfterEnd,
                });
            }

            if (phase.End.Event is EnrolmentEventKind kind)
            {
                action.Condition.Add(new PlanDefinition.ConditionComponent
                {
                    Kind = ActionConditionKind.Stop,
                    Expression = new Expression
                    {
                        Description = kind == EnrolmentEventKind.BackToRunning ? "Ends when the person is back to running." : "Ends on a relapse.",
                        Language = "text/plain",
                        Expression_ = EventCode(kind),
                    },
                });
            }

            var routine = phase.Routine;
            if (routine.IsPlainList)
            {
                foreach (var item in routine.Items)
                {
                    action.Action.Add(ItemAction(item, activities));
                }
            }
            else
            {
                foreach (var section in routine.Sections)
                {
                    var sectionAction = new PlanDefinition.ActionComponent
                    {
                        Title = SectionTitle(section.Kind),
                        Code = [Coded(FhirCodes.RoutinePartSystem, SectionCode(section.Kind), SectionTitle(section.Kind))],
                        GroupingBehavior = ActionGroupingBehavior.VisualGroup,
                    };
                    foreach (var block in section.Blocks)
                    {
                        sectionAction.Action.Add(block switch
                        {
                            RoutineItem item => ItemAction(item, activities),
                            Circuit circuit => CircuitAction(circuit, activities),
                            _ => throw new InvalidOperationException($"Unknown routine block {block.GetType().Name}."),
                        });
                    }

                    action.Action.Add(sectionAction);
                }
            }

            plan.Action.Add(action);
        }

        foreach (var (exercise, dosage, id) in activities)
        {
            plan.Contained.Add(Activity(exercise, dosage, id));
        }

        return plan;
    }

    private static PlanDefinition.ActionComponent CircuitAction(Circuit circuit, List<(Exercise, KneeStrength.Dosage, string)> activities)
    {
        var action = new PlanDefinition.ActionComponent
        {
            Title = "Circuit",
            TextEquivalent = CircuitText.Format(circuit),
            Code = [Coded(FhirCodes.RoutinePartSystem, "circuit", "Circuit")],
            GroupingBehavior = ActionGroupingBehavior.LogicalGroup,
            Timing = new Timing { Repeat = new Timing.RepeatComponent { Count = circuit.Rounds } },
        };
        foreach (var item in circuit.Items)
        {
            action.Action.Add(ItemAction(item, activities));
        }

        return action;
    }

    private static PlanDefinition.ActionComponent ItemAction(RoutineItem item, List<(Exercise Exercise, KneeStrength.Dosage Dosage, string Id)> activities)
    {
        string? id = null;
        foreach (var activity in activities)
        {
            if (activity.Exercise == item.Exercise && activity.Dosage == item.Dosage)
            {
                id = activity.Id;
                break;
            }
        }

        if (id is null)
        {
            id = item.Exercise.Id;
            for (int n = 2; activities.Any(a => a.Id == id); n++)
            {
                string suffix = string.Create(CultureInfo.InvariantCulture, $"-{n}");
                string stem = item.Exercise.Id;
                id = (stem.Length + suffix.Length > MaxResourceIdLength ? stem[..(MaxResourceIdLength - suffix.Length)] : stem) + suffix;
            }

            activities.Add((item.Exercise, item.Dosage, id));
        }

        return new PlanDefinition.ActionComponent
        {
            Title = item.Exercise.Name,
            TextEquivalent = item.Dosage.ToString(),
            Definition = new Canonical("#" + id),
        };
    }

    private static ActivityDefinition Activity(Exercise exercise, KneeStrength.Dosage dosage, string id)
    {
        var activity = new ActivityDefinition
        {
            Id = id,
            Status = PublicationStatus.Active,
            Title = exercise.Name,
            Kind = ActivityDefinition.RequestResourceType.ServiceRequest,
            Code = Coded(FhirCodes.ExerciseSystem, exercise.Id, exercise.Name),
        };
        if (exercise.Cues.Count > 0)
        {
            activity.Description = string.Join(" ", exercise.Cues);
        }

        foreach (var equipment in exercise.Equipment)
        {
            activity.Participant.Add(new ActivityDefinition.ParticipantComponent
            {
                Type = ActionParticipantType.Device,
                Role = Coded(FhirCodes.EquipmentSystem, equipment.Id, equipment.Name),
            });
        }

        activity.Dosage.Add(DosageOf(dosage));
        return activity;
    }

    // The dosage's text form is what reads back (Dosage.Parse); the structured fields say what FHIR can: sets as the
    // Timing's count, a hold as its duration, repetitions as the dose.
    private static FhirDosage DosageOf(KneeStrength.Dosage dosage)
    {
        var repeat = new Timing.RepeatComponent { Count = dosage.SetRange.Minimum };
        if (dosage.SetRange.Maximum != dosage.SetRange.Minimum)
        {
            repeat.CountMax = dosage.SetRange.Maximum;
        }

        if (dosage.Kind == DosageKind.Hold)
        {
            repeat.Duration = (decimal)dosage.HoldTime.TotalSeconds;
            repeat.DurationUnit = Timing.UnitsOfTime.S;
        }

        var result = new FhirDosage
        {
            Sequence = 1,
            Text = dosage.ToString(),
            Timing = new Timing { Repeat = repeat },
        };
        if (dosage.Kind == DosageKind.Repetitions)
        {
            var range = dosage.RepetitionRange;
            result.DoseAndRate.Add(new FhirDosage.DoseAndRateComponent
            {
                Dose = range.Maximum == range.Minimum
                    ? Repetitions(range.Minimum)
                    : new Hl7.Fhir.Model.Range { Low = Repetitions(range.Minimum), High = Repetitions(range.Maximum) },
            });
        }

        return result;
    }

    private static Quantity Repetitions(int count) =>
        new() { Value = count, Unit = "repetitions", System = FhirCodes.Ucum, Code = "{repetitions}" };

    internal static CodeableConcept Coded(string system, string code, string display) =>
        new() { Coding = [new Coding(system, code, display)], Text = display };

    private static string SectionCode(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => "warm-up",
        RoutineSectionKind.CoolDown => "cool-down",
        _ => "main",
    };

    private static string SectionTitle(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => "Warm-up",
        RoutineSectionKind.CoolDown => "Cool-down",
        _ => "Main",
    };

    internal static string EventCode(EnrolmentEventKind kind) => kind == EnrolmentEventKind.BackToRunning ? "back-to-running" : "back-to-treatment";

    public static TrainingProgram Read(PlanDefinition plan, ExerciseCatalog catalog)
    {
        const string root = "PlanDefinition";
        string id = Slug(plan.Id, root + ".id");
        string name = Required(plan.Title, root + ".title");
        var contained = new Dictionary<string, (ActivityDefinition Activity, int Index)>(StringComparer.Ordinal);
        for (int i = 0; i < plan.Contained.Count; i++)
        {
            string path = Index(root + ".contained", i);
            if (plan.Contained[i] is not ActivityDefinition activity)
            {
                throw new FhirReadException(path, $"is a {plan.Contained[i].TypeName}; only ActivityDefinitions are expected.", null);
            }

            if (activity.Id is null || !contained.TryAdd(activity.Id, (activity, i)))
            {
                throw new FhirReadException(path + ".id", "is missing or used twice.", null);
            }
        }

        if (plan.Action.Count == 0)
        {
            throw new FhirReadException(root + ".action", "is missing: a program has at least one phase.", null);
        }

        var items = new Dictionary<string, (Exercise, KneeStrength.Dosage)>(StringComparer.Ordinal);
        var phases = new List<ProgramPhase>(plan.Action.Count);
        for (int i = 0; i < plan.Action.Count; i++)
        {
            phases.Add(ReadPhase(plan.Action[i], Index(root + ".action", i), contained, items, catalog));
        }

        return Build(root, () => new TrainingProgram(id, name, phases));
    }

    private static ProgramPhase ReadPhase(
        PlanDefinition.ActionComponent action,
        string path,
        Dictionary<string, (ActivityDefinition Activity, int Index)> contained,
        Dictionary<string, (Exercise, KneeStrength.Dosage)> items,
        ExerciseCatalog catalog)
    {
        string phaseName = Slug(action.ElementId, path + ".id");
        var routineCode = SingleCoding(action.Code, FhirCodes.RoutineSystem, path + ".code");
        string routineId = Slug(routineCode.Code, path + ".code[0].coding[0].code");
        string routineName = Required(routineCode.Display, path + ".code[0].coding[0].display");
        if (action.Timing is not Timing timing)
        {
            throw new FhirReadException(path + ".timingTiming", "is missing: a phase has a Timing.", null);
        }

        var rule = TimingMapping.ReadRule(timing.Repeat, path + ".timingTiming");
        int? weeks = TimingMapping.ReadWeeks(timing.Repeat!, path + ".timingTiming");
        EnrolmentEventKind? ending = null;
        for (int c = 0; c < action.Condition.Count; c++)
        {
            var condition = action.Condition[c];
            string conditionPath = Index(path + ".condition", c);
            if (condition.Kind != ActionConditionKind.Stop || ending is not null)
            {
                throw new FhirReadException(conditionPath + ".kind", "must be 'stop', once: a phase may end on one event.", null);
            }

            ending = condition.Expression?.Expression_ switch
            {
                "back-to-running" => EnrolmentEventKind.BackToRunning,
                "back-to-treatment" => EnrolmentEventKind.BackToTreatment,
                var other => throw new FhirReadException(conditionPath + ".expression.expression", $"must be 'back-to-running' or 'back-to-treatment'; it was '{other}'.", null),
            };
        }

        var end = ending is EnrolmentEventKind kind ? PhaseEnd.OnEvent(kind, weeks)
            : weeks is int w ? PhaseEnd.AfterWeeks(w)
            : PhaseEnd.Open;

        if (action.Action.Count == 0)
        {
            throw new FhirReadException(path + ".action", "is missing: a phase's routine has at least one exercise.", null);
        }

        Routine routine;
        if (action.Action.All(child => child.Definition is not null))
        {
            var list = new List<RoutineItem>();
            for (int i = 0; i < action.Action.Count; i++)
            {
                list.Add(ReadItem(action.Action[i], Index(path + ".action", i), contained, items, catalog));
            }

            routine = Build(path, () => new Routine(routineId, routineName, list));
        }
        else
        {
            var sections = new List<RoutineSection>();
            for (int i = 0; i < action.Action.Count; i++)
            {
                sections.Add(ReadSection(action.Action[i], Index(path + ".action", i), contained, items, catalog));
            }

            routine = Build(path, () => new Routine(routineId, routineName, sections));
        }

        return Build(path, () => new ProgramPhase(phaseName, routine, rule, end));
    }

    private static RoutineSection ReadSection(
        PlanDefinition.ActionComponent action,
        string path,
        Dictionary<string, (ActivityDefinition Activity, int Index)> contained,
        Dictionary<string, (Exercise, KneeStrength.Dosage)> items,
        ExerciseCatalog catalog)
    {
        var kind = SingleCoding(action.Code, FhirCodes.RoutinePartSystem, path + ".code").Code switch
        {
            "warm-up" => RoutineSectionKind.WarmUp,
            "main" => RoutineSectionKind.Main,
            "cool-down" => RoutineSectionKind.CoolDown,
            var other => throw new FhirReadException(path + ".code[0].coding[0].code", $"must be a section (warm-up, main or cool-down); it was '{other}'.", null),
        };
        var blocks = new List<RoutineBlock>();
        for (int i = 0; i < action.Action.Count; i++)
        {
            var child = action.Action[i];
            string childPath = Index(path + ".action", i);
            if (child.Definition is not null)
            {
                blocks.Add(ReadItem(child, childPath, contained, items, catalog));
                continue;
            }

            string code = SingleCoding(child.Code, FhirCodes.RoutinePartSystem, childPath + ".code").Code;
            if (code != "circuit")
            {
                throw new FhirReadException(childPath + ".code[0].coding[0].code", $"must be 'circuit' (or the action must have a definitionCanonical); it was '{code}'.", null);
            }

            var circuitItems = new List<RoutineItem>();
            for (int j = 0; j < child.Action.Count; j++)
            {
                circuitItems.Add(ReadItem(child.Action[j], Index(childPath + ".action", j), contained, items, catalog));
            }

            var shape = CircuitText.Parse(child.TextEquivalent, childPath + ".textEquivalent");
            if (child.Timing is not Timing { Repeat.Count: int rounds } || rounds != shape.Rounds)
            {
                throw new FhirReadException(childPath + ".timingTiming.repeat.count", "must be the circuit's rounds, as its textEquivalent says.", null);
            }

            blocks.Add(Build(childPath, () => new Circuit(shape.Rounds, circuitItems, shape.RestAfterRound, shape.RestBetweenItems, shape.RestAfterLastRound)));
        }

        return Build(path, () => new RoutineSection(kind, blocks));
    }

    private static RoutineItem ReadItem(
        PlanDefinition.ActionComponent action,
        string path,
        Dictionary<string, (ActivityDefinition Activity, int Index)> contained,
        Dictionary<string, (Exercise, KneeStrength.Dosage)> items,
        ExerciseCatalog catalog)
    {
        if (action.Definition is not Canonical { Value: string reference } || !reference.StartsWith('#'))
        {
            throw new FhirReadException(path + ".definitionCanonical", "must point at a contained ActivityDefinition, as '#id'.", null);
        }

        string id = reference[1..];
        if (!items.TryGetValue(id, out var item))
        {
            if (!contained.TryGetValue(id, out var found))
            {
                throw new FhirReadException(path + ".definitionCanonical", $"points at '{reference}', which the PlanDefinition does not contain.", null);
            }

            item = ReadActivity(found.Activity, Index("PlanDefinition.contained", found.Index), catalog);
            items.Add(id, item);
        }

        return Build(path, () => new RoutineItem(item.Item1, item.Item2));
    }

    private static (Exercise, KneeStrength.Dosage) ReadActivity(ActivityDefinition activity, string path, ExerciseCatalog catalog)
    {
        string exerciseId = SingleCoding(activity.Code is null ? [] : [activity.Code], FhirCodes.ExerciseSystem, path + ".code").Code;
        var exercise = catalog.Find(exerciseId)
            ?? throw new FhirReadException(path + ".code.coding[0].code", $"names the exercise '{exerciseId}', which the catalog does not have.", null);
        if (activity.Dosage.Count != 1)
        {
            throw new FhirReadException(path + ".dosage", "must hold exactly one dosage.", null);
        }

        string text = Required(activity.Dosage[0].Text, path + ".dosage[0].text");
        var parsed = KneeStrength.Dosage.Parse(text, exercise);
        if (!parsed.TryGetValue(out var dosage))
        {
            throw new FhirReadException(path + ".dosage[0].text", parsed.Message!, null);
        }

        return (exercise, dosage);
    }

    internal static (string Code, string? Display) SingleCoding(List<CodeableConcept> concepts, string system, string path)
    {
        if (concepts.Count != 1 || concepts[0].Coding.Count < 1)
        {
            throw new FhirReadException(path, $"must be one CodeableConcept with a coding from {system}.", null);
        }

        foreach (var coding in concepts[0].Coding)
        {
            if (coding.System == system && coding.Code is { Length: > 0 } code)
            {
                return (code, coding.Display);
            }
        }

        throw new FhirReadException(path, $"has no coding from {system}.", null);
    }

    // An id the model checks when it is used (Build names the path of the element that holds it).
    internal static string Slug(string? value, string path) => Required(value, path);

    internal static string Required(string? value, string path) =>
        string.IsNullOrEmpty(value) ? throw new FhirReadException(path, "is missing.", null) : value;

    internal static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    // The model's own checks say what is wrong; the path says where.
    internal static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw new FhirReadException(path, e.Message, e);
        }
    }
}
