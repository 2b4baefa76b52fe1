using CdsService.Api.Auth;
using CdsService.Api.Batches;
using CdsService.Api.Benchmarks;
using CdsService.Api.CdsHooks;
using CdsService.Api.ClinicianApp;
using CdsService.Api.Errors;
using CdsService.Api.Evaluations;
using CdsService.Api.Fhir;
using CdsService.Api.Health;
using CdsService.Api.Hosting;
using CdsService.Api.Http;
using CdsService.Api.KnowledgeBase;
using CdsService.Api.OpenApi;
using CdsService.Api.Persistence;
using CdsService.Api.RateLimits;
using CdsService.Api.Recommendations;
using CdsService.Api.ReportLinks;
using CdsService.Api.Security;
using CdsService.Api.Smart;
using CdsService.Api.Telemetry;
using CdsService.Api.Validation;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = LaunchEnvironment.Default(args) });

builder.AddCdsHosting();
builder.AddCdsTelemetry();
builder.AddCdsHttp();
builder.AddCdsProblemDetails();
builder.AddCdsEngine();
builder.AddCdsValidation();
builder.AddRecommendations();
builder.AddCdsFhir();
builder.AddCdsAuth();
builder.AddCdsOpenApi();
builder.AddCdsHealthChecks();
builder.AddCdsRateLimits();
builder.AddPersistence();
builder.AddBatches();
builder.AddCdsHooks();
builder.AddReportLinks();
builder.AddSmart();

var app = builder.Build();
if (await app.TryRunCommandAsync(args)) return;
if (!StartupChecks.Pass(app.Services, Console.Error))
{
    Environment.ExitCode = 1;
    return;
}

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseCdsStatusCodePages();
app.UseCdsSwagger();
// The clinician page's script and style (wwwroot/app; docs/app.md).
app.UseStaticFiles();
app.UseRouting();
app.UseRequestMetricTags();
app.UseRequestBodyLimit();
app.UseCors();
app.UseAuthentication();
app.UseCdsRateLimits();
app.UseAuthorization();
app.UseAcceptNegotiation();

var api = app.MapGroup("/api/v1").WithRequestBodyLimit().RequireClinicalApiAuth().WithErrorChannel(ErrorChannel.Problem);
api.MapRecommendations();
api.MapKnowledgeBase();
api.MapEvaluations();
api.MapEvaluationLinks();
api.MapBatches();
api.MapAccessLog();
app.MapFhir();
app.MapCdsHealthChecks();
app.MapCdsHooks();
app.MapReportLinks();
app.MapClinicianApp();
app.MapSmart();
app.MapParseOnlyBenchmark();

app.Run();
