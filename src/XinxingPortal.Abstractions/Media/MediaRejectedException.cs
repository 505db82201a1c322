namespace XinxingPortal.Abstractions.Media;

/// <summary>An upload refused for a reason the user can act on; the message is an English msgid to localize.</summary>
public sealed class MediaRejectedException(string message) : Exception(message);
