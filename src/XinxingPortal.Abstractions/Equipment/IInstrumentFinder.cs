namespace XinxingPortal.Abstractions.Equipment;

/// <summary>
/// Shared instruments (大型科研仪器) that may serve a need written in words, such as a technology demand of type 设备.
/// Offered by the OpenLab module; a consumer takes <c>IEnumerable&lt;IInstrumentFinder&gt;</c>, which answers nothing
/// where OpenLab is off, so no module depends on another.
/// </summary>
public interface IInstrumentFinder
{
    /// <summary>At most <paramref name="take"/> published, shared instruments, best first, each with its reasons.</summary>
    Task<IReadOnlyList<InstrumentMatch>> FindAsync(string need, int take, CancellationToken ct);
}

/// <summary>An instrument that may serve a need.</summary>
/// <param name="Path">The instrument's public page, from the site root ("/openlab/instruments/icp-ms").</param>
/// <param name="Reasons">Why it matches, in the current UI language.</param>
public sealed record InstrumentMatch(string Name, string Path, string Unit, IReadOnlyList<string> Reasons);
