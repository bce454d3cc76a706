using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// One row of an actuals file before it is matched with the goals: every cell as written, and where it
/// was read. CSV and JSON both produce these, so that matching and its messages are the same for both.
/// </summary>
public sealed record ActualRow(string Fund, string Indicator, string Actual, string Reason, string Score, SourceRef Source);
