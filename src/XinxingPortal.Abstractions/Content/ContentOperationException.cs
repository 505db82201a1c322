namespace XinxingPortal.Abstractions.Content;

/// <summary>A content operation refused for a reason the user can act on (the message is a localizable key).</summary>
public sealed class ContentOperationException(string message) : Exception(message);
