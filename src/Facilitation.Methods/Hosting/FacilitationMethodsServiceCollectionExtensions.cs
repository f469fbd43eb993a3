using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Hosting;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// The entry point lives in the root namespace, so the one `using Facilitation.Methods;` a host already has finds it.
namespace Facilitation.Methods;

/// <summary>Registers Facilitation.Methods in a host's service container.</summary>
public static class FacilitationMethodsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rotation planner, the design validators and a session factory per method (World Café, brainstorm,
    /// Open Space), all singletons. Safe to call more than once: nothing is registered twice, and later configure actions
    /// change the same options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null keeps the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <remarks>
    /// <para>Sessions read the clock from the <see cref="TimeProvider"/> in the container; when none is registered,
    /// <see cref="TimeProvider.System"/> is added. Register your own (e.g. a fake clock in tests) before this call, or with
    /// <c>AddSingleton</c> after it.</para>
    /// <para>Registered: <see cref="FacilitationMethodsOptions"/>, <see cref="TimeProvider"/>, <see cref="RotationPlanner"/>,
    /// <see cref="IRotationPlanner"/> (the planner, capped at <see cref="FacilitationMethodsOptions.MaxPlannerTime"/>),
    /// <see cref="IValidator{T}"/> of <see cref="WorldCafeDesign"/>, <see cref="BrainstormDesign"/>,
    /// <see cref="OpenSpaceDesign"/> and <see cref="RotationProblem"/>, and an <see cref="ISessionFactory{TDesign, TSession}"/>
    /// per method (<c>ISessionFactory&lt;WorldCafeDesign, WorldCafeSession&gt;</c>, and likewise for the brainstorm and the Open Space). Each uses <c>TryAdd</c>, so a
    /// service you registered first is kept.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><see cref="FacilitationMethodsOptions.MaxPlannerTime"/> is zero or negative.</exception>
    public static IServiceCollection AddFacilitationMethods(this IServiceCollection services, Action<FacilitationMethodsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.FirstOrDefault(d => d.ServiceType == typeof(FacilitationMethodsOptions))?.ImplementationInstance as FacilitationMethodsOptions;
        if (options is null)
        {
            options = new FacilitationMethodsOptions();
            services.TryAddSingleton(options);
        }

        configure?.Invoke(options);
        if (options.MaxPlannerTime is { } cap && cap <= TimeSpan.Zero)
        {
            throw new ArgumentException($"MaxPlannerTime must be positive, or null for no cap; it is {cap}.", nameof(configure));
        }

        services.TryAddSingleton(TimeProvider.System);

        // The planner's time limit is a budget of real computing time: a fake clock that never moves would never end its search.
        services.TryAddSingleton(_ => new RotationPlanner(TimeProvider.System));
        services.TryAddSingleton<IRotationPlanner>(sp =>
        {
            var planner = sp.GetRequiredService<RotationPlanner>();
            return sp.GetRequiredService<FacilitationMethodsOptions>().MaxPlannerTime is { } max ? new TimeCappedPlanner(planner, max) : planner;
        });

        services.TryAddSingleton<IValidator<WorldCafeDesign>>(new WorldCafeDesignValidator());
        services.TryAddSingleton<IValidator<BrainstormDesign>>(new BrainstormDesignValidator());
        services.TryAddSingleton<IValidator<OpenSpaceDesign>>(new OpenSpaceDesignValidator());
        services.TryAddSingleton<IValidator<RotationProblem>>(new RotationProblemValidator());

        services.TryAddSingleton<ISessionFactory<WorldCafeDesign, WorldCafeSession>>(sp =>
        {
            var planner = sp.GetRequiredService<IRotationPlanner>();
            return new SessionFactory<WorldCafeDesign, WorldCafeSession>(
                Options(sp),
                (design, options) => WorldCafeSession.Create(design, options, planner),
                (json, options) => WorldCafeSession.Restore(json, options, planner),
                (designJson, records, options) => WorldCafeSession.Restore(designJson, records, options, planner));
        });
        services.TryAddSingleton<ISessionFactory<BrainstormDesign, BrainstormSession>>(sp =>
            new SessionFactory<BrainstormDesign, BrainstormSession>(Options(sp), BrainstormSession.Create, BrainstormSession.Restore, BrainstormSession.Restore));
        services.TryAddSingleton<ISessionFactory<OpenSpaceDesign, OpenSpaceSession>>(sp =>
            new SessionFactory<OpenSpaceDesign, OpenSpaceSession>(Options(sp), OpenSpaceSession.Create, OpenSpaceSession.Restore, OpenSpaceSession.Restore));
        return services;
    }

    // Every session the factories open reads the container's clock and reports failing handlers to the options' callback.
    private static SessionOptions Options(IServiceProvider services) => new()
    {
        TimeProvider = services.GetRequiredService<TimeProvider>(),
        OnSubscriberError = services.GetRequiredService<FacilitationMethodsOptions>().OnSubscriberError,
    };
}
