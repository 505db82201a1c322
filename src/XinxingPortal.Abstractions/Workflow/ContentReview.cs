namespace XinxingPortal.Abstractions.Workflow;

/// <summary>
/// How strict review is for a content type, registered as a singleton by its module
/// (<c>services.AddSingleton(new ContentReview&lt;PolicyDocument&gt;(FourEyes: true, RequiresReview: true))</c>).
/// Without one, a content type is published by its editors directly.
/// </summary>
public sealed record ContentReview<T>(bool FourEyes, bool RequiresReview);
