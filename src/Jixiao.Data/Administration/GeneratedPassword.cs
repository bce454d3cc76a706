using System.Security.Cryptography;

namespace Jixiao.Data.Administration;

/// <summary>
/// 初始密码 for a new user or a reset: 15 random bytes as 20 URL-safe base64 characters (120 bits), well over the
/// 12 characters the password rules ask for. Shown once to the administrator, never stored but as Identity's hash.
/// </summary>
public static class GeneratedPassword
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', '-').Replace('+', '_');
}
