namespace XinxingPortal.Platform.Features;

internal sealed class FeatureStateException(string message) : Exception(message);
