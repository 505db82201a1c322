using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Matching;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>The host registers the matching engine and ships jieba's files beside its binaries.</summary>
public sealed class MatchingServicesTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public void The_host_ranks_with_one_shared_engine_and_jieba_s_dictionary()
    {
        var engine = factory.Services.GetRequiredService<MatchEngine>();
        Assert.Same(engine, factory.Services.GetRequiredService<MatchEngine>());
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "jieba", "dict.txt")));

        var demand = new MatchDemand("冷链运输温度监控", "冷藏车全程温度记录与超温报警", TechField.Commerce, null, CooperationModes.Licence, null, null);
        var outcome = new MatchCandidate("o1", "果蔬冷链物流温湿度监控平台", ["冷链物流"], "冷藏车和冷库温湿度实时上传，超温告警", "", TechField.Commerce, 9, CooperationModes.Licence, 300_000);
        var ranked = engine.Rank(demand, [outcome]);

        Assert.Equal("o1", Assert.Single(ranked).CandidateId);
        Assert.Contains("冷链", ranked[0].Reasons.SharedTerms);
        Assert.Contains("超温", factory.Services.GetRequiredService<TermExtractor>().Terms("超温报警"));
    }
}
