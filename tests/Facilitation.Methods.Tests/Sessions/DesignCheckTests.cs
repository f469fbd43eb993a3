using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.Sessions;

/// <summary>Every method lists a design's problems the same way, without creating a session.</summary>
public class DesignCheckTests
{
    [Fact]
    public void Check_ListsErrorsAndWarnings_InEveryMethod()
    {
        Assert.Contains(WorldCafeSession.Check(new WorldCafeDesign()), m => !m.StartsWith("Warning:", StringComparison.Ordinal));
        Assert.Contains(WorldCafeSession.Check(WorldCafe.CafeFixture.Design() with { Participants = [.. WorldCafe.CafeFixture.Design().Participants.Take(8)] }), m => m.StartsWith("Warning:", StringComparison.Ordinal));
        Assert.Contains(OpenSpaceSession.Check(new OpenSpaceDesign()), m => !m.StartsWith("Warning:", StringComparison.Ordinal));
        Assert.Empty(OpenSpaceSession.Check(OpenSpace.OpenSpaceFixture.Design()));
        Assert.Throws<ArgumentNullException>(() => WorldCafeSession.Check(null!));
    }
}
