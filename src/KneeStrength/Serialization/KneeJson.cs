using System;
using System.Collections.Generic;
using System.IO;
using KneeStrength.Catalog;
using KneeStrength.Scheduling;

namespace KneeStrength.Serialization;

// RS0026 guards against overloads that become ambiguous when optional parameters are added later. Here the
// overloads differ in their first parameter (string, Stream), as JsonSerializer's do, so no call can be ambiguous.
#pragma warning disable RS0026 // Do not add multiple public overloads with optional parameters

/// <summary>
/// Reads and writes routines, exercise catalogs, session plans, training programs and lists of scheduled sessions as
/// JSON: strictly on the way in, stably on the way out, with System.Text.Json source generation (no reflection, trim-
/// and AOT-safe).
/// </summary>
/// <remarks>
/// <para><b>Format.</b> Every document is a JSON object whose <c>formatVersion</c> is 1. Member names are camelCase;
/// enum values are camelCase strings (<c>sideLying</c>, <c>getReady</c>, <c>monday</c>); durations are numbers of
/// seconds (a tempo may have up to three decimals: <c>1.5</c>); dates are <c>yyyy-MM-dd</c>; ids are kebab-case slugs. The JSON Schemas (draft 2020-12) of each
/// document ship in the package under <c>schemas/</c>. An optional <c>$schema</c> string member is accepted at the top
/// of a routine, catalog or program document, for editors, and never written.</para>
/// <para><b>Dosage</b> is structured: <c>kind</c> (<c>repetitions</c> or <c>hold</c>), <c>reps</c> or
/// <c>holdSeconds</c>, and optionally <c>perSide</c> and <c>directions</c> (which default to, and must match, the
/// exercise's), <c>sets</c> (default 1) and <c>restSeconds</c> (only with two or more sets). Schedules are
/// <c>{"frequency":"daily","interval":2}</c> or <c>{"frequency":"weekly","weekdays":["monday"]}</c>; phase ends are
/// <c>{"kind":"open"}</c>, <c>{"kind":"afterWeeks","weeks":6}</c> or <c>{"kind":"onDate","lastDay":"2026-04-12"}</c>.</para>
/// <para><b>Definitions and references.</b> Routines, catalogs and programs travel by value; a program holds each
/// routine its phases do once, and phases name them by id. A routine names each item's
/// exercise by id: an exercise defined in the document's own <c>exercises</c> wins; otherwise it comes from the
/// catalog passed to the read (the built-in <see cref="RunnersKnee.Catalog"/> by default). Writing does the reverse:
/// exercises equal to the catalog's are referenced by id, the others are defined inline. Equipment is named by id the
/// same way: a document's <c>equipment</c> definitions, then the well-known pieces. Plans travel by reference: a
/// plan names its routine by id, and <see cref="ReadPlan(string, IEnumerable{Routine}?, KneeJsonReaderOptions?)"/>
/// resolves it against the routines it is given (the built-in <see cref="RunnersKnee.Routine"/> by default), then
/// each step's exercise by routine item. Scheduled sessions travel by reference too: each names its phase, which
/// <see cref="ReadScheduledSessions(string, TrainingProgram, KneeJsonReaderOptions?)"/> resolves against the program
/// it is given.</para>
/// <para><b>Writing</b> is indented by two spaces with <c>\n</c> line ends and a final line feed, on every platform.
/// Equal values give byte-identical documents. Required members are always written (as <c>null</c> where they have no
/// value); optional members are left out when they have none.</para>
/// <para><b>Reading</b> is strict and reports every problem with the content as a <see cref="KneeJsonException"/>
/// naming the JSON path, line and column: invalid JSON or UTF-8, a document over
/// <see cref="KneeJsonReaderOptions.MaxBytes"/> or nested deeper than <see cref="KneeJsonReaderOptions.MaxDepth"/>,
/// an unsupported <c>formatVersion</c>, unknown or repeated members, missing required members, nulls where a value is
/// required (array elements too), values of the wrong type, values outside the model's limits, unknown ids and ids
/// defined twice. No other exception escapes a read because of what a document holds. Errors of the caller are
/// ordinary argument exceptions; errors reading a stream propagate as the stream throws them; and the <c>…File</c>
/// methods let the file system's errors through unchanged: <see cref="FileNotFoundException"/>,
/// <see cref="DirectoryNotFoundException"/> and other <see cref="IOException"/>s, and
/// <see cref="System.UnauthorizedAccessException"/>.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class KneeJson
{
    // ---- Routines ----

    /// <summary>Reads a routine document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The exercises the document may name by id without defining them; <see cref="RunnersKnee.Catalog"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The routine.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid routine document; the exception says why and where.</exception>
    public static Routine ReadRoutine(string json, ExerciseCatalog? catalog = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.RoutineDocument, RoutineReader(catalog));

    /// <summary>Reads a routine document from UTF-8 bytes, to the end of the stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open. A UTF-8 byte-order mark is skipped.</param>
    /// <param name="catalog">The exercises the document may name by id without defining them; <see cref="RunnersKnee.Catalog"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The routine.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid routine document; the exception says why and where.</exception>
    public static Routine ReadRoutine(Stream utf8Json, ExerciseCatalog? catalog = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.RoutineDocument, RoutineReader(catalog));

    /// <summary>Reads a routine document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalog">The exercises the document may name by id without defining them; <see cref="RunnersKnee.Catalog"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The routine.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read, such as <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid routine document; the exception says why and where.</exception>
    public static Routine ReadRoutineFile(string path, ExerciseCatalog? catalog = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.RoutineDocument, RoutineReader(catalog));

    /// <summary>Writes a routine document.</summary>
    /// <param name="routine">The routine.</param>
    /// <param name="catalog">
    /// The catalog the reader will have: exercises equal to its are named by id, the others defined in the document.
    /// <see cref="RunnersKnee.Catalog"/> when null.
    /// </param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="routine"/> is null.</exception>
    /// <exception cref="System.ArgumentException">
    /// The routine uses two different exercises, or two different pieces of equipment, with the same id.
    /// </exception>
    public static string WriteRoutine(Routine routine, ExerciseCatalog? catalog = null) =>
        JsonOutput.ToText(RoutineDocument(routine, catalog), KneeJsonContext.Default.RoutineDocument);

    /// <summary>Writes a routine document to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="routine">The routine.</param>
    /// <param name="catalog">The catalog the reader will have; see <see cref="WriteRoutine(Routine, ExerciseCatalog?)"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="routine"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The routine uses two different exercises or pieces of equipment with the same id.</exception>
    public static void WriteRoutine(Stream utf8Json, Routine routine, ExerciseCatalog? catalog = null) =>
        JsonOutput.ToStream(utf8Json, RoutineDocument(routine, catalog), KneeJsonContext.Default.RoutineDocument);

    /// <summary>Writes a routine document to a file as UTF-8, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="routine">The routine.</param>
    /// <param name="catalog">The catalog the reader will have; see <see cref="WriteRoutine(Routine, ExerciseCatalog?)"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="routine"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The routine uses two different exercises or pieces of equipment with the same id.</exception>
    /// <exception cref="IOException">The file cannot be created or written.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteRoutineFile(string path, Routine routine, ExerciseCatalog? catalog = null) =>
        JsonOutput.ToFile(path, RoutineDocument(routine, catalog), KneeJsonContext.Default.RoutineDocument);

    // ---- Catalogs ----

    /// <summary>Reads a catalog document: exercises, and the custom equipment they use.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid catalog document; the exception says why and where.</exception>
    public static ExerciseCatalog ReadCatalog(string json, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.CatalogDocument, RoutineMapping.ToCatalog);

    /// <summary>Reads a catalog document from UTF-8 bytes, to the end of the stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open. A UTF-8 byte-order mark is skipped.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid catalog document; the exception says why and where.</exception>
    public static ExerciseCatalog ReadCatalog(Stream utf8Json, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.CatalogDocument, RoutineMapping.ToCatalog);

    /// <summary>Reads a catalog document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read, such as <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid catalog document; the exception says why and where.</exception>
    public static ExerciseCatalog ReadCatalogFile(string path, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.CatalogDocument, RoutineMapping.ToCatalog);

    /// <summary>Writes a catalog document: every exercise, and the equipment they use that is not well-known.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="System.ArgumentException">Two different pieces of equipment in the catalog have the same id.</exception>
    public static string WriteCatalog(ExerciseCatalog catalog) =>
        JsonOutput.ToText(CatalogDocument(catalog), KneeJsonContext.Default.CatalogDocument);

    /// <summary>Writes a catalog document to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="System.ArgumentException">Two different pieces of equipment in the catalog have the same id.</exception>
    public static void WriteCatalog(Stream utf8Json, ExerciseCatalog catalog) =>
        JsonOutput.ToStream(utf8Json, CatalogDocument(catalog), KneeJsonContext.Default.CatalogDocument);

    /// <summary>Writes a catalog document to a file as UTF-8, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="System.ArgumentException">Two different pieces of equipment in the catalog have the same id.</exception>
    /// <exception cref="IOException">The file cannot be created or written.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteCatalogFile(string path, ExerciseCatalog catalog) =>
        JsonOutput.ToFile(path, CatalogDocument(catalog), KneeJsonContext.Default.CatalogDocument);

    // ---- Session plans ----

    /// <summary>Reads a session plan document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="routines">
    /// The routines the plan's <c>routine</c> id may name; <see cref="RunnersKnee.Routine"/> when null. Ids must
    /// not repeat with different routines.
    /// </param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The plan, equal to the plan that was written when the routine is equal.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="routines"/> holds null, or two different routines with one id.</exception>
    /// <exception cref="KneeJsonException">
    /// The document is not a valid plan of one of the routines: beyond the shape, its steps must be numbered from 0,
    /// each start where the one before ends (the first at 0) and last at least a second; <c>totalSeconds</c> must be
    /// their sum; each step's item, exercise, variation, side, direction, set, and repetitions or hold must fit the
    /// routine. A step's <c>cue</c> must be a string but is otherwise ignored: cues are made from the step's data.
    /// </exception>
    public static SessionPlan ReadPlan(string json, IEnumerable<Routine>? routines = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.PlanDocument, PlanReader(routines));

    /// <summary>Reads a session plan document from UTF-8 bytes, to the end of the stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open. A UTF-8 byte-order mark is skipped.</param>
    /// <param name="routines">The routines the plan's <c>routine</c> id may name; <see cref="RunnersKnee.Routine"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="routines"/> holds null, or two different routines with one id.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid plan of one of the routines; see <see cref="ReadPlan(string, IEnumerable{Routine}?, KneeJsonReaderOptions?)"/>.</exception>
    public static SessionPlan ReadPlan(Stream utf8Json, IEnumerable<Routine>? routines = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.PlanDocument, PlanReader(routines));

    /// <summary>Reads a session plan document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="routines">The routines the plan's <c>routine</c> id may name; <see cref="RunnersKnee.Routine"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="routines"/> holds null, or two different routines with one id.</exception>
    /// <exception cref="IOException">The file cannot be opened or read, such as <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid plan of one of the routines; see <see cref="ReadPlan(string, IEnumerable{Routine}?, KneeJsonReaderOptions?)"/>.</exception>
    public static SessionPlan ReadPlanFile(string path, IEnumerable<Routine>? routines = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.PlanDocument, PlanReader(routines));

    /// <summary>
    /// Writes a session plan document: the routine's id, the time budget, the total, every step with its cue, and the
    /// substitutions, omissions and adjustments (each adjustment's facts, and its change and reason in words).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string WritePlan(SessionPlan plan) =>
        JsonOutput.ToText(PlanDocument(plan), KneeJsonContext.Default.PlanDocument);

    /// <summary>
    /// Writes a session plan document with its cues, the scheduler's substitution and omission reasons and each
    /// adjustment's change and reason in a language, which the document's <c>language</c> member names (absent for
    /// English). The steps, the adjustments' facts and every other member are the same in every language; <see cref="ReadPlan(string, IEnumerable{Routine}?, KneeJsonReaderOptions?)"/>
    /// reads it as it reads an English one.
    /// </summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="words">The words' language.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void WritePlan(Stream utf8Json, SessionPlan plan, Text.KneeText words) =>
        JsonOutput.ToStream(utf8Json, PlanMapping.ToDocument(Preconditions.CheckNotNull(plan), Preconditions.CheckNotNull(words)), KneeJsonContext.Default.PlanDocument);

    /// <summary>Writes a session plan document to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="plan">The plan.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WritePlan(Stream utf8Json, SessionPlan plan) =>
        JsonOutput.ToStream(utf8Json, PlanDocument(plan), KneeJsonContext.Default.PlanDocument);

    /// <summary>Writes a session plan document to a file as UTF-8, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="plan">The plan.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="plan"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be created or written.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be written.</exception>
    public static void WritePlanFile(string path, SessionPlan plan) =>
        JsonOutput.ToFile(path, PlanDocument(plan), KneeJsonContext.Default.PlanDocument);

    // ---- Training programs ----

    /// <summary>Reads a training program document: its phases, the routines they do, and any exercises those define.</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The exercises the routines may name by id without the document defining them; <see cref="RunnersKnee.Catalog"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The program.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KneeJsonException">
    /// The document is not a valid program document: beyond the shape, each phase must name a routine the document
    /// defines, and the phases must make a valid <see cref="TrainingProgram"/>. The exception says why and where.
    /// </exception>
    public static TrainingProgram ReadProgram(string json, ExerciseCatalog? catalog = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.ProgramDocument, ProgramReader(catalog));

    /// <summary>Reads a training program document from UTF-8 bytes, to the end of the stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open. A UTF-8 byte-order mark is skipped.</param>
    /// <param name="catalog">The exercises the routines may name by id without the document defining them; <see cref="RunnersKnee.Catalog"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The program.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid program document; the exception says why and where.</exception>
    public static TrainingProgram ReadProgram(Stream utf8Json, ExerciseCatalog? catalog = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.ProgramDocument, ProgramReader(catalog));

    /// <summary>Reads a training program document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalog">The exercises the routines may name by id without the document defining them; <see cref="RunnersKnee.Catalog"/> when null.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The program.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read, such as <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid program document; the exception says why and where.</exception>
    public static TrainingProgram ReadProgramFile(string path, ExerciseCatalog? catalog = null, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.ProgramDocument, ProgramReader(catalog));

    /// <summary>
    /// Writes a training program document: the phases with their schedules and ends, each routine they do once, and
    /// the exercises those use that differ from the catalog's.
    /// </summary>
    /// <param name="program">The program.</param>
    /// <param name="catalog">
    /// The catalog the reader will have: exercises equal to its are named by id, the others defined in the document.
    /// <see cref="RunnersKnee.Catalog"/> when null.
    /// </param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="program"/> is null.</exception>
    /// <exception cref="System.ArgumentException">
    /// The program uses two different routines, exercises or pieces of equipment with the same id.
    /// </exception>
    public static string WriteProgram(TrainingProgram program, ExerciseCatalog? catalog = null) =>
        JsonOutput.ToText(ProgramDocument(program, catalog), KneeJsonContext.Default.ProgramDocument);

    /// <summary>Writes a training program document to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="program">The program.</param>
    /// <param name="catalog">The catalog the reader will have; see <see cref="WriteProgram(TrainingProgram, ExerciseCatalog?)"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="program"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The program uses two different routines, exercises or pieces of equipment with the same id.</exception>
    public static void WriteProgram(Stream utf8Json, TrainingProgram program, ExerciseCatalog? catalog = null) =>
        JsonOutput.ToStream(utf8Json, ProgramDocument(program, catalog), KneeJsonContext.Default.ProgramDocument);

    /// <summary>Writes a training program document to a file as UTF-8, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="program">The program.</param>
    /// <param name="catalog">The catalog the reader will have; see <see cref="WriteProgram(TrainingProgram, ExerciseCatalog?)"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="program"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The program uses two different routines, exercises or pieces of equipment with the same id.</exception>
    /// <exception cref="IOException">The file cannot be created or written.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteProgramFile(string path, TrainingProgram program, ExerciseCatalog? catalog = null) =>
        JsonOutput.ToFile(path, ProgramDocument(program, catalog), KneeJsonContext.Default.ProgramDocument);

    // ---- Scheduled sessions ----

    /// <summary>Reads a list of a program's dated sessions.</summary>
    /// <param name="json">The document.</param>
    /// <param name="program">The program the sessions belong to: each session's <c>phase</c> names one of its phases.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The sessions, in the document's order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> or <paramref name="program"/> is null.</exception>
    /// <exception cref="KneeJsonException">
    /// The document is not a valid list of the program's sessions: beyond the shape, each session's phase must be one
    /// of the program's, its <c>routineId</c> that phase's routine, and its estimate 0 or more seconds.
    /// </exception>
    public static IReadOnlyList<ScheduledSession> ReadScheduledSessions(string json, TrainingProgram program, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.ScheduledSessionsDocument, SessionsReader(program));

    /// <summary>Reads a list of a program's dated sessions from UTF-8 bytes, to the end of the stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open. A UTF-8 byte-order mark is skipped.</param>
    /// <param name="program">The program the sessions belong to.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The sessions, in the document's order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="program"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid list of the program's sessions; the exception says why and where.</exception>
    public static IReadOnlyList<ScheduledSession> ReadScheduledSessions(Stream utf8Json, TrainingProgram program, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.ScheduledSessionsDocument, SessionsReader(program));

    /// <summary>Reads a list of a program's dated sessions from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="program">The program the sessions belong to.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The sessions, in the document's order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> or <paramref name="program"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read, such as <see cref="FileNotFoundException"/>.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid list of the program's sessions; the exception says why and where.</exception>
    public static IReadOnlyList<ScheduledSession> ReadScheduledSessionsFile(string path, TrainingProgram program, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.ScheduledSessionsDocument, SessionsReader(program));

    /// <summary>Writes a list of dated sessions: <c>{"formatVersion":1,"sessions":[{"date","phase","routineId","estimatedSeconds"}]}</c>.</summary>
    /// <param name="sessions">The sessions, such as those of <see cref="ProgramScheduler.GetSessions"/>; written in order.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="sessions"/> holds <c>default(ScheduledSession)</c>, which is no session.</exception>
    public static string WriteScheduledSessions(IEnumerable<ScheduledSession> sessions) =>
        JsonOutput.ToText(SessionsDocument(sessions), KneeJsonContext.Default.ScheduledSessionsDocument);

    /// <summary>Writes a list of dated sessions to a stream as UTF-8.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="sessions">The sessions; written in order.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="sessions"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="sessions"/> holds <c>default(ScheduledSession)</c>.</exception>
    public static void WriteScheduledSessions(Stream utf8Json, IEnumerable<ScheduledSession> sessions) =>
        JsonOutput.ToStream(utf8Json, SessionsDocument(sessions), KneeJsonContext.Default.ScheduledSessionsDocument);

    /// <summary>Writes a list of dated sessions to a file as UTF-8, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="sessions">The sessions; written in order.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="sessions"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="sessions"/> holds <c>default(ScheduledSession)</c>.</exception>
    /// <exception cref="IOException">The file cannot be created or written.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteScheduledSessionsFile(string path, IEnumerable<ScheduledSession> sessions) =>
        JsonOutput.ToFile(path, SessionsDocument(sessions), KneeJsonContext.Default.ScheduledSessionsDocument);

    // ---- Session logs and journals ----

    /// <summary>Reads an enrolment document: one person on a program, which the document names by id.</summary>
    /// <param name="json">The document.</param>
    /// <param name="program">The program the enrolment is on; its id must be the document's <c>programId</c>.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> or <paramref name="program"/> is null.</exception>
    /// <exception cref="KneeJsonException">
    /// The document is not a valid enrolment document, names another program, or names equipment neither the program
    /// nor the well-known pieces define; the exception says why and where.
    /// </exception>
    public static Enrolment ReadEnrolment(string json, TrainingProgram program, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.EnrolmentDocument, EnrolmentReader(program));

    /// <summary>Reads an enrolment document from UTF-8 bytes, to the end of the stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open.</param>
    /// <param name="program">The program the enrolment is on.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="program"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid enrolment document; the exception says why and where.</exception>
    public static Enrolment ReadEnrolment(Stream utf8Json, TrainingProgram program, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.EnrolmentDocument, EnrolmentReader(program));

    /// <summary>Reads an enrolment document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="program">The program the enrolment is on.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The enrolment.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> or <paramref name="program"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid enrolment document; the exception says why and where.</exception>
    public static Enrolment ReadEnrolmentFile(string path, TrainingProgram program, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.EnrolmentDocument, EnrolmentReader(program));

    /// <summary>
    /// Writes an enrolment document: the id, the program's id, the start, the events, the session budget in seconds
    /// and the session options (equipment ids, first side, range bound). Schema: <c>enrolment.schema.json</c>.
    /// </summary>
    /// <param name="enrolment">The enrolment.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="enrolment"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The enrolment's options have other than the default pacing, which the document does not hold.</exception>
    public static string WriteEnrolment(Enrolment enrolment) =>
        JsonOutput.ToText(EnrolmentMapping.ToDocument(Preconditions.CheckNotNull(enrolment)), KneeJsonContext.Default.EnrolmentDocument);

    /// <summary>Writes an enrolment document to a UTF-8 file, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="enrolment">The enrolment.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The enrolment's options have other than the default pacing.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteEnrolmentFile(string path, Enrolment enrolment) =>
        JsonOutput.ToFile(path, EnrolmentMapping.ToDocument(Preconditions.CheckNotNull(enrolment)), KneeJsonContext.Default.EnrolmentDocument);

    /// <summary>Reads a session log document: one day of a person's log.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The log.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid session log; the exception says why and where.</exception>
    public static Tracking.SessionLog ReadSessionLog(string json, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.SessionLogDocument, TrackingMapping.ToLog);

    /// <summary>Writes a session log document, indented like the other documents.</summary>
    /// <param name="log">The log.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="log"/> is null.</exception>
    public static string WriteSessionLog(Tracking.SessionLog log) =>
        JsonOutput.ToText(TrackingMapping.ToDocument(Preconditions.CheckNotNull(log)), KneeJsonContext.Default.SessionLogDocument);

    /// <summary>
    /// Writes a session log document on one line with no line feed, for a JSON Lines journal: one log a line,
    /// appended. <see cref="ReadSessionLog(string, KneeJsonReaderOptions?)"/> reads it.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <returns>The document, on one line.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="log"/> is null.</exception>
    public static string WriteSessionLogLine(Tracking.SessionLog log) =>
        JsonOutput.ToLine(TrackingMapping.ToDocument(Preconditions.CheckNotNull(log)), KneeJsonContext.Default.SessionLogDocument);

    /// <summary>Reads a session log document from UTF-8 bytes, to the end of the stream, which is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The log.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid session log; the exception says why and where.</exception>
    public static Tracking.SessionLog ReadSessionLog(Stream utf8Json, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.SessionLogDocument, TrackingMapping.ToLog);

    /// <summary>
    /// Reads a session log document from UTF-8 bytes, such as a stored row or one line of a JSON Lines journal,
    /// without making a string of them first.
    /// </summary>
    /// <param name="utf8Json">The document's bytes; a byte-order mark at the start is skipped.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The log.</returns>
    /// <exception cref="KneeJsonException">The bytes are not UTF-8 or not a valid session log; the exception says why and where.</exception>
    public static Tracking.SessionLog ReadSessionLog(ReadOnlySpan<byte> utf8Json, KneeJsonReaderOptions? options = null) =>
        Reading.FromUtf8(utf8Json, options, static c => c.SessionLogDocument, TrackingMapping.ToLog);

    /// <summary>Reads a session log document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The log.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid session log; the exception says why and where.</exception>
    public static Tracking.SessionLog ReadSessionLogFile(string path, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.SessionLogDocument, TrackingMapping.ToLog);

    /// <summary>Writes a session log document to a stream, at its current position, which is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="log">The log.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void WriteSessionLog(Stream utf8Json, Tracking.SessionLog log) =>
        JsonOutput.ToStream(Preconditions.CheckNotNull(utf8Json), TrackingMapping.ToDocument(Preconditions.CheckNotNull(log)), KneeJsonContext.Default.SessionLogDocument);

    /// <summary>Writes a session log document to a UTF-8 file, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="log">The log.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteSessionLogFile(string path, Tracking.SessionLog log) =>
        JsonOutput.ToFile(path, TrackingMapping.ToDocument(Preconditions.CheckNotNull(log)), KneeJsonContext.Default.SessionLogDocument);

    /// <summary>Reads a journal document from UTF-8 bytes, to the end of the stream, which is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid journal; the exception says why and where.</exception>
    public static Tracking.Journal ReadJournal(Stream utf8Json, KneeJsonReaderOptions? options = null) =>
        Reading.FromStream(utf8Json, options, static c => c.JournalDocument, TrackingMapping.ToJournal);

    /// <summary>Reads a journal document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">The file does not hold a valid journal; the exception says why and where.</exception>
    public static Tracking.Journal ReadJournalFile(string path, KneeJsonReaderOptions? options = null) =>
        Reading.FromFile(path, options, static c => c.JournalDocument, TrackingMapping.ToJournal);

    /// <summary>Writes a journal document to a stream, at its current position, which is left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="journal">The journal.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void WriteJournal(Stream utf8Json, Tracking.Journal journal) =>
        JsonOutput.ToStream(Preconditions.CheckNotNull(utf8Json), TrackingMapping.ToDocument(Preconditions.CheckNotNull(journal)), KneeJsonContext.Default.JournalDocument);

    /// <summary>Writes a journal document to a UTF-8 file, creating or replacing it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="journal">The journal.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteJournalFile(string path, Tracking.Journal journal) =>
        JsonOutput.ToFile(path, TrackingMapping.ToDocument(Preconditions.CheckNotNull(journal)), KneeJsonContext.Default.JournalDocument);

    /// <summary>
    /// Reads a JSON Lines journal: one session log document a line (as <see cref="WriteSessionLogLine"/> writes them),
    /// a later line for a day replacing an earlier one. Blank lines are skipped. A last line without its line feed
    /// that does not read was cut off mid-write: it is skipped and reported in the result.
    /// </summary>
    /// <param name="utf8">The journal's bytes, read to the end of the stream, which is left open.</param>
    /// <returns>The journal, and the torn last line if there was one.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="KneeJsonException">A line other than a torn last one is not a valid session log; <see cref="KneeJsonException.LineNumber"/> is the line's number.</exception>
    public static JournalLinesRead ReadJournalLines(Stream utf8) => JournalLines.Read(utf8);

    /// <summary>Reads a JSON Lines journal file, as <see cref="ReadJournalLines(Stream)"/>; a missing file is an empty journal.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The journal, and the torn last line if there was one.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="KneeJsonException">A line other than a torn last one is not a valid session log.</exception>
    public static JournalLinesRead ReadJournalLinesFile(string path) => JournalLines.ReadFile(path);

    /// <summary>
    /// Appends a log to a JSON Lines journal as one line. A torn last line is dropped first; a last line that is a whole
    /// log lacking only its line feed is ended instead.
    /// </summary>
    /// <param name="utf8">The journal: a stream that can read, write and seek; it is left open.</param>
    /// <param name="log">The log.</param>
    /// <returns>The number of the torn line dropped, or null.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.NotSupportedException">The stream cannot read, write or seek.</exception>
    public static int? AppendJournalLine(Stream utf8, Tracking.SessionLog log) => JournalLines.Append(utf8, log);

    /// <summary>
    /// Appends a log to a JSON Lines journal file, as <see cref="AppendJournalLine(Stream, Tracking.SessionLog)"/>:
    /// creating the file and its folder when missing, under a lock file beside it (<c>path.lock</c>, so writers take
    /// turns), and flushed to disk before returning. A write loses nothing already in the file.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="log">The log.</param>
    /// <returns>The number of the torn line dropped, or null.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written, or the lock was not had within 30 seconds.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be written.</exception>
    public static int? AppendJournalLineFile(string path, Tracking.SessionLog log) => JournalLines.AppendFile(path, log);

    /// <summary>Reads a journal document: a person's logs, at most one a day.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The reader's limits; <see cref="KneeJsonReaderOptions.Default"/> when null.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KneeJsonException">The document is not a valid journal; the exception says why and where.</exception>
    public static Tracking.Journal ReadJournal(string json, KneeJsonReaderOptions? options = null) =>
        Reading.FromString(json, options, static c => c.JournalDocument, TrackingMapping.ToJournal);

    /// <summary>Writes a journal document: the logs in date order.</summary>
    /// <param name="journal">The journal.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="journal"/> is null.</exception>
    public static string WriteJournal(Tracking.Journal journal) =>
        JsonOutput.ToText(TrackingMapping.ToDocument(Preconditions.CheckNotNull(journal)), KneeJsonContext.Default.JournalDocument);

    /// <summary>
    /// Writes what a <see cref="Coaching.Coach"/> decided for a day, with its words in English: <c>date</c>,
    /// <c>phase</c>, <c>sessionDay</c>, <c>level</c>, <c>routine</c> (a routine document of the adapted routine) and
    /// <c>decisions</c>, each with its facts (<c>kind</c>, <c>rule</c>, <c>exerciseId</c>, the levels, dosages,
    /// dates and pain figures it has) and its <c>reason</c>. Schema: <c>coaching-day.schema.json</c>. It is written
    /// for apps to show; there is no reader.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="day"/> is null.</exception>
    public static string WriteCoachingDay(Coaching.CoachingDay day) => WriteCoachingDay(day, Text.KneeText.English);

    /// <summary>
    /// Writes what a <see cref="Coaching.Coach"/> decided for a day, as <see cref="WriteCoachingDay(Coaching.CoachingDay)"/>
    /// does, with the words (<c>reason</c>, <c>phaseName</c>) in a language, which <c>language</c> names. The facts
    /// are the same in every language: an app that words them itself reads those.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <param name="words">The words' language.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static string WriteCoachingDay(Coaching.CoachingDay day, Text.KneeText words)
    {
        Preconditions.CheckNotNull(day);
        Preconditions.CheckNotNull(words);
        return JsonOutput.ToText((day, words), static (writer, d) => TrackingMapping.WriteCoachingDay(writer, d.day, d.words));
    }

    // ---- Shared ----

    // The readers of the built-in catalog and routine are made once, so the common reads allocate no closure.
    private static readonly System.Func<RoutineDocument, ReadContext, Routine> BuiltInRoutineReader =
        static (document, context) => RoutineMapping.ToRoutine(document, RunnersKnee.Catalog, context);

    private static readonly System.Func<PlanDocument, ReadContext, SessionPlan> BuiltInPlanReader =
        static (document, context) => PlanMapping.ToPlan(document, RoutineSet.BuiltIn, context);

    private static System.Func<RoutineDocument, ReadContext, Routine> RoutineReader(ExerciseCatalog? catalog) =>
        catalog is null ? BuiltInRoutineReader : (document, context) => RoutineMapping.ToRoutine(document, catalog, context);

    private static System.Func<PlanDocument, ReadContext, SessionPlan> PlanReader(IEnumerable<Routine>? routines)
    {
        if (routines is null)
        {
            return BuiltInPlanReader;
        }

        var set = new RoutineSet(routines, nameof(routines));
        return (document, context) => PlanMapping.ToPlan(document, set, context);
    }

    private static System.Func<ProgramDocument, ReadContext, TrainingProgram> ProgramReader(ExerciseCatalog? catalog)
    {
        catalog ??= RunnersKnee.Catalog;
        return (document, context) => ProgramMapping.ToProgram(document, catalog, context);
    }

    private static System.Func<ScheduledSessionsDocument, ReadContext, IReadOnlyList<ScheduledSession>> SessionsReader(TrainingProgram program)
    {
        Preconditions.CheckNotNull(program);
        return (document, context) => ProgramMapping.ToSessions(document, program, context);
    }

    private static System.Func<EnrolmentDocument, ReadContext, Enrolment> EnrolmentReader(TrainingProgram program)
    {
        Preconditions.CheckNotNull(program);
        return (document, context) => EnrolmentMapping.ToEnrolment(document, program, context);
    }

    private static ProgramDocument ProgramDocument(TrainingProgram program, ExerciseCatalog? catalog) =>
        ProgramMapping.ToDocument(Preconditions.CheckNotNull(program), catalog ?? RunnersKnee.Catalog);

    private static ScheduledSessionsDocument SessionsDocument(IEnumerable<ScheduledSession> sessions) =>
        ProgramMapping.ToDocument(Preconditions.CheckNotNull(sessions));

    private static RoutineDocument RoutineDocument(Routine routine, ExerciseCatalog? catalog) =>
        RoutineMapping.ToDocument(Preconditions.CheckNotNull(routine), catalog ?? RunnersKnee.Catalog);

    private static CatalogDocument CatalogDocument(ExerciseCatalog catalog) =>
        RoutineMapping.ToDocument(Preconditions.CheckNotNull(catalog));

    private static PlanDocument PlanDocument(SessionPlan plan) =>
        PlanMapping.ToDocument(Preconditions.CheckNotNull(plan));
}
