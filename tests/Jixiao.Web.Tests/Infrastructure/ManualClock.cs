namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>A clock that stands still until a test moves it: time-dependent behaviour without waiting. The app reads it from its own threads.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _utcTicks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
