namespace CdsService.Api.Auth;

using Microsoft.AspNetCore.Authorization;

/// <summary>Met when the request's <see cref="Caller"/> holds any of <see cref="Scopes"/>.</summary>
public sealed class ScopeRequirement(params string[] scopes) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public IReadOnlyList<string> Scopes { get; } = scopes;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.Resource is HttpContext http && http.GetCaller() is { } caller && requirement.Scopes.Any(caller.Has))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
