using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.Text.Unicode;
using KneeStrength.Scheduling;

namespace KneeStrength.Export.Fit;

/// <summary>
/// Writes a <see cref="SessionPlan"/> as a FIT workout file (Garmin's Flexible and Interoperable Data Transfer
/// protocol 1.0, profile 21.217) that a watch can guide: a clean-room encoder written from the format's published
/// description.
/// </summary>
/// <remarks>
/// <para>The file holds, in order: file_id (type workout, manufacturer 255 "development", the product from the
/// options, and the serial number and creation time the caller passes, so two files of one device differ); workout
/// (the name, sport training, sub-sport strength training, the number of steps); one workout_step per plan step; and
/// one exercise_title per FIT exercise used, naming it as the plan does.</para>
/// <para>Steps: work is a repetitions step, a hold a time step (milliseconds), both with the FIT exercise from
/// <see cref="FitWorkoutOptions.Exercises"/> and the intensity of their section: active in the main section, warmup in
/// the warm-up, cooldown in the cool-down. A work or hold step of an open-ended dosage (<see cref="TimedStep.IsOpen"/>:
/// as many or as long as the person can) is an open step, ended with the lap button, whose notes say what is expected
/// (<c>As many slow reps as you can, about 12.</c>). A plain activity (<see cref="ExerciseCategory.Activity"/>, such as
/// easy cycling) is a time step like any hold, with no FIT exercise unless the map names one: the profile's categories
/// (run, bike, cardio drills, warm-up drills) each say what the activity is, which the model does not know. Every other
/// step (get ready, set up, switch side, change direction, rest, transition) is a rest-intensity time step in every
/// section, so that watches time pauses as rests wherever they come, or an open (lap button) step when
/// <see cref="FitWorkoutOptions.RestSteps"/> says so.</para>
/// <para>Notes: each step carries a short name (15 bytes of UTF-8, what watches show) and the plan's cue as its notes
/// (up to 199 bytes), except that a rest says what follows without a set number, which a repeat could not keep true.
/// A work or hold step's cue says the side and direction, the amount and the target effort (<c>Aim for RPE 7 of
/// 10.</c>); its equipment setting follows (<c>Medium (red) band.</c>), last because the set-up step has already said
/// it, so that a cut at the limit takes it first. Both go into the notes because workout_step has no field for them:
/// its targets are speed, heart rate, cadence, power and the like (the resistance target is a trainer's, not a band's),
/// its equipment field names swimming aids, its weight is a load in kilograms, and the profile's only RPE is a session's
/// field for the effort felt afterwards. An exercise's pictures and videos (<see cref="Exercise.Media"/>) are left
/// out, because a watch shows the notes as plain text and cannot open a link, whose URI would take the room the cue
/// needs. Strings are cut between characters, never inside one.</para>
/// <para>Repeats: a repeat step (repeat_until_steps_cmplt) names the first step of its block and how many times the
/// block is done in all, the first time included. An exercise with three or more identical sets is written as one set
/// and its rest inside a repeat, then the last set. A circuit is written as one repeat over its rounds: the first round
/// and the rest after it, repeated for every round but the last, then the last round's steps without its rest (FIT
/// cannot skip a step in the last repeat), or repeated for every round when the last round has its rest too. When a
/// later round starts with a set-up that the first does not have, the first round is written out, then the rest and
/// the next round repeated for the other rounds. Per-side and per-direction steps stay inside the round as they are.
/// A repeat is only written where it is done at least twice and the file is no longer for it. Expanding the repeats
/// gives the plan's steps exactly.</para>
/// <para>Records are little-endian; the header and the file each end in the CRC-16 the format defines. Equal inputs
/// give identical bytes. This type is immutable and thread-safe; it reads no clock.</para>
/// </remarks>
public sealed class FitWorkoutWriter
{
    /// <summary>The most workout steps a file can hold (message_index is a 16-bit number and 65535 is invalid).</summary>
    public const int MaxSteps = 65_534;

    private const ushort ProfileVersion = 21_217;
    private const int HeaderSize = 14;
    private const int StepNameBytes = 16;
    private const int NotesBytes = 200;
    private const int WorkoutNameBytes = 32;
    private const int TitleBytes = 200;

    // Global message numbers and the local numbers this writer gives them.
    private const ushort FileIdMessage = 0, WorkoutMessage = 26, WorkoutStepMessage = 27, ExerciseTitleMessage = 264;
    private const byte FileIdLocal = 0, WorkoutLocal = 1, StepLocal = 2, TitleLocal = 3;

    // Base types.
    private const byte Enum = 0x00, String = 0x07, UInt16 = 0x84, UInt32 = 0x86, UInt32Z = 0x8C;

    // Profile values.
    private const byte DurationTime = 0, DurationOpen = 5, DurationRepeat = 6, DurationReps = 29;
    private const byte TargetOpen = 2, IntensityActive = 0, IntensityRest = 1, IntensityWarmUp = 2, IntensityCoolDown = 3, InvalidEnum = 0xFF;
    private const ushort InvalidUInt16 = 0xFFFF;
    private const uint InvalidUInt32 = 0xFFFF_FFFF;

    // <summary>The FIT epoch: time_created counts seconds from 1989-12-31T00:00:00Z.</summary>
    private static readonly DateTimeOffset FitEpoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private static readonly ushort[] CrcTable = BuildCrcTable();

    private readonly FitRestSteps _restSteps;
    private readonly FitExerciseMap _exercises;
    private readonly string? _workoutName;
    private readonly ushort _product;

    /// <summary>Creates a writer; the options are checked and copied.</summary>
    /// <param name="options">How to write; the defaults when null.</param>
    /// <exception cref="ArgumentException"><see cref="FitWorkoutOptions.RestSteps"/> is not a defined value; the message names the option.</exception>
    public FitWorkoutWriter(FitWorkoutOptions? options = null)
    {
        options ??= new FitWorkoutOptions();
        if (!System.Enum.IsDefined(options.RestSteps))
        {
            throw new ArgumentException($"RestSteps is {(int)options.RestSteps}, which is not a FitRestSteps value.", "options.RestSteps");
        }

        _restSteps = options.RestSteps;
        _exercises = options.Exercises ?? FitExerciseMap.Empty;
        _workoutName = options.WorkoutName;
        _product = options.Product;
    }

    /// <summary>Writes a plan as a FIT workout file and returns its bytes.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="serialNumber">The file_id's serial number: not 0 (FIT's invalid value); with the creation time it tells files apart.</param>
    /// <param name="timeCreated">The file_id's creation time, in whole seconds from 1989-12-31T00:00:00Z to 2126-02-06.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="serialNumber"/> is 0, <paramref name="timeCreated"/> is outside FIT's range, or the plan has more
    /// than <see cref="MaxSteps"/> steps.
    /// </exception>
    public byte[] Write(SessionPlan plan, uint serialNumber, DateTimeOffset timeCreated)
    {
        using var buffer = Render(plan, serialNumber, timeCreated);
        return buffer.ToArray();
    }

    /// <summary>Writes a plan as a FIT workout file to a stream, at its current position.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="serialNumber">The file_id's serial number: not 0 (FIT's invalid value).</param>
    /// <param name="timeCreated">The file_id's creation time, from 1989-12-31T00:00:00Z to 2126-02-06.</param>
    /// <param name="destination">The stream; it is written in one call once the whole file is made, and not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Write(SessionPlan, uint, DateTimeOffset)"/>.</exception>
    public void Write(SessionPlan plan, uint serialNumber, DateTimeOffset timeCreated, Stream destination)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = Render(plan, serialNumber, timeCreated);
        buffer.CopyTo(destination);
    }

    /// <summary>Writes a plan as a FIT workout file to a buffer writer.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="serialNumber">The file_id's serial number: not 0 (FIT's invalid value).</param>
    /// <param name="timeCreated">The file_id's creation time, from 1989-12-31T00:00:00Z to 2126-02-06.</param>
    /// <param name="destination">The buffer writer; it is advanced once, by the file's length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Write(SessionPlan, uint, DateTimeOffset)"/>.</exception>
    public void Write(SessionPlan plan, uint serialNumber, DateTimeOffset timeCreated, IBufferWriter<byte> destination)
    {
        Preconditions.CheckNotNull(destination);
        using var buffer = Render(plan, serialNumber, timeCreated);
        buffer.CopyTo(destination);
    }

    // <summary>Computes the FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial 0) of some bytes.</summary>
    internal static ushort Crc(ReadOnlySpan<byte> bytes, ushort crc = 0)
    {
        foreach (byte b in bytes)
        {
            crc = (ushort)((crc >> 8) ^ CrcTable[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] BuildCrcTable()
    {
        var table = new ushort[256];
        for (int i = 0; i < 256; i++)
        {
            ushort crc = (ushort)i;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }

            table[i] = crc;
        }

        return table;
    }

    private PooledBuffer Render(SessionPlan plan, uint serialNumber, DateTimeOffset timeCreated)
    {
        Preconditions.CheckNotNull(plan);
        if (serialNumber == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(serialNumber), serialNumber, "0 is FIT's invalid serial number; use any other.");
        }

        long created = (timeCreated - FitEpoch).Ticks / TimeSpan.TicksPerSecond;
        if (timeCreated < FitEpoch || created >= InvalidUInt32)
        {
            throw new ArgumentOutOfRangeException(nameof(timeCreated), timeCreated, "FIT times run from 1989-12-31T00:00:00Z for 2^32 - 1 seconds.");
        }

        if (plan.Steps.Count > MaxSteps)
        {
            throw new ArgumentOutOfRangeException(nameof(plan), plan.Steps.Count, $"A FIT workout holds at most {MaxSteps} steps; the plan has more.");
        }

        var steps = ArrayPool<Step>.Shared.Rent(Math.Max(plan.Steps.Count, 1));
        var titles = ArrayPool<Title>.Shared.Rent(16);
        var notes = new CueText(stackalloc char[2048]);
        try
        {
            int titleCount = 0;
            int count = BuildSteps(plan, steps, ref titles, ref titleCount, ref notes);
            var buffer = new PooledBuffer(HeaderSize + 256 + (count * 96));
            try
            {
                buffer.GetSpan(HeaderSize)[..HeaderSize].Clear();
                buffer.Advance(HeaderSize);
                WriteFileId(buffer, serialNumber, (uint)created);
                WriteWorkout(buffer, _workoutName ?? plan.Routine.Name, count);
                WriteSteps(buffer, steps.AsSpan(0, count), notes.Written);
                WriteTitles(buffer, titles.AsSpan(0, titleCount));
                FinishFile(buffer);
                return buffer;
            }
            catch
            {
                buffer.Dispose();
                throw;
            }
        }
        finally
        {
            notes.Dispose();
            ArrayPool<Title>.Shared.Return(titles, clearArray: true);
            ArrayPool<Step>.Shared.Return(steps, clearArray: true);
        }
    }

    // Turns the plan's steps into FIT steps, writing an exercise's identical sets and a circuit's rounds as a repeat
    // where that is shorter. Each step's notes are written side by side into one buffer.
    private int BuildSteps(SessionPlan plan, Step[] output, ref Title[] titles, ref int titleCount, ref CueText notes)
    {
        var planSteps = plan.Steps;
        var routine = plan.Routine;
        bool anyCircuit = !routine.IsPlainList;
        var settings = default(SettingText);
        int count = 0;
        int start = 0;
        while (start < planSteps.Count)
        {
            int itemIndex = planSteps[start].ItemIndex;
            int end = start + 1;
            var (from, to) = anyCircuit ? CircuitItems(routine, itemIndex) : (itemIndex, itemIndex + 1);
            bool circuit = to - from > 1;
            while (end < planSteps.Count && planSteps[end].ItemIndex >= from && planSteps[end].ItemIndex < to)
            {
                end++;
            }

            int first = count;
            for (int i = start; i < end; i++)
            {
                output[count++] = ToStep(planSteps[i], circuit, ref titles, ref titleCount, ref notes, ref settings);
            }

            var steps = output.AsSpan(first, count - first);
            count = first + (circuit ? CompressRounds(steps, first, notes.Written) : Compress(steps, first, notes.Written));
            start = end;
        }

        return count;
    }

    // <summary>The items [From, To) of the circuit that holds an item, or the item alone when it is in none.</summary>
    private static (int From, int To) CircuitItems(Routine routine, int itemIndex)
    {
        int next = 0;
        var sections = routine.Sections;
        for (int s = 0; s < sections.Count; s++)
        {
            var blocks = sections[s].Blocks;
            for (int b = 0; b < blocks.Count; b++)
            {
                int items = blocks[b].ItemCount;
                if (itemIndex < next + items)
                {
                    return itemIndex >= next && blocks[b] is Circuit ? (next, next + items) : (itemIndex, itemIndex + 1);
                }

                next += items;
            }
        }

        return (itemIndex, itemIndex + 1);
    }

    // <summary>
    // One circuit's steps: leading steps, then round after round. Writes the rounds as one repeat where that is shorter:
    // round 1 and the rest after it repeated (the last round then written without its rest, unless it has one too),
    // or, when the later rounds differ from the first (they start with a set-up), round 1, then the rest and round 2
    // repeated, then what is left. Every repeated copy is checked to be the same as written. Returns the new step count.
    // </summary>
    private static int CompressRounds(Span<Step> circuit, int offset, ReadOnlySpan<char> notes)
    {
        int lead = 0;
        while (lead < circuit.Length && !circuit[lead].IsWork)
        {
            lead++;
        }

        var rounds = circuit[lead..];
        int firstRound = 0;
        while (firstRound < rounds.Length && rounds[firstRound].Set == 1)
        {
            firstRound++;
        }

        int secondRound = firstRound;
        while (secondRound < rounds.Length && rounds[secondRound].Set == 2)
        {
            secondRound++;
        }

        // Candidates (start, length) of the repeated block; the first one wins a tie.
        Span<(int Start, int Length)> candidates = [(0, firstRound + 1), (firstRound, secondRound - firstRound)];
        int bestStart = 0, bestLength = 0, bestCopies = 0, bestSize = rounds.Length;
        foreach (var (blockStart, length) in candidates)
        {
            int copies = Copies(rounds, blockStart, length, notes);
            int size = rounds.Length - ((copies - 1) * length) + 1;
            if (copies >= 2 && size < bestSize)
            {
                (bestStart, bestLength, bestCopies, bestSize) = (blockStart, length, copies, size);
            }
        }

        if (bestCopies < 2)
        {
            return circuit.Length;
        }

        int repeatAt = bestStart + bestLength;
        rounds[(bestStart + (bestCopies * bestLength))..].CopyTo(rounds[(repeatAt + 1)..]);
        rounds[repeatAt] = Step.Repeat(offset + lead + bestStart, bestCopies);
        return lead + bestSize;
    }

    // <summary>How many times in a row the block of steps at start comes, as written, from start on.</summary>
    private static int Copies(ReadOnlySpan<Step> steps, int start, int length, ReadOnlySpan<char> notes)
    {
        if (length <= 0 || start + length > steps.Length)
        {
            return 0;
        }

        int copies = 1;
        for (int at = start + length; at + length <= steps.Length; at += length)
        {
            for (int i = 0; i < length; i++)
            {
                if (!steps[at + i].SameAs(steps[start + i], notes))
                {
                    return copies;
                }
            }

            copies++;
        }

        return copies;
    }

    // One routine item's steps: leading steps, then sets split by rests. When three or more sets are identical, keeps
    // the first set and its rest, a repeat of them, and the last set. Returns the item's new step count.
    private static int Compress(Span<Step> item, int offset, ReadOnlySpan<char> notes)
    {
        int firstWork = 0;
        while (firstWork < item.Length && !item[firstWork].IsWork)
        {
            firstWork++;
        }

        int rests = 0, firstRest = -1;
        for (int i = firstWork; i < item.Length; i++)
        {
            if (item[i].IsRestBetweenSets)
            {
                rests++;
                firstRest = firstRest < 0 ? i : firstRest;
            }
        }

        int sets = rests + 1;
        int setLength = firstRest - firstWork;
        if (sets < 3 || setLength <= 0 || item.Length - firstWork != (sets * setLength) + rests)
        {
            return item.Length;
        }

        var block = item.Slice(firstWork, setLength + 1);
        for (int set = 1; set < sets; set++)
        {
            var other = item.Slice(firstWork + (set * (setLength + 1)), set == sets - 1 ? setLength : setLength + 1);
            for (int i = 0; i < other.Length; i++)
            {
                if (!other[i].SameAs(block[i], notes))
                {
                    return item.Length;
                }
            }
        }

        int repeatAt = firstWork + setLength + 1;
        item[repeatAt] = Step.Repeat(offset + firstWork, sets - 1);
        item.Slice(firstWork, setLength).CopyTo(item.Slice(repeatAt + 1, setLength));
        return repeatAt + 1 + setLength;
    }

    private Step ToStep(in TimedStep step, bool inCircuit, ref Title[] titles, ref int titleCount, ref CueText notes, ref SettingText settings)
    {
        int notesStart = notes.Length;
        if (step.Kind is StepKind.Work or StepKind.Hold)
        {
            var exercise = _exercises.Find(step.Exercise!.Id, step.Variation?.Id, step.Direction);
            string name = step.ExerciseName!;
            if (exercise is { } fit)
            {
                AddTitle(ref titles, ref titleCount, new Title(fit, name));
            }

            // The cue says the amount (what is expected, for an open step) and the effort; the equipment setting, which
            // the set-up step has already said, comes last, so that a cut at the notes' limit takes it first.
            StepCues.Write(step, ref notes);
            if (step.Setting is { } setting)
            {
                settings.Append(setting, ref notes);
            }

            bool reps = step.Kind == StepKind.Work;
            return new Step(
                step.IsOpen ? DurationOpen : reps ? DurationReps : DurationTime,
                step.IsOpen ? InvalidUInt32 : reps ? (uint)step.Repetitions : (uint)step.DurationSeconds * 1000,
                TargetOpen,
                0,
                WorkIntensity(step.Section),
                name,
                notesStart,
                notes.Length - notesStart,
                exercise?.Category ?? InvalidUInt16,
                exercise?.NameOrInvalid ?? InvalidUInt16,
                step.Set,
                IsWork: true,
                IsRestBetweenSets: false);
        }

        if (step.Kind == StepKind.Rest && inCircuit)
        {
            // Every round's rest is written alike, so that the rounds can be one repeat.
            notes.Append("Rest after the round.");
        }
        else if (step.Kind == StepKind.Rest)
        {
            // The plan's rest cue names the next set's number, which a repeat of the set cannot keep true.
            notes.Append("Rest, then the next set of ");
            notes.Append(step.ExerciseName);
            notes.Append(".");
        }
        else
        {
            StepCues.Write(step, ref notes);
        }

        bool open = _restSteps == FitRestSteps.LapButton;
        return new Step(
            open ? DurationOpen : DurationTime,
            open ? InvalidUInt32 : (uint)step.DurationSeconds * 1000,
            TargetOpen,
            0,
            IntensityRest,
            StepName(step.Kind),
            notesStart,
            notes.Length - notesStart,
            InvalidUInt16,
            InvalidUInt16,
            step.Set,
            IsWork: false,
            IsRestBetweenSets: step.Kind == StepKind.Rest && !inCircuit);
    }

    // One title per FIT exercise, in order of first use, named as the plan names its first use.
    private static void AddTitle(ref Title[] titles, ref int count, Title title)
    {
        for (int i = 0; i < count; i++)
        {
            if (titles[i].Exercise == title.Exercise)
            {
                return;
            }
        }

        if (count == titles.Length)
        {
            var bigger = ArrayPool<Title>.Shared.Rent(count * 2);
            titles.AsSpan(0, count).CopyTo(bigger);
            ArrayPool<Title>.Shared.Return(titles, clearArray: true);
            titles = bigger;
        }

        titles[count++] = title;
    }

    // Work in the warm-up and the cool-down says so; pauses are rests in every section, so that a watch times them as
    // rests wherever they come.
    private static byte WorkIntensity(RoutineSectionKind section) => section switch
    {
        RoutineSectionKind.WarmUp => IntensityWarmUp,
        RoutineSectionKind.CoolDown => IntensityCoolDown,
        _ => IntensityActive,
    };

    private static string StepName(StepKind kind) => kind switch
    {
        StepKind.GetReady => "Get ready",
        StepKind.Setup => "Set up",
        StepKind.SwitchSide => "Switch side",
        StepKind.ChangeDirection => "Turn",
        StepKind.Rest => "Rest",
        _ => "Next exercise",
    };

    private void WriteFileId(PooledBuffer buffer, uint serialNumber, uint created)
    {
        Definition(buffer, FileIdLocal, FileIdMessage, [(0, 1, Enum), (1, 2, UInt16), (2, 2, UInt16), (3, 4, UInt32Z), (4, 4, UInt32)]);
        buffer.Write(FileIdLocal);
        buffer.Write(5); // type: workout
        UInt16Value(buffer, 255); // manufacturer: development
        UInt16Value(buffer, _product);
        UInt32Value(buffer, serialNumber);
        UInt32Value(buffer, created);
    }

    private static void WriteWorkout(PooledBuffer buffer, string name, int steps)
    {
        int nameSize = StringSize(name, WorkoutNameBytes);
        Definition(buffer, WorkoutLocal, WorkoutMessage, [(8, nameSize, String), (4, 1, Enum), (11, 1, Enum), (6, 2, UInt16)]);
        buffer.Write(WorkoutLocal);
        StringValue(buffer, name, nameSize);
        buffer.Write(10); // sport: training
        buffer.Write(20); // sub_sport: strength_training
        UInt16Value(buffer, (ushort)steps);
    }

    private static void WriteSteps(PooledBuffer buffer, ReadOnlySpan<Step> steps, ReadOnlySpan<char> notes)
    {
        int nameSize = 1, notesSize = 1;
        foreach (ref readonly var step in steps)
        {
            nameSize = Math.Max(nameSize, StringSize(step.Name, StepNameBytes));
            notesSize = Math.Max(notesSize, StringSize(step.Notes(notes), NotesBytes));
        }

        Definition(
            buffer,
            StepLocal,
            WorkoutStepMessage,
            [(254, 2, UInt16), (0, nameSize, String), (1, 1, Enum), (2, 4, UInt32), (3, 1, Enum), (4, 4, UInt32), (7, 1, Enum), (8, notesSize, String), (10, 2, UInt16), (11, 2, UInt16)]);
        for (int i = 0; i < steps.Length; i++)
        {
            ref readonly var step = ref steps[i];
            buffer.Write(StepLocal);
            UInt16Value(buffer, (ushort)i);
            StringValue(buffer, step.Name, nameSize);
            buffer.Write(step.DurationType);
            UInt32Value(buffer, step.DurationValue);
            buffer.Write(step.TargetType);
            UInt32Value(buffer, step.TargetValue);
            buffer.Write(step.Intensity);
            StringValue(buffer, step.Notes(notes), notesSize);
            UInt16Value(buffer, step.Category);
            UInt16Value(buffer, step.ExerciseName);
        }
    }

    private static void WriteTitles(PooledBuffer buffer, ReadOnlySpan<Title> titles)
    {
        if (titles.IsEmpty)
        {
            return;
        }

        int nameSize = 1;
        foreach (var title in titles)
        {
            nameSize = Math.Max(nameSize, StringSize(title.Name, TitleBytes));
        }

        Definition(buffer, TitleLocal, ExerciseTitleMessage, [(254, 2, UInt16), (0, 2, UInt16), (1, 2, UInt16), (2, nameSize, String)]);
        for (int i = 0; i < titles.Length; i++)
        {
            buffer.Write(TitleLocal);
            UInt16Value(buffer, (ushort)i);
            UInt16Value(buffer, titles[i].Exercise.Category);
            UInt16Value(buffer, titles[i].Exercise.NameOrInvalid);
            StringValue(buffer, titles[i].Name, nameSize);
        }
    }

    // Fills in the header (size, data size, ".FIT", header CRC) and appends the file CRC.
    private static void FinishFile(PooledBuffer buffer)
    {
        var header = buffer.Written(0, HeaderSize);
        header[0] = HeaderSize;
        header[1] = 0x10; // protocol 1.0
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], ProfileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)(buffer.Count - HeaderSize));
        ".FIT"u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], Crc(header[..12]));
        UInt16Value(buffer, Crc(buffer.WrittenSpan));
    }

    private static void Definition(PooledBuffer buffer, byte local, ushort message, ReadOnlySpan<(byte Number, int Size, byte BaseType)> fields)
    {
        buffer.Write((byte)(0x40 | local));
        buffer.Write(0); // reserved
        buffer.Write(0); // architecture: little-endian
        UInt16Value(buffer, message);
        buffer.Write((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            buffer.Write(number);
            buffer.Write((byte)size);
            buffer.Write(baseType);
        }
    }

    private static void UInt16Value(PooledBuffer buffer, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.GetSpan(2), value);
        buffer.Advance(2);
    }

    private static void UInt32Value(PooledBuffer buffer, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    // The field size a string needs: its UTF-8 bytes, cut between characters to leave room for the NUL, plus the NUL.
    private static int StringSize(ReadOnlySpan<char> value, int maxSize)
    {
        if (value.IsEmpty)
        {
            return 1;
        }

        Span<byte> scratch = stackalloc byte[maxSize - 1];
        Utf8.FromUtf16(value, scratch, out _, out int written, replaceInvalidSequences: true, isFinalBlock: true);
        return written + 1;
    }

    // A string in a field of fixed size: UTF-8 cut between characters, then NULs to the end.
    private static void StringValue(PooledBuffer buffer, ReadOnlySpan<char> value, int size)
    {
        var field = buffer.GetSpan(size)[..size];
        field.Clear();
        if (!value.IsEmpty)
        {
            Utf8.FromUtf16(value, field[..^1], out _, out _, replaceInvalidSequences: true, isFinalBlock: true);
        }

        buffer.Advance(size);
    }

    // <summary>
    // Appends an equipment setting as a sentence, " Medium (red) band.", in the setting's own words; a plan's steps
    // share their item's setting, so the text of the last one is kept rather than made for every step.
    // </summary>
    private struct SettingText
    {
        private EquipmentSetting? _setting;
        private string? _text;

        public void Append(EquipmentSetting setting, ref CueText notes)
        {
            if (!ReferenceEquals(setting, _setting))
            {
                _setting = setting;
                _text = setting.ToString();
            }

            notes.Append(" ");
            notes.AppendCapitalized(_text!);
            notes.Append(".");
        }
    }

    // <summary>A FIT exercise the workout uses, and the name the plan gives it.</summary>
    private readonly record struct Title(FitExercise Exercise, string Name);

    // <summary>One workout_step message's values; its notes are a range of the writer's notes buffer.</summary>
    private readonly record struct Step(
        byte DurationType,
        uint DurationValue,
        byte TargetType,
        uint TargetValue,
        byte Intensity,
        string? Name,
        int NotesStart,
        int NotesLength,
        ushort Category,
        ushort ExerciseName,
        int Set,
        bool IsWork,
        bool IsRestBetweenSets)
    {
        // Repeats the steps from message index firstStep, count times in all.
        public static Step Repeat(int firstStep, int count) =>
            new(DurationRepeat, (uint)firstStep, InvalidEnum, (uint)count, InvalidEnum, null, 0, 0, InvalidUInt16, InvalidUInt16, 0, IsWork: false, IsRestBetweenSets: false);

        public ReadOnlySpan<char> Notes(ReadOnlySpan<char> buffer) => buffer.Slice(NotesStart, NotesLength);

        // Equal as written to the file: the notes compared as text, wherever they stand in the buffer.
        public bool SameAs(in Step other, ReadOnlySpan<char> notes) =>
            DurationType == other.DurationType && DurationValue == other.DurationValue && TargetType == other.TargetType &&
            TargetValue == other.TargetValue && Intensity == other.Intensity && Category == other.Category &&
            ExerciseName == other.ExerciseName && Name == other.Name && Notes(notes).SequenceEqual(other.Notes(notes));
    }
}
