using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens cafés on the container's clock and planner.</summary>
internal sealed class WorldCafeSessionFactory(TimeProvider clock, IRotationPlanner planner, Action<Exception>? onSubscriberError) : IWorldCafeSessionFactory
{
    /// <inheritdoc />
    public WorldCafeSession Create(WorldCafeDesign design) => new(design, clock, planner, onSubscriberError);

    /// <inheritdoc />
    public WorldCafeSession Restore(string json) => WorldCafeSession.Restore(json, clock, planner, onSubscriberError);
}
