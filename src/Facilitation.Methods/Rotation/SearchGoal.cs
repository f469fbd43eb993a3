namespace Facilitation.Methods.Rotation;

/// <summary>The proven bounds of a problem and when a search may stop because its plan is provably best.</summary>
internal sealed class SearchGoal
{
    private readonly PlanningModel _model;
    private readonly int _boundAtMostTwice;
    private readonly int _revisits;
    private readonly long _sameAttribute;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _capped = new();

    public SearchGoal(PlanningModel model)
    {
        _model = model;
        Bound = LowerBounds.RepeatedPairs(model);
        _boundAtMostTwice = LowerBounds.RepeatedPairsWithCap(model, 2);
        _revisits = LowerBounds.Revisits(model);
        _sameAttribute = model.HasMix ? LowerBounds.SameAttributePairs(model) : 0;
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
        // FewestRepeats: at the bound, the most meetings is optimal when fewer would force more repeats than the bound
        // (12 people at 3 tables of 4 for 3 rounds: 6 repeats need a pair meeting three times, since at most 2 costs 9).
        return _model.Problem.Objective == RotationObjective.Spread
            ? max == 2 && Bound > 0 && repeated <= _boundAtMostTwice
            : repeated <= Bound && (max == 2 || CappedBound(max - 1) > repeated);
    }

    private int CappedBound(int cap) => _capped.GetOrAdd(cap, c => LowerBounds.RepeatedPairsWithCap(_model, c));

    /// <summary>Tells whether nothing can be improved at all (mixing included).</summary>
    public bool AtBound(RotationSearch search) => MainAtBound(search) && (!_model.HasMix || search.SameAttributePairs <= _sameAttribute);

    /// <summary>
    /// Gets the proven bound on repeated pairs for the objective actually optimised. <see cref="RotationObjective.Spread"/>
    /// minimises the most meetings of any pair before repeated pairs, so once revisits are at their bound, every plan at least
    /// as good has at most the plan's most meetings, and the bound under that cap applies (23 people at 4 tables of 8 for 5
    /// rounds: 70 with at most 2 meetings, against 28 without a cap).
    /// </summary>
    public int BoundFor(FairnessReport plan)
    {
        if (_model.Problem.Objective != RotationObjective.Spread || plan.MaxMeetings < 2 || plan.TableRevisits > _revisits)
        {
            return Bound;
        }

        return Math.Max(Bound, plan.MaxMeetings == 2 ? _boundAtMostTwice : LowerBounds.RepeatedPairsWithCap(_model, plan.MaxMeetings));
    }
}
