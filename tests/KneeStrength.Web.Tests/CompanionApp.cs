using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KneeStrength.Web.Tests;

/// <summary>
/// The companion in memory for one test: its own SQLite store in a new temporary folder, a test clock the test can move,
/// and a client; settings a test names override the app's.
/// </summary>
internal sealed class CompanionApp : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knee-web-").FullName;

    public CompanionApp(DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        Clock = new TestClock(now);
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("KneeStrength:Database", Path.Combine(_folder, "knee.db"));
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        });
        Client = Factory.CreateClient();
    }

    /// <summary>The test's temporary folder (the store's, deleted with the app), for files a test writes beside it.</summary>
    public string Folder => _folder;

    /// <summary>The server's clock.</summary>
    public TestClock Clock { get; }

    /// <summary>The app.</summary>
    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>A client of the app.</summary>
    public HttpClient Client { get; }

    /// <summary>A JSON body.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Makes a profile from the body and returns its id; the answer must be 201.</summary>
    public async Task<string> NewProfile(string body = "{}")
    {
        var response = await Client.PostAsync("/api/profiles", Json(body), TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return profile.RootElement.GetProperty("id").GetString()!;
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
