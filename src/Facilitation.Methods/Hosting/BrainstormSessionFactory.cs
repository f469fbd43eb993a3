using Facilitation.Methods.Brainstorm;

namespace Facilitation.Methods.Hosting;

/// <summary>Opens brainstorms on the container's clock.</summary>
internal sealed class BrainstormSessionFactory(TimeProvider clock, Action<Exception>? onSubscriberError) : IBrainstormSessionFactory
{
    /// <inheritdoc />
    public BrainstormSession Create(BrainstormDesign design) => BrainstormSession.Create(design, new SessionOptions { TimeProvider = clock, OnSubscriberError = onSubscriberError });

    /// <inheritdoc />
    public BrainstormSession Restore(string json) => BrainstormSession.Restore(json, new SessionOptions { TimeProvider = clock, OnSubscriberError = onSubscriberError });

    /// <inheritdoc />
    public BrainstormSession Restore(string designJson, IEnumerable<SessionEventRecord> records) => BrainstormSession.Restore(designJson, records, new SessionOptions { TimeProvider = clock, OnSubscriberError = onSubscriberError });
}
