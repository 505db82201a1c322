namespace XinxingPortal.Abstractions.Changes;

/// <summary>What happened to an item. Published means "it now has a public version: read it again"; it is also
/// recorded when a new version replaces the public one.</summary>
public enum ContentChangeKind
{
    Created,
    Updated,
    Published,
    Unpublished,
    Deleted,
}
