using System.Collections.Immutable;

namespace Facilitation.Methods;

/// <summary>A design or problem cannot run. <see cref="Errors"/> lists every problem found, one sentence each.</summary>
public sealed class InvalidDesignException : FacilitationException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidDesignException"/> class.</summary>
    /// <param name="what">What was checked (for example "World Café design").</param>
    /// <param name="errors">Every problem found.</param>
    internal InvalidDesignException(string what, IEnumerable<string> errors)
        : this(what, [.. errors ?? []])
    {
    }

    private InvalidDesignException(string what, ImmutableArray<string> errors)
        : base(TextCatalog.Say("Design.CannotRun", Identifier.Noun(what)) + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => " - " + e)))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, one sentence each.</summary>
    public ImmutableArray<string> Errors { get; }
}
