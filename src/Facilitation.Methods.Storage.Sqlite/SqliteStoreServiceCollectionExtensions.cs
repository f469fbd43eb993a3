using Facilitation.Methods.Storage;
using Facilitation.Methods.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// The entry point lives in the root namespace, so the one `using Facilitation.Methods;` a host already has finds it.
namespace Facilitation.Methods;

/// <summary>Registers the SQLite session store in a host's service container.</summary>
public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteSessionStore"/> on one file as the container's <see cref="ISessionStore"/>, a singleton opened
    /// when first resolved and closed when the container is disposed. Chain it after <c>AddFacilitationMethods</c>:
    /// <c>services.AddFacilitationMethods().AddSqliteStore("workshops.db")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="path">The store's file, absolute or relative to the current directory; created with its schema when missing.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <remarks>Safe to call more than once: the first registration is kept (like every <c>TryAdd</c>), so a store you registered before
    /// this call — for example an <see cref="InMemorySessionStore"/> in tests — is the one resolved.</remarks>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.TryAddSingleton(_ => SqliteSessionStore.Open(path));
        services.TryAddSingleton<ISessionStore>(sp => sp.GetRequiredService<SqliteSessionStore>());
        return services;
    }
}
