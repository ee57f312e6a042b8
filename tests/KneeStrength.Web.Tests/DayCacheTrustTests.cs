using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Catalog;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;
using KneeStrength.Tracking;

namespace KneeStrength.Web.Tests;

/// <summary>
/// When a kept answer is given without reading the store: only while the store hears every change, only for an answer
/// worked out from reads that no heard change overtook, and only until a change to its profile is heard.
/// </summary>
public sealed class DayCacheTrustTests
{
    private static readonly DateOnly Day = new(2026, 3, 4);
    private static readonly Profile Runner = new("0123456789abcdef0123456789abcdef", EquipmentSet.All, null, Side.Left, new DateOnly(2026, 3, 2), null);
    private static readonly Enrolment Enrolled = new(Runner.Id, RunnersKnee.Program, Runner.Start);

    private readonly HearingStore _store = new();

    private int _decisions;

    private void Answer(DayCache days, DayCache.Moment read, long revision = 1) =>
        days.AnswerAsync(new StoredProfile(Runner, revision), Enrolled, Day, read, Decide, plan: false, KneeStrength.Text.KneeText.English).AsTask().GetAwaiter().GetResult();

    private ValueTask<CoachingDay> Decide()
    {
        _decisions++;
        return ValueTask.FromResult(Coach.Default.Decide(Enrolled, new Journal([]), Day));
    }

    [Fact]
    public void Current_WhileTheStoreHears_IsTheKeptAnswerUntilAChangeToItsProfileIsHeard()
    {
        _store.Hearing = 7;
        var days = new DayCache(100, _store);
        days.Current(Runner.Id).Should().BeNull("nothing is kept yet");

        Answer(days, days.Now());
        days.Current(Runner.Id).Should().NotBeNull().And.Be((new StoredProfile(Runner, 1), Enrolled));

        _store.Heard("fedcba9876543210fedcba9876543210");
        days.Current(Runner.Id).Should().NotBeNull("a change to another profile leaves this one's answer current");

        _store.Heard(Runner.Id);
        days.Current(Runner.Id).Should().BeNull("a change to the profile drops its answer");
        _decisions.Should().Be(1);
    }

    [Fact]
    public void Current_AnAnswerWorkedOutWhileAChangeWasHeard_IsTrustedOnlyOnceAReadConfirmsIt()
    {
        _store.Hearing = 7;
        var days = new DayCache(100, _store);

        // The reads began before a change was heard: the answer may be older than the change, so it is kept but checked.
        var read = days.Now();
        _store.Heard(Runner.Id);
        Answer(days, read);
        days.Current(Runner.Id).Should().BeNull();

        // A read of the same revision with nothing heard since confirms it, with no second decision.
        Answer(days, days.Now());
        days.Current(Runner.Id).Should().NotBeNull();
        _decisions.Should().Be(1);
    }

    [Fact]
    public void Current_TheStoreStoppedHearingOrHearsAgainAsAnotherNumber_IsNull()
    {
        _store.Hearing = 7;
        var days = new DayCache(100, _store);
        Answer(days, days.Now());

        _store.Hearing = 0;
        days.Current(Runner.Id).Should().BeNull("changes made meanwhile may not have been heard");
        _store.Hearing = 8;
        days.Current(Runner.Id).Should().BeNull("nor while the store was away");

        // Confirmed by a read under the new number, it is trusted again.
        Answer(days, days.Now());
        days.Current(Runner.Id).Should().NotBeNull();
        _decisions.Should().Be(1);
    }

    [Fact]
    public void Current_AStoreThatCannotHearOthers_IsAlwaysNullSoEveryAnswerIsCheckedByRevision()
    {
        var days = new DayCache(100, _store);
        Answer(days, days.Now());
        Answer(days, days.Now());
        days.Current(Runner.Id).Should().BeNull();
        _decisions.Should().Be(1, "the kept answer still serves a request that read the same revision");

        Answer(days, days.Now(), revision: 2);
        _decisions.Should().Be(2, "another revision is another answer");
    }

    // A store whose hearing the test sets and whose changes it raises; the cache reads nothing else of it.
    private sealed class HearingStore : ProfileStore
    {
        public long Hearing { get; set; }

        public override long HearingSince => Hearing;

        public void Heard(string profileId) => OnChanged(profileId);

        public override void Add(Profile profile) => throw new NotSupportedException();

        public override void Update(Profile profile) => throw new NotSupportedException();

        public override StoredProfile? Read(string id) => throw new NotSupportedException();

        public override void Save(string profileId, SessionLog log) => throw new NotSupportedException();

        public override KeptAnswer? FindAnswer(string profileId, string key) => throw new NotSupportedException();

        public override KeptAnswer SaveOnce(string profileId, SessionLog log, string key, KeptAnswer answer) => throw new NotSupportedException();

        public override Journal Journal(string profileId) => throw new NotSupportedException();

        public override ValueTask<RecentLogs> RecentAsync(string profileId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override bool SaveCheckpoint(string profileId, long revision, CoachCheckpoint checkpoint) => throw new NotSupportedException();

        public override IReadOnlyList<SessionLog> Logs(string profileId, DateOnly from, int count) => throw new NotSupportedException();

        public override CalendarRevision CalendarRevision(string profileId) => throw new NotSupportedException();

        public override void SaveCalendarRevision(string profileId, CalendarRevision revision) => throw new NotSupportedException();
    }
}
