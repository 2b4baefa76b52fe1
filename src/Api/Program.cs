using CdsService.Api.CdsHooks;
using CdsService.Api.Errors;
using CdsService.Api.Evaluations;
using CdsService.Api.Health;
using CdsService.Api.Http;
using CdsService.Api.KnowledgeBase;
using CdsService.Api.OpenApi;
using CdsService.Api.Persistence;
using CdsService.Api.Recommendations;
using CdsService.Api.Validation;

var builder = WebApplication.CreateBuilder(args);

builder.AddCdsHttp();
builder.AddCdsProblemDetails();
builder.AddCdsEngine();
builder.AddCdsValidation();
builder.AddRecommendations();
builder.AddCdsOpenApi();
builder.AddCdsHealthChecks();
builder.AddPersistence();
builder.AddCdsHooks();

var app = builder.Build();
if (await app.TryRunCommandAsync(args)) return;

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCdsSwagger();
app.UseRouting();
app.UseRequestBodyLimit();

var api = app.MapGroup("/api/v1").WithRequestBodyLimit();
api.MapRecommendations();
api.MapKnowledgeBase();
api.MapEvaluations();
app.MapCdsHealthChecks();
app.MapCdsHooks();

app.Run();
