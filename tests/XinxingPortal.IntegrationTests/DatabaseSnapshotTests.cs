using Microsoft.EntityFrameworkCore;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.IntegrationTests.TechTransfer;
using XinxingPortal.Platform.Email;

namespace XinxingPortal.IntegrationTests;

/// <summary>"Nothing stored" means nothing a request stores: what background consumers update on their own is not counted.</summary>
public sealed class DatabaseSnapshotTests(ChallengeFixture fixture) : IClassFixture<ChallengeFixture>
{
    [Fact]
    public async Task The_dispatcher_sending_mail_is_not_a_change_but_a_new_message_is()
    {
        await fixture.InDbAsync(db => db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            To = "snapshot@org.example", Subject = "测试", TextBody = "测试", CreatedUtc = fixture.Clock.UtcNow, NextAttemptUtc = fixture.Clock.UtcNow.AddYears(1),
        }));
        var before = await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default");

        await fixture.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.To == "snapshot@org.example").ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.Attempts, 1).SetProperty(m => m.SentUtc, fixture.Clock.UtcNow)));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default"));

        await fixture.InDbAsync(db => db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            To = "another@org.example", Subject = "测试", TextBody = "测试", CreatedUtc = fixture.Clock.UtcNow, NextAttemptUtc = fixture.Clock.UtcNow.AddYears(1),
        }));
        Assert.NotEqual(before, await DatabaseSnapshot.TakeAsync(fixture.Factory, "Default"));
    }
}
