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

    [Fact]
    public void The_head_is_the_newest_record_as_an_anchor()
    {
        var chain = Chain(4);
        Assert.Equal(new AuditAnchor(4, chain[3].Hash), AuditChain.Verify(chain).Head);
        Assert.Equal($"4:{chain[3].Hash}", AuditChain.Verify(chain).Head.ToString());
        Assert.Null(AuditChain.Verify([]).Head);
    }

    /// <summary>What happened after the anchor (record 3 of 5) was written down, and what the verification says.</summary>
    public static TheoryData<string, long?, ChainBreakKind?> Anchored => new()
    {
        { "nothing", null, null },
        { "two more appended", null, null },
        { "newest two deleted", 3, null },
        { "newest three deleted", 3, ChainBreakKind.Truncated },
        { "all rewritten with hashes recomputed", 3, ChainBreakKind.Rewritten },
    };

    [Theory]
    [MemberData(nameof(Anchored))]
    public void An_anchor_kept_outside_finds_deleted_newest_records_and_a_rewritten_chain(string after, long? headOrBreak, ChainBreakKind? kind)
    {
        var chain = Chain(5);
        var anchor = AuditAnchor.Of(chain[2]);
        switch (after)
        {
            case "two more appended": chain.Add(AuditChain.Append(chain[^1], Entry(5))); chain.Add(AuditChain.Append(chain[^1], Entry(6))); break;
            case "newest two deleted": chain.RemoveRange(3, 2); break;
            case "newest three deleted": chain.RemoveRange(2, 3); break;
            case "all rewritten with hashes recomputed":
                var rewritten = new List<AuditRecord>();
                foreach (var record in chain)
                {
                    rewritten.Add(AuditChain.Append(rewritten.LastOrDefault(), record.Sequence == 2 ? Entry(1, @new: "{}") : record.Entry));
                }
                chain = rewritten;
                break;
            default: break;
        }
        var verification = AuditChain.Verify(chain, anchor);

        Assert.True(AuditChain.Verify(chain).IsIntact); // without the anchor, nothing shows
        Assert.Equal(kind, verification.Break?.Kind);
        if (kind is null)
        {
            Assert.Equal(headOrBreak ?? chain.Count, verification.Head?.Sequence);
        }
        else
        {
            Assert.Equal(headOrBreak, verification.Break!.Sequence);
            Assert.Contains("第 3 条", verification.Break.Message.Format(Cultures.Chinese), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("3:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", true)]
    [InlineData(" 12:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08 ", true)]
    [InlineData("0:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", false)]
    [InlineData("-1:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", false)]
    [InlineData("3:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0", false)]
    [InlineData("3:zf86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", false)]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", false)]
    [InlineData("3:", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void An_anchor_reads_as_sequence_colon_hash(string? text, bool valid)
    {
        Assert.Equal(valid, AuditAnchor.TryParse(text, out var anchor));
        if (valid)
        {
            Assert.Equal(text!.Trim().ToLowerInvariant(), anchor.ToString());
        }
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
