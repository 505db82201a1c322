using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.UnitTests.TechTransfer;

public sealed class CreditCodeTests
{
    /// <summary>Published codes of real organisations; each check character was verified by hand against GB 32100-2015.</summary>
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("911100001000054445")]
    [InlineData("91310000MA1FL6MN13")]
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("9144030071526726XG")] // 深圳市腾讯计算机系统有限公司
    [InlineData("91330100716105852F")] // 阿里巴巴（中国）网络技术有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    [InlineData("91440300192317458F")] // 比亚迪股份有限公司
    [InlineData("91520000214434146R")] // 中航重机股份有限公司
    [InlineData("91340111MA2RAD3M4R")] // 蔚来控股有限公司
    public void Published_codes_are_valid(string code)
    {
        Assert.True(CreditCode.IsValid(code));
        Assert.Null(CreditCode.Problem(code));
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("914403001922038217")]
    [InlineData("9144030071526726XH")]
    [InlineData("91330100716105852E")]
    [InlineData("91310000MA1FL6MN10")]
    public void A_wrong_check_character_is_refused(string code) =>
        Assert.Contains("check character", CreditCode.Problem(CreditCode.Normalise(code)));

    [Fact]
    public void Swapped_digits_are_caught() => Assert.False(CreditCode.IsValid("914403001922032816"));

    [Theory]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    public void A_code_of_the_wrong_length_is_refused(string code) =>
        Assert.Contains("18 characters", CreditCode.Problem(CreditCode.Normalise(code)));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void The_letters_I_O_Z_S_and_V_are_refused(char letter) =>
        Assert.Contains("other than I, O, Z, S and V", CreditCode.Problem("91350100" + letter + "000100Y43"));

    [Fact]
    public void Lower_case_is_normalised() => Assert.True(CreditCode.IsValid("91310000ma1fl6mn13"));

    [Fact]
    public void Spaces_around_and_inside_are_removed()
    {
        Assert.Equal("9144030071526726XG", CreditCode.Normalise("  9144 0300 7152 6726 xg \t"));
        Assert.True(CreditCode.IsValid(" 91350100M000100Y43 "));
    }

    [Fact]
    public void Nothing_typed_is_not_valid() => Assert.False(CreditCode.IsValid(null));
}
