using System.Security.Cryptography;
using System.Text;

namespace XinxingPortal.Abstractions.Media;

/// <summary>
/// Recipes name images by a readable key; the library stores them under an id derived from it, so every module
/// (and every run of a recipe) finds the same image without asking the Media module.
/// </summary>
public static class MediaKeys
{
    public static string IdFor(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("media:" + key)))[..32];
}
