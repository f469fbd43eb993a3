using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;

namespace Facilitation.Methods;

/// <summary>What every method's design check shares: a design that cannot run is refused with every error listed, and its warnings are returned.</summary>
internal static class DesignChecks
{
    /// <summary>Validates a design and throws <see cref="InvalidDesignException"/> listing every error when it cannot run; warnings do not throw.</summary>
    /// <typeparam name="TDesign">The design's type.</typeparam>
    /// <param name="validator">The method's validator.</param>
    /// <param name="design">The design.</param>
    /// <param name="what">What is checked, for the exception's message (for example "World Café design").</param>
    /// <returns>The warnings, one sentence each.</returns>
    public static ImmutableArray<string> EnsureValid<TDesign>(IValidator<TDesign> validator, TDesign design, string what)
    {
        ArgumentNullException.ThrowIfNull(design);
        var result = validator.Validate(design);
        var errors = result.Errors.Where(e => e.Severity == Severity.Error).Select(e => e.ErrorMessage).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDesignException(what, errors);
        }

        return [.. result.Errors.Where(e => e.Severity == Severity.Warning).Select(e => e.ErrorMessage)];
    }

    /// <summary>Lists every problem with a design without creating a session, in the current UI culture; warnings are prefixed "Warning:" (in Chinese "警告：").</summary>
    /// <typeparam name="TDesign">The design's type.</typeparam>
    /// <param name="validator">The method's validator.</param>
    /// <param name="design">The design.</param>
    /// <returns>One sentence per problem; empty when the design can run without remarks.</returns>
    public static IReadOnlyList<string> List<TDesign>(IValidator<TDesign> validator, TDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return [.. validator.Validate(design).Errors.Select(e => e.Severity == Severity.Error ? e.ErrorMessage : TextCatalog.Say("Design.Warning", e.ErrorMessage))];
    }
}

/// <summary>A design check written as one pass over the whole design (its parts depend on each other), recording errors and warnings as it goes.</summary>
/// <typeparam name="TDesign">The design's type.</typeparam>
internal abstract class WholeDesignValidator<TDesign> : AbstractValidator<TDesign>
{
    /// <summary>Initializes a new instance of the <see cref="WholeDesignValidator{TDesign}"/> class.</summary>
    protected WholeDesignValidator() => RuleFor(d => d).Custom((design, context) => Check(design, new DesignFailures<TDesign>(context)));

    /// <summary>Checks the design and records each failure.</summary>
    /// <param name="design">The design.</param>
    /// <param name="failures">Where the failures go.</param>
    protected abstract void Check(TDesign design, DesignFailures<TDesign> failures);
}

/// <summary>Records a whole-design check's failures: errors, warnings (<see cref="Severity.Warning"/>), and the one rule for every name and title in a design.</summary>
/// <typeparam name="TDesign">The design's type.</typeparam>
/// <param name="context">The check's context, which collects the failures.</param>
internal sealed class DesignFailures<TDesign>(ValidationContext<TDesign> context)
{
    /// <summary>Records an error: the design cannot run.</summary>
    public void Error(string property, string message) => context.AddFailure(new ValidationFailure(property, message));

    /// <summary>Records a warning: the design runs, but a facilitator should look at it.</summary>
    public void Warn(string property, string message) => context.AddFailure(new ValidationFailure(property, message) { Severity = Severity.Warning });

    /// <summary>Records an error when a name or title is not valid text (missing, blank, too long, control characters).</summary>
    public void Name(string property, string? text, string what)
    {
        if (Identifier.FindTextProblem(text, what, Limits.MaxNameLength) is { } problem)
        {
            Error(property, problem);
        }
    }
}
