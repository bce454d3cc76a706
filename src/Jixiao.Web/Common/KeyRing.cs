using System.Security.Cryptography.X509Certificates;
using Jixiao.Data.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Common;

/// <summary>
/// 密钥环 — the data-protection keys that sign and encrypt sign-in cookies, bearer tokens and antiforgery tokens. They
/// live in the database (<see cref="JixiaoDb.DataProtectionKeys"/>) under one application name, so a cookie or token
/// issued by one web node is accepted by every other node on the same database, and they survive a redeployment.
/// In production each key is encrypted at rest with the certificate named in section <c>DataProtection</c>
/// (<see cref="KeyRingOptions"/>): whoever reads the table without it cannot forge a session.
/// </summary>
public static partial class KeyRing
{
    /// <summary>Fixed, not the content root (the default), which differs between installations of the same app.</summary>
    public const string ApplicationName = "Jixiao";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<JixiaoDb>();
        if (options.LoadCertificate() is { } certificate)
        {
            // Also registers the certificate for decryption, so no certificate store is consulted.
            builder.ProtectKeysWithCertificate(certificate);
        }
        else if (options.RequireCertificate)
        {
            throw new InvalidOperationException(
                "DataProtection:RequireCertificate is set but no certificate is configured: give DataProtection:CertificatePath (PFX, or PEM with DataProtection:CertificateKeyPath).");
        }
        return services;
    }

    /// <summary>
    /// Makes sure the key ring exists before the first request. Nodes that start together on an empty database take
    /// turns (an advisory lock on PostgreSQL), so the second finds the key the first created instead of making its
    /// own; otherwise each would sign with a key the other has not loaded yet.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, JixiaoDb db, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(db);
        var encrypted = services.GetRequiredService<IConfiguration>().GetSection(KeyRingOptions.Section).Get<KeyRingOptions>()?.CertificatePath is not null;
        if (!encrypted && !services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            LogUnencrypted(logger);
        }
        await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await AdvisoryLock.TakeAsync(db, AdvisoryLock.KeyRing, cancellationToken);
        // The first protection loads the ring from the database and creates and stores a key when there is none.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Jixiao.KeyRing.Start").Protect([1]);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys are stored unencrypted: configure DataProtection:CertificatePath (see src/Jixiao.Web/README.md).")]
    private static partial void LogUnencrypted(ILogger logger);
}

/// <summary>Section <c>DataProtection</c>: the certificate that encrypts the stored keys.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PFX (PKCS#12) file, or a PEM certificate whose private key is in <see cref="CertificateKeyPath"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password (give it from a secret: an environment variable, not appsettings).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM private key of a PEM certificate.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>Refuse to start without a certificate (set it in production, so an unencrypted key ring is never made).</summary>
    public bool RequireCertificate { get; set; }

    internal X509Certificate2? LoadCertificate()
    {
        if (string.IsNullOrWhiteSpace(CertificatePath))
        {
            return null;
        }
        if (!File.Exists(CertificatePath))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath: no file {CertificatePath}.");
        }
        var certificate = CertificateKeyPath is { Length: > 0 } key
            ? X509Certificate2.CreateFromPemFile(CertificatePath, key)
            : X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"DataProtection:CertificatePath {CertificatePath}: the certificate has no private key, so the keys could not be read back.");
    }
}
