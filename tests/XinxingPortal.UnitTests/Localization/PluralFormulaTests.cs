using XinxingPortal.Platform.Localization;
using Xunit;

namespace XinxingPortal.UnitTests.Localization;

public sealed class PluralFormulaTests
{
    private const string Russian =
        "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)";

    private const string Polish = "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)";

    private const string Arabic =
        "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(11, 1)]
    public void Default_rule_is_english_one_versus_other(long n, int expected)
    {
        Assert.Equal(2, PluralFormula.Default.Count);
        Assert.Equal(expected, PluralFormula.Default.Evaluate(n));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public void Chinese_rule_always_picks_the_only_form(long n) =>
        Assert.Equal(0, PluralFormula.Parse(1, "0").Evaluate(n));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(21, 0)]
    [InlineData(101, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(22, 1)]
    [InlineData(0, 2)]
    [InlineData(5, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    [InlineData(14, 2)]
    [InlineData(111, 2)]
    public void Russian_rule_picks_one_few_and_many(long n, int expected) =>
        Assert.Equal(expected, PluralFormula.Parse(3, Russian).Evaluate(n));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(22, 1)]
    [InlineData(104, 1)]
    [InlineData(0, 2)]
    [InlineData(5, 2)]
    [InlineData(12, 2)]
    [InlineData(21, 2)]
    [InlineData(112, 2)]
    public void Polish_rule_treats_only_exactly_one_as_singular(long n, int expected) =>
        Assert.Equal(expected, PluralFormula.Parse(3, Polish).Evaluate(n));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    [InlineData(103, 3)]
    [InlineData(11, 4)]
    [InlineData(99, 4)]
    [InlineData(111, 4)]
    [InlineData(100, 5)]
    [InlineData(101, 5)]
    [InlineData(102, 5)]
    public void Arabic_rule_distinguishes_six_forms(long n, int expected) =>
        Assert.Equal(expected, PluralFormula.Parse(6, Arabic).Evaluate(n));

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 2 - 3", 5)]
    [InlineData("20 / 2 / 5", 2)]
    [InlineData("17 % 5 + 1", 3)]
    [InlineData("1 || 0 && 0", 1)]
    [InlineData("2 < 3 == 1", 1)]
    [InlineData("!0 + !5 + !!7", 2)]
    [InlineData("1 ? 1 : 0 ? 2 : 3", 1)]
    [InlineData("0 ? 1 : 0 ? 2 : 3", 3)]
    [InlineData("3 >= 3 && 3 <= 3 && 2 > 1 && !(2 < 1)", 1)]
    public void Operators_follow_c_precedence_and_associativity(string expression, int expected) =>
        Assert.Equal(expected, PluralFormula.Parse(50, expression).Evaluate(0));

    [Theory]
    [InlineData("n / 0")]
    [InlineData("n % 0")]
    public void Division_by_zero_yields_the_first_form(string expression) =>
        Assert.Equal(0, PluralFormula.Parse(3, expression).Evaluate(7));

    [Theory]
    [InlineData("n", 5)]
    [InlineData("0 - n", 1)]
    public void Index_outside_nplurals_falls_back_to_the_first_form(string expression, long n) =>
        Assert.Equal(0, PluralFormula.Parse(3, expression).Evaluate(n));

    [Theory]
    [InlineData("")]
    [InlineData("n +")]
    [InlineData("(n")]
    [InlineData("n ? 1")]
    [InlineData("x")]
    [InlineData("n = 1")]
    [InlineData("n & 1")]
    [InlineData("n 1")]
    [InlineData("99999999999999999999")]
    public void Malformed_expression_throws_format_exception(string expression) =>
        Assert.Throws<FormatException>(() => PluralFormula.Parse(2, expression));

    [Fact]
    public void Nplurals_below_one_is_rejected() =>
        Assert.Throws<FormatException>(() => PluralFormula.Parse(0, "0"));
}
