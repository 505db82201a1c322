namespace XinxingPortal.Platform.Modules;

/// <summary>The features cannot be ordered: a dependency is missing or features depend on each other in a cycle.</summary>
internal sealed class FeatureGraphException(string message) : Exception(message);
