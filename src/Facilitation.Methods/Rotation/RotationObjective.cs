namespace Facilitation.Methods.Rotation;

/// <summary>What "fair" means first, once the hard rules hold. Both objectives end with attribute mixing and balanced table sizes.</summary>
public enum RotationObjective
{
    /// <summary>Fewest table revisits (a traveller goes to a new table while one is possible), then the fewest meetings of the worst pair, then the fewest repeated pairs. The default.</summary>
    Spread = 0,

    /// <summary>Fewest repeated pairs (the most distinct encounters in total), then the fewest meetings of the worst pair, then the fewest table revisits.</summary>
    FewestRepeats = 1,
}
