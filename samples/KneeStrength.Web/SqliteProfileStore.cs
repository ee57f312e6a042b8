using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Serialization;
using KneeStrength.Text;
using KneeStrength.Tracking;
using Microsoft.Data.Sqlite;

namespace KneeStrength.Web;

/// <summary>
/// Profiles, their logs and calendar revisions in one SQLite file: WAL mode, full synchronous writes, one transaction
/// per write. Checked when it starts: a new store is made only in a new or empty folder, or when asked
/// (<c>create</c>); an emptied, damaged or unrecognised file is refused.
/// </summary>
public sealed class SqliteProfileStore : ProfileStore
{
    // A log saved (replacing the day's), the profile's revision raised and a checkpoint on or after its day dropped,
    // with $id, $date and $json bound.
    private const string SaveLog =
        "INSERT OR REPLACE INTO logs (profile_id, date, json) VALUES ($id, $date, $json); " +
        "UPDATE profiles SET revision = revision + 1, " +
        "coach_date = CASE WHEN coach_date >= $date THEN NULL ELSE coach_date END, " +
        "coach_state = CASE WHEN coach_date >= $date THEN NULL ELSE coach_state END WHERE id = $id;";

    private static readonly string[] Tables = ["calendar_revisions", "idempotency_keys", "logs", "profiles"];

    // The connections SQLite has opened that are set up (synchronous writes, foreign keys), held weakly.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, SQLitePCL.sqlite3> SetUp = [];

    private readonly string _connectionString;

    /// <summary>Opens the store at <paramref name="path"/>, checking it first.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="create">Make a new store when there is no file, even in a folder that holds other files.</param>
    /// <exception cref="StoreUnusableException">The file is missing (and may not be made), empty, damaged or not a store of this app.</exception>
    public SqliteProfileStore(string path, bool create = false)
    {
        string file = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(file)!;
        FilePath = file;
        bool exists = File.Exists(file);
        if (!exists)
        {
            // A typo in the path would otherwise start an empty store beside the real one.
            bool newFolder = !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
            if (!create && !newFolder)
            {
                throw new StoreUnusableException(
                    $"There is no store at {DisplayText.Quote(file)}, and its folder holds other files: check the path " +
                    "(KneeStrength:Database), or set KneeStrength:CreateStore=true to start a new, empty store there.");
            }

            Directory.CreateDirectory(folder);
        }
        else if (new FileInfo(file).Length == 0)
        {
            throw Unusable("is empty (0 bytes) and holds no profiles: restore it from a backup, or delete it to start a new store.");
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = exists ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

        try
        {
            using var connection = Open();
            Check(connection);
        }
        catch (SqliteException e)
        {
            SqliteConnection.ClearAllPools();
            throw Unusable($"cannot be read as a SQLite database ({e.Message.TrimEnd('.')}): restore it from a backup.", e);
        }
    }

    /// <summary>The database file, as a full path.</summary>
    public string FilePath { get; }

    /// <inheritdoc/>
    public override void Add(Profile profile) => Write(
        profile,
        "INSERT INTO profiles (id, equipment, minutes, first_side, start, back_to_running) VALUES ($id, $equipment, $minutes, $side, $start, $back);");

    /// <inheritdoc/>
    public override void Update(Profile profile)
    {
        Write(
            profile,
            "UPDATE profiles SET equipment = $equipment, minutes = $minutes, first_side = $side, back_to_running = $back, revision = revision + 1 WHERE id = $id;");
        OnChanged(profile.Id);
    }

    /// <inheritdoc/>
    public override CalendarRevision CalendarRevision(string profileId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT revision FROM calendar_revisions WHERE profile_id = $id;";
        command.Parameters.AddWithValue("$id", profileId);
        return command.ExecuteScalar() is string text ? Export.Calendar.CalendarRevision.Parse(text) : Export.Calendar.CalendarRevision.None;
    }

    /// <inheritdoc/>
    public override void SaveCalendarRevision(string profileId, CalendarRevision revision)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO calendar_revisions (profile_id, revision) VALUES ($id, $revision);";
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$revision", revision.ToString());
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <inheritdoc/>
    public override StoredProfile? Read(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT equipment, minutes, first_side, start, back_to_running, revision FROM profiles WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return ReadProfile(id, reader, static (row, column) => StoredDate(row.GetString(column)));
    }

    /// <inheritdoc/>
    public override void Save(string profileId, SessionLog log)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = SaveLog;
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$date", Api.Date(log.Date));
        command.Parameters.AddWithValue("$json", KneeJson.WriteSessionLogLine(log));
        command.ExecuteNonQuery();
        transaction.Commit();
        OnChanged(profileId);
    }

    /// <inheritdoc/>
    public override Journal Journal(string profileId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM logs WHERE profile_id = $id ORDER BY date;";
        command.Parameters.AddWithValue("$id", profileId);
        using var reader = command.ExecuteReader();
        return new Journal(ReadLogs(reader));
    }

    /// <inheritdoc/>
    public override ValueTask<RecentLogs> RecentAsync(string profileId, CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT coach_date, coach_state FROM profiles WHERE id = $id; " +
            "SELECT json FROM logs WHERE profile_id = $id AND date >= coalesce((SELECT coach_date FROM profiles WHERE id = $id), '') ORDER BY date;";
        command.Parameters.AddWithValue("$id", profileId);
        using var reader = command.ExecuteReader();
        CoachCheckpoint? checkpoint = null;
        if (reader.Read() && !reader.IsDBNull(0))
        {
            checkpoint = ReadCheckpoint(profileId, StoredDate(reader.GetString(0)), reader.GetString(1));
        }

        reader.NextResult();
        return ValueTask.FromResult(new RecentLogs(checkpoint, new Journal(ReadLogs(reader))));
    }

    /// <inheritdoc/>
    public override bool SaveCheckpoint(string profileId, long revision, CoachCheckpoint checkpoint)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE profiles SET coach_date = $date, coach_state = $state WHERE id = $id AND revision = $revision;";
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$revision", revision);
        command.Parameters.AddWithValue("$date", Api.Date(checkpoint.Date));
        command.Parameters.AddWithValue("$state", CheckpointState(checkpoint));
        return command.ExecuteNonQuery() == 1;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<SessionLog> Logs(string profileId, DateOnly from, int count)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM logs WHERE profile_id = $id AND date >= $from ORDER BY date LIMIT $count;";
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$from", Api.Date(from));
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        return ReadLogs(reader);
    }

    // One statement over a profile's columns, in one transaction; every column is bound, each statement uses its own.
    private void Write(Profile profile, string sql)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", profile.Id);
        command.Parameters.AddWithValue("$equipment", profile.Equipment.ToString());
        command.Parameters.AddWithValue("$minutes", (object?)profile.Minutes ?? DBNull.Value);
        command.Parameters.AddWithValue("$side", Api.SideName(profile.FirstSide));
        command.Parameters.AddWithValue("$start", Api.Date(profile.Start));
        command.Parameters.AddWithValue("$back", profile.BackToRunning is DateOnly back ? Api.Date(back) : DBNull.Value);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    // The file must pass SQLite's quick check and hold this app's tables at this app's schema version; a new file gets them.
    private void Check(SqliteConnection connection)
    {
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA quick_check;";
            using var reader = check.ExecuteReader();
            string first = reader.Read() ? reader.GetString(0) : "no answer";
            if (first != "ok")
            {
                throw Unusable($"is damaged (SQLite's quick_check: {DisplayText.Quote(first)}): restore it from a backup.");
            }
        }

        long version = (long)Scalar(connection, "PRAGMA user_version;")!;
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (version > SchemaVersion)
        {
            throw Unusable($"was written by a newer version of the app (schema {version}; this one reads {SchemaVersion}): run that version, or restore a backup.");
        }

        // Schema 0 is a new file, or a store of this app from before schemas had versions (the same tables).
        var unknown = tables.Except(Tables, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 || (version == SchemaVersion && tables.Count != Tables.Length))
        {
            throw Unusable($"is a SQLite database but not a store of this app (its tables: {string.Join(", ", tables.Select(t => DisplayText.Quote(t)))}): check the path (KneeStrength:Database).");
        }

        Execute(connection, "PRAGMA journal_mode=WAL;");
        if (version < SchemaVersion)
        {
            using var transaction = connection.BeginTransaction();
            if (tables.Contains("profiles") && (long)Scalar(connection, "SELECT COUNT(*) FROM pragma_table_info('profiles') WHERE name = 'revision';")! == 0)
            {
                Execute(connection, "ALTER TABLE profiles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;");
            }

            // Schema 3: where the coach's walk through the profile's journal stood (a day, and the state as JSON).
            if (tables.Contains("profiles") && (long)Scalar(connection, "SELECT COUNT(*) FROM pragma_table_info('profiles') WHERE name = 'coach_date';")! == 0)
            {
                Execute(connection, "ALTER TABLE profiles ADD COLUMN coach_date TEXT NULL; ALTER TABLE profiles ADD COLUMN coach_state TEXT NULL;");
            }

            Execute(
                connection,
                $"""
                CREATE TABLE IF NOT EXISTS profiles (
                  id TEXT PRIMARY KEY,
                  equipment TEXT NOT NULL,
                  minutes INTEGER NULL,
                  first_side TEXT NOT NULL,
                  start TEXT NOT NULL,
                  back_to_running TEXT NULL,
                  revision INTEGER NOT NULL DEFAULT 0,
                  coach_date TEXT NULL,
                  coach_state TEXT NULL);
                CREATE TABLE IF NOT EXISTS logs (
                  profile_id TEXT NOT NULL REFERENCES profiles(id),
                  date TEXT NOT NULL,
                  json TEXT NOT NULL,
                  PRIMARY KEY (profile_id, date));
                CREATE TABLE IF NOT EXISTS calendar_revisions (
                  profile_id TEXT PRIMARY KEY REFERENCES profiles(id),
                  revision TEXT NOT NULL);
                """);
            CreateIdempotencyKeys(connection);
            Execute(connection, $"PRAGMA user_version = {SchemaVersion};");
            transaction.Commit();
        }
    }

    /// <inheritdoc/>
    public override KeptAnswer? FindAnswer(string profileId, string key)
    {
        using var connection = Open();
        return FindAnswer(connection, profileId, key);
    }

    /// <inheritdoc/>
    public override KeptAnswer SaveOnce(string profileId, SessionLog log, string key, KeptAnswer answer)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        if (FindAnswer(connection, profileId, key) is KeptAnswer kept)
        {
            return kept;
        }

        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO idempotency_keys (profile_id, key, fingerprint, status, body) VALUES ($id, $key, $fingerprint, $status, $body); " + SaveLog;
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$fingerprint", answer.Fingerprint);
        command.Parameters.AddWithValue("$status", answer.Status);
        command.Parameters.AddWithValue("$body", answer.Body);
        command.Parameters.AddWithValue("$date", Api.Date(log.Date));
        command.Parameters.AddWithValue("$json", KneeJson.WriteSessionLogLine(log));
        command.ExecuteNonQuery();
        transaction.Commit();
        OnChanged(profileId);
        return answer;
    }

    private static KeptAnswer? FindAnswer(SqliteConnection connection, string profileId, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT fingerprint, status, body FROM idempotency_keys WHERE profile_id = $id AND key = $key;";
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new KeptAnswer(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    // Schema 2: the answers of log writes kept by their Idempotency-Key (made in a new store, and added to a schema 1 one).
    private static void CreateIdempotencyKeys(SqliteConnection connection) => Execute(
        connection,
        """
        CREATE TABLE IF NOT EXISTS idempotency_keys (
          profile_id TEXT NOT NULL REFERENCES profiles(id),
          key TEXT NOT NULL,
          fingerprint TEXT NOT NULL,
          status INTEGER NOT NULL,
          body TEXT NOT NULL,
          PRIMARY KEY (profile_id, key));
        """);

    private StoreUnusableException Unusable(string problem, Exception? inner = null) =>
        new($"The store {DisplayText.Quote(FilePath)} {problem}", inner);

    // A connection from the pool, set up once per connection SQLite has opened (the settings stay with it in the pool),
    // not on every request: most requests only read a profile's row.
    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        var handle = connection.Handle!;
        if (!SetUp.TryGetValue(handle, out _))
        {
            Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
            SetUp.AddOrUpdate(handle, handle);
        }

        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
