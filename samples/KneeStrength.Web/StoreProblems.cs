using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KneeStrength.Web;

/// <summary>
/// Answers a store that cannot take a write or a read as a problem a client can act on, not a 500: a full disk is
/// 507 (Insufficient Storage); a database that is busy, out of reach or failing its I/O is 503 with Retry-After. What
/// was written before stays; the next request tries again, with no restart.
/// </summary>
public sealed partial class StoreProblems(IProblemDetailsService problems, ILogger<StoreProblems> logger) : IExceptionHandler
{
    /// <summary>How long a client should wait before it tries again after a 503, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteIoError = 10, SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADatabase = 26;

    /// <summary>The status a store's exception is answered with, or null for one that is not the store's to explain.</summary>
    public static int? StatusFor(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteFull } => StatusCodes.Status507InsufficientStorage,
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteIoError or SqliteCorrupt or SqliteCantOpen or SqliteNotADatabase } => StatusCodes.Status503ServiceUnavailable,

        // PostgreSQL's disk_full (class 53, https://www.postgresql.org/docs/current/errcodes-appendix.html); any other
        // failure to reach or use the server (a connection refused or cut, the server shutting down) is transient.
        PostgresException { SqlState: "53100" } => StatusCodes.Status507InsufficientStorage,
        PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal) => StatusCodes.Status503ServiceUnavailable,
        PostgresException => null,
        NpgsqlException => StatusCodes.Status503ServiceUnavailable,
        _ => null,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (StatusFor(exception) is not int status)
        {
            return false;
        }

        bool full = status == StatusCodes.Status507InsufficientStorage;
        LogStoreFailure(logger, status, exception.GetType().Name, exception.Message);
        httpContext.Response.StatusCode = status;
        if (!full)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = status,
                Title = full ? "The store is full" : "The store is unavailable",
                Detail = full
                    ? "The server has no room to keep this; nothing was changed. Try again once space has been freed."
                    : $"The server cannot reach or use its store just now; nothing was changed. Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Store failure answered {Status}: {Kind}: {Reason}")]
    private static partial void LogStoreFailure(ILogger logger, int status, string kind, string reason);
}

/// <summary>What the app logs about its store when it starts.</summary>
internal static partial class StoreLog
{
    /// <summary>The one line the app logs before it exits on a store it must not run on.</summary>
    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem}")]
    public static partial void Unusable(ILogger logger, string problem);

    /// <summary>The listener for other instances' changes lost its connection; answers are checked against the store meanwhile.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Not hearing other instances' changes to the {Store} ({Problem}): every answer is checked against the database until the listener connects again.")]
    public static partial void NotHearing(ILogger logger, string store, string problem);

    /// <summary>The listener is back.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Hearing other instances' changes to the {Store} again.")]
    public static partial void HearingAgain(ILogger logger, string store);
}
