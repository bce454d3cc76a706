using Jixiao.Diagnostics;
using Jixiao.Governance;

namespace Jixiao.Tests.Governance;

/// <summary>审计链: records chained by SHA-256; editing, deleting or reordering one is found and named.</summary>
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2020, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(int i, string? old = "{\"target\":\"≥95%\"}", string? @new = "{\"target\":\"≥98%\"}") =>
        new(Start.AddMinutes(i), "editor", 7, 2020, $"indicator/{i}", "update", old, @new);

    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        for (var i = 0; i < count; i++)
        {
            records.Add(AuditChain.Append(records.LastOrDefault(), Entry(i)));
        }
        return records;
    }

    [Fact]
    public void A_chain_starts_at_genesis_and_verifies()
    {
        var chain = Chain(5);
        Assert.Equal(AuditChain.Genesis, chain[0].PreviousHash);
        Assert.Equal(new string('0', 64), AuditChain.Genesis);
        Assert.Equal([1L, 2, 3, 4, 5], chain.Select(r => r.Sequence));
        Assert.All(chain.Skip(1).Zip(chain), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        var verification = AuditChain.Verify(chain);
        Assert.True(verification.IsIntact);
        Assert.Equal(5, verification.Count);
        Assert.Equal("审计日志完整：共 5 条记录，链已验证。", verification.Message.Format(Cultures.Chinese));
        Assert.True(AuditChain.Verify([]).IsIntact);
    }

    /// <summary>How the chain was tampered with, which record is named, and how it is broken.</summary>
    public static TheoryData<string, long, ChainBreakKind> Tampering => new()
    {
        { "edit new value of 3", 3, ChainBreakKind.Edited },
        { "edit actor of 1", 1, ChainBreakKind.Edited },
        { "edit time of 5", 5, ChainBreakKind.Edited },
        { "edit 3 and recompute its hash", 4, ChainBreakKind.BrokenLink },
        { "delete 3", 4, ChainBreakKind.Gap },
        { "delete 1", 2, ChainBreakKind.Gap },
        { "swap 2 and 3", 3, ChainBreakKind.Gap },
        { "repeat 2", 2, ChainBreakKind.OutOfOrder },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public void Tampering_is_found_at_the_first_broken_record(string tampering, long sequence, ChainBreakKind kind)
    {
        var chain = Chain(5);
        switch (tampering)
        {
            case "edit new value of 3": chain[2] = chain[2] with { Entry = Entry(2, @new: "{\"target\":\"≥90%\"}") }; break;
            case "edit actor of 1": chain[0] = chain[0] with { Entry = new AuditEntry(Start, "someone", 7, 2020, "indicator/0", "update", Entry(0).OldValue, Entry(0).NewValue) }; break;
            case "edit time of 5": chain[4] = chain[4] with { Entry = Entry(5) }; break;
            case "edit 3 and recompute its hash": chain[2] = AuditChain.Seal(3, Entry(2, @new: "{}"), chain[2].PreviousHash); break;
            case "delete 3": chain.RemoveAt(2); break;
            case "delete 1": chain.RemoveAt(0); break;
            case "swap 2 and 3": (chain[1], chain[2]) = (chain[2], chain[1]); break;
            default: chain.Insert(2, chain[1]); break;
        }
        var broken = AuditChain.Verify(chain).Break;
        Assert.NotNull(broken);
        Assert.Equal((sequence, kind), (broken.Sequence, broken.Kind));
        Assert.Contains(sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), broken.Message.Format(Cultures.English), StringComparison.Ordinal);
    }

    public static TheoryData<string?, string?, string?, string?> DistinctEncodings => new()
    {
        { "ab", "c", "a", "bc" },
        { null, "x", "", "x" },
        { "x", null, "x", "" },
        { "a\nnew=1:b", null, "a", "b" },
    };

    [Theory]
    [MemberData(nameof(DistinctEncodings))]
    public void Different_fields_never_hash_alike(string? old1, string? new1, string? old2, string? new2)
    {
        var one = AuditChain.ComputeHash(1, Entry(0, old1, new1), AuditChain.Genesis);
        var two = AuditChain.ComputeHash(1, Entry(0, old2, new2), AuditChain.Genesis);
        Assert.NotEqual(one, two);
    }

    [Fact]
    public void The_hash_is_pinned_so_that_stored_chains_stay_verifiable()
    {
        var hash = AuditChain.ComputeHash(1, new AuditEntry(Start, "system", null, null, "goal-set/1", "import", null, "{}"), AuditChain.Genesis);
        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, AuditChain.Seal(1, new AuditEntry(Start.AddTicks(9), "system", null, null, "goal-set/1", "import", null, "{}"), AuditChain.Genesis).Hash);
        // Computed independently (Python hashlib) from the documented encoding.
        Assert.Equal("559f28b5297480785bb1dfd56302e7e24d0edf09d1d79e4787478e8ca1ea7065", hash);
    }
}
