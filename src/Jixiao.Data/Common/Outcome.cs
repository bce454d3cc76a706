using Jixiao.Diagnostics;

namespace Jixiao.Data.Common;

/// <summary>Why a feature refused a request: expected failures are values, mapped to HTTP in one place (ApiProblems).</summary>
public enum FailureKind
{
    NotFound,
    Invalid,
    /// <summary>Someone else changed the row since the client read it (optimistic concurrency).</summary>
    Conflict,
    TooLarge,
}

/// <summary>A refused request: the kind, a message for people, and the field that is wrong (camelCase, as in the request).</summary>
public sealed record Failure(FailureKind Kind, LocalizedText Message, string? Field = null)
{
    /// <summary>For conflicts: the row as it is now, so the client can show both versions and lose nothing.</summary>
    public object? Current { get; init; }

    public static Failure NotFound(string what) => new(FailureKind.NotFound, new LocalizedText("Web.NotFound", new LocalizedText(what)));

    public static Failure Invalid(string field, string key, params object?[] arguments) =>
        new(FailureKind.Invalid, new LocalizedText(key, arguments), field);
}

/// <summary>A feature's answer: a value or a failure.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public bool Succeeded => Failure is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}
