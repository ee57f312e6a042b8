using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using KneeStrength.Text;

namespace KneeStrength.Serialization;

// <summary>Routines, catalogs, exercises, equipment and dosages between the model and their documents.</summary>
internal static class RoutineMapping
{
    private static readonly string TempoProblem = string.Create(
        CultureInfo.InvariantCulture,
        $"A tempo is {Exercise.MinTempo.TotalSeconds} to {Exercise.MaxTempo.TotalSeconds} seconds per repetition, in whole milliseconds.");

    // ---- Model to document ----

    internal static RoutineDocument ToDocument(Routine routine, ExerciseCatalog catalog)
    {
        var definitions = new Definitions(catalog, nameof(routine));
        var (items, sections) = definitions.Body(routine);
        return new RoutineDocument
        {
            FormatVersion = Diagnosis.FormatVersion,
            Id = routine.Id,
            Name = routine.Name,
            Equipment = definitions.Equipment(),
            Exercises = definitions.Exercises(),
            Items = items,
            Sections = sections,
        };
    }

    internal static CatalogDocument ToDocument(ExerciseCatalog catalog)
    {
        var exercises = catalog.Exercises;
        return new CatalogDocument
        {
            FormatVersion = Diagnosis.FormatVersion,
            Equipment = NullIfEmpty(CustomEquipment(exercises, nameof(catalog))),
            Exercises = exercises.Select(ToJson).ToArray(),
        };
    }

    internal static ExerciseJson ToJson(Exercise exercise) => new()
    {
        Id = exercise.Id,
        Name = exercise.Name,
        Category = exercise.Category,
        Position = exercise.Position,
        PerSide = exercise.IsPerSide,
        TempoSeconds = exercise.Tempo is TimeSpan tempo ? Seconds.Of(tempo) : null,
        Cues = exercise.Cues,
        Equipment = NullIfEmpty(Ids(exercise.Equipment)),
        Directions = NullIfEmpty(exercise.Directions),
        Variations = NullIfEmpty(exercise.Variations.Select(v => new VariationJson
        {
            Id = v.Id,
            Name = v.Name,
            Reason = v.Reason,
            Equipment = NullIfEmpty(Ids(v.Equipment)),
            Position = v.Position,
            Cues = NullIfEmpty(v.Cues),
        }).ToArray()),
        Media = NullIfEmpty(exercise.Media.Select(m => new MediaJson
        {
            Uri = m.Uri.OriginalString,
            MediaType = m.MediaType,
            AlternativeText = m.AlternativeText,
            Licence = m.Licence,
        }).ToArray()),
    };

    internal static DosageJson ToJson(Dosage dosage) => new()
    {
        Kind = dosage.Kind,
        Reps = dosage.Kind == DosageKind.Repetitions ? dosage.RepetitionCount : null,
        RepsMax = dosage.RepetitionRange.IsRange ? dosage.RepetitionRange.Maximum : null,
        HoldEachSeconds = dosage.HoldEachSeconds > 0 ? dosage.HoldEachSeconds : null,
        HoldSeconds = dosage.Kind == DosageKind.Hold ? (int)dosage.HoldTime.TotalSeconds : null,
        PerSide = dosage.IsPerSide,
        Directions = dosage.Directions,
        Sets = dosage.Sets,
        SetsMax = dosage.SetRange.IsRange ? dosage.SetRange.Maximum : null,
        RestSeconds = dosage.RestBetweenSets is TimeSpan rest ? (int)rest.TotalSeconds : null,
        Open = dosage.IsOpen ? true : null,
        Rpe = dosage.Effort is { Scale: EffortScale.Rpe } rpe ? rpe.Value : null,
        RepsInReserve = dosage.Effort is { Scale: EffortScale.RepsInReserve } rir ? rir.Value : null,
        BandResistance = dosage.Setting?.Resistance,
        BandColour = dosage.Setting?.Colour,
        StepHeightCentimetres = dosage.Setting is { Kind: EquipmentSettingKind.StepHeight } step ? step.StepHeightCentimetres : null,
    };

    // <summary>The equipment the exercises use that is not the well-known piece of its id, in order of first use.</summary>
    internal static List<EquipmentJson> CustomEquipment(IEnumerable<Exercise> exercises, string paramName)
    {
        var custom = new List<EquipmentJson>();
        var seen = new Dictionary<string, Equipment>(StringComparer.Ordinal);
        foreach (var exercise in exercises)
        {
            foreach (var equipment in exercise.Equipment.Concat(exercise.Variations.SelectMany(v => v.Equipment)))
            {
                if (seen.TryAdd(equipment.Id, equipment))
                {
                    if (Equipment.FindWellKnown(equipment.Id) != equipment)
                    {
                        custom.Add(new EquipmentJson { Id = equipment.Id, Name = equipment.Name });
                    }
                }
                else if (seen[equipment.Id] != equipment)
                {
                    throw new ArgumentException(
                        $"Two different pieces of equipment have the id '{equipment.Id}'; a document names equipment by id, so it cannot hold both.",
                        paramName);
                }
            }
        }

        return custom;
    }

    private static string[] Ids(IReadOnlyList<Equipment> equipment) => equipment.Select(e => e.Id).ToArray();

    internal static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> values) => values.Count == 0 ? null : values;

    // ---- Document to model ----

    internal static Routine ToRoutine(RoutineDocument document, ExerciseCatalog catalog, ReadContext context)
    {
        CheckVersion(document.FormatVersion, context);
        var inline = ReadDefinitions(document.Equipment, document.Exercises, context);
        return ToRoutine(document.Id, document.Name, document.Items, document.Sections, inline, catalog, context);
    }

    // <summary>The exercises a document defines, by id, with the custom equipment they use.</summary>
    internal static Dictionary<string, Exercise> ReadDefinitions(IReadOnlyList<EquipmentJson>? equipment, IReadOnlyList<ExerciseJson>? exercises, ReadContext context) =>
        ReadExercises(exercises, ReadEquipment(equipment, context), context).ById;

    // <summary>
    // A routine of items or of sections, whose items name exercises defined in the document or else in the catalog;
    // the path is at the routine.
    // </summary>
    internal static Routine ToRoutine(
        string id,
        string name,
        IReadOnlyList<RoutineItemJson>? list,
        IReadOnlyList<SectionJson>? sections,
        Dictionary<string, Exercise> inline,
        ExerciseCatalog catalog,
        ReadContext context)
    {
        if ((list is null) == (sections is null))
        {
            throw list is null
                ? context.Fail("items", "A routine has 'items' (a plain list) or 'sections' (warm-up, main, cool-down); there was neither.")
                : context.Fail("sections", "A routine has 'items' or 'sections', not both: put the items in a main section.");
        }

        var path = context.Path;
        if (list is not null)
        {
            path.Push("items");
            var routineItems = ToItems(context.NoNulls(list), inline, catalog, context);
            path.Pop();
            return context.Model(() => new Routine(id, name, routineItems), static p => p);
        }

        path.Push("sections");
        var sectionList = context.NoNulls(sections!);
        var routineSections = new RoutineSection[sectionList.Count];
        for (int s = 0; s < sectionList.Count; s++)
        {
            path.Push(s);
            var section = sectionList[s];
            path.Push("items");
            var blocks = context.NoNulls(section.Items);
            var routineBlocks = new RoutineBlock[blocks.Count];
            for (int b = 0; b < blocks.Count; b++)
            {
                path.Push(b);
                routineBlocks[b] = ToBlock(blocks[b], inline, catalog, context);
                path.Pop();
            }

            path.Pop();
            routineSections[s] = context.Model(() => new RoutineSection(section.Kind, routineBlocks), static p => p == "blocks" ? "items" : p);
            path.Pop();
        }

        path.Pop();
        return context.Model(() => new Routine(id, name, routineSections), static p => p);
    }

    private static RoutineItem[] ToItems(IReadOnlyList<RoutineItemJson> items, Dictionary<string, Exercise> inline, ExerciseCatalog catalog, ReadContext context)
    {
        var routineItems = new RoutineItem[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            context.Path.Push(i);
            routineItems[i] = ToItem(items[i].ExerciseId, items[i].Dosage, inline, catalog, context);
            context.Path.Pop();
        }

        return routineItems;
    }

    private static RoutineItem ToItem(string exerciseId, DosageJson dosageJson, Dictionary<string, Exercise> inline, ExerciseCatalog catalog, ReadContext context)
    {
        var exercise = inline.GetValueOrDefault(exerciseId) ?? catalog.Find(exerciseId)
            ?? throw context.Fail("exerciseId", $"Unknown exercise {DisplayText.Quote(exerciseId)}: it is neither defined in the document's exercises nor in the catalog.");
        context.Path.Push("dosage");
        var dosage = ToDosage(dosageJson, exercise, context);
        context.Path.Pop();
        return context.Model(() => new RoutineItem(exercise, dosage), static p => p);
    }

    // <summary>An entry of a section: an item, or a circuit of items; the path is at the entry.</summary>
    private static RoutineBlock ToBlock(BlockJson block, Dictionary<string, Exercise> inline, ExerciseCatalog catalog, ReadContext context)
    {
        if (block.Circuit is not { } circuit)
        {
            return block.ExerciseId is null ? throw context.Fail("exerciseId", "An entry is an item ('exerciseId' and 'dosage') or a 'circuit'; 'exerciseId' is missing.")
                : block.Dosage is null ? throw context.Fail("dosage", "An item needs its 'dosage'.")
                : ToItem(block.ExerciseId, block.Dosage, inline, catalog, context);
        }

        if (block.ExerciseId is not null || block.Dosage is not null)
        {
            throw context.Fail(block.ExerciseId is not null ? "exerciseId" : "dosage", "An entry is an item or a circuit, not both: a circuit's exercises go in its 'items'.");
        }

        var path = context.Path;
        path.Push("circuit");
        path.Push("items");
        var items = ToItems(context.NoNulls(circuit.Items), inline, catalog, context);
        path.Pop();
        var made = context.Model(
            () => new Circuit(
                circuit.Rounds,
                items,
                circuit.RestAfterRoundSeconds is int rest ? TimeSpan.FromSeconds(rest) : null,
                circuit.RestBetweenItemsSeconds is int between ? TimeSpan.FromSeconds(between) : null,
                circuit.RestAfterLastRound ?? false),
            static p => p switch
            {
                "restAfterRound" => "restAfterRoundSeconds",
                "restBetweenItems" => "restBetweenItemsSeconds",
                _ => p,
            });
        path.Pop();
        return made;
    }

    internal static ExerciseCatalog ToCatalog(CatalogDocument document, ReadContext context)
    {
        CheckVersion(document.FormatVersion, context);
        var equipment = ReadEquipment(document.Equipment, context);
        var (exercises, _) = ReadExercises(document.Exercises, equipment, context);
        return new ExerciseCatalog(exercises);
    }

    internal static void CheckVersion(int version, ReadContext context)
    {
        if (version != Diagnosis.FormatVersion)
        {
            throw context.Fail("formatVersion", Diagnosis.VersionProblem(version));
        }
    }

    // <summary>The equipment a document defines, by id.</summary>
    private static Dictionary<string, Equipment> ReadEquipment(IReadOnlyList<EquipmentJson>? list, ReadContext context)
    {
        var byId = new Dictionary<string, Equipment>(StringComparer.Ordinal);
        if (list is null)
        {
            return byId;
        }

        var path = context.Path;
        path.Push("equipment");
        context.NoNulls(list);
        for (int i = 0; i < list.Count; i++)
        {
            path.Push(i);
            var json = list[i];
            var equipment = context.Model(() => new Equipment(json.Id, json.Name), static p => p);
            if (!byId.TryAdd(equipment.Id, equipment))
            {
                throw context.Fail("id", $"Equipment '{equipment.Id}' is defined twice.");
            }

            path.Pop();
        }

        path.Pop();
        return byId;
    }

    // <summary>The exercises a document defines, in document order and by id.</summary>
    private static (List<Exercise> List, Dictionary<string, Exercise> ById) ReadExercises(IReadOnlyList<ExerciseJson>? list, Dictionary<string, Equipment> equipment, ReadContext context)
    {
        var exercises = new List<Exercise>();
        var byId = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        if (list is null)
        {
            return (exercises, byId);
        }

        var path = context.Path;
        path.Push("exercises");
        context.NoNulls(list);
        for (int i = 0; i < list.Count; i++)
        {
            path.Push(i);
            var exercise = ToExercise(list[i], equipment, context);
            if (!byId.TryAdd(exercise.Id, exercise))
            {
                throw context.Fail("id", $"Exercise '{exercise.Id}' is defined twice.");
            }

            exercises.Add(exercise);
            path.Pop();
        }

        path.Pop();
        return (exercises, byId);
    }

    private static Exercise ToExercise(ExerciseJson json, Dictionary<string, Equipment> known, ReadContext context)
    {
        TimeSpan? tempo = null;
        if (json.TempoSeconds is decimal seconds)
        {
            tempo = Seconds.TryToTimeSpan(seconds, out var value) ? value : throw context.Fail("tempoSeconds", TempoProblem);
        }

        var cues = context.NoNullsOrEmpty(json.Cues);
        var equipment = ResolveEquipment(json.Equipment, known, context);
        var directions = context.NoNullsOrEmpty(json.Directions);
        var variations = new List<ExerciseVariation>();
        if (json.Variations is { } list)
        {
            var path = context.Path;
            path.Push("variations");
            context.NoNulls(list);
            for (int i = 0; i < list.Count; i++)
            {
                path.Push(i);
                var v = list[i];
                var variationEquipment = ResolveEquipment(v.Equipment, known, context);
                var variationCues = context.NoNullsOrEmpty(v.Cues);
                variations.Add(context.Model(
                    () => new ExerciseVariation(v.Id, v.Name, variationEquipment, v.Reason, v.Position, variationCues),
                    static p => p));
                path.Pop();
            }

            path.Pop();
        }

        var media = ToMedia(json.Media, context);
        return context.Model(
            () => new Exercise(json.Id, json.Name, json.Category, json.Position, json.PerSide, tempo, cues, equipment, variations, directions, media),
            static p => p switch
            {
                "isPerSide" => "perSide",
                "tempo" => "tempoSeconds",
                _ => p,
            });
    }

    private static List<ExerciseMedia> ToMedia(IReadOnlyList<MediaJson>? list, ReadContext context)
    {
        var media = new List<ExerciseMedia>();
        if (list is null)
        {
            return media;
        }

        var path = context.Path;
        path.Push("media");
        context.NoNulls(list);
        for (int i = 0; i < list.Count; i++)
        {
            path.Push(i);
            var m = list[i];
            if (!System.Uri.TryCreate(m.Uri, UriKind.RelativeOrAbsolute, out var uri))
            {
                throw context.Fail("uri", "Expected an absolute or relative URI.");
            }

            media.Add(context.Model(() => new ExerciseMedia(uri, m.MediaType, m.AlternativeText, m.Licence), static p => p));
            path.Pop();
        }

        path.Pop();
        return media;
    }

    private static List<Equipment> ResolveEquipment(IReadOnlyList<string>? ids, Dictionary<string, Equipment> known, ReadContext context)
    {
        var equipment = new List<Equipment>();
        if (ids is null)
        {
            return equipment;
        }

        var path = context.Path;
        path.Push("equipment");
        context.NoNulls(ids);
        for (int i = 0; i < ids.Count; i++)
        {
            string id = ids[i];
            var piece = known.GetValueOrDefault(id) ?? Equipment.FindWellKnown(id);
            if (piece is null)
            {
                path.Push(i);
                throw context.Fail($"Unknown equipment {DisplayText.Quote(id)}: define it in the document's equipment, or use one of {string.Join(", ", Equipment.WellKnown.Select(e => e.Id))}.");
            }

            equipment.Add(piece);
        }

        path.Pop();
        return equipment;
    }

    private static Dosage ToDosage(DosageJson json, Exercise exercise, ReadContext context)
    {
        bool hold = json.Kind == DosageKind.Hold;
        if (hold ? json.Reps is not null : json.HoldSeconds is not null)
        {
            throw hold
                ? context.Fail("reps", "A hold dosage gives 'holdSeconds', not 'reps'.")
                : context.Fail("holdSeconds", "A repetitions dosage gives 'reps', not 'holdSeconds'.");
        }

        int amount = (hold ? json.HoldSeconds : json.Reps)
            ?? throw context.Fail(hold ? "A hold dosage needs 'holdSeconds'." : "A repetitions dosage needs 'reps'.");
        var laterality = (json.PerSide ?? exercise.IsPerSide) ? Laterality.PerSide : Laterality.Bilateral;
        int directions = json.Directions ?? Math.Max(1, exercise.Directions.Count);
        int sets = json.Sets ?? 1;
        TimeSpan? rest = json.RestSeconds is int seconds ? TimeSpan.FromSeconds(seconds) : null;
        if (hold && json.RepsMax is not null)
        {
            throw context.Fail("repsMax", "A hold dosage has no range of repetitions; 'repsMax' goes with 'reps'.");
        }

        if (hold && json.HoldEachSeconds is not null)
        {
            throw context.Fail("holdEachSeconds", "A hold dosage has no repetitions to hold; 'holdEachSeconds' goes with 'reps'.");
        }

        if (json.RepsMax is int repsMax && (repsMax < amount || repsMax > Dosage.MaxRepetitions))
        {
            throw context.Fail("repsMax", string.Create(CultureInfo.InvariantCulture, $"The top of the range of repetitions is 'reps' ({amount}) to {Dosage.MaxRepetitions}; it was {repsMax}."));
        }

        if (json.SetsMax is int setsMax && (setsMax < sets || setsMax > Dosage.MaxSets))
        {
            throw context.Fail("setsMax", string.Create(CultureInfo.InvariantCulture, $"The top of the range of sets is 'sets' ({sets}) to {Dosage.MaxSets}; it was {setsMax}."));
        }

        if (json.HoldEachSeconds is int each && (each < 1 || each > Dosage.MaxHoldEachSeconds))
        {
            throw context.Fail("holdEachSeconds", string.Create(CultureInfo.InvariantCulture, $"A hold on each repetition is 1 to {Dosage.MaxHoldEachSeconds} seconds; it was {each}."));
        }

        var (effort, setting) = ReadExtras(json, hold, context);
        return context.Model(
            () =>
            {
                int topSets = json.SetsMax ?? sets;
                var dosage = hold
                    ? Dosage.Hold(TimeSpan.FromSeconds(amount), laterality, directions, sets, topSets > sets ? null : rest)
                    : Dosage.Repetitions(amount, laterality, directions, sets, topSets > sets ? null : rest);
                if (json.RepsMax is int max)
                {
                    dosage = dosage.WithRepetitionRange(amount, max);
                }

                if (json.HoldEachSeconds is int holdEach)
                {
                    dosage = dosage.WithHoldEachRepetition(TimeSpan.FromSeconds(holdEach));
                }

                dosage = topSets > sets ? dosage.WithSetRange(sets, topSets, rest) : dosage;
                return dosage.WithOpen(json.Open ?? false).WithEffort(effort).WithSetting(setting);
            },
            static p => p switch
            {
                "count" => "reps",
                "duration" => "holdSeconds",
                "laterality" => "perSide",
                "restBetweenSets" => "restSeconds",
                _ => p,
            });
    }

    // <summary>The target effort and the equipment setting of a dosage, each checked at its member.</summary>
    private static (Effort? Effort, EquipmentSetting? Setting) ReadExtras(DosageJson json, bool hold, ReadContext context)
    {
        Effort? effort = null;
        if (json.Rpe is int rpe)
        {
            if (json.RepsInReserve is not null)
            {
                throw context.Fail("repsInReserve", "A dosage has one target effort: 'rpe' or 'repsInReserve', not both.");
            }

            effort = rpe is >= 0 and <= Effort.MaxValue
                ? Effort.Rpe(rpe)
                : throw context.Fail("rpe", string.Create(CultureInfo.InvariantCulture, $"An RPE is 0 to {Effort.MaxValue}; it was {rpe}."));
        }
        else if (json.RepsInReserve is int rir)
        {
            effort = hold ? throw context.Fail("repsInReserve", "A hold dosage has no repetitions to keep in reserve; give it an 'rpe'.")
                : rir is >= 0 and <= Effort.MaxValue ? Effort.RepsInReserve(rir)
                : throw context.Fail("repsInReserve", string.Create(CultureInfo.InvariantCulture, $"Reps in reserve are 0 to {Effort.MaxValue}; it was {rir}."));
        }

        bool band = json.BandResistance is not null || json.BandColour is not null;
        if (json.StepHeightCentimetres is int cm)
        {
            if (band)
            {
                throw context.Fail("stepHeightCentimetres", "A dosage has one equipment setting: a band's ('bandResistance', 'bandColour') or a step's height, not both.");
            }

            return cm is >= EquipmentSetting.MinStepHeightCentimetres and <= EquipmentSetting.MaxStepHeightCentimetres
                ? (effort, EquipmentSetting.StepHeight(cm))
                : throw context.Fail("stepHeightCentimetres", string.Create(CultureInfo.InvariantCulture, $"A step is {EquipmentSetting.MinStepHeightCentimetres} to {EquipmentSetting.MaxStepHeightCentimetres} cm high; it was {cm}."));
        }

        if (json.BandColour is string colour && !EquipmentSetting.BandColours.Contains(colour))
        {
            throw context.Fail("bandColour", $"Unknown band colour {DisplayText.Quote(colour)}; the colours are {string.Join(", ", EquipmentSetting.BandColours)}.");
        }

        return (effort, band ? EquipmentSetting.Band(json.BandResistance, json.BandColour) : null);
    }

    // <summary>
    // What a document must define for the routines it holds: exercises not equal to the catalog's, and equipment not
    // well-known. An id names one exercise across the document, so two different exercises with one id cannot be written.
    // </summary>
    internal sealed class Definitions(ExerciseCatalog catalog, string paramName)
    {
        private readonly List<Exercise> _inline = [];
        private readonly Dictionary<string, Exercise> _used = new(StringComparer.Ordinal);

        // <summary>A plain list as <c>items</c>, as before sections were; anything else as <c>sections</c>.</summary>
        internal (RoutineItemJson[]? Items, SectionJson[]? Sections) Body(Routine routine)
        {
            if (routine.IsPlainList)
            {
                return (Items(routine.Items), null);
            }

            var sections = new SectionJson[routine.Sections.Count];
            for (int s = 0; s < sections.Length; s++)
            {
                var blocks = routine.Sections[s].Blocks;
                var json = new BlockJson[blocks.Count];
                for (int b = 0; b < json.Length; b++)
                {
                    json[b] = blocks[b] switch
                    {
                        RoutineItem item => new BlockJson { ExerciseId = Use(item.Exercise), Dosage = ToJson(item.Dosage) },
                        Circuit circuit => new BlockJson
                        {
                            Circuit = new CircuitJson
                            {
                                Rounds = circuit.Rounds,
                                RestAfterRoundSeconds = circuit.RestAfterRound is TimeSpan rest ? (int)rest.TotalSeconds : null,
                                RestBetweenItemsSeconds = circuit.RestBetweenItems is TimeSpan between ? (int)between.TotalSeconds : null,
                                RestAfterLastRound = circuit.RestAfterLastRound ? true : null,
                                Items = Items(circuit.Items),
                            },
                        },
                        _ => throw new UnreachableException("A routine block is an item or a circuit."),
                    };
                }

                sections[s] = new SectionJson { Kind = routine.Sections[s].Kind, Items = json };
            }

            return (null, sections);
        }

        private RoutineItemJson[] Items(IReadOnlyList<RoutineItem> list)
        {
            var items = new RoutineItemJson[list.Count];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = new RoutineItemJson { ExerciseId = Use(list[i].Exercise), Dosage = ToJson(list[i].Dosage) };
            }

            return items;
        }

        // <summary>Notes an exercise the document names, defining it when the catalog's differs; returns its id.</summary>
        private string Use(Exercise exercise)
        {
            if (_used.TryAdd(exercise.Id, exercise))
            {
                if (catalog.Find(exercise.Id) != exercise)
                {
                    _inline.Add(exercise);
                }
            }
            else if (_used[exercise.Id] != exercise)
            {
                throw new ArgumentException(
                    $"The {paramName} uses two different exercises with the id '{exercise.Id}'; a document names exercises by id, so it cannot hold both.",
                    paramName);
            }

            return exercise.Id;
        }

        internal IReadOnlyList<EquipmentJson>? Equipment() => NullIfEmpty(CustomEquipment(_inline, paramName));

        internal IReadOnlyList<ExerciseJson>? Exercises() => NullIfEmpty(_inline.ConvertAll(ToJson));
    }
}
