namespace XinxingPortal.Abstractions.Recipes;

/// <summary>Binary files a recipe refers to (images), read from the portal's content folder and never outside it.</summary>
public interface IRecipeFiles
{
    /// <summary>Opens a file by its path from the repository root (e.g. <c>content/outreach/photos/x.png</c>); null when it is missing or outside.</summary>
    Stream? Open(string relativePath);
}
