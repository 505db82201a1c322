using System.ComponentModel.DataAnnotations;
using XinxingPortal.Platform.Localization.Validation;

namespace XinxingPortal.UnitTests.Localization;

public sealed class ValidationMessagesTests
{
    [Theory]
    [InlineData("ConfirmPassword", "Confirm password")]
    [InlineData("Kind", "Kind")]
    [InlineData("ContactEmail", "Contact email")]
    [InlineData("AIModel", "AI model")]
    [InlineData("TrlMin2", "Trl min2")]
    public void A_property_name_becomes_words_for_its_msgid(string name, string expected) =>
        Assert.Equal(expected, DisplayNames.Words(name));

    [Fact]
    public void Attributes_without_a_message_get_an_English_msgid_and_written_messages_are_kept()
    {
        Assert.Equal("The {0} field is required.", DefaultValidationMessages.MsgidOf(new RequiredAttribute()));
        Assert.Equal(DefaultValidationMessages.StringLengthRange, DefaultValidationMessages.MsgidOf(new StringLengthAttribute(128) { MinimumLength = 10 }));
        Assert.Equal(DefaultValidationMessages.StringLengthMax, DefaultValidationMessages.MsgidOf(new StringLengthAttribute(128)));
        Assert.Null(DefaultValidationMessages.MsgidOf(new CustomValidationAttribute(typeof(string), "Equals")));
        foreach (var msgid in new[] { DefaultValidationMessages.Required, DefaultValidationMessages.Range, DefaultValidationMessages.Compare })
        {
            Assert.Contains("{0}", msgid);
        }
    }
}
