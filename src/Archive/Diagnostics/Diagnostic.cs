namespace Archive.Diagnostics;

public enum Severity { Suggestion, Warning, Error }

/// <summary>One content problem: where it is, a stable code tests and tools can match, what is wrong and how to fix it.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string Message, string Fix)
{
    public override string ToString() =>
        $"{Location}: {SeverityWord} {Code}: {Message} — {Fix}";

    string SeverityWord => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "suggestion",
    };
}
