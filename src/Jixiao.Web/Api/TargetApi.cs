using Jixiao.Data.Accounts;
using Jixiao.Data.TargetHints;
using Jixiao.Targets;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.TargetHints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>POST /api/v1/targets/interpret: what Jixiao understands of a target as it is typed (the editor's live hint).</summary>
public static class TargetApi
{
    public static void MapTargetApi(this RouteGroupBuilder api) =>
        api.MapPost("/targets/interpret", Interpret).WithTags("Targets").RequireAuthorization(Policies.Read)
            .WithSummary("Interprets a target (指标值) the way saving it would, with ladder steps and problems.");

    private static Ok<TargetInterpretation> Interpret(InterpretTargetRequest request)
    {
        var target = TargetParser.Parse(request.Text ?? "", TargetContext.For(request.Level1, request.Level2));
        var direction = DirectionExtensions.Parse(request.Direction) ?? target.ImpliedDirection;
        return TypedResults.Ok(TargetInterpretation.Of(target, direction));
    }
}
