using XinxingPortal.Abstractions.Paging;
using XinxingPortal.Media.Data;

namespace XinxingPortal.Media.Admin;

internal sealed record MediaListModel(Page<MediaItem> Images, MediaUploadInput Upload);

/// <summary>What the upload form shows again after a refusal, so the alt text need not be typed twice.</summary>
internal sealed record MediaUploadInput(string? AltText = null);
