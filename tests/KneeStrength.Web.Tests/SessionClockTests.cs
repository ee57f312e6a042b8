using System.Threading.Tasks;
using KneeStrength.Testing;

namespace KneeStrength.Web.Tests;

/// <summary>The page's session clock (wwwroot/js/session.js), tested under Node's built-in test runner.</summary>
public sealed class SessionClockTests
{
    [Fact]
    public async Task SessionJs_NodeTests_AllPass()
    {
        var (exit, output) = await ProcessTools.Node(TestContext.Current.CancellationToken, "--test", ProcessTools.Repository("tests/KneeStrength.Web.Tests/session.test.mjs"));

        exit.Should().Be(0, output);
        output.Should().Contain("# pass 11").And.Contain("# fail 0");
    }

    /// <summary>The page's state with no DOM (state.js, logs.js, i18n.js): a session kept across a reload, the after-screen's words, the language, pending logs.</summary>
    [Fact]
    public async Task PageStateJs_NodeTests_AllPass()
    {
        var (exit, output) = await ProcessTools.Node(TestContext.Current.CancellationToken, "--test", ProcessTools.Repository("tests/KneeStrength.Web.Tests/page-state.test.mjs"));

        exit.Should().Be(0, output);
        output.Should().Contain("# pass 6").And.Contain("# fail 0");
    }
}
