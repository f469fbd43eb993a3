using System.Text.Json;

namespace Facilitation.Methods.Tests.Brainstorm;

/// <summary>Read models (ideas, clusters) are classes without value equality: two lists are the same when they serialise alike.</summary>
internal static class ReadModels
{
    public static string Json<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items);
}
