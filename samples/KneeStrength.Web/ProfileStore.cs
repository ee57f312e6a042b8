using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Threading;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Serialization;
using KneeStrength.Tracking;

namespace KneeStrength.Web;

/// <summary>A runner's profile: what they have, how long they usually have, which side first, and when they run again.</summary>
public sealed record Profile(string Id, EquipmentSet Equipment, int? Minutes, Side FirstSide, DateOnly Start, DateOnly? BackToRunning);

/// <summary>A profile as stored, with its revision: a number every change to the profile or its logs raises.</summary>
public sealed record StoredProfile(Profile Profile, long Revision);

/// <summary>
/// The first answer to a log write made with an <c>Idempotency-Key</c>, kept so that the same request sent again (a
/// phone that lost the first answer) gets it back and writes nothing.
/// </summary>
/// <param name="Fingerprint">What the request was (its path and body, hashed), so a key reused for another request is told apart.</param>
/// <param name="Status">The HTTP status of the first answer.</param>
/// <param name="Body">The body of the first answer.</param>
public sealed record KeptAnswer(string Fingerprint, int Status, string Body);

/// <summary>
/// The logs a decision reads: the profile's checkpoint (where the coach's walk through its journal stood on a day),
/// and its logs from the checkpoint's day on; all of its logs when it has none.
/// </summary>
/// <param name="Checkpoint">The checkpoint, or null.</param>
/// <param name="Journal">The logs from the checkpoint's day on, in date order.</param>
public sealed record RecentLogs(CoachCheckpoint? Checkpoint, Journal Journal);

/// <summary>
/// Where profiles, their logs and the revision of their last calendar export are kept: SQLite in one file by default
/// (<see cref="SqliteProfileStore"/>, nothing to install), or PostgreSQL (<see cref="PostgresProfileStore"/>) so that
/// several instances of the app share one database.
/// </summary>
/// <remarks>
/// Every store keeps the same contract, which the same tests check against both: each write is one transaction,
/// committed before the request is answered, so an answered write survives a kill of the app; a log replaces the
/// profile's log of the same day; a journal reads back in date order. A store checks the database it is given when it
/// starts and throws <see cref="StoreUnusableException"/> rather than run on one it does not recognise. Thread-safe.
/// </remarks>
public abstract class ProfileStore
{
    /// <summary>The version of the tables this app reads and writes; a store made by another version is refused.</summary>
    public const int SchemaVersion = 3;

    /// <summary>
    /// Raised with the profile's id after a change to a profile or its logs commits: at once for the writes of this
    /// instance, and, while <see cref="HearingSince"/> is not 0, when the database tells of another instance's. The
    /// handlers run on the writing thread or the store's listener, and must be quick.
    /// </summary>
    public event Action<string>? Changed;

    /// <summary>
    /// Not 0 while the store hears every committed change, other instances' included, through <see cref="Changed"/>: a
    /// new number each time it starts hearing them again, and 0 while it cannot (always, for a store that cannot hear
    /// other writers). So an answer worked out from reads that began while this was N is current until a change to its
    /// profile is heard, for as long as this is still N: up to the time the database takes to tell of a commit.
    /// </summary>
    public virtual long HearingSince => 0;

    /// <summary>Adds a new profile.</summary>
    public abstract void Add(Profile profile);

    /// <summary>Changes a profile's settings (its id and start stay) and raises its revision.</summary>
    public abstract void Update(Profile profile);

    /// <summary>The profile with this id, or null.</summary>
    public Profile? Find(string id) => Read(id)?.Profile;

    /// <summary>
    /// The profile with this id and its revision, or null. The revision is raised in the same transaction as every
    /// change to the profile or its logs, so an answer worked out from one revision is current while it holds: every
    /// instance of the app sharing the store can keep such answers.
    /// </summary>
    public abstract StoredProfile? Read(string id);

    /// <summary>
    /// <see cref="Read"/> without holding a thread while the database answers, for the paths every request takes; a
    /// store whose reads do not wait on a server (SQLite) reads at once.
    /// </summary>
    public virtual ValueTask<StoredProfile?> ReadAsync(string id, CancellationToken cancellationToken) => ValueTask.FromResult(Read(id));

    /// <summary><see cref="Journal"/> without holding a thread while the database answers; see <see cref="ReadAsync"/>.</summary>
    public virtual ValueTask<Journal> JournalAsync(string profileId, CancellationToken cancellationToken) => ValueTask.FromResult(Journal(profileId));

    /// <summary>
    /// The profile's checkpoint and its logs from the checkpoint's day on (all of them when it has none), read
    /// together: what a decision reads. See <see cref="SaveCheckpoint"/>.
    /// </summary>
    public abstract ValueTask<RecentLogs> RecentAsync(string profileId, CancellationToken cancellationToken);

    /// <summary>
    /// The profile with its revision and the logs a decision reads (<see cref="RecentAsync"/>), or null: what a day's
    /// first answer needs, read together (in one round trip to a database server); see <see cref="ReadAsync"/>.
    /// </summary>
    public virtual async ValueTask<(StoredProfile Stored, RecentLogs Recent)?> ReadWithRecentAsync(string id, CancellationToken cancellationToken) =>
        await ReadAsync(id, cancellationToken) is StoredProfile stored ? (stored, await RecentAsync(id, cancellationToken)) : null;

    /// <summary>
    /// Keeps where the coach's walk through the profile's journal stood, replacing the checkpoint before, unless the
    /// profile's revision is no longer <paramref name="revision"/> (a change since the logs it was made from were
    /// read). Saving a log dated on or before a kept checkpoint's day drops the checkpoint in the same transaction,
    /// so a kept checkpoint always holds for the logs stored.
    /// </summary>
    /// <returns>Whether it was kept.</returns>
    public abstract bool SaveCheckpoint(string profileId, long revision, CoachCheckpoint checkpoint);

    /// <summary>Stores a log, replacing the profile's log of that day, and raises the profile's revision.</summary>
    public abstract void Save(string profileId, SessionLog log);

    /// <summary>The answer kept under a profile's idempotency key, or null when the key is new.</summary>
    public abstract KeptAnswer? FindAnswer(string profileId, string key);

    /// <summary>
    /// Stores a log as <see cref="Save"/> does and keeps <paramref name="answer"/> under the key, in one transaction,
    /// unless the key is already kept: then nothing is written and the kept answer is returned. Of two writes with the
    /// same key at once, one writes and the other gets its answer.
    /// </summary>
    /// <returns>The answer now kept under the key: <paramref name="answer"/> when this call wrote the log.</returns>
    public abstract KeptAnswer SaveOnce(string profileId, SessionLog log, string key, KeptAnswer answer);

    /// <summary>The profile's logs, in date order.</summary>
    public abstract Journal Journal(string profileId);

    /// <summary>
    /// Up to <paramref name="count"/> of the profile's logs dated on or after <paramref name="from"/>, in date order:
    /// one page of its journal.
    /// </summary>
    public abstract IReadOnlyList<SessionLog> Logs(string profileId, DateOnly from, int count);

    /// <summary>The revision of the profile's last calendar export, or <see cref="Export.Calendar.CalendarRevision.None"/> before the first.</summary>
    public abstract CalendarRevision CalendarRevision(string profileId);

    /// <summary>Keeps the revision of a calendar export, replacing the one before.</summary>
    public abstract void SaveCalendarRevision(string profileId, CalendarRevision revision);

    /// <summary>Tells the handlers of <see cref="Changed"/> of a committed change to a profile or its logs.</summary>
    protected void OnChanged(string profileId) => Changed?.Invoke(profileId);

    /// <summary>
    /// Reads the profile a query's row holds: its columns equipment, minutes, first side, start, back to running and
    /// revision, in that order; each store reads its own dates.
    /// </summary>
    protected static StoredProfile ReadProfile(string id, DbDataReader row, Func<DbDataReader, int, DateOnly> date) => new(
        new Profile(
            id,
            EquipmentSet.Parse(row.GetString(0)).Value,
            row.IsDBNull(1) ? null : row.GetInt32(1),
            StoredSide(id, row.GetString(2)),
            date(row, 3),
            row.IsDBNull(4) ? null : date(row, 4)),
        row.GetInt64(5));

    /// <summary>Reads the logs of a query whose rows are each one session log document.</summary>
    protected static List<SessionLog> ReadLogs(DbDataReader rows)
    {
        var logs = new List<SessionLog>();
        while (rows.Read())
        {
            logs.Add(KneeJson.ReadSessionLog(rows.GetFieldValue<byte[]>(0)));
        }

        return logs;
    }

    /// <summary><see cref="ReadLogs"/> without holding a thread while the rows come.</summary>
    protected static async Task<List<SessionLog>> ReadLogsAsync(DbDataReader rows, CancellationToken cancellationToken)
    {
        var logs = new List<SessionLog>();
        while (await rows.ReadAsync(cancellationToken))
        {
            logs.Add(KneeJson.ReadSessionLog(rows.GetFieldValue<byte[]>(0)));
        }

        return logs;
    }

    /// <summary>A checkpoint's state as stored beside its day: compact JSON.</summary>
    protected static string CheckpointState(CoachCheckpoint checkpoint) => JsonSerializer.Serialize(
        new StoredCheckpoint(checkpoint.Level, checkpoint.CalmStreak, checkpoint.MorningBefore, [.. checkpoint.RunDays]),
        StoreJsonContext.Default.StoredCheckpoint);

    /// <summary>Reads a stored checkpoint: its day and its state (<see cref="CheckpointState"/>).</summary>
    protected static CoachCheckpoint ReadCheckpoint(string profileId, DateOnly date, string state)
    {
        try
        {
            var stored = JsonSerializer.Deserialize(state, StoreJsonContext.Default.StoredCheckpoint)
                ?? throw new InvalidDataException("null");
            return new CoachCheckpoint(date, stored.Level, stored.CalmStreak, stored.MorningBefore, stored.RunDays ?? []);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidDataException)
        {
            throw new InvalidDataException($"Profile {profileId} has a checkpoint that cannot be read ({e.Message}).", e);
        }
    }

    /// <summary>Reads a stored date.</summary>
    protected static DateOnly StoredDate(string text) =>
        Api.TryDate(text, out var date) ? date : throw new InvalidDataException($"The store holds a date that is not YYYY-MM-DD: {text}.");

    /// <summary>Reads a stored side.</summary>
    protected static Side StoredSide(string id, string text) =>
        Api.ParseSide(text) ?? throw new InvalidDataException($"Profile {id} has no first side.");
}

/// <summary>
/// A store the app must not run on: a damaged, emptied or unrecognised database, or one that is not where the settings
/// say. The message is one line that names the database and what to do.
/// </summary>
public sealed class StoreUnusableException(string message, Exception? inner = null) : Exception(message, inner);
