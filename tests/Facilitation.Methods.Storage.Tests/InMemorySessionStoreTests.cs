namespace Facilitation.Methods.Storage.Tests;

public sealed class InMemorySessionStoreTests : SessionStoreConformanceTests
{
    protected override ISessionStore CreateSut() => new InMemorySessionStore();
}
