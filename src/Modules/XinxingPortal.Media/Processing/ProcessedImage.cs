namespace XinxingPortal.Media.Processing;

/// <summary>An image ready to store: its size after orientation and its encoded renditions by file name.</summary>
internal sealed record ProcessedImage(int Width, int Height, IReadOnlyList<(string FileName, byte[] Content)> Files);
