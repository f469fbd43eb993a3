using Facilitation.Methods.OpenSpace;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens Open Spaces on the container's clock.</summary>
internal sealed class OpenSpaceSessionFactory(TimeProvider clock, Action<Exception>? onSubscriberError) : IOpenSpaceSessionFactory
{
    /// <inheritdoc />
    public OpenSpaceSession Create(OpenSpaceDesign design) => OpenSpaceSession.Create(design, new SessionOptions { TimeProvider = clock, OnSubscriberError = onSubscriberError });

    /// <inheritdoc />
    public OpenSpaceSession Restore(string json) => OpenSpaceSession.Restore(json, new SessionOptions { TimeProvider = clock, OnSubscriberError = onSubscriberError });

    /// <inheritdoc />
    public OpenSpaceSession Restore(string designJson, IEnumerable<SessionEventRecord> records) => OpenSpaceSession.Restore(designJson, records, new SessionOptions { TimeProvider = clock, OnSubscriberError = onSubscriberError });
}
