namespace Facilitation.Methods.Hosting;

/// <summary>Options for the services <c>services.AddFacilitationMethods()</c> registers.</summary>
/// <remarks>Set them in the configure action; the registered services read them once, when they are first resolved.</remarks>
public sealed class FacilitationMethodsOptions
{
    /// <summary>The default for <see cref="MaxPlannerTime"/>.</summary>
    internal static readonly TimeSpan DefaultMaxPlannerTime = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the longest one plan may search in the registered rotation planner: a design or problem asking for
    /// longer is searched this long. A web request that seats a café therefore waits at most about this long. Null for no cap.</summary>
    /// <value>The default value is 5 seconds.</value>
    /// <remarks>The planner's budget is real computing time, so the planner always runs on the system clock, even when the
    /// container holds a fake <see cref="TimeProvider"/>.</remarks>
    public TimeSpan? MaxPlannerTime { get; set; } = DefaultMaxPlannerTime;

    /// <summary>Gets or sets what the Brainstorm and Open Space session factories do with an exception thrown by an event handler
    /// (for example, log it). The session itself is never affected by a failing handler.</summary>
    /// <value>The default value is null: a failing handler's exception is dropped.</value>
    public Action<Exception>? OnSubscriberError { get; set; }
}
