namespace XinxingPortal.Platform.Memory;

/// <summary>
/// When a quiet site gives memory back. Read every few seconds with the bytes the process has allocated so far: the site
/// is quiet when less than <see cref="QuietBytes"/> were allocated since the last reading, and it is worth trimming when
/// at least <see cref="WorkBytes"/> were allocated since the last trim — a burst of readers that left the collector's
/// budget and the native heap at their peak. A site that stays busy is never trimmed (a full collection there would
/// only cost it), and one that stays idle is trimmed once, not every round. What the start-up allocated counts as work:
/// the first quiet round after it trims too.
/// </summary>
internal sealed class IdleTrimPolicy(long quietBytes = IdleTrimPolicy.QuietBytes, long workBytes = IdleTrimPolicy.WorkBytes)
{
    /// <summary>Below this per round the site is quiet: the change feed's and the mail outbox's polls allocate far less.</summary>
    public const long QuietBytes = 4L * 1024 * 1024;

    /// <summary>About a thousand rendered pages; less than this since the last trim leaves too little to give back.</summary>
    public const long WorkBytes = 256L * 1024 * 1024;

    private long lastReading = -1;
    private long atLastTrim;

    /// <summary>True when the caller should trim now; the caller then trims (the reading counts as the trim's).</summary>
    public bool ShouldTrim(long allocatedBytes)
    {
        var previous = lastReading;
        lastReading = allocatedBytes;
        if (previous < 0 || allocatedBytes - previous >= quietBytes || allocatedBytes - atLastTrim < workBytes)
        {
            return false;
        }

        atLastTrim = allocatedBytes;
        return true;
    }
}
