namespace Jixiao.Cycle;

/// <summary>完成目标可能性 — how likely a monitored indicator is to reach its target by the end of the year.</summary>
public enum Likelihood
{
    /// <summary>确定能.</summary>
    Certain,
    /// <summary>有可能.</summary>
    Possible,
    /// <summary>完全不可能.</summary>
    Impossible,
}

/// <summary>偏差原因类别 — the category a deviation's reason is filed under in monitoring and evaluation.</summary>
public enum DeviationCategory
{
    /// <summary>经费保障.</summary>
    Funding,
    /// <summary>制度保障.</summary>
    Rules,
    /// <summary>人员保障.</summary>
    Staffing,
    /// <summary>硬件条件.</summary>
    Equipment,
    /// <summary>其他.</summary>
    Other,
}
