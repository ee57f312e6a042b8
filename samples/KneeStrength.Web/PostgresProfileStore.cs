using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Serialization;
using KneeStrength.Text;
using KneeStrength.Tracking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KneeStrength.Web;

/// <summary>
/// Profiles, their logs and calendar revisions in a PostgreSQL database, which several instances of the app share.
/// Each write is one transaction; the tables are made on the first start (under an advisory lock, so instances that
/// start together make them once) and checked on every start.
/// </summary>
/// <remarks>
/// Every change to a profile or its logs notifies the channel <c>knee_changes</c> in its transaction (PostgreSQL
/// delivers it when the transaction commits), and each store listens on one connection of its own, so the instances
/// sharing the database hear each other's changes (<see cref="ProfileStore.Changed"/>). A listener that hears nothing
/// for <see cref="ProbeInterval"/> checks its connection; while it is down, <see cref="HearingSince"/> is 0, and it
/// connects again every <see cref="ProbeInterval"/> at most.
/// </remarks>
public sealed class PostgresProfileStore : ProfileStore, IDisposable
{
    /// <summary>The channel every change is notified on; the payload is the profile's id.</summary>
    public const string Channel = "knee_changes";

    // The end of every write's statement: the changed profile (a CTE 'changed' of its id) notified, one row when it was.
    private const string Notify = $"SELECT 1, pg_notify('{Channel}', id) FROM changed;";

    // The end of a log write's statement, after a CTE 'saved' of the profile it wrote (@date bound): the revision
    // raised, a checkpoint on or after the log's day dropped, and notified.
    private const string RaiseAndNotify =
        "changed AS (UPDATE profiles SET revision = revision + 1, " +
        "coach_date = CASE WHEN coach_date >= @date THEN NULL ELSE coach_date END, " +
        "coach_state = CASE WHEN coach_date >= @date THEN NULL ELSE coach_state END " +
        "WHERE id IN (SELECT profile_id FROM saved) RETURNING id) " + Notify;

    private const string ProfileSql = "SELECT equipment, minutes, first_side, start, back_to_running, revision FROM profiles WHERE id = @id;";
    private const string JournalSql = "SELECT json FROM logs WHERE profile_id = @id ORDER BY date;";
    private const string CheckpointSql = "SELECT coach_date, coach_state FROM profiles WHERE id = @id;";
    private const string RecentSql = "SELECT json FROM logs WHERE profile_id = @id AND date >= coalesce((SELECT coach_date FROM profiles WHERE id = @id), '-infinity'::date) ORDER BY date;";

    // The advisory lock instances take while they make or check the tables: any fixed number this app alone uses.
    private const long SchemaLock = 0x4b6e6565_53746f72;

    private static long s_hearings;

    private readonly NpgsqlDataSource _source;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _listener;
    private long _hearingSince;

    /// <summary>Connects to the database and checks its tables, making them in a database that has none, then starts listening for changes.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="logger">Where the listener says when it stops and starts hearing other instances' changes; nowhere when null.</param>
    /// <exception cref="StoreUnusableException">The server cannot be reached, or the database holds tables of another version.</exception>
    public PostgresProfileStore(string connectionString, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        var settings = new NpgsqlConnectionStringBuilder(connectionString);

        // Named without the password, in every message.
        Name = $"PostgreSQL database {DisplayText.Quote(settings.Database ?? settings.Username ?? "postgres")} on {DisplayText.Quote(settings.Host ?? "localhost")}:{settings.Port}";
        _source = NpgsqlDataSource.Create(settings);
        try
        {
            Check();
        }
        catch (NpgsqlException e)
        {
            _source.Dispose();
            throw new StoreUnusableException($"The store {Name} cannot be used ({e.Message.TrimEnd('.')}): check ConnectionStrings:KneeStrength and that the server is running.", e);
        }
        catch (StoreUnusableException)
        {
            _source.Dispose();
            throw;
        }

        _listener = Task.Run(() => Listen(_stop.Token));
    }

    /// <summary>How long the listener waits for a notification before it checks its connection, and between tries to connect again.</summary>
    public static TimeSpan ProbeInterval { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The database and server, as messages name them (never with the password).</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override long HearingSince => Volatile.Read(ref _hearingSince);

    /// <inheritdoc/>
    public override void Add(Profile profile) => Write(
        profile,
        "INSERT INTO profiles (id, equipment, minutes, first_side, start, back_to_running) VALUES (@id, @equipment, @minutes, @side, @start, @back);");

    /// <inheritdoc/>
    public override void Update(Profile profile)
    {
        Write(
            profile,
            "WITH changed AS (UPDATE profiles SET equipment = @equipment, minutes = @minutes, first_side = @side, back_to_running = @back, revision = revision + 1 WHERE id = @id RETURNING id) " +
            Notify);
        OnChanged(profile.Id);
    }

    /// <inheritdoc/>
    public override StoredProfile? Read(string id)
    {
        using var command = ProfileQuery(id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadProfile(id, reader, StoredDate) : null;
    }

    /// <inheritdoc/>
    public override async ValueTask<StoredProfile?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = ProfileQuery(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadProfile(id, reader, StoredDate) : null;
    }

    /// <inheritdoc/>
    public override void Save(string profileId, SessionLog log)
    {
        // One statement, so one transaction: the log, the raised revision and the notification commit together or not at all.
        using var command = _source.CreateCommand(
            "WITH saved AS (INSERT INTO logs (profile_id, date, json) VALUES (@id, @date, @json) ON CONFLICT (profile_id, date) DO UPDATE SET json = excluded.json RETURNING profile_id), " +
            RaiseAndNotify);
        command.Parameters.AddWithValue("id", profileId);
        command.Parameters.AddWithValue("date", log.Date);
        command.Parameters.AddWithValue("json", KneeJson.WriteSessionLogLine(log));
        command.ExecuteNonQuery();
        OnChanged(profileId);
    }

    /// <inheritdoc/>
    public override async ValueTask<(StoredProfile Stored, RecentLogs Recent)?> ReadWithRecentAsync(string id, CancellationToken cancellationToken)
    {
        await using var batch = _source.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(ProfileSql) { Parameters = { new("id", id) } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(CheckpointSql) { Parameters = { new("id", id) } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(RecentSql) { Parameters = { new("id", id) } });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var stored = ReadProfile(id, reader, StoredDate);
        await reader.NextResultAsync(cancellationToken);
        return (stored, await ReadRecentAsync(id, reader, cancellationToken));
    }

    /// <inheritdoc/>
    public override async ValueTask<RecentLogs> RecentAsync(string profileId, CancellationToken cancellationToken)
    {
        await using var batch = _source.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(CheckpointSql) { Parameters = { new("id", profileId) } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(RecentSql) { Parameters = { new("id", profileId) } });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadRecentAsync(profileId, reader, cancellationToken);
    }

    /// <inheritdoc/>
    public override bool SaveCheckpoint(string profileId, long revision, CoachCheckpoint checkpoint)
    {
        // An update of the profile's row: a log write at the same time either goes first (the revision no longer
        // matches) or waits for this one and then drops the checkpoint if the log is on or before its day.
        using var command = _source.CreateCommand("UPDATE profiles SET coach_date = @date, coach_state = @state WHERE id = @id AND revision = @revision;");
        command.Parameters.AddWithValue("id", profileId);
        command.Parameters.AddWithValue("revision", revision);
        command.Parameters.AddWithValue("date", checkpoint.Date);
        command.Parameters.AddWithValue("state", CheckpointState(checkpoint));
        return command.ExecuteNonQuery() == 1;
    }

    // The checkpoint's row, then the logs from its day on.
    private static async Task<RecentLogs> ReadRecentAsync(string profileId, NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        CoachCheckpoint? checkpoint = null;
        if (await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0))
        {
            checkpoint = ReadCheckpoint(profileId, reader.GetFieldValue<DateOnly>(0), reader.GetString(1));
        }

        await reader.NextResultAsync(cancellationToken);
        return new RecentLogs(checkpoint, new Journal(await ReadLogsAsync(reader, cancellationToken)));
    }

    /// <inheritdoc/>
    public override Journal Journal(string profileId)
    {
        using var command = JournalQuery(profileId);
        using var reader = command.ExecuteReader();
        return new Journal(ReadLogs(reader));
    }

    /// <inheritdoc/>
    public override async ValueTask<Journal> JournalAsync(string profileId, CancellationToken cancellationToken)
    {
        await using var command = JournalQuery(profileId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return new Journal(await ReadLogsAsync(reader, cancellationToken));
    }

    /// <inheritdoc/>
    public override IReadOnlyList<SessionLog> Logs(string profileId, DateOnly from, int count)
    {
        using var command = _source.CreateCommand("SELECT json FROM logs WHERE profile_id = @id AND date >= @from ORDER BY date LIMIT @count;");
        command.Parameters.AddWithValue("id", profileId);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("count", count);
        using var reader = command.ExecuteReader();
        return ReadLogs(reader);
    }

    /// <inheritdoc/>
    public override CalendarRevision CalendarRevision(string profileId)
    {
        using var command = _source.CreateCommand("SELECT revision FROM calendar_revisions WHERE profile_id = @id;");
        command.Parameters.AddWithValue("id", profileId);
        return command.ExecuteScalar() is string text ? Export.Calendar.CalendarRevision.Parse(text) : Export.Calendar.CalendarRevision.None;
    }

    /// <inheritdoc/>
    public override void SaveCalendarRevision(string profileId, CalendarRevision revision)
    {
        using var command = _source.CreateCommand(
            "INSERT INTO calendar_revisions (profile_id, revision) VALUES (@id, @revision) ON CONFLICT (profile_id) DO UPDATE SET revision = excluded.revision;");
        command.Parameters.AddWithValue("id", profileId);
        command.Parameters.AddWithValue("revision", revision.ToString());
        command.ExecuteNonQuery();
    }

    /// <summary>Stops listening and closes the store's connections.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _listener.Wait(ProbeInterval);
        }
        catch (AggregateException)
        {
            // The listener ends by cancellation; nothing it could say matters now.
        }

        _stop.Dispose();
        _source.Dispose();
    }

    // Listens on one connection for the changes every instance notifies, and raises Changed for each; HearingSince
    // is a new number from the moment LISTEN is in place until the connection fails.
    private async Task Listen(CancellationToken stop)
    {
        bool heard = false;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _source.OpenConnectionAsync(stop);
                connection.Notification += (_, e) => OnChanged(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel};", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop);
                }

                Volatile.Write(ref _hearingSince, Interlocked.Increment(ref s_hearings));
                if (heard)
                {
                    StoreLog.HearingAgain(_logger, Name);
                }

                heard = true;
                while (true)
                {
                    if (!await connection.WaitAsync(ProbeInterval, stop))
                    {
                        // Nothing heard for a while: a connection that broke without a word fails this.
                        await using var probe = new NpgsqlCommand("SELECT 1;", connection) { CommandTimeout = (int)ProbeInterval.TotalSeconds };
                        await probe.ExecuteScalarAsync(stop);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Whatever broke the connection, the answers are checked against the database until it is back.
                StoreLog.NotHearing(_logger, Name, e.Message);
            }
            finally
            {
                Volatile.Write(ref _hearingSince, 0);
            }

            try
            {
                await Task.Delay(ProbeInterval, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private static DateOnly StoredDate(System.Data.Common.DbDataReader row, int column) => row.GetFieldValue<DateOnly>(column);

    private NpgsqlCommand ProfileQuery(string id)
    {
        var command = _source.CreateCommand(ProfileSql);
        command.Parameters.AddWithValue("id", id);
        return command;
    }

    private NpgsqlCommand JournalQuery(string profileId)
    {
        var command = _source.CreateCommand(JournalSql);
        command.Parameters.AddWithValue("id", profileId);
        return command;
    }

    // A single statement outside an explicit transaction is its own transaction in PostgreSQL: committed (and, with
    // the server's default synchronous_commit, on disk) before ExecuteNonQuery returns.
    private void Write(Profile profile, string sql)
    {
        using var command = _source.CreateCommand(sql);
        command.Parameters.AddWithValue("id", profile.Id);
        command.Parameters.AddWithValue("equipment", profile.Equipment.ToString());
        command.Parameters.Add(new NpgsqlParameter<int?>("minutes", profile.Minutes) { DataTypeName = "integer" });
        command.Parameters.AddWithValue("side", Api.SideName(profile.FirstSide));
        command.Parameters.AddWithValue("start", profile.Start);
        command.Parameters.Add(new NpgsqlParameter<DateOnly?>("back", profile.BackToRunning) { DataTypeName = "date" });
        command.ExecuteNonQuery();
    }

    private void Check()
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({SchemaLock});");
        Execute(connection, "CREATE TABLE IF NOT EXISTS knee_schema (version integer NOT NULL);");
        using (var read = new NpgsqlCommand("SELECT version FROM knee_schema;", connection))
        {
            var versions = new List<int>();
            using (var reader = read.ExecuteReader())
            {
                while (reader.Read())
                {
                    versions.Add(reader.GetInt32(0));
                }
            }

            if (versions is [1] or [2])
            {
                if (versions is [1])
                {
                    CreateIdempotencyKeys(connection);
                }

                AddCheckpoints(connection);
                Execute(connection, $"UPDATE knee_schema SET version = {SchemaVersion};");
                transaction.Commit();
                return;
            }

            if (versions.Count > 1 || (versions.Count == 1 && versions[0] != SchemaVersion))
            {
                throw new StoreUnusableException(
                    $"The store {Name} holds tables of schema {string.Join(", ", versions)}; this app reads schema {SchemaVersion}: run the version that wrote them, or give another database.");
            }

            if (versions.Count == 1)
            {
                transaction.Commit();
                return;
            }
        }

        Execute(
            connection,
            $"""
            CREATE TABLE profiles (
              id text PRIMARY KEY,
              equipment text NOT NULL,
              minutes integer NULL,
              first_side text NOT NULL,
              start date NOT NULL,
              back_to_running date NULL,
              revision bigint NOT NULL DEFAULT 0,
              coach_date date NULL,
              coach_state text NULL);
            CREATE TABLE logs (
              profile_id text NOT NULL REFERENCES profiles(id),
              date date NOT NULL,
              json text NOT NULL,
              PRIMARY KEY (profile_id, date));
            CREATE TABLE calendar_revisions (
              profile_id text PRIMARY KEY REFERENCES profiles(id),
              revision text NOT NULL);
            INSERT INTO knee_schema (version) VALUES ({SchemaVersion});
            """);
        CreateIdempotencyKeys(connection);
        transaction.Commit();
    }

    /// <inheritdoc/>
    public override KeptAnswer? FindAnswer(string profileId, string key)
    {
        using var command = _source.CreateCommand("SELECT fingerprint, status, body FROM idempotency_keys WHERE profile_id = @id AND key = @key;");
        command.Parameters.AddWithValue("id", profileId);
        command.Parameters.AddWithValue("key", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new KeptAnswer(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    /// <inheritdoc/>
    public override KeptAnswer SaveOnce(string profileId, SessionLog log, string key, KeptAnswer answer)
    {
        // One statement, so one transaction: the key, the log, the raised revision and the notification commit together
        // or not at all. A key already kept (or being kept by a write in flight, which the insert waits for) writes nothing.
        using var command = _source.CreateCommand(
            "WITH kept AS (INSERT INTO idempotency_keys (profile_id, key, fingerprint, status, body) VALUES (@id, @key, @fingerprint, @status, @body) ON CONFLICT (profile_id, key) DO NOTHING RETURNING profile_id), " +
            "saved AS (INSERT INTO logs (profile_id, date, json) SELECT profile_id, @date, @json FROM kept ON CONFLICT (profile_id, date) DO UPDATE SET json = excluded.json RETURNING profile_id), " +
            RaiseAndNotify);
        command.Parameters.AddWithValue("id", profileId);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("fingerprint", answer.Fingerprint);
        command.Parameters.AddWithValue("status", answer.Status);
        command.Parameters.AddWithValue("body", answer.Body);
        command.Parameters.AddWithValue("date", log.Date);
        command.Parameters.AddWithValue("json", KneeJson.WriteSessionLogLine(log));
        if (command.ExecuteScalar() is null)
        {
            return FindAnswer(profileId, key) ?? throw new InvalidOperationException($"The idempotency key of profile {profileId} was neither kept nor found.");
        }

        OnChanged(profileId);
        return answer;
    }

    // Schema 2: the answers of log writes kept by their Idempotency-Key.
    private static void CreateIdempotencyKeys(NpgsqlConnection connection) => Execute(
        connection,
        """
        CREATE TABLE IF NOT EXISTS idempotency_keys (
          profile_id text NOT NULL REFERENCES profiles(id),
          key text NOT NULL,
          fingerprint text NOT NULL,
          status integer NOT NULL,
          body text NOT NULL,
          PRIMARY KEY (profile_id, key));
        """);

    // Schema 3: where the coach's walk through the profile's journal stood (a day, and the state as JSON).
    private static void AddCheckpoints(NpgsqlConnection connection) => Execute(
        connection,
        "ALTER TABLE profiles ADD COLUMN IF NOT EXISTS coach_date date NULL, ADD COLUMN IF NOT EXISTS coach_state text NULL;");

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
