namespace XinxingPortal.Platform.Tenants;

/// <summary>The first administrator of a tenant, created at setup.</summary>
internal sealed record AdminAccount(string UserName, string Email, string Password);
