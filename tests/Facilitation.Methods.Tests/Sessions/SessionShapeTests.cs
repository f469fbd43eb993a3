using System.Reflection;
using Facilitation.Methods.Brainstorm;
using Facilitation.Methods.OpenSpace;
using Facilitation.Methods.Workshops;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Tests.Sessions;

/// <summary>The four sessions read alike: the members a host learns once are public instance members of each, with the same kind of signature.</summary>
public class SessionShapeTests
{
    public static TheoryData<Type> Sessions => [typeof(WorldCafeSession), typeof(BrainstormSession), typeof(OpenSpaceSession), typeof(WorkshopSession)];

    [Theory]
    [MemberData(nameof(Sessions))]
    public void EverySession_HasTheSharedMembers_AsPublicInstanceMembers(Type session)
    {
        var missing = new List<string>();
        foreach (var property in new[] { "Id", "Version", "Phase", "PermittedCommands", "DesignJson", "Design", "Events" })
        {
            if (session.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) is null)
            {
                missing.Add(property);
            }
        }

        foreach (var method in new[] { "WhyRefused", "Save", "ToMermaid", "Dispose", "GetEventRecords" })
        {
            if (session.GetMethods(BindingFlags.Public | BindingFlags.Instance).All(m => m.Name != method))
            {
                missing.Add(method + "()");
            }
        }

        Assert.True(missing.Count == 0, $"{session.Name} lacks {string.Join(", ", missing)} as public instance members.");
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void EverySession_IsCreatedAndRestoredAlike(Type session)
    {
        string[] statics = ["Create", "Restore", "Check"];
        var names = session.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).ToHashSet();
        Assert.True(statics.All(names.Contains), $"{session.Name} lacks {string.Join(", ", statics.Where(s => !names.Contains(s)))} as static members.");
        Assert.Empty(session.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.Equal(
            ["designJson", "records", "options"],
            session.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "Restore" && m.GetParameters().Length == 3).Single().GetParameters().Select(p => p.Name!));
    }

    [Theory]
    [MemberData(nameof(Sessions))]
    public void EveryCommand_TakesTheActorFirst_AndCommandOptionsLast(Type session)
    {
        var commands = session.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(Actor) || p.ParameterType == typeof(CommandOptions)))
            .ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, m =>
        {
            var parameters = m.GetParameters();
            Assert.True(parameters[0].ParameterType == typeof(Actor), $"{session.Name}.{m.Name} does not take the actor first.");
            Assert.True(parameters[^1].ParameterType == typeof(CommandOptions) && parameters[^1].IsOptional, $"{session.Name}.{m.Name} does not take optional CommandOptions last.");
        });
    }
}
