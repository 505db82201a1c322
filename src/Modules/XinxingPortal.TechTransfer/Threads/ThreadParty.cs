using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>
/// A thread together with who is looking at it: one of its two organisations (<see cref="Organisation"/>), or bureau
/// staff (Organisation null). Nobody else ever gets one.
/// </summary>
internal sealed record ThreadParty(InterestThread Thread, Organisation? Organisation, bool Staff);
