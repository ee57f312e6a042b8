using System.IO;
using System.Text;
using CsCheck;
using KneeStrength.Serialization;

namespace KneeStrength.Tests.Serialization;

public class KneeJsonRoundTripTests
{
    private const int Iterations = 1000;

    [Fact]
    public void ReadRoutine_WrittenRoutine_EqualsOriginalAndRewritesToSameBytes() =>
        DocumentGenerators.RoutineWithCatalog.Sample(
            rc =>
            {
                string json = KneeJson.WriteRoutine(rc.Routine, rc.Catalog);
                var read = KneeJson.ReadRoutine(json, rc.Catalog);
                read.Should().Be(rc.Routine);
                KneeJson.WriteRoutine(read, rc.Catalog).Should().Be(json);
                KneeJson.WriteRoutine(rc.Routine, rc.Catalog).Should().Be(json);
            },
            iter: Iterations);

    [Fact]
    public void ReadCatalog_WrittenCatalog_EqualsOriginalAndRewritesToSameBytes() =>
        DocumentGenerators.Catalog.Sample(
            catalog =>
            {
                string json = KneeJson.WriteCatalog(catalog);
                var read = KneeJson.ReadCatalog(json);
                read.Should().Be(catalog);
                KneeJson.WriteCatalog(read).Should().Be(json);
            },
            iter: Iterations);

    [Fact]
    public void ReadPlan_WrittenPlan_EqualsOriginalAndRewritesToSameBytes() =>
        DocumentGenerators.Plan.Sample(
            plan =>
            {
                string json = KneeJson.WritePlan(plan);
                var read = KneeJson.ReadPlan(json, [plan.Routine]);
                read.Should().Be(plan);
                KneeJson.WritePlan(read).Should().Be(json);
                KneeJson.WritePlan(plan).Should().Be(json);
            },
            iter: Iterations);

    [Fact]
    public void ReadPlan_WrittenToStream_EqualsOriginalAndMatchesStringBytes() =>
        DocumentGenerators.Plan.Sample(
            plan =>
            {
                using var stream = new MemoryStream();
                KneeJson.WritePlan(stream, plan);
                stream.ToArray().Should().Equal(Encoding.UTF8.GetBytes(KneeJson.WritePlan(plan)));
                stream.Position = 0;
                KneeJson.ReadPlan(stream, [plan.Routine]).Should().Be(plan);
            },
            iter: 200);

    [Fact]
    public void ReadProgram_WrittenProgram_EqualsOriginalAndRewritesToSameBytes() =>
        DocumentGenerators.ProgramWithCatalog.Sample(
            pc =>
            {
                string json = KneeJson.WriteProgram(pc.Program, pc.Catalog);
                var read = KneeJson.ReadProgram(json, pc.Catalog);
                read.Should().Be(pc.Program);
                KneeJson.WriteProgram(read, pc.Catalog).Should().Be(json);
                KneeJson.WriteProgram(pc.Program, pc.Catalog).Should().Be(json);
            },
            iter: Iterations);

    [Fact]
    public void ReadScheduledSessions_WrittenSessions_EqualOriginalsAndRewriteToSameBytes() =>
        DocumentGenerators.EnrolmentWithSessions.Sample(
            ps =>
            {
                string json = KneeJson.WriteScheduledSessions(ps.Sessions);
                var read = KneeJson.ReadScheduledSessions(json, ps.Enrolment.Program);
                read.Should().Equal(ps.Sessions);
                KneeJson.WriteScheduledSessions(read).Should().Be(json);
            },
            iter: Iterations);

    [Fact]
    public void ReadEnrolment_WrittenEnrolment_EqualsOriginalAndRewritesToSameBytes() =>
        DocumentGenerators.EnrolmentWithCatalog.Sample(
            ec =>
            {
                string json = KneeJson.WriteEnrolment(ec.Enrolment);
                var read = KneeJson.ReadEnrolment(json, ec.Enrolment.Program);
                read.Should().Be(ec.Enrolment);
                read.Phases.Should().Equal(ec.Enrolment.Phases);
                KneeJson.WriteEnrolment(read).Should().Be(json);
            },
            iter: Iterations);
}
