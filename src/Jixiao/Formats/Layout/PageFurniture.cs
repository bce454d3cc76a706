using System.Text.RegularExpressions;

namespace Jixiao.Formats.Layout;

/// <summary>
/// 页面杂项 — what a saved web page, a printed PDF or a copy of either carries around the form: 发布时间, 来源,
/// 打印本页, 关闭窗口, font-size switches, page numbers, breadcrumbs. Such lines are dropped before the layout is read.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>Labels that start a line of page chrome (followed by a value, or standing alone).</summary>
    private static readonly string[] Starts =
    [
        "发布时间", "发布日期", "发文日期", "成文日期", "更新时间", "来源", "信息来源", "文章来源", "作者", "编辑", "责任编辑",
        "浏览次数", "阅读次数", "点击数", "访问量", "当前位置", "您当前的位置", "您的位置", "所在位置", "索引号", "分享到", "字号",
        "【字体", "[字体", "字体：", "打印本页", "关闭窗口", "【打印", "[打印", "【关闭", "[关闭", "上一篇", "下一篇", "相关链接",
        "网站地图", "版权所有", "主办单位", "承办单位", "技术支持", "网站标识码", "ICP备", "公网安备", "联系我们", "扫一扫",
    ];

    /// <summary>Whole lines that are chrome.</summary>
    private static readonly HashSet<string> Whole =
    [
        "打印", "关闭", "打印本页", "关闭窗口", "返回顶部", "首页", "收藏", "分享", "纠错", "【大】", "【中】", "【小】",
        "【打印】", "【关闭】", "【收藏】", "大中小", "【大中小】", "字号：大中小", "信息公开", "政务公开", "English",
    ];

    [GeneratedRegex(@"^(?:第\s*[0-9]+\s*页(?:\s*[,，/]?\s*共\s*[0-9]+\s*页)?|共\s*[0-9]+\s*页\s*第\s*[0-9]+\s*页|[—–\-－]\s*[0-9]+\s*[—–\-－]|Page\s+[0-9]+(?:\s+of\s+[0-9]+)?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:[0-9]{1,3}|[0-9]{1,3}\s*/\s*[0-9]{1,3})$")]
    private static partial Regex BareNumber();

    /// <summary>
    /// Whether a line is a page number: <c>— 3 —</c>, <c>第3页 共5页</c>, and in a page's footer also a bare <c>3</c> or
    /// <c>3/5</c> (<paramref name="inFooter"/>: a bare number elsewhere is a table cell).
    /// </summary>
    public static bool IsPageNumber(string line, bool inFooter)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        return PageNumber().IsMatch(text) || (inFooter && BareNumber().IsMatch(text));
    }

    [GeneratedRegex(@"^(?:首页|网站首页)\s*[>＞›»]")]
    private static partial Regex Breadcrumb();

    /// <summary>Whether a line (trimmed) is page chrome rather than part of a form.</summary>
    public static bool IsFurniture(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0)
        {
            return false;
        }
        var compact = FormTitle.Normalise(text);
        if (Whole.Contains(compact) || PageNumber().IsMatch(text) || Breadcrumb().IsMatch(compact))
        {
            return true;
        }
        foreach (var start in Starts)
        {
            if (compact.StartsWith(start, StringComparison.Ordinal) && (compact.Length == start.Length || IsLabelEnd(compact[start.Length]) || start[0] is '【' or '['))
            {
                return true;
            }
        }
        // 发布时间：2024-01-05 来源：某县财政局 【打印】【关闭】 on one line.
        return compact.Contains("【打印", StringComparison.Ordinal) || compact.Contains("打印本页", StringComparison.Ordinal)
            || compact.Contains("关闭窗口", StringComparison.Ordinal);
    }

    private static bool IsLabelEnd(char c) => c is ':' or '：' or ' ' or '】' or ']' or '|' or '(' or '（';
}
