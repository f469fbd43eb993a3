using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Facilitation.Methods.Orleans.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void AddFacilitationSessions_Twice_KeepsOneTablePerMethod_AndTheLastClock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddFacilitationSessions(o => o.AddMethod(Cluster.Brainstorm()));
        services.AddFacilitationSessions(o =>
        {
            o.TimeProvider = clock;
            o.AddMethod(Cluster.Brainstorm());
        });
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<SessionGrainOptions>>().Value;
        Assert.Same(clock, options.TimeProvider);
        Assert.NotNull(options.Find("brainstorm"));
        Assert.Null(options.Find("worldCafe"));
        Assert.Single(services, d => d.ServiceType == typeof(IOptions<>));
    }

    [Fact]
    public void SessionMethod_ListsItsCommands_AndRejectsABlankName()
    {
        Assert.Equal(["AddIdea", "PauseRound", "StartRound"], Cluster.Brainstorm().Commands.ToArray());
        Assert.Throws<ArgumentException>(() => Cluster.Brainstorm().Command(" ", (_, _, _) => { }));
    }
}
