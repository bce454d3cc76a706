using Jixiao.Goals;

namespace Jixiao.Data.Checks;

/// <summary>
/// Where the pages and the API get findings for a goal set: the one seam between the web app and the checks
/// (<see cref="LintFindings"/>, the linter of the default profile; a region's profile would be registered here).
/// </summary>
public interface IFindingsSource
{
    IReadOnlyList<FindingView> Find(GoalSet goals);
}
