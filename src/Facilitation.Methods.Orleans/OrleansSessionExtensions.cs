using Facilitation.Methods.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

// The entry point lives in the root namespace, so the one `using Facilitation.Methods;` a host already has finds it.
namespace Facilitation.Methods;

/// <summary>Registers session grains on a silo.</summary>
public static class OrleansSessionExtensions
{
    /// <summary>
    /// Runs sessions as grains on this silo. The silo also needs an <see cref="Storage.ISessionStore"/> shared by every silo
    /// (e.g. <c>AddSqliteStore</c> on one machine, a database in production) and a reminder service for round timers after a failover.
    /// Calling it again adds or replaces methods and registers nothing twice.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Registers the methods (<see cref="SessionGrainOptions.AddMethod{TSession}"/>) and the clock.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddFacilitationSessions(this ISiloBuilder builder, Action<SessionGrainOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddFacilitationSessions(configure);
        return builder;
    }

    /// <summary>Runs sessions as grains on the silo these services belong to; see <see cref="AddFacilitationSessions(ISiloBuilder, Action{SessionGrainOptions})"/>.</summary>
    /// <param name="services">The silo's services.</param>
    /// <param name="configure">Registers the methods and the clock.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddFacilitationSessions(this IServiceCollection services, Action<SessionGrainOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SessionGrainOptions>().Configure(configure);
        return services;
    }
}
