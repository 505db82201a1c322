namespace XinxingPortal.Abstractions.Changes;

/// <summary>One change to one item, as lifecycle handlers see it while it is saved and the change feed records it.</summary>
/// <param name="ContentType">The entity's type name, e.g. "PolicyDocument" or "Outcome".</param>
public sealed record ContentChange(string ContentType, string ItemId, string Culture, ContentChangeKind Kind);
