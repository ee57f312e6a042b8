using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using KneeStrength.Scheduling;
using KneeStrength.Text;

namespace KneeStrength.Serialization;

// <summary>Session plans between the model and their documents.</summary>
// <remarks>
// A plan document names its routine by id and its steps' exercises by routine item and id; reading resolves them
// against the routines the caller knows, and checks that the steps are a plan the model can hold.
// </remarks>
internal static class PlanMapping
{
    private static readonly string BudgetProblem = string.Create(
        CultureInfo.InvariantCulture,
        $"A time budget is more than 0 and at most {SessionScheduler.MaxTimeBudget.TotalSeconds} seconds, with at most 7 decimals.");

    internal static PlanDocument ToDocument(SessionPlan plan) => ToDocument(plan, KneeText.English);

    // <summary>The document with its cues and the scheduler's notes in a language's words; English writes no language member.</summary>
    internal static PlanDocument ToDocument(SessionPlan plan, KneeText words)
    {
        bool english = words.Language == "en";
        var steps = new StepJson[plan.Steps.Count];
        for (int i = 0; i < steps.Length; i++)
        {
            var step = plan.Steps[i];
            steps[i] = new StepJson
            {
                Index = i,
                Kind = step.Kind,
                Section = step.Section,
                Open = step.IsOpen ? true : null,
                StartSeconds = step.StartSeconds,
                DurationSeconds = step.DurationSeconds,
                ItemIndex = step.ItemIndex,
                // Plans come only from the scheduler, whose every step belongs to or leads into an exercise.
                ExerciseId = step.Exercise!.Id,
                Variation = step.Variation?.Id,
                Side = step.Side,
                Direction = step.Direction,
                Set = step.Set,
                Reps = step.Kind == StepKind.Work ? step.Repetitions : null,
                HoldSeconds = step.Kind == StepKind.Hold ? (int)step.HoldTime.TotalSeconds : null,
                TempoSeconds = step.Kind == StepKind.Work ? Seconds.Of(step.Tempo) : null,
                HoldEachSeconds = step.HoldEachSeconds > 0 ? step.HoldEachSeconds : null,
                Cue = english ? step.Cue : words.Cue(step),
            };
        }

        return new PlanDocument
        {
            FormatVersion = Diagnosis.FormatVersion,
            Language = english ? null : words.Language,
            Routine = plan.Routine.Id,
            TimeBudgetSeconds = plan.TimeBudget is TimeSpan budget ? Seconds.Of(budget) : null,
            TotalSeconds = plan.TotalSeconds,
            Steps = steps,
            Substitutions = ConvertAll(plan.Substitutions, s => new SubstitutionJson
            {
                ExerciseId = s.Exercise.Id,
                Variation = s.Variation.Id,
                MissingEquipment = Ids(s.MissingEquipment),
                Reason = words.Reason(s),
            }),
            Omissions = ConvertAll(plan.Omissions, o => new OmissionJson
            {
                ExerciseId = o.Exercise.Id,
                MissingEquipment = Ids(o.MissingEquipment),
                Reason = words.Reason(o),
            }),
            Adjustments = ConvertAll(plan.Adjustments, a => ToJson(a, words)),
            Doses = ConvertAll(Coaching.PlannedDose.Of(plan), d => ToJson(plan.Routine, d, words)),
        };
    }

    // An exercise in a circuit does its dosage's sets in each round: its dose is a round's, with the rounds planned.
    private static DoseJson ToJson(Routine routine, Coaching.PlannedDose dose, KneeText words)
    {
        var dosage = dose.Dosage;
        int? rounds = null;
        if (routine.CircuitOf(dose.ItemIndex) is not null)
        {
            var item = routine.Items[dose.ItemIndex].Dosage;
            rounds = dosage.Sets;
            dosage = dosage.WithSets(item.Sets, item.RestBetweenSets);
        }

        return new DoseJson
        {
            ItemIndex = dose.ItemIndex,
            ExerciseId = dose.Exercise.Id,
            Variation = dose.Variation?.Id,
            Dosage = dosage.ToString(),
            Rounds = rounds,
            Words = words.Dosage(dosage),
        };
    }

    internal static SessionPlan ToPlan(PlanDocument document, RoutineSet routines, ReadContext context)
    {
        RoutineMapping.CheckVersion(document.FormatVersion, context);
        if (document.Language is { } language && !(KneeText.TryFor(language, out var words) && words.Language == language))
        {
            throw context.Fail("language", $"Unknown language {DisplayText.Quote(language)}: the words are in one of {string.Join(", ", KneeText.Languages)}.");
        }

        var routine = routines.Find(document.Routine)
            ?? throw context.Fail("routine", $"Unknown routine {DisplayText.Quote(document.Routine)}; this read knows {routines.Describe()}.");
        TimeSpan? budget = null;
        if (document.TimeBudgetSeconds is decimal seconds)
        {
            if (!Seconds.TryToTimeSpan(seconds, out var value) || value <= TimeSpan.Zero || value > SessionScheduler.MaxTimeBudget)
            {
                throw context.Fail("timeBudgetSeconds", BudgetProblem);
            }

            budget = value;
        }

        var steps = ToSteps(context.NoNulls(document.Steps), routine, context);
        int total = steps.Length == 0 ? 0 : steps[^1].StartSeconds + steps[^1].DurationSeconds;
        if (document.TotalSeconds != total)
        {
            throw context.Fail("totalSeconds", Invariant($"The total is {document.TotalSeconds} seconds, but the steps add up to {total}."));
        }

        var path = context.Path;
        path.Push("substitutions");
        var substitutions = ConvertAll(context.NoNulls(document.Substitutions), s =>
        {
            var exercise = Exercise(routine, s.ExerciseId, "exerciseId", context);
            var variation = Variation(exercise, s.Variation, context);
            var missing = Missing(exercise, s.MissingEquipment, context);
            string reason = context.Model(() => Preconditions.CheckText(s.Reason, 300), static _ => "reason");
            return new Substitution(exercise, variation, missing, ItemOf(routine, exercise).Dosage.SettingUnusedBy(variation), reason);
        }, path);
        path.Pop();
        path.Push("omissions");
        var omissions = ConvertAll(context.NoNulls(document.Omissions), o =>
        {
            var exercise = Exercise(routine, o.ExerciseId, "exerciseId", context);
            var missing = Missing(exercise, o.MissingEquipment, context);
            return new Omission(exercise, missing, context.Model(() => Preconditions.CheckText(o.Reason, 300), static _ => "reason"));
        }, path);
        path.Pop();
        path.Push("adjustments");
        var adjustments = ConvertAll(context.NoNulls(document.Adjustments), a => ToAdjustment(a, routine, budget, context), path);
        path.Pop();
        return new SessionPlan(routine, budget, steps, substitutions, omissions, adjustments);
    }

    // <summary>An adjustment's facts, and its words in the document's language.</summary>
    private static AdjustmentJson ToJson(Adjustment a, KneeText words)
    {
        var pauses = new PauseChangeJson[a.Pauses.Count];
        for (int i = 0; i < pauses.Length; i++)
        {
            var p = a.Pauses[i];
            pauses[i] = new PauseChangeJson { Kind = p.Kind, BeforeSeconds = (int)p.Before.TotalSeconds, AfterSeconds = (int)p.After.TotalSeconds };
        }

        var circuit = new CircuitFormJson[a.CircuitExercises.Count];
        for (int i = 0; i < circuit.Length; i++)
        {
            circuit[i] = new CircuitFormJson { ExerciseId = a.CircuitExercises[i].Id, Variation = a.CircuitVariations[i]?.Id };
        }

        // Worded from the facts in every language, English too: a note read from another language's document keeps
        // that document's words as its Change and Reason, which an English document must not carry.
        return new AdjustmentJson
        {
            Kind = a.Kind,
            ExerciseId = a.Exercise?.Id,
            Variation = a.Variation?.Id,
            DosageBefore = a.DosageBefore?.ToString(),
            DosageAfter = a.DosageAfter?.ToString(),
            SetsBefore = a.SetsBefore,
            SetsAfter = a.SetsAfter,
            Percent = a.Percent,
            Pauses = pauses,
            Circuit = circuit,
            Change = words.Change(a),
            Reason = words.Reason(a),
        };
    }

    // <summary>
    // An adjustment from its facts, keeping the document's words; the facts each kind needs are checked, what does
    // not belong to a kind must be absent.
    // </summary>
    private static Adjustment ToAdjustment(AdjustmentJson a, Routine routine, TimeSpan? budget, ReadContext context)
    {
        if (budget is not TimeSpan timeBudget)
        {
            throw context.Fail("kind", "A plan with adjustments was fitted into a time budget: 'timeBudgetSeconds' gives it.");
        }

        var exercise = a.ExerciseId is null ? null : Exercise(routine, a.ExerciseId, "exerciseId", context);
        if (a.Variation is not null && exercise is null)
        {
            throw context.Fail("variation", "A variation needs the exercise it belongs to in 'exerciseId'.");
        }

        var variation = a.Variation is null ? null : Variation(exercise!, a.Variation, context);
        bool onExercise = a.Kind is AdjustmentKind.SetsDropped or AdjustmentKind.DoseScaled or AdjustmentKind.ExerciseLeftOut;
        bool dosed = a.Kind is AdjustmentKind.SetsDropped or AdjustmentKind.DoseScaled;
        bool counted = dosed || a.Kind == AdjustmentKind.RoundsDropped;
        bool percent = a.Kind is AdjustmentKind.PausesCut or AdjustmentKind.DoseScaled;
        Expect(onExercise, exercise is not null, "exerciseId", a.Kind, context);
        Expect(dosed, a.DosageBefore is not null, "dosageBefore", a.Kind, context);
        Expect(dosed, a.DosageAfter is not null, "dosageAfter", a.Kind, context);
        Expect(counted, a.SetsBefore is not null, "setsBefore", a.Kind, context);
        Expect(counted, a.SetsAfter is not null, "setsAfter", a.Kind, context);
        Expect(percent, a.Percent is not null, "percent", a.Kind, context);
        Expect(a.Kind == AdjustmentKind.PausesCut, context.NoNulls(a.Pauses).Count > 0, "pauses", a.Kind, context);
        Expect(a.Kind == AdjustmentKind.RoundsDropped, context.NoNulls(a.Circuit).Count > 0, "circuit", a.Kind, context);
        if (a.SetsBefore is < 1 || a.SetsAfter is < 1 || a.SetsAfter > a.SetsBefore)
        {
            throw context.Fail("setsAfter", "Sets (or rounds) are at least 1, and a budget keeps at most the sets there were.");
        }

        if (a.Percent is < 1 or > 100)
        {
            throw context.Fail("percent", "A percent is 1 to 100.");
        }

        var pauses = new PauseChange[a.Pauses.Count];
        for (int i = 0; i < pauses.Length; i++)
        {
            var p = a.Pauses[i];
            if (p.BeforeSeconds < 1 || p.AfterSeconds < 0 || p.AfterSeconds >= p.BeforeSeconds || p.BeforeSeconds > SessionScheduler.MaxSessionDuration.TotalSeconds)
            {
                throw context.Fail("pauses", Invariant($"Pause {i} was shortened: its afterSeconds (0 or more) is less than its beforeSeconds (up to 86400)."));
            }

            pauses[i] = new PauseChange(p.Kind, TimeSpan.FromSeconds(p.BeforeSeconds), TimeSpan.FromSeconds(p.AfterSeconds));
        }

        var circuitExercises = new Exercise[a.Circuit.Count];
        var circuitVariations = new ExerciseVariation?[circuitExercises.Length];
        for (int i = 0; i < circuitExercises.Length; i++)
        {
            circuitExercises[i] = Exercise(routine, a.Circuit[i].ExerciseId, "circuit", context);
            circuitVariations[i] = a.Circuit[i].Variation is { } id ? Variation(circuitExercises[i], id, context, "circuit") : null;
        }

        return new Adjustment(
            a.Kind,
            timeBudget,
            exercise,
            variation,
            a.DosageBefore is null ? null : ParseDosage(a.DosageBefore, "dosageBefore", context),
            a.DosageAfter is null ? null : ParseDosage(a.DosageAfter, "dosageAfter", context),
            a.SetsBefore,
            a.SetsAfter,
            a.Percent,
            pauses,
            circuitExercises,
            circuitVariations,
            context.Model(() => Preconditions.CheckText(a.Change, MaxNoteText), static _ => "change"),
            context.Model(() => Preconditions.CheckText(a.Reason, MaxNoteText), static _ => "reason"));
    }

    // A note's words in a document: long enough for a circuit of many named exercises in any language.
    private const int MaxNoteText = 1000;

    private static void Expect(bool needed, bool given, string member, AdjustmentKind kind, ReadContext context)
    {
        if (needed != given)
        {
            throw context.Fail(member, needed
                ? $"An adjustment of kind '{JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())}' gives its '{member}'."
                : $"An adjustment of kind '{JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())}' has no '{member}': it must be null or empty.");
        }
    }

    private static Dosage ParseDosage(string text, string member, ReadContext context)
    {
        var parsed = DosagePattern.Parse(text);
        return parsed.Success ? parsed.Value : throw context.Fail(member, $"Not a dosage: {parsed.Message}");
    }

    private static TimedStep[] ToSteps(IReadOnlyList<StepJson> list, Routine routine, ReadContext context)
    {
        var path = context.Path;
        path.Push("steps");
        var steps = new TimedStep[list.Count];
        int start = 0;
        for (int i = 0; i < steps.Length; i++)
        {
            path.Push(i);
            var step = list[i];
            if (step.Index != i)
            {
                throw context.Fail("index", Invariant($"Expected index {i}: steps are numbered in order from 0."));
            }

            if (step.StartSeconds != start)
            {
                throw context.Fail("startSeconds", Invariant($"Expected {start}: the first step starts at 0 and each other where the one before it ends."));
            }

            if (step.DurationSeconds <= 0 || step.DurationSeconds > int.MaxValue - start)
            {
                throw context.Fail("durationSeconds", step.DurationSeconds <= 0 ? "A step lasts at least 1 second." : "The plan is too long: its steps end after 2147483647 seconds.");
            }

            if ((uint)step.ItemIndex >= (uint)routine.Items.Count)
            {
                throw context.Fail("itemIndex", Invariant($"Routine '{routine.Id}' has items 0 to {routine.Items.Count - 1}."));
            }

            var item = routine.Items[step.ItemIndex];
            var exercise = item.Exercise;
            if (step.ExerciseId != exercise.Id)
            {
                throw context.Fail("exerciseId", Invariant($"Item {step.ItemIndex} of routine '{routine.Id}' is '{exercise.Id}', not {DisplayText.Quote(step.ExerciseId)}."));
            }

            var variation = step.Variation is null ? null : Variation(exercise, step.Variation, context, "variation");
            if (step.Side is not null && !item.Dosage.IsPerSide)
            {
                throw context.Fail("side", $"'{exercise.Id}' is done with both sides together here, so its steps have no side.");
            }

            if (step.Direction is not null && !Contains(exercise.Directions, step.Direction))
            {
                throw context.Fail("direction", exercise.Directions.Count == 0
                    ? $"'{exercise.Id}' has no directions."
                    : $"'{exercise.Id}' has no direction {DisplayText.Quote(step.Direction)}; its directions are {string.Join(", ", exercise.Directions)}.");
            }

            var section = routine.SectionAt(step.ItemIndex);
            if (step.Section != section)
            {
                throw context.Fail("section", Invariant($"Item {step.ItemIndex} of routine '{routine.Id}' is in its {SectionName(section)} section, not {SectionName(step.Section)}."));
            }

            if (routine.CircuitAt(step.ItemIndex) is { } circuit)
            {
                if (step.Set < 1 || step.Set > circuit.Rounds)
                {
                    throw context.Fail("set", Invariant($"Item {step.ItemIndex} is done in a circuit of {circuit.Rounds} round{(circuit.Rounds == 1 ? string.Empty : "s")}, so a step's set (its round) is 1 to {circuit.Rounds}."));
                }
            }
            else
            {
                int maxSets = item.Dosage.SetRange.Maximum;
                if (step.Set < 1 || step.Set > maxSets)
                {
                    throw context.Fail("set", Invariant($"Item {step.ItemIndex} {(item.Dosage.SetRange.IsRange ? "has up to" : "has")} {maxSets} set{(maxSets == 1 ? string.Empty : "s")}, so a step's set is 1 to {maxSets}."));
                }
            }

            int amount = Amount(step, item, context);
            var (tempo, holdEach) = WorkPace(step, context);
            // Open-ended, the effort and the setting are the item's: a step repeats only whether it is open.
            var dosage = item.Dosage;
            bool open = dosage.IsOpen && step.Kind is StepKind.Work or StepKind.Hold;
            if ((step.Open ?? false) != open)
            {
                throw context.Fail("open", open
                    ? Invariant($"Item {step.ItemIndex}'s dosage is open-ended ('{dosage}'), so its {(step.Kind == StepKind.Hold ? "hold" : "work")} steps say \"open\": true.")
                    : Invariant($"Only a work or hold step of an open-ended dosage is open; item {step.ItemIndex}'s is '{dosage}'."));
            }

            var form = item.StepFormFor(variation);
            int direction = step.Direction is null ? -1 : Array.IndexOf(exercise.DirectionArray, step.Direction);
            steps[i] = new TimedStep(step.Kind, start, step.DurationSeconds, step.ItemIndex, form, step.Side, direction, step.Set, amount, tempo, holdEach, section, open, dosage.EffortCode, routine.CircuitAt(step.ItemIndex) is not null);
            start += step.DurationSeconds;
            path.Pop();
        }

        path.Pop();
        return steps;
    }

    // <summary>The repetitions of a work step or the seconds of a hold step; 0 for the others, which give neither.</summary>
    private static int Amount(StepJson step, RoutineItem item, ReadContext context)
    {
        var (member, other, value, otherValue, max, kind) = step.Kind switch
        {
            StepKind.Work => ("reps", "holdSeconds", step.Reps, step.HoldSeconds, Dosage.MaxRepetitions, DosageKind.Repetitions),
            StepKind.Hold => ("holdSeconds", "reps", step.HoldSeconds, step.Reps, Dosage.MaxHoldSeconds, DosageKind.Hold),
            _ => (null, null, null, null, 0, default(DosageKind)),
        };
        if (member is null)
        {
            return step.Reps is not null ? throw context.Fail("reps", "Only work steps give reps; it must be null here.")
                : step.HoldSeconds is not null ? throw context.Fail("holdSeconds", "Only hold steps give holdSeconds; it must be null here.")
                : 0;
        }

        if (item.Dosage.Kind != kind)
        {
            throw context.Fail("kind", $"'{item.Exercise.Id}' is dosed in {(item.Dosage.Kind == DosageKind.Hold ? "holds" : "repetitions")} here, so its steps cannot be {(kind == DosageKind.Hold ? "holds" : "work")}.");
        }

        if (otherValue is not null)
        {
            throw context.Fail(other!, Invariant($"A {(kind == DosageKind.Hold ? "hold" : "work")} step gives {member}; {other} must be null."));
        }

        if (value is not int amount || amount < 1 || amount > max)
        {
            throw context.Fail(member, Invariant($"A {(kind == DosageKind.Hold ? "hold" : "work")} step gives {member} from 1 to {max}."));
        }

        return amount;
    }

    // <summary>The tempo (milliseconds) and hold on each repetition (seconds) of a work step; zeros for the others, which give neither.</summary>
    private static (int Tempo, int HoldEach) WorkPace(StepJson step, ReadContext context)
    {
        if (step.Kind != StepKind.Work)
        {
            return step.TempoSeconds is not null ? throw context.Fail("tempoSeconds", "Only work steps give tempoSeconds; it must be absent here.")
                : step.HoldEachSeconds is not null ? throw context.Fail("holdEachSeconds", "Only work steps give holdEachSeconds; it must be absent here.")
                : (0, 0);
        }

        if (step.TempoSeconds is not decimal seconds || !Seconds.TryToTimeSpan(seconds, out var tempo) ||
            tempo < KneeStrength.Exercise.MinTempo || tempo > KneeStrength.Exercise.MaxTempo || tempo.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            throw context.Fail("tempoSeconds", Invariant($"A work step gives its tempo: {KneeStrength.Exercise.MinTempo.TotalSeconds} to {KneeStrength.Exercise.MaxTempo.TotalSeconds} seconds per repetition, in whole milliseconds."));
        }

        if (step.HoldEachSeconds is int each && (each < 1 || each > Dosage.MaxHoldEachSeconds))
        {
            throw context.Fail("holdEachSeconds", Invariant($"A hold on each repetition is 1 to {Dosage.MaxHoldEachSeconds} seconds, or absent."));
        }

        return ((int)(tempo.Ticks / TimeSpan.TicksPerMillisecond), step.HoldEachSeconds ?? 0);
    }

    private static string[] Ids(IReadOnlyList<Equipment> equipment)
    {
        var ids = new string[equipment.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = equipment[i].Id;
        }

        return ids;
    }

    // The equipment a note says was not on hand: some of the exercise's (its preferred form's), each once, at least one.
    private static Equipment[] Missing(Exercise exercise, IReadOnlyList<string> ids, ReadContext context)
    {
        ids = context.NoNulls(ids);
        if (ids.Count == 0)
        {
            throw context.Fail("missingEquipment", $"A note names the equipment of '{exercise.Id}' that was not on hand: at least one of {string.Join(", ", Ids(exercise.Equipment))}.");
        }

        var missing = new Equipment[ids.Count];
        for (int i = 0; i < missing.Length; i++)
        {
            var found = Array.Find(exercise.EquipmentArray, e => e.Id == ids[i]);
            if (found is null || Array.IndexOf(missing, found, 0, i) >= 0)
            {
                throw context.Fail(
                    "missingEquipment",
                    found is null
                        ? $"'{exercise.Id}' needs {string.Join(", ", Ids(exercise.Equipment))}, not {DisplayText.Quote(ids[i])}."
                        : $"{DisplayText.Quote(ids[i])} is named twice.");
            }

            missing[i] = found;
        }

        return missing;
    }

    private static RoutineItem ItemOf(Routine routine, Exercise exercise)
    {
        foreach (var item in routine.Items)
        {
            if (item.Exercise == exercise)
            {
                return item;
            }
        }

        throw new InvalidOperationException($"Routine '{routine.Id}' has no item of '{exercise.Id}'.");
    }

    private static Exercise Exercise(Routine routine, string id, string member, ReadContext context)
    {
        foreach (var item in routine.Items)
        {
            if (item.Exercise.Id == id)
            {
                return item.Exercise;
            }
        }

        throw context.Fail(member, $"Routine '{routine.Id}' has no exercise {DisplayText.Quote(id)}.");
    }

    private static ExerciseVariation Variation(Exercise exercise, string id, ReadContext context, string member = "variation") =>
        exercise.FindVariation(id) ?? throw context.Fail(member, exercise.Variations.Count == 0
            ? $"'{exercise.Id}' has no variations."
            : $"'{exercise.Id}' has no variation {DisplayText.Quote(id)}; its variations are {string.Join(", ", exercise.Variations)}.");

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (string candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }

    private static TOut[] ConvertAll<TIn, TOut>(IReadOnlyList<TIn> values, Func<TIn, TOut> convert)
    {
        var result = new TOut[values.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = convert(values[i]);
        }

        return result;
    }

    private static TOut[] ConvertAll<TIn, TOut>(IReadOnlyList<TIn> values, Func<TIn, TOut> convert, JsonPath path)
    {
        var result = new TOut[values.Count];
        for (int i = 0; i < result.Length; i++)
        {
            path.Push(i);
            result[i] = convert(values[i]);
            path.Pop();
        }

        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string SectionName(RoutineSectionKind kind) => kind switch
    {
        RoutineSectionKind.WarmUp => "'warmUp'",
        RoutineSectionKind.CoolDown => "'coolDown'",
        _ => "'main'",
    };
}

// <summary>The routines a read may resolve routine ids against, by id.</summary>
internal sealed class RoutineSet
{
    private readonly Dictionary<string, Routine> _byId = new(StringComparer.Ordinal);

    internal RoutineSet(IEnumerable<Routine> routines, string paramName)
    {
        foreach (var routine in Preconditions.CopyNoNulls(routines, paramName))
        {
            if (!_byId.TryAdd(routine.Id, routine) && _byId[routine.Id] != routine)
            {
                throw new ArgumentException($"Two different routines have the id '{routine.Id}'.", paramName);
            }
        }
    }

    internal static RoutineSet BuiltIn { get; } = new([Catalog.RunnersKnee.Routine], "routines");

    internal Routine? Find(string id) => _byId.GetValueOrDefault(id);

    internal string Describe() => _byId.Count == 0 ? "no routines" : string.Join(", ", _byId.Keys);
}
