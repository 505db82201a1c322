namespace XinxingPortal.Abstractions.Email;

/// <summary>An email in the reader's language, composed by the module that sends it.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody);
