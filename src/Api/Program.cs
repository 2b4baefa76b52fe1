using CdsService.Api.CdsHooks;

var builder = WebApplication.CreateBuilder(args);
builder.AddCdsHooks();
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok());
app.MapCdsHooks();
app.Run();
