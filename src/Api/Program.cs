using CdsService.Api.Evaluations;
using CdsService.Api.Health;
using CdsService.Api.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddPersistence();
var app = builder.Build();
if (await app.TryRunCommandAsync(args)) return;
app.UseExceptionHandler();
app.MapHealthEndpoints();
app.MapEvaluations();
app.Run();
