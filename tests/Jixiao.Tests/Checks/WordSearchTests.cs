using Jixiao.Checks;

namespace Jixiao.Tests.Checks;

public sealed class WordSearchTests
{
    private static readonly WordSearch Bases = new(["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准", ""]);

    [Theory]
    [InlineData("计划标准", "计划标准")]
    [InlineData("依据行业标准", "行业标准")]
    [InlineData("计划（年度）；历史标准", "历史标准")]
    [InlineData("预算支出预算支出标准", "预算支出标准")]
    [InlineData("计划", null)]
    [InlineData("受理案件", null)]
    [InlineData("", null)]
    public void Finds_the_first_word_wherever_it_stands(string text, string? expected) =>
        Assert.Equal(expected, Bases.FindIn(text));
}
