using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using KneeStrength.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KneeStrength.Web.Tests;

/// <summary>
/// The SQLite store checks its file when it starts: it makes a new store only in a new or empty folder (or when told),
/// and refuses an emptied, damaged, foreign or newer file with one line naming it; the app then exits with that line
/// and no stack trace.
/// </summary>
public sealed class StoreCheckTests : IDisposable
{
    private static readonly string Dll = typeof(StoreCheckTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KneeWebDll").Value!;

    private readonly string _folder = Directory.CreateTempSubdirectory("knee-check-").FullName;

    private string File => Path.Combine(_folder, "knee.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void NewStoreWithLogs()
    {
        var store = new SqliteProfileStore(File);
        var profile = new Profile("0123456789abcdef0123456789abcdef", EquipmentSet.All, 20, Side.Left, new DateOnly(2026, 1, 1), null);
        store.Add(profile);
        for (int day = 0; day < 200; day++)
        {
            store.Save(profile.Id, new Tracking.SessionLog(profile.Start.AddDays(day), "runners-knee", Tracking.SessionCompletion.All, painDuring: day % 11, note: new string('n', 400)));
        }

        SqliteConnection.ClearAllPools();

        // The log's pages checkpointed into the file, as after a clean stop.
        using var connection = new SqliteConnection($"Data Source={File}");
        connection.Open();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        checkpoint.ExecuteNonQuery();
        connection.Close();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Open_InANewFolder_MakesTheStore()
    {
        string file = Path.Combine(_folder, "new", "data", "knee.db");

        new SqliteProfileStore(file).Find("0123456789abcdef0123456789abcdef").Should().BeNull();

        System.IO.File.Exists(file).Should().BeTrue();
    }

    [Fact]
    public void Open_MissingFileBesideOtherFiles_IsRefusedUnlessAskedToCreate()
    {
        NewStoreWithLogs();
        string typo = Path.Combine(_folder, "knee.bd");

        var open = () => new SqliteProfileStore(typo);

        open.Should().Throw<StoreUnusableException>().WithMessage($"*'{typo}'*check the path*KneeStrength:CreateStore=true*");
        System.IO.File.Exists(typo).Should().BeFalse("nothing is written when the store is refused");
        new SqliteProfileStore(typo, create: true).Find("0123456789abcdef0123456789abcdef").Should().BeNull();
    }

    [Fact]
    public void Open_EmptiedFile_IsRefused()
    {
        NewStoreWithLogs();
        System.IO.File.WriteAllBytes(File, []);

        var open = () => new SqliteProfileStore(File);

        open.Should().Throw<StoreUnusableException>().WithMessage("*is empty (0 bytes)*restore it from a backup*");
        new FileInfo(File).Length.Should().Be(0);
    }

    [Fact]
    public void Open_RandomBytesInTheMiddle_IsRefusedAsDamaged()
    {
        NewStoreWithLogs();
        byte[] bytes = System.IO.File.ReadAllBytes(File);
        int pageSize = (bytes[16] << 8) | bytes[17];
        bytes.Length.Should().BeGreaterThan(pageSize * 10, "the store has pages in the middle to damage");
        var random = new Random(20);
        int middle = (bytes.Length / pageSize / 2) * pageSize;
        random.NextBytes(bytes.AsSpan(middle, pageSize));
        System.IO.File.WriteAllBytes(File, bytes);

        var open = () => new SqliteProfileStore(File);

        open.Should().Throw<StoreUnusableException>().WithMessage($"*'{File}' is damaged*quick_check*restore it from a backup*");
    }

    [Fact]
    public void Open_DamagedHeader_IsRefused()
    {
        NewStoreWithLogs();
        using (var stream = System.IO.File.OpenWrite(File))
        {
            stream.Write("not a database!!"u8);
        }

        var open = () => new SqliteProfileStore(File);

        open.Should().Throw<StoreUnusableException>().WithMessage($"*'{File}' cannot be read as a SQLite database*");
    }

    [Theory]
    [InlineData("PRAGMA user_version = 4;", "*newer version of the app (schema 4; this one reads 3)*")]
    [InlineData("CREATE TABLE invoices (id INTEGER);", "*not a store of this app*'invoices'*")]
    public void Open_AnotherAppsOrANewerStore_IsRefused(string sql, string message)
    {
        NewStoreWithLogs();
        using (var connection = new SqliteConnection($"Data Source={File}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();

        var open = () => new SqliteProfileStore(File);

        open.Should().Throw<StoreUnusableException>().WithMessage(message);
    }

    [Fact]
    public void Open_StoreFromBeforeSchemaVersions_IsKeptAndMarked()
    {
        NewStoreWithLogs();
        using (var connection = new SqliteConnection($"Data Source={File}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0;";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();

        new SqliteProfileStore(File).Journal("0123456789abcdef0123456789abcdef").Should().HaveCount(200);

        using var check = new SqliteConnection($"Data Source={File}");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        version.ExecuteScalar().Should().Be((long)ProfileStore.SchemaVersion);
    }

    [Fact]
    public void Open_Schema1Store_AddsTheIdempotencyKeysAndKeepsTheLogs()
    {
        NewStoreWithLogs();
        using (var connection = new SqliteConnection($"Data Source={File}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE idempotency_keys; ALTER TABLE profiles DROP COLUMN coach_date; ALTER TABLE profiles DROP COLUMN coach_state; PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();

        var store = new SqliteProfileStore(File);

        store.Journal("0123456789abcdef0123456789abcdef").Should().HaveCount(200);
        store.FindAnswer("0123456789abcdef0123456789abcdef", "k").Should().BeNull();
        SchemaVersion().Should().Be(3L);
        store.SaveCheckpoint("0123456789abcdef0123456789abcdef", store.Read("0123456789abcdef0123456789abcdef")!.Revision, new(new DateOnly(2026, 3, 9), 1, 0, null, []))
            .Should().BeTrue("schema 3 keeps checkpoints");
    }

    [Fact]
    public async Task Open_Schema2Store_AddsTheCheckpointColumnsAndKeepsTheLogs()
    {
        NewStoreWithLogs();
        using (var connection = new SqliteConnection($"Data Source={File}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE profiles DROP COLUMN coach_date; ALTER TABLE profiles DROP COLUMN coach_state; PRAGMA user_version = 2;";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();

        var store = new SqliteProfileStore(File);

        SchemaVersion().Should().Be(3L);
        var recent = await store.RecentAsync("0123456789abcdef0123456789abcdef", TestContext.Current.CancellationToken);
        recent.Checkpoint.Should().BeNull();
        recent.Journal.Should().HaveCount(200);
    }

    private long SchemaVersion()
    {
        using var check = new SqliteConnection($"Data Source={File}");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        return (long)version.ExecuteScalar()!;
    }

    [Fact]
    public async Task App_OnADamagedStore_ExitsWithOneLineNamingItAndNoStackTrace()
    {
        NewStoreWithLogs();
        byte[] bytes = System.IO.File.ReadAllBytes(File);
        new Random(7).NextBytes(bytes.AsSpan(bytes.Length / 2, 4096));
        System.IO.File.WriteAllBytes(File, bytes);

        var (exit, output, error) = await ProcessTools.Run(
            "dotnet",
            [Dll, "--urls", "http://127.0.0.1:0"],
            TestContext.Current.CancellationToken,
            environment: [new("KneeStrength__Database", File), new("Logging__Console__FormatterName", "simple")]);

        exit.Should().Be(1);
        string said = output + error;
        said.Should().Contain($"The store '{File}' is damaged").And.NotContain("   at ").And.NotContain("Exception");
        System.IO.File.ReadAllBytes(File).Should().Equal(bytes, "a refused store is not written to");
    }
}

/// <summary>Store failures become problems a client can act on: 507 for a full disk, 503 with Retry-After for an outage.</summary>
public sealed class StoreProblemsTests
{
    public static TheoryData<Exception, int?> Failures() => new()
    {
        { new SqliteException("database or disk is full", 13), 507 },
        { new SqliteException("disk I/O error", 10), 503 },
        { new SqliteException("database is locked", 5), 503 },
        { new SqliteException("database disk image is malformed", 11), 503 },
        { new SqliteException("UNIQUE constraint failed", 19), null },
        { new PostgresException("could not extend file: No space left on device", "ERROR", "ERROR", "53100"), 507 },
        { new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), 503 },
        { new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"), null },
        { new NpgsqlException("Failed to connect to 127.0.0.1:5432"), 503 },
        { new InvalidOperationException("a bug"), null },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void StatusFor_StoreFailures_IsTheirStatusAndNothingElseIs(Exception failure, int? status) =>
        StoreProblems.StatusFor(failure).Should().Be(status);
}
