namespace Jixiao.Generation;

/// <summary>
/// SplitMix64: a tiny PRNG whose sequence is fixed by its seed on every platform and .NET version, so
/// that generated provinces are the same everywhere (System.Random makes no such promise).
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>True with the given probability (0..1).</summary>
    public bool Chance(double probability) => NextUInt64() < (ulong)(probability * ulong.MaxValue);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
