using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json;
using KneeStrength;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Scheduling;
using KneeStrength.Serialization;
using KneeStrength.Tracking;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// The per-profile path under load: many profiles with a year of logs each, written straight into the app's store,
/// and 64 clients asking <c>/today</c> for random profiles, against a static file of the size of one answer served
/// by the same app. Goal (issue 24): at least half the static file's throughput, with no errors, on each store.
/// </summary>
internal static class PerProfile
{
    public static async Task<int> Measure(
        string dll,
        string contentRoot,
        int profiles,
        bool sqlite,
        string? postgres,
        int clients,
        int seconds,
        string? output,
        Func<string, string, string, string?, string?, Process> startApp,
        Func<Process, Task<Uri>> listening,
        Func<HttpClient, Func<Random, Uri>, string, int, TimeSpan, int, Task<Result>> run)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var start = today.AddDays(-365);
        var ids = Enumerable.Range(0, profiles).Select(Id).ToArray();
        var rows = new List<string>();
        bool met = true, coldMet = true;
        string[] stores = [.. new[] { sqlite ? "SQLite" : null, postgres is null ? null : "PostgreSQL" }.OfType<string>()];
        foreach (string store in stores)
        {
            string data = Directory.CreateTempSubdirectory("knee-load-").FullName;
            string webRoot = Directory.CreateDirectory(Path.Combine(data, "wwwroot")).FullName;
            string database = Path.Combine(data, "store", "knee.db");
            if (store == "PostgreSQL")
            {
                await Reset(postgres!);
            }

            using var app = startApp(dll, contentRoot, database, store == "PostgreSQL" ? postgres : null, webRoot);
            try
            {
                var address = await listening(app);
                var seeding = Stopwatch.StartNew();
                long logs = store == "PostgreSQL" ? await SeedPostgres(postgres!, ids, start, today) : SeedSqlite(database, ids, start, today);
                Console.WriteLine($"{store}: {profiles:N0} profiles and {logs:N0} logs written in {seeding.Elapsed.TotalSeconds:0} s.");

                using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
                using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
                byte[] one = await http.GetByteArrayAsync(new Uri($"/api/profiles/{ids[0]}/today", UriKind.Relative));
                await File.WriteAllBytesAsync(Path.Combine(webRoot, "today.json"), one);
                var staticUri = new Uri("/today.json", UriKind.Relative);
                var uris = ids.Select(id => new Uri($"/api/profiles/{id}/today", UriKind.Relative)).ToArray();

                // First answers: a share of the profiles, each asked once in a shuffled order (the clients share the
                // list), after a warm-up of the app on the static file and on profiles kept out of the count. Cold:
                // the others, asked at random from nothing kept, as at the start of a day. Warm: every profile has
                // been asked once today, as on a server most of the day, so an answer is kept until its profile changes.
                var order = uris.ToArray();
                new Random(7).Shuffle(order);
                int firsts = Math.Min(order.Length / 5, 2000);
                await AskEach(http, order[..clients], clients);
                await run(http, _ => staticUri, "warm-up", clients, TimeSpan.FromSeconds(Math.Min(3, seconds)), one.Length);
                var first = await Once(http, order[clients..firsts], "/api/profiles/{each id once}/today, first answers", clients);
                Console.WriteLine(first.Row());
                var others = order[firsts..];
                var cold = await run(http, r => others[r.Next(others.Length)], "/api/profiles/{random id}/today, cold", clients, TimeSpan.FromSeconds(seconds), -1);
                Console.WriteLine(cold.Row());
                await AskEach(http, uris, clients);
                Func<Random, Uri> random = r => uris[r.Next(uris.Length)];
                var warm = await Measured(run, http, random, "/api/profiles/{random id}/today, warm", clients, seconds, -1);
                var fixedFile = await Measured(run, http, _ => staticUri, "/today.json (static, one answer's size)", clients, seconds, one.Length);

                double coldRatio = cold.PerSecond / fixedFile.PerSecond, warmRatio = warm.PerSecond / fixedFile.PerSecond;
                met &= first.Errors == 0 && cold.Errors == 0 && warm.Errors == 0 && fixedFile.Errors == 0 && warmRatio >= 0.5;
                coldMet &= coldRatio >= 0.5;
                rows.AddRange(new[] { first, cold, warm, fixedFile }.Select(r => $"| {store} {r.Row()[2..]}"));
                rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {store}: cold / static | | | **{coldRatio:0.00}x** | | |"));
                rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {store}: warm / static | | | **{warmRatio:0.00}x** | | |"));
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                await LoadRun.Stop(app, data);
            }
        }

        var text = new StringBuilder();
        text.AppendLine("# Web companion under load: the per-profile path");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project benchmarks/KneeStrength.LoadTest -- --profiles {profiles} [--postgres CONNECTION-STRING] [--no-sqlite] --out benchmarks/results/WebLoadProfiles.md`: {profiles:N0} profiles, each started 365 days ago with a log for every day since (written straight into the store, with the checkpoint the profile's first answer of yesterday kept: where the coach's walk stood two weeks before), {clients} concurrent clients asking `/today`: first answers, each of a fifth of the profiles (up to 2,000) asked once in a shuffled order, each answer worked out (reading the logs from the checkpoint on); cold, for {seconds} s, a random one of the other profiles each time (each client its own seeded sequence) from nothing kept, as at the start of a day; warm, for {seconds} s, a random profile each time after every profile was asked once (a day's steady state: an answer is kept until its profile changes); then the same clients for a static file of one answer's size served by the same app; on loopback, the app, the clients and the database server on the same machine ({Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}). A 3 s warm-up before the first answers (the static file, and {clients} profiles left out of the count) and before the warm and static runs is not counted.");
        text.AppendLine();
        text.AppendLine("| Store and target | Responses | Errors | Responses/s | p50 (ms) | p99 (ms) |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        rows.ForEach(r => text.AppendLine(r));
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Goal (issue 24): the per-profile path at least 0.50x the static file's throughput, with no errors, on each store measured: warm, **{(met ? "met" : "not met")}**; cold, **{(coldMet ? "met" : "not met")}**.");
        return await LoadRun.Publish(text.ToString(), met, output);
    }

    // A warm-up of up to 3 s, not counted, then the measured run.
    private static async Task<Result> Measured(
        Func<HttpClient, Func<Random, Uri>, string, int, TimeSpan, int, Task<Result>> run, HttpClient http, Func<Random, Uri> pick, string label, int clients, int seconds, int length)
    {
        await run(http, pick, label, clients, TimeSpan.FromSeconds(Math.Min(3, seconds)), length);
        var result = await run(http, pick, label, clients, TimeSpan.FromSeconds(seconds), length);
        Console.WriteLine(result.Row());
        return result;
    }

    // Asks for each profile's day once, with the clients sharing the list, timing each answer: a response counts when
    // it is 200 with a body.
    private static async Task<Result> Once(HttpClient http, Uri[] uris, string label, int clients)
    {
        int next = -1;
        long errors = 0;
        var latencies = new List<long>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<long>(uris.Length / clients + 1);
            for (int i = Interlocked.Increment(ref next); i < uris.Length; i = Interlocked.Increment(ref next))
            {
                long started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(uris[i]);
                    byte[] body = await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode && body.Length > 0)
                    {
                        mine.Add(Stopwatch.GetTimestamp() - started);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        double elapsed = clock.Elapsed.TotalSeconds;
        long[] all = latencies.SelectMany(l => l).Order().ToArray();
        double Ms(double q) => all.Length == 0 ? 0 : all[(int)Math.Min(all.Length - 1, Math.Floor(q * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new Result(label, all.Length, errors, all.Length / elapsed, Ms(0.5), Ms(0.99));
    }

    // Asks for each profile's day once, with the clients sharing the list.
    private static async Task AskEach(HttpClient http, Uri[] uris, int clients)
    {
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < uris.Length; i = Interlocked.Increment(ref next))
            {
                using var response = await http.GetAsync(uris[i]);
                response.EnsureSuccessStatusCode();
            }
        })));
    }

    // Ids as the app makes them (32 lowercase hex digits), from a seeded sequence: the same profiles every run.
    private static string Id(int index)
    {
        var bytes = new byte[16];
        new Random(index).NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    // A year of days for each profile: a session most days, pain that wanders between 0 and 4, a run now and then.
    private static IEnumerable<(string Id, DateOnly Date, string Json)> Logs(string[] ids, DateOnly start, DateOnly today)
    {
        for (int p = 0; p < ids.Length; p++)
        {
            foreach (var log in ProfileLogs(p, start, today))
            {
                yield return (ids[p], log.Date, KneeJson.WriteSessionLogLine(log));
            }
        }
    }

    private static IEnumerable<SessionLog> ProfileLogs(int p, DateOnly start, DateOnly today)
    {
        var random = new Random(p);
        for (var date = start; date < today; date = date.AddDays(1))
        {
            yield return random.Next(10) == 0
                ? new SessionLog(date, null, SessionCompletion.None, run: new RunLog(20 + random.Next(20), random.Next(0, 4)))
                : new SessionLog(date, "runners-knee", SessionCompletion.All, painBefore: random.Next(0, 3), painDuring: random.Next(0, 5), painAfter: random.Next(0, 4), painNextMorning: random.Next(0, 3));
        }
    }

    // Each profile's checkpoint as the app keeps it after the profile's first answer of yesterday (Api.DecideAsync:
    // two weeks back of the day), with its state in the store's JSON (ProfileStore.CheckpointState): what a server
    // that has run for a while holds, so that today's first answer reads the logs from it on.
    private static (DateOnly Date, string State)[] Checkpoints(string[] ids, DateOnly start, DateOnly today)
    {
        var checkpoints = new (DateOnly, string)[ids.Length];
        Parallel.For(0, ids.Length, p =>
        {
            var enrolment = new Enrolment(ids[p], RunnersKnee.Program, start);
            var checkpoint = Coach.Default.Checkpoint(enrolment, new Journal(ProfileLogs(p, start, today)), today.AddDays(-1 - 14))
                ?? throw new InvalidOperationException($"Profile {ids[p]} has no judged session day to stand on.");
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteNumber("level", checkpoint.Level);
                json.WriteNumber("calmStreak", checkpoint.CalmStreak);
                if (checkpoint.MorningBefore is int morning)
                {
                    json.WriteNumber("morningBefore", morning);
                }
                else
                {
                    json.WriteNull("morningBefore");
                }

                json.WriteStartArray("runDays");
                foreach (var day in checkpoint.RunDays)
                {
                    json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            checkpoints[p] = (checkpoint.Date, Encoding.UTF8.GetString(buffer.ToArray()));
        });
        return checkpoints;
    }

    private static long SeedSqlite(string database, string[] ids, DateOnly start, DateOnly today)
    {
        var checkpoints = Checkpoints(ids, start, today);
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var profile = connection.CreateCommand())
        {
            profile.CommandText = "INSERT INTO profiles (id, equipment, minutes, first_side, start, back_to_running, coach_date, coach_state) VALUES ($id, $equipment, NULL, 'left', $start, NULL, $coachDate, $coachState);";
            var id = profile.Parameters.Add("$id", SqliteType.Text);
            var coachDate = profile.Parameters.Add("$coachDate", SqliteType.Text);
            var coachState = profile.Parameters.Add("$coachState", SqliteType.Text);
            profile.Parameters.AddWithValue("$equipment", EquipmentSet.All.ToString());
            profile.Parameters.AddWithValue("$start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            for (int i = 0; i < ids.Length; i++)
            {
                id.Value = ids[i];
                coachDate.Value = checkpoints[i].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                coachState.Value = checkpoints[i].State;
                profile.ExecuteNonQuery();
            }
        }

        long count = 0;
        using (var log = connection.CreateCommand())
        {
            log.CommandText = "INSERT INTO logs (profile_id, date, json) VALUES ($id, $date, $json);";
            var id = log.Parameters.Add("$id", SqliteType.Text);
            var date = log.Parameters.Add("$date", SqliteType.Text);
            var json = log.Parameters.Add("$json", SqliteType.Text);
            foreach (var (profileId, day, text) in Logs(ids, start, today))
            {
                id.Value = profileId;
                date.Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                json.Value = text;
                log.ExecuteNonQuery();
                count++;
            }
        }

        transaction.Commit();

        // Into the database file, so the run reads no write-ahead log of a gigabyte.
        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return count;
    }

    private static async Task Reset(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand("DROP TABLE IF EXISTS idempotency_keys, calendar_revisions, logs, profiles, knee_schema;", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<long> SeedPostgres(string connectionString, string[] ids, DateOnly start, DateOnly today)
    {
        var checkpoints = Checkpoints(ids, start, today);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var profile = await connection.BeginBinaryImportAsync("COPY profiles (id, equipment, first_side, start, coach_date, coach_state) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = 0; i < ids.Length; i++)
            {
                await profile.StartRowAsync();
                await profile.WriteAsync(ids[i], NpgsqlDbType.Text);
                await profile.WriteAsync(EquipmentSet.All.ToString(), NpgsqlDbType.Text);
                await profile.WriteAsync("left", NpgsqlDbType.Text);
                await profile.WriteAsync(start, NpgsqlDbType.Date);
                await profile.WriteAsync(checkpoints[i].Date, NpgsqlDbType.Date);
                await profile.WriteAsync(checkpoints[i].State, NpgsqlDbType.Text);
            }

            await profile.CompleteAsync();
        }

        long count = 0;
        await using (var log = await connection.BeginBinaryImportAsync("COPY logs (profile_id, date, json) FROM STDIN (FORMAT BINARY)"))
        {
            // Millions of rows and their index: far longer than a command's default 30 s on a busy machine.
            log.Timeout = TimeSpan.FromMinutes(15);
            foreach (var (profileId, day, text) in Logs(ids, start, today))
            {
                await log.StartRowAsync();
                await log.WriteAsync(profileId, NpgsqlDbType.Text);
                await log.WriteAsync(day, NpgsqlDbType.Date);
                await log.WriteAsync(text, NpgsqlDbType.Text);
                count++;
            }

            await log.CompleteAsync();
        }

        // As a server that has run for a while has them: the rows vacuumed (hint bits set, so the first read of a row
        // writes nothing) and the tables in the buffer cache when it is large enough (pg_prewarm, where installed).
        await using (var vacuum = new NpgsqlCommand("VACUUM (FREEZE, ANALYZE) profiles, logs;", connection) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        foreach (var (what, sql) in new[]
        {
            ("prewarmed", "CREATE EXTENSION IF NOT EXISTS pg_prewarm; SELECT pg_prewarm('profiles'), pg_prewarm('profiles_pkey'), pg_prewarm('logs'), pg_prewarm('logs_pkey');"),

            // The load and the vacuum leave a gigabyte of changed pages, which a checkpoint would otherwise write out during the run.
            ("checkpointed", "CHECKPOINT;"),
        })
        {
            try
            {
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync();
            }
            catch (PostgresException e)
            {
                Console.WriteLine($"PostgreSQL: not {what} ({e.MessageText}).");
            }
        }

        return count;
    }
}
