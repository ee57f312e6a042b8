using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using KneeStrength.Testing;
using Npgsql;

namespace KneeStrength.Web.Tests;

/// <summary>
/// A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder on a free port, made with the
/// server's own programs (Debian's <c>postgresql</c> package; <c>.ci/run</c> installs it). Where they are not
/// installed the PostgreSQL tests are skipped with the reason, except under CI, where that is a failure.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knee-pg-").FullName;
    private string _bin = string.Empty;
    private bool _asPostgresUser;
    private int _databases;

    /// <summary>Why the server could not be started, or null when it runs.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; private set; }

    private string Data => Path.Combine(_folder, "data");

    public async ValueTask InitializeAsync()
    {
        var bin = Environment.GetEnvironmentVariable("KNEE_PG_BIN") is { Length: > 0 } given
            ? given
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
                : null;
        if (bin is null)
        {
            Unavailable = "PostgreSQL's server programs are not installed (Debian: apt-get install -y postgresql); the PostgreSQL half of the store tests needs them.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI runs the PostgreSQL tests, but {Unavailable}");
            }

            return;
        }

        _bin = bin;

        // The server refuses to run as root; as root, the cluster belongs to the postgres user the package made.
        _asPostgresUser = Environment.UserName == "root";
        Directory.CreateDirectory(Data);
        if (_asPostgresUser)
        {
            await Must("chown", ["-R", "postgres:postgres", _folder]);
        }

        await Must(Path.Combine(_bin, "initdb"), ["-D", Data, "-A", "trust", "-U", "knee", "--no-sync", "-E", "UTF8", "--locale=C"]);
        await StartAsync();
    }

    /// <summary>Starts the server again after <see cref="StopImmediately"/>, on the same port.</summary>
    public async Task StartAsync()
    {
        if (Port == 0)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await Must(Path.Combine(_bin, "pg_ctl"), [
            "-D", Data, "-w", "-l", Path.Combine(_folder, "server.log"),
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=on", "start"]);
    }

    /// <summary>Stops the server at once, as a crash would: no shutdown checkpoint, every connection cut.</summary>
    public Task StopImmediately() => Must(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-w", "-m", "immediate", "stop"]);

    /// <summary>A new, empty database on the server, as a connection string.</summary>
    public async Task<string> NewDatabase()
    {
        string name = $"knee_{Interlocked.Increment(ref _databases)}";
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", admin);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_bin.Length > 0)
        {
            await Run(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-w", "-m", "immediate", "stop"]);
        }

        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Skips the calling test, with the reason, where there is no PostgreSQL to run it on.</summary>
    public void SkipIfUnavailable() => Assert.SkipWhen(Unavailable is not null, Unavailable ?? string.Empty);

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "knee", Database = database, Pooling = true }.ToString();

    private async Task Must(string program, IReadOnlyList<string> args)
    {
        var (exit, output, error) = await Run(program, args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', args)} exited {exit}: {output} {error}");
        }
    }

    private Task<(int Exit, string Output, string Error)> Run(string program, IReadOnlyList<string> args) =>
        _asPostgresUser && program != "chown"
            ? ProcessTools.Run("runuser", ["-u", "postgres", "--", program, .. args], CancellationToken.None)
            : ProcessTools.Run(program, args, CancellationToken.None);
}
