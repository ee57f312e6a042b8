using System;
using System.IO;
using KneeStrength;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;

// Equipment: the well-known band, bosu, step and wall, plus pieces of your own.
var miniBand = new Equipment("mini-band", "Mini band");
var chair = new Equipment("chair", "Sturdy chair");

// Exercises: the preferred form, and variations for when its equipment is not on hand.
var monsterWalk = new Exercise(
    id: "monster-walk",
    name: "Monster walk",
    category: ExerciseCategory.Strength,
    position: BodyPosition.Standing,
    isPerSide: true,
    tempo: TimeSpan.FromSeconds(1.5),
    cues: ["Mini band just above the knees.", "Stay low and step wide, toes forward."],
    equipment: [miniBand],
    variations: [new ExerciseVariation("loop-band-walk", "Loop-band walk", [Equipment.LoopBand], "No mini band: a loop band works the same muscles.")]);
var sitToStand = new Exercise(
    "sit-to-stand", "Sit to stand", ExerciseCategory.Strength, BodyPosition.SeatedOnChair, isPerSide: false,
    tempo: TimeSpan.FromSeconds(3), cues: ["Arms crossed on the chest.", "Stand tall, then sit down slowly."], equipment: [chair]);
var quadStretch = new Exercise(
    "prone-quad-stretch", "Prone quad stretch", ExerciseCategory.Stretch, BodyPosition.Prone, isPerSide: true,
    tempo: null, cues: ["Lie face down.", "Draw the heel toward the seat until the front of the thigh stretches."]);

// Dosages as a clinician writes them; parsing with the exercise takes its sides and directions.
var treatment = new Routine("treatment", "Treatment", [
    new RoutineItem(monsterWalk, Dosage.Parse("3 x 10 each side, 30 s rest", monsterWalk).Value),
    new RoutineItem(sitToStand, Dosage.Parse("2-3 sets of 8-12", sitToStand).Value),
    new RoutineItem(quadStretch, Dosage.Parse("hold 30 s", quadStretch).Value),
]);
Console.WriteLine($"{treatment.Name}: {string.Join("; ", treatment.Items)}");

// What this person has at home, and how long they have: a budget too short is an answer, not an exception.
var onHand = EquipmentSet.Parse("band,chair", [miniBand, chair]).Value;
var scheduler = new SessionScheduler(new SessionOptions(equipment: onHand));
foreach (TimeSpan budget in new[] { TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5) })
{
    if (!scheduler.TrySchedule(treatment, budget, out SessionPlan? plan))
    {
        Console.WriteLine($"{budget:m\\:ss} is too short: the shortest session takes {scheduler.MinimumDuration(treatment):m\\:ss}.");
        continue;
    }

    Console.WriteLine($"{budget:m\\:ss}: {plan.Steps.Count} steps, {plan.TotalDuration:m\\:ss}");
    foreach (Substitution note in plan.Substitutions)
    {
        Console.WriteLine($"  Substituted: {note}");
    }

    foreach (Adjustment note in plan.Adjustments)
    {
        Console.WriteLine($"  Adjusted: {note.FormName ?? "Session"}: {note.Change}");
    }
}

// A routine in JSON, with its own equipment and exercises; $schema gives editors completion.
Routine maintenance = KneeJson.ReadRoutineFile(Path.Combine(AppContext.BaseDirectory, "maintenance.routine.json"));
Console.WriteLine($"{maintenance.Name}: {string.Join("; ", maintenance.Items)}");

// A program with two phases: daily for four weeks, then three times a week (Monday, Wednesday, Friday). It is a
// definition, with no one's dates in it: each person is an enrolment, with their own start and minutes.
var program = new TrainingProgram("my-knees", "My knees", [
    new ProgramPhase("treatment", treatment, ScheduleRule.Daily, PhaseEnd.AfterWeeks(4)),
    new ProgramPhase("maintenance", maintenance, ScheduleRule.TimesAWeek(3), PhaseEnd.Open),
]);
var cara = new Enrolment("cara", program, new DateOnly(2027, 1, 4), sessionBudget: TimeSpan.FromMinutes(5), options: new SessionOptions(equipment: onHand));
var dan = new Enrolment("dan", program, new DateOnly(2027, 1, 11), sessionBudget: TimeSpan.FromMinutes(2), options: new SessionOptions(equipment: onHand));
foreach (Enrolment person in new[] { cara, dan })
{
    foreach (ScheduledSession session in ProgramScheduler.Default.GetSessions(person, new DateOnly(2027, 1, 29), new DateOnly(2027, 2, 6)))
    {
        Console.WriteLine($"{person.Id,-5} {session.Date:yyyy-MM-dd} {session.Date.DayOfWeek,-9} {session.PhaseName,-11} {session.EstimatedDuration:m\\:ss}");
    }
}

// The program and each enrolment as JSON documents, which KneeJson reads back to equal values.
string json = KneeJson.WriteProgram(program);
TrainingProgram read = KneeJson.ReadProgram(json);
Console.WriteLine($"Program JSON: {json.Length} characters, reads back equal: {read == program}");
Console.WriteLine($"Enrolment JSON reads back equal: {KneeJson.ReadEnrolment(KneeJson.WriteEnrolment(cara), read) == cara}");
