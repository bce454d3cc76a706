namespace Jixiao.Data.Administration;

/// <summary>系统管理's commands and queries: what the web app and the <c>jixiao user</c> and <c>region</c> verbs share.</summary>
public static class AdministrationRegistration
{
    public static IServiceCollection AddJixiaoAdministration(this IServiceCollection services)
    {
        services.AddScoped<AdministratorGuard>();
        services.AddScoped<UserCommands>();
        services.AddScoped<SignInCommands>();
        services.AddScoped<RegionCommands>();
        services.AddScoped<SupervisionCommands>();
        services.AddScoped<UserQuery>();
        services.AddScoped<RegionQuery>();
        return services;
    }
}
