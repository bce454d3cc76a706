using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jixiao.Web.Common;

/// <summary>
/// Behind a TLS-terminating proxy the app sees the proxy's plain-HTTP request. The proxy's <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> say who asked and over what: with them the sign-in cookie is <c>Secure</c>, redirects say
/// https, and the sign-in limit counts per client. They are believed only from the addresses in section
/// <c>ForwardedHeaders</c> (<see cref="ProxyOptions"/>) and from loopback, never from anyone: otherwise any client could
/// claim any address.
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front (the compose file's nginx); a chain of proxies lists each in KnownProxies or KnownNetworks.
            o.ForwardLimit = proxies.ForwardLimit;
            foreach (var proxy in proxies.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in proxies.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}

/// <summary>Section <c>ForwardedHeaders</c>: which proxies' forwarded headers to believe.</summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies (<c>10.0.0.5</c>).</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in (<c>172.16.0.0/12</c>), for proxies without a fixed address (containers).</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to unwrap.</summary>
    public int ForwardLimit { get; set; } = 1;
}
