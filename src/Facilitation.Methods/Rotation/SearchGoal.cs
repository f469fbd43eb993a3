namespace Facilitation.Methods.Rotation;

/// <summary>The proven bounds of a problem and when a search may stop because its plan is provably best.</summary>
internal sealed class SearchGoal
{
    private readonly PlanningModel _model;
    private readonly int _boundAtMostTwice;
    private readonly int _revisits;

    public SearchGoal(PlanningModel model)
    {
        _model = model;
        Bound = LowerBounds.RepeatedPairs(model);
        _boundAtMostTwice = LowerBounds.RepeatedPairsWithCap(model, 2);
        _revisits = LowerBounds.Revisits(model);
    }

    /// <summary>Gets the proven lower bound on repeated pairs.</summary>
    public int Bound { get; }

    /// <summary>Tells whether revisits, most meetings and repeated pairs are all provably optimal (in the objective's order).</summary>
    public bool MainAtBound(RotationSearch search)
    {
        var repeated = search.RepeatedPairs;
        var max = search.MaxMeetings;
        if (search.Imbalance > 0 || search.Revisits > _revisits)
        {
            return false;
        }

        if (repeated == 0)
        {
            return true;
        }

        // With some repeat unavoidable (bound > 0), a most-met pair meeting twice is optimal.
        return _model.Problem.Objective == RotationObjective.Spread
            ? max == 2 && Bound > 0 && repeated <= _boundAtMostTwice
            : max == 2 && repeated <= Bound;
    }

    /// <summary>Tells whether nothing can be improved at all (mixing included).</summary>
    public bool AtBound(RotationSearch search) => MainAtBound(search) && (!_model.HasMix || search.SameAttributePairs == 0);
}
