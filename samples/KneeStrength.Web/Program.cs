using System;
using System.Globalization;
using System.IO;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using KneeStrength.Coaching;
using KneeStrength.Export.Calendar;
using KneeStrength.Scheduling;
using KneeStrength.Text;
using KneeStrength.Web;
using KneeStrength.Web.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();

// The document names no server: clients call the host they fetched it from (it copied the Host header before).
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer((document, _, _) =>
    {
        document.Servers = [];
        return Task.CompletedTask;
    });
    options.AddOperationTransformer(OpenApiDescriptions.Describe);
});

// The API's own bodies (profiles) by source-generated serialization; the library's documents are written by KneeJson.
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));

// Profiles are made sparingly: per client address, ProfilesPerHour (20 unless configured) in a fixed window of
// ProfileWindowMinutes (60); past that, 429 with Retry-After.
int profilesPerWindow = builder.Configuration.GetValue("KneeStrength:ProfilesPerHour", 20);
var profileWindow = TimeSpan.FromMinutes(builder.Configuration.GetValue("KneeStrength:ProfileWindowMinutes", 60));
builder.Services.AddRateLimiter(limits =>
{
    limits.AddPolicy(Api.ProfileCreationPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
        _ => new FixedWindowRateLimiterOptions { PermitLimit = profilesPerWindow, Window = profileWindow, QueueLimit = 0 }));
    limits.OnRejected = (rejected, cancellationToken) =>
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        int seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : (int)profileWindow.TotalSeconds;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new ValueTask(Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many new profiles",
            detail: $"This address has made {profilesPerWindow} profiles in the last {DurationText.Format(profileWindow)}; try again in {DurationText.Format(TimeSpan.FromSeconds(seconds))}.").ExecuteAsync(rejected.HttpContext));
    };
});
builder.Services.AddSingleton(TimeProvider.System);

// The store: PostgreSQL when a connection string names one (several instances then share it), else one SQLite file.
// It checks itself on start; the app refuses to run on a store it does not recognise (see below).
string? postgres = builder.Configuration.GetConnectionString("KneeStrength");
string database = builder.Configuration["KneeStrength:Database"] ?? Path.Combine(builder.Environment.ContentRootPath, "data", "knee.db");
bool createStore = string.Equals(builder.Configuration["KneeStrength:CreateStore"], "true", StringComparison.OrdinalIgnoreCase);
builder.Services.AddSingleton<ProfileStore>(services => string.IsNullOrEmpty(postgres)
    ? new SqliteProfileStore(database, createStore)
    : new PostgresProfileStore(postgres, services.GetRequiredService<ILoggerFactory>().CreateLogger<PostgresProfileStore>()));
builder.Services.AddExceptionHandler<StoreProblems>();
builder.Services.AddSingleton<PlanCache>();
builder.Services.AddSingleton<DayCache>();

// One coach, one program scheduler (whose plans every profile with the same options shares) and one calendar
// writer for the process; each request builds the profile's enrolment on the one built-in program.
builder.Services.AddSingleton(Coach.Default);
builder.Services.AddSingleton(services => services.GetRequiredService<Coach>().Scheduler);
builder.Services.AddSingleton(services => new CalendarWriter(new CalendarOptions { ProgramScheduler = services.GetRequiredService<ProgramScheduler>() }));

var app = builder.Build();
try
{
    app.Services.GetRequiredService<ProfileStore>();
}
catch (StoreUnusableException e)
{
    // One line that names the store and what to do; no stack trace, and nothing written.
    StoreLog.Unusable(app.Logger, e.Message);
    return 1;
}

app.UseExceptionHandler();
app.UseStatusCodePages();

// The page runs only the scripts and styles this app serves: no inline script, no CDN. The profile id is in the
// page's URL, so no referrer leaves with it.
app.Use((context, next) =>
{
    var headers = context.Response.Headers;
    headers.ContentSecurityPolicy = Api.ContentSecurityPolicy;
    headers.XContentTypeOptions = "nosniff";
    headers["Referrer-Policy"] = "no-referrer";
    return next(context);
});
app.Use(RequestRules.Apply);
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRateLimiter();
app.MapOpenApi();

// Every GET of the API answers HEAD too (the headers of the GET, no body).
var api = app.MapGroup("/api");
((IEndpointConventionBuilder)api).Finally(endpoint =>
{
    for (int i = 0; i < endpoint.Metadata.Count; i++)
    {
        if (endpoint.Metadata[i] is HttpMethodMetadata { HttpMethods: [string only] } methods && HttpMethods.IsGet(only))
        {
            endpoint.Metadata[i] = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head], methods.AcceptCorsPreflight);
        }
    }
});

app.MapPages();
api.MapPlans();
api.MapProfiles();
api.MapDays();
api.MapLogs();
api.MapExports();

api.MapFhir();

app.Run();
return 0;

/// <summary>The app, for the tests' WebApplicationFactory.</summary>
public partial class Program;
