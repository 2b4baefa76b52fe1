# syntax=docker/dockerfile:1
# CdsService API image. Build from the repository root:  docker build -t cdsservice-api .
# The restore layer copies only the build props and project files, so it is reused until a dependency changes.

# Base images are pinned by digest (the tag stays for readers): a floating tag builds tomorrow from an image nobody
# tested. These are the digests sdk:10.0 and aspnet:10.0 had in July 2026 (taken from public builds that pinned them;
# re-resolve them before a release). To move to a newer .NET patch, re-resolve both and replace them in one commit:
#   docker buildx imagetools inspect mcr.microsoft.com/dotnet/sdk:10.0 --format '{{json .Manifest.Digest}}'
#   docker buildx imagetools inspect mcr.microsoft.com/dotnet/aspnet:10.0 --format '{{json .Manifest.Digest}}'
FROM mcr.microsoft.com/dotnet/sdk:10.0@sha256:ed034a8bf0b24ded0cbbac07e17825d8e9ebfe21e308191d0f7421eaf5ad4664 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Rules/CdsService.Rules.csproj src/Rules/
COPY src/Fhir/CdsService.Fhir.csproj src/Fhir/
COPY src/Api/CdsService.Api.csproj src/Api/
RUN dotnet restore src/Api/CdsService.Api.csproj
COPY src/ src/
RUN dotnet publish src/Api/CdsService.Api.csproj --no-restore -c Release -o /app/publish -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:1fa23fc4872d95fd71c2833ebe65d7e84a43b2d51a31d119516852f13d9505a7 AS runtime
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Telemetry__PrometheusPort=9464
COPY --from=build /app/publish .
# The image's non-root "app" user; the files stay root-owned and read-only to it.
USER $APP_UID
# 8080: the API. 9464: Prometheus /metrics, for the monitoring network only (deploy/k8s/networkpolicy.yaml).
EXPOSE 8080 9464
# The aspnet image has no curl or wget: the binary probes its own /health/live (src/Api/Health/HealthCheckCommand.cs).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["dotnet", "/app/CdsService.Api.dll", "--health-check"]
ENTRYPOINT ["dotnet", "/app/CdsService.Api.dll"]
