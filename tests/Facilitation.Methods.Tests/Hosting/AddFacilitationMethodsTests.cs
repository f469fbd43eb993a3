using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.Hosting;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Rotation;
using Facilitation.Methods.Tests.Brainstorm;
using Facilitation.Methods.Tests.OpenSpace;
using Facilitation.Methods.Tests.WorldCafe;
using Facilitation.Methods.WorldCafe;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Facilitation.Methods.Tests.Hosting;

public sealed class AddFacilitationMethodsTests
{
    private static readonly Type[] Registered =
    [
        typeof(FacilitationMethodsOptions), typeof(TimeProvider), typeof(RotationPlanner), typeof(IRotationPlanner),
        typeof(IValidator<WorldCafeDesign>), typeof(IValidator<BrainstormDesign>), typeof(IValidator<OpenSpaceDesign>), typeof(IValidator<RotationProblem>),
        typeof(ISessionFactory<WorldCafeDesign, WorldCafeSession>), typeof(ISessionFactory<BrainstormDesign, BrainstormSession>), typeof(ISessionFactory<OpenSpaceDesign, OpenSpaceSession>),
    ];

    [Fact]
    public void AddFacilitationMethods_EmptyContainer_ResolvesEveryService()
    {
        using var provider = Build(new ServiceCollection().AddFacilitationMethods());

        foreach (var type in Registered)
        {
            Assert.NotNull(provider.GetRequiredService(type));
        }

        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Same(provider.GetRequiredService<ISessionFactory<WorldCafeDesign, WorldCafeSession>>(), provider.GetRequiredService<ISessionFactory<WorldCafeDesign, WorldCafeSession>>());
    }

    [Fact]
    public void AddFacilitationMethods_CalledTwice_RegistersNothingTwice()
    {
        var once = new ServiceCollection().AddFacilitationMethods();
        var twice = new ServiceCollection().AddFacilitationMethods().AddFacilitationMethods(o => o.MaxPlannerTime = null);

        Assert.Equal(Registered.Length, once.Count);
        Assert.Equal(once.Count, twice.Count);
        Assert.All(Registered, type => Assert.Single(twice, d => d.ServiceType == type));
    }

    [Fact]
    public void AddFacilitationMethods_CalledTwice_LaterConfigureChangesTheSameOptions()
    {
        var services = new ServiceCollection()
            .AddFacilitationMethods(o => o.MaxPlannerTime = TimeSpan.FromSeconds(1))
            .AddFacilitationMethods(o => o.OnSubscriberError = _ => { });
        using var provider = Build(services);

        var options = provider.GetRequiredService<FacilitationMethodsOptions>();
        Assert.Equal(TimeSpan.FromSeconds(1), options.MaxPlannerTime);
        Assert.NotNull(options.OnSubscriberError);
    }

    [Fact]
    public void AddFacilitationMethods_DefaultOptions_AreDocumentedDefaults()
    {
        var options = new FacilitationMethodsOptions();

        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxPlannerTime);
        Assert.Null(options.OnSubscriberError);
    }

    [Fact]
    public void AddFacilitationMethods_FakeClockRegisteredFirst_CafeCreatedAndRestoredOnIt()
    {
        var clock = new FakeTimeProvider(CafeFixture.Start);
        using var provider = Build(new ServiceCollection().AddSingleton<TimeProvider>(clock).AddFacilitationMethods());
        var factory = provider.GetRequiredService<ISessionFactory<WorldCafeDesign, WorldCafeSession>>();
        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());

        using var cafe = factory.Create(CafeFixture.Design());
        var seen = new List<WorldCafeEvent>();
        using var subscription = cafe.OnEvent(seen.Add);
        cafe.OpenCheckIn(Actor.Facilitator);
        clock.Advance(TimeSpan.FromMinutes(3));
        using var restored = factory.Restore(cafe.Save());
        var later = new List<WorldCafeEvent>();
        using var laterSubscription = restored.OnEvent(later.Add);
        restored.Welcome(Actor.Facilitator);

        Assert.Equal(CafeFixture.Start, Assert.Single(seen).OccurredAt);
        Assert.Equal(CafeFixture.Start.AddMinutes(3), later[0].OccurredAt);
        Assert.Equal(2, later[0].Version);
    }

    [Fact]
    public void AddFacilitationMethods_FakeClockRegisteredAfterwards_SessionsUseIt()
    {
        var clock = new FakeTimeProvider(BrainstormFixtures.Start);
        using var provider = Build(new ServiceCollection().AddFacilitationMethods().AddSingleton<TimeProvider>(clock));

        using var brainstorm = provider.GetRequiredService<ISessionFactory<BrainstormDesign, BrainstormSession>>().Create(BrainstormFixtures.Design());

        Assert.Same(clock, brainstorm.Clock);
    }

    [Fact]
    public void AddFacilitationMethods_FakeClock_BrainstormAndOpenSpaceCreatedAndRestoredOnIt()
    {
        var clock = new FakeTimeProvider(OpenSpaceFixture.Morning.AddHours(-1));
        using var provider = Build(new ServiceCollection().AddSingleton<TimeProvider>(clock).AddFacilitationMethods());
        var brainstorms = provider.GetRequiredService<ISessionFactory<BrainstormDesign, BrainstormSession>>();
        var openSpaces = provider.GetRequiredService<ISessionFactory<OpenSpaceDesign, OpenSpaceSession>>();

        using var brainstorm = brainstorms.Create(BrainstormFixtures.Design());
        brainstorm.StartRound(Actor.Facilitator);
        using var restoredBrainstorm = brainstorms.Restore(brainstorm.Save());
        var openSpace = openSpaces.Create(OpenSpaceFixture.Design());
        var seen = new List<OpenSpaceEvent>();
        using var subscription = openSpace.OnEvent(seen.Add);
        openSpace.OpenCircle(Actor.Facilitator);
        var restoredOpenSpace = openSpaces.Restore(openSpace.Save());

        Assert.Same(clock, restoredBrainstorm.Clock);
        Assert.Equal(brainstorm.Version, restoredBrainstorm.Version);
        Assert.Equal(clock.GetUtcNow(), Assert.Single(seen).OccurredAt);
        Assert.Equal(openSpace.Version, restoredOpenSpace.Version);
        Assert.Equal(openSpace.Phase, restoredOpenSpace.Phase);
    }

    [Fact]
    public void AddFacilitationMethods_OnSubscriberError_ReceivesAFailingHandlersException()
    {
        var errors = new List<Exception>();
        using var provider = Build(new ServiceCollection().AddSingleton<TimeProvider>(new FakeTimeProvider(BrainstormFixtures.Start)).AddFacilitationMethods(o => o.OnSubscriberError = errors.Add));
        using var brainstorm = provider.GetRequiredService<ISessionFactory<BrainstormDesign, BrainstormSession>>().Create(BrainstormFixtures.Design());
        using var subscription = brainstorm.OnEvent(_ => throw new InvalidOperationException("handler broke"));

        brainstorm.StartRound(Actor.Facilitator);

        Assert.Equal("handler broke", Assert.Single(errors).Message);
        Assert.Equal(1, brainstorm.Version);
    }

    [Fact]
    public void AddFacilitationMethods_OnSubscriberError_ReceivesAFailingCafeHandlersException()
    {
        var errors = new List<Exception>();
        using var provider = Build(new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(CafeFixture.Start))
            .AddSingleton(CafeFixture.FastPlanner)
            .AddFacilitationMethods(o => o.OnSubscriberError = errors.Add));
        using var cafe = provider.GetRequiredService<ISessionFactory<WorldCafeDesign, WorldCafeSession>>().Create(CafeFixture.Design());
        using var subscription = cafe.OnEvent(_ => throw new InvalidOperationException("café handler broke"));

        cafe.OpenCheckIn(Actor.Facilitator);

        Assert.Equal("café handler broke", Assert.Single(errors).Message);
        Assert.Equal(WorldCafePhase.CheckIn, cafe.Phase);
        Assert.Equal(1, cafe.Version);
    }

    [Fact]
    public void AddFacilitationMethods_ServicesRegisteredFirst_AreKept()
    {
        var planner = new RotationPlanner();
        var validator = new WorldCafeDesignValidator();
        using var provider = Build(new ServiceCollection()
            .AddSingleton<IRotationPlanner>(planner)
            .AddSingleton<IValidator<WorldCafeDesign>>(validator)
            .AddFacilitationMethods());

        Assert.Same(planner, provider.GetRequiredService<IRotationPlanner>());
        Assert.Same(validator, provider.GetRequiredService<IValidator<WorldCafeDesign>>());
    }

    [Fact]
    public void AddFacilitationMethods_MaxPlannerTime_CapsThePlannersSearch()
    {
        using var capped = Build(new ServiceCollection().AddFacilitationMethods(o => o.MaxPlannerTime = TimeSpan.FromMilliseconds(300)));
        using var uncapped = Build(new ServiceCollection().AddFacilitationMethods(o => o.MaxPlannerTime = null));

        Assert.Equal(TimeSpan.FromMilliseconds(300), Assert.IsType<TimeCappedPlanner>(capped.GetRequiredService<IRotationPlanner>()).Cap);
        Assert.IsType<RotationPlanner>(uncapped.GetRequiredService<IRotationPlanner>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AddFacilitationMethods_MaxPlannerTimeNotPositive_Throws(int seconds)
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddFacilitationMethods(o => o.MaxPlannerTime = TimeSpan.FromSeconds(seconds)));

        Assert.Contains("MaxPlannerTime must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFacilitationMethods_Validators_ReportWhatIsWrongWithADesign()
    {
        using var provider = Build(new ServiceCollection().AddFacilitationMethods());

        Assert.DoesNotContain(provider.GetRequiredService<IValidator<WorldCafeDesign>>().Validate(CafeFixture.Design()).Errors, e => e.Severity == Severity.Error);
        Assert.False(provider.GetRequiredService<IValidator<WorldCafeDesign>>().Validate(new WorldCafeDesign()).IsValid);
        Assert.False(provider.GetRequiredService<IValidator<BrainstormDesign>>().Validate(new BrainstormDesign()).IsValid);
        Assert.False(provider.GetRequiredService<IValidator<OpenSpaceDesign>>().Validate(new OpenSpaceDesign()).IsValid);
        Assert.False(provider.GetRequiredService<IValidator<RotationProblem>>().Validate(new RotationProblem()).IsValid);
    }

    [Fact]
    public void AddFacilitationMethods_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => FacilitationMethodsServiceCollectionExtensions.AddFacilitationMethods(null!));

    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
