using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens cafés on the container's clock and planner.</summary>
internal sealed class WorldCafeSessionFactory(TimeProvider clock, IRotationPlanner planner) : IWorldCafeSessionFactory
{
    /// <inheritdoc />
    public WorldCafeSession Create(WorldCafeDesign design) => new(design, clock, planner);

    /// <inheritdoc />
    public WorldCafeSession Restore(string json) => WorldCafeSession.Restore(json, clock, planner);
}

/// <summary>Opens brainstorms on the container's clock.</summary>
internal sealed class BrainstormSessionFactory(TimeProvider clock, Action<Exception>? onSubscriberError) : IBrainstormSessionFactory
{
    /// <inheritdoc />
    public BrainstormSession Create(BrainstormDesign design) => BrainstormSession.Create(design, clock, onSubscriberError);

    /// <inheritdoc />
    public BrainstormSession Restore(string json) => BrainstormSession.Restore(json, clock, onSubscriberError);
}

/// <summary>Opens Open Spaces on the container's clock.</summary>
internal sealed class OpenSpaceSessionFactory(TimeProvider clock, Action<Exception>? onSubscriberError) : IOpenSpaceSessionFactory
{
    /// <inheritdoc />
    public OpenSpaceSession Create(OpenSpaceDesign design) => OpenSpaceSession.Create(design, clock, onSubscriberError);

    /// <inheritdoc />
    public OpenSpaceSession Restore(string json) => OpenSpaceSession.Restore(json, clock, onSubscriberError);
}
