namespace CdsService.Api.Tests.Infrastructure;

/// <summary>The checkout the tests run from: deploy files, fixtures and scripts are read relative to it.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CdsService.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("repository root (CdsService.sln) not found above " + AppContext.BaseDirectory);
    }
}
