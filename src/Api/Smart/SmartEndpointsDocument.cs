namespace CdsService.Api.Smart;

/// <summary>The two endpoints of an EHR's .well-known/smart-configuration this app uses (SMART App Launch 2.x §Conformance).</summary>
public sealed record SmartEndpointsDocument(Uri AuthorizationEndpoint, Uri TokenEndpoint);
