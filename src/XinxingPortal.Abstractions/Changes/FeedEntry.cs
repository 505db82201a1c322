namespace XinxingPortal.Abstractions.Changes;

/// <summary>A committed row of the change feed; <see cref="Id"/> only grows.</summary>
public sealed record FeedEntry(long Id, ContentChange Change, DateTime AtUtc);
