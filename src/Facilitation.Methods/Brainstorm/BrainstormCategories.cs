using System.Collections.Immutable;

namespace Facilitation.Methods.Brainstorm;

/// <summary>Ready-made framing categories for <see cref="BrainstormDesign.Categories"/>.</summary>
public static class BrainstormCategories
{
    /// <summary>Gets the five resources a rural-governance workshop frames its ideas by: people, culture, land, industry, scenery.</summary>
    public static ImmutableArray<string> FiveResources { get; } = ["people", "culture", "land", "industry", "scenery"];
}
