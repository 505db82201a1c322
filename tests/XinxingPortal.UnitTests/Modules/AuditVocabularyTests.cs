using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Platform.Admin.Activity;

namespace XinxingPortal.UnitTests.Modules;

public sealed class AuditVocabularyTests
{
    [Theory]
    [InlineData("Page:abc#3", "Page", "abc")]
    [InlineData("PolicyDocument:p1#2 by editor", "PolicyDocument", "p1")]
    [InlineData("Media:42", "Media", "42")]
    [InlineData("Media:42", "Page", null)]
    [InlineData("PageX:1", "Page", null)]
    [InlineData("Page:", "Page", null)]
    public void A_subject_names_its_item(string subject, string type, string? id) => Assert.Equal(id, AuditSubject.IdOf(subject, type));

    [Theory]
    [InlineData("TechTransfer.Outcome.Withdrawn", "TechTransfer: outcome withdrawn")]
    [InlineData("media.re-scan", "Media: re scan")]
    [InlineData("policy.approve", "Policy: approve")]
    [InlineData("AI.RunModel", "AI: run model")]
    [InlineData("login", "Login")]
    public void An_unknown_code_is_shown_in_words(string action, string words) => Assert.Equal(words, ActivityDescriber.Words(action));

    [Fact]
    public void Each_vocabulary_answers_the_first_known_code_and_links_the_item()
    {
        var describer = new ActivityDescriber([new ContentVocabulary(), new StubVocabulary()]);

        var row = describer.Describe(new XinxingPortal.Platform.Auditing.AuditEntry { Action = "content.publish", Subject = "Page:home#2" });

        Assert.Equal("Published content", row.Msgid);
        Assert.Equal("~/admin/pages/home", row.Url);
    }

    private sealed class StubVocabulary : IAuditVocabulary
    {
        public string? ActionText(string action) => null;

        public string? AdminUrl(string action, string subject, string? detail) => AuditSubject.IdOf(subject, "Page") is { } id ? "~/admin/pages/" + id : null;
    }
}
