namespace CdsService.Api.Persistence;

/// <summary>The database could not be reached in time; the client gets 503 with Retry-After, never a 500.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException()
        : base("The database is unavailable.")
    {
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(Exception innerException)
        : base("The database is unavailable.", innerException)
    {
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
