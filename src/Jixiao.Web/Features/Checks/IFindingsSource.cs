using Jixiao.Goals;

namespace Jixiao.Web.Features.Checks;

/// <summary>
/// Where the pages get findings for a goal set. The one seam between the web app and the checks: when
/// the linter (issue 3) is merged, its adapter replaces <see cref="LadderDefectFindings"/> here and nothing
/// else in the web app changes.
/// </summary>
public interface IFindingsSource
{
    IReadOnlyList<FindingView> Find(GoalSet goals);
}
