namespace CdsService.Api.OpenApi;

using Microsoft.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentName = "v1";

    private const string Description = """
        Clinical decision support for HER2 (ErbB2)-driven breast cancer. Send a patient's biomarkers; the service
        interprets HER2 status by the ASCO/CAP 2018 rules (affirmed 2023), applies the evidence of one review on
        trastuzumab action and resistance, and ranks that review's Table 1 therapy options for the patient, every
        statement with its citation.

        **Caveat:** the review is from 2011 (probably Bailey et al., J Carcinog 2011;10:28, not yet verified). Its phases
        and outcomes are of that time; later events appear only as dated currency notes and never change the ranking.
        Most resistance evidence comes from cell culture. This is decision support for clinicians: it shows its basis
        for independent review and does not prescribe.

        **Scopes** (each operation names the one it needs): `evaluate` (POST recommendations and FHIR $evaluate),
        `read:own` (read back the evaluations, reports and batches this caller created), `read:all` (read every stored
        evaluation: audit and quality staff), `batches` (submit tumor-board batches), `admin` (read the access log).
        Every read of stored patient data is itself written to the access log.

        Errors are RFC 9457 `application/problem+json` with a stable `type` and, for field errors, `errors` keyed by the
        JSON path of the field (e.g. `her2.ish.meanHer2CopiesPerCell`).
        """;

    public static IHostApplicationBuilder AddCdsOpenApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "CdsService: HER2 / trastuzumab decision support",
                Version = DocumentName,
                Description = Description,
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{typeof(OpenApiExtensions).Assembly.GetName().Name}.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }

            options.AddSecurityDefinition(ClinicalApiSecurityOperationFilter.ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key issued to a script or integration (configured as Auth:ApiKeys, with Auth:ApiKeys:N:Scopes; none configured means `evaluate` and `read:own`). Not needed in Development.",
            });
            options.AddSecurityDefinition(ClinicalApiSecurityOperationFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT from the configured authority (Auth:Jwt:Authority); its `scope` claim grants the scopes. Not needed in Development.",
            });
            options.OperationFilter<ClinicalApiSecurityOperationFilter>();
            options.SchemaFilter<RequestSchemaFilter>();
            options.OperationFilter<RequestExamplesOperationFilter>();
        });
        return builder;
    }

    /// <summary>Swagger UI at /swagger in every environment: clinicians try the API there (README.md).</summary>
    public static IApplicationBuilder UseCdsSwagger(this IApplicationBuilder app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "CdsService v1");
            options.DocumentTitle = "CdsService API";
        });
        return app;
    }
}
