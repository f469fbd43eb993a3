using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens cafés on the container's clock and planner.</summary>
internal sealed class WorldCafeSessionFactory(TimeProvider clock, IRotationPlanner planner, Action<Exception>? onSubscriberError) : IWorldCafeSessionFactory
{
    /// <inheritdoc />
    public WorldCafeSession Create(WorldCafeDesign design) => WorldCafeSession.Create(design, Options, planner);

    /// <inheritdoc />
    public WorldCafeSession Restore(string json) => WorldCafeSession.Restore(json, Options, planner);

    /// <inheritdoc />
    public WorldCafeSession Restore(string designJson, IEnumerable<SessionEventRecord> records) => WorldCafeSession.Restore(designJson, records, Options, planner);

    private SessionOptions Options => new() { TimeProvider = clock, OnSubscriberError = onSubscriberError };
}
