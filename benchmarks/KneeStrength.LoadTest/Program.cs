using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

// The web companion under load: the built app started on loopback, 64 concurrent clients for 20 s against the plan
// endpoint and then against a static file of the same size served by the same app. Goal: no errors, and the plan
// endpoint at least half as fast as the static file. A third run, outside the goal, measures a profile's plan: the
// profile and its journal read from SQLite and the coach's decision made on every request.
//
//   dotnet run -c Release --project benchmarks/KneeStrength.LoadTest [-- --clients 64 --seconds 20 --out FILE]
//
// Exits 0 when the goal is met, 1 when it is not, 2 on bad arguments.

const string PlanPath = "/api/plan";
const string StaticPath = "/examples/plan.json";

int clients = 64, seconds = 20, profiles = 0;
string? output = null, postgres = null;
bool sqlite = true;
for (int i = 0; i < args.Length; i++)
{
    string value = i + 1 < args.Length ? args[i + 1] : "";
    switch (args[i])
    {
        case "--clients" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int c) && c is >= 1 and <= 1024:
            clients = c;
            i++;
            break;
        case "--seconds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s is >= 1 and <= 120:
            seconds = s;
            i++;
            break;
        case "--profiles" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p is >= 1 and <= 100_000:
            profiles = p;
            i++;
            break;
        case "--postgres" when value.Length > 0:
            postgres = value;
            i++;
            break;
        case "--no-sqlite":
            sqlite = false;
            break;
        case "--out" when value.Length > 0:
            output = Path.GetFullPath(value);
            i++;
            break;
        default:
            Console.Error.WriteLine($"Unknown or bad option at '{args[i].Replace("\e", "\\e", StringComparison.Ordinal)}'. Options: --clients 1-1024, --seconds 1-120, --profiles 1-100000, --postgres CONNECTION-STRING, --no-sqlite, --out FILE.");
            return 2;
    }
}

string Metadata(string key) => typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
string dll = Metadata("KneeWebDll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"The web app is not built at {dll}; 'dotnet run -c Release --project benchmarks/KneeStrength.LoadTest' builds it.");
    return 2;
}

if (profiles > 0)
{
    return await PerProfile.Measure(dll, Metadata("KneeWebProject"), profiles, sqlite, postgres, clients, seconds, output, StartApp, Listening, RunEach);
}

string data = Directory.CreateTempSubdirectory("knee-load-").FullName;
using var app = StartApp(dll, Metadata("KneeWebProject"), Path.Combine(data, "knee.db"));
try
{
    var address = await Listening(app);
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    byte[] plan = await http.GetByteArrayAsync(new Uri(PlanPath, UriKind.Relative));
    byte[] file = await http.GetByteArrayAsync(new Uri(StaticPath, UriKind.Relative));
    if (plan.Length != file.Length)
    {
        Console.Error.WriteLine($"The static file is {file.Length} bytes and the plan {plan.Length}: regenerate {StaticPath} from {PlanPath}.");
        return 1;
    }

    Console.WriteLine($"{address} with {clients} clients, {seconds} s a target, {plan.Length} bytes a response.");
    using var created = await http.PostAsync(new Uri("/api/profiles", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
    created.EnsureSuccessStatusCode();
    string profilePlan = created.Headers.Location + "/plan";
    int profilePlanLength = (await http.GetByteArrayAsync(new Uri(profilePlan, UriKind.Relative))).Length;

    var results = new List<Result>();
    foreach (var (path, label, length) in new[] { (PlanPath, PlanPath, plan.Length), (StaticPath, StaticPath, file.Length), (profilePlan, "/api/profiles/{id}/plan", profilePlanLength) })
    {
        await Run(http, path, label, clients, TimeSpan.FromSeconds(Math.Min(3, seconds)), length); // warm-up, not counted
        var result = await Run(http, path, label, clients, TimeSpan.FromSeconds(seconds), length);
        Console.WriteLine(result.Row());
        results.Add(result);
    }

    double ratio = results[0].PerSecond / results[1].PerSecond;
    bool met = results.All(r => r.Errors == 0) && ratio >= 0.5;
    return await LoadRun.Publish(Report(results, ratio, met, clients, seconds, plan.Length), met, output);
}
finally
{
    await LoadRun.Stop(app, data);
}

static Process StartApp(string dll, string contentRoot, string database, string? postgres = null, string? webRoot = null)
{
    var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (string arg in new[] { dll, "--urls", "http://127.0.0.1:0", "--contentRoot", contentRoot })
    {
        start.ArgumentList.Add(arg);
    }

    if (webRoot is not null)
    {
        start.ArgumentList.Add("--webroot");
        start.ArgumentList.Add(webRoot);
    }

    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["KneeStrength__Database"] = database;
    if (postgres is not null)
    {
        start.Environment["ConnectionStrings__KneeStrength"] = postgres;
    }

    return Process.Start(start)!;
}

// The address the app says it listens on (it picks a free loopback port).
static async Task<Uri> Listening(Process app)
{
    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
    const string Marker = "Now listening on: ";
    while (await app.StandardOutput.ReadLineAsync(timeout.Token) is string line)
    {
        int at = line.IndexOf(Marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            _ = app.StandardOutput.ReadToEndAsync(CancellationToken.None); // keep the pipe drained
            return new Uri(line[(at + Marker.Length)..].Trim());
        }
    }

    throw new InvalidOperationException($"The app exited before listening: {await app.StandardError.ReadToEndAsync(CancellationToken.None)}");
}

// Clients loop on one path until the time is up; a response counts when it is 200 with the expected length.
static Task<Result> Run(HttpClient http, string path, string label, int clients, TimeSpan duration, int length)
{
    var uri = new Uri(path, UriKind.Relative);
    return RunEach(http, _ => uri, label, clients, duration, length);
}

// As Run, each request to the path the client's own seeded Random picks; a length of -1 takes any non-empty body.
static async Task<Result> RunEach(HttpClient http, Func<Random, Uri> pick, string label, int clients, TimeSpan duration, int length)
{
    var latencies = new List<long>[clients];
    long errors = 0;
    var clock = Stopwatch.StartNew();
    var end = duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
    var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        var mine = latencies[c] = new List<long>(4096);
        byte[] buffer = new byte[16 * 1024];
        var random = new Random(1000 + c);
        while (clock.ElapsedTicks < end)
        {
            long started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(pick(random), HttpCompletionOption.ResponseHeadersRead);
                await using var body = await response.Content.ReadAsStreamAsync();
                long read = 0;
                int n;
                while ((n = await body.ReadAsync(buffer)) > 0)
                {
                    read += n;
                }

                if (response.IsSuccessStatusCode && (read == length || (length < 0 && read > 0)))
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
    })).ToArray();
    await Task.WhenAll(tasks);
    double elapsed = clock.Elapsed.TotalSeconds;
    long[] all = latencies.SelectMany(l => l).Order().ToArray();
    double Ms(double q) => all.Length == 0 ? 0 : all[(int)Math.Min(all.Length - 1, Math.Floor(q * all.Length))] * 1000.0 / Stopwatch.Frequency;
    return new Result(label, all.Length, errors, all.Length / elapsed, Ms(0.5), Ms(0.99));
}

static string Report(List<Result> results, double ratio, bool met, int clients, int seconds, int length)
{
    var text = new StringBuilder();
    text.AppendLine("# Web companion under load");
    text.AppendLine();
    text.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project benchmarks/KneeStrength.LoadTest -- --out benchmarks/results/WebLoad.md`: {clients} concurrent clients for {seconds} s against each target, on loopback, the app and the clients on the same machine ({Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}). The first two return the same {length} bytes: the stateless plan endpoint builds each distinct plan once and then answers from memory (`PlanCache`); the static file is that same document, served from `wwwroot`. The third, a profile's plan, is outside the goal: every request reads the profile and its journal from SQLite, lets the coach decide the day, schedules the session and writes its JSON.");
    text.AppendLine();
    text.AppendLine("| Target | Responses | Errors | Responses/s | p50 (ms) | p99 (ms) |");
    text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
    foreach (var r in results)
    {
        text.AppendLine(r.Row());
    }

    text.AppendLine();
    text.AppendLine(CultureInfo.InvariantCulture, $"Plan endpoint / static file: **{ratio:0.00}x** the throughput (goal: at least 0.50x, with no errors in any run): **{(met ? "met" : "not met")}**.");
    return text.ToString();
}

internal readonly record struct Result(string Label, long Responses, long Errors, double PerSecond, double P50, double P99)
{
    public string Row() => string.Create(CultureInfo.InvariantCulture, $"| `GET {Label}` | {Responses:N0} | {Errors} | {PerSecond:N0} | {P50:0.0} | {P99:0.0} |");
}
