# syntax=docker/dockerfile:1
# CdsService API image. Build from the repository root:  docker build -t cdsservice-api .
# The restore layer copies only the build props and project files, so it is reused until a dependency changes.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Rules/CdsService.Rules.csproj src/Rules/
COPY src/Fhir/CdsService.Fhir.csproj src/Fhir/
COPY src/Api/CdsService.Api.csproj src/Api/
RUN dotnet restore src/Api/CdsService.Api.csproj
COPY src/ src/
RUN dotnet publish src/Api/CdsService.Api.csproj --no-restore -c Release -o /app/publish -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080
COPY --from=build /app/publish .
# The image's non-root "app" user; the files stay root-owned and read-only to it.
USER $APP_UID
EXPOSE 8080
# The aspnet image has no curl or wget: the binary probes its own /health/live (src/Api/Health/HealthCheckCommand.cs).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["dotnet", "/app/CdsService.Api.dll", "--health-check"]
ENTRYPOINT ["dotnet", "/app/CdsService.Api.dll"]
