using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KneeStrength.Web.Tests;

/// <summary>What every store keeps to, checked against SQLite and PostgreSQL alike.</summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private ProfileStore _store = null!;

    /// <summary>A store over a new, empty database.</summary>
    protected abstract Task<ProfileStore> NewStore();

    /// <summary>The same database opened again, as an app restart does.</summary>
    protected abstract ProfileStore Reopen();

    public async ValueTask InitializeAsync() => _store = await NewStore();

    public virtual ValueTask DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static Profile NewProfile(string id, int? minutes = 20, DateOnly? back = null) =>
        new(id, EquipmentSet.Parse("band,step").Value, minutes, Side.Right, Start, back);

    private static SessionLog Log(DateOnly date, int painDuring) =>
        new(date, "runners-knee", SessionCompletion.All, painDuring: painDuring);

    [Fact]
    public void Add_ThenFind_GivesTheProfileBack()
    {
        var withAll = NewProfile("0123456789abcdef0123456789abcdef", 25, Start.AddDays(42));
        var withNone = new Profile("fedcba9876543210fedcba9876543210", EquipmentSet.None, null, Side.Left, Start, null);
        _store.Add(withAll);
        _store.Add(withNone);

        _store.Find(withAll.Id).Should().Be(withAll);
        _store.Find(withNone.Id).Should().Be(withNone);
        _store.Find("00000000000000000000000000000000").Should().BeNull();
    }

    [Fact]
    public void Add_SameIdTwice_IsRefusedAndKeepsTheFirst()
    {
        var first = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(first);

        var again = () => _store.Add(first with { Minutes = 5 });

        again.Should().Throw<Exception>();
        _store.Find(first.Id).Should().Be(first);
    }

    [Fact]
    public void Update_ChangesTheSettingsAndKeepsTheStart()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        var changed = profile with { Equipment = EquipmentSet.None, Minutes = null, FirstSide = Side.Left, BackToRunning = Start.AddDays(10) };

        _store.Update(changed);

        _store.Find(profile.Id).Should().Be(changed);
    }

    [Fact]
    public void Save_OutOfOrderAndTwiceADay_JournalHasTheLastOfEachDayInDateOrder()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        var other = NewProfile("fedcba9876543210fedcba9876543210");
        _store.Add(profile);
        _store.Add(other);

        _store.Save(profile.Id, Log(Start.AddDays(2), 3));
        _store.Save(profile.Id, Log(Start, 1));
        _store.Save(profile.Id, Log(Start.AddDays(2), 4));
        _store.Save(other.Id, Log(Start.AddDays(1), 7));

        _store.Journal(profile.Id).Select(l => (l.Date, l.PainDuring!.Value)).Should().Equal((Start, 1), (Start.AddDays(2), 4));
        _store.Journal(other.Id).Should().ContainSingle().Which.PainDuring.Should().Be(7);
        _store.Journal("00000000000000000000000000000000").Should().BeEmpty();
    }

    [Fact]
    public void SaveOnce_SameKeyTwice_WritesOnceAndGivesTheFirstAnswerBack()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        var first = new KeptAnswer("request-1", 201, "{ \"first\": true }");
        long before = _store.Read(profile.Id)!.Revision;

        var kept = _store.SaveOnce(profile.Id, Log(Start, 3), "key-1", first);
        var again = _store.SaveOnce(profile.Id, Log(Start, 8), "key-1", new KeptAnswer("request-2", 201, "{ \"second\": true }"));

        kept.Should().Be(first);
        again.Should().Be(first, "a repeated key gets the first answer");
        _store.FindAnswer(profile.Id, "key-1").Should().Be(first);
        _store.Journal(profile.Id).Single().PainDuring.Should().Be(3, "the repeat writes nothing");
        _store.Read(profile.Id)!.Revision.Should().Be(before + 1);
    }

    [Fact]
    public void SaveOnce_KeysArePerProfileAndUnknownUntilUsed()
    {
        var ann = NewProfile("0123456789abcdef0123456789abcdef");
        var ben = NewProfile("fedcba9876543210fedcba9876543210");
        _store.Add(ann);
        _store.Add(ben);

        _store.FindAnswer(ann.Id, "key-1").Should().BeNull();
        _store.SaveOnce(ann.Id, Log(Start, 3), "key-1", new KeptAnswer("a", 201, "{}"));
        _store.SaveOnce(ben.Id, Log(Start, 5), "key-1", new KeptAnswer("b", 201, "{}")).Fingerprint.Should().Be("b");

        _store.Journal(ann.Id).Single().PainDuring.Should().Be(3);
        _store.Journal(ben.Id).Single().PainDuring.Should().Be(5);
        Reopen().FindAnswer(ben.Id, "key-1").Should().Be(new KeptAnswer("b", 201, "{}"));
    }

    [Fact]
    public async Task SaveOnce_SameKeyAtOnce_WritesOnce()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        long before = _store.Read(profile.Id)!.Revision;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => _store.SaveOnce(profile.Id, Log(Start, i), "same-key", new KeptAnswer($"request-{i}", 201, "{}")))));

        answers.Select(a => a.Fingerprint).Distinct().Should().ContainSingle("every writer gets the one kept answer");
        _store.Read(profile.Id)!.Revision.Should().Be(before + 1, "one of them wrote");
    }

    [Fact]
    public void Save_ForAnUnknownProfile_IsRefused()
    {
        var save = () => _store.Save("0123456789abcdef0123456789abcdef", Log(Start, 1));

        save.Should().Throw<Exception>();
        _store.Journal("0123456789abcdef0123456789abcdef").Should().BeEmpty();
    }

    [Fact]
    public void CalendarRevision_NoneUntilSavedThenTheLastSaved()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        _store.CalendarRevision(profile.Id).Should().Be(CalendarRevision.None);

        var writer = new CalendarWriter();
        var first = writer.Revise(new Enrolment(profile.Id, RunnersKnee.Program, Start), CalendarRevision.None);
        _store.SaveCalendarRevision(profile.Id, first);
        _store.CalendarRevision(profile.Id).Should().Be(first);

        var second = writer.Revise(new Enrolment(profile.Id, RunnersKnee.Program, Start, [EnrolmentEvent.BackToRunning(Start.AddDays(3))]), first);
        second.Should().NotBe(first);
        _store.SaveCalendarRevision(profile.Id, second);
        _store.CalendarRevision(profile.Id).Should().Be(second);
    }

    [Fact]
    public void Revision_RaisedByEveryChangeToTheProfileOrItsLogsAndByNothingElse()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        var other = NewProfile("fedcba9876543210fedcba9876543210");
        _store.Add(profile);
        _store.Add(other);
        long Revision(string id) => _store.Read(id)!.Revision;
        long start = Revision(profile.Id);

        _store.Save(profile.Id, Log(Start, 1));
        Revision(profile.Id).Should().Be(start + 1);
        _store.Save(profile.Id, Log(Start, 2));
        Revision(profile.Id).Should().Be(start + 2, "a log that replaces the day's is a change too");
        _store.Update(profile with { Minutes = 5 });
        Revision(profile.Id).Should().Be(start + 3);

        _store.Journal(profile.Id);
        _store.Logs(profile.Id, Start, 10);
        _store.SaveCalendarRevision(profile.Id, CalendarRevision.None);
        _store.Save(other.Id, Log(Start, 1));
        Revision(profile.Id).Should().Be(start + 3, "reads, calendar exports and other profiles' logs change nothing the coach reads");
        _store.Read("00000000000000000000000000000000").Should().BeNull();
    }

    [Fact]
    public void Changed_RaisedByTheStoresOwnChangesToAProfileOrItsLogsAsTheyReturn()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        var heard = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _store.Add(profile);
        _store.Changed += heard.Enqueue;

        // First, before a change the store may hear again from the database: these change nothing a day's answer holds.
        _store.SaveCalendarRevision(profile.Id, new CalendarWriter().Revise(new Enrolment(profile.Id, RunnersKnee.Program, Start), CalendarRevision.None));
        _store.Read(profile.Id);
        heard.Should().BeEmpty("neither a new profile, nor a calendar export, nor a read changes what a profile's days hold");

        _store.Update(profile with { Minutes = 10 });
        heard.Should().Contain(profile.Id, "an update is a change");
        heard.Clear();
        _store.Save(profile.Id, Log(Start, 1));
        heard.Should().Contain(profile.Id, "a log is a change");
        heard.Clear();
        var answer = new KeptAnswer("fingerprint", 201, "{}");
        _store.SaveOnce(profile.Id, Log(Start.AddDays(1), 1), "key-1", answer);
        heard.Should().Contain(profile.Id, "a log kept under a new key is a change");
    }

    [Fact]
    public async Task ReadAsyncAndReadWithRecentAsync_GiveWhatReadAndJournalGive()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        _store.Save(profile.Id, Log(Start.AddDays(1), 3));
        _store.Save(profile.Id, Log(Start, 1));
        var cancel = TestContext.Current.CancellationToken;

        (await _store.ReadAsync(profile.Id, cancel)).Should().Be(_store.Read(profile.Id));
        (await _store.JournalAsync(profile.Id, cancel)).Should().Equal(_store.Journal(profile.Id));
        var both = await _store.ReadWithRecentAsync(profile.Id, cancel);
        both.Should().NotBeNull();
        both!.Value.Stored.Should().Be(_store.Read(profile.Id));
        both.Value.Recent.Checkpoint.Should().BeNull("none was kept");
        both.Value.Recent.Journal.Select(l => l.Date).Should().Equal(Start, Start.AddDays(1));
        (await _store.ReadWithRecentAsync("fedcba9876543210fedcba9876543210", cancel)).Should().BeNull();
        (await _store.ReadAsync("fedcba9876543210fedcba9876543210", cancel)).Should().BeNull();
    }

    [Fact]
    public async Task SaveCheckpoint_ThenRecent_GivesItBackWithTheLogsFromItsDayOn()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        for (int day = 0; day < 10; day++)
        {
            _store.Save(profile.Id, Log(Start.AddDays(day), 1));
        }

        var checkpoint = new CoachCheckpoint(Start.AddDays(6), 2, 1, 1, [Start.AddDays(2), Start]);
        var cancel = TestContext.Current.CancellationToken;

        _store.SaveCheckpoint(profile.Id, _store.Read(profile.Id)!.Revision, checkpoint).Should().BeTrue();

        var recent = await _store.RecentAsync(profile.Id, cancel);
        recent.Checkpoint.Should().Be(checkpoint);
        recent.Journal.Select(l => l.Date).Should().Equal(Enumerable.Range(6, 4).Select(d => Start.AddDays(d)));
        (await _store.ReadWithRecentAsync(profile.Id, cancel))!.Value.Recent.Should().BeEquivalentTo(recent);
        _store.Journal(profile.Id).Should().HaveCount(10, "the journal itself is all of it");
        var reopened = Reopen();
        try
        {
            (await reopened.RecentAsync(profile.Id, cancel)).Checkpoint.Should().Be(checkpoint, "it is stored, not kept in memory");
        }
        finally
        {
            (reopened as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public async Task Save_ALogOnOrBeforeTheCheckpointsDay_DropsIt_ALogAfterKeepsIt()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        _store.Save(profile.Id, Log(Start.AddDays(5), 1));
        var checkpoint = new CoachCheckpoint(Start.AddDays(5), 1, 0, null, []);
        var cancel = TestContext.Current.CancellationToken;
        _store.SaveCheckpoint(profile.Id, _store.Read(profile.Id)!.Revision, checkpoint).Should().BeTrue();

        _store.Save(profile.Id, Log(Start.AddDays(6), 2));
        (await _store.RecentAsync(profile.Id, cancel)).Checkpoint.Should().Be(checkpoint, "a log after its day changes nothing it holds");

        _store.SaveOnce(profile.Id, Log(Start.AddDays(5), 3), "key-1", new KeptAnswer("fingerprint", 201, "{}"));
        var recent = await _store.RecentAsync(profile.Id, cancel);
        recent.Checkpoint.Should().BeNull("the log of its own day changed");
        recent.Journal.Should().HaveCount(2, "all the logs, with no checkpoint");

        _store.SaveCheckpoint(profile.Id, _store.Read(profile.Id)!.Revision, checkpoint).Should().BeTrue();
        _store.Save(profile.Id, Log(Start.AddDays(1), 3));
        (await _store.RecentAsync(profile.Id, cancel)).Checkpoint.Should().BeNull("a log before its day changed what it walked through");
    }

    [Fact]
    public async Task SaveCheckpoint_AfterAChangeSinceTheRead_KeepsNothing()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        _store.Save(profile.Id, Log(Start.AddDays(5), 1));
        long revision = _store.Read(profile.Id)!.Revision;
        _store.Save(profile.Id, Log(Start.AddDays(9), 1));

        _store.SaveCheckpoint(profile.Id, revision, new CoachCheckpoint(Start.AddDays(5), 1, 0, null, [])).Should().BeFalse();

        (await _store.RecentAsync(profile.Id, TestContext.Current.CancellationToken)).Checkpoint.Should().BeNull();
        _store.SaveCheckpoint("fedcba9876543210fedcba9876543210", revision, new CoachCheckpoint(Start.AddDays(5), 1, 0, null, [])).Should().BeFalse("no such profile");
    }

    [Fact]
    public void Reopen_KeepsEverythingWritten()
    {
        var profile = NewProfile("0123456789abcdef0123456789abcdef");
        _store.Add(profile);
        _store.Save(profile.Id, Log(Start, 2));

        var again = Reopen();
        try
        {
            again.Find(profile.Id).Should().Be(profile);
            again.Journal(profile.Id).Should().ContainSingle().Which.Date.Should().Be(Start);
        }
        finally
        {
            (again as IDisposable)?.Dispose();
        }
    }
}

/// <summary>The store contract on SQLite.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knee-store-").FullName;

    private string File => Path.Combine(_folder, "knee.db");

    protected override Task<ProfileStore> NewStore() => Task.FromResult<ProfileStore>(new SqliteProfileStore(File));

    protected override ProfileStore Reopen() => new SqliteProfileStore(File);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The store contract on PostgreSQL: each test on a new database of one throwaway server.</summary>
public sealed class PostgresStoreContractTests(PostgresServer server) : StoreContractTests, IClassFixture<PostgresServer>
{
    private string _connectionString = string.Empty;

    protected override async Task<ProfileStore> NewStore()
    {
        server.SkipIfUnavailable();
        _connectionString = await server.NewDatabase();
        return new PostgresProfileStore(_connectionString);
    }

    protected override ProfileStore Reopen() => new PostgresProfileStore(_connectionString);

    [Fact]
    public async Task Changed_AnotherStoreOnTheDatabase_HearsEachChangeAfterItCommits()
    {
        server.SkipIfUnavailable();
        string database = await server.NewDatabase();
        using var writer = new PostgresProfileStore(database);
        using var other = new PostgresProfileStore(database);
        var profile = new Profile("0123456789abcdef0123456789abcdef", EquipmentSet.All, 20, Side.Left, new DateOnly(2026, 3, 2), null);
        writer.Add(profile);
        var heard = new System.Collections.Concurrent.ConcurrentQueue<string>();
        other.Changed += heard.Enqueue;
        (await Eventually.Holds(() => other.HearingSince != 0)).Should().BeTrue("the store listens once it has started");

        writer.Save(profile.Id, new SessionLog(new DateOnly(2026, 3, 2), "runners-knee", SessionCompletion.All, painDuring: 1));
        (await Eventually.Holds(() => heard.Contains(profile.Id))).Should().BeTrue("a log saved by another store is heard");
        heard.Clear();
        writer.Update(profile with { Minutes = 10 });
        (await Eventually.Holds(() => heard.Contains(profile.Id))).Should().BeTrue("a profile changed by another store is heard");
        heard.Clear();
        writer.SaveOnce(profile.Id, new SessionLog(new DateOnly(2026, 3, 3), "runners-knee", SessionCompletion.All, painDuring: 1), "key-1", new KeptAnswer("fingerprint", 201, "{}"));
        (await Eventually.Holds(() => heard.Contains(profile.Id))).Should().BeTrue("a log kept under a key by another store is heard");
    }

    [Fact]
    public async Task NewStore_OnADatabaseOfAnotherSchemaVersion_IsRefusedNamingIt()
    {
        server.SkipIfUnavailable();
        string other = await server.NewDatabase();
        new PostgresProfileStore(other).Dispose();
        await using (var connection = new NpgsqlConnection(other))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand("UPDATE knee_schema SET version = 4;", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var open = () => new PostgresProfileStore(other);

        open.Should().Throw<StoreUnusableException>().WithMessage("*schema 4*reads schema 3*").Which.Message.Should().NotContain("Password");
    }

    [Fact]
    public async Task NewStore_OnASchema1Database_AddsTheIdempotencyKeysAndKeepsTheLogs()
    {
        server.SkipIfUnavailable();
        string old = await server.NewDatabase();
        using (var store = new PostgresProfileStore(old))
        {
            store.Add(new Profile("0123456789abcdef0123456789abcdef", EquipmentSet.None, null, Side.Left, new DateOnly(2026, 3, 2), null));
            store.Save("0123456789abcdef0123456789abcdef", new SessionLog(new DateOnly(2026, 3, 2), "runners-knee", SessionCompletion.All, painDuring: 2));
        }

        await using (var connection = new NpgsqlConnection(old))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand("DROP TABLE idempotency_keys; ALTER TABLE profiles DROP COLUMN coach_date, DROP COLUMN coach_state; UPDATE knee_schema SET version = 1;", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        using var migrated = new PostgresProfileStore(old);

        migrated.Journal("0123456789abcdef0123456789abcdef").Should().ContainSingle();
        migrated.SaveOnce("0123456789abcdef0123456789abcdef", new SessionLog(new DateOnly(2026, 3, 2), "runners-knee", SessionCompletion.All, painDuring: 4), "k", new KeptAnswer("f", 201, "{}"));
        migrated.FindAnswer("0123456789abcdef0123456789abcdef", "k").Should().NotBeNull();
        migrated.SaveCheckpoint("0123456789abcdef0123456789abcdef", migrated.Read("0123456789abcdef0123456789abcdef")!.Revision, new(new DateOnly(2026, 3, 2), 0, 0, null, []))
            .Should().BeTrue("schema 3 keeps checkpoints");
        await using var check = new NpgsqlConnection(old);
        await check.OpenAsync(TestContext.Current.CancellationToken);
        await using var version = new NpgsqlCommand("SELECT version FROM knee_schema;", check);
        (await version.ExecuteScalarAsync(TestContext.Current.CancellationToken)).Should().Be(ProfileStore.SchemaVersion);
    }

    [Fact]
    public void NewStore_NoServerThere_IsRefusedNamingTheServerNotThePassword()
    {
        server.SkipIfUnavailable();

        // A port nothing listens on: the server's own port plus one is free only by chance, so ask the system.
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var open = () => new PostgresProfileStore($"Host=127.0.0.1;Port={port};Username=knee;Password=secret-word;Database=knee;Timeout=3");

        open.Should().Throw<StoreUnusableException>()
            .Which.Message.Should().Contain($"127.0.0.1':{port}").And.Contain("ConnectionStrings:KneeStrength").And.NotContain("secret-word");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
