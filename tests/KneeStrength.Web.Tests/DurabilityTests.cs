using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using KneeStrength.Serialization;

namespace KneeStrength.Web.Tests;

/// <summary>An answered write survives the app being killed: SIGKILL right after a 2xx, restart, and every log is there.</summary>
public sealed class DurabilityTests(PostgresServer postgres) : IDisposable, IClassFixture<PostgresServer>
{
    private static readonly string Dll = typeof(DurabilityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "KneeWebDll").Value!;

    private readonly string _folder = Directory.CreateTempSubdirectory("knee-web-kill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Logs_AcknowledgedBeforeAKill_AreThereAfterARestart(string store)
    {
        string? connectionString = null;
        if (store == "postgres")
        {
            postgres.SkipIfUnavailable();
            connectionString = await postgres.NewDatabase();
        }

        using var client = new HttpClient();
        var (app, url) = await StartAsync(connectionString);
        string id;
        // The app takes logs from the profile's start through its today only: a profile that started 19 days ago (on
        // the app's clock, which is this machine's) takes the 20 days up to today.
        var first = DateOnly.FromDateTime(DateTime.Now).AddDays(-19);
        var dates = Enumerable.Range(0, 20).Select(d => first.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        try
        {
            var created = await client.PostAsync($"{url}/api/profiles", new StringContent($$"""{ "start": "{{dates[0]}}" }""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            using (var profile = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
            {
                id = profile.RootElement.GetProperty("id").GetString()!;
            }

            foreach (string date in dates)
            {
                var posted = await client.PostAsync(
                    $"{url}/api/profiles/{id}/logs",
                    new StringContent($$"""{ "formatVersion": 1, "date": "{{date}}", "routineId": "runners-knee", "completion": "all", "painDuring": 1 }""", Encoding.UTF8, "application/json"),
                    TestContext.Current.CancellationToken);
                posted.StatusCode.Should().Be(HttpStatusCode.Created);
            }
        }
        finally
        {
            // SIGKILL, right after the last answer: no shutdown, no flush but what the write itself did.
            app.Kill();
            await app.WaitForExitAsync(TestContext.Current.CancellationToken);
            app.Dispose();
        }

        var (again, url2) = await StartAsync(connectionString);
        try
        {
            string journal = await client.GetStringAsync($"{url2}/api/profiles/{id}/logs", TestContext.Current.CancellationToken);

            KneeJson.ReadJournal(journal).Select(l => l.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(dates);
        }
        finally
        {
            again.Kill();
            await again.WaitForExitAsync(TestContext.Current.CancellationToken);
            again.Dispose();
        }
    }

    private async Task<(Process App, string Url)> StartAsync(string? postgresConnectionString)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        string url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["KneeStrength__Database"] = Path.Combine(_folder, "knee.db");
        if (postgresConnectionString is not null)
        {
            start.Environment["ConnectionStrings__KneeStrength"] = postgresConnectionString;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = Process.Start(start)!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();

        // Ready when it answers; bounded by attempts, not by a clock.
        using var client = new HttpClient();
        for (int attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                var response = await client.GetAsync($"{url}/api/plan", TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return (app, url);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        app.Kill();
        throw new InvalidOperationException($"The app did not start on {url}.");
    }
}
